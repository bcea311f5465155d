"""The three licence eras of the handout, described as data.

Each era lists the boxes a person fills in, in the order of the website, with the
allowed characters, the length, the handout's example and the ids of the matching
regions in the drawings (``resources/drawings/``). Widgets and drawings read this
table; nothing else hard-codes an era's shape.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from neph_gui.licence._noop import QT_TRANSLATE_NOOP


class Era(enum.Enum):
    """When the person obtained their first licence (one tab each)."""

    AFTER_1975 = "after_1975"
    BEFORE_1975 = "before_1975"
    OLDER = "older"


class CharClass(enum.Enum):
    """Which characters a box accepts once normalised."""

    DIGITS = "digits"
    ALPHANUMERIC = "alphanumeric"

    def accepts(self, char: str) -> bool:
        """Whether one normalised (upper-case) character belongs in such a box."""
        if self is CharClass.DIGITS:
            return char in "0123456789"
        return char in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class BoxSpec:
    """One entry box, shaped like the website's."""

    key: str
    label: str  # French source text, translated by the UI (context "Era")
    chars: CharClass
    min_length: int
    max_length: int
    example: str  # as printed on the document, spaces included
    licence_region: str  # id of the region in the era's licence drawing
    website_region: str  # id of the box in the era's website drawing
    letters_read_as_digits: bool = False  # O→0, I/l→1; only where every character is a digit
    card_region: str | None = None  # id of the region in the era's card-back drawing
    # A shorter caption over the box where boxes sit side by side (context "Era"); the
    # full ``label`` stays its name for screen readers and in the result.
    caption: str | None = None

    @property
    def fixed_length(self) -> bool:
        """True when the box always holds the same number of characters."""
        return self.min_length == self.max_length


@dataclass(frozen=True)
class EraSpec:
    """One licence era: its tab, its words and its boxes."""

    era: Era
    tab_number: int
    tab_label: str  # tab title: the era, then the number's shape (French, context "Era")
    title: str  # heading of the tab, French source text (context "Era")
    where: str  # where the number is, from the handout (context "Era")
    how: str  # what to type, from the handout (context "Era")
    boxes: tuple[BoxSpec, ...]
    licence_drawing: str  # file name under resources/drawings/
    website_drawing: str
    # The credit-card licence (tab 1 only): its back, where the number is, and its
    # front, whose field 5 is another number (DOMAIN.md).
    card_back_drawing: str | None = None
    card_front_drawing: str | None = None
    card_front_other_number_region: str | None = None  # id of field 5 on the front
    # The heading while the tab shows the card (tab 1's card view), French source
    # (context "Era").
    card_title: str | None = None

    @property
    def has_card(self) -> bool:
        """True when this era also shows the credit-card licence."""
        return self.card_back_drawing is not None

    def box(self, key: str) -> BoxSpec:
        """The box called ``key``; KeyError if this era has none."""
        for box in self.boxes:
            if box.key == key:
                return box
        raise KeyError(key)


