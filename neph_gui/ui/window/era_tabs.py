"""The three era tabs, one per licence era, built together in order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from neph_gui.i18n import Retranslating
from neph_gui.licence import ERAS, Era
from neph_gui.texts import messages
from neph_gui.theme import Palette
from neph_gui.ui.widgets.tab_widget import WrappingTabWidget

if TYPE_CHECKING:
    from neph_gui.ui.tab.era_tab import EraTab


class EraTabs(Retranslating, WrappingTabWidget):
    """The tab bar and the three :class:`EraTab` pages; passes on what they ask for."""

    copy_requested = Signal(str)
    print_requested = Signal()
    read_requested = Signal()
    complete_changed = Signal()  # the tab on screen may have a complete number, or not

    def __init__(self, parent: QWidget | None = None) -> None:
        # Imported here: the tabs' code is not needed for the first frame (the question
        # screen); the window builds the tabs in the turn after that frame.
        from neph_gui.ui.tab.era_tab import EraTab

        super().__init__(parent)
        self.setObjectName("era_tabs")
        self.setDocumentMode(False)
        self.tabBar().setExpanding(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.era_tabs: list[EraTab] = []
        for spec in ERAS:
            tab = EraTab(spec, self)
            tab.switch_requested.connect(self.carry_to)
            tab.copy_requested.connect(self.copy_requested)
            tab.print_requested.connect(self.print_requested)
            tab.read_requested.connect(self.read_requested)
            tab.complete_changed.connect(lambda _complete: self.complete_changed.emit())
            self.addTab(tab, "")
            self.era_tabs.append(tab)
        self.currentChanged.connect(lambda _index: self.complete_changed.emit())
        self.retranslate()

    def tab_for(self, era: Era) -> EraTab:
        """The tab of ``era``."""
        return next(tab for tab in self.era_tabs if tab.spec.era is era)

    def current_tab(self) -> EraTab:
        """The tab on screen."""
        return self.era_tabs[max(self.currentIndex(), 0)]

    def show_tab(self, index: int) -> None:
        """Bring tab ``index`` (0-based) forward and put the cursor in its first box."""
        self.setCurrentIndex(index)
        self.era_tabs[index].focus_first()

    def show_era(self, era: Era, card: bool = False) -> None:
        """Bring the tab of ``era`` forward (``card``: the person holds a card licence)."""
        tab = self.tab_for(era)
        tab.show_card(card)
        self.show_tab(self.era_tabs.index(tab))

    def carry_to(self, era: Era, text: str) -> None:
        """Wrong-tab hint: move to ``era`` carrying the typed text into its first box."""
        target = self.tab_for(era)
        self.setCurrentWidget(target)
        target.set_first_text(text)

    def something_typed(self) -> bool:
        """Whether any box of any tab holds text."""
        return any(entry.text() for tab in self.era_tabs for entry in tab.entries)

    def current_complete(self) -> bool:
        """Whether the tab on screen holds a whole number."""
        return self.current_tab().result().complete

    def clear(self) -> None:
        """Empty every box, back to the first tab."""
        for tab in self.era_tabs:
            tab.clear()
        self.setCurrentIndex(0)

    def set_theme(self, palette: Palette) -> None:
        for tab in self.era_tabs:
            tab.set_theme(palette)

    def set_can_read(self, can_read: bool) -> None:
        for tab in self.era_tabs:
            tab.set_can_read(can_read)

    def set_can_print(self, can_print: bool) -> None:
        for tab in self.era_tabs:
            tab.set_can_print(can_print)

    def retranslate(self) -> None:
        tab_bar = self.tabBar()
        tab_bar.setAccessibleName(self.tr("Type de permis"))
        self.setAccessibleName(tab_bar.accessibleName())
        titles = [messages.era_text(spec.tab_label) for spec in ERAS]
        self.set_titles(titles)
        for index, (spec, label) in enumerate(zip(ERAS, titles, strict=True)):
            self.setTabToolTip(index, messages.era_text(spec.title))
            # The label has a line break for the eye; a screen reader gets one line.
            tab_bar.setAccessibleTabName(index, " ".join(label.split()))
