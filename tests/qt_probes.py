"""Small Qt probes shared by the tests, the UI fuzzer and the benchmarks: Qt's warnings
recorded, addresses the app asks to open caught, events counted. No pytest here: the
benchmarks import it too (benchmarks/__init__.py puts this folder on the path)."""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    QtMsgType,
    QUrl,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices

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


class EventCounter(QObject):
    """Counts the events of one type that the widgets it filters receive (also used by
    tests)."""

    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind = kind
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == self.kind:
            self.count += 1
        return False


class PaintCounter(EventCounter):
    """Counts the paint events of the widgets it filters."""

    def __init__(self) -> None:
        super().__init__(QEvent.Type.Paint)
