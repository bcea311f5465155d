"""The yardstick: a bare PySide6 window (a QLabel in a QApplication).

Started by ``benchmarks/startup.py`` with the same interpreter and Qt as the app, and with
the same first-frame marker as ``neph_gui/first_frame.py`` (printed after the window's first
paint, then quit). Also frozen by ``--frozen`` to compare with the frozen app.
Deliberately imports nothing from neph_gui.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

MARKER = "neph-gui: first frame"


class _FirstFrame(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _report)
        return False


def _report() -> None:
    print(MARKER, flush=True)
    QCoreApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    label = QLabel("Bonjour")
    if os.environ.get("NEPH_GUI_BENCH_MARK") == "1":
        label.installEventFilter(_FirstFrame(label))
    label.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
