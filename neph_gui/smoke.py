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

import importlib
import importlib.util
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
    QLibraryInfo,
    QMessageLogContext,
    QSettings,
    QSize,
    Qt,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QFontDatabase, QIcon, QImage, QImageReader, QKeyEvent, QPainter
from PySide6.QtWidgets import QApplication, QLineEdit

from neph_gui.optional import (
    NETWORK_MODULE,
    PRINT_MODULE,
    SPEECH_MODULE,
    unavailable,
    under_wine,
)

if TYPE_CHECKING:
    from neph_gui.ui.window.main_window import MainWindow

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


class SmokeCheckError(Exception):
    """One check failed; the message says which and why."""


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


def _distinct_colours(image: QImage, limit: int = 3) -> int:
    """How many distinct pixel values the image has, counting up to ``limit``."""
    seen: set[int] = set()
    step_x = max(1, image.width() // 97)
    step_y = max(1, image.height() // 89)
    for y in range(0, image.height(), step_y):
        for x in range(0, image.width(), step_x):
            seen.add(image.pixel(x, y))
            if len(seen) >= limit:
                return len(seen)
    return len(seen)


def _check(report: SmokeReport, what: str, check: Callable[..., None], *args: Any) -> None:
    try:
        check(*args)
    except SmokeCheckError as exc:
        report.fail(f"{what}: {exc}")
    except Exception:  # the reason for any crash is what we want to see
        report.fail(f"{what}: Python exception:\n{traceback.format_exc()}")
    else:
        report.ok(what)


def _render_svg(name: str) -> None:
    from PySide6.QtSvg import QSvgRenderer

    from neph_gui.resources import resource_path

    renderer = QSvgRenderer(resource_path(name))
    if not renderer.isValid():
        raise SmokeCheckError("QSvgRenderer cannot read it")
    size = renderer.defaultSize()
    if size.isEmpty():
        raise SmokeCheckError("it has no size")
    size.scale(480, 480, Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if _distinct_colours(image) < 2:
        raise SmokeCheckError("it renders as a blank image")


def _check_fonts() -> None:
    from neph_gui.fonts import MONO_FAMILY, UI_FAMILY, load_fonts

    families = load_fonts()
    if not families.bundled:
        raise SmokeCheckError("the bundled fonts were not loaded")
    missing = {UI_FAMILY, MONO_FAMILY} - set(QFontDatabase.families())
    if missing:
        raise SmokeCheckError(f"font families not registered: {sorted(missing)}")


def _check_translation_files(language: str) -> None:
    from neph_gui.resources import resource_path

    ours = QTranslator()
    if not ours.load(resource_path(f"translations/neph_gui_{language}.qm")):
        raise SmokeCheckError(f"neph_gui_{language}.qm is not shipped")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load(f"qtbase_{language}", qt_folder):
        raise SmokeCheckError(f"Qt's qtbase_{language}.qm is not in {qt_folder}")


def _check_icon() -> None:
    from neph_gui.resources import resource_path

    app = QApplication.instance()
    icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
    pixmap = icon.pixmap(64, 64)
    if pixmap.isNull() or _distinct_colours(pixmap.toImage()) < 2:
        raise SmokeCheckError("the window icon is empty (is the SVG icon engine plugin shipped?)")
    reader = QImageReader(resource_path("icons/neph-gui.svg"))
    if reader.read().isNull():
        raise SmokeCheckError(f"an SVG cannot be read as an image: {reader.errorString()}")


def _check_drawings(window: MainWindow, tab_number: int) -> None:
    """Every drawing of the tab paints something (with the typed text on the website's)."""
    views = window.era_tabs[tab_number - 1].drawings.views()
    if not views:
        raise SmokeCheckError("the tab has no drawing")
    for view in views:
        width = 360
        image = view.render_image(QSize(width, max(1, round(width * view.drawing.aspect))))
        if _distinct_colours(image) < 3:
            raise SmokeCheckError(f"{view.name} paints blank")


def _check_print_slip(spec: Any, result: Any) -> None:
    """The large-print slip lays out as a PDF (in memory: nothing is written to disk)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    from neph_gui.printing import new_printer, slip_document

    printer = new_printer()  # loads QtPrintSupport and its platform plugin
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(printer.pageLayout())
    slip_document(spec, result).print_(writer)
    del writer
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF") or len(data) < 2000:
        raise SmokeCheckError(f"the slip gave {len(data)} bytes, not a PDF")


def _check_lazy_module(name: str, has_plugins: Callable[[Any], bool] | None) -> None:
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        raise SmokeCheckError(f"cannot import it ({exc})") from exc
    if has_plugins is not None and not has_plugins(module):
        raise SmokeCheckError("none of its plugins were found")


def _missing_system_library(name: str) -> str | None:
    """Why an optional module that was shipped cannot load here (None: it loads, or it
    was not shipped at all, which its module check reports as a failure)."""
    if importlib.util.find_spec(name) is None:
        return None
    return unavailable(name)


def _run_checks(report: SmokeReport, settings_file: Path) -> None:
    from neph_gui.app import create_application
    from neph_gui.i18n import DEFAULT_LANGUAGE, Translations, available_languages
    from neph_gui.resources import list_dir
    from neph_gui.settings import DisplaySettings
    from neph_gui.ui.window.main_window import MainWindow

    create_application(sys.argv[:1])
    _check(report, "bundled fonts", _check_fonts)
    languages = available_languages()
    for language in languages:
        _check(report, f"translations {language}", _check_translation_files, language)
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
    _check(report, "app icon", _check_icon)

    for tab_number, typed, expected in HANDOUT_EXAMPLES:

        def type_example(
            tab_number: int = tab_number,
            typed: tuple[tuple[str, str], ...] = typed,
            expected: tuple[str, ...] = expected,
        ) -> None:
            window.show_tab(tab_number - 1)
            _process_events()
            tab = window.current_tab()
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
            if _distinct_colours(window.grab().toImage()) < 3:
                raise SmokeCheckError("the window renders blank")

        _check(report, f"tab {tab_number}: handout example typed and shown", type_example)
        _check(report, f"tab {tab_number}: drawings painted", _check_drawings, window, tab_number)
        tab = window.era_tabs[tab_number - 1]
        if tab.result().complete and printing:
            _check(
                report, f"tab {tab_number}: print slip", _check_print_slip, tab.spec, tab.result()
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
            _check(report, f"drawing {name}", _render_svg, f"drawings/{name}")

    for name, has_plugins in LAZY_QT_MODULES:
        missing_library = name in OPTIONAL_PARTS and _missing_system_library(name)
        if missing_library:
            report.ok(f"{OPTIONAL_PARTS[name]} : indisponible ({missing_library})")
        else:
            _check(report, f"module {name}", _check_lazy_module, name, has_plugins)

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
