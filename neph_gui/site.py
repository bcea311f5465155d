"""Opening the official websites: the only side effect that leaves the app.

Only the fixed addresses of :class:`OfficialSite` can ever be opened; nothing typed in
the app is ever part of an address (PRODUCT.md).
"""

from __future__ import annotations

import enum


class OfficialSite(enum.Enum):
    """The allow-list of addresses the app may open (DOMAIN.md, "The website")."""

    ANTS = "https://ants.gouv.fr/"
    MES_POINTS = "https://mespoints.permisdeconduire.gouv.fr/"

    @property
    def url(self) -> str:
        """The full address."""
        return self.value

    @property
    def display(self) -> str:
        """The address as people read it, without "https://" and the final slash."""
        return self.value.removeprefix("https://").rstrip("/")


def open_official_site(site: OfficialSite = OfficialSite.ANTS) -> bool:
    """Open ``site`` in the default browser; False if the system could not open it."""
    if not isinstance(site, OfficialSite):
        raise TypeError("only an OfficialSite can be opened")
    # Imported here: the window needs only the addresses to show itself.
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    url = QUrl(site.url)
    if not url.isValid() or url.scheme() != "https":  # pragma: no cover - fixed values
        raise ValueError(site.url)
    return bool(QDesktopServices.openUrl(url))
