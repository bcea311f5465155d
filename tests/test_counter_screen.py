"""The counter screen on a 1366 × 768 laptop (issue 17): at every text size the page
keeps the room, titles stay short, and one area scrolls at a time."""

from __future__ import annotations

import pytest
from a11y_helpers import rect_in, visible_widgets
from helpers import settle
from PySide6.QtWidgets import QAbstractScrollArea, QTabBar, QWidget

from neph_gui.ui.window.main_window import MainWindow

SCALES = (100, 150, 200)


def at_size(window: MainWindow, scale: int, tab: int = 0) -> None:
    window.resize(1366, 768)
    window.display.set_text_scale(scale)
    window.show_tab(tab)
    settle()


def scrolls(area: QAbstractScrollArea) -> bool:
    bar = area.verticalScrollBar()
    return bar.maximum() > bar.minimum()


@pytest.mark.parametrize("tab", range(3))
def test_at_200_percent_the_page_gets_most_of_the_height(window: MainWindow, tab: int) -> None:
    at_size(window, 200, tab)
    page = window.tabs.currentWidget()
    assert isinstance(page, QAbstractScrollArea)
    height = page.viewport().height()
    assert height >= 0.6 * window.height(), f"the page gets {height} of {window.height()} px"


@pytest.mark.parametrize("scale", SCALES)
def test_tab_titles_take_at_most_two_lines(window: MainWindow, scale: int) -> None:
    at_size(window, scale)
    bar = window.tabs.tabBar()
    assert isinstance(bar, QTabBar)
    for index in range(bar.count()):
        assert bar.tabText(index).count("\n") <= 1, bar.tabText(index)
    assert window.rect().contains(rect_in(bar, window))


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("tab", range(3))
def test_one_area_scrolls_at_a_time(window: MainWindow, scale: int, tab: int) -> None:
    at_size(window, scale, tab)
    scrolling = [
        w for w in visible_widgets(window) if isinstance(w, QAbstractScrollArea) and scrolls(w)
    ]
    for area in scrolling:
        parent: QWidget | None = area.parentWidget()
        while parent is not None:
            assert not (isinstance(parent, QAbstractScrollArea) and parent in scrolling), (
                f"{area.objectName()} scrolls inside {parent.objectName()}, which scrolls too"
            )
            parent = parent.parentWidget()
    assert not scrolls(window.window_scroll), "the window itself should not need to scroll"


def test_the_steps_panel_folds_itself_at_200_percent(window: MainWindow) -> None:
    at_size(window, 200)
    assert not window.steps_panel.content_area.isVisible() or not window.steps_panel.is_open()
