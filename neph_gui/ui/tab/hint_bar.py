"""The wrong-tab hint: what seems off, and a button per likely tab."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from neph_gui.i18n import Retranslating
from neph_gui.licence import ERAS, Era, Message, era_spec
from neph_gui.texts import messages
from neph_gui.ui.widgets.status_line import StatusLine
from neph_gui.ui.widgets.wrap_button import WrapButton


class HintBar(Retranslating, QFrame):
    """Hidden until the typed text looks like another era's number."""

    go_to = Signal(Era)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "hint")
        self.line = StatusLine(self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 10, 12, 10)
        self._layout.setSpacing(8)
        self._layout.addWidget(self.line)
        # One button per era, made now so that Tab reaches them in reading order (a
        # button created later would come last, after the site button).
        self._all: dict[Era, QPushButton] = {}
        for spec in ERAS:
            button = WrapButton(parent=self)
            button.setObjectName(f"go_to_{spec.era.value}")
            button.clicked.connect(lambda _=False, target=spec.era: self.go_to.emit(target))
            button.hide()
            self._layout.addWidget(button)
            self._all[spec.era] = button
        self._buttons: list[tuple[Era, QPushButton]] = []
        self._hint: Message | None = None
        self._eras: tuple[Era, ...] = ()
        self.hide()

    def buttons(self) -> list[QPushButton]:
        """The buttons shown, one per suggested tab."""
        return [button for _, button in self._buttons]

    def show_hint(self, hint: Message | None, eras: tuple[Era, ...]) -> None:
        """Show ``hint`` with a button for each era; hide when there is none."""
        if hint == self._hint and eras == self._eras:
            return
        self._hint, self._eras = hint, eras
        for button in self._all.values():
            button.hide()
        self._buttons = []
        if hint is None:
            self.hide()
            return
        self._buttons = [(era, self._all[era]) for era in eras]
        for _, button in self._buttons:  # shown in the order suggested
            self._layout.removeWidget(button)
            self._layout.addWidget(button)
            button.show()
        for (_, before), (_, after) in itertools.pairwise(self._buttons):
            QWidget.setTabOrder(before, after)
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        if self._hint is not None:
            self.line.set_status(messages.info_text(self._hint), "warning")
        for era, button in self._buttons:
            spec = era_spec(era)
            # The tab's own label, on its own lines: the button looks like the tab it leads
            # to, and stays narrow enough for the form column in any language and size.
            text = messages.go_to_era_text(era, spec.tab_number, messages.era_text(spec.tab_label))
            button.setText(text)
            button.setAccessibleName(" ".join(text.split()))
            # Why the button is there, read with it.
            button.setAccessibleDescription(messages.info_text(self._hint) if self._hint else "")
