"""The app in this process, set up as ``python -m neph_gui`` does, for in-process runs.

Settings go to a temporary ini file (display preferences only; never the user's), the
platform defaults to offscreen, and web addresses are caught instead of opening a browser.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication
from qt_probes import QtMessages, UrlCatcher

from neph_gui.app import create_application
from neph_gui.i18n import Translations
from neph_gui.settings import DisplaySettings
from neph_gui.ui.window.main_window import MainWindow

WINDOW_SIZE = (1340, 740)  # what the app picks on a 1366 × 768 screen


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
    window = MainWindow(settings, start_tab=0)
    window.resize(*WINDOW_SIZE)
    window.show()
    session = Session(app, window, settings, translations, qt_messages=qt_messages)
    session.urls.install()
    session.settle()
    return session
