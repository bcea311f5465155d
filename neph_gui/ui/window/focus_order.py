"""The order of the Tab key through the window: what is seen first is reached first."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QWidget


def chain(widgets: Iterable[QWidget]) -> None:
    """Tab goes from each widget to the next, in this order (repeats are skipped)."""
    for before, after in itertools.pairwise(dict.fromkeys(widgets)):
        QWidget.setTabOrder(before, after)


def focusable_in(layout: QLayout) -> list[QWidget]:
    """Widgets reachable with Tab inside ``layout``, in layout order (nested included)."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        child_layout = item.layout()
        if widget is not None:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
                found.append(widget)
            inner = widget.layout()
            if inner is not None:
                found.extend(focusable_in(inner))
        elif child_layout is not None:
            found.extend(focusable_in(child_layout))
    return found


def focus_chain_of(widget: QWidget) -> list[QWidget]:
    """``widget``'s descendants that take focus, in their focus-chain order (a part built
    later, such as the tabs after the first frame, comes after those built before it)."""
    found: list[QWidget] = []
    current = widget.nextInFocusChain()
    while isinstance(current, QWidget) and current is not widget:
        if widget.isAncestorOf(current) and current.focusPolicy() != Qt.FocusPolicy.NoFocus:
            found.append(current)
        current = current.nextInFocusChain()
    return found
