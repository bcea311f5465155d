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
    """Watches one window for its first paint, then runs the callbacks in order, each in
    its own turn of the event loop.

    Qt paints a widget only where its opaque children leave it visible: the window must
    keep some of its own area uncovered (a page filling it all is not made opaque: see
    ``scroll_area.OpaquePage``), or this would wait forever.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(_WATCH_NAME)
        self.callbacks: list[Callable[[], None]] = []
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.setObjectName("")  # done: a later after_first_frame() waits anew
            # The window paints first, its children right after in the same pass: the
            # zero timers fire once the whole frame is done.
            for callback in self.callbacks:
                QTimer.singleShot(0, callback)
            self.callbacks = []
        return False


_WATCH_NAME = "neph_first_frame_watch"


def after_first_frame(
    window: QWidget, callback: Callable[[], None], *, first: bool = False
) -> None:
    """Call ``callback`` once, when ``window``'s first frame has been painted.

    Callbacks run in the order they were given, except that ``first`` puts this one
    before the others (the benchmark marker: what is timed is the frame, not what the
    app starts after it).
    """
    watch = window.findChild(_FirstFrame, _WATCH_NAME)
    if watch is None:
        watch = _FirstFrame(window)
    if first:
        watch.callbacks.insert(0, callback)
    else:
        watch.callbacks.append(callback)


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
        after_first_frame(window, _report, first=True)
