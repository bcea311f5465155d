"""The command line: --version, --lang, --tab; bad values end cleanly with code 2."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from neph_gui import __version__
from neph_gui.__main__ import parse_args


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "neph_gui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"neph-gui {__version__}"


@pytest.mark.parametrize("args", [["--lang", "xx"], ["--tab", "4"], ["--tab", "un"]])
def test_bad_values_exit_2_with_a_message(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "invalid" in result.stderr


def test_tab_and_lang_are_read() -> None:
    args = parse_args(["--tab", "3", "--lang", "fr"])
    assert args.tab == 3
    assert args.lang == "fr"


def test_quitting_right_after_the_first_frame_ends_cleanly(tmp_path: object) -> None:
    """The app may be closed before its speech engine and network watch have started
    (the benchmark's marker quits at the first frame): it still exits with 0, quietly."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        NEPH_GUI_BENCH_MARK="1",
        XDG_CONFIG_HOME=str(tmp_path),
    )
    for _ in range(3):
        result = subprocess.run(
            [sys.executable, "-m", "neph_gui"],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        assert result.returncode == 0, result.stderr
        assert "neph-gui: first frame" in result.stdout
        assert "QThread" not in result.stderr
        assert "Fatal" not in result.stderr
