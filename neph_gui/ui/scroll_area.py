"""A scroll area that scrolls up and down only, and is never narrower than its content.

With sideways scrolling off, content wider than the area would simply be cut. This one
asks its layout for the content's minimum width, so at large text sizes the window gives
it room (or the layout above wraps) instead of cutting words or buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class VerticalScrollArea(QScrollArea):
    """A widget-resizable QScrollArea without a horizontal scroll bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._told_minimum = QSize()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        base = super().minimumSizeHint()
        content = self.widget()
        # Low enough to give way to the rest of the window: the content scrolls.
        height = min(base.height(), max(48, 2 * self.fontMetrics().height()))
        if content is None:
            return QSize(base.width(), height)
        margins = self.contentsMargins()
        # Room for the vertical scroll bar, which appears as soon as the text is large.
        extra = margins.left() + margins.right() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(base.width(), content.minimumSizeHint().width() + extra), height)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            # The content's minimum width may have changed: tell the layout above, but only
            # then. Telling it every time relays out the whole window at every keystroke,
            # and a QTabWidget above repaints all it holds on each relayout. (Hidden, it
            # needs nothing: showing it updates the layout above anyway.)
            minimum = self.minimumSizeHint()
            if minimum != self._told_minimum:
                self._told_minimum = minimum
                self.updateGeometry()
        return super().event(event)
