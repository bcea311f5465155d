"""The window's page: it fits the window, and scrolls only as a last resort."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from neph_gui.ui.widgets.scroll_area import VerticalScrollArea


class WindowScroll(VerticalScrollArea):
    """The window's page. As a last resort it also scrolls sideways: when even its
    narrowest layout is wider than the screen (a 1366 px screen at QT_SCALE_FACTOR=3 is
    455 px wide), the window still fits the screen instead of running off its edge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("window_scroll")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its contents take focus
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        screen = self.screen()
        if screen is not None:
            # Room left for the window's frame on a desktop with decorations.
            hint.setWidth(min(hint.width(), screen.availableGeometry().width() - 32))
        return hint


class Flexible(QWidget):
    """A container that takes any height from its minimum up.

    Qt treats a height-for-width answer as a minimum; a body full of wrapping texts would
    then claim its preferred height and squeeze the bars around it.
    """

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False


class WindowPage(QWidget):
    """The window's contents; asks for its *minimum* height, so that the tabs shrink (and
    scroll inside) before the whole window has to scroll.

    Not an OpaquePage: covering the whole window, it would keep the window itself from
    ever being painted, and the first frame is noticed by the window's own first paint
    (first_frame.py).
    """

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)


def fit_to_screen(window: QWidget) -> None:
    """A comfortable size, centred on the screen, never larger than it."""
    available = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    width, height = min(1340, available.width()), min(800, available.height())
    window.resize(width, height)
    window.move(
        available.x() + (available.width() - width) // 2,
        available.y() + (available.height() - height) // 2,
    )
