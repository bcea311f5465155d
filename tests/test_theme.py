"""The two themes: contrast of every pair, focus ring, and one source for colours."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from neph_gui.theme import (
    DEFAULT,
    FOCUS_RING_PX,
    HIGH_CONTRAST,
    SHEET_ROLES,
    TEXT_ROLES,
    Palette,
    Sizes,
    contrast_ratio,
    palette_colours,
    resolved_style_sheet,
    style_sheet,
)

PALETTES = [DEFAULT, HIGH_CONTRAST]


# The colour pairs the app draws, by name: add a pair here when a new one is used.
def text_pairs(p: Palette) -> dict[str, tuple[str, str]]:
    """Every (foreground, background) pair used for text, by name (≥ 7:1 each)."""
    return {
        "text/window": (p.text, p.window),
        "muted/window": (p.muted, p.window),
        "text/surface": (p.text, p.surface),
        "muted/surface": (p.muted, p.surface),  # disabled buttons, placeholders
        "on_accent/accent": (p.on_accent, p.accent),  # main button, selections
        "accent/window": (p.accent, p.window),  # links, selected tab marker
        "accent/surface": (p.accent, p.surface),
        "ok/window": (p.ok, p.window),
        "warning/window": (p.warning, p.window),
        "info/window": (p.info, p.window),
        "ok/surface": (p.ok, p.surface),
        "warning/surface": (p.warning, p.surface),
        "info/surface": (p.info, p.surface),
        "text/result_bg": (p.text, p.result_bg),
        "muted/result_bg": (p.muted, p.result_bg),
        "ok/result_bg": (p.ok, p.result_bg),
        "ink/plate": (p.ink, p.plate),
        "info/result_bg": (p.info, p.result_bg),
    }


def focus_pairs(p: Palette) -> dict[str, tuple[str, str]]:
    """The focus ring against every colour it is drawn next to or over (≥ 3:1 each).

    The ring covers a control's outline and the 2 px inside it, so it must stand out
    from the control's background (surface) and from what is around it (window, result
    panel). On the main button, whose colour is too close, the ring grows outwards
    over the window instead.
    """
    return {
        "focus/window": (p.focus, p.window),
        "focus/surface": (p.focus, p.surface),
        "focus/result_bg": (p.focus, p.result_bg),
    }


def ui_pairs(p: Palette) -> dict[str, tuple[str, str]]:
    """Outlines and other non-text parts against their background (≥ 3:1, WCAG 1.4.11)."""
    return {
        "border/window": (p.border, p.window),
        "border/surface": (p.border, p.surface),
        "border/result_bg": (p.border, p.result_bg),
        "accent/window (selected tab, main button)": (p.accent, p.window),
        "highlight/plate (drawings)": (p.highlight, p.plate),
        "muted/window (scroll bar handle)": (p.muted, p.window),
    }


def _pairs(
    kind: Callable[[Palette], dict[str, tuple[str, str]]],
) -> list[tuple[str, str, str, str]]:
    return [(p.name, name, fg, bg) for p in PALETTES for name, (fg, bg) in kind(p).items()]


@pytest.mark.parametrize(("theme", "pair", "fg", "bg"), _pairs(text_pairs))
def test_every_text_pair_reaches_aaa(theme: str, pair: str, fg: str, bg: str) -> None:
    assert contrast_ratio(fg, bg) >= 7.0, f"{theme} {pair}: {contrast_ratio(fg, bg):.2f}"


@pytest.mark.parametrize(("theme", "pair", "fg", "bg"), _pairs(focus_pairs))
def test_focus_ring_stands_out(theme: str, pair: str, fg: str, bg: str) -> None:
    assert contrast_ratio(fg, bg) >= 3.0, f"{theme} {pair}: {contrast_ratio(fg, bg):.2f}"


@pytest.mark.parametrize(("theme", "pair", "fg", "bg"), _pairs(ui_pairs))
def test_outlines_and_indicators_stand_out(theme: str, pair: str, fg: str, bg: str) -> None:
    assert contrast_ratio(fg, bg) >= 3.0, f"{theme} {pair}: {contrast_ratio(fg, bg):.2f}"


@pytest.mark.parametrize(
    ("fg", "bg", "expected"),
    [("#000000", "#FFFFFF", 21.0), ("#FFFFFF", "#FFFFFF", 1.0), ("#777777", "#FFFFFF", 4.48)],
)
def test_contrast_ratio_matches_wcag_examples(fg: str, bg: str, expected: float) -> None:
    assert contrast_ratio(fg, bg) == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize("palette", PALETTES, ids=lambda p: p.name)
def test_focus_rules_draw_a_thick_ring_in_the_focus_colour(palette: Palette) -> None:
    sheet = resolved_style_sheet(palette)
    focus_rules = re.findall(r"([^{}]*:focus[^{}]*)\{([^}]*)\}", sheet)
    assert len(focus_rules) >= 5
    for selector, body in focus_rules:
        widths = [
            int(w) for w in re.findall(r"border(?:-top)?:\s*(\d+)px solid " + palette.focus, body)
        ]
        recolour = f"border-color: {palette.focus}" in body
        assert widths or recolour, f"{selector.strip()} has no focus ring"
        assert all(w >= 2 for w in widths)
    assert FOCUS_RING_PX >= 2


@pytest.mark.parametrize("palette", PALETTES, ids=lambda p: p.name)
def test_style_sheet_uses_only_palette_colours_and_no_font_sizes(palette: Palette) -> None:
    sheet = resolved_style_sheet(palette)
    used = {c.upper() for c in re.findall(r"#[0-9A-Fa-f]{6,8}\b", sheet)}
    assert used <= {c.upper() for c in palette_colours(palette).values()}
    # Sizes come from the text roles, so A− / A+ never needs a new style sheet.
    assert "font-size" not in sheet
    assert "font-family" not in sheet


def test_default_sizes_are_large() -> None:
    sizes = Sizes.at(100)
    assert sizes.body >= 14
    assert sizes.result >= 20
    assert Sizes.at(200).body == pytest.approx(2 * sizes.body)
    assert all(role.factor >= 0.9 for role in TEXT_ROLES.values())


def test_one_style_sheet_for_both_themes_names_roles_not_colours() -> None:
    # A theme switch only sets the application palette: the style sheet must not change.
    sheet = style_sheet()
    assert not re.findall(r"#[0-9A-Fa-f]{3,8}\b", sheet)
    assert set(re.findall(r"palette\(([a-z-]+)\)", sheet)) <= set(SHEET_ROLES.values())
    assert "palette(" not in resolved_style_sheet(DEFAULT)
    assert resolved_style_sheet(DEFAULT) != resolved_style_sheet(HIGH_CONTRAST)


def test_each_theme_colour_has_a_role_of_its_own() -> None:
    # Two colours in one role would show as one of them.
    assert len(set(SHEET_ROLES.values())) == len(SHEET_ROLES)
    assert set(SHEET_ROLES) <= set(palette_colours(DEFAULT))
