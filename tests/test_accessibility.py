"""Keyboard, screen readers and targets, checked on every widget the window shows.

The walks take whatever widgets exist, so controls added later are checked too.
"""

from __future__ import annotations

import pytest
from a11y_helpers import (
    ALL_STATES,
    CLICKABLE,
    accessible_name,
    describe,
    fill,
    focusable,
    tab_cycle,
    visible_widgets,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from neph_gui.licence import Era
from neph_gui.theme import MIN_TARGET_PX
from neph_gui.ui.widgets.accessibility import announcer
from neph_gui.ui.window.main_window import MainWindow

TABS = [0, 1, 2]


@pytest.mark.parametrize("state", ALL_STATES)
@pytest.mark.parametrize("tab", TABS)
def test_every_focusable_control_has_an_accessible_name(
    window: MainWindow, tab: int, state: str
) -> None:
    fill(window, state)
    window.show_tab(tab)
    QApplication.processEvents()
    unnamed = [
        describe(w) for w in visible_widgets(window) if focusable(w) and not accessible_name(w)
    ]
    assert not unnamed


@pytest.mark.parametrize("state", ALL_STATES)
@pytest.mark.parametrize("tab", TABS)
def test_every_clickable_control_is_at_least_44_px(
    window: MainWindow, tab: int, state: str
) -> None:
    fill(window, state)
    window.show_tab(tab)
    QApplication.processEvents()
    small = [
        f"{describe(w)} {w.width()}x{w.height()}"
        for w in visible_widgets(window)
        if isinstance(w, CLICKABLE) and (w.width() < MIN_TARGET_PX or w.height() < MIN_TARGET_PX)
    ]
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            small += [
                f"tab {i} {bar.tabRect(i).width()}x{bar.tabRect(i).height()}"
                for i in range(bar.count())
                if min(bar.tabRect(i).width(), bar.tabRect(i).height()) < MIN_TARGET_PX
            ]
    assert not small


@pytest.mark.parametrize("state", ["empty", "complete", "wrong_tab", "complete+panels"])
@pytest.mark.parametrize("tab", TABS)
def test_tab_from_the_first_box_visits_the_tab_then_the_site_button(
    qtbot: QtBot, window: MainWindow, tab: int, state: str
) -> None:
    fill(window, state)
    window.show_tab(tab)
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.tabs.era_tabs[tab]
    first = page.entries[0].edit
    visited = tab_cycle(qtbot, first)
    boxes = [entry.edit for entry in page.entries]
    buttons = [w for w in visible_widgets(page) if isinstance(w, QPushButton) and focusable(w)]
    expected = [*boxes, *buttons, window.site_button]
    missing = [describe(w) for w in expected if w not in visited]
    assert not missing
    # Reading order: the boxes in order, the tab's buttons, then the site button.
    positions = [visited.index(w) for w in boxes]
    assert positions == sorted(positions)
    assert max(visited.index(w) for w in [*boxes, *buttons]) < visited.index(window.site_button)
    # And every control on screen is in the cycle (nothing unreachable by keyboard).
    reachable = set(visited)
    unreachable = [
        describe(w) for w in visible_widgets(window) if focusable(w) and w not in reachable
    ]
    assert not unreachable


def test_top_bar_comes_first_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    visited = tab_cycle(qtbot, window.display_bar.text_size.smaller_button)
    order = [
        window.display_bar.text_size.smaller_button,
        window.display_bar.text_size.larger_button,
        window.display_bar.contrast_toggle,
        window.display_bar.help_button,
        window.tabs.tabBar(),
        window.tabs.current_tab().entries[0].edit,
        window.site_button,
    ]
    positions = [visited.index(w) for w in order]
    assert positions == sorted(positions)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_buttons_answer_enter_and_space(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    button = window.display_bar.text_size.larger_button
    button.setFocus()
    qtbot.keyClick(button, key)
    qtbot.waitUntil(lambda: window.display.text_scale() == 125)
    toggle = window.display_bar.contrast_toggle
    toggle.setFocus()
    qtbot.keyClick(toggle, key)
    qtbot.waitUntil(toggle.isChecked)
    assert window.settings.high_contrast
    toggle.setChecked(False)


def test_every_push_button_takes_enter(window: MainWindow) -> None:
    fill(window, "complete")
    for page in window.tabs.era_tabs:
        window.tabs.setCurrentWidget(page)
        QApplication.processEvents()
        for button in window.findChildren(QPushButton):
            if button.isVisible():
                assert button.autoDefault(), describe(button)


def test_f1_opens_the_help_and_escape_closes_it(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window.tabs.current_tab().entries[0].edit, Qt.Key.Key_F1)
    dialog = window.dialogs.help
    assert dialog is not None
    qtbot.waitExposed(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel)).replace("\u00a0", " ")
    for words in ("Ctrl + 1", "Ctrl + plus", "Ctrl + moins", "Ctrl + 0", "Entrée", "F1", "Échap"):
        assert words in texts
    named = [w for w in dialog.findChildren(QWidget) if focusable(w) and w.isVisible()]
    assert named and all(accessible_name(w) for w in named)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.dialogs.help is None)


