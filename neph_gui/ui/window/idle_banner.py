"""The announcement of the automatic reset, with a live countdown and a big button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from neph_gui.i18n import Retranslating
from neph_gui.ui.widgets.wrapped_label import WrappedLabel


class IdleBanner(Retranslating, QFrame):
    """ "Dans 30 secondes, l'écran sera effacé…" + "Je suis encore là"."""

    still_here = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idle_banner")
        self.setProperty("role", "banner")
        self.message = WrappedLabel(self)
        self.message.setObjectName("idle_banner_message")
        self.message.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("still_here_button")
        self.button.setProperty("role", "primary")
        self.button.clicked.connect(self.still_here)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(16)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button)
        self._seconds = 30
        self.retranslate()
        self.hide()

    def announce(self, seconds: int) -> None:
        """Show the banner with ``seconds`` left."""
        self.set_seconds(seconds)
        self.show()

    def set_seconds(self, seconds: int) -> None:
        """Update the countdown."""
        self._seconds = seconds
        self.message.setText(
            self.tr(
                "Dans %n seconde(s), l'écran sera effacé pour la personne suivante.", "", seconds
            )
        )
        self.message.setAccessibleName(self.message.text())

    def retranslate(self) -> None:
        self.set_seconds(self._seconds)
        self.button.setText(self.tr("Je suis encore là"))
        self.button.setAccessibleName(self.button.text())
        self.button.setAccessibleDescription(self.tr("Garde ce qui a été tapé."))
