""" "Effacer pour la personne suivante ?" — asked only when something was typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class ConfirmResetDialog(QDialog):
    """Two big buttons: erase everything, or go back to what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirm_reset_dialog")
        self.question = QLabel(self)
        self.question.setProperty("role", "heading")
        self.question.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("confirm_reset_erase")
        self.erase_button.setProperty("role", "primary")
        self.keep_button = QPushButton(self)
        self.keep_button.setObjectName("confirm_reset_keep")
        self.erase_button.clicked.connect(self.accept)
        self.keep_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(self.question)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        # Escape keeps what was typed; nothing is lost by a wrong key.
        self.keep_button.setDefault(True)
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nouvelle personne"))
        self.question.setText(self.tr("Tout effacer pour la personne suivante ?"))
        self.detail.setText(
            self.tr(
                "Les numéros tapés dans les trois onglets et les étapes cochées seront "
                "effacés. Rien n'a été enregistré."
            )
        )
        self.erase_button.setText(self.tr("Oui, tout effacer"))
        self.keep_button.setText(self.tr("Non, revenir"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
