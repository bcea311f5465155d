"""A big answer button: a picture of a document above a few words, all one button.

The picture is painted by the button itself, as vectors (a ``DrawingView`` that is never
shown does the painting): for a screen reader the button is one button with its name and
description, and the picture is decorative. It is sized from the button's font, so it
grows with the text size (A+), and it is not clickable on its own: a click anywhere on
the button chooses the answer.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

from neph_gui.texts.drawing_texts import Label
from neph_gui.theme import DEFAULT, Palette
from neph_gui.ui.tab.drawing_paint import PLATE_PADDING
from neph_gui.ui.tab.drawing_view import DrawingView

# The picture's width in lines of the button's text: about 250 px at 100 %, twice that
# at 200 %. It takes the button's width, from MIN_PICTURE_SHARE of that in a narrow window
# up to MAX_PICTURE_SHARE in a wide one.
PICTURE_LINES = 10.5
MIN_PICTURE_SHARE = 0.6
MAX_PICTURE_SHARE = 1.25
# A button without a picture is still a big target: this many lines high, this wide.
PLAIN_LINES = 2.5
PLAIN_WIDTH_LINES = 11
GAP = 8  # px between the picture and the words
_FLAGS = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
_HUGE = 1 << 20


class ChoiceButton(QPushButton):
    """A QPushButton (same signals, style, accessibility) with word-wrapped text under an
    optional picture (a drawing file with its words)."""

    def __init__(
        self,
        picture: str | None = None,
        labels: Mapping[str, Label] | None = None,
        regions: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "caption")  # bold words, at the body size
        self._view: DrawingView | None = None
        if picture is not None:
            # No parent: it only paints for this button, and is never on screen itself
            # (so not in the accessibility tree).
            self._view = DrawingView(picture)
            self._view.set_labels(labels or {})
            self._view.set_highlighted(regions)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # --- public -----------------------------------------------------------------------
    @property
    def picture(self) -> str:
        """The drawing file painted above the words ("" for none)."""
        return self._view.name if self._view is not None else ""

    def set_theme(self, palette: Palette) -> None:
        """Colours of the picture's plate, words and outline."""
        if self._view is not None and palette != self._view.theme():
            self._view.set_theme(palette)
            self.update()

    def theme(self) -> Palette:
        """The palette the picture is painted with."""
        return self._view.theme() if self._view is not None else DEFAULT

    def picture_rect(self) -> QRect:
        """Where the picture (with its plate) is painted; empty without a picture."""
        if self._view is None:
            return QRect()
        contents = self._contents(self.rect())
        size = self._picture_size(contents.width())
        x = contents.x() + (contents.width() - size.width()) // 2
        return QRect(x, contents.y(), size.width(), size.height())

    # --- size -------------------------------------------------------------------------
    def _line(self) -> int:
        return self.fontMetrics().height()

    def preferred_picture_width(self) -> int:
        """The picture's width when there is room: from the font, so it follows A+."""
        return round(PICTURE_LINES * self._line()) if self._view is not None else 0

    def _picture_size(self, room: int) -> QSize:
        if self._view is None:
            return QSize(0, 0)
        width = min(round(self.preferred_picture_width() * MAX_PICTURE_SHARE), room)
        height = math.ceil((width - 2 * PLATE_PADDING) * self._view.drawing.aspect)
        return QSize(width, height + 2 * PLATE_PADDING)

    def _option(self, rect: QRect) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        option.rect = rect
        return option

    def _contents(self, rect: QRect) -> QRect:
        """The room inside the outline and padding (from the style)."""
        return self.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, self._option(rect), self
        )

    def _frame(self) -> QSize:
        contents = self._contents(QRect(0, 0, 1000, 1000))
        return QSize(1000 - contents.width(), 1000 - contents.height())

    def _text_height(self, width: int) -> int:
        return (
            self.fontMetrics()
            .boundingRect(QRect(0, 0, max(1, width), _HUGE), _FLAGS, self.text())
            .height()
        )

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        frame = self._frame()
        room = max(1, width - frame.width())
        text = self._text_height(room)
        if self._view is None:
            return max(text, round(PLAIN_LINES * self._line())) + frame.height()
        return self._picture_size(room).height() + GAP + text + frame.height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        if self._view is not None:
            width = self.preferred_picture_width()
        else:
            one_line = self.fontMetrics().horizontalAdvance(self.text())
            width = max(one_line, round(PLAIN_WIDTH_LINES * self._line()))
        width += self._frame().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the longest word, or the smallest picture."""
        longest = max(
            (self.fontMetrics().horizontalAdvance(word) for word in self.text().split()),
            default=0,
        )
        picture = math.ceil(self.preferred_picture_width() * MIN_PICTURE_SHARE)
        width = max(longest, picture) + self._frame().width()
        return QSize(width, self.heightForWidth(width))

    # --- keys -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Left and Right already move between buttons (Qt); Up and Down do the same here,
        # in reading order, instead of scrolling the page under the focus.
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Down)
            return
        super().keyPressEvent(event)

    # --- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        del event
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text = option.text
        option.text = ""
        style = self.style()
        painter = QPainter(self)
        try:
            style.drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
            contents = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
            top = contents.y()
            flags = _FLAGS
            if self._view is not None:
                picture = self.picture_rect()
                self._view.paint_into(painter, QRectF(picture))
                top = picture.bottom() + 1 + GAP
            else:  # the words alone: in the middle of the button
                flags = (flags & ~Qt.AlignmentFlag.AlignTop) | Qt.AlignmentFlag.AlignVCenter
            words = QRect(contents.x(), top, contents.width(), contents.bottom() + 1 - top)
            style.drawItemText(
                painter,
                words,
                int(flags),
                option.palette,
                self.isEnabled(),
                text,
                QPalette.ColorRole.ButtonText,
            )
        finally:
            painter.end()
