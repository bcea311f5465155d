"""Turn what a person typed into the characters the website wants.

The typed text itself is never changed (the widgets keep it as typed); this module
computes the *result*: full-width or styled characters folded (Unicode NFKC), separators
and invisible characters dropped, letters upper-cased, and — in a digits-only box where
every other character is a digit — the look-alike letters O, I and l read as 0 and 1,
each reading recorded so the person can be told about it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Beyond this many typed characters nothing more is looked at: a licence number has at
# most 19 characters (DOMAIN.md), and capping keeps every keystroke cheap whatever is pasted.
MAX_INPUT_CHARS = 200

# Characters people put between groups of digits, or that a paste brings along.
_SEPARATORS = frozenset(" .-/_\\,;:·•‐‑‒–—―−'’")
_LOOK_ALIKE_DIGITS = {"O": "0", "I": "1", "L": "1"}


@dataclass(frozen=True)
class Substitution:
    """A look-alike letter read as a digit: ``typed`` (as the person typed it) → ``digit``."""

    typed: str
    digit: str


@dataclass(frozen=True)
class Normalised:
    """The result of normalising one box's text."""

    text: str  # upper-cased, without separators; may still hold characters the box refuses
    substitutions: tuple[Substitution, ...] = ()
    separators_removed: bool = False
    truncated: bool = False  # more than MAX_INPUT_CHARS were typed; only the start was read
    invisible_removed: bool = False  # control or zero-width characters were dropped
    # Right-to-left overrides and other direction marks were dropped: the box may show
    # the characters in another order than the result.
    direction_marks_removed: bool = False


def _is_separator(char: str) -> bool:
    return char in _SEPARATORS or char.isspace() or unicodedata.category(char) == "Zs"


# Unicode's bidirectional controls: marks, embeddings, overrides and isolates.
_DIRECTION_MARKS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e") | frozenset(
    "\u2066\u2067\u2068\u2069"
)

# What _piece found in one character, as bits.
_SEPARATOR, _INVISIBLE, _DIRECTION = 1, 2, 4


def _is_invisible(char: str) -> bool:
    # Cf: zero-width spaces and joiners, direction marks, BOM, soft hyphen.
    # Cc: control characters (tab, newline and their kin from a paste).
    return unicodedata.category(char) in {"Cf", "Cc"}


def _fold(char: str) -> str:
    """Upper-case and fold one character until it no longer changes (always short)."""
    folded = char
    for _ in range(4):
        again = unicodedata.normalize("NFKC", folded.upper())
        if again == folded:
            break
        folded = again
    return folded


def _dropped(char: str) -> int:
    """What kind of character ``char`` is, if it is dropped (0: kept)."""
    if _is_separator(char):
        return _SEPARATOR
    if char in _DIRECTION_MARKS:
        return _DIRECTION
    return _INVISIBLE if _is_invisible(char) else 0


@lru_cache(maxsize=4096)
def _piece(raw: str) -> tuple[int, tuple[tuple[str, str], ...]]:
    """One character: (the kinds dropped, as bits; the (as typed, folded) pairs it gives).

    Cached by character (a paste repeats few distinct ones): normalising 200 pasted
    characters, in every box at every keystroke, then costs dictionary look-ups.
    """
    kind = _dropped(raw)
    if kind:
        return kind, ()
    dropped = 0
    kept: list[tuple[str, str]] = []
    for char in _fold(raw):
        kind = _dropped(char)
        if kind:
            dropped |= kind
            continue
        kept.append((raw, char))
    return dropped, tuple(kept)


def _clean(typed: str) -> tuple[list[tuple[str, str]], int]:
    """NFKC, drop separators and invisible characters, upper-case: (as typed, folded)
    pairs, and the kinds of characters dropped (bits)."""
    pieces: list[tuple[str, str]] = []
    dropped = 0
    for raw in unicodedata.normalize("NFKC", typed):
        kinds, pairs = _piece(raw)
        dropped |= kinds
        pieces += pairs
    return pieces, dropped


def normalise_number(typed: str, *, letters_read_as_digits: bool = False) -> Normalised:
    """Normalise ``typed`` for one box.

    ``letters_read_as_digits`` is only for the 12-digit box of the post-1975 licence:
    there, if every character is a digit or one of O/o/I/l, those letters are read as
    0 and 1 and each such reading is listed in ``substitutions``. In any other box, or
    when another letter is present, letters are kept as they are (DOMAIN.md: letters are
    legitimate in the older shapes).

    Never raises; normalising the result again gives the same text.
    """
    truncated = len(typed) > MAX_INPUT_CHARS
    pieces, dropped = _clean(typed[:MAX_INPUT_CHARS])
    text = "".join(char for _, char in pieces)
    # Removing a separator can join a letter to a combining mark ("Y ̄" → "Ȳ"): clean
    # again until nothing changes, so that normalising a result never changes it. (Text
    # already in NFKC is made of folded characters, which clean to themselves: nothing
    # to do, and a paste of 200 characters is normalised in half the time.)
    for _ in range(0 if unicodedata.is_normalized("NFKC", text) else 4):
        again, _removed = _clean(text)
        if "".join(char for _, char in again) == text:
            break
        pieces = [(char, char) for _, char in again]
        text = "".join(char for _, char in pieces)
    substitutions: list[Substitution] = []
    if (
        letters_read_as_digits
        and text
        and all(char.isascii() and (char.isdigit() or char in _LOOK_ALIKE_DIGITS) for char in text)
        and not text.isdigit()
    ):
        seen: set[str] = set()
        for raw, char in pieces:
            if char in _LOOK_ALIKE_DIGITS and raw not in seen:
                seen.add(raw)
                substitutions.append(Substitution(typed=raw, digit=_LOOK_ALIKE_DIGITS[char]))
        text = "".join(_LOOK_ALIKE_DIGITS.get(char, char) for char in text)

    return Normalised(
        text=text,
        substitutions=tuple(substitutions),
        separators_removed=bool(dropped & _SEPARATOR),
        truncated=truncated,
        invisible_removed=bool(dropped & _INVISIBLE),
        direction_marks_removed=bool(dropped & _DIRECTION),
    )
