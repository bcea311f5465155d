"""Properties that hold for any text at all (hypothesis).

The number of examples comes from the hypothesis profile (tests/conftest.py): a few hundred
in the normal run, 100 000 per property in `make fuzz`.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from neph_gui.licence import ERAS, CharClass, Era, normalise_number, validate_box, validate_era

any_text = st.text(max_size=300)
digits_and_noise = st.text(alphabet="0123456789 .-/OoIl\u200b\u00a0０１２", max_size=40)


@given(any_text, st.booleans())
def test_normalise_never_raises_and_is_idempotent(typed: str, read_letters: bool) -> None:
    once = normalise_number(typed, letters_read_as_digits=read_letters)
    twice = normalise_number(once.text, letters_read_as_digits=read_letters)
    assert twice.text == once.text


@given(st.sampled_from(ERAS), st.lists(any_text, min_size=3, max_size=3))
def test_validation_never_raises_and_complete_matches_the_shape(era, texts) -> None:  # type: ignore[no-untyped-def]
    typed = {box.key: text for box, text in zip(era.boxes, texts, strict=False)}
    result = validate_era(era, typed)
    assert len(result.boxes) == len(era.boxes)
    if result.complete:
        for box, part in zip(era.boxes, result.website_parts, strict=True):
            pattern = "[0-9]" if box.chars is CharClass.DIGITS else "[0-9A-Z]"
            assert re.fullmatch(f"{pattern}{{{box.min_length},{box.max_length}}}", part)


@given(digits_and_noise)
def test_tab_1_complete_means_exactly_twelve_digits(typed: str) -> None:
    result = validate_box(ERAS[0].boxes[0], typed)
    if result.complete:
        assert re.fullmatch(r"[0-9]{12}", result.text)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_any_twelve_digits_complete_tab_1(number: str) -> None:
    assert validate_era(Era.AFTER_1975, {"number": number}).website_parts == (number,)
