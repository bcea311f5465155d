"""The agent's settings: for now, how long before the screen clears by itself."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSpinBox, QWidget

from neph_gui.admin import idle_reset_disabled
from neph_gui.settings import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, DisplaySettings
from neph_gui.ui.widgets.dialog import Dialog


class SettingsDialog(Dialog):
    """ "Réglages": the idle time, saved when the agent presses "Enregistrer".

    Turning the reset off is an administrator's setting (``neph_gui.admin``): when it is
    off, the dialog says so and offers no time."""

    def __init__(self, settings: DisplaySettings, parent: QWidget | None = None) -> None:
        super().__init__("settings_dialog", parent)
        self.settings = settings
        self.idle_label = self.add_text()
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setValue(settings.idle_minutes)
        self.idle_minutes.setMinimumHeight(44)
        self.content.addWidget(self.idle_minutes)
        self.idle_label.setBuddy(self.idle_minutes)
        self.disabled_by_admin = idle_reset_disabled()
        self.idle_minutes.setEnabled(not self.disabled_by_admin)
        self.idle_help = self.add_text("small")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("settings_save")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("settings_cancel")
        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.add_buttons(self.cancel_button, self.save_button, stretch=True)
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
