"""A text-size change is laid out completely before the window is painted again.

Otherwise the window is painted twice per A− / A+, the first time half laid out (a bar
too tall, a gap under it), and the person sees it jump.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from qt_probes import PaintCounter

from neph_gui.ui.window.main_window import MainWindow


def _geometries(window: MainWindow) -> dict[str, tuple[int, int, int, int]]:
    watched: dict[str, QWidget] = {
        "display controls": window.display_bar,
        "tabs": window.tabs,
        "site button": window.site_button,
        "tab page": window.tabs.current_tab(),
        "text size": window.display_bar.text_size,
    }
    return {name: widget.geometry().getRect() for name, widget in watched.items()}


@pytest.mark.parametrize(
    ("before", "after"),
    [(100, 125), (125, 150), (175, 200), (125, 100), (100, 200), (200, 100)],
)
def test_the_layout_settles_at_once_when_the_size_is_set(
    window: MainWindow, before: int, after: int
) -> None:
    """One A+ / A- step: the event loop lays the window out in one go (nothing moves
    afterwards) and the tabs are drawn once, at most twice (one extra frame, 16 ms: the
    event pump that avoided it was removed, docs/performance.md)."""
    window.display.set_text_scale(before)
    for _ in range(4):
        QApplication.processEvents()
    paints = PaintCounter()
    window.tabs.installEventFilter(paints)  # (a scroll bar appearing may repaint alone)
    try:
        window.display.set_text_scale(after)
        for _ in range(4):
            QApplication.processEvents()
        laid_out = _geometries(window)
        for _ in range(4):
            QApplication.processEvents()
    finally:
        window.tabs.removeEventFilter(paints)
    assert _geometries(window) == laid_out, "something still moved after the step"
    assert 1 <= paints.count <= 2
    window.display.set_text_scale(100)


def _all_geometries(window: MainWindow) -> list[tuple[str, tuple[int, int, int, int]]]:
    return [
        (f"{type(w).__name__} {w.objectName()}", w.geometry().getRect())
        for w in window.findChildren(QWidget)
        if w.isVisible()
    ]


def test_back_to_a_size_every_widget_is_where_it_was(window: MainWindow) -> None:
    """Labels and fonts remember what they measured at each size: going back to a size
    lays the window out exactly as the first time."""
    window.resize(1800, 1000)  # room for 200 %: the window does not grow on the way
    tab = window.tabs.current_tab()
    for entry, text in zip(tab.entries, ("051227308989", "漢字 ١٢٣ K45293"), strict=False):
        entry.set_text(text)
    first = {}
    for scale in (100, 125, 150, 175, 200):
        window.display.set_text_scale(scale)
        for _ in range(4):
            QApplication.processEvents()
        first[scale] = _all_geometries(window)
    for scale in (175, 125, 100, 150, 200, 100):
        window.display.set_text_scale(scale)
        for _ in range(4):
            QApplication.processEvents()
        assert _all_geometries(window) == first[scale], scale
