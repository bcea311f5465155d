"""The main window: three era tabs, the site button, and the bars around them."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLayout,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neph_gui.admin import idle_reset_disabled
from neph_gui.clipboard import ClipboardKeeper
from neph_gui.first_frame import after_first_frame
from neph_gui.fonts import load_fonts
from neph_gui.i18n import Translations
from neph_gui.idle import IdleWatcher
from neph_gui.licence import ERAS, Era, EraSpec
from neph_gui.private_files import PRIVATE, open_private_file
from neph_gui.settings import MAX_TEXT_SCALE, MIN_TEXT_SCALE, TEXT_SCALE_STEP, DisplaySettings
from neph_gui.site import OfficialSite, open_official_site
from neph_gui.texts import messages
from neph_gui.theme import palette_for
from neph_gui.ui.dialogs.closing import alive, close_dialogs
from neph_gui.ui.tab.era_tab import EraTab
from neph_gui.ui.widgets import appearance
from neph_gui.ui.widgets.accessibility import announce
from neph_gui.ui.widgets.flow_layout import FlowLayout
from neph_gui.ui.widgets.scroll_area import VerticalScrollArea
from neph_gui.ui.widgets.status_line import StatusLine
from neph_gui.ui.widgets.tab_widget import WrappingTabWidget
from neph_gui.ui.widgets.wrap_button import WrapButton
from neph_gui.ui.widgets.wrapped_label import WrappedLabel
from neph_gui.ui.window.display_controls import ContrastToggle, HelpButton, TextSizeControl
from neph_gui.ui.window.idle_banner import IdleBanner
from neph_gui.ui.window.language_selector import LanguageSelector, language_label
from neph_gui.ui.window.steps_panel import StepsPanel

# Not needed to show the window: dialogs, speech and the network watch are imported when
# first used (see the functions below), so start-up does not pay for them.
if TYPE_CHECKING:
    from neph_gui.network import NetworkWatch
    from neph_gui.speech import SpeechEngine
    from neph_gui.ui.dialogs.help_dialog import HelpDialog
    from neph_gui.ui.dialogs.site_dialog import SiteAddressDialog

MINUTE_MS = 60_000

# Below this width (in device-independent pixels) the steps start folded, unless the
# agent chose otherwise once: the tabs need the room.
STEPS_OPEN_MIN_WIDTH = 1100

# Keys for a larger text: "Ctrl++" on most layouts, "Ctrl+=" where + needs Shift (US,
# UK), the keypad's plus. Duplicates are dropped (two identical keys would be ambiguous).
_LARGER_KEYS = ("Ctrl++", "Ctrl+=", "Ctrl+Shift+=", "Ctrl+Shift++")
_SMALLER_KEYS = ("Ctrl+-", "Ctrl+Shift+-", "Ctrl+_")
_RESET_KEYS = ("Ctrl+0",)


# Presses of a site button ignored after one opened the browser (a double click, or an
# impatient second press while the browser starts).
SITE_REPEAT_MS = 2000


class MainWindow(QMainWindow):
    """The whole app. Children are created here; each knows only its own job."""

    reset_done = Signal()

    def __init__(
        self,
        settings: DisplaySettings | None = None,
        parent: QWidget | None = None,
        *,
        speech: SpeechEngine | None = None,
        network: NetworkWatch | None = None,
        start_tab: int = 0,
    ):
        super().__init__(parent)
        # Speech and network status come from outside (main() passes the real ones),
        # so tests and start-up never wait on a speech engine or a network backend.
        self.speech = speech
        self.network = network
        self._can_print = True  # Qt's print support may be missing (set_can_print)
        self._visit = 0  # counts the resets: a dialog opened for one visitor stays theirs
        self._site_opened: dict[OfficialSite, QElapsedTimer] = {}
        self.setObjectName("main_window")
        self.settings = settings if settings is not None else DisplaySettings()
        self.clipboard = ClipboardKeeper()
        self.fonts = load_fonts()
        self._text_scale = self.settings.text_scale
        # Theme and text size go on the application before any widget exists: each widget
        # is then styled once, when first shown, instead of built and then restyled
        # (apply_display() at the end finds them already in place).
        appearance.set_families(self.fonts.ui, self.fonts.mono)
        appearance.apply_theme(palette_for(self.settings.high_contrast))
        appearance.apply_text_scale(self._text_scale)
        # The text size is written to disk a moment after the last change, so that A+ / A−
        # never wait for the disk (and a quick series of presses writes once).
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(1000)
        self._save_timer.timeout.connect(self.save_display)
        self._scale_unsaved = False
        self._site_dialog: SiteAddressDialog | None = None
        # Every dialog we open, so "Nouvelle personne" can close what is still open.
        self._dialogs: list[QDialog] = []

        # Everything sits in one page that scrolls only as a last resort: when even the
        # smallest layout does not fit the window (a tiny screen at a large zoom). Then
        # nothing overlaps; normally the page is exactly the window and never scrolls.
        central = _WindowPage()
        central.setObjectName("window_page")
        self.window_scroll = _WindowScroll(self)
        self.window_scroll.setObjectName("window_scroll")
        self.window_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its contents take focus
        self.window_scroll.setWidget(central)
        self.setCentralWidget(self.window_scroll)

        self.title = WrappedLabel(central)
        self.title.setObjectName("window_title")
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        # Top: the title, then the agent's actions (new person, which tab…) and the
        # display controls (language, text size, contrast, help), each in its own bar.
        # All three are flow layouts: when the text is large or the screen small, controls
        # move to a new row instead of being cut off. Add widgets in reading order with
        # addWidget(); they are reached by Tab in that order, before the tabs.
        self.actions_box = QWidget(central)
        self.actions_box.setObjectName("actions_box")
        self.actions_bar = FlowLayout(self.actions_box)
        self.display_box = QWidget(central)
        self.display_box.setObjectName("display_box")
        self.display_bar = FlowLayout(self.display_box)
        self.top_bar = FlowLayout(spacing=24, row_spacing=8)
        self.top_bar.addWidget(self.title)
        self.top_bar.addWidget(self.actions_box)

        self.new_person_button = QPushButton(self.actions_box)
        self.new_person_button.setObjectName("new_person_button")
        self.new_person_button.clicked.connect(self.on_new_person)
        self.actions_bar.addWidget(self.new_person_button)
        # Wraps onto two lines only when the row is short of room (large text).
        self.guide_button = WrapButton(parent=self.actions_box)
        self.guide_button.setObjectName("guide_button")
        self.guide_button.clicked.connect(self.on_guide)
        self.actions_bar.addWidget(self.guide_button)
        self.settings_button = QPushButton(self.actions_box)
        self.settings_button.setObjectName("settings_button")
        self.settings_button.clicked.connect(self.on_settings)
        self.actions_bar.addWidget(self.settings_button)
        self.text_size = TextSizeControl(self.display_box)
        self.text_size.scale_requested.connect(self.set_text_scale)
        self.contrast_toggle = ContrastToggle(self.display_box)
        self.contrast_toggle.setChecked(self.settings.high_contrast)
        self.contrast_toggle.toggled.connect(self.set_high_contrast)
        # The language label and its drop-down stay together on one row.
        self.language_box = QWidget(self.display_box)
        self.language_box.setObjectName("language_box")
        self.language_selector = LanguageSelector(self.language_box)
        self.language_selector.language_chosen.connect(self.on_language_chosen)
        self.language_label = language_label(self.language_selector, self.language_box)
        language_row = QHBoxLayout(self.language_box)
        language_row.setContentsMargins(0, 0, 0, 0)
        language_row.setSpacing(8)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_selector)
        self.help_button = HelpButton(self.display_box)
        self.help_button.clicked.connect(self.show_help)
        self.display_bar.addWidget(self.text_size)
        self.display_bar.addWidget(self.contrast_toggle)
        self.display_bar.addWidget(self.language_box)
        self.display_bar.addWidget(self.help_button)
        self._help_dialog: HelpDialog | None = None

        self.tabs = WrappingTabWidget(central)
        self.tabs.setObjectName("era_tabs")
        self.tabs.setDocumentMode(False)
        self.tabs.tabBar().setExpanding(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        # Only the tab on screen is built now; the others start as empty pages and are
        # built right after the first frame (or at once, when something needs them first:
        # see _tab_at). Their titles are in the tab bar from the start.
        self._era_tabs: list[EraTab | None] = [None] * len(ERAS)
        start_tab = min(max(start_tab, 0), len(ERAS) - 1)
        for index in range(len(ERAS)):
            if index == start_tab:
                self.tabs.addTab(self._new_era_tab(index), "")
            else:
                self.tabs.addTab(QWidget(self.tabs), "")
        self.tabs.setCurrentIndex(start_tab)
        self.tabs.currentChanged.connect(self._tab_at)
        self.tabs.currentChanged.connect(lambda _index: self._mark_next_step())

        self.site_button = WrapButton(parent=central)
        self.site_button.setObjectName("site_button")
        self.site_button.setProperty("role", "primary")
        self.site_button.setProperty("waiting", True)  # filled once a number is complete
        self.site_button.clicked.connect(lambda: self.open_site(OfficialSite.ANTS))
        # Bottom: the site button, the offline note when there is one, and at the default
        # text size the display controls (see _place_display_controls).
        self.offline_note = StatusLine(central)
        self.offline_note.setObjectName("offline_note")
        self.offline_note.hide()
        self.bottom_bar = FlowLayout(spacing=16, row_spacing=8)
        self.bottom_bar.addWidget(self.site_button)
        self.bottom_bar.addWidget(self.offline_note)

        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(8)
        # Middle: the tabs, and beside them a side panel (the steps on the website).
        # The tabs shrink and scroll inside: the body asks for its minimum height only, not
        # for the height its wrapped texts would like (see _Flexible).
        self.body_box = _Flexible(central)
        self.body_box.setObjectName("body_box")
        self.body = QHBoxLayout(self.body_box)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(12)
        self.body.addWidget(self.tabs, 1)
        self.steps_panel = StepsPanel(central)
        self.steps_panel.site_requested.connect(self.open_site)
        self.body.addWidget(self.steps_panel)
        # Announces the automatic reset, between the top bar and the tabs.
        self.idle_banner = IdleBanner(central)
        layout.addLayout(self.top_bar)
        layout.addWidget(self.idle_banner)
        layout.addWidget(self.body_box, 1)
        layout.addLayout(self.bottom_bar)

        for index in range(len(ERAS)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.show_tab(i))
        self._add_shortcut(_LARGER_KEYS, lambda: self.set_text_scale(self._scale_step(+1)))
        self._add_shortcut(_SMALLER_KEYS, lambda: self.set_text_scale(self._scale_step(-1)))
        self._add_shortcut(_RESET_KEYS, lambda: self.set_text_scale(MIN_TEXT_SCALE))
        self._add_shortcut(
            (QKeySequence(QKeySequence.StandardKey.HelpContents).toString(), "F1"), self.show_help
        )
        self._add_shortcut(("Ctrl+N",), self.on_new_person)

        self.apply_display()
        self.retranslate()
        self._fit_to_screen()
        self._set_steps_open(self._initial_steps_open())
        self.steps_panel.open_changed.connect(self.on_steps_open_changed)
        self.order_focus_chain()

        self.idle = IdleWatcher(self._idle_ms(), parent=self)
        self.idle.warning_started.connect(self.on_idle_warning)
        self.idle.countdown.connect(self.idle_banner.set_seconds)
        self.idle.cancelled.connect(self.idle_banner.hide)
        self.idle.timed_out.connect(self.on_idle_timeout)
        self.idle_banner.still_here.connect(self.idle.restart)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.on_application_state)
        # Inputs count from the first frame on (no one can touch the window before).
        self.idle.hold()
        after_first_frame(self, self.idle.resume)

        self.speech = None
        self.network = None
        self.attach_services(speech, network)
        after_first_frame(self, self._build_next_tab)

    def attach_services(
        self, speech: SpeechEngine | None = None, network: NetworkWatch | None = None
    ) -> None:
        """Use this speech engine and network watch (main() attaches them once the window
        is on screen, so that starting them never delays the first frame)."""
        if speech is not None and self.speech is None:
            self.speech = speech
            self.speech.when_ready(self._update_read_buttons)
        if network is not None and self.network is None:
            self.network = network
            self.network.offline_changed.connect(self._show_offline)
            self._show_offline(self.network.is_offline())

    # --- tabs -------------------------------------------------------------------------
    @property
    def era_tabs(self) -> list[EraTab]:
        """The three tabs, in order (builds any not built yet)."""
        return [self._tab_at(index) for index in range(len(ERAS))]

    def built_tabs(self) -> list[EraTab]:
        """The tabs built so far (a tab not built yet holds nothing to update)."""
        return [tab for tab in self._era_tabs if tab is not None]

    def _new_era_tab(self, index: int) -> EraTab:
        tab = EraTab(ERAS[index], self.tabs)
        tab.switch_requested.connect(self.on_switch_requested)
        tab.copy_requested.connect(self.on_copy_requested)
        tab.print_requested.connect(self.on_print_requested)
        tab.read_requested.connect(self.on_read_requested)
        tab.complete_changed.connect(lambda _complete: self._mark_next_step())
        self._era_tabs[index] = tab
        return tab

    def _tab_at(self, index: int) -> EraTab:
        """The tab at ``index``, built now if it was not yet."""
        tab = self._era_tabs[index]
        if tab is not None or index < 0:
            return tab  # type: ignore[return-value]  # index -1: no tab (Qt's "none")
        tab = self._new_era_tab(index)
        # What the window gave the built tabs since they were made.
        tab.set_theme(palette_for(self.settings.high_contrast))
        if self.speech is not None:
            tab.set_can_read(self.speech.can_speak(_current_language()))
        tab.set_can_print(self._can_print)
        # Put it in place of its empty page, everything else as it was.
        bar = self.tabs.tabBar()
        text, tip, name = bar.tabText(index), bar.tabToolTip(index), bar.accessibleTabName(index)
        empty = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, text)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        bar.setTabToolTip(index, tip)
        bar.setAccessibleTabName(index, name)
        # The empty page stays, hidden, until the window goes: deleting it here makes
        # PySide drop its wrappers of the bars' layout items (seen with PySide6 6.11).
        if empty is not None:
            empty.hide()
        # Made last, its boxes would come last for the Tab key (after the site button):
        # put them right after another tab, where the boxes of every tab are (only those
        # of the tab on screen are visited).
        previous: QWidget = next(t for t in self._era_tabs if t is not None and t is not tab)
        for widget in _focus_chain_of(tab):
            QWidget.setTabOrder(previous, widget)
            previous = widget
        return tab

    def _build_next_tab(self) -> None:
        """After the first frame: build the hidden tabs, one per turn of the event loop,
        so that the window answers in between."""
        for index, tab in enumerate(self._era_tabs):
            if tab is None:
                self._tab_at(index)
                QTimer.singleShot(0, self, self._build_next_tab)
                return

    def tab_for(self, era: Era) -> EraTab:
        """The tab of ``era``."""
        for index, spec in enumerate(ERAS):
            if spec.era is era:
                return self._tab_at(index)
        raise KeyError(era)

    def current_tab(self) -> EraTab:
        """The tab on screen."""
        return self._tab_at(self.tabs.currentIndex())

    def show_tab(self, index: int) -> None:
        """Bring tab ``index`` (0-based) forward and put the cursor in its first box."""
        tab = self._tab_at(index)
        self.tabs.setCurrentIndex(index)
        tab.focus_first()

    def show_era(self, era: Era, card: bool = False) -> None:
        """Bring the tab of ``era`` forward (``card``: the person holds a card licence)."""
        tab = self.tab_for(era)
        tab.show_card(card)  # the guide knows: card or pink paper
        self.show_tab(self._era_tabs.index(tab))

    def on_switch_requested(self, era: Era, text: str) -> None:
        """Wrong-tab hint: move to ``era`` carrying the typed text into its first box."""
        target = self.tab_for(era)
        self.tabs.setCurrentWidget(target)
        target.set_first_text(text)

    # --- actions ----------------------------------------------------------------------
    def open_site(self, site: OfficialSite) -> bool:
        """Open an official site; if no browser opens, show its address in large print.

        One browser launch per deliberate press: a double click, or presses while the
        browser takes its time to appear, are ignored for SITE_REPEAT_MS, and the button
        says meanwhile that the site is opening."""
        last = self._site_opened.get(site)
        if last is not None and not last.hasExpired(SITE_REPEAT_MS):
            return True
        if open_official_site(site):
            self._site_opened[site] = QElapsedTimer()
            self._site_opened[site].start()
            self._show_site_opening(site)
            return True
        from neph_gui.ui.dialogs.site_dialog import SiteAddressDialog

        self._site_dialog = SiteAddressDialog(site, self)
        self._site_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialog(self._site_dialog)
        return False

    def _show_site_opening(self, site: OfficialSite) -> None:
        if site is OfficialSite.ANTS:
            button, restore = self.site_button, self.retranslate
        else:
            button, restore = self.steps_panel.mes_points_button, self.steps_panel.retranslate
        button.setText(self.tr("Ouverture du site…"))
        # Precise: a coarse timer may fire a little early, and the button would look ready
        # while a press is still ignored.
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(restore)
        timer.timeout.connect(timer.deleteLater)
        timer.start(SITE_REPEAT_MS)

    def _mark_next_step(self) -> None:
        """One filled (primary) button, for the next step: the site button once the
        number of the tab on screen is complete; before that it looks like the others
        (same size: only its colours change)."""
        index = self.tabs.currentIndex()
        tab = self._era_tabs[index] if 0 <= index < len(self._era_tabs) else None
        waiting = tab is None or not tab.result().complete
        if self.site_button.property("waiting") != waiting:
            self.site_button.setProperty("waiting", waiting)
            self.site_button.style().unpolish(self.site_button)
            self.site_button.style().polish(self.site_button)

    def site_dialog(self) -> SiteAddressDialog | None:
        """The "type this address" dialog, while it is open."""
        return self._site_dialog

    def open_dialog(self, dialog: QDialog) -> None:
        """Open ``dialog`` window-modal (``open()``) and remember it until it closes."""
        self._dialogs = [d for d in self._dialogs if alive(d)]
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._forget_dialog(d))
        QDialog.open(dialog)  # QPrintDialog hides the plain open() behind an overload

    def open_dialogs(self) -> list[QDialog]:
        """The dialogs we opened that are still on screen."""
        return [d for d in self._dialogs if alive(d) and d.isVisible()]

    def _forget_dialog(self, dialog: QDialog) -> None:
        self._dialogs = [d for d in self._dialogs if d is not dialog and alive(d)]

    def on_guide(self) -> None:
        """ "Je ne sais pas quel onglet choisir": a few questions, then the right tab."""
        from neph_gui.ui.dialogs.tab_guide import TabGuideDialog

        dialog = TabGuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.era_chosen.connect(self.show_era)
        self.open_dialog(dialog)

    def on_settings(self) -> None:
        """ "Réglages": the idle time before the automatic reset."""
        from neph_gui.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.idle.set_durations(self._idle_ms()))
        self.open_dialog(dialog)

    def _idle_ms(self) -> int:
        """Quiet time before the automatic reset (0: turned off by the administrator)."""
        if idle_reset_disabled():
            return 0
        return self.settings.idle_minutes * MINUTE_MS

    # --- next person ------------------------------------------------------------------
    def something_typed(self) -> bool:
        """Whether any box of any tab holds text."""
        return any(entry.text() for tab in self.built_tabs() for entry in tab.entries)

    def needs_reset(self) -> bool:
        """Whether anything of the current visitor is still on screen."""
        return (
            self.something_typed()
            or any(self.steps_panel.ticked())
            or bool(self.open_dialogs())
            or self.tabs.currentIndex() != 0
        )

    def on_new_person(self) -> None:
        """ "Nouvelle personne": ask first only if something was typed."""
        if not self.something_typed():
            self.reset_for_next_person()
            return
        from neph_gui.ui.dialogs.reset_dialog import ConfirmResetDialog

        dialog = ConfirmResetDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reset_for_next_person)
        self.open_dialog(dialog)

    def reset_for_next_person(self) -> None:
        """Forget the visitor: boxes, results, ticks, our clipboard text, open dialogs.

        Display settings (text size, contrast, language, panel) stay as the agent set them.
        """
        self._visit += 1
        close_dialogs(self.open_dialogs())
        self._dialogs = []
        self._site_dialog = None
        for tab in self.built_tabs():
            tab.clear()
        self.steps_panel.clear_ticks()
        self.clipboard.clear_if_ours()
        PRIVATE.clear()
        if self.speech is not None:
            self.speech.stop()
        self.show_tab(0)
        self.reset_done.emit()

    def on_idle_warning(self, seconds: int) -> None:
        """Nobody touched the app for a while: announce the reset, if there is one to do."""
        if not self.needs_reset():
            self.idle.restart()
            return
        self.idle_banner.announce(seconds)

    def on_application_state(self, state: Qt.ApplicationState) -> None:
        """Another window active (the browser, with the person): the idle time pauses."""
        self.idle.set_away(state != Qt.ApplicationState.ApplicationActive)

    def on_idle_timeout(self) -> None:
        self.idle_banner.hide()
        self.reset_for_next_person()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.idle.stop()
        self.save_display()
        PRIVATE.remove()
        super().closeEvent(event)

    # --- steps panel ------------------------------------------------------------------
    def _initial_steps_open(self) -> bool:
        if self.settings.steps_open_chosen:
            return self.settings.steps_open
        screen = self.screen() or QGuiApplication.primaryScreen()
        # Larger text needs a wider screen for both: 1366 px at 200 % is like 683 px.
        width = screen.availableGeometry().width() * 100 // self._text_scale
        return width >= STEPS_OPEN_MIN_WIDTH

    def _set_steps_open(self, unfolded: bool) -> None:
        self.steps_panel.set_open(unfolded)
        # Unfolded it takes a share of the width; folded, only its button's width.
        self.body.setStretchFactor(self.steps_panel, 2 if unfolded else 0)
        self.body.setStretchFactor(self.tabs, 5)

    def on_steps_open_changed(self, unfolded: bool) -> None:
        self._set_steps_open(unfolded)
        self.settings.steps_open = unfolded

    def on_copy_requested(self, text: str) -> None:
        if text:
            self.clipboard.copy(text)

    def on_print_requested(self) -> None:
        """ "Imprimer la fiche": the print dialog (printer choice, or a PDF file), then the
        slip with the number, or, with none complete, the sheet (drawing, where, steps)."""
        tab = self.current_tab()
        result = tab.result()
        drawing = None if result.complete else _sheet_drawing(tab.spec)
        # Loaded on first use: Qt's print support is not needed to show the window.
        from PySide6.QtPrintSupport import QPrintDialog

        from neph_gui.printing import new_printer, print_slip

        printer = new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("print_dialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        visit = self._visit

        def on_finished(code: int) -> None:
            # Never the previous person's slip, if a reset came while the dialog was open.
            if code == QDialog.DialogCode.Accepted and visit == self._visit:
                print_slip(printer, tab.spec, result if result.complete else None, drawing)
                written = printer.outputFileName()
                if PRIVATE.holds(written):
                    open_private_file(written)  # to see it, or print it from the viewer

        dialog.finished.connect(on_finished)
        self.open_dialog(dialog)

    def on_read_requested(self) -> None:
        """ "Lire à voix haute": the result, one character at a time."""
        if self.speech is None:
            return
        result = self.current_tab().result()
        if not result.complete:
            return
        from neph_gui.speech import current_language, spoken_result

        labels = [messages.box_label(box.box) for box in result.boxes]
        self.speech.say(spoken_result(result.website_parts, labels), current_language())

    def set_can_print(self, can_print: bool) -> None:
        """Show "Imprimer" only where Qt's print support loads."""
        self._can_print = can_print
        for tab in self.built_tabs():
            tab.set_can_print(can_print)

    def _update_read_buttons(self) -> None:
        can_read = self.speech is not None and self.speech.can_speak(_current_language())
        for tab in self.built_tabs():
            tab.set_can_read(can_read)

    def _show_offline(self, offline: bool) -> None:
        self.offline_note.setVisible(offline)

    # --- display ----------------------------------------------------------------------
    def _place_display_controls(self) -> None:
        """At the default text size the display controls share the bottom row with the
        site button, which keeps every tab on one 1366×768 screen; larger text needs more
        rows, and then they go to the top so A− is always in view without scrolling."""
        target = self.bottom_bar if self._text_scale <= MIN_TEXT_SCALE else self.top_bar
        if target.indexOf(self.display_box) >= 0:
            return
        for bar in (self.top_bar, self.bottom_bar):
            if bar.indexOf(self.display_box) >= 0:
                bar.removeWidget(self.display_box)
        target.addWidget(self.display_box)
        # Qt shows a widget added to a layout later, from the event loop (a queued call):
        # after the new text size is laid out, which would then be laid out again and
        # painted twice. Let that call run now, before the fonts change. Showing a widget
        # lays out its parents at once: at the old text size here, for nothing (the new
        # size lays them out again), so the page's layout waits for the new size.
        page = self.display_box.parentWidget()
        page_layout = page.layout() if page is not None else None
        if page_layout is not None:
            page_layout.setEnabled(False)
        try:
            QCoreApplication.sendPostedEvents(self.display_box, QEvent.Type.MetaCall)
        finally:
            if page_layout is not None:
                page_layout.setEnabled(True)
        self.order_focus_chain()

    def apply_display(self) -> None:
        """Apply the theme and text size from the settings to the whole application."""
        appearance.set_families(self.fonts.ui, self.fonts.mono)
        appearance.apply_theme(palette_for(self.settings.high_contrast))
        self._text_scale = self.settings.text_scale
        self._idle_step_aside()
        self._place_display_controls()
        self.text_size.show_scale(self._text_scale)  # before: the relayout includes it
        appearance.apply_text_scale(self._text_scale)
        for tab in self.built_tabs():
            tab.set_theme(palette_for(self.settings.high_contrast))

    def set_text_scale(self, scale: int) -> None:
        """Change the text size (percent, kept within 100–200), remember it, apply it.

        Only fonts change: no style sheet, no widget rebuilt (A− / A+ must feel instant).
        """
        scale = min(max(scale, MIN_TEXT_SCALE), MAX_TEXT_SCALE)
        changed = scale != self._text_scale
        if changed:
            self._text_scale = scale
            self._scale_unsaved = True
            self._save_timer.start()
            self._idle_step_aside()
            self._place_display_controls()
            self.text_size.show_scale(scale)  # before: the relayout includes it
            appearance.apply_text_scale(scale)
        if scale >= MAX_TEXT_SCALE and not changed:
            text = self.tr("Le texte est déjà à sa plus grande taille (%1 %).")
        elif scale <= MIN_TEXT_SCALE and not changed:
            text = self.tr("Le texte est déjà à sa plus petite taille (%1 %).")
        else:
            text = self.tr("Taille du texte : %1 %")
        announce(self.text_size, messages.fill(text, scale))

    def _idle_step_aside(self) -> None:
        """The idle watcher need not see the layout and paint events of a new text size
        (it does not exist yet when the window applies its first display)."""
        idle: IdleWatcher | None = getattr(self, "idle", None)
        if idle is not None:
            idle.step_aside()

    def text_scale(self) -> int:
        """The text size in percent."""
        return self._text_scale

    def save_display(self) -> None:
        """Write the display preferences now (also done on close)."""
        self._save_timer.stop()
        if self._scale_unsaved:  # a size chosen here and not written yet
            self._scale_unsaved = False
            self.settings.text_scale = self._text_scale
        self.settings.sync()

    def _scale_step(self, direction: int) -> int:
        return self._text_scale + direction * TEXT_SCALE_STEP

    def set_high_contrast(self, on: bool) -> None:
        """Switch between the default and the high-contrast theme, and remember it."""
        if on != self.contrast_toggle.isChecked():
            self.contrast_toggle.setChecked(on)  # comes back here through toggled
            return
        if on == self.settings.high_contrast:
            return
        self.settings.high_contrast = on
        appearance.apply_theme(palette_for(on))
        for tab in self.built_tabs():
            tab.set_theme(palette_for(on))

    def show_help(self) -> None:
        """Open the keyboard help (F1); Escape closes it."""
        if self._help_dialog is None:
            from neph_gui.ui.dialogs.help_dialog import HelpDialog

            self._help_dialog = HelpDialog(self)
            self._help_dialog.finished.connect(self._on_help_closed)
        self._help_dialog.fit_to(self)
        self.open_dialog(self._help_dialog)

    def help_dialog(self) -> HelpDialog | None:
        """The keyboard help, while it is open."""
        return self._help_dialog

    def _on_help_closed(self) -> None:
        if self._help_dialog is not None:
            self._help_dialog.deleteLater()
            self._help_dialog = None

    def _add_shortcut(self, keys: tuple[str, ...], slot: object) -> QShortcut:
        sequences: list[QKeySequence] = []
        for key in keys:
            sequence = QKeySequence(key)
            if not sequence.isEmpty() and sequence not in sequences:
                sequences.append(sequence)
        shortcut = QShortcut(self)
        shortcut.setKeys(sequences)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    # --- keyboard order -------------------------------------------------------------------
    def order_focus_chain(self) -> None:
        """Tab goes through the top bar in reading order, then to the tabs; the bottom row
        (site button, then the display controls) closes the cycle.

        Widgets created in reading order need nothing; this puts top-bar controls added
        later (after the tabs were created) back where they are seen.
        """
        top = _focusable_in(self.top_bar)
        for before, after in itertools.pairwise(top):
            QWidget.setTabOrder(before, after)
        if top:
            QWidget.setTabOrder(top[-1], self.tabs.tabBar())
        # The bottom row reads: the site button, what goes with it, the display controls.
        bottom = [self.site_button, *_focusable_in(self.bottom_bar)]
        bottom = list(dict.fromkeys(bottom))
        for before, after in itertools.pairwise(bottom):
            QWidget.setTabOrder(before, after)

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        width = min(1340, available.width())
        height = min(800, available.height())
        self.resize(width, height)
        self.move(
            available.x() + (available.width() - width) // 2,
            available.y() + (available.height() - height) // 2,
        )

    # --- language ---------------------------------------------------------------------
    def on_language_chosen(self, language: str) -> None:
        """Switch every window to ``language`` now, and start in it next time."""
        Translations().set_language(language)
        self.settings.language = language

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mon numéro de permis de conduire"))
        self.title.setText(self.tr("Trouver et taper son numéro de permis de conduire"))
        tab_bar = self.tabs.tabBar()
        tab_bar.setAccessibleName(self.tr("Type de permis"))
        self.tabs.setAccessibleName(tab_bar.accessibleName())
        titles = [messages.era_text(spec.tab_label) for spec in ERAS]
        self.tabs.set_titles(titles)
        for index, (spec, label) in enumerate(zip(ERAS, titles, strict=True)):
            self.tabs.setTabToolTip(index, messages.era_text(spec.title))
            # The label has a line break for the eye; a screen reader gets one line.
            tab_bar.setAccessibleTabName(index, " ".join(label.split()))
        self.new_person_button.setText(self.tr("Nouvelle personne"))
        self.new_person_button.setAccessibleName(self.new_person_button.text())
        self.new_person_button.setAccessibleDescription(
            self.tr("Efface tout ce qui a été tapé, pour la personne suivante.")
        )
        self.guide_button.setText(self.tr("Je ne sais pas quel onglet choisir"))
        self.guide_button.setAccessibleName(self.guide_button.text())
        self.guide_button.setAccessibleDescription(
            self.tr("Quelques questions simples pour trouver le bon onglet.")
        )
        self.settings_button.setText(self.tr("Réglages"))
        self.settings_button.setAccessibleName(self.settings_button.text())
        self.settings_button.setAccessibleDescription(
            self.tr("Temps avant l'effacement automatique de l'écran.")
        )
        shown = not self.offline_note.isHidden()
        self.offline_note.set_status(
            self.tr("Pas d'Internet sur cet ordinateur : imprimez votre numéro pour plus tard."),
            "info",
        )
        self.offline_note.setVisible(shown)  # set_status shows it; only offline says so
        self.site_button.setText(self.tr("Ouvrir le site officiel (ants.gouv.fr)"))
        self.site_button.setAccessibleName(self.site_button.text())
        self.site_button.setAccessibleDescription(
            self.tr("Ouvre le site ants.gouv.fr dans le navigateur.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.speech is not None:
                self._update_read_buttons()
        super().changeEvent(event)


def _current_language() -> str:
    from neph_gui.speech import current_language

    return current_language()


def _focus_chain_of(widget: QWidget) -> list[QWidget]:
    """``widget`` and its descendants that take focus, in their focus-chain order."""
    found: list[QWidget] = []
    current: QWidget | None = widget
    while current is not None:
        inside = current is widget or widget.isAncestorOf(current)
        if inside and current.focusPolicy() != Qt.FocusPolicy.NoFocus:
            found.append(current)
        current = current.nextInFocusChain()
        if current is widget:
            break
    return found


def _sheet_drawing(spec: EraSpec) -> QImage:
    """The era's licence drawing for the printed sheet: black on white, with its words."""
    from neph_gui.texts import drawing_texts
    from neph_gui.ui.tab.drawing_view import DrawingView

    view = DrawingView(spec.licence_drawing)
    view.set_labels(drawing_texts.licence_labels(spec))
    width = 1240  # 16 cm at about 200 dpi
    image = view.render_image(QSize(width, round(width * view.drawing.aspect)))
    view.deleteLater()
    return image


class _WindowScroll(VerticalScrollArea):
    """The window's page. As a last resort it also scrolls sideways: when even its
    narrowest layout is wider than the screen (a 1366 px screen at QT_SCALE_FACTOR=3 is
    455 px wide), the window still fits the screen instead of running off its edge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        screen = self.screen()
        if screen is not None:
            # Room left for the window's frame on a desktop with decorations.
            hint.setWidth(min(hint.width(), screen.availableGeometry().width() - 32))
        return hint


class _Flexible(QWidget):
    """A container that takes any height from its minimum up.

    Qt treats a height-for-width answer as a minimum; a body full of wrapping texts would
    then claim its preferred height and squeeze the bars around it.
    """

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False


class _WindowPage(QWidget):
    """The window's contents; asks for its *minimum* height, so that the tabs shrink (and
    scroll inside) before the whole window has to scroll.

    Not an OpaquePage: covering the whole window, it would keep the window itself from
    ever being painted, and the first frame is noticed by the window's own first paint
    (first_frame.py).
    """

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)


def _focusable_in(layout: QLayout) -> list[QWidget]:
    """Widgets reachable with Tab inside ``layout``, in layout order (nested included)."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        child_layout = item.layout()
        if widget is not None:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
                found.append(widget)
            inner = widget.layout()
            if inner is not None:
                found.extend(_focusable_in(inner))
        elif child_layout is not None:
            found.extend(_focusable_in(child_layout))
    return found
