"""Small helpers shared by the benchmarks: percentiles, formatting, the machine."""

from __future__ import annotations

import os
import platform
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


def percentile(values: Sequence[float], p: float) -> float:
    """The ``p``-th percentile (0–100) with linear interpolation."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass(frozen=True)
class Summary:
    """Median and spread of a series of samples."""

    n: int
    median: float
    p25: float
    p75: float
    p99: float
    low: float
    high: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        return cls(
            n=len(values),
            median=statistics.median(values) if values else float("nan"),
            p25=percentile(values, 25),
            p75=percentile(values, 75),
            p99=percentile(values, 99),
            low=min(values) if values else float("nan"),
            high=max(values) if values else float("nan"),
        )

    def spread(self, unit: str, digits: int = 0) -> str:
        """The spread as "IQR a–b, range c–d" in ``unit``."""
        f = f"{{:.{digits}f}}"
        return (
            f"IQR {f.format(self.p25)}–{f.format(self.p75)}, "
            f"range {f.format(self.low)}–{f.format(self.high)} {unit}"
        )


def verdict(value: float, target: float) -> str:
    """Says "ok" when ``value`` meets an at-most ``target``, else "MISSED"."""
    if value != value:  # NaN
        return "n/a"
    return "ok" if value <= target else "MISSED"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table (readable in a terminal, pasteable in the README)."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return "\n".join(
        [line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
        + [line(r) for r in rows]
    )


def machine() -> str:
    """One line about the machine the figures come from."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for text in info:
                if text.startswith("model name"):
                    cpu = text.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except ImportError:  # pragma: no cover - benchmarks need PySide6
        qt = "no Qt"
    return (
        f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu}; "
        f"{platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; {qt}"
    )
