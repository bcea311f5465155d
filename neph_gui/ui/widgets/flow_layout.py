"""A layout that puts its items in a row and wraps to a new row when they do not fit.

Used for the bars above the tabs, so that at 200 % text (or on a small screen) buttons
move to a second row instead of being cut off or widening the window past the screen.
An item wider than the whole row (a long title, a nested flow) gets the full row width
and, if it can, wraps itself (height-for-width).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from neph_gui.ui.widgets.rows_layout import RowsLayout


class FlowLayout(RowsLayout):
    """Left-to-right rows, wrapping; ``addWidget``/``addLayout`` as usual.

    Reading and Tab order follow the order of insertion.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 8, row_spacing: int = 8):
        super().__init__(parent)
        self._spacing = spacing
        self._row_spacing = row_spacing
        self._hints: list[tuple[QLayoutItem, QSize, QSize]] | None = None

    # --- the QLayout interface ------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def invalidate(self) -> None:
        self._hints = None
        super().invalidate()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Everything on one row."""
        width = height = 0
        for _item, hint, _minimum in self._measured():
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the widest item can be (everything on its own row)."""
        size = QSize()
        for _item, _hint, minimum in self._measured():
            size = size.expandedTo(minimum)
        m = self.contentsMargins()
        size += QSize(m.left() + m.right(), m.top() + m.bottom())
        # As high as the rows at the current width (known after the first layout pass).
        return QSize(size.width(), max(size.height(), self._min_height))

    # --- what QBoxLayout users expect -----------------------------------------------------
    def addLayout(self, layout: QLayout) -> None:  # noqa: N802 - Qt naming
        """Add a nested layout as one item."""
        self.addChildLayout(layout)
        self.addItem(layout)

    def addSpacing(self, size: int) -> None:  # noqa: N802 - Qt naming
        """A fixed gap in the row."""
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def addStretch(self, stretch: int = 0) -> None:  # noqa: N802 - Qt naming
        """Rows do not stretch; accepted so code written for a QHBoxLayout still runs."""
        del stretch

    # --- internals ------------------------------------------------------------------------
    def _measured(self) -> list[tuple[QLayoutItem, QSize, QSize]]:
        """The items that take room, with their preferred and minimum sizes."""
        if self._hints is None:
            self._hints = [
                (item, _preferred(item), item.minimumSize())
                for item in self._items
                if not item.isEmpty() and item.sizeHint().width() > 0
            ]
        return self._hints

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        row: list[tuple[QLayoutItem, int, int]] = []
        x = area.x()
        y = area.y()
        row_height = 0

        def place_row() -> None:
            if apply:
                cx = area.x()
                for item, w, h in row:
                    item.setGeometry(QRect(QPoint(cx, y + (row_height - h) // 2), QSize(w, h)))
                    cx += w + self._spacing

        if apply:  # empty items (a bar nobody filled yet) take no room at all
            for item in self._items:
                if not item.isEmpty() and item.sizeHint().width() <= 0:
                    item.setGeometry(QRect(area.topLeft(), QSize(0, 0)))
        for item, hint, minimum in self._measured():
            width = max(min(hint.width(), area.width()), minimum.width())
            if item.hasHeightForWidth():
                # Not its minimum height: a nested flow's is that of its last width, which
                # is stale until it has been laid out at this one.
                height = item.heightForWidth(width)
            else:
                height = max(hint.height(), minimum.height())
            if row and x + width > area.x() + area.width():
                place_row()
                y += row_height + self._row_spacing
                x = area.x()
                row, row_height = [], 0
            row.append((item, width, height))
            x += width + self._spacing
            row_height = max(row_height, height)
        if row:
            place_row()
            y += row_height
        return y - rect.y() + m.bottom()


def _preferred(item: QLayoutItem) -> QSize:
    """An item's size hint; for a word-wrapped label, its text on one line.

    Qt gives wrapped labels a narrow hint (about 80 characters at most, often less), which
    would wrap a title that fits on one line.
    """
    widget = item.widget()
    if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
        m = widget.contentsMargins()
        width = (
            widget.fontMetrics()
            .boundingRect(0, 0, 1 << 20, 1 << 20, int(widget.alignment()), widget.text())
            .width()
        )
        extra = m.left() + m.right() + 2 * widget.margin() + 2 * widget.frameWidth()
        return QSize(width + extra + 1, item.sizeHint().height())
    return item.sizeHint()
