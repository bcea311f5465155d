"""``make bench`` (``python -m benchmarks``): every figure, printed as tables.

Targets, in what a person can feel (issue 16): a keystroke p99 ≤ 8 ms (half a frame), a
200-character paste p99 ≤ 16 ms (one frame), a tab switch median ≤ 16 ms, a text-size step
and the contrast switch median ≤ 50 ms; the first frame (the question screen) ≤ 1.5 × a
bare PySide6 window and peak memory ≤ 1.5 × it. Figures are printed, never asserted: the
machine is shared and timings move; compare runs on the same machine. ``--write-doc``
replaces the current table in docs/performance.md with this run's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import frozen, startup
from benchmarks.stats import machine, table, verdict

KEY_P99_MS = 8.0
FRAME_MS = 16.0
FELT_MS = 50.0  # a change that takes longer is felt as a wait
DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
DOC_START = "<!-- make bench: start -->"
DOC_END = "<!-- make bench: end -->"


def run_startup(runs: int, x11: bool) -> tuple[list[list[str]], list[str], dict[str, object]]:
    rows: list[list[str]] = []
    notes: list[str] = []
    raw: dict[str, object] = {}
    app, bare = startup.app_program(), startup.bare_program()
    with tempfile.TemporaryDirectory() as config:
        print(f"start-up, offscreen, {runs} runs each…", file=sys.stderr)
        a, b = startup.compare(app, bare, startup.child_env("offscreen", config), runs)
        rows += startup.rows("offscreen", a, b)
        raw["offscreen"] = {"app": a.as_dict(), "bare": b.as_dict()}
        if not x11:
            notes.append("X11 (xcb on Xvfb): skipped (--no-x11).")
            return rows, notes, raw
        with startup.xvfb() as display:
            if display is None:
                notes.append("X11 (xcb on Xvfb): skipped, Xvfb is not installed.")
            elif not startup.xcb_usable(display):
                notes.append("X11 (xcb on Xvfb): skipped, Qt's xcb plugin does not load here.")
            else:
                print(f"start-up, xcb on Xvfb {display}, {runs} runs each…", file=sys.stderr)
                env = startup.child_env("xcb", config, display)
                a, b = startup.compare(app, bare, env, runs)
                rows += startup.rows("xcb (Xvfb)", a, b)
                raw["xcb"] = {"app": a.as_dict(), "bare": b.as_dict()}
    return rows, notes, raw


def run_interactions() -> tuple[list[list[str]], dict[str, dict[str, float]]]:
    """In a child process, so this one never holds a QApplication."""
    print("typing, pasting, tab switches, text size…", file=sys.stderr)
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.interaction"],
        capture_output=True,
        text=True,
        check=False,
        env=startup.child_env("offscreen", tempfile.gettempdir()) | {"NEPH_GUI_BENCH_MARK": "0"},
        cwd=startup.ROOT,
    )
    if out.returncode != 0:
        raise RuntimeError("benchmarks.interaction failed:\n" + out.stderr[-3000:])
    figures: dict[str, dict[str, float]] = json.loads(out.stdout)
    specs = [
        ("keystroke (handout examples, each tab)", "keystroke", "p99", KEY_P99_MS),
        ("paste of 200 characters (each box)", "paste_200", "p99", FRAME_MS),
        ("tab switch", "tab_switch", "median", FRAME_MS),
        ("text size 100 % → 200 % (apply_display)", "scale_up", "median", FELT_MS),
        ("text size 200 % → 100 % (apply_display)", "scale_down", "median", FELT_MS),
        ("text size one step, A+ / A− (set_text_scale)", "scale_step", "median", FELT_MS),
        ("high-contrast theme on / off", "contrast", "median", FELT_MS),
    ]
    rows = []
    for label, key, judged, target in specs:
        if key not in figures:
            continue
        f = figures[key]
        rows.append(
            [
                f"{label} (n={f['n']:.0f})",
                f"{f['median']:.2f}",
                f"{f['p99']:.2f}",
                f"{f['high']:.2f}",
                f"{f['cpu_median']:.2f} / {f['cpu_p99']:.2f}",
                f"{judged} ≤ {target:g} ms" if target != float("inf") else "—",
                verdict(f[judged], target) if target != float("inf") else "",
            ]
        )
    return rows, figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--runs", type=int, default=10, help="start-up runs of each program")
    parser.add_argument("--no-x11", action="store_true", help="skip the Xvfb (xcb) start-up run")
    parser.add_argument(
        "--frozen",
        action="store_true",
        help="also compare dist/neph-gui with a bare window frozen by PyInstaller (slow)",
    )
    parser.add_argument(
        "--only", choices=("startup", "interaction", "frozen"), help="run one part only"
    )
    parser.add_argument("--json", type=Path, help="also write the raw figures to this file")
    parser.add_argument(
        "--write-doc",
        action="store_true",
        help=f"put this run's tables between the markers of {DOC.name} (make bench does)",
    )
    args = parser.parse_args(argv)

    raw: dict[str, object] = {"machine": machine()}
    out: list[str] = [f"Machine: {machine()}", ""]
    if args.only in (None, "startup"):
        rows, notes, raw["startup"] = run_startup(args.runs, not args.no_x11)
        out += ["Start-up (from process start to the first painted frame; alternating A/B)", ""]
        out += [table(["measure", "neph-gui", "bare PySide6 window", "ratio", "target", ""], rows)]
        out += [*notes, ""]
    if args.only in (None, "interaction"):
        rows, raw["interaction"] = run_interactions()
        out += [
            "Interaction (offscreen; event → validation, widgets, relayout, repaint; ms; "
            "targets judged on wall time)",
            "",
            table(["measure", "p50", "p99", "max", "CPU p50 / p99", "target", ""], rows),
            "",
        ]
    if args.only in (None, "frozen"):
        rows, notes, raw["frozen"] = frozen.run(args.runs, build=args.frozen)
        out += ["Frozen build (PyInstaller)", ""]
        if rows:
            out += [table(["measure", "neph-gui", "bare window", "ratio", "target", ""], rows)]
        out += [*notes, ""]
    text = "\n".join(out)
    print(text)
    if args.write_doc:
        write_doc(text)
    if args.json:
        args.json.write_text(json.dumps(raw, indent=1, default=str), encoding="utf-8")
    return 0


def write_doc(text: str, doc: Path = DOC) -> None:
    """Replace what lies between the two markers of ``doc`` with ``text``."""
    current = doc.read_text(encoding="utf-8")
    start, end = current.index(DOC_START), current.index(DOC_END)
    date = time.strftime("%Y-%m-%d")
    body = f"{DOC_START}\nWritten by `make bench` on {date}.\n\n```text\n{text.strip()}\n```\n"
    doc.write_text(current[:start] + body + current[end:], encoding="utf-8")
    print(f"{doc.name}: current figures replaced", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
