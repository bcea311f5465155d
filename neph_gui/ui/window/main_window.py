"""The main window: the bars, the three era tabs, the steps panel; each part in its own
module (display, dialogs, actions, focus order), put together and wired here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from neph_gui.clipboard import ClipboardKeeper
from neph_gui.first_frame import after_first_frame
from neph_gui.fonts import load_fonts
from neph_gui.i18n import Translations
from neph_gui.idle import IdleWatcher
from neph_gui.licence import ERAS, Era
from neph_gui.private_files import PRIVATE
from neph_gui.settings import DisplaySettings
from neph_gui.site import OfficialSite
from neph_gui.texts.questions import Step
from neph_gui.ui.widgets.accessibility import built_unannounced
from neph_gui.ui.window.actions import SiteOpener, print_tab, read_tab
from neph_gui.ui.window.dialog_keeper import DialogKeeper
from neph_gui.ui.window.display import Display, add_shortcut, style_application
from neph_gui.ui.window.era_tabs import EraTabs
from neph_gui.ui.window.main_window_ui import MainWindowUi
from neph_gui.ui.window.next_person import NextPerson
from neph_gui.ui.window.page import fit_to_screen
from neph_gui.ui.window.steps_panel import starts_open

# Not needed to show the window: dialogs, speech and the network watch are imported when
# first used, so start-up does not pay for them.
if TYPE_CHECKING:
    from neph_gui.network import NetworkWatch
    from neph_gui.speech import SpeechEngine


class MainWindow(MainWindowUi, QMainWindow):
    """The whole app. Children are created here; each knows only its own job."""

    next_person: NextPerson
    idle: IdleWatcher
    sites: SiteOpener

    def __init__(
        self,
        settings: DisplaySettings | None = None,
        parent: QWidget | None = None,
        *,
        speech: SpeechEngine | None = None,
        network: NetworkWatch | None = None,
        start_tab: int | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings if settings is not None else DisplaySettings()
        self.clipboard = ClipboardKeeper()
        self.dialogs = DialogKeeper()
        fonts = load_fonts()
        style_application(self.settings, fonts)
        self.setup_ui()
        self.action_bar.new_person_button.clicked.connect(lambda: self.next_person.ask())
        self.action_bar.guide_button.clicked.connect(self.show_question)
        self.question.era_chosen.connect(self.show_era)
        self.action_bar.settings_button.clicked.connect(
            lambda: self.dialogs.show_settings(
                self, self.settings, lambda: self.idle.set_durations(self.next_person.idle_ms())
            )
        )
        self.display_bar.help_button.clicked.connect(lambda: self.dialogs.show_help(self))
        self.display_bar.language_selector.language_chosen.connect(self.on_language_chosen)
        self.display = Display(
            self.settings,
            fonts,
            self.display_bar.text_size,
            self.display_bar.contrast_toggle,
        )
        self.display.theme_changed.connect(self.question.set_theme)
        self._tabs: EraTabs | None = None
        self._can_print = True
        self.sites = SiteOpener(self, self.dialogs)
        self.sites.set_button(OfficialSite.ANTS, self.site_button, self.retranslate)
        self.sites.set_button(
            OfficialSite.MES_POINTS,
            self.steps_panel.mes_points_button,
            self.steps_panel.retranslate,
        )
        self.site_button.clicked.connect(lambda: self.sites.open(OfficialSite.ANTS))
        self.steps_panel.site_requested.connect(self.sites.open)

        for index in range(len(ERAS)):
            add_shortcut(self, (f"Ctrl+{index + 1}",), lambda i=index: self.show_tab(i))
        self.display.add_shortcuts(self)
        help_key = QKeySequence(QKeySequence.StandardKey.HelpContents).toString()
        add_shortcut(self, (help_key, "F1"), lambda: self.dialogs.show_help(self))
        add_shortcut(self, ("Ctrl+N",), lambda: self.next_person.ask())

        self.display.scale_changing.connect(self.place_display_controls)
        fit_to_screen(self)  # first: a short window places the display controls apart
        self.display.apply()
        self.retranslate()
        screen = self.screen() or QGuiApplication.primaryScreen()
        self.steps_panel.set_open(starts_open(self.settings, screen))
        self.steps_panel.open_changed.connect(
            lambda open_: setattr(self.settings, "steps_open", open_)
        )
        self.order_focus_chain()

        self.next_person = NextPerson(self)
        self.idle = self.next_person.idle
        # The idle watcher need not see the layout and paint of a new text size.
        self.display.scale_changing.connect(lambda _scale: self.idle.step_aside())

        self.speech: SpeechEngine | None = None
        self.network: NetworkWatch | None = None
        self.attach_services(speech, network)
        after_first_frame(self, self._ensure_tabs)  # the first choice then only shows them
        if start_tab is not None:
            self.tabs.setCurrentIndex(min(max(start_tab, 0), len(ERAS) - 1))
            self.pages.setCurrentWidget(self.tabs)

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
            self.network.offline_changed.connect(self.offline_note.setVisible)
            self.offline_note.setVisible(self.network.is_offline())

    # --- tabs -------------------------------------------------------------------------
    @property
    def tabs(self) -> EraTabs:
        """The three era tabs: built in the turn after the first frame (the question
        screen), or when first needed if that is sooner (--tab N, Ctrl+1…3). Screen
        readers are not told about the building (built_unannounced): Orca would read a
        hidden tab over the question screen, or lose the focus given next."""
        self._ensure_tabs()
        assert self._tabs is not None
        return self._tabs

    @property
    def built_tabs(self) -> EraTabs | None:
        """The tabs if they are built (nothing typed in them otherwise)."""
        return self._tabs

    def _ensure_tabs(self) -> None:
        if self._tabs is None:
            self._tabs = self._build_tabs()

    def _build_tabs(self) -> EraTabs:
        with built_unannounced():
            tabs = EraTabs(self.pages)
            tabs.set_theme(self.display.palette())
            tabs.set_can_print(self._can_print)
            self.pages.addWidget(tabs)
        tabs.copy_requested.connect(self.clipboard.copy)
        tabs.print_requested.connect(lambda: print_tab(self, tabs.current_tab(), self.dialogs))
        tabs.read_requested.connect(lambda: read_tab(tabs.current_tab(), self.speech))
        tabs.complete_changed.connect(self._mark_next_step)
        self.display.theme_changed.connect(tabs.set_theme)
        self._tabs = tabs
        if self.speech is not None:
            self._update_read_buttons()
        self.order_focus_chain()
        return tabs

    def show_question(self) -> None:
        """ "Quel permis ?": the question screen, from its first page."""
        # The focus is put in the page before it shows: then it goes straight there (one
        # focus change for a screen reader, not three). A page rebuilt (from a follow-up
        # question) is rebuilt on screen: rebuilt hidden, a later layout pass crashed.
        rebuilt = self.question.step() is not Step.FIRST
        if rebuilt:
            self.pages.setCurrentWidget(self.question)
        self.question.reset()
        self.question.focus_first()
        self._show_page(self.question)

    def show_tab(self, index: int) -> None:
        """Bring tab ``index`` (0-based) forward, its first box ready for typing."""
        self.tabs.show_tab(index)
        self._show_page(self.tabs)

    def show_era(self, era: Era, card: bool = False) -> None:
        """The tab of ``era`` (``card``: in its card view, where it has one)."""
        self.tabs.show_era(era, card)
        self._show_page(self.tabs)

    def _show_page(self, page: QWidget) -> None:
        """``page`` on screen, the focus already placed in it (it goes there directly)."""
        self.pages.setCurrentWidget(page)
        self._mark_next_step()

    def _mark_next_step(self) -> None:
        """One filled (primary) button, for the next step: the site button once the
        number of the tab on screen is complete; before that it looks like the others
        (same size: only its colours change)."""
        tabs = self._tabs
        waiting = (
            tabs is None or self.pages.currentWidget() is not tabs or not tabs.current_complete()
        )
        if self.site_button.property("waiting") != waiting:
            self.site_button.setProperty("waiting", waiting)
            self.site_button.style().unpolish(self.site_button)
            self.site_button.style().polish(self.site_button)

    def set_can_print(self, can_print: bool) -> None:
        """Show "Imprimer" only where Qt's print support loads."""
        self._can_print = can_print
        if self._tabs is not None:
            self._tabs.set_can_print(can_print)

    def _update_read_buttons(self) -> None:
        from neph_gui.speech import current_language

        speech, tabs = self.speech, self._tabs
        if tabs is not None:
            tabs.set_can_read(speech is not None and speech.can_speak(current_language()))

    # --- dialogs ----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.idle.stop()
        self.display.save()
        PRIVATE.remove()
        super().closeEvent(event)

    # --- language ---------------------------------------------------------------------
    def on_language_chosen(self, language: str) -> None:
        """Switch every window to ``language`` now, and start in it next time."""
        Translations().set_language(language)
        self.settings.language = language

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mon numéro de permis de conduire"))
        self.title.setText(self.tr("Trouver et taper son numéro de permis de conduire"))
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
