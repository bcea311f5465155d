"""Which tab to choose, the automatic reset after a quiet while, and the two site links."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers import settle
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from neph_gui.i18n import Translations
from neph_gui.licence import Era
from neph_gui.settings import DisplaySettings
from neph_gui.site import OfficialSite, open_official_site
from neph_gui.ui.dialogs.settings_dialog import SettingsDialog
from neph_gui.ui.window.main_window import MainWindow
from neph_gui.ui.window.next_person import MINUTE_MS

# --- the question screen in the window ---------------------------------------------------


@pytest.fixture
def opening(qtbot: QtBot, settings: DisplaySettings) -> Iterator[MainWindow]:
    """The window as it opens for a person: on the question "Quel permis avez-vous ?"."""
    window = MainWindow(settings)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    window.deleteLater()


def answer(qtbot: QtBot, window: MainWindow, *keys: str) -> None:
    for key in keys:
        qtbot.mouseClick(window.question.answer_button(key), Qt.MouseButton.LeftButton)
        # As between two clicks of a person: posted events run, deleted widgets go (the
        # card, then a date, once crashed the next layout pass after a page rebuild).
        settle()


def test_the_window_opens_on_the_question(opening: MainWindow) -> None:
    assert opening.pages.currentWidget() is opening.question
    assert opening.question.heading.text() == "Quel permis avez-vous ?"
    assert opening.site_button.property("waiting") is True


@pytest.mark.parametrize(
    ("keys", "tab_index", "card"),
    [
        (["after_1975"], 0, False),
        (["before_1975"], 1, False),
        (["older"], 2, False),
        (["card", "after"], 0, True),
        (["card", "before", "before_1975"], 1, False),
        (["dont_know", "older"], 2, False),
    ],
)
def test_a_choice_opens_its_tab_and_view(
    qtbot: QtBot, opening: MainWindow, keys: list[str], tab_index: int, card: bool
) -> None:
    answer(qtbot, opening, *keys)
    assert opening.pages.currentWidget() is opening.tabs
    assert opening.tabs.currentIndex() == tab_index
    tab = opening.tabs.current_tab()
    assert tab.card_shown() == card
    assert tab.entries[0].edit.hasFocus()
    if card:  # and says where the number is on a card, not "next to the photo"
        where = tab.where.text()
        assert "au verso" in where and "photo" not in where


def test_quel_permis_and_a_new_person_come_back_to_the_question(
    qtbot: QtBot, opening: MainWindow
) -> None:
    answer(qtbot, opening, "card")
    qtbot.mouseClick(opening.action_bar.guide_button, Qt.MouseButton.LeftButton)
    assert opening.pages.currentWidget() is opening.question
    assert opening.question.step().value == "first"  # from its first page
    answer(qtbot, opening, "before_1975")
    assert opening.next_person.needs_reset()
    opening.next_person.reset()
    assert opening.pages.currentWidget() is opening.question
    assert not opening.next_person.needs_reset()


# --- idle reset -------------------------------------------------------------------------


def shorten(window: MainWindow, idle_ms: int = 300, warning_ms: int = 200) -> None:
    window.idle.set_durations(idle_ms, warning_ms)


def test_inputs_count_from_the_first_frame(
    qtbot: QtBot, translations: Translations, settings: DisplaySettings
) -> None:
    """The app-wide filter waits for the window's first frame (nobody can type before),
    so that the frame's own events do not go through it."""
    window = MainWindow(settings, start_tab=0)
    qtbot.addWidget(window)
    assert window.idle.idle_ms() > 0
    assert not window.idle.is_listening()
    window.show()
    qtbot.waitUntil(window.idle.is_listening, timeout=5000)
    # From then on an input restarts the wait, as always.
    window.idle.set_durations(300, 200)
    with qtbot.waitSignal(window.idle.warning_started, timeout=5000):
        pass
    with qtbot.waitSignal(window.idle.cancelled, timeout=1000):
        qtbot.keyClick(window.tabs.current_tab().entries[0].edit, Qt.Key.Key_A)
    window.idle.set_durations(0)


def test_idle_reset_announces_itself_then_clears(qtbot: QtBot, window: MainWindow) -> None:
    edit = window.tabs.tab_for(Era.AFTER_1975).entry("number").edit
    qtbot.keyClicks(edit, "0512")
    events: list[str] = []
    window.idle.warning_started.connect(lambda _s: events.append("warning"))
    window.next_person.reset_done.connect(lambda: events.append("reset"))
    shorten(window)
    with qtbot.waitSignal(window.idle.warning_started, timeout=5000):
        pass
    assert window.idle_banner.isVisible()
    assert "l'écran sera effacé pour la personne suivante" in window.idle_banner.message.text()
    assert edit.text() == "0512"  # nothing cleared yet
    with qtbot.waitSignal(window.next_person.reset_done, timeout=5000):
        pass
    assert events == ["warning", "reset"]
    assert edit.text() == ""
    assert not window.idle_banner.isVisible()


def test_a_keystroke_cancels_the_announced_reset(qtbot: QtBot, window: MainWindow) -> None:
    edit = window.tabs.tab_for(Era.AFTER_1975).entry("number").edit
    qtbot.keyClicks(edit, "0512")
    shorten(window, idle_ms=400, warning_ms=300)
    with qtbot.waitSignal(window.idle.warning_started, timeout=5000):
        pass
    with qtbot.waitSignal(window.idle.cancelled, timeout=1000):
        qtbot.keyClick(edit, Qt.Key.Key_7)
    assert not window.idle_banner.isVisible()
    assert edit.text() == "05127"
    window.idle.set_durations(0)  # never: nothing more may happen


