"""The bundled fonts (Atkinson Hyperlegible and its monospace companion, SIL OFL).

Loaded once at start from the resources; if that fails the app still runs with the
system fonts and says so on stderr.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QFontDatabase

from neph_gui.resources import ResourceError, list_dir, read_bytes

UI_FAMILY = "Atkinson Hyperlegible"
MONO_FAMILY = "Atkinson Hyperlegible Mono"


@dataclass(frozen=True)
class FontFamilies:
    """The family names to use for running text and for numbers."""

    ui: str
    mono: str
    bundled: bool  # False when the system fonts stand in


@cache
def load_fonts() -> FontFamilies:
    """Register the bundled fonts with Qt (once) and say which families to use."""
    registered: set[str] = set()
    try:
        names = [name for name in list_dir("fonts") if name.lower().endswith((".ttf", ".otf"))]
        for name in names:
            font_id = QFontDatabase.addApplicationFontFromData(read_bytes(f"fonts/{name}"))
            if font_id < 0:
                print(f"neph-gui: could not load the bundled font {name}", file=sys.stderr)
                continue
            registered.update(QFontDatabase.applicationFontFamilies(font_id))
    except ResourceError as exc:  # pragma: no cover - broken build only
        print(f"neph-gui: bundled fonts unavailable ({exc})", file=sys.stderr)
    ui = (
        UI_FAMILY
        if UI_FAMILY in registered
        else QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    )
    mono = (
        MONO_FAMILY
        if MONO_FAMILY in registered
        else QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    )
    bundled = UI_FAMILY in registered and MONO_FAMILY in registered
    if not bundled:
        print("neph-gui: using the system fonts instead of Atkinson Hyperlegible", file=sys.stderr)
    return FontFamilies(ui=ui, mono=mono, bundled=bundled)
