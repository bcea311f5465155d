"""Typing, pasting, switching tabs and changing the text size, timed in-process.

Each sample is the wall time from sending the event to Qt having processed everything it
caused: validation, widget updates, relayout and repaint of the offscreen window
(``Session.settle``; a check before timing makes sure that repaint happens). Run alone with
``python -m benchmarks.interaction`` (prints JSON); ``make bench`` makes the table.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from qt_probes import PaintCounter

from benchmarks.harness import Session, open_session
from benchmarks.stats import Summary
from neph_gui.licence import ERAS

# The handout's examples, as printed (spaces included), typed box by box.
EXAMPLES: tuple[dict[str, str], ...] = tuple(
    {box.key: box.example for box in spec.boxes} for spec in ERAS
)
# A 200-character paste: numbers from the handout with the noise a paste brings along.
PASTE = ("Permis n° 051227308989 — K45293 64 87 — 822 114 / 68 / 19 — ÉTÉ ١٢٣ 漢字 ") * 4
PASTE = PASTE[:200]
TYPING_ROUNDS = 30
PASTE_ROUNDS = 20
SWITCH_ROUNDS = 30
SCALE_ROUNDS = 15


class Series:
    """Wall-clock samples (what the person waits) and CPU samples of this thread (steadier
    on a shared machine), in milliseconds."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def summaries(self) -> dict[str, float]:
        wall, cpu = Summary.of(self.wall), Summary.of(self.cpu)
        return wall.__dict__ | {"cpu_median": cpu.median, "cpu_p99": cpu.p99}


def timed(session: Session, series: Series, action: Callable[[], None]) -> None:
    """Time ``action`` until Qt has laid out and painted its effects; add to ``series``."""
    cpu = time.thread_time()
    start = time.perf_counter()
    action()
    session.settle()
    series.wall.append((time.perf_counter() - start) * 1000)
    series.cpu.append((time.thread_time() - cpu) * 1000)


def check_repaint_is_measured(session: Session) -> None:
    """A keystroke followed by ``settle()`` must repaint the window (else we time nothing)."""
    tab = session.window.tabs.era_tabs[0]
    session.window.tabs.setCurrentIndex(0)
    edit = tab.entries[0].edit
    edit.setFocus()
    session.settle()
    counter = PaintCounter()
    edit.installEventFilter(counter)
    QTest.keyClicks(edit, "5")
    session.settle()
    edit.removeEventFilter(counter)
    tab.clear()
    session.settle()
    if counter.count == 0:
        raise RuntimeError("settle() did not repaint the edited box: timings would be wrong")


def clear_edit(session: Session, edit: QLineEdit) -> None:
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    session.settle()


def typing(session: Session) -> tuple[Series, Series]:
    """Per-keystroke times typing each tab's example, and times of a 200-character paste."""
    window = session.window
    keystrokes = Series()
    pastes = Series()
    for _ in range(TYPING_ROUNDS):
        for index, example in enumerate(EXAMPLES):
            window.tabs.setCurrentIndex(index)
            tab = window.tabs.era_tabs[index]
            tab.clear()
            session.settle()
            for key, text in example.items():
                edit = tab.entry(key).edit
                edit.setFocus()
                session.settle()
                for char in text:
                    timed(session, keystrokes, partial(QTest.keyClicks, edit, char))
    clipboard = QApplication.clipboard()
    for _ in range(PASTE_ROUNDS):
        for index in range(len(EXAMPLES)):
            window.tabs.setCurrentIndex(index)
            tab = window.tabs.era_tabs[index]
            tab.clear()
            for entry in tab.entries:
                clipboard.setText(PASTE)
                entry.edit.setFocus()
                clear_edit(session, entry.edit)
                paste = partial(
                    QTest.keyClick, entry.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
                )
                timed(session, pastes, paste)
                clear_edit(session, entry.edit)
    clipboard.clear()
    return keystrokes, pastes


def fill_examples(session: Session) -> None:
    """Every tab holds its handout example (as after a visitor typed it)."""
    for index, example in enumerate(EXAMPLES):
        tab = session.window.tabs.era_tabs[index]
        for key, text in example.items():
            tab.entry(key).set_text(text)
    session.settle()


def tab_switches(session: Session) -> Series:
    """Times of switching to each other tab, all tabs filled in."""
    fill_examples(session)
    tabs = session.window.tabs
    samples = Series()
    for round_ in range(SWITCH_ROUNDS):
        for step in (1, 2):
            target = (tabs.currentIndex() + step + round_) % tabs.count()
            if target == tabs.currentIndex():
                target = (target + 1) % tabs.count()
            timed(session, samples, partial(tabs.setCurrentIndex, target))
    return samples


def text_scale_changes(session: Session) -> tuple[Series, Series]:
    """Times of 100 % → 200 % and back through ``apply_display()`` (theme and fonts for
    the whole app, relayout, paint)."""
    fill_examples(session)
    window, settings = session.window, session.settings
    up = Series()
    down = Series()
    for round_ in range(SCALE_ROUNDS):
        window.tabs.setCurrentIndex(round_ % window.tabs.count())
        session.settle()
        # Written to disk first: QSettings writes (and fdatasyncs) from the event loop,
        # which would time the disk in the change (the app writes a second later).
        settings.text_scale = 200
        settings.sync()
        timed(session, up, window.display.apply)
        settings.text_scale = 100
        settings.sync()
        timed(session, down, window.display.apply)
    return up, down


def text_size_button(session: Session) -> Series:
    """Times of A+ / A− as the person uses them (``set_text_scale``, one 25 % step)."""
    window = session.window
    setter = window.display.set_text_scale
    samples = Series()
    fill_examples(session)
    for round_ in range(SCALE_ROUNDS):
        for scale in (125, 150, 175, 200, 175, 150, 125, 100):
            timed(session, samples, partial(setter, scale))
        window.tabs.setCurrentIndex(round_ % window.tabs.count())
        session.settle()
    return samples


def contrast_switches(session: Session) -> Series:
    """Times of switching the high-contrast theme on and off (no target: rare)."""
    samples = Series()
    for round_ in range(6):
        timed(session, samples, partial(session.window.display.set_high_contrast, round_ % 2 == 0))
    return samples


def run() -> dict[str, dict[str, float]]:
    """Every interaction measure, as summaries in milliseconds."""
    with tempfile.TemporaryDirectory() as folder:
        session = open_session(Path(folder))
        try:
            check_repaint_is_measured(session)
            keystrokes, pastes = typing(session)
            switches = tab_switches(session)
            up, down = text_scale_changes(session)
            steps = text_size_button(session)
            contrast = contrast_switches(session)
        finally:
            session.close()
    return {
        name: series.summaries()
        for name, series in {
            "keystroke": keystrokes,
            "paste_200": pastes,
            "tab_switch": switches,
            "scale_up": up,
            "scale_down": down,
            "scale_step": steps,
            "contrast": contrast,
        }.items()
        if series.wall
    }


def main() -> int:
    json.dump(run(), sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
