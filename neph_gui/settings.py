"""Display preferences remembered between runs (QSettings).

Only how the app looks and which panels are open: never anything typed (PRODUCT.md,
"Privacy"). Tests pass their own QSettings pointing at a temporary file.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

from neph_gui.admin import is_regular_file

MIN_TEXT_SCALE = 100
MAX_TEXT_SCALE = 200
TEXT_SCALE_STEP = 25
DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240


def default_qsettings() -> QSettings:
    """The per-user settings store of the app (an ini file).

    Something at its path that is not a regular file (a named pipe, a folder, a device)
    would make Qt wait or fail on every read: the app then starts with the defaults and
    keeps this run's settings in a private temporary file.
    """
    path = user_settings_path()
    if path.exists() and not is_regular_file(path):
        # Checked before QSettings exists: it reads the file as soon as it is made.
        return QSettings(str(_memory_only_path()), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "neph-gui", "neph-gui")


def user_settings_path() -> Path:
    """Where QSettings keeps the per-user ini file (Qt's rule for IniFormat, UserScope)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "neph-gui" / "neph-gui.ini"


def _memory_only_path() -> Path:
    """A settings file in a private temporary folder (removed when the app quits)."""
    folder = Path(tempfile.mkdtemp(prefix="neph-gui-settings-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder / "settings.ini"


class DisplaySettings:
    """Typed access to the few remembered preferences."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else default_qsettings()

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(str(self._store.value(key, default)))
        except (TypeError, ValueError):
            return default
        return min(max(value, low), high)

    def _bool(self, key: str, default: bool) -> bool:
        value = self._store.value(key, default)
        if isinstance(value, str):
            return value.lower() in {"true", "1", "yes"}
        return bool(value)

    @property
    def text_scale(self) -> int:
        """Text size in percent (100–200)."""
        return self._int("display/text_scale", MIN_TEXT_SCALE, MIN_TEXT_SCALE, MAX_TEXT_SCALE)

    @text_scale.setter
    def text_scale(self, value: int) -> None:
        self._store.setValue("display/text_scale", min(max(value, MIN_TEXT_SCALE), MAX_TEXT_SCALE))

    @property
    def high_contrast(self) -> bool:
        """Whether the high-contrast theme is on."""
        return self._bool("display/high_contrast", False)

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self._store.setValue("display/high_contrast", bool(value))

    @property
    def language(self) -> str:
        """The chosen language code ("" = the default, French)."""
        return str(self._store.value("display/language", ""))

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("display/language", value)

    @property
    def steps_open(self) -> bool:
        """Whether the website-steps panel is unfolded."""
        return self._bool("display/steps_open", True)

    @steps_open.setter
    def steps_open(self, value: bool) -> None:
        self._store.setValue("display/steps_open", bool(value))

    @property
    def steps_open_chosen(self) -> bool:
        """Whether someone ever folded or unfolded the steps panel (else: fit the screen)."""
        return bool(self._store.contains("display/steps_open"))

    @property
    def idle_minutes(self) -> int:
        """Minutes without input before the automatic reset (1–240).

        "Never" is not a choice of the window: only an administrator turns the reset off
        (``neph_gui.admin``). A 0 remembered by an older version counts as the default.
        """
        value = self._int("counter/idle_minutes", DEFAULT_IDLE_MINUTES, 0, MAX_IDLE_MINUTES)
        return value if value >= MIN_IDLE_MINUTES else DEFAULT_IDLE_MINUTES

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        value = min(max(value, MIN_IDLE_MINUTES), MAX_IDLE_MINUTES)
        self._store.setValue("counter/idle_minutes", value)

    def sync(self) -> None:
        """Write pending changes now."""
        self._store.sync()
