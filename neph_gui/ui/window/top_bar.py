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
        for button in (self.new_person_button, self.guide_button, self.settings_button):
            self.flow.addWidget(button)
        self.retranslate()

    def retranslate(self) -> None:
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
