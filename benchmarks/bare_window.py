"""The yardstick: a bare PySide6 window (a QLabel in a QApplication).

Started by ``benchmarks/startup.py`` with the same interpreter and Qt as the app, and with
the same first-frame marker as ``neph_gui/first_frame.py`` (printed after the window's first
paint, then quit). Also frozen by ``--frozen`` to compare with the frozen app.
Deliberately imports nothing from neph_gui.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

MARKER = "neph-gui: first frame"


class _FirstFrame(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _report)
        return False


def _peak_kib() -> int:
    """Peak resident memory so far (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _report() -> None:
    # CPU seconds used so far (all threads; steadier than wall time on a busy machine) and
    # the peak memory so far.
    print(f"{MARKER} cpu={time.process_time():.4f} peak_kib={_peak_kib()}", flush=True)
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
