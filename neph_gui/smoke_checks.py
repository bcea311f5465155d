"""The checks of ``neph-gui --smoke-test`` (neph_gui/smoke.py runs them): each raises
SmokeCheckError with the reason when something a person needs is missing or blank."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLibraryInfo, QSize, Qt, QTranslator
from PySide6.QtGui import QColor, QFontDatabase, QIcon, QImage, QImageReader, QPainter
from PySide6.QtWidgets import QApplication

from neph_gui.optional import unavailable

if TYPE_CHECKING:
    from neph_gui.ui.window.main_window import MainWindow


class SmokeCheckError(Exception):
    """A check failed; the message says what a person would miss."""


def distinct_colours(image: QImage, limit: int = 3) -> int:
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


def render_svg(name: str) -> None:
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
    if distinct_colours(image) < 2:
        raise SmokeCheckError("it renders as a blank image")


def check_fonts() -> None:
    from neph_gui.fonts import MONO_FAMILY, UI_FAMILY, load_fonts

    families = load_fonts()
    if not families.bundled:
        raise SmokeCheckError("the bundled fonts were not loaded")
    missing = {UI_FAMILY, MONO_FAMILY} - set(QFontDatabase.families())
    if missing:
        raise SmokeCheckError(f"font families not registered: {sorted(missing)}")


def check_translation_files(language: str) -> None:
    from neph_gui.resources import resource_path

    ours = QTranslator()
    if not ours.load(resource_path(f"translations/neph_gui_{language}.qm")):
        raise SmokeCheckError(f"neph_gui_{language}.qm is not shipped")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load(f"qtbase_{language}", qt_folder):
        raise SmokeCheckError(f"Qt's qtbase_{language}.qm is not in {qt_folder}")


def check_icon() -> None:
    from neph_gui.resources import resource_path

    app = QApplication.instance()
    icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
    pixmap = icon.pixmap(64, 64)
    if pixmap.isNull() or distinct_colours(pixmap.toImage()) < 2:
        raise SmokeCheckError("the window icon is empty (is the SVG icon engine plugin shipped?)")
    reader = QImageReader(resource_path("icons/neph-gui.svg"))
    if reader.read().isNull():
        raise SmokeCheckError(f"an SVG cannot be read as an image: {reader.errorString()}")


def check_drawings(window: MainWindow, tab_number: int) -> None:
    """Every drawing of the tab paints something (with the typed text on the website's)."""
    views = window.tabs.era_tabs[tab_number - 1].drawings.views()
    if not views:
        raise SmokeCheckError("the tab has no drawing")
    for view in views:
        width = 360
        image = view.render_image(QSize(width, max(1, round(width * view.drawing.aspect))))
        if distinct_colours(image) < 3:
            raise SmokeCheckError(f"{view.name} paints blank")


def check_print_slip(spec: Any, result: Any) -> None:
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


def check_lazy_module(name: str, has_plugins: Callable[[Any], bool] | None) -> None:
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        raise SmokeCheckError(f"cannot import it ({exc})") from exc
    if has_plugins is not None and not has_plugins(module):
        raise SmokeCheckError("none of its plugins were found")


def missing_system_library(name: str) -> str | None:
    """Why an optional module that was shipped cannot load here (None: it loads, or it
    was not shipped at all, which its module check reports as a failure)."""
    if importlib.util.find_spec(name) is None:
        return None
    return unavailable(name)


def check_question_screen(window: MainWindow) -> None:
    """The window opens on "Quel permis avez-vous ?"; its pictures paint; the first
    choice opens tab 1."""
    question = window.question
    if window.pages.currentWidget() is not question:
        raise SmokeCheckError("the window did not open on the question screen")
    buttons = question.answer_buttons()
    if len(buttons) < 4:
        raise SmokeCheckError(f"the question shows {len(buttons)} choices, not 4")
    if distinct_colours(buttons[0].grab().toImage()) < 3:
        raise SmokeCheckError("the first picture paints blank")
    buttons[0].click()
    if window.pages.currentWidget() is not window.tabs or window.tabs.currentIndex() != 0:
        raise SmokeCheckError("the first choice did not open tab 1")
