"""The counter screen on a 1366 × 768 laptop (issue 17): at every text size the page
keeps the room, titles stay short, and one area scrolls at a time; on a 1024 × 600
netbook the page keeps the room at 100 % too."""

from __future__ import annotations

import pytest
from a11y_helpers import rect_in, visible_widgets
from helpers import settle
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QTabBar, QWidget
from pytestqt.qtbot import QtBot

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


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (683, 384), (600, 500)])
def test_every_line_of_every_tab_title_is_shown(
    window: MainWindow, width: int, height: int
) -> None:
    """A title re-wrapped to more lines than the selected one (683 × 384 is a 1366 × 768
    screen at 200 % system zoom) still gets the height for all its lines."""
    window.display.set_text_scale(100)
    window.show_tab(0)
    window.resize(width, height)
    settle()
    bar = window.tabs.tabBar()
    font = QFont(bar.font())
    font.setBold(True)  # the widest and tallest a title is drawn
    metrics = QFontMetrics(font)
    for index in range(bar.count()):
        text = bar.tabText(index)
        needed = metrics.size(0, text).height() + 2 * 6  # the style sheet's padding
        assert bar.tabRect(index).height() >= needed, (text, bar.tabRect(index).height())


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


def test_a_short_window_gives_the_room_to_the_page(qtbot: QtBot, window: MainWindow) -> None:
    """On a 1024 × 600 netbook at 100 %, the title goes and the display controls fold
    behind "Affichage", as at a larger text size; a taller window brings them back."""
    window.display.set_text_scale(100)
    window.show_tab(2)
    window.resize(1024, 600)
    settle()
    page = window.tabs.currentWidget()
    assert isinstance(page, QAbstractScrollArea)
    height = page.viewport().height()
    assert height >= 0.6 * window.height(), f"the page gets {height} of {window.height()} px"
    toggle = window.action_bar.display_toggle
    assert toggle.isVisible() and not window.title.isVisible()
    assert not window.display_bar.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    settle()
    assert window.display_bar.isVisible(), "Affichage unfolds A−, A+, contrast, language"
    window.resize(1366, 768)
    settle()
    assert window.title.isVisible() and not toggle.isVisible()
    assert window.display_bar.isVisible() and window.rect().contains(
        rect_in(window.display_bar, window)
    )


def test_a_display_control_in_use_stays_in_view_when_the_window_gets_short(
    window: MainWindow,
) -> None:
    window.display.set_text_scale(100)
    window.resize(1366, 768)
    settle()
    window.display_bar.text_size.larger_button.setFocus()
    window.resize(1024, 600)
    settle()
    assert window.display_bar.isVisible() and window.display_bar.text_size.larger_button.hasFocus()
