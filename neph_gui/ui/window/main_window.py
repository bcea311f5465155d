"""The main window: the bars, the three era tabs, the steps panel; each part in its own
module (display, dialogs, actions, focus order), put together and wired here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QVBoxLayout, QWidget

from neph_gui.clipboard import ClipboardKeeper
from neph_gui.fonts import load_fonts
from neph_gui.i18n import Translations
from neph_gui.licence import ERAS, Era
from neph_gui.private_files import PRIVATE
from neph_gui.settings import MIN_TEXT_SCALE, DisplaySettings
from neph_gui.site import OfficialSite
from neph_gui.ui.tab.era_tab import EraTab
from neph_gui.ui.widgets.flow_layout import FlowLayout
from neph_gui.ui.widgets.status_line import StatusLine
from neph_gui.ui.widgets.wrap_button import WrapButton
from neph_gui.ui.widgets.wrapped_label import WrappedLabel
from neph_gui.ui.window import focus_order
from neph_gui.ui.window.actions import SiteOpener, print_tab, read_tab
from neph_gui.ui.window.dialog_keeper import DialogKeeper
from neph_gui.ui.window.display import Display, add_shortcut
from neph_gui.ui.window.display_controls import DisplayBar
from neph_gui.ui.window.era_tabs import EraTabs
from neph_gui.ui.window.idle_banner import IdleBanner
from neph_gui.ui.window.next_person import NextPerson
from neph_gui.ui.window.page import Flexible, WindowPage, WindowScroll
from neph_gui.ui.window.steps_panel import StepsPanel, starts_open
from neph_gui.ui.window.top_bar import ActionsBar

# Not needed to show the window: dialogs, speech and the network watch are imported when
# first used, so start-up does not pay for them.
if TYPE_CHECKING:
    from neph_gui.network import NetworkWatch
    from neph_gui.speech import SpeechEngine


class MainWindow(QMainWindow):
    """The whole app. Children are created here; each knows only its own job."""

    next_person: NextPerson

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
        self.setObjectName("main_window")
        self.settings = settings if settings is not None else DisplaySettings()
        self.clipboard = ClipboardKeeper()
        self.dialogs = DialogKeeper()
        # Everything sits in one page that scrolls only as a last resort (WindowScroll).
        central = WindowPage()
        central.setObjectName("window_page")
        self.window_scroll = WindowScroll(self)
        self.window_scroll.setWidget(central)
        self.setCentralWidget(self.window_scroll)
        # Top: the title and the agent's buttons; the display controls join the top at a
        # large text size, the bottom otherwise (place_display_controls). All are flow
        # layouts: when room is short, controls move to a new row instead of being cut off.
        self.title = WrappedLabel(central)
        self.title.setObjectName("window_title")
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.action_bar = ActionsBar(central)
        self.action_bar.new_person_button.clicked.connect(lambda: self.next_person.ask())
        self.action_bar.guide_button.clicked.connect(self.on_guide)
        self.action_bar.settings_button.clicked.connect(self.on_settings)
        self.display_bar = DisplayBar(central)
        self.display_bar.help_button.clicked.connect(lambda: self.dialogs.show_help(self))
        self.display_bar.language_selector.language_chosen.connect(self.on_language_chosen)
        # Theme and text size go on the application before the tabs exist (Display).
        self.display = Display(
            self.settings,
            load_fonts(),
            self.display_bar.text_size,
            self.display_bar.contrast_toggle,
        )
        self.top_bar = FlowLayout(spacing=24, row_spacing=8)
        self.top_bar.addWidget(self.title)
        self.top_bar.addWidget(self.action_bar)

        self.tabs = EraTabs(central)
        self.tabs.copy_requested.connect(self.clipboard.copy)
        self.tabs.print_requested.connect(
            lambda: print_tab(self, self.tabs.current_tab(), self.dialogs)
        )
        self.tabs.read_requested.connect(lambda: read_tab(self.tabs.current_tab(), self.speech))
        self.tabs.setCurrentIndex(min(max(start_tab, 0), len(ERAS) - 1))

        # Bottom: the site button, the offline note when there is one, and at the default
        # text size the display controls.
        self.site_button = WrapButton(parent=central)
        self.site_button.setObjectName("site_button")
        self.site_button.setProperty("role", "primary")
        self.site_button.setProperty("waiting", True)  # filled once a number is complete
        self.site_button.clicked.connect(lambda: self.open_site(OfficialSite.ANTS))
        self.tabs.complete_changed.connect(self._mark_next_step)
        self.offline_note = StatusLine(central)
        self.offline_note.setObjectName("offline_note")
        self.offline_note.hide()
        self.bottom_bar = FlowLayout(spacing=16, row_spacing=8)
        self.bottom_bar.addWidget(self.site_button)
        self.bottom_bar.addWidget(self.offline_note)

        # Middle: the tabs, and beside them the steps on the website. The body asks for
        # its minimum height only (Flexible): the tabs shrink and scroll inside.
        self.body_box = Flexible(central)
        self.body_box.setObjectName("body_box")
        self.body = QHBoxLayout(self.body_box)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(12)
        self.body.addWidget(self.tabs, 1)
        self.steps_panel = StepsPanel(central)
        self.body.addWidget(self.steps_panel)
        self.sites = SiteOpener(self, self.dialogs)
        self.sites.set_button(OfficialSite.ANTS, self.site_button, self.retranslate)
        self.sites.set_button(
            OfficialSite.MES_POINTS,
            self.steps_panel.mes_points_button,
            self.steps_panel.retranslate,
        )
        self.steps_panel.site_requested.connect(self.open_site)
        self.idle_banner = IdleBanner(central)  # announces the automatic reset
        layout = self._page_layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(self.top_bar)
        layout.addWidget(self.idle_banner)
        layout.addWidget(self.body_box, 1)
        layout.addLayout(self.bottom_bar)

        for index in range(len(ERAS)):
            add_shortcut(self, (f"Ctrl+{index + 1}",), lambda i=index: self.show_tab(i))
        self.display.add_shortcuts(self)
        help_key = QKeySequence(QKeySequence.StandardKey.HelpContents).toString()
        add_shortcut(self, (help_key, "F1"), lambda: self.dialogs.show_help(self))
        add_shortcut(self, ("Ctrl+N",), lambda: self.next_person.ask())

        self.display.scale_changing.connect(self.place_display_controls)
        self.display.theme_changed.connect(self.tabs.set_theme)
        self.display.apply()
        self.retranslate()
        self._fit_to_screen()
        self._set_steps_open(
            starts_open(self.settings, self.screen() or QGuiApplication.primaryScreen())
        )
        self.steps_panel.open_changed.connect(self.on_steps_open_changed)
        self.order_focus_chain()

        self.next_person = NextPerson(self)
        self.idle = self.next_person.idle
        # The idle watcher need not see the layout and paint of a new text size.
        self.display.scale_changing.connect(lambda _scale: self.idle.step_aside())

        self.speech: SpeechEngine | None = None
        self.network: NetworkWatch | None = None
        self.attach_services(speech, network)

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
    def era_tabs(self) -> list[EraTab]:
        """The three tabs, in order."""
        return self.tabs.era_tabs

    def tab_for(self, era: Era) -> EraTab:
        return self.tabs.tab_for(era)

    def current_tab(self) -> EraTab:
        return self.tabs.current_tab()

    def show_tab(self, index: int) -> None:
        self.tabs.show_tab(index)

    def show_era(self, era: Era, card: bool = False) -> None:
        self.tabs.show_era(era, card)

    def open_site(self, site: OfficialSite) -> bool:
        return self.sites.open(site)

    def _mark_next_step(self) -> None:
        """One filled (primary) button, for the next step: the site button once the
        number of the tab on screen is complete; before that it looks like the others
        (same size: only its colours change)."""
        waiting = not self.tabs.current_complete()
        if self.site_button.property("waiting") != waiting:
            self.site_button.setProperty("waiting", waiting)
            self.site_button.style().unpolish(self.site_button)
            self.site_button.style().polish(self.site_button)

    def set_can_print(self, can_print: bool) -> None:
        """Show "Imprimer" only where Qt's print support loads."""
        self.tabs.set_can_print(can_print)

    def _update_read_buttons(self) -> None:
        from neph_gui.speech import current_language

        self.tabs.set_can_read(
            self.speech is not None and self.speech.can_speak(current_language())
        )

    # --- dialogs ----------------------------------------------------------------------
    def on_guide(self) -> None:
        """ "Je ne sais pas quel onglet choisir": a few questions, then the right tab."""
        from neph_gui.ui.dialogs.tab_guide import TabGuideDialog

        dialog = TabGuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.era_chosen.connect(self.show_era)
        self.dialogs.open(dialog)

    def on_settings(self) -> None:
        """ "Réglages": the idle time before the automatic reset."""
        from neph_gui.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.idle.set_durations(self.next_person.idle_ms()))
        self.dialogs.open(dialog)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.idle.stop()
        self.display.save()
        PRIVATE.remove()
        super().closeEvent(event)

    # --- layout -----------------------------------------------------------------------
    def place_display_controls(self, scale: int) -> None:
        """At the default text size the display controls share the bottom row with the
        site button, which keeps every tab on one 1366×768 screen; larger text needs more
        rows, and then they go to the top so A− is always in view without scrolling."""
        target = self.bottom_bar if scale <= MIN_TEXT_SCALE else self.top_bar
        if target.indexOf(self.display_bar) >= 0:
            return
        other = self.top_bar if target is self.bottom_bar else self.bottom_bar
        other.removeWidget(self.display_bar)
        target.addWidget(self.display_bar)
        # Qt shows a widget added to a layout from the event loop (a queued call), after
        # the new text size is laid out: it would be laid out and painted twice. Run that
        # call now, with the page's layout off (the new size lays it out anyway).
        page_layout = self._page_layout
        page_layout.setEnabled(False)
        try:
            QCoreApplication.sendPostedEvents(self.display_bar, QEvent.Type.MetaCall)
        finally:
            page_layout.setEnabled(True)
        self.order_focus_chain()

    def order_focus_chain(self) -> None:
        """Tab goes through the top bar in reading order, then the tabs, then the bottom
        row (site button, then the display controls), which closes the cycle."""
        top = focus_order.focusable_in(self.top_bar)
        focus_order.chain([*top, self.tabs.tabBar()])
        focus_order.chain([self.site_button, *focus_order.focusable_in(self.bottom_bar)])

    def _fit_to_screen(self) -> None:
        available = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        width, height = min(1340, available.width()), min(800, available.height())
        self.resize(width, height)
        self.move(
            available.x() + (available.width() - width) // 2,
            available.y() + (available.height() - height) // 2,
        )

    def _set_steps_open(self, unfolded: bool) -> None:
        self.steps_panel.set_open(unfolded)
        # Unfolded it takes a share of the width; folded, only its button's width.
        self.body.setStretchFactor(self.steps_panel, 2 if unfolded else 0)
        self.body.setStretchFactor(self.tabs, 5)

    def on_steps_open_changed(self, unfolded: bool) -> None:
        self._set_steps_open(unfolded)
        self.settings.steps_open = unfolded

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
