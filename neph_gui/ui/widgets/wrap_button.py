"""A push button whose text wraps onto several lines instead of being cut off.

Qt's QPushButton keeps its text on one line; at 200 % a long button ("Aller à l'onglet 2 :
…") would be wider than the window. This one asks for more height instead.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
_HUGE = 1 << 20


class WrapButton(QPushButton):
    """A QPushButton (same signals, style, accessibility) with word-wrapped text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        # As high as its text needs (no taller, like a QPushButton), as wide as it is given.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _frame(self) -> QSize:
        """Room taken by the outline and padding around the text (from the style)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        option.rect = QRect(0, 0, 1000, 1000)
        contents = self.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, self
        )
        return QSize(1000 - contents.width(), 1000 - contents.height())

    def _text_size(self, width: int) -> QSize:
        return (
            self.fontMetrics().boundingRect(QRect(0, 0, width, _HUGE), _FLAGS, self.text()).size()
        )

    def _one_line_height(self) -> int:
        return super().sizeHint().height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        frame = self._frame()
        text = self._text_size(max(1, width - frame.width()))
        return max(text.height() + frame.height(), self._one_line_height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return super().sizeHint()  # one line when there is room

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the longest word."""
        frame = self._frame()
        longest = max(
            (self.fontMetrics().horizontalAdvance(word) for word in self.text().split()),
            default=0,
        )
        width = max(longest + frame.width(), super().minimumSizeHint().height())
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        del event
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text = option.text
        option.text = ""
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        contents = self.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, self
        )
        self.style().drawItemText(
            painter,
            contents,
            int(_FLAGS),
            option.palette,
            self.isEnabled(),
            text,
            QPalette.ColorRole.ButtonText,
        )
        painter.end()
