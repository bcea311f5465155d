"""The agent goes to the website with the person: while another window is active the
idle time does not count (up to 30 minutes); back in the app, it counts again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from neph_gui.ui.window.main_window import MainWindow


def test_idle_time_pauses_while_another_window_is_active(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.current_tab().entry("number").edit.setText("0512")
    window.idle.set_durations(300, 100)
    window.idle.restart()
    window.next_person.on_application_state(Qt.ApplicationState.ApplicationInactive)
    assert window.idle.is_away()
    qtbot.wait(600)  # twice the idle time: nothing happens while away
    assert window.tabs.current_tab().entry("number").text() == "0512"
    assert not window.idle_banner.isVisible()
    window.next_person.on_application_state(Qt.ApplicationState.ApplicationActive)
    assert not window.idle.is_away()
    with qtbot.waitSignal(window.idle.timed_out, timeout=3000):
        pass  # back in the app, the usual reset applies
    qtbot.waitUntil(lambda: window.tabs.current_tab().entry("number").text() == "")
    window.idle.set_durations(0)


def test_the_pause_ends_after_its_limit(qtbot: QtBot, window: MainWindow) -> None:
    window.idle.set_durations(300, 100)
    window.idle.set_away(True, max_ms=200)
    assert window.idle.is_away()
    qtbot.waitUntil(lambda: not window.idle.is_away(), timeout=2000)
    with qtbot.waitSignal(window.idle.warning_started, timeout=3000):
        pass  # counting again, even though the app was never active again
    window.idle.set_durations(0)
    window.idle.restart()


def test_going_away_during_the_warning_cancels_it(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.current_tab().entry("number").edit.setText("0512")
    window.idle.set_durations(300, 2000)
    window.idle.restart()
    with qtbot.waitSignal(window.idle.warning_started, timeout=3000):
        pass
    with qtbot.waitSignal(window.idle.cancelled, timeout=1000):
        window.next_person.on_application_state(Qt.ApplicationState.ApplicationInactive)
    assert window.tabs.current_tab().entry("number").text() == "0512"
    window.idle.set_durations(0)
    window.idle.set_away(False)
