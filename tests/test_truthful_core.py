"""What the core says of a valid licence must be true (issue 15): years as written,
department names of the year of issue, no impossible reading of a 12-digit number."""

from __future__ import annotations

from datetime import date

import pytest

from neph_gui.licence import Era
from neph_gui.licence.departments import department_name
from neph_gui.licence.validation import MessageId, _registration_reading, validate_era


@pytest.mark.parametrize(
    ("typed_year", "expected", "shortened"),
    [
        ("1968", "68", True),
        ("1905", "05", True),
        ("68", "68", False),
        ("19 68", "68", True),
    ],
)
def test_a_four_digit_year_19xx_is_read_as_its_last_two_digits(
    typed_year: str, expected: str, shortened: bool
) -> None:
    result = validate_era(Era.OLDER, {"number": "822 114", "year": typed_year, "department": "19"})
    assert result.complete
    assert result.website_parts == ("822114", expected, "19")
    year_infos = [info for info in result.boxes[1].infos if info.id is MessageId.YEAR_SHORTENED]
    assert bool(year_infos) is shortened
    if shortened:
        assert year_infos[0].args == {"year": "19" + expected, "short": expected}


@pytest.mark.parametrize("typed_year", ["2068", "196", "19689"])
def test_other_years_are_not_shortened(typed_year: str) -> None:
    result = validate_era(Era.OLDER, {"number": "822 114", "year": typed_year, "department": "19"})
    assert not result.boxes[1].complete


RENAMED = [
    ("17", 1941, "Charente-Inférieure", "Charente-Maritime"),
    ("76", 1955, "Seine-Inférieure", "Seine-Maritime"),
    ("44", 1957, "Loire-Inférieure", "Loire-Atlantique"),
    ("64", 1969, "Basses-Pyrénées", "Pyrénées-Atlantiques"),
    ("04", 1970, "Basses-Alpes", "Alpes-de-Haute-Provence"),
    ("22", 1990, "Côtes-du-Nord", "Côtes-d'Armor"),
]


@pytest.mark.parametrize(("code", "year", "before", "after"), RENAMED)
def test_department_names_are_those_of_the_year_of_issue(
    code: str, year: int, before: str, after: str
) -> None:
    assert [d.name for d in department_name(code, year - 1)] == [before]
    assert [d.name for d in department_name(code, year + 1)] == [after]
    assert {d.name for d in department_name(code, year)} == {before, after}  # the year itself


def test_tab_three_names_the_department_of_its_year() -> None:
    result = validate_era(Era.OLDER, {"number": "822 114", "year": "62", "department": "22"})
    names = [info.args.get("name") for info in result.boxes[2].infos]
    assert names == ["Côtes-du-Nord"]


@pytest.mark.parametrize(
    ("number", "reading"),
    [
        ("150833200011", (2015, "33")),
        ("750633200011", (1975, "33")),
        ("301227308989", None),  # 12/2030: after the current year
        ("750533200011", None),  # 05/1975: before the 12-digit numbers
        ("741227308989", None),  # 2074
        ("261233200011", (2026, "33")),
    ],
)
def test_the_friendly_reading_never_gives_an_impossible_date(
    number: str, reading: tuple[int, str] | None
) -> None:
    found = _registration_reading(number, today=date(2026, 12, 2))
    if reading is None:
        assert found == []
    else:
        assert (found[0].args["year"], found[0].args["code"]) == reading