ERAS: tuple[EraSpec, ...] = (
    EraSpec(
        era=Era.AFTER_1975,
        tab_number=1,
        tab_label=QT_TRANSLATE_NOOP("Era", "Après juin 1975\n12 chiffres"),
        title=QT_TRANSLATE_NOOP(
            "Era", "Vous avez obtenu votre premier permis après le 1er juin 1975"
        ),
        where=QT_TRANSLATE_NOOP(
            "Era", "Votre numéro de permis a 12 chiffres. Il se trouve à côté de votre photo."
        ),
        how=QT_TRANSLATE_NOOP("Era", "Sur le site, tapez les 12 chiffres à la suite, sans espace."),
        card_title=QT_TRANSLATE_NOOP("Era", "Votre permis est au format carte bancaire"),
        boxes=(
            BoxSpec(
                key="number",
                label=QT_TRANSLATE_NOOP("Era", "Numéro de permis (12 chiffres)"),
                chars=CharClass.DIGITS,
                min_length=12,
                max_length=12,
                example="051227308989",
                licence_region="region-number",
                website_region="region-box-number",
                letters_read_as_digits=True,
                card_region="region-number",
            ),
        ),
        licence_drawing="licence_after_1975.svg",
        website_drawing="website_after_1975.svg",
        card_back_drawing="card_back.svg",
        card_front_drawing="card_front.svg",
        card_front_other_number_region="region-field5",
    ),
    EraSpec(
        era=Era.BEFORE_1975,
        tab_number=2,
        tab_label=QT_TRANSLATE_NOOP("Era", "Avant juin 1975\nsur 2 lignes"),
        title=QT_TRANSLATE_NOOP(
            "Era", "Vous avez obtenu votre premier permis avant le 1er juin 1975"
        ),
        where=QT_TRANSLATE_NOOP(
            "Era",
            "Votre numéro est à côté de votre photo, sur deux lignes : "
            "en haut, de 1 à 15 lettres ou chiffres ; en bas, 2 fois 2 chiffres.",
        ),
        how=QT_TRANSLATE_NOOP(
            "Era",
            "Sur le site, tapez les caractères de la ligne du haut, "
            "puis les 4 chiffres de la ligne du bas.",
        ),
        boxes=(
            BoxSpec(
                key="top_line",
                label=QT_TRANSLATE_NOOP("Era", "Ligne du haut (1 à 15 lettres ou chiffres)"),
                chars=CharClass.ALPHANUMERIC,
                min_length=1,
                max_length=15,
                example="K45293",
                licence_region="region-top-line",
                website_region="region-box-top",
            ),
            BoxSpec(
                key="bottom_first",
                label=QT_TRANSLATE_NOOP("Era", "2 premiers chiffres du bas"),
                caption=QT_TRANSLATE_NOOP("Era", "2 premiers chiffres"),
                chars=CharClass.DIGITS,
                min_length=2,
                max_length=2,
                example="64",
                licence_region="region-bottom-first",
                website_region="region-box-bottom-first",
            ),
            BoxSpec(
                key="bottom_second",
                label=QT_TRANSLATE_NOOP("Era", "2 derniers chiffres du bas"),
                caption=QT_TRANSLATE_NOOP("Era", "2 derniers chiffres"),
                chars=CharClass.DIGITS,
                min_length=2,
                max_length=2,
                example="87",
                licence_region="region-bottom-second",
                website_region="region-box-bottom-second",
            ),
        ),
        licence_drawing="licence_before_1975.svg",
        website_drawing="website_before_1975.svg",
    ),
    EraSpec(
        era=Era.OLDER,
        tab_number=3,
        tab_label=QT_TRANSLATE_NOOP("Era", "Plus ancien\nannée, département"),
        title=QT_TRANSLATE_NOOP("Era", "Votre permis est plus ancien"),
        where=QT_TRANSLATE_NOOP(
            "Era",
            "Votre numéro a de 1 à 15 caractères. Il se trouve à côté de votre photo. "
            "Il vous faut aussi l'année de délivrance et le département.",
        ),
        how=QT_TRANSLATE_NOOP(
            "Era",
            "Sur le site, tapez le numéro, puis l'année de délivrance sur 2 caractères, "
            "puis le numéro du département sur 2 caractères.",
        ),
        boxes=(
            BoxSpec(
                key="number",
                label=QT_TRANSLATE_NOOP("Era", "Numéro (1 à 15 caractères)"),
                chars=CharClass.ALPHANUMERIC,
                min_length=1,
                max_length=15,
                example="822 114",
                licence_region="region-number",
                website_region="region-box-number",
            ),
            BoxSpec(
                key="year",
                label=QT_TRANSLATE_NOOP("Era", "Année de délivrance"),
                chars=CharClass.DIGITS,
                min_length=2,
                max_length=2,
                example="68",
                licence_region="region-year",
                website_region="region-box-year",
            ),
            BoxSpec(
                key="department",
                label=QT_TRANSLATE_NOOP("Era", "Département"),
                chars=CharClass.ALPHANUMERIC,
                min_length=2,
                max_length=2,
                example="19",
                licence_region="region-department",
                website_region="region-box-department",
            ),
        ),
        licence_drawing="licence_older.svg",
        website_drawing="website_older.svg",
    ),
)


def era_spec(era: Era) -> EraSpec:
    """The description of ``era``."""
    for spec in ERAS:
        if spec.era is era:
            return spec
    raise KeyError(era)  # pragma: no cover - every Era is in ERAS (tested)
