"""The licence drawing is the largest thing on a tab, and no word in a drawing is smaller
than the body text (issue 17, item 1)."""

from __future__ import annotations

import pytest
from helpers import settle
from PySide6.QtGui import QFontMetricsF

from neph_gui.theme import TEXT_ROLES
from neph_gui.ui.tab.drawing_view import DrawingView
from neph_gui.ui.widgets import appearance
from neph_gui.ui.window.main_window import MainWindow


def _at(window: MainWindow, scale: int, tab: int) -> None:
    window.display.set_text_scale(scale)
    window.resize(1366, 768)
    window.steps_panel.set_open(False)
    window.show_tab(tab)
    settle()


def _drawing_width(window: MainWindow, tab: int) -> float:
    return window.tabs.era_tabs[tab].drawings.licence.drawing_rect().width()


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_the_licence_drawing_takes_nearly_half_the_window(window: MainWindow, tab: int) -> None:
    _at(window, 100, tab)
    assert window.width() == 1366
    assert _drawing_width(window, tab) / window.width() >= 0.45
    assert window.tabs.era_tabs[tab].drawings.licence.isVisible()


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_the_drawing_grows_with_the_text(window: MainWindow, tab: int) -> None:
    _at(window, 100, tab)
    normal = _drawing_width(window, tab)
    _at(window, 200, tab)
    assert _drawing_width(window, tab) > normal


def _shown_views(window: MainWindow, tab: int) -> list[DrawingView]:
    return [view for view in window.tabs.era_tabs[tab].drawings.views() if view.isVisible()]


@pytest.mark.parametrize("scale", [100, 150, 200])
@pytest.mark.parametrize(("tab", "card"), [(0, False), (0, True), (1, False), (2, False)])
def test_no_drawn_word_is_smaller_than_the_body_text(
    window: MainWindow, scale: int, tab: int, card: bool
) -> None:
    _at(window, scale, tab)
    page = window.tabs.era_tabs[tab]
    page.show_card(card)
    examples = {0: ["051227308989"], 1: ["K45293", "64", "87"], 2: ["822114", "68", "19"]}
    for entry, text in zip(page.entries, examples[tab], strict=True):
        entry.set_text(text)
    settle()
    body = QFontMetricsF(appearance.app_style().font_for(TEXT_ROLES["body"]))
    body_height = body.ascent() + body.descent()
    views = _shown_views(window, tab)
    assert views
    drawn = 0
    for view in views:
        for label_id, fitted in view.fitted_labels().items():
            if not fitted.text:
                continue  # left out: the caption says it in words
            drawn += 1
            metrics = QFontMetricsF(fitted.font)
            assert metrics.ascent() + metrics.descent() >= body_height - 0.5, (
                view.objectName(),
                label_id,
                fitted.text,
            )
    assert drawn >= len(views), "most words are still drawn"
    # The example number is always drawn on the licence (or the card's back).
    licence = page.drawings.card_back if card else page.drawings.licence
    assert licence is not None
    assert any(f.text and f.text[0].isalnum() for f in licence.fitted_labels().values())
