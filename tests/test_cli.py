"""The command line: --version, --lang, --tab; bad values end cleanly with code 2."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from neph_gui import __version__
from neph_gui.__main__ import parse_args


def python(*argv: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    """This Python with ``argv``, offscreen, with ``env`` added; its output captured."""
    return subprocess.run(
        [sys.executable, *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env),
    )


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return python("-m", "neph_gui", *args)


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
    for _ in range(3):
        result = python("-m", "neph_gui", NEPH_GUI_BENCH_MARK="1", XDG_CONFIG_HOME=str(tmp_path))
        assert result.returncode == 0, result.stderr
        assert "neph-gui: first frame" in result.stdout
        assert "QThread" not in result.stderr
        assert "Fatal" not in result.stderr


_STUCK_SPEECH = """
import sys, time
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer
import neph_gui.__main__ as entry
from neph_gui import speech

app = QCoreApplication([])


class Service(QObject):
    def answer_late(self):
        time.sleep(30)  # a speech service that does not answer


thread = QThread()
service = Service()
service.moveToThread(thread)
thread.start()
QTimer.singleShot(0, service, service.answer_late)
QTimer.singleShot(200, app.quit)
app.exec()
thread.quit()
assert not thread.wait(100)
speech._STUCK.append(thread)
entry._run = lambda argv: 0  # the window has been closed
print("closing", flush=True)
sys.exit(entry.main([]))
"""


def test_a_speech_service_that_never_answers_does_not_crash_the_exit(tmp_path: object) -> None:
    """A speech thread blocked in a call when the person quits: the app still ends with 0,
    at once, instead of Qt aborting ("QThread: Destroyed while thread is still running")."""
    result = python("-c", _STUCK_SPEECH, timeout=25, XDG_CONFIG_HOME=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "closing" in result.stdout
    assert "QThread" not in result.stderr
