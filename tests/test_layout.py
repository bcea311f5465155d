"""At 200 % text on a 1366 × 768 screen nothing overlaps, nothing is cut, all is reachable.

The walks take whatever widgets the window has, so bars and panels added later are
checked as well.
"""

from __future__ import annotations

import itertools

import pytest
from a11y_helpers import ALL_STATES, COMPOSITE, describe, fill, rect_in, visible_widgets
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from neph_gui.ui.widgets.scroll_area import VerticalScrollArea
from neph_gui.ui.window.main_window import MainWindow

# The promise (200 % on 1366 x 768), the default, and a small library or netbook screen.
SCREENS = [(1366, 768, 200), (1366, 768, 100), (1024, 600, 100)]


def _prepare(window: MainWindow, width: int, height: int, scale: int, tab: int, state: str) -> None:
    window.display.set_text_scale(scale)
    fill(window, state)
    window.show_tab(tab)
    window.resize(width, height)
    QApplication.processEvents()
    QApplication.processEvents()


def _scroll_content(widget: QWidget) -> QWidget | None:
    """The content widget of the nearest scroll area around ``widget``, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            content = parent.widget()
            if content is widget or content.isAncestorOf(widget):
                return content
        parent = parent.parentWidget()
    return None


def _inside(widget: QWidget, window: MainWindow) -> bool:
    if widget.width() <= 0 or widget.height() <= 0:
        return True  # takes no room (an empty bar)
    content = _scroll_content(widget)
    area = content if content is not None else window
    return area.rect().contains(rect_in(widget, area))


def _needed(widget: QWidget) -> QSize:
    """The smallest size that shows all of ``widget`` at its current width."""
    hint = widget.minimumSizeHint()
    if not hint.isValid():
        return QSize(0, 0)
    if widget.layout() is not None:
        # A container's height-for-width is its preferred height; its children are
        # checked one by one instead.
        return QSize(hint.width(), 0 if widget.hasHeightForWidth() else hint.height())
    if widget.hasHeightForWidth():
        return QSize(hint.width(), widget.heightForWidth(widget.width()))
    return hint


CASES = [
    (w, h, s, tab, state) for (w, h, s) in SCREENS for tab in (0, 1, 2) for state in ALL_STATES
]


@pytest.mark.parametrize(("width", "height", "scale", "tab", "state"), CASES)
def test_nothing_is_cut_or_overlapping(
    window: MainWindow, width: int, height: int, scale: int, tab: int, state: str
) -> None:
    _prepare(window, width, height, scale, tab, state)
    assert window.size() == QSize(width, height), "the window must fit the screen"
    # The whole window scrolls only as a last resort, never at these sizes.
    assert window.window_scroll.verticalScrollBar().maximum() == 0
    widgets = list(visible_widgets(window))

    too_wide = [
        f"{describe(a)}: content {a.widget().width()} px in {a.viewport().width()} px"
        for a in window.findChildren(QScrollArea)
        if a.isVisible() and a.widget() is not None and a.widget().width() > a.viewport().width()
    ]
    assert not too_wide, "no sideways scrolling: wider content would be cut"
    outside = [describe(w) for w in widgets if not _inside(w, window)]
    hidden_tabs = [
        f"{describe(bar)} tab {i}"
        for bar in window.findChildren(QTabBar)
        if bar.isVisible()
        for i in range(bar.count())
        if not bar.rect().contains(bar.tabRect(i))
    ]
    assert not hidden_tabs, "every tab title in full, without scroll arrows"
    assert not outside, "outside the window or its scroll area"

    squeezed = [
        f"{describe(w)} {w.width()}x{w.height()} < {_needed(w).width()}x{_needed(w).height()}"
        for w in widgets
        if not isinstance(w.parentWidget(), COMPOSITE)
        and (w.width() < _needed(w).width() or w.height() < _needed(w).height())
    ]
    assert not squeezed, "smaller than their content needs"

    overlapping = []
    for parent in {w.parentWidget() for w in widgets}:
        if parent is None or isinstance(parent, COMPOSITE):
            continue
        siblings = [w for w in widgets if w.parentWidget() is parent]
        for a, b in itertools.combinations(siblings, 2):
            if a.geometry().intersects(b.geometry()):
                overlapping.append(f"{describe(a)} / {describe(b)}")
    assert not overlapping


@pytest.mark.parametrize(("width", "height", "scale", "tab", "state"), CASES)
def test_every_label_shows_its_whole_text(
    window: MainWindow, width: int, height: int, scale: int, tab: int, state: str
) -> None:
    _prepare(window, width, height, scale, tab, state)
    cut = []
    for label in (w for w in visible_widgets(window) if isinstance(w, QLabel)):
        if not label.text() or (label.pixmap() and not label.pixmap().isNull()):
            continue
        room = label.contentsRect()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height():
                cut.append(f"{describe(label)} needs {needed}px high, has {label.height()}")
        else:
            text = label.fontMetrics().boundingRect(QRect(0, 0, 1 << 20, 1 << 20), 0, label.text())
            if text.width() > room.width() or text.height() > room.height():
                cut.append(f"{describe(label)} needs {text.width()}x{text.height()}, has {room}")
    assert not cut


@pytest.mark.parametrize(("scale", "width", "height"), [(100, 1024, 600), (200, 1366, 768)])
@pytest.mark.parametrize("state", ["wrong_tab", "wrong_tab+panels"])
def test_the_window_never_needs_more_than_the_screen(
    window: MainWindow, scale: int, width: int, height: int, state: str
) -> None:
    _prepare(window, width, height, scale, 0, state)
    needed = window.minimumSizeHint()
    assert needed.width() <= width and needed.height() <= height


def test_top_bar_wraps_instead_of_widening_the_window(qtbot: QtBot, window: MainWindow) -> None:
    window.display.set_text_scale(200)
    window.resize(1100, 700)
    QApplication.processEvents()
    assert window.width() == 1100
    # At a large size the display controls fold behind "Affichage", and the title goes.
    toggle = window.action_bar.display_toggle
    assert toggle.isVisible() and not window.title.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert toggle.text().startswith("Masquer")
    for widget in (
        window.action_bar.new_person_button,
        toggle,
        window.display_bar.text_size,
        window.display_bar.contrast_toggle,
        window.display_bar.help_button,
    ):
        assert widget.isVisible(), describe(widget)
        assert window.rect().contains(rect_in(widget, window)), describe(widget)
    rows = {
        rect_in(w, window).top()
        for w in (toggle, window.display_bar.text_size, window.display_bar.help_button)
    }
    assert len(rows) >= 2, "at 200 % on a narrow window the top bar takes several rows"
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert not window.display_bar.isVisible()


def test_a_tiny_window_scrolls_as_a_whole_instead_of_overlapping(window: MainWindow) -> None:
    window.display.set_text_scale(200)
    window.resize(683, 384)  # 1366 x 768 with the system zoom at 200 %, and our 200 %
    QApplication.processEvents()
    QApplication.processEvents()
    assert window.window_scroll.verticalScrollBar().maximum() > 0
    page = window.window_scroll.widget()
    for a, b in itertools.combinations([window.action_bar, window.display_bar, window.tabs], 2):
        assert not rect_in(a, page).intersects(rect_in(b, page)), (describe(a), describe(b))


def test_scroll_areas_only_scroll_vertically(window: MainWindow) -> None:
    window.display.set_text_scale(200)
    window.resize(1366, 768)
    QApplication.processEvents()
    for area in window.findChildren(QAbstractScrollArea):
        if area.isVisible():
            assert area.horizontalScrollBar().maximum() == 0, describe(area)


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_the_box_with_the_cursor_is_on_screen_at_200_percent(window: MainWindow, tab: int) -> None:
    window.display.set_text_scale(200)
    window.resize(1366, 768)
    window.activateWindow()
    QApplication.processEvents()
    page = window.tabs.era_tabs[tab]
    for entry in page.entries:  # as Enter moves from box to box
        window.tabs.setCurrentWidget(page)
        entry.edit.setFocus()
        QApplication.processEvents()
        box = rect_in(entry.edit, page.viewport())
        assert page.viewport().rect().contains(box), describe(entry.edit)


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_each_tab_shows_what_to_do_without_scrolling(window: MainWindow, tab: int) -> None:
    """At 100 % on 1366 x 768, steps panel folded (its default there): before anything is
    typed, the heading, the boxes, the answer panel, the licence drawing with its caption
    and "Agrandir" are in view without scrolling. The drawing of the site's boxes comes
    under the answer and may be below the fold."""
    _prepare(window, 1366, 768, 100, tab, "empty")
    window.steps_panel.set_open(False)
    QApplication.processEvents()
    page = window.tabs.current_tab()
    assert page.verticalScrollBar().value() == 0
    drawings = page.drawings
    wanted = [page.heading, *page.entries, page.result_panel, drawings.licence]
    wanted += [drawings.note, drawings.magnify_button]
    view = page.viewport().rect()
    outside = [describe(w) for w in wanted if not view.contains(rect_in(w, page.viewport()))]
    assert not outside


class _RestlessPage(QWidget):
    """A page whose height for a width depends on its own current width, as the window's
    page does (tab titles, rows of buttons and columns are arranged for the width they
    had last): it fits beside the scroll bar only once it is wide, and wide only when the
    bar is gone."""

    def __init__(self) -> None:
        super().__init__()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.tall = True

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        if self.tall:
            return 600
        return 300 if self.width() < 395 else 340


def test_a_page_that_fits_only_without_the_scroll_bar_settles(app: QApplication) -> None:
    """QScrollArea resized such a page from within its own resize, back and forth
    without end, until the program ran out of stack (`make fuzz` seed 2: a segmentation
    fault in a 1352 x 514 window). Now the page settles, on one side or the other."""
    area = VerticalScrollArea()
    page = _RestlessPage()
    area.setWidget(page)
    area.resize(400, 300)
    area.show()
    QApplication.processEvents()
    assert area.verticalScrollBar().isVisible()
    page.tall = False
    page.updateGeometry()
    for _ in range(3):
        QApplication.processEvents()
    bar = area.verticalScrollBar()
    settled = (page.size(), bar.isVisible(), bar.maximum())
    QApplication.processEvents()
    assert (page.size(), bar.isVisible(), bar.maximum()) == settled
    assert bar.maximum() == max(0, page.height() - area.viewport().height())
    area.close()
