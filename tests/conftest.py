"""Shared fixtures. Qt runs offscreen; settings go to a temporary folder, never the user's."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from neph_gui.app import create_application
from neph_gui.i18n import Translations
from neph_gui.settings import DisplaySettings
from neph_gui.ui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Whatever a test does, the real user settings are never touched."""
    folder = tmp_path_factory.mktemp("qsettings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


@pytest.fixture(scope="session")
def app(qapp: QApplication) -> QApplication:
    """The application, set up like the real one, in French."""
    create_application()
    return qapp


@pytest.fixture
def translations(app: QApplication) -> Iterator[Translations]:
    """French translators installed (plural forms); back to French after the test."""
    tr = Translations()
    tr.set_language("fr")
    yield tr
    tr.set_language("fr")


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_path: Path) -> DisplaySettings:
    """Display settings stored in a temporary ini file."""
    return DisplaySettings(QSettings(str(settings_path), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, translations: Translations, settings: DisplaySettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window, shown, in French, with temporary settings; deleted afterwards."""
    win = MainWindow(settings)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
