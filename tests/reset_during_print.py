"""Run by test_reset_leaves_nothing.py in a child process (a crash must fail the test,
not end the test run): the automatic reset fires while Qt's real print dialog waits on a
window it opened itself ("file": the file chooser of "Imprimer dans un fichier";
"overwrite": that chooser's own "… existe. Voulez-vous l'écraser ?"; "properties": the
printer properties). Prints RESET-SURVIVED when the window came out of it clean."""

from __future__ import annotations

import sys

from PySide6.QtCore import QDeadlineTimer, QSettings, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QFileDialog

from neph_gui.app import create_application
from neph_gui.private_files import PRIVATE
from neph_gui.settings import DisplaySettings
from neph_gui.ui.window.main_window import MainWindow


def wait_until(condition: object, ms: int = 5000) -> bool:
    deadline = QDeadlineTimer(ms)
    while not condition():  # type: ignore[operator]
        if deadline.hasExpired():
            return False
        QApplication.processEvents()
    return True


def visible_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def main(mode: str, settings_file: str) -> int:
    create_application(sys.argv[:1])
    window = MainWindow(
        DisplaySettings(QSettings(settings_file, QSettings.Format.IniFormat)), start_tab=0
    )
    window.show()
    window.tabs.current_tab().entry("number").edit.setText("314159265358")
    PRIVATE.slip_path().write_bytes(b"%PDF- the previous slip")  # so Qt asks to overwrite
    window.tabs.print_requested.emit()
    dialog = window.findChild(QPrintDialog, "print_dialog")
    assert dialog is not None and dialog.isVisible(), "no print dialog"
    nested: list[str] = []

    def reset_when_nested() -> None:
        extra = [d for d in visible_dialogs() if d is not dialog]
        nested.append("+".join(sorted(type(d).__name__ for d in extra)))
        window.next_person.on_idle_timeout()

    QTimer.singleShot(400, reset_when_nested)
    button = dialog.findChild(
        QAbstractButton, "properties" if mode == "properties" else "fileBrowser"
    )
    assert button is not None and button.isEnabled(), f"no button for {mode}"
    QTimer.singleShot(0, button.click)  # each opens its window with exec(): a nested loop
    if mode == "overwrite":

        def choose_the_existing_file() -> None:
            chooser = next((d for d in visible_dialogs() if isinstance(d, QFileDialog)), None)
            assert chooser is not None, "no file chooser"
            chooser.selectFile(str(PRIVATE.slip_path()))
            chooser.accept()  # the file exists: the chooser asks, in one more nested loop

        QTimer.singleShot(200, choose_the_existing_file)
    if not wait_until(lambda: bool(nested)) or not wait_until(lambda: not visible_dialogs()):
        print("dialogs still open:", visible_dialogs())
        return 1
    if not nested[0]:
        print("the reset came when no nested window was open: nothing was tested")
        return 1
    typed = window.tabs.current_tab().entry("number").text()
    if typed or PRIVATE.slip_path().exists():
        print("not cleared:", repr(typed), PRIVATE.slip_path().exists())
        return 1
    window.close()
    print(f"RESET-SURVIVED nested={nested[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
