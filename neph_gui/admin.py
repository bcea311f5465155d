"""What the counter's administrator decides, not the person at the window.

Turning the automatic reset off leaves one visitor's number on screen for the next, so
it is not offered in the window. An IT person may turn it off for a whole computer:

* the environment variable ``NEPH_GUI_IDLE_RESET=off``, or
* a system-wide file, ``/etc/neph-gui/neph-gui.ini`` on Linux,
  ``%ProgramData%\\neph-gui\\neph-gui.ini`` on Windows, holding::

      [counter]
      idle_reset = off

Only regular files are read (a named pipe or a folder there is ignored, never waited on).
"""

from __future__ import annotations

import configparser
import os
import stat
import sys
from pathlib import Path

ENVIRONMENT_VARIABLE = "NEPH_GUI_IDLE_RESET"
_OFF = {"off", "0", "no", "false", "never", "jamais", "non"}


def system_config_path() -> Path:
    """Where the administrator's file lives on this system."""
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "neph-gui" / "neph-gui.ini"
    return Path("/etc/neph-gui/neph-gui.ini")


def is_regular_file(path: Path) -> bool:
    """True only for an existing regular file (not a pipe, device or folder)."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def idle_reset_disabled(environ: dict[str, str] | None = None, config: Path | None = None) -> bool:
    """Whether the administrator turned the automatic reset off for this computer."""
    environ = dict(os.environ) if environ is None else environ
    value = environ.get(ENVIRONMENT_VARIABLE)
    if value is not None:
        return value.strip().lower() in _OFF
    path = system_config_path() if config is None else config
    if not is_regular_file(path):
        return False
    parser = configparser.ConfigParser()
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return False
    return parser.get("counter", "idle_reset", fallback="on").strip().lower() in _OFF
