"""The files the app writes for a visitor (a printed slip as PDF), and their removal.

A slip holds a person's number. Printed to a file, it goes to a folder only this user
can read, created on first use; "Nouvelle personne", the automatic reset and quitting
empty it. Nothing is written into the home or working folder unless the agent picks
that place in the print dialog (then it is the agent's file).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

SLIP_NAME = "neph-gui.pdf"


class PrivateFolder:
    """A private temporary folder, made when first needed."""

    def __init__(self) -> None:
        self._path: Path | None = None

    def path(self) -> Path:
        """The folder (mode 0700), created now if needed; removed when Python exits."""
        if self._path is None or not self._path.is_dir():
            self._path = Path(tempfile.mkdtemp(prefix="neph-gui-"))
            atexit.register(self.remove)
        return self._path

    def slip_path(self) -> Path:
        """Where a slip printed to a file goes by default."""
        return self.path() / SLIP_NAME

    def holds(self, path: str | Path) -> bool:
        """Whether ``path`` is inside this folder (a file the app made)."""
        if self._path is None or not str(path):
            return False
        return Path(path).resolve().parent == self._path.resolve()

    def clear(self) -> int:
        """Delete the files written so far; returns how many."""
        if self._path is None or not self._path.is_dir():
            return 0
        removed = 0
        for child in self._path.iterdir():
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)
            removed += 1
        return removed

    def remove(self) -> None:
        """Delete the folder and everything in it (the app is quitting)."""
        if self._path is not None:
            shutil.rmtree(self._path, ignore_errors=True)
            self._path = None


PRIVATE = PrivateFolder()


def open_private_file(path: str | Path) -> bool:
    """Show a file the app wrote (a slip as PDF) in the system's viewer, to print or
    read it; nothing outside the private folder is ever opened this way."""
    if not PRIVATE.holds(path):
        raise ValueError("only a file of the app's private folder can be opened")
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
