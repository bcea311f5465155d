"""``neph-gui --smoke-test``: a quick end-to-end check of an installed or frozen app.

It opens the real window (offscreen when there is no screen), visits the three tabs,
types each handout example key by key into the real boxes, checks what the window
shows, renders every drawing and the icons, loads the bundled fonts and every
translation (ours and Qt's own), imports the Qt modules the app loads later (printing,
speech, network state), then exits 0 — or exits 1 with the reasons on stderr. While it
runs, any Qt warning is a failure. It is used on the PyInstaller build
(``tests/test_dist.py``, the Windows workflow) to catch a missing library, plugin or
resource before a person does.

Nothing is written anywhere except, if asked, the report file; the display settings
live in a temporary folder for the duration of the check.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEvent,
    QMessageLogContext,
    QSettings,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from neph_gui import smoke_checks as checks
from neph_gui.optional import (
    NETWORK_MODULE,
    PRINT_MODULE,
    SPEECH_MODULE,
    unavailable,
    under_wine,
)
from neph_gui.smoke_checks import SmokeCheckError

if TYPE_CHECKING:
    pass

# What a person types (from the handout) and what the window must then show to type on
# the website. Written out here, not read from the era table, so a wrong table fails.
HANDOUT_EXAMPLES: tuple[tuple[int, tuple[tuple[str, str], ...], tuple[str, ...]], ...] = (
    (1, (("number", "051227308989"),), ("051227308989",)),
    (2, (("top_line", "K45293"), ("bottom_first", "64"), ("bottom_second", "87")),
     ("K45293", "64", "87")),
    (3, (("number", "822 114"), ("year", "68"), ("department", "19")), ("822114", "68", "19")),
)  # fmt: skip

# Qt modules the app imports only when a feature is used (print, read aloud, network
# state): a frozen build must still contain them. Each with a check that its plugins
# were shipped too (None: no plugin to look for).
LAZY_QT_MODULES: tuple[tuple[str, Callable[[Any], bool] | None], ...] = (
    ("PySide6.QtSvg", None),
    (PRINT_MODULE, None),
    (NETWORK_MODULE, lambda m: bool(m.QNetworkInformation.availableBackends())),
    # An engine other than Qt's test engine "mock" (speechd, sapi, winrt, darwin).
    (SPEECH_MODULE, lambda m: bool(set(m.QTextToSpeech.availableEngines()) - {"mock"})),
)

# The optional parts (neph_gui.optional), by module: when the module is shipped but a
# system library it needs is missing, the app leaves the part out, and so does this test.
OPTIONAL_PARTS = {
    SPEECH_MODULE: "lecture à voix haute",
    NETWORK_MODULE: "état du réseau",
    PRINT_MODULE: "impression",
}

# Messages of Qt's offscreen test platform itself, not of the app (as in pyproject.toml).
_PLATFORM_NOISE = ("This plugin does not support propagateSizeHints()",)
# Under Wine (where the Windows build is tested), Qt's windows platform reports the DPI
# functions Wine 8 lacks; real Windows 10 and later have them.
_WINE_NOISE = (
    "QtWindows::DpiAwareness::PerMonitorVersion2 is not supported by current system.",
    "EnableNonClientDpiScaling() failed for HWND",
)


def _is_noise(message: str) -> bool:
    return message in _PLATFORM_NOISE or (
        under_wine() and any(message.startswith(noise) for noise in _WINE_NOISE)
    )


@dataclass
class SmokeReport:
    """What the smoke test did and what went wrong."""

    checks: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def ok(self, what: str) -> None:
        self.checks.append(what)

    def fail(self, reason: str) -> None:
        self.failures.append(reason)

    def text(self) -> str:
        if self.failures:
            lines = [f"neph-gui smoke test FAILED ({len(self.failures)} problem(s)):"]
            lines += [f"  - {reason}" for reason in self.failures]
            lines.append(f"({len(self.checks)} other checks passed)")
        else:
            lines = [f"neph-gui smoke test passed ({len(self.checks)} checks):"]
            lines += [f"  ok {what}" for what in self.checks]
        return "\n".join(lines) + "\n"


@contextmanager
def _qt_messages_fail(report: SmokeReport) -> Iterator[None]:
    """Turn every Qt warning (or worse) and every uncaught Python exception into a failure."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) or _is_noise(message):
            return
        category = f"{context.category}: " if context.category not in ("", "default") else ""
        report.fail(f"Qt {kind.name.removeprefix('Qt').removesuffix('Msg').lower()}: "
                    f"{category}{message}")  # fmt: skip

    def excepthook(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        report.fail("Python exception:\n" + "".join(traceback.format_exception(kind, value, tb)))

    previous_hook = sys.excepthook
    previous_handler = qInstallMessageHandler(handler)
    sys.excepthook = excepthook
    try:
        yield
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)


def _process_events(milliseconds: int = 0) -> None:
    deadline = QDeadlineTimer(milliseconds)
    while True:
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if deadline.hasExpired():
            return


def _type_text(edit: QLineEdit, text: str) -> None:
    """Type ``text`` key by key into ``edit``, as a keyboard would, then press Enter."""
    edit.setFocus(Qt.FocusReason.OtherFocusReason)
    for char in text:
        code = ord(char.upper()) if char.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                edit, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char)
            )
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            edit, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        )
    _process_events()


def _check(report: SmokeReport, what: str, check: Callable[..., None], *args: Any) -> None:
    try:
        check(*args)
    except SmokeCheckError as exc:
        report.fail(f"{what}: {exc}")
    except Exception:  # the reason for any crash is what we want to see
        report.fail(f"{what}: Python exception:\n{traceback.format_exc()}")
    else:
        report.ok(what)


