"""Copying a result, and taking it back when the next person sits down."""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication


class ClipboardKeeper:
    """Puts text on the system clipboard and takes back, at a reset, whatever the app put
    on the clipboard or the X primary selection (selected text), and only that."""

    def __init__(self) -> None:
        self._ours: str | None = None

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard (nothing to copy: left as it is)."""
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self._ours = text

    def clear_if_ours(self) -> bool:
        """Empty the clipboard and the primary selection where they still hold what the
        app put there (a copy, Ctrl+C in a box, text selected in the window); True if
        anything was cleared. What another program put there is left alone."""
        ours, self._ours = self._ours, None
        clipboard = QGuiApplication.clipboard()
        cleared = False
        if clipboard.ownsClipboard() or (ours is not None and clipboard.text() == ours):
            clipboard.clear(QClipboard.Mode.Clipboard)
            cleared = True
        # X11: selecting text in a box or the result puts it in the primary selection,
        # which a middle click pastes anywhere.
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
            cleared = True
        return cleared
