"""The counter's routine: the website steps beside the tabs, and "Nouvelle personne"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neph_gui.licence import Era
from neph_gui.settings import DisplaySettings
from neph_gui.ui.dialogs.reset_dialog import ConfirmResetDialog
from neph_gui.ui.window.main_window import MainWindow

# Today's path ("Mes points permis", DOMAIN.md): each step must carry these words, in order.
TODAY_STEPS = [
    ["Mes points permis", "mespoints.permisdeconduire.gouv.fr"],
    ["FranceConnect", "par exemple", "ameli", "compte créé sur le site"],
    ["La première fois", "la carte", "permis rose"],
    ["une fois", "comme l'application le montre"],
    ["solde"],
]
# The former service's screens (Télépoints, closed in November 2023) are never described.
FORMER_SCREENS = ["deux fois", "Confirmer le n° de permis", "continuer permis de conduire"]


def type_everywhere(qtbot: QtBot, window: MainWindow) -> None:
    typed = {
        Era.AFTER_1975: {"number": "051227308989"},
        Era.BEFORE_1975: {"top_line": "K45293", "bottom_first": "64", "bottom_second": "87"},
        Era.OLDER: {"number": "822114", "year": "68", "department": "19"},
    }
    for era, boxes in typed.items():
        tab = window.tabs.tab_for(era)
        window.tabs.setCurrentWidget(tab)
        for key, text in boxes.items():
            qtbot.keyClicks(tab.entry(key).edit, text)
        assert tab.result().complete


@pytest.mark.parametrize(("index", "words"), list(enumerate(TODAY_STEPS)))
def test_each_step_says_what_todays_site_asks(
    window: MainWindow, index: int, words: list[str]
) -> None:
    items = window.steps_panel.items
    assert len(items) == len(TODAY_STEPS)
    text = items[index].text()
    assert text.startswith(f"{index + 1}. ")
    for word in words:
        assert word in text
    assert items[index].check.accessibleName() == text
    for former in FORMER_SCREENS:
        assert former not in text


def test_the_steps_are_dated_and_say_the_site_may_differ(window: MainWindow) -> None:
    panel = window.steps_panel
    assert panel.sources.text() == "D'après les informations officielles de mars 2026."
    assert "suivez ses indications" in panel.may_differ.text()
    titles = [title.text() for title, _ in panel.hard_cases]
    assert panel.hard_heading.text() == "Cas difficiles"
    assert titles == [
        "Le permis est perdu ou illisible",
        "Le site refuse le numéro",
        "Pas de compte FranceConnect",
    ]
    lost = panel.hard_cases[0][1].text()
    assert "« Votre n° de dossier »" in lost and "relevé d'information" in lost


def test_what_to_prepare_and_the_real_time_notice(window: MainWindow) -> None:
    panel = window.steps_panel
    assert panel.prepare_heading.text() == "À préparer"
    prepared = " ".join(label.text() for label in panel.prepare_labels)
    assert "permis de conduire" in prepared
    assert "FranceConnect" in prepared
    assert "pas mis à jour en temps réel" in panel.notice.text()


def test_a_click_on_the_sentence_ticks_the_step(qtbot: QtBot, window: MainWindow) -> None:
    item = window.steps_panel.items[1]
    qtbot.mouseClick(item.label, Qt.MouseButton.LeftButton)
    assert item.is_ticked()
    qtbot.mouseClick(item.label, Qt.MouseButton.LeftButton)
    assert not item.is_ticked()


def test_steps_fold_to_a_button_and_the_choice_is_remembered(
    qtbot: QtBot, window: MainWindow, settings: DisplaySettings
) -> None:
    panel, button = window.steps_panel, window.action_bar.steps_button
    panel.set_open(True)
    assert panel.isVisible() and not button.isVisible()
    page_width = window.pages.width()
    panel.toggle.setFocus()
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert not panel.is_open()
    assert settings.steps_open is False
    # Folded, the panel leaves its width to the page; a button of the top bar unfolds it,
    # and the focus goes there from the button that was pressed.
    assert not panel.isVisible() and button.isVisible() and button.hasFocus()
    assert button.accessibleName() == "Afficher les étapes sur le site"
    qtbot.waitUntil(lambda: window.pages.width() > page_width)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.is_open() and panel.isVisible() and not button.isVisible()
    assert settings.steps_open is True
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    again = MainWindow(settings, start_tab=0)
    try:
        assert not again.steps_panel.is_open()
    finally:
        again.deleteLater()


def test_reset_without_typing_asks_nothing(qtbot: QtBot, window: MainWindow) -> None:
    window.steps_panel.items[0].check.setChecked(True)
    window.show_tab(2)
    qtbot.mouseClick(window.action_bar.new_person_button, Qt.MouseButton.LeftButton)
    assert window.dialogs.open_dialogs() == []
    assert window.steps_panel.ticked() == [False] * len(window.steps_panel.items)
    assert window.tabs.currentIndex() == 0


def test_reset_asks_when_something_was_typed_and_no_keeps_everything(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_everywhere(qtbot, window)
    qtbot.mouseClick(window.action_bar.new_person_button, Qt.MouseButton.LeftButton)
    dialogs = window.dialogs.open_dialogs()
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert isinstance(dialog, ConfirmResetDialog)
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert window.tabs.something_typed()
    assert window.tabs.tab_for(Era.OLDER).result().complete


def test_reset_clears_every_tab_ticks_clipboard_and_dialogs_but_keeps_display(
    qtbot: QtBot, window: MainWindow, settings: DisplaySettings
) -> None:
    settings.text_scale = 150
    settings.high_contrast = True
    settings.steps_open = True
    type_everywhere(qtbot, window)
    for item in window.steps_panel.items[:3]:
        item.check.setChecked(True)
    panel = window.tabs.tab_for(Era.AFTER_1975).result_panel
    qtbot.mouseClick(panel.copy_buttons()[0], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "051227308989"
    window.dialogs.open(ConfirmResetDialog(window))  # any dialog left open
    window.tabs.era_tabs[0].show_card(True)

    qtbot.mouseClick(window.action_bar.new_person_button, Qt.MouseButton.LeftButton)
    confirm = window.dialogs.open_dialogs()[-1]
    assert isinstance(confirm, ConfirmResetDialog)
    with qtbot.waitSignal(window.next_person.reset_done):
        qtbot.mouseClick(confirm.erase_button, Qt.MouseButton.LeftButton)

    assert not window.tabs.something_typed()
    for tab in window.tabs.era_tabs:
        assert not tab.result().complete
        assert tab.result_panel.values() == ()
        for entry in tab.entries:
            assert entry.status.tone() == "neutral"
    assert window.steps_panel.ticked() == [False] * len(window.steps_panel.items)
    assert QGuiApplication.clipboard().text() == ""
    assert window.dialogs.open_dialogs() == []
    assert window.tabs.currentIndex() == 0
    assert not window.tabs.era_tabs[0].card_shown()
    # The next person starts with the question "Quel permis avez-vous ?", on its first
    # picture.
    assert window.pages.currentWidget() is window.question
    assert QApplication.focusWidget() is window.question.answer_buttons()[0]
    assert not window.next_person.needs_reset()
    # The agent's display choices stay.
    assert (settings.text_scale, settings.high_contrast, settings.steps_open) == (150, True, True)


def test_reset_leaves_someone_elses_clipboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    type_everywhere(qtbot, window)
    panel = window.tabs.tab_for(Era.AFTER_1975).result_panel
    qtbot.mouseClick(panel.copy_buttons()[0], Qt.MouseButton.LeftButton)
    QGuiApplication.clipboard().setText("texte de quelqu'un d'autre")
    window.next_person.reset()
    assert QGuiApplication.clipboard().text() == "texte de quelqu'un d'autre"
    QGuiApplication.clipboard().clear()


def test_f1_help_lists_the_shortcuts_then_the_hard_cases(qtbot: QtBot, window: MainWindow) -> None:
    window.dialogs.show_help(window)
    dialog = window.dialogs.help
    assert dialog is not None
    assert dialog.rows, "the shortcuts are still listed"
    assert dialog.hard_heading.text() == "Cas difficiles"
    texts = [text.text() for _, text in dialog.hard_cases]
    assert texts == [text.text() for _, text in window.steps_panel.hard_cases]
    assert any("créer son propre compte" in text for text in texts)
