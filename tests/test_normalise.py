"""Normalisation: what a person types → the characters the website wants."""

from __future__ import annotations

import pytest

from neph_gui.licence import MAX_INPUT_CHARS, Substitution, normalise_number


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("051227308989", "051227308989"),
        ("0512 2730 8989", "051227308989"),
        ("05.12.27.30.89.89", "051227308989"),
        ("05-12-27-30-89-89", "051227308989"),
        ("05/12/27 30_89_89", "051227308989"),
        ("０５１２２７３０８９８９", "051227308989"),  # full-width digits
        ("0512\u200b2730\u200e8989", "051227308989"),  # zero-width space, LTR mark
        ("\t0512\n27308989\r\n", "051227308989"),
        ("0512\u00a02730\u202f8989", "051227308989"),  # no-break spaces
        ("822 114", "822114"),
        ("k45293", "K45293"),
        ("2a", "2A"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_separators_and_shapes_are_folded(typed: str, expected: str) -> None:
    assert normalise_number(typed).text == expected


def test_separators_are_reported() -> None:
    assert normalise_number("0512 2730").separators_removed
    assert not normalise_number("05122730").separators_removed


@pytest.mark.parametrize(
    ("typed", "expected", "subs"),
    [
        ("O51227308989", "051227308989", (Substitution("O", "0"),)),
        ("o51227308989", "051227308989", (Substitution("o", "0"),)),
        ("05I227308989", "051227308989", (Substitution("I", "1"),)),
        ("05l227308989", "051227308989", (Substitution("l", "1"),)),
        ("O5l2273O8989", "051227308989", (Substitution("O", "0"), Substitution("l", "1"))),
    ],
)
def test_look_alike_letters_read_as_digits_where_allowed(
    typed: str, expected: str, subs: tuple[Substitution, ...]
) -> None:
    result = normalise_number(typed, letters_read_as_digits=True)
    assert result.text == expected
    assert result.substitutions == subs


@pytest.mark.parametrize("typed", ["O51227308989", "KO1", "822 I14", "L0L"])
def test_letters_are_kept_where_they_are_legitimate(typed: str) -> None:
    result = normalise_number(typed)
    assert result.substitutions == ()
    assert result.text == typed.replace(" ", "").upper()


def test_no_substitution_when_another_letter_is_present() -> None:
    result = normalise_number("O5A227308989", letters_read_as_digits=True)
    assert result.substitutions == ()
    assert result.text == "O5A227308989"


def test_long_text_is_capped_and_flagged() -> None:
    result = normalise_number("1" * 10_000)
    assert result.truncated
    assert len(result.text) == MAX_INPUT_CHARS


def test_typed_text_is_not_modified() -> None:
    typed = "o512 2730 8989"
    normalise_number(typed, letters_read_as_digits=True)
    assert typed == "o512 2730 8989"
