"""The app in this process, set up as ``python -m neph_gui`` does, for in-process runs.

Settings go to a temporary ini file (display preferences only; never the user's), the
platform defaults to offscreen, and web addresses are caught instead of opening a browser.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    QSettings,
    QtMsgType,
    QUrl,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from neph_gui.app import create_application
from neph_gui.i18n import Translations
from neph_gui.settings import DisplaySettings
from neph_gui.ui.main_window import MainWindow

WINDOW_SIZE = (1340, 740)  # what the app picks on a 1366 × 768 screen
# What the offscreen platform says it cannot do (as in pyproject's qt_log_ignore): noise of
# the test platform, not of the app (a real screen supports all three).
PLATFORM_NOISE = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)


class QtMessages:
    """Records Qt's warnings (and worse) while installed; drops the platform's own noise."""

    def __init__(self) -> None:
        self.warnings: list[str] = []
        self._previous: object = None

    def _handle(self, kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
        if text in PLATFORM_NOISE or kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        self.warnings.append(f"{kind.name}: {text}")
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            print(f"Qt {kind.name}: {text}", file=sys.stderr, flush=True)

    def install(self) -> None:
        self._previous = qInstallMessageHandler(self._handle)

    def uninstall(self) -> None:
        qInstallMessageHandler(self._previous)  # type: ignore[arg-type]


class UrlCatcher(QObject):
    """Receives every URL the app asks the system to open (no browser starts)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.urls.append(url.toString())

    def install(self) -> None:
        for scheme in ("http", "https", "file", "mailto", "tel"):
            # PySide6 wants the slot name as str, whatever its stubs say.
            QDesktopServices.setUrlHandler(scheme, self, "open_url")  # type: ignore[arg-type]

    def uninstall(self) -> None:
        for scheme in ("http", "https", "file", "mailto", "tel"):
            QDesktopServices.unsetUrlHandler(scheme)


@dataclass
class Session:
    """A shown main window with its settings and translations."""

    app: QApplication
    window: MainWindow
    settings: DisplaySettings
    translations: Translations
    urls: UrlCatcher = field(default_factory=UrlCatcher)
    qt_messages: QtMessages = field(default_factory=QtMessages)

    def settle(self) -> None:
        """Let Qt finish what the last action started: layout, then paint."""
        self.app.processEvents()
        self.app.processEvents()
        # deleteLater() runs when control returns to the event loop, which a real app does
        # between events; processEvents() from outside exec() leaves those to us.
        self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        self.settle()
        self.urls.uninstall()
        self.qt_messages.uninstall()


def open_session(folder: Path, language: str = "fr") -> Session:
    """Create the application (once) and a shown main window at the usual size.

    Qt's messages are recorded in ``session.qt_messages`` from the start.
    """
    qt_messages = QtMessages()
    qt_messages.install()
    app = create_application()
    settings = DisplaySettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    translations = Translations()
    translations.set_language(language)
    window = MainWindow(settings)
    window.resize(*WINDOW_SIZE)
    window.show()
    session = Session(app, window, settings, translations, qt_messages=qt_messages)
    session.urls.install()
    session.settle()
    return session
