"""Benchmarks and endurance runs of neph-gui (`make bench`, `make fuzz`).

Not part of the app and not shipped. Figures are printed, never asserted by timed tests.
The UI fuzzer and the Qt probes live with the tests (tests/uifuzz.py, tests/qt_probes.py),
which run them too; their folder is put on the import path here.
"""

import sys
from pathlib import Path

_TESTS = str(Path(__file__).resolve().parent.parent / "tests")
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)
