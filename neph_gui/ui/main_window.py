"""The main window: three era tabs, the site button, and the bars around them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from neph_gui.clipboard import ClipboardKeeper
from neph_gui.fonts import load_fonts
from neph_gui.licence import ERAS, Era
from neph_gui.settings import DisplaySettings
from neph_gui.site import OfficialSite, open_official_site
from neph_gui.theme import Sizes, palette_for, style_sheet
from neph_gui.ui import messages
from neph_gui.ui.era_tab import EraTab
from neph_gui.ui.site_dialog import SiteAddressDialog


class MainWindow(QMainWindow):
    """The whole app. Children are created here; each knows only its own job."""

    display_changed = Signal()

    def __init__(self, settings: DisplaySettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings if settings is not None else DisplaySettings()
        self.clipboard = ClipboardKeeper()
        self.fonts = load_fonts()
        self._site_dialog: SiteAddressDialog | None = None

        central = QWidget(self)
        self.setCentralWidget(central)

        self.title = QLabel(central)
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        # Top: the title, then the agent's actions (new person, which tab…) and the
        # display controls (language, text size, contrast, help), each in its own bar.
        self.actions_bar = QHBoxLayout()
        self.actions_bar.setSpacing(8)
        self.display_bar = QHBoxLayout()
        self.display_bar.setSpacing(8)
        self.top_bar = QHBoxLayout()
        self.top_bar.setSpacing(16)
        self.top_bar.addWidget(self.title, 1)
        self.top_bar.addLayout(self.actions_bar)
        self.top_bar.addLayout(self.display_bar)

        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("era_tabs")
        self.tabs.setDocumentMode(False)
        self.tabs.tabBar().setExpanding(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.era_tabs: list[EraTab] = []
        for spec in ERAS:
            tab = EraTab(spec, self.tabs)
            tab.switch_requested.connect(self.on_switch_requested)
            tab.copy_requested.connect(self.on_copy_requested)
            self.tabs.addTab(tab, "")
            self.era_tabs.append(tab)

        self.site_button = QPushButton(central)
        self.site_button.setObjectName("site_button")
        self.site_button.setProperty("role", "primary")
        self.site_button.clicked.connect(lambda: self.open_site(OfficialSite.ANTS))
        # Bottom: the site button, then what goes with it (second link, offline note).
        self.site_extras = QHBoxLayout()
        self.site_extras.setSpacing(12)
        self.bottom_bar = QHBoxLayout()
        self.bottom_bar.setSpacing(12)
        self.bottom_bar.addWidget(self.site_button)
        self.bottom_bar.addLayout(self.site_extras, 1)

        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(8)
        # Middle: the tabs, and beside them a side panel (the steps on the website).
        self.body = QHBoxLayout()
        self.body.setSpacing(12)
        self.body.addWidget(self.tabs, 1)
        layout.addLayout(self.top_bar)
        layout.addLayout(self.body, 1)
        layout.addLayout(self.bottom_bar)

        for index in range(len(self.era_tabs)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.show_tab(i))

        self.apply_display()
        self.retranslate()
        self._fit_to_screen()

    # --- tabs -------------------------------------------------------------------------
    def tab_for(self, era: Era) -> EraTab:
        """The tab of ``era``."""
        for tab in self.era_tabs:
            if tab.spec.era is era:
                return tab
        raise KeyError(era)

    def current_tab(self) -> EraTab:
        """The tab on screen."""
        return self.era_tabs[self.tabs.currentIndex()]

    def show_tab(self, index: int) -> None:
        """Bring tab ``index`` (0-based) forward and put the cursor in its first box."""
        self.tabs.setCurrentIndex(index)
        self.era_tabs[index].focus_first()

    def on_switch_requested(self, era: Era, text: str) -> None:
        """Wrong-tab hint: move to ``era`` carrying the typed text into its first box."""
        target = self.tab_for(era)
        self.tabs.setCurrentWidget(target)
        target.set_first_text(text)

    # --- actions ----------------------------------------------------------------------
    def open_site(self, site: OfficialSite) -> bool:
        """Open an official site; if no browser opens, show its address in large print."""
        if open_official_site(site):
            return True
        self._site_dialog = SiteAddressDialog(site, self)
        self._site_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._site_dialog.open()
        return False

    def site_dialog(self) -> SiteAddressDialog | None:
        """The "type this address" dialog, while it is open."""
        return self._site_dialog

    def on_copy_requested(self, text: str) -> None:
        if text:
            self.clipboard.copy(text)

    # --- display ----------------------------------------------------------------------
    def apply_display(self) -> None:
        """Apply the theme and text size from the settings to the whole application."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):  # pragma: no cover - always a QApplication
            return
        scale = self.settings.text_scale
        palette = palette_for(self.settings.high_contrast)
        font = QFont(self.fonts.ui)
        font.setPointSizeF(Sizes.at(scale).body)
        app.setFont(font)
        app.setStyleSheet(style_sheet(palette, scale, self.fonts.ui, self.fonts.mono))
        self.display_changed.emit()

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
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mon numéro de permis de conduire"))
        self.title.setText(self.tr("Trouver et taper son numéro de permis de conduire"))
        for index, tab in enumerate(self.era_tabs):
            label = messages.era_text(tab.spec.tab_label)
            self.tabs.setTabText(index, label)
            self.tabs.setTabToolTip(index, messages.era_text(tab.spec.title))
        self.site_button.setText(self.tr("Ouvrir le site officiel (ants.gouv.fr)"))
        self.site_button.setAccessibleName(self.site_button.text())
        self.site_button.setAccessibleDescription(
            self.tr("Ouvre le site ants.gouv.fr dans le navigateur.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
