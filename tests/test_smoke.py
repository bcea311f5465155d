"""``--smoke-test``, run from the checkout (the frozen build runs it in test_dist.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import qWarning

from neph_gui import smoke, smoke_checks


def test_smoke_test_passes_from_the_checkout() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "neph_gui", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("neph-gui smoke test passed")
    for tab in (1, 2, 3):
        assert f"ok tab {tab}: handout example typed and shown" in result.stdout
    assert "ok drawing licence_after_1975.svg" in result.stdout


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ("wrong_expected", "tab 2: handout example typed and shown: the result shows"),
        ("qt_warning", "Qt warning: a warning from a plugin"),
        ("exception", "module broken: Python exception"),
        ("missing_module", "module PySide6.QtNoSuchModule: cannot import it"),
    ],
)
def test_smoke_test_fails_with_the_reason(
    app: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, change: str, reason: str
) -> None:
    examples = list(smoke.HANDOUT_EXAMPLES)
    modules = list(smoke.LAZY_QT_MODULES)
    if change == "wrong_expected":
        number, typed, _ = examples[1]
        examples[1] = (number, typed, ("K45293", "64", "88"))
    elif change == "qt_warning":
        modules.append(("PySide6.QtCore", _warn))
    elif change == "exception":
        monkeypatch.setattr(smoke_checks, "check_lazy_module", _raise_for("broken"))
        modules.append(("broken", None))
    else:
        modules.append(("PySide6.QtNoSuchModule", None))
    monkeypatch.setattr(smoke, "HANDOUT_EXAMPLES", tuple(examples))
    monkeypatch.setattr(smoke, "LAZY_QT_MODULES", tuple(modules))
    report_file = tmp_path / "report.txt"

    assert smoke.run_smoke_test(str(report_file)) == 1

    text = report_file.read_text(encoding="utf-8")
    assert text.startswith("neph-gui smoke test FAILED (1 problem(s)):")
    assert reason in text


def _warn(_module: object) -> bool:
    qWarning("a warning from a plugin")
    return True


def _raise_for(bad: str) -> Callable[[str, Callable[[Any], bool] | None], None]:
    real = smoke_checks.check_lazy_module

    def check(name: str, has_plugins: Callable[[Any], bool] | None) -> None:
        if name == bad:
            raise RuntimeError("boom")
        real(name, has_plugins)

    return check
