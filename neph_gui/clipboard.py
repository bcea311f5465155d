"""Copying a result, and taking it back when the next person sits down."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


class ClipboardKeeper:
    """Puts text on the system clipboard and remembers it, so a reset clears only ours."""

    def __init__(self) -> None:
        self._ours: str | None = None

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard."""
        QGuiApplication.clipboard().setText(text)
        self._ours = text

    def clear_if_ours(self) -> bool:
        """Empty the clipboard if it still holds what we put there; True if it did."""
        ours, self._ours = self._ours, None
        clipboard = QGuiApplication.clipboard()
        if ours is not None and clipboard.text() == ours:
            clipboard.clear()
            return True
        return False
