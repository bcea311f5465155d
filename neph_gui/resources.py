"""The one way to reach the files shipped with the app (drawings, fonts, icons, translations).

They are compiled into Qt's resource system (``neph_gui/_resources_rc.py``, built by
``make`` from ``resources/``), so a checkout, a wheel and a frozen build behave the same.
"""

from __future__ import annotations

import importlib
from functools import cache

from PySide6.QtCore import QDir, QFile, QIODevice


class ResourceError(LookupError):
    """A resource name is malformed or the file is not shipped."""


@cache
def ensure_loaded() -> None:
    """Register the compiled resources with Qt (once)."""
    try:
        importlib.import_module("neph_gui._resources_rc")
    except ModuleNotFoundError as exc:  # pragma: no cover - only in a broken checkout
        raise ResourceError(
            "neph_gui/_resources_rc.py is missing: run `make` (scripts/build_resources.py)"
        ) from exc


def resource_path(name: str) -> str:
    """The Qt path (":/…") of a shipped file, e.g. ``resource_path("drawings/x.svg")``.

    Only relative names inside resources/ are accepted: no absolute path, no "..".
    """
    parts = name.replace("\\", "/").split("/")
    if not name or name.startswith(("/", ":")) or any(part in {"", ".", ".."} for part in parts):
        raise ResourceError(f"not a resource name: {name!r}")
    ensure_loaded()
    return ":/" + "/".join(parts)


def read_bytes(name: str) -> bytes:
    """The content of a shipped file."""
    path = resource_path(name)
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise ResourceError(f"resource not shipped: {name}")
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


def list_dir(name: str) -> list[str]:
    """The file names in a shipped folder, sorted."""
    return sorted(QDir(resource_path(name)).entryList(QDir.Filter.Files))
