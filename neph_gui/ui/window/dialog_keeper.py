"""The dialogs the window opened, kept so that "Nouvelle personne" can close them all."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from neph_gui.settings import DisplaySettings
from neph_gui.ui.dialogs.closing import alive, close_dialogs

if TYPE_CHECKING:
    from neph_gui.ui.dialogs.help_dialog import HelpDialog


class DialogKeeper:
    """Opens dialogs window-modal and remembers them until they close.

    ``visit`` counts the people served: a dialog opened for one person may check, when it
    closes, that no reset came in between (the print dialog does).
    """

    def __init__(self) -> None:
        self._dialogs: list[QDialog] = []
        self.visit = 0
        self.help: HelpDialog | None = None  # the keyboard help, while it is open

    def open(self, dialog: QDialog) -> None:
        """Open ``dialog`` window-modal (``open()``) and remember it until it closes."""
        self._dialogs = [d for d in self._dialogs if alive(d)]
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        QDialog.open(dialog)  # QPrintDialog hides the plain open() behind an overload

    def open_dialogs(self) -> list[QDialog]:
        """The dialogs we opened that are still on screen."""
        return [d for d in self._dialogs if alive(d) and d.isVisible()]

    def close_all(self) -> None:
        """Close every dialog we opened (and what they opened), for the next person."""
        self.visit += 1
        close_dialogs(self.open_dialogs())
        self._dialogs = []

    def show_help(self, window: QWidget) -> None:
        """Open the keyboard help (F1) over ``window``; Escape closes it."""
        if self.help is None:
            from neph_gui.ui.dialogs.help_dialog import HelpDialog

            self.help = HelpDialog(window)
            self.help.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.help.finished.connect(lambda _result: setattr(self, "help", None))
        self.help.fit_to(window)
        self.open(self.help)

    def show_settings(
        self, window: QWidget, settings: DisplaySettings, on_saved: Callable[[], None]
    ) -> None:
        """ "Réglages": the idle time before the automatic reset."""
        from neph_gui.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(settings, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_saved)
        self.open(dialog)

    def _forget(self, dialog: QDialog) -> None:
        self._dialogs = [d for d in self._dialogs if d is not dialog and alive(d)]
