"""Whether the computer is offline, as the system says it (no pings, no sockets of ours).

Qt's QNetworkInformation asks the platform (NetworkManager, Windows' network list…). If
no backend loads, we know nothing and say nothing: the app never needs the network.
QtNetwork itself is optional (``neph_gui.optional``): it is imported only by the real watch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QNetworkInformation


class NetworkWatch(QObject):
    """Emits ``offline_changed(bool)``; ``is_offline()`` is False when unknown."""

    offline_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._offline = False

    def is_offline(self) -> bool:
        """True only when the system says the computer has no network."""
        return self._offline

    def set_offline(self, offline: bool) -> None:
        """Record what the system said (tests call this directly)."""
        if offline != self._offline:
            self._offline = offline
            self.offline_changed.emit(offline)


class QtNetworkWatch(NetworkWatch):
    """A :class:`NetworkWatch` fed by QNetworkInformation's default backend."""

    def __init__(self, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QNetworkInformation  # may fail: see neph_gui.optional

        super().__init__(parent)
        self._info: QNetworkInformation | None = None
        if QNetworkInformation.loadDefaultBackend():
            self._info = QNetworkInformation.instance()
        if self._info is None:
            return
        self._info.reachabilityChanged.connect(self._on_reachability)
        self._on_reachability(self._info.reachability())

    def _on_reachability(self, reachability: QNetworkInformation.Reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        self.set_offline(reachability == QNetworkInformation.Reachability.Disconnected)
