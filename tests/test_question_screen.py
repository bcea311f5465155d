""" "Quel permis avez-vous ?": the question screen, alone (without the main window)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import settle
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from neph_gui.fonts import load_fonts
from neph_gui.i18n import Translations
from neph_gui.licence import Era
from neph_gui.texts.questions import Step
from neph_gui.theme import DEFAULT, HIGH_CONTRAST
from neph_gui.ui.widgets import appearance
from neph_gui.ui.window.choice_button import ChoiceButton
from neph_gui.ui.window.question_screen import QuestionScreen

BARS = 120  # the app window's top and bottom bars around the screen, about 60 px each


@pytest.fixture
def host(qtbot: QtBot, translations: Translations) -> Iterator[QWidget]:
    """A window holding only the question screen, in French, at 100 %."""
    fonts = load_fonts()
    appearance.set_families(fonts.ui, fonts.mono)
    appearance.apply_theme(DEFAULT)
    appearance.apply_text_scale(100)
    window = QWidget()
    QVBoxLayout(window).setContentsMargins(0, 0, 0, 0)
    window.layout().addWidget(QuestionScreen(window))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    settle()
    yield window
    appearance.apply_text_scale(100)


def screen_of(host: QWidget) -> QuestionScreen:
    screen = host.findChild(QuestionScreen)
    assert screen is not None
    return screen


def click(qtbot: QtBot, screen: QuestionScreen, key: str) -> None:
    qtbot.mouseClick(screen.answer_button(key), Qt.MouseButton.LeftButton)
    settle()


def pictures(screen: QuestionScreen) -> list[ChoiceButton]:
    return [b for b in screen.answer_buttons() if isinstance(b, ChoiceButton) and b.picture]


# --- where each answer leads --------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "chosen"),
    [
        (["after_1975"], (Era.AFTER_1975, False)),
        (["before_1975"], (Era.BEFORE_1975, False)),
        (["older"], (Era.OLDER, False)),
        # A card keeps the first licence's number: its date decides.
        (["card", "after"], (Era.AFTER_1975, True)),
        (["card", "before", "card_after_1975"], (Era.AFTER_1975, True)),
        (["card", "before", "before_1975"], (Era.BEFORE_1975, False)),
        (["card", "dont_know", "older"], (Era.OLDER, False)),
        (["dont_know", "after_1975"], (Era.AFTER_1975, False)),
        (["dont_know", "before_1975"], (Era.BEFORE_1975, False)),
        (["dont_know", "older"], (Era.OLDER, False)),
        (["dont_know", "card", "after"], (Era.AFTER_1975, True)),
    ],
)
def test_every_answer_path_ends_on_its_era(
    qtbot: QtBot, host: QWidget, answers: list[str], chosen: tuple[Era, bool]
) -> None:
    screen = screen_of(host)
    seen: list[tuple[Era, bool]] = []
    screen.era_chosen.connect(lambda era, card: seen.append((era, card)))
    for key in answers[:-1]:
        click(qtbot, screen, key)
        assert seen == []
    with qtbot.waitSignal(screen.era_chosen):
        click(qtbot, screen, answers[-1])
    assert seen == [chosen]


def test_i_dont_know_ends_on_the_four_pictures(qtbot: QtBot, host: QWidget) -> None:
    screen = screen_of(host)
    dont_know = screen.answer_button("dont_know")
    assert not isinstance(dont_know, ChoiceButton)  # a normal button, under the pictures
    click(qtbot, screen, "dont_know")
    assert screen.step() is Step.LOOK
    assert [b.picture for b in pictures(screen)] == [
        "licence_after_1975.svg",
        "licence_before_1975.svg",
        "licence_older.svg",
        "card_back.svg",
    ]
    assert screen.detail.isVisible() and "1er juin 1975" in screen.detail.text()


def test_a_card_with_an_older_number_ends_on_pictures(qtbot: QtBot, host: QWidget) -> None:
    screen = screen_of(host)
    click(qtbot, screen, "card")
    assert screen.step() is Step.CARD_DATE
    click(qtbot, screen, "before")
    assert screen.step() is Step.CARD_LOOK
    assert "verso" in screen.heading.text()
    assert len(pictures(screen)) == len(screen.answer_buttons()) == 3


def visible_texts(widget: QWidget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisible()]
    return texts


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_page_speaks_of_tabs(
    qtbot: QtBot, host: QWidget, translations: Translations, language: str
) -> None:
    translations.set_language(language)
    settle()
    screen = screen_of(host)
    paths = [[], ["dont_know"], ["card"], ["card", "before"]]
    for path in paths:
        screen.reset()
        for key in path:
            click(qtbot, screen, key)
        for text in visible_texts(host):
            assert "onglet" not in text.lower() and "tab " not in text.lower(), text


# --- going back -------------------------------------------------------------------------


def test_retour_goes_back_and_reset_starts_again(qtbot: QtBot, host: QWidget) -> None:
    screen = screen_of(host)
    assert not screen.back_button.isVisible()  # nothing to go back to on the first page
    first_heading = screen.heading.text()
    click(qtbot, screen, "card")
    click(qtbot, screen, "dont_know")
    assert screen.step() is Step.CARD_LOOK
    assert screen.back_button.isVisible()
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    settle()
    assert screen.step() is Step.CARD_DATE
    # Back on the answer that left the page.
    assert screen.answer_button("dont_know").hasFocus()
    click(qtbot, screen, "before")
    screen.reset()
    settle()
    assert screen.step() is Step.FIRST
    assert screen.heading.text() == first_heading
    assert not screen.back_button.isVisible()
    screen.go_back()  # nothing before the first page: nothing happens
    assert screen.step() is Step.FIRST


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier),
    ],
)
def test_escape_and_alt_left_go_back(
    qtbot: QtBot, host: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    screen = screen_of(host)
    host.activateWindow()
    click(qtbot, screen, "dont_know")
    assert screen.step() is Step.LOOK
    focused = QApplication.focusWidget()
    assert focused is screen.answer_buttons()[0]
    qtbot.keyClick(focused, key, modifier)
    settle()
    assert screen.step() is Step.FIRST
    assert screen.answer_button("dont_know").hasFocus()


# --- keyboard and screen readers --------------------------------------------------------


def test_focus_first_then_arrows_and_enter(qtbot: QtBot, host: QWidget) -> None:
    screen = screen_of(host)
    host.activateWindow()
    screen.focus_first()
    buttons = screen.answer_buttons()
    assert buttons[0].hasFocus()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Down)
    assert buttons[1].hasFocus()
    qtbot.keyClick(buttons[1], Qt.Key.Key_Right)
    assert buttons[2].hasFocus()
    qtbot.keyClick(buttons[2], Qt.Key.Key_Up)
    assert buttons[1].hasFocus()
    with qtbot.waitSignal(screen.era_chosen) as signal:
        qtbot.keyClick(buttons[1], Qt.Key.Key_Return)
    assert signal.args == [Era.BEFORE_1975, False]


@pytest.mark.parametrize("path", [[], ["dont_know"], ["card"], ["card", "before"]])
def test_every_answer_is_a_named_button_saying_where_it_leads(
    qtbot: QtBot, host: QWidget, path: list[str]
) -> None:
    screen = screen_of(host)
    for key in path:
        click(qtbot, screen, key)
    for button in screen.answer_buttons():
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleName() == button.text() != ""
        assert len(button.accessibleDescription()) > 20
        # The picture is painted by the button: nothing else for a screen reader.
        interface = QAccessible.queryAccessibleInterface(button)
        assert interface.role() == QAccessible.Role.Button
        assert interface.childCount() == 0
    heading = QAccessible.queryAccessibleInterface(screen.heading)
    assert heading.role() == QAccessible.Role.Heading
    assert heading.text(QAccessible.Text.Name) == screen.heading.text()
    if path:
        assert screen.back_button.accessibleName() == "Retour à la question précédente"


def test_the_heading_follows_the_language(host: QWidget, translations: Translations) -> None:
    screen = screen_of(host)
    assert screen.heading.text() == "Quel permis avez-vous ?"
    translations.set_language("en")
    settle()
    assert screen.heading.text() == "Which licence do you have?"
    assert screen.answer_button("card").accessibleName() == "Plastic card"
    assert screen.answer_button("dont_know").text() == "I don't know"
    translations.set_language("fr")
    settle()
    assert screen.heading.text() == "Quel permis avez-vous ?"


# --- sizes ------------------------------------------------------------------------------


def picture_widths(screen: QuestionScreen) -> list[int]:
    return [button.picture_rect().width() for button in pictures(screen)]


def rows(screen: QuestionScreen) -> int:
    return len(
        {button.y() for button in screen.answer_buttons() if isinstance(button, ChoiceButton)}
    )


def test_at_1366x768_four_big_pictures_in_a_row_without_scrolling(host: QWidget) -> None:
    screen = screen_of(host)
    widths = picture_widths(screen)
    assert len(widths) == 4 and min(widths) >= 250, widths
    assert rows(screen) == 1
    # In the app the window's bars take about 120 px: it still fits without scrolling.
    host.resize(1366, 768 - BARS)
    settle()
    assert min(picture_widths(screen)) >= 250
    assert screen.area.verticalScrollBar().maximum() == 0
    bottom = screen.answer_button("dont_know").geometry().bottom()
    assert bottom < screen.area.viewport().height()


def test_pictures_grow_with_the_text_size(host: QWidget) -> None:
    screen = screen_of(host)
    at_100 = picture_widths(screen)
    appearance.apply_text_scale(200)
    settle()
    at_200 = picture_widths(screen)
    assert min(at_200) > 1.5 * max(at_100), (at_100, at_200)
    assert rows(screen) == 2  # 2 × 2: never 3 + 1
    # Nothing is cut: every answer fits the width; the page scrolls instead.
    viewport = screen.area.viewport().width()
    assert all(b.geometry().right() < viewport for b in screen.answer_buttons())
    assert screen.area.verticalScrollBar().maximum() > 0


def test_a_small_screen_keeps_the_four_in_view_at_100(host: QWidget) -> None:
    screen = screen_of(host)
    host.resize(1024, 600 - BARS)
    settle()
    assert rows(screen) == 1  # smaller pictures, but all four and "Je ne sais pas" in view
    assert screen.area.verticalScrollBar().maximum() == 0
    assert min(picture_widths(screen)) >= 150


def test_at_200_on_a_small_screen_it_scrolls_and_cuts_nothing(qtbot: QtBot, host: QWidget) -> None:
    screen = screen_of(host)
    appearance.apply_text_scale(200)
    host.resize(1024, 600 - BARS)
    settle()
    viewport = screen.area.viewport()
    for button in screen.answer_buttons():
        assert button.geometry().right() < viewport.width()
        assert button.width() >= button.minimumSizeHint().width()
        assert button.height() >= button.heightForWidth(button.width())
    bar = screen.area.verticalScrollBar()
    assert bar.maximum() > 0

    def in_view(button: QWidget) -> bool:
        top = button.mapTo(viewport, button.rect().topLeft()).y()
        return top >= 0 and top + button.height() <= viewport.height()

    # On a new page the focused answer is in view; back from it, the answer that left
    # the page is focused and in view.
    click(qtbot, screen, "dont_know")
    assert screen.answer_buttons()[0].hasFocus()
    assert in_view(screen.answer_buttons()[0])
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    settle()
    assert screen.answer_button("dont_know").hasFocus()
    assert in_view(screen.answer_button("dont_know"))


def test_the_pictures_follow_the_theme(host: QWidget) -> None:
    screen = screen_of(host)
    screen.set_theme(HIGH_CONTRAST)
    screen.focus_first()
    image = host.grab().toImage()
    assert not image.isNull()
    screen.reset()  # new buttons keep the theme
    assert all(button.theme() is HIGH_CONTRAST for button in pictures(screen))
