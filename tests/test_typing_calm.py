"""Typing moves and repaints as little as possible: what the person is not looking at stays
still (and a keystroke stays cheap: see `make bench`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from qt_probes import PaintCounter

from neph_gui.i18n import Translations
from neph_gui.licence import Era
from neph_gui.theme import palette_for
from neph_gui.ui.widgets.scroll_area import QuietScrollBar, VerticalScrollArea
from neph_gui.ui.window.main_window import MainWindow


def settle() -> None:
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.processEvents()


def _paints_while(
    qtbot: QtBot, edit: QWidget, text: str, widgets: tuple[QWidget, ...]
) -> dict[QWidget, int]:
    """How many paint events each of ``widgets`` gets while ``text`` is typed in ``edit``."""
    counters = {widget: PaintCounter() for widget in widgets}
    for widget, counter in counters.items():
        widget.installEventFilter(counter)
    qtbot.keyClicks(edit, text)
    settle()
    for widget, counter in counters.items():
        widget.removeEventFilter(counter)
    return {widget: counter.count for widget, counter in counters.items()}


def test_completing_a_number_repaints_the_result_not_the_whole_tab(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The result appearing makes the tab scrollable: the scroll bar is drawn in the room
    kept for it, and the heading and the drawing of the licence are not repainted. The
    result is wider than the box: the window learns its new minimum width once (the first
    time), not at every result that comes and goes."""
    # Tall enough for the empty tab, the drawing of the site's boxes under the answer
    # included (about 140 px more than before that drawing moved there).
    window.resize(1340, 880)
    tab = window.tabs.tab_for(Era.AFTER_1975)
    window.tabs.setCurrentWidget(tab)
    edit = tab.entries[0].edit
    edit.setFocus()
    for _ in range(2):  # the second time, everything has been built once
        tab.clear()
        settle()
        qtbot.keyClicks(edit, "05122730898")
        settle()
        assert tab.verticalScrollBar().maximum() == 0
        watched = (tab.heading, tab.drawings.licence, window.tabs.tabBar())
        paints = _paints_while(qtbot, edit, "9", (*watched, tab.result_panel))
        assert tab.result().complete
        assert tab.verticalScrollBar().maximum() > 0, "the window is meant to scroll here"
        assert paints[tab.result_panel] >= 1
        assert [paints[widget] for widget in watched] == [0, 0, 0], (
            "heading, drawing of the licence, tab titles"
        )


def _colours(widget: QWidget) -> set[int]:
    image = widget.grab().toImage()
    return {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 7)
    }


