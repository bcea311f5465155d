"""The words and numbers Qt writes on the drawings, per drawing and per ``label-*`` box.

The drawings carry no text (``resources/drawings/README.md``): each ``label-*`` box gets
its text here, in French source (context "Drawing", translated at paint time), or from
the era data (the fake example numbers, the typed text). Keeping every drawing's words in
one table makes a missing or misspelt label easy to test.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from neph_gui.licence import EraSpec, ValidationResult
from neph_gui.licence._noop import QT_TRANSLATE_NOOP
from neph_gui.texts.messages import fill

CONTEXT = "Drawing"


class LabelStyle(enum.Enum):
    """How a piece of text is drawn in its box (see ``DrawingView``)."""

    HEADING = "heading"  # bold words, one line, shrunk to fit
    TEXT = "text"  # plain words, one line, shrunk to fit
    CAPTION = "caption"  # plain words, may wrap onto two lines
    MARK = "mark"  # bold, centred ("EXEMPLE", "5.", "1")
    NUMBER = "number"  # a printed number: monospace bold, shrunk to fit
    TYPED = "typed"  # what the person typed: monospace, elided when too long


@dataclass(frozen=True)
class Label:
    """One piece of text for one ``label-*`` box."""

    text: str  # French source text, or a number / mark that needs no translation
    style: LabelStyle
    translate: bool = True

    def shown(self) -> str:
        """The text in the current language."""
        return QCoreApplication.translate(CONTEXT, self.text) if self.translate else self.text


def _words(text: str, style: LabelStyle = LabelStyle.TEXT) -> Label:
    return Label(text, style)


def _mark(text: str) -> Label:
    return Label(text, LabelStyle.MARK, translate=False)


def _as_printed(text: str, style: LabelStyle = LabelStyle.TEXT) -> Label:
    """Words printed in French on the document or shown in French on the website: the
    person will see them in French whatever the app's language, so they stay French."""
    return Label(text, style, translate=False)


_EXAMPLE = Label(QT_TRANSLATE_NOOP("Drawing", "EXEMPLE"), LabelStyle.MARK)
_REPUBLIC = _as_printed("RÉPUBLIQUE FRANÇAISE")
_LICENCE = _as_printed("PERMIS DE CONDUIRE", LabelStyle.HEADING)
_PHOTO = Label(QT_TRANSLATE_NOOP("Drawing", "Photo"), LabelStyle.MARK)
_LINES = {f"label-line{n}": _mark(f"{n}.") for n in range(1, 6)}
_STEPS = {f"label-step-{n}": _mark(str(n)) for n in range(1, 4)}

# Words drawn on each drawing (numbers come from the era data, see below).
STATIC_LABELS: Mapping[str, Mapping[str, Label]] = {
    "licence_after_1975.svg": {
        "label-republic": _REPUBLIC,
        "label-title": _LICENCE,
        "label-example": _EXAMPLE,
        "label-photo": _PHOTO,
        **_LINES,
    },
    "licence_before_1975.svg": {
        "label-republic": _REPUBLIC,
        "label-title": _LICENCE,
        "label-example": _EXAMPLE,
        "label-photo": _PHOTO,
        **{key: label for key, label in _LINES.items() if key != "label-line5"},
    },
    "licence_older.svg": {
        "label-title": _LICENCE,
        "label-example": _EXAMPLE,
        "label-photo": _PHOTO,
        "label-year-caption": _words(
            QT_TRANSLATE_NOOP("Drawing", "Année de délivrance"), LabelStyle.CAPTION
        ),
        "label-department-caption": _words(
            QT_TRANSLATE_NOOP("Drawing", "Département"), LabelStyle.CAPTION
        ),
    },
    "card_back.svg": {
        "label-side": Label(QT_TRANSLATE_NOOP("Drawing", "Verso"), LabelStyle.MARK),
        "label-example": _EXAMPLE,
    },
    "card_front.svg": {
        "label-side": Label(QT_TRANSLATE_NOOP("Drawing", "Recto"), LabelStyle.MARK),
        "label-title": _LICENCE,
        "label-example": _EXAMPLE,
        "label-field5": _words(
            QT_TRANSLATE_NOOP("Drawing", "5. Ce n'est pas ce numéro"), LabelStyle.HEADING
        ),
    },
    "website_after_1975.svg": {
        # Our words: the live site's labels are not known (DOMAIN.md), so none is imitated.
        "label-header": _words(
            QT_TRANSLATE_NOOP("Drawing", "Sur le site : une seule case"), LabelStyle.HEADING
        ),
        "label-box-number-caption": _words(
            QT_TRANSLATE_NOOP("Drawing", "Numéro de permis"), LabelStyle.CAPTION
        ),
        # The handout's site offered a "?" beside the box: help on where the number is.
        "label-help": _mark("?"),
    },
    "website_before_1975.svg": {
        "label-header": _words(
            QT_TRANSLATE_NOOP("Drawing", "Si le site montre des cases séparées"),
            LabelStyle.HEADING,
        ),
        **_STEPS,
        "label-box-top-caption": _words(
            QT_TRANSLATE_NOOP("Drawing", "Ligne du haut"), LabelStyle.CAPTION
        ),
        "label-box-bottom-first-caption": _words(
            QT_TRANSLATE_NOOP("Drawing", "Ligne du bas : 2 premiers chiffres"),
            LabelStyle.CAPTION,
        ),
        "label-box-bottom-second-caption": _words(
            QT_TRANSLATE_NOOP("Drawing", "Ligne du bas : 2 derniers chiffres"),
            LabelStyle.CAPTION,
        ),
    },
    "website_older.svg": {
        "label-header": _words(
            QT_TRANSLATE_NOOP("Drawing", "Si le site montre des cases séparées"),
            LabelStyle.HEADING,
        ),
        **_STEPS,
        "label-box-number-caption": _words(
            QT_TRANSLATE_NOOP("Drawing", "Numéro"), LabelStyle.CAPTION
        ),
        "label-box-year-caption": _words(
            QT_TRANSLATE_NOOP("Drawing", "Année de délivrance"), LabelStyle.CAPTION
        ),
        "label-box-department-caption": _words(
            QT_TRANSLATE_NOOP("Drawing", "Département"), LabelStyle.CAPTION
        ),
    },
}


