"""The words for every message of the licence core, in the current language.

One function per kind of text; each sentence is whole in the source (no fragments glued
together) and plural forms use Qt's ``%n`` so every language can choose its own.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from neph_gui.licence import BoxSpec, BoxValidation, CharClass, Era, Message, MessageId
from neph_gui.licence.validation import BoxState

_PLACEHOLDER = re.compile(r"%(\d)")


class _Context:
    """``Messages.tr(text, disambiguation, n)``: ``QCoreApplication.translate`` in one
    fixed context.

    Why not call ``QCoreApplication.translate("Messages", text, None, n)`` directly for
    plurals: pyside6-lupdate's Python parser reads a variable fourth argument of
    ``translate()`` as a legacy encoding flag, so the message lands in the ``.ts`` without
    its plural forms (and ``-pluralonly`` then drops it). It reads ``<name>.tr(text, None,
    n)`` correctly, with ``<name>`` as the context. ``tests/test_translations.py`` checks that
    every ``%n`` message is a plural one.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)


Messages = _Context("Messages")


def fill(text: str, *values: object) -> str:
    """Replace %1, %2… in a translated sentence in one pass (a value may contain "%")."""

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(one, text)


def era_text(text: str) -> str:
    """Translate a text of the licence core's era table (context "Era")."""
    return QCoreApplication.translate("Era", text)


def counter_text(result: BoxValidation) -> str:
    """The counter under a box: "8 chiffres sur 12", "6 caractères (de 1 à 15)"."""
    box = result.box
    n = result.count
    if box.fixed_length:
        if box.chars is CharClass.DIGITS:
            text = Messages.tr("%n chiffre(s) sur %1", None, n)
        else:
            text = Messages.tr("%n caractère(s) sur %1", None, n)
        return fill(text, box.max_length)
    text = Messages.tr("%n caractère(s) (de %1 à %2)", None, n)
    return fill(text, box.min_length, box.max_length)


def status_text(result: BoxValidation, *, warn: bool) -> str:
    """The status line under a box.

    ``warn`` is False while the person is still typing in a box they have not left yet:
    an incomplete number is then described as progress, not as a problem.
    """
    msg = result.status
    args = msg.args
    n = int(args.get("n", 0))
    box = result.box
    match msg.id:
        case MessageId.EMPTY:
            if box.fixed_length and box.chars is CharClass.DIGITS:
                return fill(
                    QCoreApplication.translate("Messages", "Tapez les %1 chiffres."),
                    box.max_length,
                )
            if box.fixed_length:
                return fill(
                    QCoreApplication.translate("Messages", "Tapez les %1 caractères."),
                    box.max_length,
                )
            return fill(
                QCoreApplication.translate("Messages", "Tapez de %1 à %2 caractères."),
                box.min_length,
                box.max_length,
            )
        case MessageId.MISSING_DIGITS:
            if not warn:
                return Messages.tr("Continuez : encore %n chiffre(s).", None, n)
            return Messages.tr("Il manque %n chiffre(s). Regardez bien votre permis.", None, n)
        case MessageId.MISSING_CHARACTERS:
            if not warn:
                return Messages.tr("Continuez : encore %n caractère(s).", None, n)
            return Messages.tr("Il manque %n caractère(s). Regardez bien votre permis.", None, n)
        case MessageId.TOO_MANY_DIGITS:
            return fill(
                Messages.tr(
                    "Il y a %n chiffre(s) de trop : il en faut %1. Vérifiez le numéro.",
                    None,
                    n,
                ),
                args.get("max", box.max_length),
            )
        case MessageId.TOO_MANY_CHARACTERS:
            return fill(
                Messages.tr(
                    "Il y a %n caractère(s) de trop : %1 au plus. Vérifiez le numéro.",
                    None,
                    n,
                ),
                args.get("max", box.max_length),
            )
        case MessageId.LETTER_NOT_ALLOWED:
            return fill(
                QCoreApplication.translate(
                    "Messages", "Cette case ne prend que des chiffres. La lettre « %1 » n'y va pas."
                ),
                args.get("char", ""),
            )
        case MessageId.CHARACTER_NOT_ALLOWED:
            return fill(
                QCoreApplication.translate(
                    "Messages",
                    "Le signe « %1 » ne fait pas partie d'un numéro de permis. "
                    "Tapez seulement des lettres et des chiffres.",
                ),
                _visible_char(str(args.get("char", ""))),
            )
        case MessageId.ONLY_INVISIBLE:
            return QCoreApplication.translate(
                "Messages",
                "Cette case contient seulement des caractères invisibles. "
                "Effacez-la et tapez le numéro.",
            )
        case MessageId.TEXT_TOO_LONG:
            return QCoreApplication.translate(
                "Messages",
                "Le texte est beaucoup trop long pour un numéro de permis. "
                "Effacez-le et tapez seulement le numéro.",
            )
        case MessageId.COMPLETE:
            if box.fixed_length and box.chars is CharClass.DIGITS:
                return fill(
                    QCoreApplication.translate(
                        "Messages", "C'est complet : les %1 chiffres sont là."
                    ),
                    box.max_length,
                )
            if box.fixed_length:
                return QCoreApplication.translate("Messages", "C'est complet.")
            # 1 to 15 characters: nothing says the number is whole; the person compares.
            return fill(
                QCoreApplication.translate(
                    "Messages",
                    "Caractères tapés : %1. Vérifiez qu'ils y sont tous, comme sur le permis.",
                ),
                result.count,
            )
    return ""  # pragma: no cover - every status id is handled above


