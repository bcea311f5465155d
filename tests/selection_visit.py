"""Run by test_x11_selection.py on an X server: text selected in a box goes to the X
primary selection (a middle click pastes it anywhere); "Nouvelle personne" takes it back.
Prints what the selection held before and after the reset."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from neph_gui.app import create_application
from neph_gui.settings import DisplaySettings
from neph_gui.ui.window.main_window import MainWindow


def primary_by_xclip() -> str:
    """What another program gets from a middle click (asks the selection's owner: our
    event loop must answer, so it is asked from a thread of Qt's own: a QProcess)."""
    from PySide6.QtCore import QProcess

    process = QProcess()
    process.start("xclip", ["-o", "-selection", "primary"])
    while not process.waitForFinished(20):
        QApplication.processEvents()
    return bytes(process.readAllStandardOutput().data()).decode()


def main(settings_file: str) -> int:
    create_application(sys.argv[:1])
    window = MainWindow(
        DisplaySettings(QSettings(settings_file, QSettings.Format.IniFormat)), start_tab=0
    )
    window.show()
    QTest.qWaitForWindowExposed(window)
    edit = window.tabs.current_tab().entry("number").edit
    edit.setFocus()
    QTest.keyClicks(edit, "314159265358")
    QTest.keyClick(edit, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    QTest.qWait(100)
    clipboard = QGuiApplication.clipboard()
    print("supports", clipboard.supportsSelection())
    print("before", repr(clipboard.text(QClipboard.Mode.Selection)), repr(primary_by_xclip()))
    window.next_person.reset()
    QTest.qWait(100)
    print("after", repr(clipboard.text(QClipboard.Mode.Selection)), repr(primary_by_xclip()))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