def label_for_region(region: str, suffix: str = "") -> str:
    """The ``label-*`` id that goes with a ``region-*`` id ("region-year" → "label-year")."""
    return "label-" + region.removeprefix("region-") + suffix


def _number(text: str) -> Label:
    return Label(text, LabelStyle.NUMBER, translate=False)


def licence_labels(spec: EraSpec) -> dict[str, Label]:
    """Everything written on the era's licence drawing: words and the fake example."""
    labels = dict(STATIC_LABELS[spec.licence_drawing])
    for box in spec.boxes:
        labels[label_for_region(box.licence_region)] = _number(box.example)
    return labels


def card_back_labels(spec: EraSpec) -> dict[str, Label]:
    """The card's back: the example number on two lines (6 + 6), as on the card."""
    assert spec.card_back_drawing is not None
    labels = dict(STATIC_LABELS[spec.card_back_drawing])
    for box in spec.boxes:
        if box.card_region is None:
            continue
        digits = box.example.replace(" ", "")
        half = (len(digits) + 1) // 2
        labels[label_for_region(box.card_region, "-line1")] = _number(digits[:half])
        labels[label_for_region(box.card_region, "-line2")] = _number(digits[half:])
    return labels


def card_front_labels(spec: EraSpec) -> dict[str, Label]:
    """The card's front: only words (field 5 is crossed out, its number is not shown)."""
    assert spec.card_front_drawing is not None
    return dict(STATIC_LABELS[spec.card_front_drawing])


def website_labels(spec: EraSpec, result: ValidationResult | None) -> dict[str, Label]:
    """The website's boxes, filled with what the person typed (normalised), box by box.

    Empty boxes stay empty; the confirmation box shows the same text as the first one
    (the site asks for the number twice).
    """
    labels = dict(STATIC_LABELS[spec.website_drawing])
    if result is None:
        return labels
    for box_result in result.boxes:
        text = box_result.text
        if not text:
            continue
        box = box_result.box
        typed = Label(text, LabelStyle.TYPED, translate=False)
        labels[label_for_region(box.website_region)] = typed
    return labels


@dataclass(frozen=True)
class Description:
    """What a drawing shows, in words: for screen readers and written under the drawing."""

    name: str  # French source text (context "Drawing")
    where: str  # where the number is: written under the drawing and read out
    example: str = ""  # the fake example, read out only (it is printed on the drawing)

    def shown(self) -> tuple[str, str]:
        """The accessible name and the sentence written under the drawing."""
        return (
            QCoreApplication.translate(CONTEXT, self.name),
            QCoreApplication.translate(CONTEXT, self.where),
        )

    def spoken(self, *values: str) -> str:
        """The accessible description: where, then the example with %1, %2… filled."""
        where = QCoreApplication.translate(CONTEXT, self.where)
        if not self.example:
            return where
        return where + " " + fill(QCoreApplication.translate(CONTEXT, self.example), *values)


