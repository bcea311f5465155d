"""The answer is always seen (issue 17, item 3): once a tab is complete, the whole "À taper
sur le site" panel is inside the tab's visible area on a 1366 × 768 laptop, without the
person scrolling, at 100 % and 150 % text (the tab brings it into view by itself when the
last box is filled); the focus is never on a control out of view."""

from __future__ import annotations

import pytest
from a11y_helpers import rect_in
from helpers import settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neph_gui.smoke import HANDOUT_EXAMPLES
from neph_gui.ui.tab.era_tab import EraTab
from neph_gui.ui.widgets.status_line import StatusLine
from neph_gui.ui.window.main_window import MainWindow


def _type_on_a_laptop(
    qtbot: QtBot,
    window: MainWindow,
    scale: int,
    tab_number: int,
    typed: tuple[tuple[str, str], ...],
) -> EraTab:
    """Type ``typed`` in tab ``tab_number`` of a 1366 × 768 window at ``scale`` % text."""
    window.resize(1366, 768)
    window.display.set_text_scale(scale)
    window.show_tab(tab_number - 1)
    settle()
    tab = window.tabs.current_tab()
    for key, text in typed:
        edit = tab.entry(key).edit
        edit.setFocus()
        qtbot.keyClicks(edit, text)
    return tab


@pytest.mark.parametrize("scale", [100, 150])
@pytest.mark.parametrize(("tab_number", "typed", "expected"), HANDOUT_EXAMPLES)
def test_the_whole_answer_is_in_view_once_typed(
    qtbot: QtBot,
    window: MainWindow,
    scale: int,
    tab_number: int,
    typed: tuple[tuple[str, str], ...],
    expected: tuple[str, ...],
) -> None:
    tab = _type_on_a_laptop(qtbot, window, scale, tab_number, typed)
    qtbot.wait(50)  # three frames: the tab scrolls the answer into view by itself
    settle()
    assert tab.result_panel.values() == expected
    viewport = tab.viewport()
    panel = rect_in(tab.result_panel, viewport)
    assert viewport.rect().contains(panel), (
        f"panel {panel.top()}–{panel.bottom()} px, view 0–{viewport.height()} px"
    )
    focused = QApplication.focusWidget()
    assert focused is not None and tab.isAncestorOf(focused)
    assert viewport.rect().contains(rect_in(focused, viewport))


@pytest.mark.parametrize(("tab_number", "typed", "expected"), HANDOUT_EXAMPLES)
def test_at_200_percent_the_values_to_type_scroll_into_view_together(
    qtbot: QtBot,
    window: MainWindow,
    tab_number: int,
    typed: tuple[tuple[str, str], ...],
    expected: tuple[str, ...],
) -> None:
    """At 200 % the page shows every value to type with its Copy button together: the
    whole panel for one value (tab 1), else from the first value (tabs 2 and 3)."""
    tab = _type_on_a_laptop(qtbot, window, 200, tab_number, typed)
    qtbot.keyClick(tab.entries[-1].edit, Qt.Key.Key_Return)
    qtbot.wait(50)
    settle()
    panel = tab.result_panel
    assert panel.values() == expected
    viewport = tab.viewport()
    seen = [panel] if len(expected) == 1 else []  # one value: the whole panel fits
    for widget in [*seen, *panel.copy_buttons()]:
        assert viewport.rect().contains(rect_in(widget, viewport)), widget.objectName()
    focused = QApplication.focusWidget()
    assert focused is not None and viewport.rect().contains(rect_in(focused, viewport))


def test_the_number_is_also_shown_grouped_for_reading_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = window.tabs.current_tab()
    qtbot.keyClicks(tab.entries[0].edit, "150833200011")
    assert tab.result_panel.reading.text() == "Pour relire : 150 833 200 011"
    assert tab.result_panel.reading.isVisibleTo(tab.result_panel)
    tab.clear()
    assert not tab.result_panel.reading.isVisibleTo(tab.result_panel)


def test_the_usual_reading_is_behind_en_savoir_plus(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.tabs.current_tab()
    panel = tab.result_panel
    qtbot.keyClicks(tab.entries[0].edit, "150833200011")  # August 2015, Gironde
    assert panel.more_button.isVisibleTo(panel) and panel.more_button.text() == "En savoir plus"
    assert not panel.more.isVisibleTo(panel), "closed until asked for"
    assert not any("se lit souvent" in line.text() for line in _status_lines(tab))
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert panel.more.isVisibleTo(panel) and "08/2015" in panel.more.text()
    assert panel.more_button.text() == "Masquer"
    tab.clear()
    assert not panel.more_button.isVisibleTo(panel) and not panel.more.isVisibleTo(panel)


def _status_lines(tab: EraTab) -> list[StatusLine]:
    return [w for w in tab.widget().findChildren(StatusLine) if w.isVisibleTo(tab)]


@pytest.mark.parametrize(
    ("tab_number", "key", "typed"),
    [
        (1, "number", "O5I2273O8989 12"),  # letters read as digits, too long
        (1, "number", "K45293"),  # letters: the wrong-tab hint
        (1, "number", "150833200011"),  # complete, with a reading
        (2, "top_line", "0512273089891234567"),  # too long
        (3, "number", "051227308989"),  # 12 digits: the wrong-tab hint
    ],
)
def test_at_most_two_lines_under_a_box(
    qtbot: QtBot, window: MainWindow, tab_number: int, key: str, typed: str
) -> None:
    window.show_tab(tab_number - 1)
    tab = window.tabs.current_tab()
    entry = tab.entry(key)
    qtbot.keyClicks(entry.edit, typed)
    entry.edit.editingFinished.emit()
    settle()
    under = [w for w in (entry.status, entry.infos, entry.counter) if w.isVisibleTo(entry)]
    assert 1 <= len(under) <= 2, [getattr(w, "text", lambda: "")() for w in under]
