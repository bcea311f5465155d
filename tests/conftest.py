"""Shared fixtures. Qt runs offscreen; settings go to a temporary folder, never the user's;
no test may open a network socket (the app works offline and sends nothing anywhere)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from neph_gui.app import create_application
from neph_gui.i18n import Translations
from neph_gui.settings import DisplaySettings
from neph_gui.ui.window.main_window import MainWindow

# Hypothesis: a few hundred examples per property in the normal run; `make fuzz` selects the
# "fuzz" profile (NEPH_GUI_HYPOTHESIS=fuzz) with 100 000 (NEPH_GUI_FUZZ_EXAMPLES) each.
hypothesis_settings.register_profile("default", max_examples=300)
hypothesis_settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("NEPH_GUI_FUZZ_EXAMPLES", "100000")),
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
hypothesis_settings.load_profile(os.environ.get("NEPH_GUI_HYPOTHESIS", "default"))


class NetworkBlockedError(AssertionError):
    """Raised by the socket guard. Not an OSError, so no `except OSError` can swallow it."""


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every test runs with sockets forbidden; an attempt fails the test even if caught.

    Subprocesses are unaffected (the guard lives in this process only).
    """
    attempts: list[str] = []

    def refuse(what: str) -> NoReturn:
        attempts.append(what)
        raise NetworkBlockedError(f"a test tried to open a network socket: {what}")

    class GuardedSocket(socket.socket):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            refuse(f"socket.socket{args}")

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> NoReturn:
        refuse(f"socket.create_connection({address!r})")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    yield attempts
    if attempts:
        pytest.fail(f"network access attempted (and refused): {attempts}", pytrace=False)


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
    """The main window on its first tab (the question screen has tests of its own), shown,
    in French, with temporary settings; deleted afterwards."""
    win = MainWindow(settings, start_tab=0)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
