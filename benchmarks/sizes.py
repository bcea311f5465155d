#!/usr/bin/env python3
"""Size of the Linux installers against their budgets (a figure, not a test).

    python benchmarks/sizes.py            # measure what `make dist` left in dist/
    python benchmarks/sizes.py --build    # run `make dist` first and time it

Budgets (issue "Installers"): frozen folder <= 150 MB, .deb <= 60 MB. For reference, a
bare PySide6 window frozen with PyInstaller --strip is about 137 MB unpacked and 55 MB
gzipped. MB here is 10^6 bytes; the folder counts each file once (symbolic links not
followed). Also lists the largest files, which is where to look to make it smaller.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGETS_MB = {"folder": 150.0, "deb": 60.0}


def version() -> str:
    init = (ROOT / "neph_gui" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', init, re.MULTILINE)
    if not found:
        raise SystemExit("sizes: no __version__ in neph_gui/__init__.py")
    return found.group(1)


def files_of(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--build", action="store_true", help="run `make dist` first, timed")
    args = parser.parse_args(argv)

    build_seconds = None
    if args.build:
        start = time.monotonic()
        subprocess.run(["make", "-C", str(ROOT), "dist"], check=True)
        build_seconds = time.monotonic() - start

    folder = args.dist / "neph-gui"
    debs = sorted(args.dist.glob(f"neph-gui_{version()}_*.deb"))
    tarballs = sorted(args.dist.glob(f"neph-gui-{version()}-linux-*.tar.gz"))
    if not folder.is_dir() or not debs or not tarballs:
        print(
            f"sizes: no installers of {version()} in {args.dist}: run `make dist`", file=sys.stderr
        )
        return 1

    files = files_of(folder)
    rows = [
        ("frozen folder dist/neph-gui/", sum(p.stat().st_size for p in files), "folder"),
        (debs[-1].name, debs[-1].stat().st_size, "deb"),
        (tarballs[-1].name, tarballs[-1].stat().st_size, None),
    ]
    print(f"{'what':44} {'size':>9}  {'budget':>9}  verdict")
    for name, size, budget_key in rows:
        budget = BUDGETS_MB.get(budget_key or "")
        verdict = "-" if budget is None else ("within" if size / 1e6 <= budget else "OVER")
        budget_text = "-" if budget is None else f"{budget:.0f} MB"
        print(f"{name:44} {size / 1e6:6.1f} MB  {budget_text:>9}  {verdict}")
    print(f"\n{len(files)} files in the folder; the largest:")
    for path in sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:8]:
        print(f"  {path.stat().st_size / 1e6:6.1f} MB  {path.relative_to(folder)}")
    if build_seconds is not None:
        print(f"\nmake dist took {build_seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
