"""A status line: an icon and a sentence, so meaning never rests on colour alone."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap, QShowEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget

from neph_gui.resources import read_bytes, resource_path
from neph_gui.ui.widgets.appearance import TONE_ROLES
from neph_gui.ui.widgets.wrapped_label import WrappedLabel

_ICONS = {"ok": "ok", "warning": "warning", "info": "info", "neutral": "progress"}
_HEX = re.compile(rb"#[0-9A-Fa-f]{6}")


def tone_icon(tone: str) -> QIcon:
    """The icon that goes with a tone ("ok", "warning", "info", "neutral"), as drawn."""
    return QIcon(resource_path(f"icons/status/{_ICONS.get(tone, 'info')}.svg"))


@cache
def _tinted_svg(name: str, ink: str, paper: str) -> bytes:
    """The icon in the theme's colours: its shape in ``ink``, its white marks in ``paper``."""

    def swap(match: re.Match[bytes]) -> bytes:
        return (paper if match.group(0).upper() == b"#FFFFFF" else ink).encode()

    return _HEX.sub(swap, read_bytes(f"icons/status/{name}.svg"))


@cache
def tone_pixmap(tone: str, ink: str, paper: str, side: int, ratio: float) -> QPixmap:
    """The icon of ``tone`` drawn in the text colour of its line (``ink``), ``side`` px."""
    renderer = QSvgRenderer(QByteArray(_tinted_svg(_ICONS.get(tone, "info"), ink, paper)))
    pixmap = QPixmap(QSize(round(side * ratio), round(side * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    return pixmap


class StatusLine(QWidget):
    """Icon + word-wrapped text; the tone sets both the icon and the text colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._text = WrappedLabel(self)
        self._text.setWordWrap(True)
        self._text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._text, 1)
        self._tone = ""
        self._icon_key: tuple[object, ...] = ()
        self.set_status("", "neutral")

    def set_status(self, text: str, tone: str) -> None:
        """Show ``text`` with the icon and colour of ``tone``."""
        self._text.setText(text)
        if tone != self._tone:
            self._tone = tone
            self._text.setProperty("tone", tone)
            # The style sheet's QLabel[tone=…] rules: polish() reads the rules again
            # (unpolish() first would only undo and redo the same setup).
            self._text.style().polish(self._text)
            self._refresh_icon()
        self.setVisible(bool(text))

    def _refresh_icon(self) -> None:
        side = max(16, self.fontMetrics().height())
        # The tone's colour from the theme, as the style sheet gives it to the text (read
        # here, not from the text label: after a theme switch the label may get its new
        # colour after this line has been told of the change).
        ink = _hex(
            QApplication.palette().color(TONE_ROLES.get(self._tone, QPalette.ColorRole.WindowText))
        )
        paper = _hex(self.palette().color(QPalette.ColorRole.Window))
        ratio = self.devicePixelRatioF()
        key = (self._tone, ink, paper, side, ratio)
        if key == self._icon_key:  # many change events, few real changes
            return
        self._icon_key = key
        self._icon.setPixmap(tone_pixmap(self._tone, ink, paper, side, ratio))
        self._icon.setFixedWidth(side)
        self._icon.setAccessibleName(self._tone_name())

    def _tone_name(self) -> str:
        """What the icon means, for screen readers."""
        names = {
            "ok": self.tr("Terminé"),
            "warning": self.tr("Attention"),
            "info": self.tr("Information"),
            "neutral": self.tr("En cours"),
        }
        return names.get(self._tone, names["info"])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._refresh_icon()  # size and colours may have changed while hidden
        super().showEvent(event)

    def text(self) -> str:
        """The sentence shown."""
        return self._text.text()

    def tone(self) -> str:
        """The tone shown."""
        return self._tone

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # The icon follows the text size and the theme (hidden lines: when shown).
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.PaletteChange,
        ):
            if self.isVisible():
                self._refresh_icon()
        elif event.type() == QEvent.Type.LanguageChange:
            self._icon.setAccessibleName(self._tone_name())
        super().changeEvent(event)


def _hex(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb).upper()
