"""Check one box, or a whole tab, and say what to tell the person.

Results carry *message identifiers with parameters*, never sentences: the widgets pick the
words (and the language). States go from EMPTY to INCOMPLETE to COMPLETE; INVALID means
something in the box cannot be part of a licence number of this shape.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from neph_gui.licence.departments import Department, department_name, full_year
from neph_gui.licence.eras import BoxSpec, CharClass, Era, EraSpec, era_spec
from neph_gui.licence.normalise import MAX_INPUT_CHARS, Substitution, normalise_number


class BoxState(enum.Enum):
    """How far one box is."""

    EMPTY = "empty"
    INCOMPLETE = "incomplete"
    COMPLETE = "complete"
    INVALID = "invalid"


class MessageId(enum.Enum):
    """Everything the core can tell; the UI turns each into words."""

    # Status of one box (exactly one of these per box).
    EMPTY = "empty"  # box, n=max
    MISSING_DIGITS = "missing_digits"  # n
    MISSING_CHARACTERS = "missing_characters"  # n
    TOO_MANY_DIGITS = "too_many_digits"  # n (how many too many), max
    TOO_MANY_CHARACTERS = "too_many_characters"  # n, max
    LETTER_NOT_ALLOWED = "letter_not_allowed"  # char
    CHARACTER_NOT_ALLOWED = "character_not_allowed"  # char
    TEXT_TOO_LONG = "text_too_long"  # n=MAX_INPUT_CHARS
    ONLY_INVISIBLE = "only_invisible"  # the box holds only invisible or control characters
    COMPLETE = "complete"  # n

    # Extra information (zero or more per box).
    LETTER_READ_AS_DIGIT = "letter_read_as_digit"  # letter, digit
    SEPARATORS_REMOVED = "separators_removed"
    DIRECTION_MARKS_REMOVED = "direction_marks_removed"  # the box may show another order
    YEAR_SHORTENED = "year_shortened"  # year (4 digits typed), short (the 2 to type)
    DEPARTMENT = "department"  # code, name
    DEPARTMENT_HISTORICAL = "department_historical"  # code, name, until
    DEPARTMENT_SINCE = "department_since"  # code, name, since
    REGISTRATION_READING = "registration_reading"  # month, year, code, name

    # About the whole tab.
    OTHER_ERA_LETTERS = "other_era_letters"  # letters typed in tab 1
    OTHER_ERA_TWELVE_DIGITS = "other_era_twelve_digits"  # 12 digits typed in tab 2 or 3


ParamValue = str | int


@dataclass(frozen=True)
class Message:
    """A message identifier and its parameters (``n=3``, ``char="A"``…)."""

    id: MessageId
    params: tuple[tuple[str, ParamValue], ...] = ()

    @classmethod
    def make(cls, message_id: MessageId, **params: ParamValue) -> Message:
        """Build a message from keyword parameters."""
        return cls(message_id, tuple(sorted(params.items())))

    @property
    def args(self) -> Mapping[str, ParamValue]:
        """The parameters as a mapping."""
        return dict(self.params)


@dataclass(frozen=True)
class BoxValidation:
    """What one box holds and what to say about it."""

    box: BoxSpec
    typed: str
    state: BoxState
    text: str  # normalised; what goes on the website once the state is COMPLETE
    count: int  # how many accepted characters are there
    status: Message  # the one line under the box
    infos: tuple[Message, ...] = ()  # what was changed, what the code may mean
    substitutions: tuple[Substitution, ...] = ()

    @property
    def complete(self) -> bool:
        """True when the box holds a whole part of the number."""
        return self.state is BoxState.COMPLETE


@dataclass(frozen=True)
class ValidationResult:
    """The whole tab: every box, and what to type on the website when all are complete."""

    era: Era
    boxes: tuple[BoxValidation, ...]
    suggested_eras: tuple[Era, ...] = ()  # wrong-era hint: where this text probably belongs
    hint: Message | None = None
    infos: tuple[Message, ...] = field(default=())

    @property
    def complete(self) -> bool:
        """True when every box is complete: the result can be typed on the website."""
        return all(box.complete for box in self.boxes)

    @property
    def website_parts(self) -> tuple[str, ...]:
        """What to type on the website, in order (empty until the tab is complete)."""
        if not self.complete:
            return ()
        return tuple(box.text for box in self.boxes)

    def box(self, key: str) -> BoxValidation:
        """The result for the box called ``key``."""
        for box in self.boxes:
            if box.box.key == key:
                return box
        raise KeyError(key)


def _first_refused(text: str, chars: CharClass) -> str | None:
    for char in text:
        if not chars.accepts(char):
            return char
    return None


def validate_box(box: BoxSpec, typed: str) -> BoxValidation:
    """Validate what was typed in one box. Never raises, whatever ``typed`` holds."""
    norm = normalise_number(typed, letters_read_as_digits=box.letters_read_as_digits)
    text = norm.text
    infos: list[Message] = [
        Message.make(MessageId.LETTER_READ_AS_DIGIT, letter=sub.typed, digit=sub.digit)
        for sub in norm.substitutions
    ]
    if norm.separators_removed and text:
        infos.append(Message.make(MessageId.SEPARATORS_REMOVED))
    if norm.direction_marks_removed and text:
        infos.append(Message.make(MessageId.DIRECTION_MARKS_REMOVED))
    count = sum(1 for char in text if box.chars.accepts(char))
    digits = box.chars is CharClass.DIGITS

    def result(state: BoxState, status: Message) -> BoxValidation:
        return BoxValidation(
            box=box,
            typed=typed,
            state=state,
            text=text,
            count=count,
            status=status,
            infos=tuple(infos),
            substitutions=norm.substitutions,
        )

    if norm.truncated:
        return result(BoxState.INVALID, Message.make(MessageId.TEXT_TOO_LONG, n=MAX_INPUT_CHARS))
    if not text and (norm.invisible_removed or norm.direction_marks_removed):
        # Something is in the box, but nothing that shows: a paste of control characters.
        return result(BoxState.INVALID, Message.make(MessageId.ONLY_INVISIBLE))
    if not text:
        return result(BoxState.EMPTY, Message.make(MessageId.EMPTY, n=box.max_length))
    refused = _first_refused(text, box.chars)
    if refused is not None:
        if digits and refused.isalpha():
            status = Message.make(MessageId.LETTER_NOT_ALLOWED, char=refused)
        else:
            status = Message.make(MessageId.CHARACTER_NOT_ALLOWED, char=refused)
        return result(BoxState.INVALID, status)
    if len(text) > box.max_length:
        too_many = MessageId.TOO_MANY_DIGITS if digits else MessageId.TOO_MANY_CHARACTERS
        return result(
            BoxState.INVALID,
            Message.make(too_many, n=len(text) - box.max_length, max=box.max_length),
        )
    if len(text) < box.min_length:
        missing = MessageId.MISSING_DIGITS if digits else MessageId.MISSING_CHARACTERS
        return result(BoxState.INCOMPLETE, Message.make(missing, n=box.min_length - len(text)))
    return result(BoxState.COMPLETE, Message.make(MessageId.COMPLETE, n=len(text)))


def _department_infos(code: str, year: int | None) -> list[Message]:
    infos = []
    for dep in department_name(code, year):
        infos.append(_department_message(dep))
    return infos


def _department_message(dep: Department) -> Message:
    if dep.until is not None:
        return Message.make(
            MessageId.DEPARTMENT_HISTORICAL, code=dep.code, name=dep.name, until=dep.until
        )
    if dep.since is not None:
        return Message.make(
            MessageId.DEPARTMENT_SINCE, code=dep.code, name=dep.name, since=dep.since
        )
    return Message.make(MessageId.DEPARTMENT, code=dep.code, name=dep.name)


# The 12-digit numbers started with the licences of June 1975 (the handout's tabs).
_FIRST_TWELVE_DIGITS = (1975, 6)


def _registration_reading(number: str, today: date | None = None) -> list[Message]:
    """The friendly reading of a 12-digit number (DOMAIN.md, medium confidence).

    Left out when it would give an impossible date: after the current year, or before
    the 12-digit numbers existed (June 1975)."""
    year, month, code = number[0:2], number[2:4], number[4:6]
    if not 1 <= int(month) <= 12:
        return []
    full = int(year) + (1900 if int(year) >= 75 else 2000)
    this_year = (today or date.today()).year
    if full > this_year or (full, int(month)) < _FIRST_TWELVE_DIGITS:
        return []
    names = department_name(code, full)
    if len(names) != 1:
        return []
    return [
        Message.make(
            MessageId.REGISTRATION_READING,
            month=month,
            year=full,
            code=code,
            name=names[0].name,
        )
    ]


def _year_box(box: BoxSpec, typed: str) -> BoxValidation:
    """The year of issue of the older licences: written on 2 characters, but people
    often type it in full. A four-digit year 19xx is read as its last two digits."""
    checked = validate_box(box, typed)
    text = checked.text
    if not (len(text) == 4 and text.isdigit() and text.startswith("19")):
        return checked
    short = validate_box(box, text[2:])
    return BoxValidation(
        box=box,
        typed=typed,
        state=short.state,
        text=short.text,
        count=short.count,
        status=short.status,
        infos=(*checked.infos, Message.make(MessageId.YEAR_SHORTENED, year=text, short=text[2:])),
        substitutions=checked.substitutions,
    )


def validate_era(era: Era | EraSpec, typed: Mapping[str, str]) -> ValidationResult:
    """Validate a whole tab: ``typed`` maps box keys to what is in each box.

    Missing keys count as empty boxes. Adds the wrong-era hint and the friendly
    information (department name, reading of a 12-digit number). Never raises.
    """
    spec = era if isinstance(era, EraSpec) else era_spec(era)
    boxes = tuple(
        _year_box(box, typed.get(box.key, ""))
        if spec.era is Era.OLDER and box.key == "year"
        else validate_box(box, typed.get(box.key, ""))
        for box in spec.boxes
    )
    suggested: tuple[Era, ...] = ()
    hint: Message | None = None
    infos: list[Message] = []
    first = boxes[0]

    if spec.era is Era.AFTER_1975:
        if first.status.id is MessageId.LETTER_NOT_ALLOWED:
            suggested = (Era.BEFORE_1975, Era.OLDER)
            hint = Message.make(MessageId.OTHER_ERA_LETTERS)
        elif first.complete:
            infos.extend(_registration_reading(first.text))
    elif len(first.text) == 12 and first.text.isdigit():
        suggested = (Era.AFTER_1975,)
        hint = Message.make(MessageId.OTHER_ERA_TWELVE_DIGITS)

    if spec.era is Era.OLDER:
        year_box, dep_box = boxes[1], boxes[2]
        if dep_box.complete:
            year = full_year(year_box.text) if year_box.complete else None
            dep_infos = tuple(_department_infos(dep_box.text, year))
            boxes = (*boxes[:2], _with_infos(dep_box, dep_infos))

    return ValidationResult(
        era=spec.era, boxes=boxes, suggested_eras=suggested, hint=hint, infos=tuple(infos)
    )


def _with_infos(box: BoxValidation, extra: tuple[Message, ...]) -> BoxValidation:
    return BoxValidation(
        box=box.box,
        typed=box.typed,
        state=box.state,
        text=box.text,
        count=box.count,
        status=box.status,
        infos=box.infos + extra,
        substitutions=box.substitutions,
    )
