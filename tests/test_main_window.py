"""The window as a person uses it: typing, hints, result, the site button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neph_gui.licence import Era
from neph_gui.ui.window.main_window import MainWindow


def type_into(qtbot: QtBot, window: MainWindow, era: Era, key: str, text: str) -> None:
    tab = window.tabs.tab_for(era)
    window.tabs.setCurrentWidget(tab)
    edit = tab.entry(key).edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)


@pytest.mark.parametrize(
    ("era", "typed", "parts"),
    [
        (Era.AFTER_1975, {"number": "051227308989"}, ("051227308989",)),
        (Era.AFTER_1975, {"number": "0512 2730 8989"}, ("051227308989",)),
        (
            Era.BEFORE_1975,
            {"top_line": "k45293", "bottom_first": "64", "bottom_second": "87"},
            ("K45293", "64", "87"),
        ),
        (
            Era.OLDER,
            {"number": "822 114", "year": "68", "department": "19"},
            ("822114", "68", "19"),
        ),
    ],
)
def test_handout_examples_typed_key_by_key(
    qtbot: QtBot, window: MainWindow, era: Era, typed: dict[str, str], parts: tuple[str, ...]
) -> None:
    for key, text in typed.items():
        type_into(qtbot, window, era, key, text)
    tab = window.tabs.tab_for(era)
    assert tab.result().complete
    assert tab.result_panel.values() == parts
    for entry in tab.entries:
        if entry.box.fixed_length:  # a green tick only where the length is known
            assert entry.status.tone() == "ok"
            assert entry.status.text().startswith("C'est complet")
        else:  # 1 to 15 characters: a neutral count, "complet" would say too much
            assert entry.status.tone() == "neutral"
            count = len(parts[0])
            assert entry.status.text() == (
                f"Caractères tapés : {count}. Vérifiez qu'ils y sont tous, comme sur le permis."
            )


def test_counter_and_calm_status_while_typing(qtbot: QtBot, window: MainWindow) -> None:
    type_into(qtbot, window, Era.AFTER_1975, "number", "05122730")
    entry = window.tabs.tab_for(Era.AFTER_1975).entry("number")
    assert entry.counter.text() == "8 chiffres sur 12"
    assert entry.status.text() == "Continuez : encore 4 chiffres."
    assert entry.status.tone() == "neutral"
    # The result waits for the whole number.
    assert window.tabs.tab_for(Era.AFTER_1975).result_panel.values() == ()


def test_warning_only_after_leaving_the_box(qtbot: QtBot, window: MainWindow) -> None:
    type_into(qtbot, window, Era.AFTER_1975, "number", "0512273089")
    entry = window.tabs.tab_for(Era.AFTER_1975).entry("number")
    assert entry.status.tone() == "neutral"
    entry.edit.editingFinished.emit()
    assert entry.status.tone() == "warning"
    assert entry.status.text() == "Il manque 2 chiffres. Regardez bien votre permis."


def test_singular_plural_in_french(qtbot: QtBot, window: MainWindow) -> None:
    type_into(qtbot, window, Era.AFTER_1975, "number", "05122730898")
    entry = window.tabs.tab_for(Era.AFTER_1975).entry("number")
    assert entry.status.text() == "Continuez : encore 1 chiffre."
    assert entry.counter.text() == "11 chiffres sur 12"


def test_letter_o_is_read_as_zero_and_said(qtbot: QtBot, window: MainWindow) -> None:
    type_into(qtbot, window, Era.AFTER_1975, "number", "O51227308989")
    tab = window.tabs.tab_for(Era.AFTER_1975)
    entry = tab.entry("number")
    assert entry.edit.text() == "O51227308989"  # never rewritten under the cursor
    assert tab.result_panel.values() == ("051227308989",)
    assert "La lettre « O » a été lue comme le chiffre 0." in entry.infos.text()


def test_too_many_digits_warns_at_once(qtbot: QtBot, window: MainWindow) -> None:
    type_into(qtbot, window, Era.AFTER_1975, "number", "0512273089891")
    entry = window.tabs.tab_for(Era.AFTER_1975).entry("number")
    assert entry.status.tone() == "warning"
    assert "1 chiffre de trop" in entry.status.text()


def test_status_is_the_accessible_description(qtbot: QtBot, window: MainWindow) -> None:
    type_into(qtbot, window, Era.AFTER_1975, "number", "0512")
    entry = window.tabs.tab_for(Era.AFTER_1975).entry("number")
    assert entry.edit.accessibleName() == "Numéro de permis (12 chiffres)"
    # Spoken while typing: short, so the next key does not cut it off.
    assert entry.status.text() == "Continuez : encore 8 chiffres."
    assert entry.edit.accessibleDescription() == "4 sur 12."


def test_wrong_tab_hint_moves_the_text(qtbot: QtBot, window: MainWindow) -> None:
    type_into(qtbot, window, Era.AFTER_1975, "number", "K45293")
    first = window.tabs.tab_for(Era.AFTER_1975)
    assert first.hint.isVisible()
    buttons = first.hint.buttons()
    assert [b.objectName() for b in buttons] == ["go_to_before_1975", "go_to_older"]
    buttons[0].click()
    second = window.tabs.tab_for(Era.BEFORE_1975)
    assert window.tabs.current_tab() is second
    assert second.entry("top_line").text() == "K45293"
    assert first.entry("number").text() == ""
    assert not first.hint.isVisible()


def test_twelve_digits_in_tab_3_suggest_tab_1(qtbot: QtBot, window: MainWindow) -> None:
    type_into(qtbot, window, Era.OLDER, "number", "051227308989")
    tab = window.tabs.tab_for(Era.OLDER)
    assert [b.objectName() for b in tab.hint.buttons()] == ["go_to_after_1975"]
    tab.hint.buttons()[0].click()
    assert window.tabs.current_tab() is window.tabs.tab_for(Era.AFTER_1975)
    assert window.tabs.tab_for(Era.AFTER_1975).result_panel.values() == ("051227308989",)


def test_enter_moves_to_the_next_box(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    type_into(qtbot, window, Era.OLDER, "number", "822114")
    qtbot.keyClick(window.tabs.tab_for(Era.OLDER).entry("number").edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.tabs.tab_for(Era.OLDER).entry("year").edit


def test_ctrl_number_switches_tabs(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0


def test_copy_puts_the_result_on_the_clipboard(qtbot: QtBot, window: MainWindow) -> None:
    type_into(qtbot, window, Era.AFTER_1975, "number", "0512-2730-8989")
    window.tabs.tab_for(Era.AFTER_1975).result_panel.copy_buttons()[0].click()
    assert QGuiApplication.clipboard().text() == "051227308989"
    assert window.clipboard.clear_if_ours()
    assert QGuiApplication.clipboard().text() == ""


def test_site_button_opens_exactly_the_official_address(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    type_into(qtbot, window, Era.AFTER_1975, "number", "051227308989")
    window.site_button.click()
    assert [u.toString() for u in opened] == ["https://ants.gouv.fr/"]
    assert window.sites.dialog is None


def test_no_browser_shows_the_address_in_large_print(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    window.site_button.click()
    dialog = window.sites.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.address.text() == "ants.gouv.fr"
    assert dialog.address.font().pointSizeF() > window.font().pointSizeF() * 1.5
    with qtbot.waitSignal(dialog.finished):
        dialog.close_button.click()


@pytest.mark.parametrize(
    "pasted",
    [
        "7" * 10_000,
        "😀🚗" * 50,
        "\u202eRTL ٠١٢٣٤٥٦٧٨٩ עברית",
        "\x00\x01\x07\x1b[31m",
        "line1\nline2\r\nline3",
    ],
    ids=["10k", "emoji", "rtl", "control", "newlines"],
)
def test_any_paste_gives_a_message_and_the_window_responds(
    qtbot: QtBot, window: MainWindow, pasted: str
) -> None:
    for tab in window.tabs.era_tabs:
        for entry in tab.entries:
            entry.set_text(pasted)
            assert entry.status.text(), "every paste gets a status line"
            assert entry.status.isVisibleTo(tab)
    # The window still reacts to input afterwards.
    entry = window.tabs.tab_for(Era.AFTER_1975).entry("number")
    entry.set_text("")
    type_into(qtbot, window, Era.AFTER_1975, "number", "051227308989")
    assert window.tabs.tab_for(Era.AFTER_1975).result().complete


def test_long_paste_says_it_is_too_long(qtbot: QtBot, window: MainWindow) -> None:
    entry = window.tabs.tab_for(Era.AFTER_1975).entry("number")
    entry.set_text("7" * 10_000)
    assert entry.status.tone() == "warning"
    assert "trop long" in entry.status.text()


def test_no_green_tick_while_the_tab_shows_a_warning(qtbot: QtBot, window: MainWindow) -> None:
    """A complete year next to a department box that shows a problem: no tick anywhere."""
    type_into(qtbot, window, Era.OLDER, "number", "822114")
    type_into(qtbot, window, Era.OLDER, "year", "68")
    tab = window.tabs.tab_for(Era.OLDER)
    assert tab.entry("year").status.tone() == "ok"
    type_into(qtbot, window, Era.OLDER, "department", "1#")
    assert tab.entry("department").status.tone() == "warning"
    assert tab.entry("year").status.tone() == "neutral"


def test_a_short_number_left_behind_takes_the_ticks_away(qtbot: QtBot, window: MainWindow) -> None:
    """One character in the department box, then the person moves on: "Il manque…" shows
    as a warning there, and the year loses its green tick until the box is put right."""
    tab = window.tabs.tab_for(Era.OLDER)
    type_into(qtbot, window, Era.OLDER, "year", "68")
    type_into(qtbot, window, Era.OLDER, "department", "1")
    assert tab.entry("year").status.tone() == "ok"  # still typing: no warning yet
    tab.entry("department").edit.editingFinished.emit()  # the person leaves the box
    assert tab.entry("department").status.tone() == "warning"
    assert tab.entry("year").status.tone() == "neutral"
    type_into(qtbot, window, Era.OLDER, "department", "9")  # now "19"
    assert tab.entry("year").status.tone() == "ok"


def test_the_site_button_is_filled_only_once_the_number_is_complete(
    qtbot: QtBot, window: MainWindow
) -> None:
    """One primary button, for the next step: opening the site comes after the number."""
    button = window.site_button
    empty_size = button.size()
    assert button.property("waiting") is True
    type_into(qtbot, window, Era.AFTER_1975, "number", "051227308989")
    assert button.property("waiting") is False
    assert button.size() == empty_size  # only its colours change
    window.show_tab(1)  # tab 2 is empty: the next step is typing
    assert button.property("waiting") is True
    window.show_tab(0)
    assert button.property("waiting") is False
    window.next_person.reset()
    assert button.property("waiting") is True


@pytest.mark.parametrize(
    ("era", "values"),
    [(Era.BEFORE_1975, ("K45293", "64", "87")), (Era.OLDER, ("822114", "68", "19"))],
)
def test_enter_in_the_last_box_brings_the_answer_into_view(
    qtbot: QtBot, window: MainWindow, era: Era, values: tuple[str, ...]
) -> None:
    """On a 1366 x 768 laptop the answer of tabs 2 and 3 is below the fold: Enter in the
    last box moves to the first Copy button, and the whole answer scrolls into view."""
    from PySide6.QtCore import QPoint, QRect, Qt

    window.resize(1366, 740)
    window.activateWindow()
    qtbot.waitActive(window)
    tab = window.tabs.tab_for(era)
    window.show_tab(window.tabs.era_tabs.index(tab))
    for entry, text in zip(tab.entries, values, strict=True):
        entry.edit.setFocus()
        qtbot.keyClicks(entry.edit, text)
    qtbot.keyClick(tab.entries[-1].edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    copy = tab.result_panel.copy_buttons()[0]
    assert QApplication.focusWidget() is copy
    panel = tab.result_panel
    shown = QRect(panel.mapTo(tab.viewport(), QPoint(0, 0)), panel.size())
    assert tab.viewport().rect().contains(shown), (shown, tab.viewport().rect())
