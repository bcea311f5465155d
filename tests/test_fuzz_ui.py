"""A short seeded UI fuzz run (`make fuzz` runs 10 000 actions): hostile input breaks nothing.

No timing is asserted here (the machine is shared); `make fuzz` reports responsiveness.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, QTimer, qWarning
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from uifuzz import UiFuzzer

from neph_gui.i18n import Translations
from neph_gui.settings import DisplaySettings
from neph_gui.ui.window.main_window import MainWindow


@pytest.mark.parametrize("seed", [11])
def test_random_actions_break_nothing(
    window: MainWindow, settings: DisplaySettings, translations: Translations, seed: int
) -> None:
    fuzzer = UiFuzzer(window, settings, translations, seed, max_paste=100_000)
    report = fuzzer.run(300, checkpoint=0)
    context = report.repro()
    assert report.exceptions == [], context
    assert report.qt_warnings == [], context
    assert report.bad_urls == [], context
    assert report.actions_done == 300, context
    assert report.final_check == ""


def test_memory_stays_flat_under_random_actions(
    window: MainWindow, settings: DisplaySettings, translations: Translations
) -> None:
    """Reduced version of `make fuzz`'s check (10 000 actions, 5 MiB after the first 1 000).

    Qt's font caches are filled first (every character at every text size), then the same
    seeded actions run twice; the app's own (anonymous) memory may not grow over the second.
    """
    first = UiFuzzer(window, settings, translations, seed=21).run(200, 0, warm_up=True)
    second = UiFuzzer(window, settings, translations, seed=21).run(200, checkpoint=0)
    assert not (first.exceptions or second.exceptions or second.qt_warnings), second.repro()
    assert first.memory_end is not None and second.memory_end is not None
    growth = second.memory_end.anon - first.memory_end.anon
    assert growth < 5 * 2**20, f"memory grew {growth / 2**20:.1f} MiB over the second pass"
    # Dialogs and widgets made by the actions are gone again (none re-created and kept).
    assert second.memory_end.widgets == first.memory_end.widgets


_LEAKED: list[bytes] = []


def _raise_in_a_slot() -> str:
    def fail() -> None:
        raise RuntimeError("broken slot")

    QTimer.singleShot(0, fail)  # raises from Qt's event loop, as a slot of the app would
    return "fault: slot raises"


def _warn() -> str:
    qWarning("QLayout: deliberate warning")
    return "fault: Qt warning"


def _leak() -> str:
    _LEAKED.append(b"\x01" * (96 * 1024))  # kept for good, as a re-created widget would be
    return "fault: leak 96 KiB"


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        (_raise_in_a_slot, "exception"),
        (_warn, "Qt warning"),
        (_leak, "anonymous RSS grew"),
    ],
    ids=["exception", "qt-warning", "leak"],
)
def test_the_fuzzer_reports_what_goes_wrong(
    window: MainWindow,
    settings: DisplaySettings,
    translations: Translations,
    fault: Callable[[], str],
    expected: str,
) -> None:
    """The checks above and `make fuzz` can fail: a fault mixed into the actions is caught."""
    fuzzer = UiFuzzer(window, settings, translations, seed=3, max_paste=100, kinds={"tab"})
    fuzzer.actions.append(("fault", 6, fault))  # as often as "tab"
    try:
        report = fuzzer.run(240, checkpoint=40)
        failures = report.failures(rss_limit=4 * 2**20)
    finally:
        _LEAKED.clear()
    assert report.kinds["fault"] > 0
    assert any(failure.startswith(expected) for failure in failures), failures
    if expected != "anonymous RSS grew":
        assert report.first_failure is not None
        assert "fault" in report.recent[-1]


def test_the_same_seed_gives_the_same_actions(
    qtbot: QtBot, translations: Translations, tmp_path: Path
) -> None:
    """A failure found by `make fuzz --seed S` replays: same seed, fresh window, same run."""
    digests = []
    for run in ("a", "b", "a"):
        store = QSettings(str(tmp_path / f"{run}.ini"), QSettings.Format.IniFormat)
        win = MainWindow(DisplaySettings(store), start_tab=0)
        win.show()
        qtbot.waitExposed(win)
        seed = 5 if run == "a" else 6
        report = UiFuzzer(win, win.settings, translations, seed, max_paste=100).run(60, 0)
        digests.append(report.digest)
        win.close()
        win.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert digests[0] == digests[2]
    assert digests[0] != digests[1]