def _run_checks(report: SmokeReport, settings_file: Path) -> None:
    from neph_gui.app import create_application
    from neph_gui.i18n import DEFAULT_LANGUAGE, Translations, available_languages
    from neph_gui.resources import list_dir
    from neph_gui.settings import DisplaySettings
    from neph_gui.ui.window.main_window import MainWindow

    create_application(sys.argv[:1])
    _check(report, "bundled fonts", checks.check_fonts)
    languages = available_languages()
    for language in languages:
        _check(report, f"translations {language}", checks.check_translation_files, language)
    translations = Translations()
    translations.set_language(DEFAULT_LANGUAGE)

    from neph_gui.optional import can_print, load_network_watch

    # As main() does, but the speech object is not asked to load a real engine (the
    # system's speech service may take seconds to answer); that the engine plugins were
    # shipped is checked below (module PySide6.QtTextToSpeech).
    speech = None
    if unavailable(SPEECH_MODULE) is None:
        from neph_gui.speech import QtSpeech

        speech = QtSpeech(engines=[])
    printing = can_print()
    settings = DisplaySettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(settings, speech=speech, network=load_network_watch())
    window.set_can_print(printing)
    window.show()

    def exposed() -> None:
        handle = window.windowHandle()
        deadline = QDeadlineTimer(10_000)
        while handle is None or not handle.isExposed():
            if deadline.hasExpired():
                raise SmokeCheckError("the window did not appear within 10 s")
            _process_events(20)
            handle = window.windowHandle()

    _check(report, "window shown", exposed)
    _check(report, "app icon", checks.check_icon)
    _check(
        report,
        "question screen: pictures painted, a choice opens its tab",
        checks.check_question_screen,
        window,
    )

    for tab_number, typed, expected in HANDOUT_EXAMPLES:

        def type_example(
            tab_number: int = tab_number,
            typed: tuple[tuple[str, str], ...] = typed,
            expected: tuple[str, ...] = expected,
        ) -> None:
            window.show_tab(tab_number - 1)
            _process_events()
            tab = window.tabs.current_tab()
            if window.tabs.currentIndex() != tab_number - 1:
                raise SmokeCheckError("the tab did not come forward")
            for key, text in typed:
                _type_text(tab.entry(key).edit, text)
            for key, text in typed:
                entry = tab.entry(key)
                if entry.text() != text:
                    raise SmokeCheckError(f"box {key} holds {entry.text()!r}, typed {text!r}")
                if not entry.result().complete:
                    raise SmokeCheckError(f"box {key} says {entry.status.text()!r}")
            shown = tab.result_panel.values()
            if not tab.result().complete or shown != expected:
                raise SmokeCheckError(f"the result shows {shown!r}, expected {expected!r}")
            if checks.distinct_colours(window.grab().toImage()) < 3:
                raise SmokeCheckError("the window renders blank")

        _check(report, f"tab {tab_number}: handout example typed and shown", type_example)
        _check(
            report, f"tab {tab_number}: drawings painted", checks.check_drawings, window, tab_number
        )
        tab = window.tabs.era_tabs[tab_number - 1]
        if tab.result().complete and printing:
            _check(
                report,
                f"tab {tab_number}: print slip",
                checks.check_print_slip,
                tab.spec,
                tab.result(),
            )

    for language in languages:
        if language == DEFAULT_LANGUAGE:
            continue

        def switch(language: str = language) -> None:
            french_title = window.windowTitle()
            translations.set_language(language)
            _process_events()
            switched = window.windowTitle()
            translations.set_language(DEFAULT_LANGUAGE)
            _process_events()
            if switched == french_title:
                raise SmokeCheckError("the window title did not change")

        _check(report, f"switch to {language} and back", switch)

    for name in list_dir("drawings"):
        if name.endswith(".svg"):
            _check(report, f"drawing {name}", checks.render_svg, f"drawings/{name}")

    for name, has_plugins in LAZY_QT_MODULES:
        missing_library = name in OPTIONAL_PARTS and checks.missing_system_library(name)
        if missing_library:
            report.ok(f"{OPTIONAL_PARTS[name]} : indisponible ({missing_library})")
        else:
            _check(report, f"module {name}", checks.check_lazy_module, name, has_plugins)

    window.close()
    window.deleteLater()
    if speech is not None:
        speech.shutdown()
    _process_events()


def _stderr() -> TextIO | None:
    """Where to write the reasons; a windowed Windows exe has no sys.stderr."""
    if sys.stderr is not None:
        return sys.stderr
    try:
        return open(2, "w", encoding="utf-8", closefd=False)
    except OSError:
        return None


def run_smoke_test(report_file: str | None = None) -> int:
    """Run every check; 0 when all passed, else 1 (reasons on stderr and in the report)."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen: still check everything
    report = SmokeReport()
    with tempfile.TemporaryDirectory(prefix="neph-gui-smoke-") as folder:
        settings_file = Path(folder) / "settings.ini"
        with _qt_messages_fail(report):
            try:
                _run_checks(report, settings_file)
            except Exception:
                report.fail("Python exception:\n" + traceback.format_exc())
    if not report.checks and not report.failures:  # pragma: no cover - defensive
        report.fail("no check ran")
    text = report.text()
    if report_file:
        Path(report_file).write_text(text, encoding="utf-8")
    if report.failures:
        err = _stderr()
        if err is not None:
            err.write(text)
            err.flush()
        return 1
    if sys.stdout is not None:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0
