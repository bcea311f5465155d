"""Where the time goes: ``python -m benchmarks.profile startup|typing|display|paste``.

Runs one scenario under pyinstrument (``pip install -e '.[bench]'``) and prints its call
tree. Time spent inside Qt shows on the Python line that called into Qt. For native
frames too: ``py-spy record --native -o out.svg -- python -m benchmarks.profile typing``.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from pyinstrument import Profiler

if TYPE_CHECKING:
    from benchmarks.harness import Session


def startup() -> None:
    """What ``python -m neph_gui`` does up to the first frame (imports included)."""
    os.environ["NEPH_GUI_BENCH_MARK"] = "1"
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    from neph_gui.__main__ import main

    main([])


def _session() -> Session:
    from benchmarks.harness import open_session

    return open_session(Path(tempfile.mkdtemp()))


def typing(rounds: int = 40) -> None:
    from PySide6.QtTest import QTest

    from benchmarks.interaction import EXAMPLES

    session = _session()
    for _ in range(rounds):
        for index, example in enumerate(EXAMPLES):
            session.window.tabs.setCurrentIndex(index)
            tab = session.window.tabs.era_tabs[index]
            tab.clear()
            for key, text in example.items():
                for char in text:
                    QTest.keyClicks(tab.entry(key).edit, char)
                    session.settle()


def paste(rounds: int = 40) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from benchmarks.interaction import PASTE

    session = _session()
    QApplication.clipboard().setText(PASTE)
    for _ in range(rounds):
        for index, tab in enumerate(session.window.tabs.era_tabs):
            session.window.tabs.setCurrentIndex(index)
            tab.clear()
            for entry in tab.entries:
                QTest.keyClick(entry.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
                session.settle()


def display(rounds: int = 10) -> None:
    from benchmarks.interaction import fill_examples

    session = _session()
    fill_examples(session)
    for _ in range(rounds):
        for scale in (200, 100):
            session.settings.text_scale = scale
            session.window.display.apply()
            session.settle()


SCENARIOS = {"startup": startup, "typing": typing, "paste": paste, "display": display}


def main() -> int:
    name = sys.argv[1] if len(sys.argv) > 1 else "typing"
    if name not in SCENARIOS:
        print(f"usage: python -m benchmarks.profile {'|'.join(SCENARIOS)}", file=sys.stderr)
        return 2
    profiler = Profiler(interval=0.0005)
    start = time.perf_counter()
    profiler.start()
    SCENARIOS[name]()
    profiler.stop()
    print(f"{name}: {time.perf_counter() - start:.3f} s")
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
