"""The agent's buttons at the top: the next person, which licence, the settings."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from neph_gui.i18n import Retranslating
from neph_gui.ui.widgets.flow_layout import FlowLayout
from neph_gui.ui.widgets.wrap_button import WrapButton


class ActionsBar(Retranslating, QWidget):
    """ "Nouvelle personne", the licence question, "Réglages": a flow that wraps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actions_box")
        self.flow = FlowLayout(self)
        self.new_person_button = QPushButton(self)
        self.new_person_button.setObjectName("new_person_button")
        # Wraps onto two lines only when the row is short of room (large text).
        self.guide_button = WrapButton(parent=self)
        self.guide_button.setObjectName("guide_button")
        self.settings_button = QPushButton(self)
        self.settings_button.setObjectName("settings_button")
        # At a large text size the display controls fold behind this button (a plain
        # one whose words say what it does, like the steps panel's).
        self.display_toggle = WrapButton(parent=self)
        self.display_toggle.setObjectName("display_toggle")
        self.display_toggle.hide()
        # Folded, the steps panel leaves the page its width: this button unfolds it.
        self.steps_button = WrapButton(parent=self)
        self.steps_button.setObjectName("steps_button")
        self.steps_button.hide()
        self._display_open = False
        self._scale = 100
        buttons = (self.new_person_button, self.guide_button, self.settings_button)
        for button in (*buttons, self.steps_button, self.display_toggle):
            self.flow.addWidget(button)
        self.retranslate()

    def show_display_state(self, unfolded: bool, scale: int) -> None:
        """Say on the toggle whether the display controls are shown, and the text size."""
        self._display_open, self._scale = unfolded, scale
        self._retranslate_toggle()

    def _retranslate_toggle(self) -> None:
        if self._display_open:
            self.display_toggle.setText(self.tr("Masquer l'affichage ▴"))
        else:
            self.display_toggle.setText(self.tr("Affichage %1 % ▾").replace("%1", str(self._scale)))
        self.display_toggle.setAccessibleName(
            self.tr("Masquer l'affichage")
            if self._display_open
            else self.tr("Affichage : texte %1 %").replace("%1", str(self._scale))
        )
        self.display_toggle.setAccessibleDescription(
            self.tr("Taille du texte, contraste, langue et aide.")
        )

    def retranslate(self) -> None:
        self._retranslate_toggle()
        self.steps_button.setText(self.tr("‹ Étapes"))
        self.steps_button.setAccessibleName(self.tr("Afficher les étapes sur le site"))
        self.steps_button.setAccessibleDescription(
            self.tr("Ce qu'il faut faire sur le site, étape par étape, à cocher.")
        )
        self.new_person_button.setText(self.tr("Nouvelle personne"))
        self.new_person_button.setAccessibleName(self.new_person_button.text())
        self.new_person_button.setAccessibleDescription(
            self.tr("Efface tout ce qui a été tapé, pour la personne suivante.")
        )
        self.guide_button.setText(self.tr("Quel permis ?"))
        self.guide_button.setAccessibleName(self.guide_button.text())
        self.guide_button.setAccessibleDescription(
            self.tr("Revenir à la question du début, avec les dessins des permis.")
        )
        self.settings_button.setText(self.tr("Réglages"))
        self.settings_button.setAccessibleName(self.settings_button.text())
        self.settings_button.setAccessibleDescription(
            self.tr("Temps avant l'effacement automatique de l'écran.")
        )
