"""A layout of equal cells: all in one row when they fit, else in rows of half, else one.

For big answer buttons: four pictures sit in a row of 4 on a wide screen, in 2 × 2 when
the text is large or the window narrow, one under the other when even two do not fit.
Never 3 + 1. Rows are as high as their tallest cell (height-for-width), so the pictures
of one row line up. Rows start on the left, under the text above them. Reading and Tab
order follow the order of insertion.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayoutItem, QWidget

from neph_gui.ui.widgets.rows_layout import RowsLayout

# A cell may grow this much past its preferred width: a wide window does not make huge
# buttons around small pictures.
MAX_GROWTH = 1.25
# And shrink to this share of it before a row is split: on a small screen, all the
# answers in view at once matter more than the last quarter of their size.
MIN_SHARE = 0.75


class ChoiceGrid(RowsLayout):
    """Equal cells in rows; ``addWidget`` as usual."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 16) -> None:
        super().__init__(parent)
        self._gap = spacing

    # --- the QLayout interface ------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation.Horizontal

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Every cell in one row, at its preferred width."""
        cells = self._visible()
        if not cells:
            return QSize(0, 0)
        cell = self._cell_hint()
        width = len(cells) * cell + (len(cells) - 1) * self._gap
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), self.heightForWidth(width))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """One column, as narrow as the widest cell can be."""
        width = max((item.minimumSize().width() for item in self._visible()), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), self._min_height)

    # --- the grid -------------------------------------------------------------------------
    def columns(self, width: int) -> int:
        """How many cells per row at ``width``: all, else half, else one."""
        count = len(self._visible())
        cell = self._cell_hint() * MIN_SHARE
        m = self.contentsMargins()
        room = width - m.left() - m.right()
        for columns in sorted({count, (count + 1) // 2}, reverse=True):
            if columns > 1 and columns * cell + (columns - 1) * self._gap <= room:
                return columns
        return 1

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _cell_hint(self) -> int:
        return max((item.sizeHint().width() for item in self._visible()), default=0)

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        cells = self._visible()
        if not cells:
            return m.top() + m.bottom()
        columns = self.columns(rect.width())
        widest = max(item.minimumSize().width() for item in cells)
        cell = (area.width() - (columns - 1) * self._gap) // columns
        cell = max(widest, min(cell, int(self._cell_hint() * MAX_GROWTH)))
        y = area.y()
        for start in range(0, len(cells), columns):
            row = cells[start : start + columns]
            height = max(_height(item, cell) for item in row)
            x = area.x()
            if apply:
                for item in row:
                    item.setGeometry(QRect(QPoint(x, y), QSize(cell, height)))
                    x += cell + self._gap
            y += height + self._gap
        return y - self._gap - rect.y() + m.bottom()


def _height(item: QLayoutItem, width: int) -> int:
    if item.hasHeightForWidth():
        return item.heightForWidth(width)
    return max(item.sizeHint().height(), item.minimumSize().height())
