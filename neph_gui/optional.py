"""The optional parts of Qt: read aloud, the network state and printing.

Each lives in a Qt module that loads system libraries of its own (QtTextToSpeech links
QtMultimedia and PulseAudio, QtNetwork its backends, QtPrintSupport CUPS). A computer
may lack them; the app then simply leaves the feature out: no dialog, no traceback.
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from neph_gui.network import NetworkWatch
    from neph_gui.speech import QtSpeech

_log = logging.getLogger(__name__)

# The Qt module behind each optional feature, as the smoke test names them.
SPEECH_MODULE = "PySide6.QtTextToSpeech"
NETWORK_MODULE = "PySide6.QtNetwork"
PRINT_MODULE = "PySide6.QtPrintSupport"


def unavailable(module: str) -> str | None:
    """Why ``module`` cannot be loaded here (None when it loads)."""
    try:
        importlib.import_module(module)
    except (ImportError, OSError) as exc:  # a missing system library is an ImportError
        return str(exc) or type(exc).__name__
    return None


def under_wine() -> bool:
    """Whether this Windows build runs under Wine (its ntdll has ``wine_get_version``)."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")
    except OSError:
        return False


def load_speech() -> QtSpeech | None:
    """The speech engine, or None where QtTextToSpeech cannot load.

    Under Wine (the Windows build is tested there), Windows' speech engines crash the
    process while they look for a sound device, so read aloud is left out there too.
    """
    reason = "Wine" if under_wine() else unavailable(SPEECH_MODULE)
    if reason is not None:
        _log.info("read aloud left out: %s", reason)
        return None
    from neph_gui.speech import QtSpeech

    return QtSpeech()


def load_network_watch() -> NetworkWatch | None:
    """The network watch, or None where QtNetwork cannot load (then no offline note).

    Under Wine (the Windows build is tested there), Qt's network-list backend never
    returns from loading, so the watch is left out there too.
    """
    reason = "Wine" if under_wine() else unavailable(NETWORK_MODULE)
    if reason is not None:
        _log.info("network state left out: %s", reason)
        return None
    from neph_gui.network import QtNetworkWatch

    return QtNetworkWatch()


def can_print() -> bool:
    """Whether QtPrintSupport loads (printers and PDF files); without it, no print button."""
    reason = unavailable(PRINT_MODULE)
    if reason is not None:
        _log.info("printing left out: %s", reason)
    return reason is None
