"""Shown when no browser could be opened: the address in very large print."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from neph_gui.site import OfficialSite
from neph_gui.texts import messages


class SiteAddressDialog(QDialog):
    """ "The browser did not open: type this address" — with the address huge."""

    def __init__(self, site: OfficialSite, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site = site
        self.setObjectName("site_address_dialog")
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.address = QLabel(site.display, self)
        self.address.setObjectName("site_address")
        self.address.setProperty("role", "result")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setWordWrap(True)
        font = self.address.font()
        font.setPointSizeF(max(font.pointSizeF(), 12) * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.address.setFont(font)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(self.explanation)
        layout.addWidget(self.address)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Adresse du site"))
        self.explanation.setText(
            self.tr(
                "Le navigateur ne s'est pas ouvert. Ouvrez-le vous-même et tapez "
                "cette adresse en haut de la fenêtre :"
            )
        )
        self.address.setAccessibleName(
            messages.fill(self.tr("Adresse à taper : %1"), self.site.display)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