_TYPED_SHOWS = QT_TRANSLATE_NOOP(
    "Drawing", "Ce que vous tapez dans les cases de cet onglet s'affiche dans ce dessin."
)

DESCRIPTIONS: Mapping[str, Description] = {
    "licence_after_1975.svg": Description(
        QT_TRANSLATE_NOOP("Drawing", "Dessin d'exemple du permis rose"),
        QT_TRANSLATE_NOOP(
            "Drawing",
            "Le numéro est sur la ligne 5, à gauche de la photo, sur une seule ligne : "
            "12 chiffres.",
        ),
        QT_TRANSLATE_NOOP("Drawing", "Dans l'exemple : %1."),
    ),
    "licence_before_1975.svg": Description(
        QT_TRANSLATE_NOOP("Drawing", "Dessin d'exemple du permis rose"),
        QT_TRANSLATE_NOOP(
            "Drawing",
            "Le numéro est à côté de la photo, sur deux lignes : en haut, de 1 à 15 lettres "
            "ou chiffres ; en bas, 2 fois 2 chiffres.",
        ),
        QT_TRANSLATE_NOOP("Drawing", "Dans l'exemple : %1 en haut, %2 et %3 en bas."),
    ),
    "licence_older.svg": Description(
        QT_TRANSLATE_NOOP("Drawing", "Dessin d'exemple d'un ancien permis"),
        QT_TRANSLATE_NOOP(
            "Drawing",
            "Le numéro, de 1 à 15 caractères, est à côté de la photo. Il faut aussi l'année "
            "de délivrance et le département.",
        ),
        QT_TRANSLATE_NOOP(
            "Drawing", "Dans l'exemple : le numéro %1, l'année %2, le département %3."
        ),
    ),
    "card_back.svg": Description(
        QT_TRANSLATE_NOOP("Drawing", "Dessin d'exemple du permis carte, verso"),
        QT_TRANSLATE_NOOP(
            "Drawing",
            "Le numéro est au verso, en haut à gauche, au-dessus de la puce, sur deux lignes.",
        ),
        QT_TRANSLATE_NOOP("Drawing", "Dans l'exemple : %1 puis %2."),
    ),
    "card_front.svg": Description(
        QT_TRANSLATE_NOOP("Drawing", "Dessin d'exemple du permis carte, recto"),
        QT_TRANSLATE_NOOP(
            "Drawing",
            "Au recto, le champ 5 est un autre numéro, celui de la carte : "
            "ce n'est pas le numéro à taper.",
        ),
    ),
    "website_after_1975.svg": Description(
        QT_TRANSLATE_NOOP("Drawing", "Dessin des cases du site"),
        QT_TRANSLATE_NOOP(
            "Drawing",
            "Le site demande le numéro de permis : les 12 chiffres dans une seule case, "
            "sans espace. Une aide « ? » à côté de la case peut expliquer où le trouver.",
        ),
    ),
    "website_before_1975.svg": Description(
        QT_TRANSLATE_NOOP("Drawing", "Dessin des cases du site"),
        QT_TRANSLATE_NOOP(
            "Drawing",
            "Si le site montre des cases séparées : les caractères de la ligne du haut, "
            "puis les 2 premiers chiffres de la ligne du bas, puis les 2 derniers. "
            "S'il montre une seule case, tapez tout à la suite, sans espace.",
        ),
    ),
    "website_older.svg": Description(
        QT_TRANSLATE_NOOP("Drawing", "Dessin des cases du site"),
        QT_TRANSLATE_NOOP(
            "Drawing",
            "Si le site montre des cases séparées : le numéro, puis l'année de délivrance "
            "sur 2 caractères, puis le département sur 2 caractères. "
            "S'il montre une seule case, tapez tout à la suite, sans espace.",
        ),
    ),
}


def typed_shows_text() -> str:
    """The sentence saying that the website drawing fills in while typing."""
    return QCoreApplication.translate(CONTEXT, _TYPED_SHOWS)


def example_parts(spec: EraSpec) -> tuple[str, ...]:
    """The fake example of each box, as printed, for the licence description."""
    return tuple(box.example for box in spec.boxes)


def card_example_lines(spec: EraSpec) -> tuple[str, ...]:
    """The two lines of the card's example number."""
    labels = card_back_labels(spec)
    return tuple(
        label.text for key, label in sorted(labels.items()) if key.startswith("label-number-line")
    )
