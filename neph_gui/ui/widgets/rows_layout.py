"""What the app's own layouts share: items kept in order, rows arranged for a width, the
height for a width remembered until the layout changes, and that height as the minimum."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class RowsLayout(QLayout):
    """A QLayout whose subclass arranges its items in rows (``_arrange``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        # Qt asks for the same heights many times per layout pass; answers are kept until
        # something in the layout changes (invalidate).
        self._heights: dict[int, int] = {}
        self._min_height = 0
        self.setContentsMargins(0, 0, 0, 0)

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items in ``rect`` (only measure unless ``apply``); the height used."""
        raise NotImplementedError

    # --- the QLayout interface ------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return self._heights[width]

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, apply=True)
        # The rows this width needs become the minimum height, so that the layout above
        # never squeezes the rows onto what follows (it asks again on the next pass).
        needed = self.heightForWidth(rect.width())
        if needed != self._min_height:
            self._min_height = needed
            above = self.parent()
            if isinstance(above, QLayout):  # nested: the layout around must measure again
                above.invalidate()
            elif isinstance(above, QWidget):
                above.updateGeometry()
