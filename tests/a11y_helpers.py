"""Walking the window the way the accessibility tests need (shared by several tests)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from neph_gui.licence import Era
from neph_gui.ui.window.main_window import MainWindow

# What a person can click or type into.
CLICKABLE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
# Qt widgets whose children are their own business (viewport, scroll bars, arrows…).
COMPOSITE = (QTabWidget, QTabBar, QAbstractScrollArea, QAbstractSpinBox, QComboBox, QLineEdit)

# Typed texts that bring out every kind of widget: results with Copy buttons, hints with
# "go to tab" buttons, warnings.
STATES: dict[str, dict[Era, dict[str, str]]] = {
    "empty": {},
    "complete": {
        Era.AFTER_1975: {"number": "051227308989"},
        Era.BEFORE_1975: {"top_line": "K45293", "bottom_first": "64", "bottom_second": "87"},
        Era.OLDER: {"number": "822 114", "year": "68", "department": "19"},
    },
    "wrong_tab": {
        Era.AFTER_1975: {"number": "K45293"},
        Era.BEFORE_1975: {"top_line": "051227308989"},
        Era.OLDER: {"number": "051227308989"},
    },
}


def set_panels(window: MainWindow, unfolded: bool) -> None:
    """Unfold or fold every side panel (the website steps…), as the agent would."""
    for panel in window.findChildren(QWidget):
        if callable(getattr(panel, "set_open", None)):
            panel.set_open(unfolded)
            changed = getattr(panel, "open_changed", None)
            if changed is not None:
                changed.emit(unfolded)  # as when the agent clicks: the window makes room


def fill(window: MainWindow, state: str) -> None:
    """Type the texts of ``state`` into every tab; "+panels" also unfolds side panels."""
    set_panels(window, state.endswith("+panels"))
    state = state.removesuffix("+panels")
    for era, boxes in STATES[state].items():
        tab = window.tabs.tab_for(era)
        for key, text in boxes.items():
            tab.entry(key).set_text(text)
            tab.entry(key).on_editing_finished()
    QApplication.processEvents()


# Every state, with side panels folded and unfolded.
ALL_STATES = [state + panels for state in STATES for panels in ("", "+panels")]


def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    """Every widget under ``root`` that is on screen (hidden tabs excluded)."""
    for widget in root.findChildren(QWidget):
        if widget.isVisible() and not widget.isWindow():
            yield widget


def focusable(widget: QWidget) -> bool:
    """Reached with the Tab key."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isEnabled()
        and widget.focusProxy() is None
    )


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (a button's text counts, as for Orca/NVDA)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    """``widget``'s rectangle in ``ancestor``'s coordinates."""
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}#{widget.objectName()} {text!r}"


def tab_cycle(qtbot: QtBot, start: QWidget, limit: int = 80) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back; the widgets visited in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [start]
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or now is start:
            break
        visited.append(now)
    return visited
