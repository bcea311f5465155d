"""Switching the theme live recolours everything on screen, in both directions.

The style sheet names palette roles and a switch only sets the application palette and
re-reads it (neph_gui.ui.widgets.appearance.apply_theme): these tests fail if a colour stayed
behind, by looking at rendered pixels and at the palettes widgets paint with.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import settle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from neph_gui.theme import (
    BORDER_PX,
    DEFAULT,
    FOCUS_RING_PX,
    HIGH_CONTRAST,
    SHEET_ROLES,
    Palette,
)
from neph_gui.ui.widgets.appearance import COLOUR_ROLES, qt_palette
from neph_gui.ui.window.main_window import MainWindow

R = QPalette.ColorRole
# (theme the window starts in, theme it switches to)
SWITCHES = [(DEFAULT, HIGH_CONTRAST), (HIGH_CONTRAST, DEFAULT)]
IDS = ["to-high-contrast", "to-default"]


def _hex(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb).upper()


def _pixel(image: QImage, window: QWidget, widget: QWidget, x: int, y: int) -> str:
    """Colour at (x, y) of ``widget`` (negative: from its right / bottom edge) in a grab
    of ``window``."""
    x = x if x >= 0 else widget.width() + x
    y = y if y >= 0 else widget.height() + y
    point = widget.mapTo(window, QPoint(x, y))
    return _hex(image.pixelColor(point))


@pytest.fixture
def switched(request: pytest.FixtureRequest, window: MainWindow) -> Iterator[Palette]:
    """The window shown in the first theme, filled in, then switched to the second."""
    start, target = request.param
    window.display.set_high_contrast(start is HIGH_CONTRAST)
    tab = window.tabs.current_tab()
    tab.entries[0].edit.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(tab.entries[0].edit, "0512")  # incomplete: a neutral status
    settle()
    window.display.set_high_contrast(target is HIGH_CONTRAST)
    settle()
    yield target
    window.display.set_high_contrast(False)  # the next test starts in the default theme


@pytest.mark.parametrize("palette", [DEFAULT, HIGH_CONTRAST], ids=lambda p: p.name)
def test_each_colour_is_in_the_role_the_style_sheet_reads(palette: Palette) -> None:
    qt = qt_palette(palette)
    assert set(COLOUR_ROLES) == set(SHEET_ROLES)
    for colour, role in COLOUR_ROLES.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            assert _hex(qt.color(group, role)) == getattr(palette, colour), colour
    # What Fusion draws itself (check boxes, arrows) uses these.
    assert _hex(qt.color(R.Text)) == palette.text
    assert _hex(qt.color(R.Base)) == palette.surface
    assert _hex(qt.color(R.ButtonText)) == palette.text


@pytest.mark.parametrize("switched", SWITCHES, ids=IDS, indirect=True)
def test_a_switch_recolours_what_is_already_on_screen(
    switched: Palette, window: MainWindow
) -> None:
    p = switched
    image = window.grab().toImage()
    button = window.action_bar.new_person_button
    site = window.site_button  # the main button, filled only once the number is complete
    toggle = window.display_bar.contrast_toggle
    edit = window.tabs.current_tab().entries[0].edit  # has the focus: thick ring
    tab_bar = window.tabs.tabBar()
    selected = tab_bar.tabRect(tab_bar.currentIndex())
    expected = {
        "window background": (window.centralWidget(), 2, 2, p.window),
        "button outline": (button, 0, button.height() // 2, p.border),
        "button background": (button, BORDER_PX + 3, button.height() // 2, p.surface),
        # Not yet the next step (the number is incomplete): drawn like the other buttons.
        "main button": (site, FOCUS_RING_PX + BORDER_PX + 3, site.height() // 2, p.surface),
        "toggle outline": (toggle, 0, toggle.height() // 2, p.border),
        "focus ring": (edit, 1, edit.height() // 2, p.focus),
        "box background": (edit, FOCUS_RING_PX + 2, edit.height() // 2, p.surface),
        "selected tab marker": (tab_bar, selected.center().x(), selected.top() + 2, p.accent),
    }
    seen = {
        name: _pixel(image, window, widget, x, y) for name, (widget, x, y, _) in expected.items()
    }
    assert seen == {name: colour for name, (*_, colour) in expected.items()}


@pytest.mark.parametrize("switched", SWITCHES, ids=IDS, indirect=True)
def test_a_switch_recolours_texts_and_status_icons(switched: Palette, window: MainWindow) -> None:
    p = switched
    entry = window.tabs.current_tab().entries[0]
    assert entry.status.tone() == "neutral"
    label = entry.status.findChildren(QWidget)[1]  # the sentence (after the icon)
    assert _hex(label.palette().color(label.foregroundRole())) == p.muted
    assert _hex(window.tabs.current_tab().where.palette().color(R.WindowText)) == p.text
    icon = entry.status.findChildren(QWidget)[0].pixmap().toImage()
    colours = {
        _hex(icon.pixelColor(x, y))
        for x in range(icon.width())
        for y in range(icon.height())
        if icon.pixelColor(x, y).alpha() == 255
    }
    assert p.muted in colours, "the status icon takes the tone colour of the new theme"


@pytest.mark.parametrize("switched", SWITCHES, ids=IDS, indirect=True)
def test_a_switched_window_looks_like_one_started_in_that_theme(
    switched: Palette, window: MainWindow
) -> None:
    switched_image = window.grab().toImage()
    fresh = MainWindow(window.settings, start_tab=0)  # the settings now say the new theme
    try:
        fresh.resize(window.size())
        fresh.show()
        tab = fresh.tabs.current_tab()
        tab.entries[0].edit.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClicks(tab.entries[0].edit, "0512")
        fresh.activateWindow()
        settle()
        assert fresh.grab().toImage() == switched_image
    finally:
        fresh.close()
        fresh.deleteLater()
        settle()


def _show_tab_typed(window: MainWindow, index: int, text: str) -> QImage:
    window.show_tab(index)
    tab = window.tabs.current_tab()
    tab.entries[0].edit.setFocus(Qt.FocusReason.TabFocusReason)
    if tab.entries[0].edit.text() != text:
        tab.entries[0].edit.clear()
        QTest.keyClicks(tab.entries[0].edit, text)
    window.activateWindow()
    settle()
    return window.grab().toImage()


@pytest.mark.parametrize(("start", "target"), SWITCHES, ids=IDS)
def test_tabs_hidden_during_a_switch_look_right_once_shown(
    window: MainWindow, start: Palette, target: Palette
) -> None:
    """Hidden tabs are polished when they are next shown, not at the switch (they hold
    most of the window's widgets): once shown, they look as in a window started in the
    new theme."""
    window.display.set_high_contrast(start is HIGH_CONTRAST)
    for index in (1, 2):
        _show_tab_typed(window, index, "K45")
    window.show_tab(0)
    settle()
    window.display.set_high_contrast(target is HIGH_CONTRAST)
    settle()
    switched = [_show_tab_typed(window, index, "K45") for index in (1, 2)]
    fresh = MainWindow(window.settings, start_tab=0)  # the settings now say the new theme
    try:
        fresh.resize(window.size())
        fresh.show()
        assert [_show_tab_typed(fresh, index, "K45") for index in (1, 2)] == switched
    finally:
        fresh.close()
        fresh.deleteLater()
        settle()
