"""Nothing of a visitor survives "Nouvelle personne" or the automatic reset: no widget
text, no accessible name or description, no open dialog, no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from neph_gui.private_files import PRIVATE
from neph_gui.ui.window.main_window import MainWindow

# What the visitor types in each tab, and forms in which it could be shown.
VISIT = {
    0: [("number", "314159265358")],
    1: [("top_line", "QZXW42"), ("bottom_first", "61"), ("bottom_second", "07")],
    2: [("number", "QZ 4277"), ("year", "61"), ("department", "07")],
}
TRACES = ["314159265358", "3 1 4 1 5 9", "314 159", "QZXW42", "Q Z X W 4 2", "QZ4277", "Q Z 4 2"]


def visit(window: MainWindow) -> None:
    for index, boxes in VISIT.items():
        window.show_tab(index)
        tab = window.tabs.current_tab()
        for key, text in boxes:
            tab.entry(key).edit.setText(text)
    window.show_tab(0)


def traces_left(window: MainWindow) -> list[str]:
    """Every place a widget of the window still holds what was typed."""
    found = []
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        for text in texts:
            for trace in TRACES:
                if trace in text:
                    found.append(f"{type(widget).__name__} {widget.objectName()!r}: {text!r}")
    return found


def visible_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_a_visit_shows_the_number_where_the_walk_looks(window: MainWindow) -> None:
    visit(window)
    assert traces_left(window), "the walk finds nothing: it would pass without the reset"


@pytest.mark.parametrize("how", ["new_person", "idle"])
def test_reset_leaves_no_trace_in_widgets_or_accessibility(
    window: MainWindow, qtbot: QtBot, how: str
) -> None:
    visit(window)
    if how == "idle":
        window.next_person.on_idle_timeout()
    else:
        window.next_person.reset()
    qtbot.wait(10)
    assert traces_left(window) == []


def test_reset_empties_the_private_folder(window: MainWindow, tmp_path: Path) -> None:
    slip = PRIVATE.slip_path()
    slip.write_bytes(b"%PDF- a slip")
    window.next_person.reset()
    assert not slip.exists()


def test_reset_closes_a_dialog_waiting_on_its_own_question(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The pattern that crashed: a self-deleting dialog whose nested question is open."""
    window.action_bar.settings_button.click()
    dialog = window.dialogs.open_dialogs()[0]
    answers: list[QMessageBox.StandardButton] = []

    def ask() -> None:
        QTimer.singleShot(50, window.next_person.on_idle_timeout)
        answers.append(QMessageBox.question(dialog, "?", "Écraser ?"))

    QTimer.singleShot(0, ask)
    qtbot.waitUntil(lambda: bool(answers), timeout=3000)
    qtbot.waitUntil(lambda: not visible_dialogs(), timeout=3000)
    assert answers[0] != QMessageBox.StandardButton.Yes


def _open_site_dialog(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)  # no browser
    window.site_button.click()


OPENERS = {
    "settings": lambda w, _m: w.action_bar.settings_button.click(),
    "help": lambda w, _m: w.dialogs.show_help(w),
    "reset question": lambda w, _m: w.next_person.ask(),
    "site address": _open_site_dialog,
    "print": lambda w, _m: w.tabs.print_requested.emit(),
}


@pytest.mark.parametrize("dialog_name", list(OPENERS))
@pytest.mark.parametrize("how", ["idle", "new_person"])
def test_reset_with_each_dialog_open_closes_it_and_clears_everything(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialog_name: str, how: str
) -> None:
    visit(window)
    OPENERS[dialog_name](window, monkeypatch)
    qtbot.waitUntil(lambda: bool(visible_dialogs()), timeout=3000)
    if how == "idle":
        window.next_person.on_idle_timeout()
    else:
        window.next_person.reset()
    qtbot.waitUntil(lambda: not visible_dialogs(), timeout=3000)
    assert traces_left(window) == []
    assert window.tabs.currentIndex() == 0
