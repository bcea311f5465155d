"""What the window does for a tab's buttons: open the site, print, read aloud."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from neph_gui.licence import EraSpec
from neph_gui.private_files import PRIVATE, open_private_file
from neph_gui.site import OfficialSite, open_official_site
from neph_gui.texts import drawing_texts, messages
from neph_gui.ui.window.dialog_keeper import DialogKeeper

if TYPE_CHECKING:
    from neph_gui.speech import SpeechEngine
    from neph_gui.ui.dialogs.site_dialog import SiteAddressDialog
    from neph_gui.ui.tab.era_tab import EraTab

# Presses of a site button ignored after one opened the browser (a double click, or an
# impatient second press while the browser starts).
SITE_REPEAT_MS = 2000


class SiteOpener(QObject):
    """Opens an official site; if no browser opens, shows its address in large print.

    One browser launch per deliberate press: a double click, or presses while the
    browser takes its time to appear, are ignored for SITE_REPEAT_MS, and the button
    says meanwhile that the site is opening."""

    def __init__(self, window: QWidget, dialogs: DialogKeeper) -> None:
        super().__init__(window)
        self._window = window
        self._dialogs = dialogs
        self._opened: dict[OfficialSite, QElapsedTimer] = {}
        self._buttons: dict[OfficialSite, tuple[QPushButton, Callable[[], None]]] = {}
        self.dialog: SiteAddressDialog | None = None

    def set_button(
        self, site: OfficialSite, button: QPushButton, restore: Callable[[], None]
    ) -> None:
        """``button`` opens ``site``; ``restore`` puts its words back afterwards."""
        self._buttons[site] = (button, restore)

    def open(self, site: OfficialSite) -> bool:
        """Open ``site`` in the browser (False: the address dialog is shown instead)."""
        last = self._opened.get(site)
        if last is not None and not last.hasExpired(SITE_REPEAT_MS):
            return True
        if open_official_site(site):
            self._opened[site] = QElapsedTimer()
            self._opened[site].start()
            self._show_opening(site)
            return True
        from neph_gui.ui.dialogs.site_dialog import SiteAddressDialog

        self.dialog = SiteAddressDialog(site, self._window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs.open(self.dialog)
        return False

    def _show_opening(self, site: OfficialSite) -> None:
        if site not in self._buttons:
            return
        button, restore = self._buttons[site]
        button.setText(self.tr("Ouverture du site…"))
        # Precise: a coarse timer may fire a little early, and the button would look ready
        # while a press is still ignored.
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(restore)
        timer.timeout.connect(timer.deleteLater)
        timer.start(SITE_REPEAT_MS)


def print_tab(window: QWidget, tab: EraTab, dialogs: DialogKeeper) -> None:
    """ "Imprimer la fiche": the print dialog (printer choice, or a PDF file), then the
    slip with the number, or, with none complete, the sheet (drawing, where, steps)."""
    result = tab.result()
    drawing = None if result.complete else sheet_drawing(tab.spec)
    # Loaded on first use: Qt's print support is not needed to show the window.
    from PySide6.QtPrintSupport import QPrintDialog

    from neph_gui.printing import new_printer, print_slip

    printer = new_printer()
    dialog = QPrintDialog(printer, window)
    dialog.setObjectName("print_dialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    visit = dialogs.visit

    def on_finished(code: int) -> None:
        # Never the previous person's slip, if a reset came while the dialog was open.
        if code == QDialog.DialogCode.Accepted and visit == dialogs.visit:
            print_slip(printer, tab.spec, result if result.complete else None, drawing)
            written = printer.outputFileName()
            if PRIVATE.holds(written):
                open_private_file(written)  # to see it, or print it from the viewer

    dialog.finished.connect(on_finished)
    dialogs.open(dialog)


def read_tab(tab: EraTab, speech: SpeechEngine | None) -> None:
    """ "Lire à voix haute": the whole number, one character at a time."""
    result = tab.result()
    if speech is None or not result.complete:
        return
    from neph_gui.speech import current_language, spoken_result

    labels = [messages.box_label(box.box) for box in result.boxes]
    speech.say(spoken_result(result.website_parts, labels), current_language())


def sheet_drawing(spec: EraSpec) -> QImage:
    """The era's licence drawing for the printed sheet: black on white, with its words."""
    from neph_gui.ui.tab.drawing_view import DrawingView

    view = DrawingView(spec.licence_drawing)
    view.set_labels(drawing_texts.licence_labels(spec))
    width = 1240  # 16 cm at about 200 dpi
    image = view.render_image(QSize(width, round(width * view.drawing.aspect)))
    view.deleteLater()
    return image
