"""What happens once the window's first frame is on screen.

``after_first_frame()`` runs a function then: main() starts the speech engine and the
network watch there, so that the window appears first.

A start-up marker for the benchmarks (``benchmarks/startup.py``), off unless asked for:
with ``NEPH_GUI_BENCH_MARK=1`` in the environment, the app prints the line
``neph-gui: first frame cpu=<seconds> peak_kib=<KiB>`` on stdout as soon as the main
window's first frame is painted, then quits. The benchmark starts the app as a child
process and times it up to that line; ``benchmarks/bare_window.py`` carries the same few
lines, so both are measured alike.
Without the variable the marker does nothing.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV_VAR = "NEPH_GUI_BENCH_MARK"
MARKER = "neph-gui: first frame"


class _FirstFrame(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The window paints first, its children right after in the same pass: the
            # zero timer fires once the whole frame is done.
            QTimer.singleShot(0, self._callback)
        return False


def after_first_frame(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, when ``window``'s first frame has been painted."""
    window.installEventFilter(_FirstFrame(window, callback))


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


def mark_first_frame(window: QWidget) -> None:
    """If the benchmark asks for it, report ``window``'s first painted frame and quit."""
    if os.environ.get(ENV_VAR) == "1":
        after_first_frame(window, _report)
