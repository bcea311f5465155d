"""A start-up marker for the benchmarks (``benchmarks/startup.py``), off unless asked for.

With ``NEPH_GUI_BENCH_MARK=1`` in the environment, the app prints the line
``neph-gui: first frame`` on stdout as soon as the main window's first frame is painted,
then quits. The benchmark starts the app as a child process and times it up to that line;
``benchmarks/bare_window.py`` carries the same few lines, so both are measured alike.
Nothing else changes, and without the variable this does nothing.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV_VAR = "NEPH_GUI_BENCH_MARK"
MARKER = "neph-gui: first frame"


class _FirstFrame(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The window paints first, its children right after in the same pass: the
            # zero timer fires once the whole frame is done.
            QTimer.singleShot(0, _report)
        return False


def _report() -> None:
    print(MARKER, flush=True)
    QCoreApplication.quit()


def mark_first_frame(window: QWidget) -> None:
    """If the benchmark asks for it, report ``window``'s first painted frame and quit."""
    if os.environ.get(ENV_VAR) == "1":
        window.installEventFilter(_FirstFrame(window))
