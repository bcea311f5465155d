"""A whole visit at the counter, run by tests/test_privacy.py in a separate process.

    python tests/privacy_visit.py PDF_PATH

HOME, the XDG folders and TMPDIR are set by the test to a temporary folder. Any attempt
to open a Python socket is counted (and refused). Prints "SOCKETS <n>" and "VISIT-DONE".
"""

from __future__ import annotations

import socket
import sys

attempts: list[str] = []


class _RefusedError(OSError):
    pass


def _no_socket(*_args: object, **_kwargs: object) -> socket.socket:
    attempts.append("socket")
    raise _RefusedError("no socket may be opened during a visit")


socket.socket = _no_socket  # type: ignore[assignment, misc]
socket.create_connection = _no_socket  # type: ignore[assignment]

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

from neph_gui.app import create_application  # noqa: E402
from neph_gui.errors import install_excepthook  # noqa: E402
from neph_gui.i18n import Translations  # noqa: E402
from neph_gui.licence import Era  # noqa: E402
from neph_gui.network import QtNetworkWatch  # noqa: E402
from neph_gui.settings import DisplaySettings  # noqa: E402
from neph_gui.speech import QtSpeech  # noqa: E402
from neph_gui.ui.window.main_window import MainWindow  # noqa: E402

# Digits that occur nowhere else: if they show up in a file, it came from this visit.
VISIT = {
    Era.AFTER_1975: {"number": "073184526190"},
    Era.BEFORE_1975: {"top_line": "Q7Z4X1", "bottom_first": "53", "bottom_second": "29"},
    Era.OLDER: {"number": "904417", "year": "71", "department": "36"},
}


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(pdf_path: str) -> int:
    app = create_application(sys.argv[:1])  # noqa: F841 - kept alive for the visit
    Translations().set_language("fr")
    settings = DisplaySettings()
    speech = QtSpeech(engines=["mock"])  # no French voice: the button stays hidden
    window = MainWindow(settings, speech=speech, network=QtNetworkWatch(), start_tab=0)
    reporter = install_excepthook(lambda: window)
    window.show()
    QTest.qWaitForWindowExposed(window)

    for era, boxes in VISIT.items():
        tab = window.tabs.tab_for(era)
        window.tabs.setCurrentWidget(tab)
        for key, text in boxes.items():
            QTest.keyClicks(tab.entry(key).edit, text)
        assert tab.result().complete, era
        tab.result_panel.copy_buttons()[0].click()
    for item in window.steps_panel.items:
        item.check.setChecked(True)
    settings.text_scale = 150  # a display setting, to be sure the settings file is written

    # Print the tab-1 slip "to a PDF file", through the real print dialog.
    window.tabs.setCurrentWidget(window.tabs.tab_for(Era.AFTER_1975))
    window.tabs.tab_for(Era.AFTER_1975).result_panel.print_button.click()
    dialog = window.dialogs.open_dialogs()[-1]
    assert isinstance(dialog, QPrintDialog)
    # As if "Imprimer dans un fichier (PDF)" was chosen in the dialog (done() keeps our
    # printer settings; accept() would read the dialog's own fields).
    dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer().setOutputFileName(pdf_path)
    dialog.done(QDialog.DialogCode.Accepted)

    # An unexpected error whose message holds the number.
    def broken() -> None:
        raise ValueError("failed on 073184526190")

    QTimer.singleShot(0, broken)
    wait(50)
    assert reporter.dialog() is not None
    reporter.dialog().accept()  # type: ignore[union-attr]

    # The idle reset, then the agent's reset.
    window.idle.set_durations(200, 100)
    loop = QEventLoop()
    window.next_person.reset_done.connect(loop.quit)
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()
    assert not window.tabs.something_typed()
    QTest.keyClicks(window.tabs.tab_for(Era.AFTER_1975).entry("number").edit, "073184526190")
    window.next_person.reset()
    assert QGuiApplication.clipboard().text() == ""

    reporter.uninstall()
    window.close()
    speech.shutdown()
    settings.sync()
    QApplication.processEvents()
    print(f"SOCKETS {len(attempts)}")
    print("VISIT-DONE")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
