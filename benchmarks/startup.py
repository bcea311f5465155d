"""Start-up time and peak memory: neph-gui against a bare PySide6 window.

Each program is started as a child process with ``NEPH_GUI_BENCH_MARK=1``; it prints
``neph-gui: first frame`` once its window's first frame is painted, then quits (see
``neph_gui/first_frame.py``). The time is taken here, from just before the child is
started to the moment that line arrives; the peak resident memory comes from the kernel
(``wait4`` → ``ru_maxrss``). Runs alternate A, B, B, A… after one warm-up run of each, so
a slow moment of the machine hits both alike.
"""

from __future__ import annotations

import contextlib
import os
import re
import selectors
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.stats import Summary, verdict

MARKER = b"neph-gui: first frame"
ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 60.0
START_RATIO = 1.5  # target (issue 17): the first frame, the question screen, ≤ 1.5 × bare
RSS_RATIO = 1.5  # target: peak memory ≤ 1.5 × the bare window


class StartupError(RuntimeError):
    """A child did not show its first frame."""


@dataclass(frozen=True)
class Program:
    """One thing to start: a name for the table and its command line."""

    name: str
    argv: tuple[str, ...]


@dataclass
class Samples:
    """Seconds to first frame and peak RSS (KiB) of every measured run."""

    program: Program
    seconds: list[float] = field(default_factory=list)
    peak_rss_kib: list[int] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)  # user + system, whole child
    cpu_to_frame: list[float] = field(default_factory=list)  # the child's own count
    peak_to_frame_kib: list[int] = field(default_factory=list)  # VmHWM at the first frame

    def as_dict(self) -> dict[str, object]:
        return {
            "program": self.program.name,
            "seconds": self.seconds,
            "cpu_seconds": self.cpu_seconds,
            "cpu_to_frame": self.cpu_to_frame,
            "peak_to_frame_kib": self.peak_to_frame_kib,
            "rss": self.peak_rss_kib,
        }


def app_program(python: str = sys.executable) -> Program:
    return Program("neph-gui", (python, "-m", "neph_gui"))


def bare_program(python: str = sys.executable) -> Program:
    return Program("bare PySide6 window", (python, str(ROOT / "benchmarks" / "bare_window.py")))


def child_env(platform: str, config_home: str, display: str | None = None) -> dict[str, str]:
    """The children's environment: the platform, the marker, settings in a temp folder."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "PYTEST")) and key != "DISPLAY"
    }
    env.update(
        QT_QPA_PLATFORM=platform,
        NEPH_GUI_BENCH_MARK="1",
        XDG_CONFIG_HOME=config_home,  # the app's QSettings: never the user's
    )
    # Installed programs run from compiled bytecode (pip and PyInstaller write it): let
    # the warm-up run write ours, even where the shell forbids it, so both sides compare
    # alike (PySide6's own bytecode was written when it was installed).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if display:
        env["DISPLAY"] = display
    return env


def run_once(program: Program, env: dict[str, str]) -> tuple[float, int, float, float, int]:
    """Start ``program``; seconds until its first frame, its peak RSS in KiB, the CPU
    seconds it used in all (start-up plus quitting right after the first frame), and the
    CPU seconds it had used and its peak RSS (KiB) when its first frame was done (as it
    says on the marker line)."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(
            program.argv, stdout=subprocess.PIPE, stderr=errors, env=env, cwd=ROOT
        )
        assert child.stdout is not None
        elapsed: float | None = None
        buffer = b""
        with selectors.DefaultSelector() as selector:
            selector.register(child.stdout, selectors.EVENT_READ)
            while elapsed is None and time.perf_counter() - start < TIMEOUT_S:
                if not selector.select(timeout=0.5):
                    continue
                chunk = os.read(child.stdout.fileno(), 4096)
                if not chunk:
                    break
                buffer += chunk
                if MARKER in buffer and b"\n" in buffer[buffer.index(MARKER) :]:
                    elapsed = time.perf_counter() - start
        if elapsed is None:
            child.kill()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        child.stdout.close()
        if elapsed is None:
            errors.seek(0)
            raise StartupError(
                f"{program.name} showed no first frame (exit {child.returncode}):\n"
                + errors.read().decode(errors="replace")[-2000:]
            )
    line = buffer[buffer.index(MARKER) :]
    found = re.search(rb"cpu=([0-9.]+)", line)
    cpu_to_frame = float(found.group(1)) if found else float("nan")
    found = re.search(rb"peak_kib=([0-9]+)", line)
    peak_to_frame = int(found.group(1)) if found else 0
    cpu_total = usage.ru_utime + usage.ru_stime
    return elapsed, int(usage.ru_maxrss), cpu_total, cpu_to_frame, peak_to_frame


