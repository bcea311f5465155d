"""Closing every dialog for the next person, in an order that cannot crash.

A dialog may itself wait on another window it opened with ``exec()``: Qt's print dialog
asks "… existe. Voulez-vous l'écraser ?" and opens its printer properties that way.
Closing the print dialog then (it deletes itself on close) deletes it under the nested
event loop, which still runs its code: Qt crashed with "double free or corruption".
So the windows we did not open are answered "no" first, innermost first; ours are closed
one turn of the event loop later, once those nested loops have returned.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

# Turns of the event loop to wait for nested windows to go before closing ours anyway.
MAX_ROUNDS = 50


def alive(dialog: QDialog) -> bool:
    """False once Qt has deleted the dialog (WA_DeleteOnClose)."""
    return bool(shiboken6.isValid(dialog))


def nested_windows(ours: Sequence[QDialog]) -> list[QDialog]:
    """Visible dialogs the app did not open itself (Qt's questions, properties, file
    choosers…), the most recent first."""
    found = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog)
        and widget.isVisible()
        and not any(widget is dialog for dialog in ours)
    ]
    modal = QApplication.activeModalWidget()
    found.sort(key=lambda widget: widget is not modal)
    return found


def close_dialogs(ours: Sequence[QDialog], rounds: int = MAX_ROUNDS) -> None:
    """Close ``ours`` and every window they opened (see the module)."""
    ours = [dialog for dialog in ours if alive(dialog)]
    nested = nested_windows(ours)
    if nested and rounds > 0:
        for window in nested:
            window.reject()
        QTimer.singleShot(0, lambda: close_dialogs(ours, rounds - 1))
        return
    for dialog in ours:
        if alive(dialog) and dialog.isVisible():
            dialog.reject()
