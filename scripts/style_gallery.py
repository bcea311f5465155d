"""Every kind of widget the app may use, in one window, in the chosen theme and text size.

For looking at the themes (the style sheet must cover each widget in high contrast):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/style_gallery.py --contrast --scale 150 \\
        --out /tmp/gallery.png
    ../shared/tools/screenshot /tmp/gallery.png -- .venv/bin/python scripts/style_gallery.py

Add a widget here when you start using a new kind.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from neph_gui.app import create_application
from neph_gui.fonts import load_fonts
from neph_gui.theme import palette_for
from neph_gui.ui.widgets import appearance
from neph_gui.ui.widgets.status_line import StatusLine


def build() -> QWidget:
    window = QWidget()
    window.setWindowTitle("Style gallery")
    outer = QVBoxLayout(window)
    tabs = QTabWidget()
    outer.addWidget(tabs)
    page = QWidget()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    tabs.addTab(scroll, "Onglet choisi")
    tabs.addTab(QWidget(), "Autre onglet")
    grid = QGridLayout(page)
    heading = QLabel("Titre (heading)")
    heading.setProperty("role", "heading")
    grid.addWidget(heading, 0, 0, 1, 2)
    small = QLabel("Texte secondaire (small)")
    small.setProperty("role", "small")
    grid.addWidget(small, 1, 0)
    grid.addWidget(QLineEdit("051227308989"), 1, 1)
    for row, tone in enumerate(("ok", "warning", "info", "neutral"), start=2):
        line = StatusLine()
        line.set_status(f"Ligne d'état « {tone} »", tone)
        grid.addWidget(line, row, 0)
    buttons = QWidget()
    bl = QVBoxLayout(buttons)
    primary = QPushButton("Bouton principal")
    primary.setProperty("role", "primary")
    bl.addWidget(primary)
    bl.addWidget(QPushButton("Bouton"))
    disabled = QPushButton("Bouton désactivé")
    disabled.setEnabled(False)
    bl.addWidget(disabled)
    checkable = QPushButton("Bouton enfoncé")
    checkable.setCheckable(True)
    checkable.setChecked(True)
    bl.addWidget(checkable)
    bl.addWidget(QToolButton(text="Outil"))
    grid.addWidget(buttons, 2, 1, 4, 1)
    box = QGroupBox("Groupe (QGroupBox)")
    gl = QVBoxLayout(box)
    on = QCheckBox("Case cochée")
    on.setChecked(True)
    gl.addWidget(on)
    gl.addWidget(QCheckBox("Case vide"))
    toggle = QCheckBox("Interrupteur (toggle)")
    toggle.setProperty("role", "toggle")
    gl.addWidget(toggle)
    radio = QRadioButton("Choix A")
    radio.setChecked(True)
    gl.addWidget(radio)
    gl.addWidget(QRadioButton("Choix B"))
    grid.addWidget(box, 6, 0)
    other = QWidget()
    ol = QVBoxLayout(other)
    combo = QComboBox()
    combo.addItems(["Français", "English"])
    ol.addWidget(combo)
    spin = QSpinBox()
    spin.setRange(0, 240)
    spin.setValue(10)
    spin.setSuffix(" min")
    ol.addWidget(spin)
    items = QListWidget()
    items.addItems(["Élément 1", "Élément 2 (choisi)", "Élément 3"])
    items.setCurrentRow(1)
    items.setMaximumHeight(140)
    ol.addWidget(items)
    ol.addWidget(
        QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
    )
    grid.addWidget(other, 6, 1)
    filler = QLabel("\n".join(f"Ligne {i} pour faire défiler" for i in range(30)))
    grid.addWidget(filler, 7, 0, 1, 2)
    window.resize(1100, 740)
    primary.setFocus(Qt.FocusReason.OtherFocusReason)
    return window


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contrast", action="store_true", help="the high-contrast theme")
    parser.add_argument("--scale", type=int, default=100, help="text size in percent")
    parser.add_argument("--out", help="save a picture of the window here and quit")
    args = parser.parse_args()
    app = create_application(sys.argv[:1])
    fonts = load_fonts()
    appearance.set_families(fonts.ui, fonts.mono)
    appearance.apply_theme(palette_for(args.contrast))
    appearance.apply_text_scale(args.scale)
    window = build()
    window.show()
    if args.out:
        QTimer.singleShot(300, lambda: (window.grab().save(args.out), app.quit()))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
