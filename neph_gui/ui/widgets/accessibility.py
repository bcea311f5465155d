"""Telling screen readers (NVDA, Orca) about changes they would otherwise miss.

Qt already reports focus, names, descriptions (``setAccessibleDescription`` sends
DescriptionChanged) and text edits. What it cannot guess is that something elsewhere in
the window matters now — the result became complete, the text grew: that is an
announcement (``QAccessibleAnnouncementEvent``, Qt ≥ 6.8; AT-SPI and UIA pass it on).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QStackedWidget, QWidget

try:  # Qt ≥ 6.8
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: fall back to a name change
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]


class _Announcer(QObject):
    """Emits every announcement (tests and a future speech feature can listen)."""

    announced = Signal(str)


announcer = _Announcer()


def announce(source: QObject, message: str, *, assertive: bool = False) -> None:
    """Have the screen reader say ``message`` (politely: after what it is saying now)."""
    if not message:
        return
    announcer.announced.emit(message)
    if not QAccessible.isActive():
        return
    if QAccessibleAnnouncementEvent is not None:
        event = QAccessibleAnnouncementEvent(source, message)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if assertive
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
    else:  # pragma: no cover - Qt < 6.8
        from PySide6.QtGui import QAccessibleEvent

        QAccessible.updateAccessibility(QAccessibleEvent(source, QAccessible.Event.NameChanged))


class _PlainStack(QAccessibleWidget):
    """A stack of pages (the window's pages, a tab widget's), told to screen readers as
    a plain container.

    Qt calls it a "layered pane"; having no name, Orca then says "panneau superposé"
    each time the focus enters a page. A plain container is not announced: the tab's
    own name and the page's heading already say where the focus is.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Client)


def _accessible_factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    return _PlainStack(obj) if isinstance(obj, QStackedWidget) else None


@cache
def plain_page_stacks() -> None:
    """Have every QStackedWidget made from now on told as a plain container."""
    QAccessible.installFactory(_accessible_factory)
