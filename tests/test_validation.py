"""Validation tables: typed text → state, status message and what to type on the website."""

from __future__ import annotations

import pytest

from neph_gui.licence import (
    ERAS,
    BoxState,
    CharClass,
    Era,
    Message,
    MessageId,
    era_spec,
    validate_box,
    validate_era,
)

AFTER = era_spec(Era.AFTER_1975)
NUMBER_12 = AFTER.box("number")


@pytest.mark.parametrize(
    ("typed", "state", "status", "text"),
    [
        ("", BoxState.EMPTY, Message.make(MessageId.EMPTY, n=12), ""),
        ("0512", BoxState.INCOMPLETE, Message.make(MessageId.MISSING_DIGITS, n=8), "0512"),
        ("05122730898", BoxState.INCOMPLETE, Message.make(MessageId.MISSING_DIGITS, n=1), None),
        ("051227308989", BoxState.COMPLETE, Message.make(MessageId.COMPLETE, n=12), None),
        ("0512 2730 8989", BoxState.COMPLETE, Message.make(MessageId.COMPLETE, n=12), None),
        ("O51227308989", BoxState.COMPLETE, Message.make(MessageId.COMPLETE, n=12), None),
        (
            "0512273089891",
            BoxState.INVALID,
            Message.make(MessageId.TOO_MANY_DIGITS, n=1, max=12),
            "0512273089891",
        ),
        (
            "A51227308989",
            BoxState.INVALID,
            Message.make(MessageId.LETTER_NOT_ALLOWED, char="A"),
            "A51227308989",
        ),
        (
            "0512#2730",
            BoxState.INVALID,
            Message.make(MessageId.CHARACTER_NOT_ALLOWED, char="#"),
            "0512#2730",
        ),
        ("9" * 500, BoxState.INVALID, Message.make(MessageId.TEXT_TOO_LONG, n=200), None),
    ],
)
def test_twelve_digit_box(typed: str, state: BoxState, status: Message, text: str | None) -> None:
    result = validate_box(NUMBER_12, typed)
    assert result.state is state
    assert result.status == status
    if text is not None:
        assert result.text == text
    elif state is BoxState.COMPLETE:
        assert result.text == "051227308989"


def test_substitutions_are_reported_as_messages() -> None:
    result = validate_box(NUMBER_12, "O5l227308989")
    assert Message.make(MessageId.LETTER_READ_AS_DIGIT, letter="O", digit="0") in result.infos
    assert Message.make(MessageId.LETTER_READ_AS_DIGIT, letter="l", digit="1") in result.infos


def test_separators_are_reported_as_messages() -> None:
    result = validate_box(NUMBER_12, "0512 2730 8989")
    assert Message.make(MessageId.SEPARATORS_REMOVED) in result.infos


@pytest.mark.parametrize(
    ("era", "typed", "parts"),
    [
        (Era.AFTER_1975, {"number": "051227308989"}, ("051227308989",)),
        (
            Era.BEFORE_1975,
            {"top_line": "K45293", "bottom_first": "64", "bottom_second": "87"},
            ("K45293", "64", "87"),
        ),
        (
            Era.BEFORE_1975,
            {"top_line": "k 452 93", "bottom_first": "6 4", "bottom_second": "87"},
            ("K45293", "64", "87"),
        ),
        (
            Era.OLDER,
            {"number": "822 114", "year": "68", "department": "19"},
            ("822114", "68", "19"),
        ),
        (Era.OLDER, {"number": "O22", "year": "68", "department": "2a"}, ("O22", "68", "2A")),
    ],
)
def test_handout_examples_give_the_website_text(
    era: Era, typed: dict[str, str], parts: tuple[str, ...]
) -> None:
    result = validate_era(era, typed)
    assert result.complete
    assert result.website_parts == parts


def test_website_parts_wait_for_every_box() -> None:
    result = validate_era(Era.OLDER, {"number": "822 114", "year": "68"})
    assert not result.complete
    assert result.website_parts == ()


@pytest.mark.parametrize(
    ("typed", "state", "status_id"),
    [
        ("K", BoxState.COMPLETE, MessageId.COMPLETE),
        ("ABCDEFGHIJKLMNO", BoxState.COMPLETE, MessageId.COMPLETE),
        ("ABCDEFGHIJKLMNOP", BoxState.INVALID, MessageId.TOO_MANY_CHARACTERS),
        ("KÉ12", BoxState.INVALID, MessageId.CHARACTER_NOT_ALLOWED),
        ("K*12", BoxState.INVALID, MessageId.CHARACTER_NOT_ALLOWED),
    ],
)
def test_top_line_accepts_1_to_15_letters_or_digits(
    typed: str, state: BoxState, status_id: MessageId
) -> None:
    result = validate_box(era_spec(Era.BEFORE_1975).box("top_line"), typed)
    assert result.state is state
    assert result.status.id is status_id