def test_help_button_opens_the_help(qtbot: QtBot, window: MainWindow) -> None:
    window.display_bar.help_button.click()
    dialog = window.dialogs.help
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.width() <= window.width() and dialog.height() <= window.height()
    with qtbot.waitSignal(dialog.finished):
        dialog.close_button.click()


def test_escape_closes_the_site_address_dialog(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    window.site_button.click()
    dialog = window.sites.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_complete_number_is_announced_spelled_out(qtbot: QtBot, window: MainWindow) -> None:
    said: list[str] = []
    announcer.announced.connect(said.append)
    try:
        entry = window.tabs.tab_for(Era.AFTER_1975).entry("number")
        entry.set_text("05122730898")
        assert said == []  # not complete yet: nothing to announce
        entry.set_text("051227308989")
        assert len(said) == 1
        assert "0 5 1 2 2 7 3 0 8 9 8 9" in said[0]
        entry.set_text("051227308989")  # same result: said once only
        assert len(said) == 1
    finally:
        announcer.announced.disconnect(said.append)


def test_text_size_changes_are_announced(window: MainWindow) -> None:
    said: list[str] = []
    announcer.announced.connect(said.append)
    try:
        window.display_bar.text_size.larger_button.click()
        window.display.set_text_scale(999)
        window.display.set_text_scale(999)
    finally:
        announcer.announced.disconnect(said.append)
    assert said[0] == "Taille du texte : 125 %"
    assert said[-1] == "Le texte est déjà à sa plus grande taille (200 %)."


def test_status_is_a_description_and_its_icon_is_named(window: MainWindow) -> None:
    entry = window.tabs.tab_for(Era.AFTER_1975).entry("number")
    entry.set_text("0512")
    entry.on_editing_finished()
    assert entry.edit.accessibleDescription().startswith(entry.status.text())
    icons = [w for w in entry.status.findChildren(QLabel) if w.pixmap() and not w.pixmap().isNull()]
    assert icons and icons[0].accessibleName() == "Attention"


def test_tabs_have_one_line_names_for_screen_readers(window: MainWindow) -> None:
    bar = window.tabs.tabBar()
    assert bar.accessibleName()
    for index in range(bar.count()):
        name = bar.accessibleTabName(index)
        assert name and "\n" not in name
        assert name == " ".join(bar.tabText(index).split())


def test_spelled_numbers_are_read_digit_by_digit() -> None:
    from neph_gui.texts import messages

    assert messages.spelled("822 114") == "8 2 2 1 1 4"
    assert messages.spoken_number(("822114", "68", "19")) == "8 2 2 1 1 4 ; 6 8 ; 1 9"


def test_the_complete_number_is_in_the_box_and_copy_descriptions(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Orca 43 reads descriptions, not announcements: the number to type is spoken with
    the box (when it changes) and with the Copy button, the next Tab stop."""
    window.activateWindow()
    qtbot.waitActive(window)
    tab = window.tabs.current_tab()
    edit = tab.entries[0].edit
    edit.setFocus()
    qtbot.keyClicks(edit, "05122730898")
    assert edit.accessibleDescription() == "11 sur 12."
    qtbot.keyClicks(edit, "9")
    spelled = "0 5 1 2 2 7 3 0 8 9 8 9"
    assert edit.accessibleDescription() == f"12 sur 12. À taper sur le site : {spelled}."
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    copy = tab.result_panel.copy_buttons()[0]
    assert QApplication.focusWidget() is copy
    assert spelled in copy.accessibleDescription()
    # Leaving the box does not take the number out of its description.
    assert spelled in edit.accessibleDescription()
    window.next_person.reset()
    assert "0 5 1" not in edit.accessibleDescription()
    assert copy.accessibleDescription() == ""


def test_tab_3_parts_are_spoken_in_order(qtbot: QtBot, window: MainWindow) -> None:
    window.show_tab(2)
    tab = window.tabs.current_tab()
    for entry, text in zip(tab.entries, ("822114", "68", "19"), strict=True):
        entry.set_text(text)
    last = tab.entries[-1].edit
    assert last.accessibleDescription().endswith(
        "À taper sur le site : 8 2 2 1 1 4 ; 6 8 ; 1 9. "
        "Si le site montre une seule case : 8 2 2 1 1 4 6 8 1 9."
    )
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.result_panel.copy_buttons()[0]


def test_the_wrong_tab_hint_is_in_the_box_and_button_descriptions(window: MainWindow) -> None:
    tab = window.tabs.current_tab()
    tab.entries[0].set_text("K45293")
    hint = "Ce numéro contient des lettres"
    assert hint in tab.entries[0].edit.accessibleDescription()
    assert tab.hint.buttons()
    assert all(hint in button.accessibleDescription() for button in tab.hint.buttons())


def test_the_steps_are_one_tab_stop_and_arrows_move_inside(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    checks = [item.check for item in window.steps_panel.items]
    stops = [c for c in checks if c.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert stops == [checks[0]]
    checks[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(checks[0], Qt.Key.Key_Down)
    qtbot.keyClick(checks[1], Qt.Key.Key_Down)
    assert QApplication.focusWidget() is checks[2]
    qtbot.keyClick(checks[2], Qt.Key.Key_Space)
    assert checks[2].isChecked() and not checks[1].isChecked()
    qtbot.keyClick(checks[2], Qt.Key.Key_Up)
    assert QApplication.focusWidget() is checks[1]
    # The last one used is the Tab stop now.
    assert [c for c in checks if c.focusPolicy() & Qt.FocusPolicy.TabFocus] == [checks[1]]
    assert not window.steps_panel.content_area.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_ctrl_n_starts_a_new_person_and_the_help_says_so(qtbot: QtBot, window: MainWindow) -> None:
    from neph_gui.ui.dialogs.help_dialog import SHORTCUTS

    assert ("Ctrl + N", "Nouvelle personne : tout effacer pour la personne suivante.") in SHORTCUTS
    window.activateWindow()
    qtbot.waitActive(window)
    window.tabs.current_tab().entries[0].edit.setFocus()
    qtbot.keyClick(
        window.tabs.current_tab().entries[0].edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    assert window.tabs.current_tab().entries[0].text() == ""  # nothing typed: reset at once
    window.tabs.current_tab().entries[0].set_text("0512")
    qtbot.keyClick(
        window.tabs.current_tab().entries[0].edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    dialog = window.findChild(QDialog, "confirm_reset_dialog")
    assert dialog is not None and dialog.isVisible()  # something typed: it asks first
    dialog.reject()


def test_the_help_reads_each_key_once(window: MainWindow) -> None:
    from neph_gui.ui.dialogs.help_dialog import HelpDialog

    dialog = HelpDialog(window)
    for keys, what in dialog.rows:
        assert keys.text().replace("\u00a0", " ") not in what.accessibleName()
    dialog.deleteLater()
