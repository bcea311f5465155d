"""A scroll area that scrolls up and down only, and is never narrower than its content.

With sideways scrolling off, content wider than the area would simply be cut. This one
asks its layout for the content's minimum width, so at large text sizes the window gives
it room (or the layout above wraps) instead of cutting words or buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QScrollArea, QScrollBar, QWidget


class QuietScrollBar(QScrollBar):
    """A vertical scroll bar that keeps its place but shows only when there is
    something to scroll.

    A bar that came and went would change the page's width: every line would wrap again
    a little narrower, the drawings would shrink, the whole tab would shift under the
    person's eyes. Hiding and showing it also makes Qt repaint the whole page (a typed
    digit that completes a number would repaint everything). So the bar's room is always
    kept (policy "always on"); with nothing to scroll it is disabled (a screen reader
    says so) and draws nothing: the window's background shows through.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.rangeChanged.connect(self._follow_range)
        self.setEnabled(False)

    def has_range(self) -> bool:
        """Whether there is something to scroll (the bar is then drawn)."""
        return self.maximum() > self.minimum()

    def _follow_range(self, minimum: int, maximum: int) -> None:
        if self.isEnabled() != (maximum > minimum):
            self.setEnabled(maximum > minimum)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self.has_range():
            super().paintEvent(event)


def name_scroll_bar(area: QAbstractScrollArea) -> None:
    """What a screen reader says of ``area``'s vertical scroll bar (besides "scroll bar");
    again after a language change."""
    area.verticalScrollBar().setAccessibleName(
        QCoreApplication.translate("VerticalScrollArea", "Faire défiler")
    )


_RESTYLED = (QEvent.Type.Polish, QEvent.Type.StyleChange)


class OpaquePage(QWidget):
    """The page inside a scroll area, which fills its own background.

    The style sheet paints the page in the window's colour but, for Qt, that does not make
    it opaque: when part of the page changes (a typed digit), Qt first paints every widget
    behind it there, up to the window (ten of them; a tenth of a keystroke's work). Filling
    its background makes the page opaque, and that work goes. The style sheet turns
    "fill the background" off whenever it polishes the page: on its first polish (see
    event()) and when the theme changes (``appearance.apply_theme`` calls
    fill_background()).

    Not for a page that covers a whole window: the window would never be painted itself,
    and its first frame goes unnoticed (``first_frame``).
    """

    def fill_background(self) -> None:
        """Fill the background again (after the style sheet polished the page)."""
        if not self.autoFillBackground():
            self.setAutoFillBackground(True)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in _RESTYLED:
            self.fill_background()
        return handled


class VerticalScrollArea(QScrollArea):
    """A widget-resizable QScrollArea without a horizontal scroll bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._name_scroll_bar()
        self._told_minimum = QSize()
        # The largest minimum size seen since the last font or language change: see event().
        self._floor = QSize()
        self._fitting_page = False  # see eventFilter()

    def setVerticalScrollBar(self, bar: QScrollBar) -> None:  # noqa: N802 - Qt name
        super().setVerticalScrollBar(bar)
        self._name_scroll_bar()

    def _name_scroll_bar(self) -> None:
        name_scroll_bar(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._floor.expandedTo(self.natural_minimum_size())

    def measure_afresh(self) -> None:
        """Forget the largest minimum seen: the content was rearranged (as after a font
        change), what it needs is measured again."""
        self._floor = QSize()
        self.updateGeometry()

    def natural_minimum_size(self) -> QSize:
        """What the content needs now (subclasses refine it; minimumSizeHint() never goes
        below what was needed earlier with the same fonts)."""
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """QScrollArea fits its page to the room again whenever the page is resized, and
        it resizes the page while doing so: here that nested fitting is skipped.

        Near the limit where the page just fits, the page fits without the vertical bar
        but not with it. Qt then resized the page to the full width, and, the bar still
        being shown at that moment, fitted it again to the width beside the bar, then to
        the full width, and so on, without end: the program ran out of stack and crashed
        (`make fuzz`, seed 2, a window of 1352 x 514). The outer fitting sets the scroll
        bar from the page's actual size once the page is resized; a page that changes its
        own size while being laid out asks again through a layout request.
        """
        if event.type() != QEvent.Type.Resize or watched is not self.widget():
            return super().eventFilter(watched, event)
        if self._fitting_page:
            return False
        self._fitting_page = True
        try:
            return super().eventFilter(watched, event)
        finally:
            self._fitting_page = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.LanguageChange,
            QEvent.Type.StyleChange,
        ):
            self._floor = QSize()  # measured afresh with the new fonts and words
        if event.type() == QEvent.Type.LanguageChange:
            self._name_scroll_bar()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            # The content's minimum width may have changed: tell the layout above, but only
            # then. Telling it every time relays out the whole window at every keystroke,
            # and a QTabWidget above repaints all it holds on each relayout. (Hidden, it
            # needs nothing: showing it updates the layout above anyway.)
            # The minimum only grows while the fonts stay: a result that comes and goes
            # (wider than the boxes) would otherwise repaint the whole window twice.
            self._floor = self.minimumSizeHint()
            if self._floor != self._told_minimum:
                self._told_minimum = self._floor
                self.updateGeometry()
        return super().event(event)
