"""``make fuzz`` (``python -m benchmarks.fuzz``): endurance and hostile input.

1. The UI fuzzer (``tests/uifuzz.py``): 10 000 seeded random actions on the real
   window (offscreen); no exception, no Qt warning, the window idle again within 100 ms
   (CPU) after each action, only official addresses opened, and a number still validated
   at the end. Resident memory after all actions must stay within 5 MiB of the figure
   after the first 1 000.
2. The licence core's hypothesis properties (``tests/test_properties.py``) with the
   ``fuzz`` profile: 100 000 examples per property, seeded.

Exit code 0 when every check holds; on failure the seed and the replay command are printed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks.stats import Summary, machine, table, verdict

ROOT = Path(__file__).resolve().parent.parent
RSS_LIMIT = 5 * 2**20
PROPERTY_FILES = ("tests/test_properties.py",)


def ui_fuzz(
    seed: int, actions: int, checkpoint: int, max_paste: int, kinds: set[str] | None = None
) -> bool:
    from uifuzz import UiFuzzer

    from benchmarks.harness import open_session

    with tempfile.TemporaryDirectory() as folder:
        session = open_session(Path(folder))
        fuzzer = UiFuzzer(
            session.window,
            session.settings,
            session.translations,
            seed,
            max_paste=max_paste,
            kinds=kinds,
        )
        last = [time.monotonic()]

        def progress(done: int) -> None:
            if time.monotonic() - last[0] > 2 or done == actions:
                last[0] = time.monotonic()
                print(f"  {done}/{actions} actions", end="\r", file=sys.stderr, flush=True)

        print(f"UI fuzz: seed {seed}, {actions} actions…", file=sys.stderr)
        report = fuzzer.run(
            actions,
            checkpoint=checkpoint,
            progress=progress,
            trace_every=max(actions // 40, 1),
            warm_up=True,
        )
        print(file=sys.stderr)
        start_warnings = list(session.qt_messages.warnings)
        session.close()

    failures = report.failures(rss_limit=RSS_LIMIT)
    failures += [f"Qt warning at start: {w}" for w in start_warnings]
    times = Summary.of(report.wall_ms)
    growth = report.anon_growth / 2**20
    rows = [
        ["actions done", f"{report.actions_done} of {report.planned}", "all", ""],
        ["actions per second", f"{report.actions_per_second:.0f}", "—", ""],
        ["exceptions", str(len(report.exceptions)), "0", verdict(len(report.exceptions), 0)],
        ["Qt warnings", str(len(report.qt_warnings)), "0", verdict(len(report.qt_warnings), 0)],
        [
            "action → idle, wall (p50 / p99 / max)",
            f"{times.median:.1f} / {times.p99:.1f} / {times.high:.0f} ms",
            "≤ 100 ms",
            verdict(times.high, 100),
        ],
        [
            "action → idle, CPU max",
            f"{report.max_cpu_ms:.0f} ms",
            "≤ 100 ms",
            verdict(report.max_cpu_ms, 100),
        ],
        [
            "addresses opened (all official)",
            f"{report.urls_opened} ({len(report.bad_urls)} not official)",
            "0 not official",
            verdict(len(report.bad_urls), 0),
        ],
        ["modal dialogs closed by the fuzzer", str(report.modals_closed), "—", ""],
    ]
    if report.checkpoint and report.memory_checkpoint and report.memory_end:
        before, after = report.memory_checkpoint, report.memory_end
        rows.append(
            [
                f"anonymous RSS after {report.checkpoint} → {report.actions_done} actions",
                f"{before.anon / 2**20:.1f} → {after.anon / 2**20:.1f} MiB ({growth:+.1f})",
                "≤ +5 MiB",
                verdict(growth, RSS_LIMIT / 2**20),
            ]
        )
        rows.append(
            [
                "  all RSS (+ mapped system fonts)",
                f"{before.rss / 2**20:.1f} → {after.rss / 2**20:.1f} MiB "
                f"({report.rss_growth / 2**20:+.1f})",
                "(see note)",
                "",
            ]
        )
        rows.append(
            [
                "  widgets / Python objects",
                f"{before.widgets} → {after.widgets} / {before.objects} → {after.objects}",
                "",
                "",
            ]
        )
        if before.heap and after.heap:
            rows.append(
                [
                    "  C heap in use (the rest: fragmentation)",
                    f"{before.heap / 2**20:.1f} → {after.heap / 2**20:.1f} MiB "
                    f"({(after.heap - before.heap) / 2**20:+.1f})",
                    "",
                    "",
                ]
            )
    rows.append(
        [
            "window validates a number at the end",
            "yes" if not report.final_check else "NO",
            "yes",
            "ok" if not report.final_check else "MISSED",
        ]
    )
    print(f"UI fuzz (offscreen, seed {seed}, pastes up to {max_paste} characters)\n")
    print(table(["check", "figure", "target", ""], rows))
    print("Actions: " + ", ".join(f"{k} {v}" for k, v in sorted(report.kinds.items())))
    for name, how in report.available.items():
        print(f"Optional action {name}: {how}")
    print(f"Slowest action: {report.worst_action} ({report.max_wall_ms:.0f} ms wall)")
    over = [s for s in report.slow if s.cpu_ms > report.response_limit_ms]
    if over:
        by_kind = Counter(s.action.split(" (")[0] if s.kind == "button" else s.kind for s in over)
        print(
            f"Over {report.response_limit_ms:.0f} ms of CPU: {len(over)} of "
            f"{report.actions_done} actions: "
            + ", ".join(f"{kind} {count}" for kind, count in by_kind.most_common())
        )
    if report.memory_trace:
        print(
            "Anonymous RSS / all RSS / C heap in use (MiB) after N actions: "
            + ", ".join(
                f"{n}: {m.anon / 2**20:.1f}/{m.rss / 2**20:.1f}/{m.heap / 2**20:.1f}"
                for n, m in report.memory_trace
            )
        )
        later = [m.anon for n, m in report.memory_trace if n >= report.checkpoint]
        if report.checkpoint and later:
            print(
                f"Anonymous RSS from action {report.checkpoint} on: "
                f"{min(later) / 2**20:.1f} to {max(later) / 2**20:.1f} MiB "
                "(a leak climbs; caches and freed heap go up and down)"
            )
    wall_only = [s for s in report.slow if s.cpu_ms <= report.response_limit_ms]
    if wall_only:
        print(
            f"{len(wall_only)} action(s) over 100 ms wall but not CPU (the machine was busy), "
            f"e.g. #{wall_only[0].index} {wall_only[0].action}: {wall_only[0].wall_ms:.0f} ms "
            f"wall, {wall_only[0].cpu_ms:.0f} ms CPU"
        )
    if failures:
        print("\nFAILED:")
        for failure in failures:
            print("  " + failure.rstrip().replace("\n", "\n  "))
        print(report.repro())
    print()
    return not failures


def hypothesis_fuzz(seed: int, examples: int) -> bool:
    """The licence-core properties, ``examples`` each, in a child pytest."""
    print(f"hypothesis: {examples} examples per property, seed {seed}…", file=sys.stderr)
    env = dict(os.environ, NEPH_GUI_HYPOTHESIS="fuzz", NEPH_GUI_FUZZ_EXAMPLES=str(examples))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--hypothesis-seed={seed}",
            "--hypothesis-show-statistics",
            *PROPERTY_FILES,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    # "tests/x.py::test_y:" then "- 100000 passing, 0 failing, and 3 invalid test cases"
    found = re.findall(r"^(\S+::\S+):|(\d+) passing", out.stdout, re.MULTILINE)
    rows: list[list[str]] = []
    name = ""
    for test, passing in found:
        if test:
            name = test.split("::")[-1]
        elif passing and name:
            rows.append(
                [
                    name,
                    passing,
                    f"≥ {examples}",
                    "ok" if int(passing) >= examples else "fewer (space exhausted?)",
                ]
            )
            name = ""
    print(f"hypothesis on the licence core (seed {seed}, {seconds:.0f} s)\n")
    if rows:
        print(table(["property", "passing examples", "asked", ""], rows))
    total = sum(int(r[1]) for r in rows)
    print(f"Total: {total} examples; pytest exit code {out.returncode}")
    if out.returncode != 0:
        print("\nFAILED:\n" + out.stdout[-6000:] + out.stderr[-2000:])
        print(
            f"Replay: NEPH_GUI_HYPOTHESIS=fuzz .venv/bin/python -m pytest "
            f"--hypothesis-seed={seed} {' '.join(PROPERTY_FILES)}"
        )
    print()
    return out.returncode == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fuzz", description=__doc__)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--checkpoint", type=int, default=1_000, help="first RSS sample")
    parser.add_argument("--max-paste", type=int, default=100_000)
    parser.add_argument("--examples", type=int, default=100_000, help="hypothesis, per property")
    parser.add_argument("--only", choices=("ui", "hypothesis"))
    parser.add_argument(
        "--kinds",
        help="UI actions to use, comma-separated (type,key,paste,tab,text-size,reset,…); "
        "to find which one leaks or is slow",
    )
    args = parser.parse_args(argv)

    print(f"Machine: {machine()}\n")
    ok = True
    if args.only in (None, "ui"):
        kinds = set(args.kinds.split(",")) if args.kinds else None
        ok &= ui_fuzz(args.seed, args.actions, args.checkpoint, args.max_paste, kinds)
    if args.only in (None, "hypothesis"):
        ok &= hypothesis_fuzz(args.seed, args.examples)
    print("fuzz: all checks hold" if ok else "fuzz: FAILED (see above)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
