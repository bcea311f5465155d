"""Start the real Orca screen reader with a line-buffered debug file.

Run by the *system* Python (/usr/bin/python3), never the project's venv: Orca and its
bindings (pyatspi, gi, speechd) are Debian packages. Used by tests/orca_harness.py:

    /usr/bin/python3 tests/orca_runner.py DEBUG_FILE PREFS_DIR

Why not /usr/bin/orca: its --debug-file is block-buffered (a test cannot read what was
said after each key), `orca --replace` kills every Orca of the user and plain `orca`
refuses while another one runs. This does what /usr/bin/orca's main() does, minus those.
The process keeps its own name (not "orca"), so another `orca --replace` leaves it alone.
"""

from __future__ import annotations

import sys


def main() -> int:
    debug_path, prefs_dir = sys.argv[1], sys.argv[2]
    sys.argv = [sys.argv[0]]  # Orca reads no options from here

    from orca import debug

    # Orca's debug module is configured through its globals (as /usr/bin/orca does). Line
    # buffered: each SPEECH OUTPUT line (logged at LEVEL_INFO) is readable at once.
    vars(debug).update(
        debugLevel=debug.LEVEL_INFO,
        eventDebugLevel=debug.LEVEL_OFF,
        debugFile=open(debug_path, "w", buffering=1, encoding="utf-8"),  # noqa: SIM115
    )

    import gi

    gi.require_version("Gdk", "3.0")
    from gi.repository import Gdk

    if Gdk.Display.get_default() is None:
        print("orca_runner: no X display", file=sys.stderr)
        return 1

    from orca import orca

    manager = orca.getSettingsManager()
    if not manager:
        print("orca_runner: no settings manager", file=sys.stderr)
        return 1
    manager.activate(prefs_dir, {})
    sys.path.insert(0, manager.getPrefsDir())
    debug.println(debug.LEVEL_INFO, "INFO: About to launch Orca.", True)
    return int(orca.main() or 0)


if __name__ == "__main__":
    sys.exit(main())
