"""A status line: an icon and a sentence, so meaning never rests on colour alone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from neph_gui.resources import resource_path

_ICONS = {"ok": "ok", "warning": "warning", "info": "info", "neutral": "progress"}


def tone_icon(tone: str) -> QIcon:
    """The icon that goes with a tone ("ok", "warning", "info", "neutral")."""
    return QIcon(resource_path(f"icons/status/{_ICONS.get(tone, 'info')}.svg"))


class StatusLine(QWidget):
    """Icon + word-wrapped text; the tone sets both the icon and the text colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._text, 1)
        self._tone = ""
        self.set_status("", "neutral")

    def set_status(self, text: str, tone: str) -> None:
        """Show ``text`` with the icon and colour of ``tone``."""
        self._text.setText(text)
        if tone != self._tone:
            self._tone = tone
            self._text.setProperty("tone", tone)
            self._text.style().unpolish(self._text)
            self._text.style().polish(self._text)
            self._refresh_icon()
        self.setVisible(bool(text))

    def _refresh_icon(self) -> None:
        side = max(16, self._text.fontMetrics().height())
        self._icon.setPixmap(
            tone_icon(self._tone).pixmap(QSize(side, side), self.devicePixelRatioF())
        )
        self._icon.setFixedWidth(side)

    def text(self) -> str:
        """The sentence shown."""
        return self._text.text()

    def tone(self) -> str:
        """The tone shown."""
        return self._tone

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # The icon follows the text size.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refresh_icon()
        super().changeEvent(event)
