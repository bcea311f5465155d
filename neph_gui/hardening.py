"""Keeping a visitor's number out of crash dumps.

The process memory holds what a person typed. If the app ever crashed, systemd-coredump
or apport would write that memory to disk (a 105 MB dump held the typed numbers). The
app asks Linux not to dump it: ``prctl(PR_SET_DUMPABLE, 0)`` and a core-size limit of 0.
"""

from __future__ import annotations

import ctypes
import sys

PR_SET_DUMPABLE = 4  # <linux/prctl.h>
PR_GET_DUMPABLE = 3


def forbid_core_dumps() -> bool:
    """Ask the system never to write this process's memory to disk; True if it agreed
    (False on other systems, where nothing is done)."""
    if not sys.platform.startswith("linux"):
        return False
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0)
    except (OSError, ValueError, AttributeError):
        return False


def core_dumps_allowed() -> bool:
    """Whether this process may still be dumped (for the tests)."""
    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
