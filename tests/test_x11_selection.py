"""On X11, selected text is in the primary selection: a middle click in the browser pastes
it. After "Nouvelle personne" it must not paste the previous person's number."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.fixture
def x_display() -> Iterator[str]:
    """A private Xvfb screen (xclip to read the selection as another program would)."""
    missing = [tool for tool in ("Xvfb", "xclip") if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must have {missing} (scripts/system_deps.py, group test)")
        pytest.skip(f"needs {missing}")
    number = next(
        n
        for n in range(260, 300)
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists()
    )
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.1)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@pytest.mark.slow
def test_reset_takes_back_the_primary_selection(x_display: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    env.update(DISPLAY=x_display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, str(HERE / "selection_visit.py"), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert lines["supports"] == "True"
    assert lines["before"] == "'314159265358' '314159265358'", "the walk would see nothing"
    assert lines["after"] == "'' ''"
