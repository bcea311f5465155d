""" "Quel permis avez-vous ?": the pages of the question screen, as data (no widgets).

The window opens on one question with a picture of each document: the pink paper in its
three shapes (DOMAIN.md: the three shapes) and the plastic card. A card keeps the number
of the very first licence (the number stays the same for life), so for a card the date
of the first licence decides. "Je ne sais pas" says what to look for, with the same
pictures as the answers. French source, context "Question".
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from neph_gui.licence import ERAS, Era
from neph_gui.licence._noop import QT_TRANSLATE_NOOP
from neph_gui.texts.drawing_texts import Label, card_back_labels, licence_labels

CONTEXT = "Question"


class Step(enum.Enum):
    """The pages of the question screen."""

    FIRST = "first"  # which document: three pink papers or the card?
    LOOK = "look"  # "Je ne sais pas": what to look for, the same pictures as answers
    CARD_DATE = "card_date"  # a card: first licence before or after 1 June 1975?
    CARD_LOOK = "card_look"  # a card with an older number: what to look for on its back


@dataclass(frozen=True)
class Answer:
    """One button of a page: its words, its picture, and where it leads (a page or an era)."""

    key: str
    text: str  # French source, context "Question"
    description: str  # what it leads to (screen readers), French source
    picture: str | None = None  # a drawing file (resources/drawings/), painted above the text
    next_step: Step | None = None
    era: Era | None = None
    card: bool = False


@dataclass(frozen=True)
class Page:
    """One page: a heading, an optional explanation, the big answers, and an optional
    plain button under them ("Je ne sais pas")."""

    heading: str  # French source, context "Question"
    detail: str
    answers: tuple[Answer, ...]
    other: Answer | None = None


_OPENS_AFTER = QT_TRANSLATE_NOOP(
    "Question",
    "Ouvre la page du premier permis obtenu après le 1er juin 1975 : "
    "où est le numéro et comment le taper.",
)
_OPENS_BEFORE = QT_TRANSLATE_NOOP(
    "Question",
    "Ouvre la page du premier permis obtenu avant le 1er juin 1975 : "
    "où est le numéro et comment le taper.",
)
_OPENS_OLDER = QT_TRANSLATE_NOOP(
    "Question",
    "Ouvre la page des permis plus anciens : où est le numéro et comment le taper.",
)
_OPENS_CARD = QT_TRANSLATE_NOOP(
    "Question",
    "Ouvre la page du permis carte : où est le numéro au verso et comment le taper.",
)
_ASKS_DATE = QT_TRANSLATE_NOOP(
    "Question", "Ensuite, une question : la date de votre tout premier permis."
)
_SHOWS_WHAT = QT_TRANSLATE_NOOP(
    "Question", "Ensuite : ce qu'il faut regarder sur le permis pour le reconnaître."
)
_SHOWS_CARD_BACK = QT_TRANSLATE_NOOP(
    "Question", "Ensuite : ce qu'il faut regarder au verso de la carte."
)
_DONT_KNOW = QT_TRANSLATE_NOOP("Question", "Je ne sais pas")

# The four documents, as on the first page (and again, with an explanation, on LOOK).
_DOCUMENTS = (
    Answer(
        "after_1975",
        QT_TRANSLATE_NOOP("Question", "Papier rose : 12 chiffres"),
        _OPENS_AFTER,
        picture="licence_after_1975.svg",
        era=Era.AFTER_1975,
    ),
    Answer(
        "before_1975",
        QT_TRANSLATE_NOOP("Question", "Papier rose : numéro sur 2 lignes"),
        _OPENS_BEFORE,
        picture="licence_before_1975.svg",
        era=Era.BEFORE_1975,
    ),
    Answer(
        "older",
        QT_TRANSLATE_NOOP("Question", "Papier rose plus ancien : numéro + année + département"),
        _OPENS_OLDER,
        picture="licence_older.svg",
        era=Era.OLDER,
    ),
    Answer(
        "card",
        QT_TRANSLATE_NOOP("Question", "Carte plastique"),
        _ASKS_DATE,
        picture="card_back.svg",
        next_step=Step.CARD_DATE,
    ),
)

PAGES: Mapping[Step, Page] = {
    Step.FIRST: Page(
        QT_TRANSLATE_NOOP("Question", "Quel permis avez-vous ?"),
        QT_TRANSLATE_NOOP("Question", "Choisissez le dessin qui ressemble à votre permis."),
        _DOCUMENTS,
        Answer("dont_know", _DONT_KNOW, _SHOWS_WHAT, next_step=Step.LOOK),
    ),
    Step.LOOK: Page(
        QT_TRANSLATE_NOOP("Question", "Regardez le numéro à côté de la photo :"),
        QT_TRANSLATE_NOOP(
            "Question",
            "• 12 chiffres sur une ligne : premier permis après le 1er juin 1975.\n"
            "• De 1 à 15 lettres ou chiffres en haut, puis 2 fois 2 chiffres sur la ligne "
            "du bas : premier permis avant le 1er juin 1975.\n"
            "• De 1 à 15 caractères seulement (il faudra aussi l'année de délivrance et le "
            "département) : permis plus ancien.\n"
            "• Sur la carte plastique, le numéro est au verso, en haut à gauche.",
        ),
        _DOCUMENTS,
    ),
    # The number stays the same for life (DOMAIN.md): a card holds the shape of the
    # first licence's number, so the date of the first licence decides.
    Step.CARD_DATE: Page(
        QT_TRANSLATE_NOOP("Question", "Quand avez-vous eu votre tout premier permis ?"),
        QT_TRANSLATE_NOOP(
            "Question",
            "Le numéro ne change pas : la carte garde celui du tout premier permis.",
        ),
        (
            Answer(
                "after",
                QT_TRANSLATE_NOOP("Question", "Après le 1er juin 1975"),
                _OPENS_CARD,
                era=Era.AFTER_1975,
                card=True,
            ),
            Answer(
                "before",
                QT_TRANSLATE_NOOP("Question", "Avant le 1er juin 1975"),
                _SHOWS_CARD_BACK,
                next_step=Step.CARD_LOOK,
            ),
            Answer("dont_know", _DONT_KNOW, _SHOWS_CARD_BACK, next_step=Step.CARD_LOOK),
        ),
    ),
    # Only the after-1975 number has a card drawing of its own; the older shapes are
    # pictured on the pink paper, and lead to their pages as for the paper.
    Step.CARD_LOOK: Page(
        QT_TRANSLATE_NOOP(
            "Question", "Regardez le numéro au verso de la carte, en haut à gauche :"
        ),
        QT_TRANSLATE_NOOP(
            "Question",
            "• 12 chiffres, sur deux lignes : premier permis après le 1er juin 1975.\n"
            "• De 1 à 15 lettres ou chiffres, puis 2 fois 2 chiffres : premier permis avant "
            "le 1er juin 1975.\n"
            "• De 1 à 15 caractères (il faudra aussi l'année de délivrance et le "
            "département) : permis plus ancien.",
        ),
        (
            Answer(
                "card_after_1975",
                QT_TRANSLATE_NOOP("Question", "12 chiffres"),
                _OPENS_CARD,
                picture="card_back.svg",
                era=Era.AFTER_1975,
                card=True,
            ),
            Answer(
                "before_1975",
                QT_TRANSLATE_NOOP("Question", "Lettres ou chiffres, puis 2 fois 2 chiffres"),
                _OPENS_BEFORE,
                picture="licence_before_1975.svg",
                era=Era.BEFORE_1975,
            ),
            Answer(
                "older",
                QT_TRANSLATE_NOOP("Question", "Numéro + année + département"),
                _OPENS_OLDER,
                picture="licence_older.svg",
                era=Era.OLDER,
            ),
        ),
    ),
}


def translated(text: str) -> str:
    """A text of this module in the current language ("" stays "")."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def picture_labels(picture: str) -> dict[str, Label]:
    """The words and the fake example number written on a picture (as on the era's
    drawings)."""
    for spec in ERAS:
        if spec.licence_drawing == picture:
            return licence_labels(spec)
        if spec.card_back_drawing == picture:
            return card_back_labels(spec)
    raise KeyError(picture)


def picture_regions(picture: str) -> tuple[str, ...]:
    """The regions of a picture where the number is (outlined, to compare the shapes)."""
    for spec in ERAS:
        if spec.licence_drawing == picture:
            return tuple(box.licence_region for box in spec.boxes)
        if spec.card_back_drawing == picture:
            return tuple(box.card_region for box in spec.boxes if box.card_region)
    raise KeyError(picture)
