"""The frozen app (``make dist``, PyInstaller) against a frozen bare window.

Only when ``dist/neph-gui/neph-gui`` exists. The start-up comparison needs ``--frozen``:
it freezes ``benchmarks/bare_window.py`` with PyInstaller in a temporary folder (a minute
or two), then alternates the two frozen programs like ``startup.py`` does.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import startup

DIST = startup.ROOT / "dist"
FROZEN_APP = DIST / "neph-gui" / "neph-gui"


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def freeze_bare_window(folder: Path) -> Path:
    """A bare window frozen the same way (one folder, windowed); the program's path."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--onedir",
            "--windowed",
            "--log-level",
            "WARN",
            "--name",
            "bare-window",
            "--distpath",
            str(folder / "dist"),
            "--workpath",
            str(folder / "build"),
            "--specpath",
            str(folder),
            str(startup.ROOT / "benchmarks" / "bare_window.py"),
        ],
        check=True,
        cwd=folder,
    )
    return folder / "dist" / "bare-window" / "bare-window"


def run(runs: int, build: bool) -> tuple[list[list[str]], list[str], dict[str, object]]:
    """Rows for the frozen table, notes (what was skipped and why), raw figures."""
    if not FROZEN_APP.exists():
        return [], ["Frozen: skipped, dist/neph-gui/neph-gui does not exist (`make dist`)."], {}
    notes: list[str] = []
    raw: dict[str, object] = {}
    app_size = startup.folder_size(FROZEN_APP.parent)
    packages = sorted(p for p in DIST.iterdir() if p.suffix in {".deb", ".gz", ".zip", ".exe"})
    for package in packages:
        notes.append(f"{package.name}: {mib(package.stat().st_size)}")
    raw["sizes"] = {"folder": app_size} | {p.name: p.stat().st_size for p in packages}
    if not build:
        notes.insert(0, f"dist/neph-gui/: {mib(app_size)}")
        notes.append(
            "Frozen start-up: skipped; `make bench BENCH_ARGS=--frozen` freezes a bare "
            "window with PyInstaller in a temporary folder and compares."
        )
        return [], notes, raw
    if importlib.util.find_spec("PyInstaller") is None:
        notes.insert(0, f"dist/neph-gui/: {mib(app_size)}")
        notes.append("Frozen start-up: skipped, PyInstaller is not installed (`.[build]` extra).")
        return [], notes, raw
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as config:
        print("freezing a bare window with PyInstaller…", file=sys.stderr)
        bare_path = freeze_bare_window(Path(folder))
        bare_size = startup.folder_size(bare_path.parent)
        app = startup.Program("neph-gui (frozen)", (str(FROZEN_APP),))
        bare = startup.Program("bare window (frozen)", (str(bare_path),))
        print(f"start-up of the frozen programs, offscreen, {runs} runs each…", file=sys.stderr)
        a, b = startup.compare(app, bare, startup.child_env("offscreen", config), runs)
    rows = startup.rows("frozen, offscreen", a, b)
    rows.append(
        ["folder size", mib(app_size), mib(bare_size), f"{app_size / bare_size:.2f}", "—", ""]
    )
    raw |= {"app": a.as_dict(), "bare": b.as_dict(), "bare_size": bare_size}
    return rows, notes, raw
