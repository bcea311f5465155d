"""Text size, high contrast and fonts: the display controls above the tabs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from a11y_helpers import fill, visible_widgets
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from neph_gui.fonts import MONO_FAMILY, UI_FAMILY, load_fonts
from neph_gui.settings import DisplaySettings
from neph_gui.theme import DEFAULT, HIGH_CONTRAST, Sizes
from neph_gui.ui.widgets.appearance import base_point_size
from neph_gui.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier


def _body_label(window: MainWindow) -> QLabel:
    return window.tabs.current_tab().where


def test_buttons_step_the_text_size_and_stop_at_the_limits(window: MainWindow) -> None:
    larger, smaller = (
        window.display_bar.text_size.larger_button,
        window.display_bar.text_size.smaller_button,
    )
    assert window.display_bar.text_size.size_label.text() == "Texte : 100 %"
    seen = []
    for _ in range(6):
        larger.click()
        seen.append(window.display.text_scale())
    assert seen == [125, 150, 175, 200, 200, 200]
    assert window.display_bar.text_size.size_label.text() == "Texte : 200 %"
    assert "plus grande taille" in larger.toolTip()
    assert larger.isEnabled()  # clamped, not disabled: the focus stays where it is
    assert larger.accessibleDescription() == "Taille du texte : 200 %"
    for _ in range(5):
        smaller.click()
    assert window.display.text_scale() == 100
    assert "plus petite taille" in smaller.toolTip()


@pytest.mark.parametrize(
    ("key", "modifiers", "expected"),
    [
        (Qt.Key.Key_Plus, CTRL, 125),
        (Qt.Key.Key_Equal, CTRL, 125),
        (Qt.Key.Key_Plus, CTRL | SHIFT, 125),
        (Qt.Key.Key_Plus, CTRL | KEYPAD, 125),
        (Qt.Key.Key_Minus, CTRL, 125),  # from 150
        (Qt.Key.Key_Minus, CTRL | KEYPAD, 125),
        (Qt.Key.Key_0, CTRL, 100),
        (Qt.Key.Key_0, CTRL | KEYPAD, 100),
    ],
)
def test_keyboard_shortcuts_change_the_text_size(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier, expected: int
) -> None:
    if key == Qt.Key.Key_Minus or key == Qt.Key.Key_0:
        window.display.set_text_scale(150)
    window.activateWindow()
    qtbot.waitActive(window)
    # From inside a box, where the person is most of the time.
    edit = window.tabs.current_tab().entries[0].edit
    edit.setFocus()
    qtbot.keyClick(edit, key, modifiers)
    assert window.display.text_scale() == expected
    assert edit.text() == ""  # the shortcut did not type anything


@pytest.mark.parametrize("scale", [100, 125, 150, 175, 200])
def test_every_text_follows_the_text_size(window: MainWindow, scale: int) -> None:
    fill(window, "complete")
    window.display.set_text_scale(scale)
    QApplication.processEvents()
    sizes = Sizes.at(scale, base_point_size())
    assert _body_label(window).font().pointSizeF() == pytest.approx(sizes.body, abs=0.1)
    tab = window.tabs.current_tab()
    assert tab.entries[0].edit.font().pointSizeF() == pytest.approx(sizes.entry, abs=0.1)
    value = tab.result_panel.findChild(QLabel, "result_value_0")
    assert value is not None
    assert value.font().pointSizeF() == pytest.approx(sizes.result, abs=0.1)
    # Nothing keeps a fixed size: every text on screen is at least the small size.
    tiny = [
        f"{type(w).__name__}#{w.objectName()} {w.font().pointSizeF()}"
        for w in visible_widgets(window)
        if w.font().pointSizeF() < sizes.small - 0.1
    ]
    assert not tiny


def test_large_print_by_default() -> None:
    sizes = Sizes.at(100, base_point_size())
    assert sizes.body >= 14
    assert sizes.result >= 20


def test_bundled_fonts_are_registered_and_used(window: MainWindow) -> None:
    fonts = load_fonts()
    assert fonts.bundled
    assert (fonts.ui, fonts.mono) == (UI_FAMILY, MONO_FAMILY)
    fill(window, "complete")
    tab = window.tabs.current_tab()
    for widget in (tab.heading, tab.where, window.title, window.site_button):
        assert widget.font().family() == UI_FAMILY, widget.objectName()
    for edit in window.findChildren(QLineEdit):
        assert edit.font().family() == MONO_FAMILY
    value = tab.result_panel.findChild(QLabel, "result_value_0")
    assert value is not None and value.font().family() == MONO_FAMILY
    # Letter spacing chosen by the result panel survives the size changes.
    window.display.set_text_scale(150)
    assert value.font().letterSpacing() == 112


def _window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name().upper()


def test_contrast_toggle_switches_the_theme_live(qtbot: QtBot, window: MainWindow) -> None:
    assert _window_colour() == DEFAULT.window
    window.display_bar.contrast_toggle.click()
    assert window.display_bar.contrast_toggle.isChecked()
    assert _window_colour() == HIGH_CONTRAST.window
    assert QApplication.palette().color(QPalette.ColorRole.Highlight).name().upper() == (
        HIGH_CONTRAST.accent
    )
    # Widgets already on screen take the new colours.
    label = _body_label(window)
    assert label.palette().color(QPalette.ColorRole.WindowText).name().upper() == (
        HIGH_CONTRAST.text
    )
    window.display_bar.contrast_toggle.click()
    assert _window_colour() == DEFAULT.window
    assert not window.settings.high_contrast


def test_text_size_does_not_touch_the_style_sheet(window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    window.display.set_text_scale(200)
    assert app.styleSheet() == before


@pytest.fixture
def restarted(
    qtbot: QtBot, settings_path: Path, translations: object
) -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    for win in made:
        win.close()
        win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_text_size_and_theme_survive_a_restart(
    settings_path: Path, restarted: list[MainWindow]
) -> None:
    first = MainWindow(DisplaySettings(QSettings(str(settings_path), QSettings.Format.IniFormat)))
    restarted.append(first)
    first.show()
    first.display_bar.text_size.larger_button.click()
    first.display_bar.text_size.larger_button.click()
    first.display_bar.contrast_toggle.click()
    first.close()  # the app quits: preferences are written

    stored = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert {key: str(stored.value(key)) for key in stored.allKeys()} == {
        "display/text_scale": "150",
        "display/high_contrast": "True",
    }, "display preferences only, nothing typed"

    second = MainWindow(DisplaySettings(QSettings(str(settings_path), QSettings.Format.IniFormat)))
    restarted.append(second)
    second.show()
    assert second.display.text_scale() == 150
    assert second.display_bar.text_size.size_label.text() == "Texte : 150 %"
    assert second.display_bar.contrast_toggle.isChecked()
    assert _window_colour() == HIGH_CONTRAST.window
    assert second.tabs.current_tab().where.font().pointSizeF() == pytest.approx(
        Sizes.at(150, base_point_size()).body, abs=0.1
    )
    second.display_bar.contrast_toggle.click()  # leave the app in the default theme for other tests
    second.display.set_text_scale(100)


def test_dialogs_and_tooltips_get_the_text_size_too(qtbot: QtBot, window: MainWindow) -> None:
    window.display.set_text_scale(200)
    window.dialogs.show_help(window)
    dialog = window.dialogs.help
    assert dialog is not None
    qtbot.waitExposed(dialog)
    labels = [w for w in dialog.findChildren(QLabel) if isinstance(w, QWidget) and w.isVisible()]
    body = Sizes.at(200, base_point_size()).body
    assert all(label.font().pointSizeF() >= body - 0.1 for label in labels)
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()


def test_the_text_size_is_written_soon_after_the_last_press(
    qtbot: QtBot, window: MainWindow, settings: DisplaySettings
) -> None:
    window.display_bar.text_size.larger_button.click()
    window.display_bar.text_size.larger_button.click()
    # Not at each press (A+ must not wait for the disk), but shortly after, with no close.
    qtbot.waitUntil(lambda: settings.text_scale == 150, timeout=5000)


def test_text_sizes_follow_the_role_a_widget_was_last_polished_with(window: MainWindow) -> None:
    """A text size reuses the role found when each widget was polished; a widget given
    another role is polished again (the style sheet reads roles too) and then follows it."""
    base = base_point_size()
    label = QLabel("Permis", window.tabs.current_tab().widget())
    try:
        label.setProperty("role", "heading")
        label.show()
        label.ensurePolished()
        window.display.set_text_scale(150)
        assert label.font().pointSizeF() == pytest.approx(Sizes.at(150, base).heading, abs=0.1)
        assert label.font().bold()
        label.setProperty("role", "small")
        label.style().unpolish(label)
        label.style().polish(label)
        window.display.set_text_scale(175)
        assert label.font().pointSizeF() == pytest.approx(Sizes.at(175, base).small, abs=0.1)
        assert not label.font().bold()
    finally:
        label.deleteLater()
        window.display.set_text_scale(100)
