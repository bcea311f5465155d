"""Unexpected errors: a friendly dialog, the window stays usable, nothing personal logged.

An exception's message or a value's repr may contain what was typed (a licence number),
so neither is ever shown or printed: stderr gets the exception's *type* and the frames
(file, line, function) of its traceback, without the message, the source line's values
or any local variable.
"""

from __future__ import annotations

import faulthandler
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neph_gui.i18n import Retranslating

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """A report safe to print: the type and where it happened, never any value."""
    lines = [f"neph-gui: unexpected error ({exc_type.__module__}.{exc_type.__qualname__})"]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
    return "\n".join(lines)


class ErrorDialog(Retranslating, QDialog):
    """ "Un problème est survenu…" with one big button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_dialog")
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("error_ok")
        self.ok_button.setProperty("role", "primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Un problème est survenu"))
        self.heading.setText(self.tr("Un problème est survenu."))
        self.message.setText(
            self.tr(
                "Vos informations n'ont pas été enregistrées. Vous pouvez continuer : "
                "si quelque chose ne s'affiche pas bien, cliquez sur « Nouvelle personne »."
            )
        )
        self.ok_button.setText(self.tr("D'accord"))


class ErrorReporter:
    """The ``sys.excepthook`` of the app: print safely, then show one dialog at a time."""

    def __init__(self, parent: Callable[[], QWidget | None] | None = None) -> None:
        self._parent = parent
        self._dialog: ErrorDialog | None = None
        self._previous: ExceptHook | None = None

    def install(self) -> None:
        """Become ``sys.excepthook`` (and turn on faulthandler for hard crashes)."""
        self._previous = sys.excepthook
        sys.excepthook = self.hook
        faulthandler.enable()

    def uninstall(self) -> None:
        """Give ``sys.excepthook`` back."""
        if self._previous is not None and sys.excepthook == self.hook:
            sys.excepthook = self._previous
        self._previous = None
        if self._dialog is not None and self._dialog.isVisible():
            self._dialog.reject()
        self._dialog = None

    def dialog(self) -> ErrorDialog | None:
        """The dialog on screen, if any."""
        if self._dialog is not None and self._dialog.isVisible():
            return self._dialog
        return None

    def hook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        del exc  # its message may hold what was typed
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        print(describe(exc_type, tb), file=sys.stderr, flush=True)
        if QApplication.instance() is None:
            return
        if self.dialog() is not None:
            return  # one dialog is enough, even if errors come in a burst
        parent = self._parent() if self._parent is not None else None
        self._dialog = ErrorDialog(parent)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.open()


def install_excepthook(parent: Callable[[], QWidget | None] | None = None) -> ErrorReporter:
    """Install the friendly error dialog; returns the reporter (to uninstall it)."""
    reporter = ErrorReporter(parent)
    reporter.install()
    return reporter
