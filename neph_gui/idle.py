"""Clearing the screen for the next person after a while without input.

An application-wide event filter restarts the wait on any key press, click, wheel turn
or mouse move. Such a filter sees every event of the app (each paint and layout too), so
after an input it steps aside for up to a second (``PAUSE_MS``): typing and A+/A− then
run without it, and the wait ends at most that much early. During the warning it stays
on, so any input cancels the reset. When the wait is over, a warning period starts (30 s
by default): the window shows a banner with a countdown; any input cancels it, and at the
end the window resets. Durations are parameters so tests can use short ones.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

DEFAULT_WARNING_MS = 30_000
# While another window is active (the agent is on the website with the person), quiet
# time does not count, for up to this long; then it counts again.
DEFAULT_AWAY_MAX_MS = 30 * 60_000
PAUSE_MS = 1000  # at most; a quarter of the quiet time when that is shorter (tests)

# Input from the person or the agent (not paints, timers or focus changes).
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Says when nobody has touched the app for ``idle_ms``, ``warning_ms`` ahead.

    Signals: ``warning_started(seconds_left)``, ``countdown(seconds_left)`` every
    second of the warning, ``cancelled()`` when input comes during the warning, and
    ``timed_out()`` at the end.
    """

    warning_started = Signal(int)
    countdown = Signal(int)
    cancelled = Signal()
    timed_out = Signal()

    def __init__(
        self, idle_ms: int, warning_ms: int = DEFAULT_WARNING_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._idle_ms = 0
        self._warning_ms = warning_ms
        self._left_ms = 0
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._on_quiet)
        self._tick = QTimer(self)
        self._tick.setInterval(min(1000, max(1, warning_ms)))
        self._tick.timeout.connect(self._on_tick)
        self._resume = QTimer(self)
        self._resume.setSingleShot(True)
        self._resume.timeout.connect(self._install_filter)
        self._away = QTimer(self)
        self._away.setSingleShot(True)
        self._away.timeout.connect(self.restart)
        self._away_max_ms = DEFAULT_AWAY_MAX_MS
        self._warning = False
        self._enabled = False
        self._installed = False
        self.set_durations(idle_ms, warning_ms)

    # --- public -----------------------------------------------------------------------
    def set_durations(self, idle_ms: int, warning_ms: int | None = None) -> None:
        """Total quiet time before the reset (0 = never) and how long it is announced."""
        self._idle_ms = max(0, idle_ms)
        if warning_ms is not None:
            self._warning_ms = max(0, warning_ms)
            self._tick.setInterval(min(1000, max(1, self._warning_ms)))
        self._enable(self._idle_ms > 0)
        self.restart()

    def idle_ms(self) -> int:
        """The quiet time before the reset (0 = never)."""
        return self._idle_ms

    def is_listening(self) -> bool:
        """Whether inputs are seen right now (not during the short pause after one)."""
        return self._installed

    def is_warning(self) -> bool:
        """Whether the reset is being announced."""
        return self._warning

    def seconds_left(self) -> int:
        """Whole seconds left in the warning (rounded up)."""
        return -(-self._left_ms // 1000)

    def restart(self) -> None:
        """Input happened: cancel any warning and wait again from now."""
        self._away.stop()
        if self._warning:
            self._warning = False
            self._tick.stop()
            self.cancelled.emit()
        if self._idle_ms > 0:
            self._quiet.start(max(0, self._idle_ms - self._warning_ms))
        else:
            self._quiet.stop()

    def set_away(self, away: bool, max_ms: int | None = None) -> None:
        """Another window is active (``away``), or the app is again.

        Away, the wait and any warning stop, for up to ``max_ms`` (30 minutes by
        default); after that, or when the app is active again, the wait starts anew."""
        if max_ms is not None:
            self._away_max_ms = max(0, max_ms)
        if away:
            if self._idle_ms <= 0:
                return
            if self._warning:
                self._warning = False
                self._tick.stop()
                self.cancelled.emit()
            self._quiet.stop()
            self._away.start(self._away_max_ms)
        elif self._away.isActive():
            self._away.stop()
            self.restart()

    def is_away(self) -> bool:
        """Whether quiet time is not counting because another window is active."""
        return self._away.isActive()

    def hold(self) -> None:
        """See no event until :meth:`resume` (nor after :meth:`set_durations`).

        The window holds the filter while it builds and paints its first frame: no input
        can come before the window is on screen, and each of that frame's many polish,
        layout and paint events would go through the filter (that is most of the work
        it would add to start-up)."""
        self._resume.stop()
        self._remove_filter()

    def resume(self) -> None:
        """See inputs again after :meth:`hold` (if enabled)."""
        self._install_filter()

    def step_aside(self) -> None:
        """Stop seeing every event for up to ``PAUSE_MS``, as after an input (not
        during the warning, when any input must cancel the reset).

        The window calls it before a text-size change: that sends hundreds of layout
        and paint events through the app, each one a call into this filter otherwise.
        The change comes from an input (A+, A−, a shortcut) that restarted the wait.
        """
        pause = self._pause_ms()
        if self._installed and pause > 0 and not self._warning:
            self._remove_filter()
            self._resume.start(pause)

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        self._enable(False)
        self._quiet.stop()
        self._tick.stop()
        self._away.stop()
        self._warning = False

    # --- internals --------------------------------------------------------------------
    def _enable(self, on: bool) -> None:
        self._enabled = on
        if on:
            self._install_filter()
        else:
            self._resume.stop()
            self._remove_filter()

    def _install_filter(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._enabled and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def _remove_filter(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def _pause_ms(self) -> int:
        return min(PAUSE_MS, max(0, self._idle_ms - self._warning_ms) // 4)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT_EVENTS:
            self.restart()
            # Input just came: the next second's inputs need not be seen one by one.
            self.step_aside()
        return False

    def _on_quiet(self) -> None:
        self._resume.stop()
        self._install_filter()  # every input counts during the warning
        self._warning = True
        self._left_ms = self._warning_ms
        self.warning_started.emit(self.seconds_left())
        if self._warning_ms <= 0:
            self._finish()
            return
        self._tick.start()

    def _on_tick(self) -> None:
        self._left_ms -= self._tick.interval()
        if self._left_ms <= 0:
            self._finish()
            return
        self.countdown.emit(self.seconds_left())

    def _finish(self) -> None:
        self._tick.stop()
        self._warning = False
        self.timed_out.emit()
        self.restart()
