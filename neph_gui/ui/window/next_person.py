"""Forgetting the visitor: "Nouvelle personne", and the automatic reset when idle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

from neph_gui.admin import idle_reset_disabled
from neph_gui.first_frame import after_first_frame
from neph_gui.idle import IdleWatcher
from neph_gui.private_files import PRIVATE
from neph_gui.texts.questions import Step

if TYPE_CHECKING:
    from neph_gui.ui.window.idle_banner import IdleBanner
    from neph_gui.ui.window.main_window import MainWindow

MINUTE_MS = 60_000


class NextPerson(QObject):
    """Clears what one person typed before the next one sits down: on "Nouvelle
    personne" (asking first if something was typed), or after a quiet time announced by
    the idle banner ("Je suis encore là" cancels it).

    Display settings (text size, contrast, language, panel) stay as the agent set them.
    """

    reset_done = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.idle = IdleWatcher(self.idle_ms(), parent=window)
        banner: IdleBanner = window.idle_banner
        self.idle.warning_started.connect(self.on_idle_warning)
        self.idle.countdown.connect(banner.set_seconds)
        self.idle.cancelled.connect(banner.hide)
        self.idle.timed_out.connect(self.on_idle_timeout)
        banner.still_here.connect(self.idle.restart)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.on_application_state)
        # Inputs count from the first frame on (no one can touch the window before).
        self.idle.hold()
        after_first_frame(window, self.idle.resume)

    def idle_ms(self) -> int:
        """Quiet time before the automatic reset (0: turned off by the administrator)."""
        return 0 if idle_reset_disabled() else self._window.settings.idle_minutes * MINUTE_MS

    def needs_reset(self) -> bool:
        """Whether anything of the current visitor is still on screen."""
        window, tabs = self._window, self._window.built_tabs
        return (
            (tabs is not None and tabs.something_typed())
            or any(window.steps_panel.ticked())
            or bool(window.dialogs.open_dialogs())
            or window.pages.currentWidget() is not window.question
            or window.question.step() is not Step.FIRST
        )

    def ask(self) -> None:
        """ "Nouvelle personne": ask first only if something was typed."""
        tabs = self._window.built_tabs
        if tabs is None or not tabs.something_typed():
            self.reset()
            return
        from neph_gui.ui.dialogs.reset_dialog import ConfirmResetDialog

        dialog = ConfirmResetDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reset)
        self._window.dialogs.open(dialog)

    def reset(self) -> None:
        """Forget the visitor: boxes, results, ticks, our clipboard text, open dialogs."""
        window = self._window
        window.dialogs.close_all()
        if window.built_tabs is not None:
            window.built_tabs.clear()
        window.steps_panel.clear_ticks()
        window.clipboard.clear_if_ours()
        PRIVATE.clear()
        if window.speech is not None:
            window.speech.stop()
        window.show_question()
        self.reset_done.emit()

    def on_idle_warning(self, seconds: int) -> None:
        """Nobody touched the app for a while: announce the reset, if there is one to do."""
        if not self.needs_reset():
            self.idle.restart()
            return
        self._window.idle_banner.announce(seconds)

    def on_application_state(self, state: Qt.ApplicationState) -> None:
        """Another window active (the browser, with the person): the idle time pauses."""
        self.idle.set_away(state != Qt.ApplicationState.ApplicationActive)

    def on_idle_timeout(self) -> None:
        self._window.idle_banner.hide()
        self.reset()