@pytest.mark.parametrize(
    ("box_key", "typed", "state"),
    [
        ("bottom_first", "6", BoxState.INCOMPLETE),
        ("bottom_first", "64", BoxState.COMPLETE),
        ("bottom_first", "6A", BoxState.INVALID),
        ("bottom_second", "871", BoxState.INVALID),
    ],
)
def test_bottom_line_boxes_take_two_digits(box_key: str, typed: str, state: BoxState) -> None:
    assert validate_box(era_spec(Era.BEFORE_1975).box(box_key), typed).state is state


def test_letters_in_tab_1_suggest_the_older_tabs() -> None:
    result = validate_era(Era.AFTER_1975, {"number": "K45293"})
    assert result.suggested_eras == (Era.BEFORE_1975, Era.OLDER)
    assert result.hint == Message.make(MessageId.OTHER_ERA_LETTERS)


def test_look_alike_letters_in_tab_1_do_not_suggest_another_tab() -> None:
    result = validate_era(Era.AFTER_1975, {"number": "O51227308989"})
    assert result.suggested_eras == ()
    assert result.complete


@pytest.mark.parametrize(("era", "key"), [(Era.BEFORE_1975, "top_line"), (Era.OLDER, "number")])
def test_twelve_digits_in_older_tabs_suggest_tab_1(era: Era, key: str) -> None:
    result = validate_era(era, {key: "0512 2730 8989"})
    assert result.suggested_eras == (Era.AFTER_1975,)
    assert result.hint == Message.make(MessageId.OTHER_ERA_TWELVE_DIGITS)


def test_letters_are_never_converted_in_older_tabs() -> None:
    result = validate_era(Era.OLDER, {"number": "OI1", "year": "68", "department": "19"})
    assert result.website_parts[0] == "OI1"


@pytest.mark.parametrize(
    ("year", "code", "expected"),
    [
        ("68", "19", [Message.make(MessageId.DEPARTMENT, code="19", name="Corrèze")]),
        ("60", "75", [Message.make(MessageId.DEPARTMENT, code="75", name="Seine")]),
        ("70", "75", [Message.make(MessageId.DEPARTMENT, code="75", name="Paris")]),
        ("55", "78", [Message.make(MessageId.DEPARTMENT, code="78", name="Seine-et-Oise")]),
        ("72", "78", [Message.make(MessageId.DEPARTMENT, code="78", name="Yvelines")]),
        ("70", "20", [Message.make(MessageId.DEPARTMENT, code="20", name="Corse")]),
        ("50", "91", [Message.make(MessageId.DEPARTMENT, code="91", name="Alger")]),
        ("60", "91", []),  # no department 91 between 1957 and 1967: no name, no error
        ("60", "9A", [Message.make(MessageId.DEPARTMENT, code="9A", name="Algérie")]),
        ("68", "99", []),
    ],
)
def test_department_names_follow_the_year_of_issue(
    year: str, code: str, expected: list[Message]
) -> None:
    result = validate_era(Era.OLDER, {"number": "822114", "year": year, "department": code})
    dep = result.box("department")
    assert dep.complete  # a name or no name, never a rejection
    assert [m for m in dep.infos if m.id is MessageId.DEPARTMENT] == expected


def test_department_without_year_offers_both_meanings() -> None:
    result = validate_era(Era.OLDER, {"number": "822114", "department": "75"})
    ids = [m.id for m in result.box("department").infos]
    assert ids == [MessageId.DEPARTMENT_SINCE, MessageId.DEPARTMENT_HISTORICAL]


@pytest.mark.parametrize(
    ("number", "reading"),
    [
        ("150833200011", ("08", 2015, "33", "Gironde")),
        ("051227308989", ("12", 2005, "27", "Eure")),
        ("851119000001", ("11", 1985, "19", "Corrèze")),
        ("151333200011", None),  # month 13: no reading, still complete
    ],
)
def test_twelve_digits_get_a_friendly_reading(
    number: str, reading: tuple[str, int, str, str] | None
) -> None:
    result = validate_era(Era.AFTER_1975, {"number": number})
    assert result.complete
    readings = [m for m in result.infos if m.id is MessageId.REGISTRATION_READING]
    if reading is None:
        assert readings == []
    else:
        month, year, code, name = reading
        assert readings == [
            Message.make(
                MessageId.REGISTRATION_READING, month=month, year=year, code=code, name=name
            )
        ]


def test_every_era_has_a_tab_number_and_examples_that_validate() -> None:
    assert [spec.tab_number for spec in ERAS] == [1, 2, 3]
    for spec in ERAS:
        typed = {box.key: box.example for box in spec.boxes}
        assert validate_era(spec, typed).complete, spec.era
        for box in spec.boxes:
            assert box.min_length <= box.max_length
            assert box.chars in CharClass
