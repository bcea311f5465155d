"""The agent's settings: for now, how long before the screen clears by itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neph_gui.admin import idle_reset_disabled
from neph_gui.settings import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, DisplaySettings


class SettingsDialog(QDialog):
    """ "Réglages": the idle time, saved when the agent presses "Enregistrer".

    Turning the reset off is an administrator's setting (``neph_gui.admin``): when it is
    off, the dialog says so and offers no time."""

    def __init__(self, settings: DisplaySettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.settings = settings
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.idle_label = QLabel(self)
        self.idle_label.setWordWrap(True)
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setValue(settings.idle_minutes)
        self.idle_minutes.setMinimumHeight(44)
        self.idle_label.setBuddy(self.idle_minutes)
        self.disabled_by_admin = idle_reset_disabled()
        self.idle_minutes.setEnabled(not self.disabled_by_admin)
        self.idle_help = QLabel(self)
        self.idle_help.setWordWrap(True)
        self.idle_help.setProperty("role", "small")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("settings_save")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("settings_cancel")
        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.idle_label)
        layout.addWidget(self.idle_minutes)
        layout.addWidget(self.idle_help)
        layout.addLayout(buttons)
        self.accepted.connect(self._save)
        self.retranslate()

    def _save(self) -> None:
        if not self.disabled_by_admin:
            self.settings.idle_minutes = self.idle_minutes.value()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Réglages"))
        self.heading.setText(self.tr("Effacement automatique"))
        self.idle_label.setText(
            self.tr("Effacer l'écran pour la personne suivante après (minutes sans activité) :")
        )
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Minutes sans activité avant l'effacement"))
        if self.disabled_by_admin:
            self.idle_help.setText(
                self.tr(
                    "L'effacement automatique a été désactivé pour cet ordinateur "
                    "par la personne qui l'administre."
                )
            )
        else:
            self.idle_help.setText(
                self.tr(
                    "Trente secondes avant, un message prévient "
                    "et le bouton « Je suis encore là » annule l'effacement."
                )
            )
        self.save_button.setText(self.tr("Enregistrer"))
        self.cancel_button.setText(self.tr("Annuler"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
