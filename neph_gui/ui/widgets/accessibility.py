"""Telling screen readers (NVDA, Orca) about changes they would otherwise miss.

Qt already reports focus, names, descriptions (``setAccessibleDescription`` sends
DescriptionChanged) and text edits. What it cannot guess is that something elsewhere in
the window matters now — the result became complete, the text grew: that is an
announcement (``QAccessibleAnnouncementEvent``, Qt ≥ 6.8; AT-SPI and UIA pass it on).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def built_unannounced() -> Iterator[None]:
    """Build widgets without telling screen readers about each step.

    Building the three tabs sends over a hundred accessibility events (every box's
    first caret position, the tab bar's selection…). Orca 43 takes them as a flood:
    it drops some and lags behind, then reads a stale caret event of the first box as
    a silent move of the focus there, and the real focus change that follows is never
    spoken. Nothing built here is on screen yet; what is shown later is announced then
    (showing, focus).
    """
    active = QAccessible.isActive()
    if active:
        QAccessible.setActive(False)
    try:
        yield
    finally:
        if active:
            QAccessible.setActive(True)


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


# Widget classes told to screen readers with another role than Qt's guess.
_ROLES: dict[type[QWidget], QAccessible.Role] = {}


def _accessible_factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    for widget_class, role in _ROLES.items():
        if isinstance(obj, widget_class):
            return QAccessibleWidget(obj, role)
    return None


@cache
def _install_factory() -> None:
    QAccessible.installFactory(_accessible_factory)


def told_as(widget_class: type[QWidget], role: QAccessible.Role) -> None:
    """Screen readers hear every ``widget_class`` made from now on as ``role``."""
    _install_factory()
    _ROLES.setdefault(widget_class, role)


def plain_page_stacks() -> None:
    """Stacks of pages (the window's, a tab widget's) are plain containers for screen
    readers. Qt calls them "layered panes"; having no name, Orca then says "panneau
    superposé" each time the focus enters a page, where the tab's name and the page's
    heading already say where the focus is."""
    told_as(QStackedWidget, QAccessible.Role.Client)
