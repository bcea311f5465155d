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


def _is_separator(char: str) -> bool:
    return char in _SEPARATORS or char.isspace() or unicodedata.category(char) == "Zs"


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


@lru_cache(maxsize=4096)
def _piece(raw: str) -> tuple[bool, tuple[tuple[str, str], ...]]:
    """One character: (was a separator dropped, the (as typed, folded) pairs it gives).

    Cached by character (a paste repeats few distinct ones): normalising 200 pasted
    characters, in every box at every keystroke, then costs dictionary look-ups.
    """
    if _is_invisible(raw) or _is_separator(raw):
        return _is_separator(raw), ()
    dropped = False
    kept: list[tuple[str, str]] = []
    for char in _fold(raw):
        if _is_invisible(char) or _is_separator(char):
            dropped = dropped or _is_separator(char)
            continue
        kept.append((raw, char))
    return dropped, tuple(kept)


def _clean(typed: str) -> tuple[list[tuple[str, str]], bool]:
    """NFKC, drop separators and invisible characters, upper-case: (as typed, folded) pairs."""
    pieces: list[tuple[str, str]] = []
    separators_removed = False
    for raw in unicodedata.normalize("NFKC", typed):
        dropped, pairs = _piece(raw)
        if dropped:
            separators_removed = True
        pieces += pairs
    return pieces, separators_removed


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
    pieces, separators_removed = _clean(typed[:MAX_INPUT_CHARS])
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
        separators_removed=separators_removed,
        truncated=truncated,
    )