def compare(
    a: Program, b: Program, env: dict[str, str], runs: int, progress: bool = True
) -> tuple[Samples, Samples]:
    """Alternate A/B ``runs`` times each (ABBA order) after one warm-up run of each."""
    samples = (Samples(a), Samples(b))
    run_once(a, env)
    run_once(b, env)
    for index in range(runs):
        order = samples if index % 2 == 0 else samples[::-1]
        for s in order:
            seconds, rss, cpu, cpu_to_frame, peak = run_once(s.program, env)
            s.seconds.append(seconds)
            s.peak_rss_kib.append(rss)
            s.cpu_seconds.append(cpu)
            s.cpu_to_frame.append(cpu_to_frame)
            s.peak_to_frame_kib.append(peak)
        if progress:
            print(f"  start-up run {index + 1}/{runs}", end="\r", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    return samples


@contextlib.contextmanager
def xvfb(size: str = "1366x768") -> Iterator[str | None]:
    """A private Xvfb screen for the xcb runs; None when Xvfb is not installed."""
    binary = shutil.which("Xvfb")
    if binary is None:
        yield None
        return
    number = next(
        (
            n
            for n in range(150, 250)
            if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists()
        ),
        None,
    )
    if number is None:
        yield None
        return
    server = subprocess.Popen(
        [binary, f":{number}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline or server.poll() is not None:
                yield None
                return
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def xcb_usable(display: str, python: str = sys.executable) -> bool:
    """Whether Qt's xcb plugin loads here (its Debian libraries are installed)."""
    env = child_env("xcb", tempfile.gettempdir(), display)
    env.pop("NEPH_GUI_BENCH_MARK")
    probe = subprocess.run(
        [python, "-c", "from PySide6.QtGui import QGuiApplication as A; A([])"],
        env=env,
        capture_output=True,
        timeout=60,
    )
    return probe.returncode == 0


def rows(label: str, a: Samples, b: Samples) -> list[list[str]]:
    """Rows of the start-up table: time, CPU time, memory."""
    ta, tb = Summary.of([s * 1000 for s in a.seconds]), Summary.of([s * 1000 for s in b.seconds])
    ma = Summary.of([k / 1024 for k in a.peak_to_frame_kib])
    mb = Summary.of([k / 1024 for k in b.peak_to_frame_kib])
    wa = Summary.of([k / 1024 for k in a.peak_rss_kib])
    wb = Summary.of([k / 1024 for k in b.peak_rss_kib])
    ca, cb = (
        Summary.of([s * 1000 for s in a.cpu_to_frame]),
        Summary.of([s * 1000 for s in b.cpu_to_frame]),
    )
    qa, qb = (
        Summary.of([s * 1000 for s in a.cpu_seconds]),
        Summary.of([s * 1000 for s in b.cpu_seconds]),
    )
    time_ratio = ta.median / tb.median
    rss_ratio = ma.median / mb.median
    return [
        [
            f"{label}: time to first frame (n={ta.n})",
            f"{ta.median:.0f} ms ({ta.spread('ms')})",
            f"{tb.median:.0f} ms ({tb.spread('ms')})",
            f"{time_ratio:.2f}",
            f"≤ {START_RATIO}",
            verdict(time_ratio, START_RATIO),
        ],
        [
            f"{label}: CPU time to first frame",
            f"{ca.median:.0f} ms",
            f"{cb.median:.0f} ms",
            f"{ca.median / cb.median:.2f}",
            "(steadier)",
            "",
        ],
        [
            f"{label}: CPU time, start to exit",
            f"{qa.median:.0f} ms",
            f"{qb.median:.0f} ms",
            f"{qa.median / qb.median:.2f}",
            "",
            "",
        ],
        [
            f"{label}: peak RSS up to the first frame",
            f"{ma.median:.1f} MiB (max {ma.high:.1f})",
            f"{mb.median:.1f} MiB (max {mb.high:.1f})",
            f"{rss_ratio:.2f}",
            f"≤ {RSS_RATIO}",
            verdict(rss_ratio, RSS_RATIO),
        ],
        [
            f"{label}: peak RSS, start to exit",
            f"{wa.median:.1f} MiB (max {wa.high:.1f})",
            f"{wb.median:.1f} MiB (max {wb.high:.1f})",
            f"{wa.median / wb.median:.2f}",
            "",
            "",
        ],
    ]


def folder_size(path: Path) -> int:
    """Bytes in a folder (files only, links not followed)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m benchmarks.startup [RUNS]``: the offscreen comparison alone."""
    args = list(sys.argv[1:] if argv is None else argv)
    runs = int(args[0]) if args else 10
    with tempfile.TemporaryDirectory() as config:
        a, b = compare(app_program(), bare_program(), child_env("offscreen", config), runs)
    for s in (a, b):
        print(
            s.program.name,
            [round(x * 1000) for x in s.seconds],
            max(s.peak_rss_kib),
            [round(x * 1000) for x in s.cpu_seconds],
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
