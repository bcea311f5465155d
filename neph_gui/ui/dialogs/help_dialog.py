"""The keyboard help (F1): every shortcut of the window, in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QWidget,
)

from neph_gui.licence._noop import QT_TRANSLATE_NOOP
from neph_gui.texts import website_steps
from neph_gui.ui.widgets.dialog import Dialog
from neph_gui.ui.widgets.scroll_area import VerticalScrollArea

# (keys, what they do), French source texts, context "Shortcuts". Add a row here for every
# new shortcut, so people can find it.
SHORTCUTS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Aller à la case ou au bouton suivant."),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Maj + Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Revenir à la case ou au bouton précédent."),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Entrée"),
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Dans une case : passer à la case suivante. Sur un bouton : appuyer dessus.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Espace"),
        QT_TRANSLATE_NOOP("Shortcuts", "Appuyer sur un bouton, cocher ou décocher une case."),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl + 1, Ctrl + 2, Ctrl + 3"),
        QT_TRANSLATE_NOOP("Shortcuts", "Aller à l'onglet 1, 2 ou 3."),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl + plus"),
        QT_TRANSLATE_NOOP("Shortcuts", "Agrandir le texte."),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl + moins"),
        QT_TRANSLATE_NOOP("Shortcuts", "Réduire le texte."),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl + 0"),
        QT_TRANSLATE_NOOP("Shortcuts", "Remettre le texte à sa taille normale."),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Flèches haut et bas"),
        QT_TRANSLATE_NOOP("Shortcuts", "Dans les étapes : aller à l'étape précédente ou suivante."),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl + N"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Nouvelle personne : tout effacer pour la personne suivante."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "F1"),
        QT_TRANSLATE_NOOP("Shortcuts", "Ouvrir cette aide."),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Échap"),
        QT_TRANSLATE_NOOP("Shortcuts", "Fermer une fenêtre comme celle-ci."),
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


class HelpDialog(Dialog):
    """A table of keys and what they do; Escape or the button closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("help_dialog", parent)
        self.intro = self.add_text()

        table = QWidget()
        grid = QGridLayout(table)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.rows: list[tuple[QLabel, QLabel]] = []
        for index in range(len(SHORTCUTS)):
            keys = QLabel(table)
            keys.setProperty("role", "key")
            keys.setWordWrap(True)
            what = QLabel(table)
            what.setWordWrap(True)
            grid.addWidget(keys, index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(what, index, 1, Qt.AlignmentFlag.AlignTop)
            self.rows.append((keys, what))
        # After the keys, the hard cases (the same words as the steps panel).
        row = len(SHORTCUTS)
        self.hard_heading = QLabel(table)
        self.hard_heading.setProperty("role", "heading")
        self.hard_heading.setWordWrap(True)
        grid.addWidget(self.hard_heading, row, 0, 1, 2)
        self.hard_cases: list[tuple[QLabel, QLabel]] = []
        for index in range(len(website_steps.HARD_CASES)):
            title = QLabel(table)
            title.setProperty("role", "caption")
            title.setWordWrap(True)
            text = QLabel(table)
            text.setWordWrap(True)
            grid.addWidget(title, row + 1 + index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row + 1 + index, 1, Qt.AlignmentFlag.AlignTop)
            self.hard_cases.append((title, text))
        self.table_area = VerticalScrollArea(self)
        self.table_area.setObjectName("help_table")
        self.table_area.setProperty("role", "page")
        self.table_area.setWidgetResizable(True)
        self.table_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table_area.setWidget(table)

        self.content.addWidget(self.table_area, 1)
        self.close_button = self.add_close_button()
        self.retranslate()

    def fit_to(self, area: QWidget) -> None:
        """Take a comfortable size that stays inside ``area`` (the main window)."""
        hint = self.sizeHint()
        width = min(max(hint.width(), area.width() * 2 // 3), area.width() - 40)
        height = min(max(hint.height(), area.height() * 2 // 3), area.height() - 40)
        self.resize(max(width, 200), max(height, 200))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Aide"))
        self.heading.setText(self.tr("Raccourcis clavier"))
        self.intro.setText(
            self.tr("Tout se fait aussi sans souris. Voici les touches utiles dans cette fenêtre.")
        )
        for (keys, what), (key_text, what_text) in zip(self.rows, SHORTCUTS, strict=True):
            # "Ctrl + 1" never split over two lines (no-break spaces around the +).
            keys.setText(_tr(key_text).replace(" + ", "\u00a0+\u00a0"))
            what.setText(_tr(what_text))  # read once, after the keys (no name repeating them)
        self.hard_heading.setText(self.tr("Cas difficiles"))
        for (title_label, text_label), (case_title, case_text) in zip(
            self.hard_cases, website_steps.hard_cases(), strict=True
        ):
            title_label.setText(case_title)
            text_label.setText(case_text)
        self.table_area.setAccessibleName(self.tr("Liste des raccourcis clavier et cas difficiles"))
        self.close_button.setText(self.tr("Fermer"))
        self.close_button.setAccessibleName(self.tr("Fermer l'aide"))
