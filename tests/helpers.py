"""Helpers shared by the tests (one copy each)."""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

# CI must run every check: a missing system tool fails there instead of skipping.
IN_CI = os.environ.get("CI", "").lower() in {"true", "1"}


def require(tool: str, debian_package: str) -> str:
    """The path of ``tool``; skip (fail in CI) when it is not installed."""
    path = shutil.which(tool)
    if path is None:
        reason = (
            f"{tool} is not installed (Debian package {debian_package}; "
            "scripts/system_deps.py installs it)"
        )
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    return path


def settle() -> None:
    """Let posted events land: a language change reaches every widget, layouts are
    redone and deleted widgets go."""
    for _ in range(3):
        QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
