"""Shown when no browser could be opened: the address in very large print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from neph_gui.site import OfficialSite
from neph_gui.texts import messages
from neph_gui.ui.widgets.dialog import Dialog


class SiteAddressDialog(Dialog):
    """ "The browser did not open: type this address" — with the address huge."""

    def __init__(self, site: OfficialSite, parent: QWidget | None = None) -> None:
        super().__init__("site_address_dialog", parent, heading=False)
        self.site = site
        self.explanation = self.add_text()
        self.address = self.add_text("result")
        self.address.setText(site.display)
        self.address.setObjectName("site_address")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.address.font()
        font.setPointSizeF(max(font.pointSizeF(), 12) * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.address.setFont(font)
        self.close_button = self.add_close_button()
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