def test_still_here_button_cancels(qtbot: QtBot, window: MainWindow) -> None:
    window.steps_panel.items[0].check.setChecked(True)
    shorten(window, idle_ms=400, warning_ms=300)
    with qtbot.waitSignal(window.idle.warning_started, timeout=5000):
        pass
    with qtbot.waitSignal(window.idle.cancelled, timeout=1000):
        qtbot.mouseClick(window.idle_banner.button, Qt.MouseButton.LeftButton)
    assert window.steps_panel.ticked()[0]
    window.idle.set_durations(0)


def test_countdown_is_live(qtbot: QtBot, window: MainWindow) -> None:
    window.steps_panel.items[0].check.setChecked(True)
    window.idle.set_durations(1, 2500)
    with qtbot.waitSignal(window.idle.countdown, timeout=5000) as blocker:
        pass
    assert blocker.args == [2]
    assert window.idle_banner.message.text().startswith("Dans 2 secondes")
    window.idle.set_durations(0)


def test_clean_screen_gets_no_banner(qtbot: QtBot, window: MainWindow) -> None:
    """Clean: the question screen, as the window opens (a tab left open would tell the
    next person which licence the previous one had, so it is reset)."""
    window.show_question()
    assert not window.next_person.needs_reset()
    shorten(window, idle_ms=100, warning_ms=50)
    with qtbot.waitSignal(window.idle.warning_started, timeout=5000):
        pass
    assert not window.idle_banner.isVisible()
    window.idle.set_durations(0)


def test_idle_time_is_set_in_the_settings_dialog(
    qtbot: QtBot, window: MainWindow, settings: DisplaySettings
) -> None:
    assert settings.idle_minutes == 10
    assert window.idle.idle_ms() == 10 * MINUTE_MS
    qtbot.mouseClick(window.action_bar.settings_button, Qt.MouseButton.LeftButton)
    dialog = window.dialogs.open_dialogs()[-1]
    assert isinstance(dialog, SettingsDialog)
    assert dialog.idle_minutes.value() == 10
    dialog.idle_minutes.setValue(0)  # "never" is not offered: an administrator's setting
    assert dialog.idle_minutes.value() == 1
    dialog.idle_minutes.setValue(25)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert settings.idle_minutes == 25
    assert window.idle.idle_ms() == 25 * MINUTE_MS


# --- the two links ----------------------------------------------------------------------


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    return urls


def test_both_links_open_exactly_the_allow_listed_addresses(
    qtbot: QtBot, window: MainWindow, opened: list[str]
) -> None:
    window.steps_panel.set_open(True)
    qtbot.mouseClick(window.site_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.steps_panel.mes_points_button, Qt.MouseButton.LeftButton)
    assert opened == ["https://ants.gouv.fr/", "https://mespoints.permisdeconduire.gouv.fr/"]
    assert opened == [site.url for site in OfficialSite]


@pytest.mark.parametrize(
    "other",
    [
        "https://ants.gouv.fr/",
        "https://example.org/",
        QUrl("https://ants.gouv.fr/"),
        "MES_POINTS",
        None,
        0,
    ],
)
def test_nothing_else_can_be_opened(window: MainWindow, opened: list[str], other: Any) -> None:
    with pytest.raises(TypeError):
        open_official_site(other)
    with pytest.raises(TypeError):
        window.sites.open(other)
    assert opened == []
    assert window.dialogs.open_dialogs() == []


def test_the_idle_watch_steps_aside_after_an_input_then_listens_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    """After a keystroke the app-wide watch pauses (typing then runs without a Python
    filter on every event) and comes back within a second; the wait restarted."""
    edit = window.tabs.tab_for(Era.AFTER_1975).entry("number").edit
    qtbot.waitUntil(window.idle.is_listening, timeout=3000)  # from the first frame on
    qtbot.keyClick(edit, Qt.Key.Key_5)
    assert not window.idle.is_listening()
    qtbot.waitUntil(window.idle.is_listening, timeout=3000)
    # During the warning it never pauses: each input cancels it.
    shorten(window, idle_ms=400, warning_ms=300)
    with qtbot.waitSignal(window.idle.warning_started, timeout=5000):
        pass
    with qtbot.waitSignal(window.idle.cancelled, timeout=1000):
        qtbot.keyClick(edit, Qt.Key.Key_1)
    assert window.idle.is_listening() or not window.idle.is_warning()
    window.idle.set_durations(0)
    assert not window.idle.is_listening()


def test_the_idle_watch_steps_aside_for_a_new_text_size(qtbot: QtBot, window: MainWindow) -> None:
    """A text-size change lays out and paints the whole window: the watch pauses for it
    as after an input, then listens again. Never during the warning."""
    qtbot.waitUntil(window.idle.is_listening, timeout=3000)  # from the first frame on
    window.display.set_text_scale(125)
    assert not window.idle.is_listening()
    qtbot.waitUntil(window.idle.is_listening, timeout=3000)
    # (with something typed: a clean screen has no warning)
    qtbot.keyClicks(window.tabs.tab_for(Era.AFTER_1975).entry("number").edit, "0512")
    shorten(window, idle_ms=400, warning_ms=300)
    with qtbot.waitSignal(window.idle.warning_started, timeout=5000):
        pass
    assert window.idle.is_warning()
    window.display.set_text_scale(150)
    assert window.idle.is_listening()
    window.display.set_text_scale(100)
