"""What a box keeps: never the previous person's number, never an endless paste."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neph_gui.licence import MAX_INPUT_CHARS
from neph_gui.ui.window.main_window import MainWindow


def test_undo_after_clearing_does_not_bring_the_number_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = window.tabs.current_tab()
    edit = tab.entries[0].edit
    edit.setFocus()
    qtbot.keyClicks(edit, "051227308989")
    tab.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == ""
    assert not edit.isUndoAvailable()


def test_a_huge_paste_is_cut_and_said_to_be_too_long(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.tabs.current_tab()
    entry = tab.entries[0]
    QApplication.clipboard().setText("0512 2730 8989 " * 7000)  # 105 000 characters
    entry.edit.setFocus()
    qtbot.keyClick(entry.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().clear()
    assert len(entry.text()) == MAX_INPUT_CHARS + 1
    assert "beaucoup trop long" in entry.status.text()
    assert not tab.result().complete