def test_the_scroll_bar_keeps_its_room_and_shows_only_with_something_to_scroll(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Tall enough for the empty tab, the drawing of the site's boxes under the answer
    # included (about 120 px more than before that drawing moved there).
    window.resize(1340, 860)
    tab = window.tabs.tab_for(Era.AFTER_1975)
    window.tabs.setCurrentWidget(tab)
    settle()
    bar = tab.verticalScrollBar()
    assert isinstance(bar, QuietScrollBar)
    width = tab.widget().width()
    background = QColor(window.palette().color(QPalette.ColorRole.Window)).rgb()
    assert bar.maximum() == 0
    assert bar.isVisible(), "its room is kept"
    assert not bar.isEnabled(), "a screen reader is told there is nothing to scroll"
    assert _colours(bar) == {background}, "nothing drawn: only the window's background"
    qtbot.keyClicks(tab.entries[0].edit, "051227308989")
    settle()
    assert bar.maximum() > 0
    assert bar.isEnabled()
    assert len(_colours(bar)) > 1, "the bar is drawn"
    assert tab.widget().width() == width, "the page keeps its width"
    tab.clear()
    settle()
    assert bar.maximum() == 0
    assert not bar.isEnabled()


def test_a_result_that_comes_and_goes_leaves_the_window_minimum_alone(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The result is wider than the box. Each change of the tab's minimum width relays out
    the whole window and repaints everything in the tabs: it happens once, when the first
    result appears, not for every number typed and cleared (until the text size or the
    language changes)."""
    tab = window.tabs.tab_for(Era.AFTER_1975)
    window.tabs.setCurrentWidget(tab)
    edit = tab.entries[0].edit
    edit.setFocus()
    settle()
    empty = tab.minimumSizeHint()
    qtbot.keyClicks(edit, "051227308989")
    settle()
    with_result = tab.minimumSizeHint()
    assert with_result.width() > empty.width(), "the premise: the result is wider"
    for _ in range(2):
        tab.clear()
        settle()
        assert tab.minimumSizeHint() == with_result
        qtbot.keyClicks(edit, "051227308989")
        settle()
        assert tab.minimumSizeHint() == with_result
    tab.clear()
    window.display.set_text_scale(150)
    settle()
    window.display.set_text_scale(100)
    settle()
    assert tab.minimumSizeHint() == empty, "measured afresh after a text-size change"


def test_the_status_colour_follows_its_tone(qtbot: QtBot, window: MainWindow) -> None:
    """The status line's text takes the colour of its tone (the style sheet's
    ``QLabel[tone=…]`` rules), each time the tone changes, in both themes."""
    tab = window.tabs.tab_for(Era.AFTER_1975)
    window.tabs.setCurrentWidget(tab)
    entry = tab.entries[0]
    text = entry.status._text

    def colour() -> str:
        return QColor(text.palette().color(QPalette.ColorRole.WindowText)).name().upper()

    for high_contrast in (False, True):
        window.display.set_high_contrast(high_contrast)
        theme = palette_for(high_contrast)
        for typed, tone, expected in (
            ("", "neutral", theme.muted),
            ("051227308989", "ok", theme.ok),
            ("", "neutral", theme.muted),
            ("051227308989", "ok", theme.ok),
        ):
            entry.set_text(typed)
            settle()
            assert entry.status.tone() == tone
            assert colour() == expected.upper(), (high_contrast, typed)
        tab.clear()


def test_scroll_bars_have_a_name_in_both_languages(
    window: MainWindow, translations: Translations
) -> None:
    """A screen reader says what a scroll bar is for: the tabs', the question screen's."""
    bars = [area.verticalScrollBar() for area in window.findChildren(VerticalScrollArea)]
    tab_bar = window.tabs.tab_for(Era.AFTER_1975).verticalScrollBar()
    assert isinstance(tab_bar, QuietScrollBar)
    assert tab_bar in bars
    assert window.question.area.verticalScrollBar() in bars
    assert {bar.accessibleName() for bar in bars} == {"Faire défiler"}
    translations.set_language("en")
    settle()
    assert {bar.accessibleName() for bar in bars} == {"Scroll"}


def test_a_typed_digit_paints_the_page_not_what_is_behind_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The pages fill their own background, so Qt paints a changed part of a tab from the
    page up, not from the window down (the style sheet turns the filling off on every
    polish: it must still hold after a theme change)."""
    # Tall enough for the empty tab, the drawing of the site's boxes under the answer
    # included (about 120 px more than before that drawing moved there).
    window.resize(1340, 860)
    tab = window.tabs.tab_for(Era.AFTER_1975)
    window.tabs.setCurrentWidget(tab)
    edit = tab.entries[0].edit
    edit.setFocus()
    for high_contrast in (False, True, False):
        window.display.set_high_contrast(high_contrast)
        tab.clear()
        settle()
        qtbot.keyClicks(edit, "051")
        settle()
        behind = (window, window.tabs, tab)
        paints = _paints_while(qtbot, edit, "2", (*behind, tab.widget()))
        assert paints[tab.widget()] >= 1, "the page paints the new digit's counter"
        assert [paints[widget] for widget in behind] == [0, 0, 0], (
            f"window, tab widget, tab (high contrast: {high_contrast})"
        )
        assert tab.widget().autoFillBackground()
