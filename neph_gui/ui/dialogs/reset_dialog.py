""" "Effacer pour la personne suivante ?" — asked only when something was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from neph_gui.ui.widgets.dialog import Dialog


class ConfirmResetDialog(Dialog):
    """Two big buttons: erase everything, or go back to what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("confirm_reset_dialog", parent)
        self.detail = self.add_text()
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("confirm_reset_erase")
        self.erase_button.setProperty("role", "primary")
        self.keep_button = QPushButton(self)
        self.keep_button.setObjectName("confirm_reset_keep")
        self.erase_button.clicked.connect(self.accept)
        self.keep_button.clicked.connect(self.reject)
        self.add_buttons(self.keep_button, self.erase_button)
        # Escape keeps what was typed; nothing is lost by a wrong key.
        self.keep_button.setDefault(True)
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nouvelle personne"))
        self.heading.setText(self.tr("Tout effacer pour la personne suivante ?"))
        self.detail.setText(
            self.tr(
                "Les numéros tapés dans les trois onglets et les étapes cochées seront "
                "effacés. Rien n'a été enregistré."
            )
        )
        self.erase_button.setText(self.tr("Oui, tout effacer"))
        self.keep_button.setText(self.tr("Non, revenir"))