def spelled(text: str) -> str:
    """``text`` for speech, one character at a time: "822114" -> "8 2 2 1 1 4" (a screen
    reader or a voice then says each digit, never "eight hundred twenty-two thousand")."""
    return " ".join(char for char in text if not char.isspace())


def spoken_number(parts: tuple[str, ...]) -> str:
    """What to type, for speech: each part spelled, the parts in order."""
    return " ; ".join(spelled(part) for part in parts)


def spoken_status(result: BoxValidation, *, warn: bool) -> str:
    """The status of a box as a screen reader says it while the person types: short, and
    what matters first ("11 sur 12"), so that the next key does not cut it off. Problems
    are said in full (``status_text``)."""
    msg = result.status
    box = result.box
    progress = msg.id in (MessageId.MISSING_DIGITS, MessageId.MISSING_CHARACTERS) and not warn
    if box.fixed_length and (progress or msg.id is MessageId.COMPLETE):
        return fill(
            QCoreApplication.translate("Messages", "%1 sur %2."), result.count, box.max_length
        )
    if msg.id is MessageId.COMPLETE or progress:
        # 1 to 15 characters: only the count; nothing says the number is whole.
        return Messages.tr("%n caractère(s).", None, result.count)
    return status_text(result, warn=warn)


def _visible_char(char: str) -> str:
    """A character as it can be shown between quotes (control characters are named)."""
    if not char or not char.isprintable():
        return f"U+{ord(char[0]):04X}" if char else "?"
    return char


def info_text(msg: Message) -> str:
    """An extra information line: what was changed, what a code may mean."""
    args = msg.args
    match msg.id:
        case MessageId.LETTER_READ_AS_DIGIT:
            return fill(
                QCoreApplication.translate(
                    "Messages", "La lettre « %1 » a été lue comme le chiffre %2."
                ),
                args["letter"],
                args["digit"],
            )
        case MessageId.DIRECTION_MARKS_REMOVED:
            return QCoreApplication.translate(
                "Messages",
                "Des marques de sens d'écriture ont été retirées : la case peut montrer "
                "les caractères dans un autre ordre. Tapez ce qui est écrit dans le résultat.",
            )
        case MessageId.YEAR_SHORTENED:
            return fill(
                QCoreApplication.translate("Messages", "L'année %1 se tape sur 2 chiffres : %2."),
                args["year"],
                args["short"],
            )
        case MessageId.SEPARATORS_REMOVED:
            return QCoreApplication.translate(
                "Messages", "Les espaces, points et tirets ne se tapent pas : ils sont retirés."
            )
        case MessageId.DEPARTMENT:
            return fill(
                QCoreApplication.translate("Messages", "Département %1 : %2."),
                args["code"],
                args["name"],
            )
        case MessageId.DEPARTMENT_HISTORICAL:
            return fill(
                QCoreApplication.translate(
                    "Messages", "Jusqu'en %3, le département %1 était : %2."
                ),
                args["code"],
                args["name"],
                args["until"],
            )
        case MessageId.DEPARTMENT_SINCE:
            return fill(
                QCoreApplication.translate("Messages", "Depuis %3, le département %1 est : %2."),
                args["code"],
                args["name"],
                args["since"],
            )
        case MessageId.REGISTRATION_READING:
            return fill(
                QCoreApplication.translate(
                    "Messages",
                    "Pour information, ce numéro se lit souvent ainsi : dossier enregistré "
                    "en %1/%2, département %3 (%4).",
                ),
                args["month"],
                args["year"],
                args["code"],
                args["name"],
            )
        case MessageId.OTHER_ERA_LETTERS:
            return QCoreApplication.translate(
                "Messages",
                "Ce numéro contient des lettres. Les permis de cet onglet n'ont que des "
                "chiffres : votre permis est peut-être plus ancien.",
            )
        case MessageId.OTHER_ERA_TWELVE_DIGITS:
            return QCoreApplication.translate(
                "Messages",
                "Ce numéro a 12 chiffres : c'est sans doute un permis obtenu après le "
                "1er juin 1975.",
            )
    return ""  # pragma: no cover - only info ids reach here


def go_to_era_text(era: Era, tab_number: int, tab_label: str) -> str:
    """The label of the button that moves the text to another tab."""
    del era
    return fill(
        QCoreApplication.translate("Messages", "Aller à l'onglet %1 :\n%2"), tab_number, tab_label
    )


def tone(result: BoxValidation, *, warn: bool, tab_warning: bool = False) -> str:
    """How a status line looks: "ok", "warning", "info" or "neutral" (never colour alone:
    each tone also has its own icon).

    The green tick only where the length is fixed and reached, and not while a warning
    shows elsewhere in the tab (``tab_warning``): "complet" must mean finished."""
    if result.state is BoxState.COMPLETE:
        return "ok" if result.box.fixed_length and not tab_warning else "neutral"
    if result.state is BoxState.INVALID:
        return "warning"
    if result.state is BoxState.INCOMPLETE and warn:
        return "warning"
    return "neutral"


def box_label(box: BoxSpec) -> str:
    """The translated label of a box."""
    return era_text(box.label)


def box_caption(box: BoxSpec) -> str:
    """The translated caption over a box (its short form where there is one)."""
    return era_text(box.caption or box.label)


def spaced_for_reading(text: str, group: int = 3) -> str:
    """``text`` in groups of ``group`` characters ("051 227 308 989"), to read it back."""
    return " ".join(text[i : i + group] for i in range(0, len(text), group))
