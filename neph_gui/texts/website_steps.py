"""The steps on today's points website, "Mes points permis" (context "Steps").

This file is the one place to edit when the site changes (docs/contributing.md): the
steps panel, the printed slip and the sheet all read it. Every sentence comes from
DOMAIN.md ("The website"); ``SOURCES_DATE`` is the month of the official page those facts
were read from (service-public.fr fiche F17970, updated 2026-03-27), shown to the person
as "D'après les informations officielles de mars 2026". The handout's screens were the
former service, Télépoints (closed November 2023): none of them is described here.
Where the live site may differ, the app says so rather than inventing screens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from neph_gui.licence._noop import QT_TRANSLATE_NOOP

# Year and month of the official sources of these steps (DOMAIN.md).
SOURCES_DATE = (2026, 3)

# Today's path, in order (DOMAIN.md: log-in with FranceConnect or the site's own account;
# the first time, the licence type, then its number once to link it).
STEPS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Steps", "Ouvrez le site « Mes points permis » : mespoints.permisdeconduire.gouv.fr."
    ),
    QT_TRANSLATE_NOOP(
        "Steps",
        "Connectez-vous avec FranceConnect (par exemple avec le compte impots.gouv.fr ou "
        "ameli), ou avec un compte créé sur le site lui-même.",
    ),
    QT_TRANSLATE_NOOP(
        "Steps",
        "La première fois, dites quel permis vous avez : la carte ou le permis rose en papier.",
    ),
    QT_TRANSLATE_NOOP(
        "Steps",
        "Tapez le numéro de permis une fois, exactement comme l'application le montre, "
        "pour le relier à votre compte.",
    ),
    QT_TRANSLATE_NOOP("Steps", "Le solde de vos points s'affiche."),
)

# What to have at hand before starting.
PREPARE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Steps", "Le permis de conduire."),
    QT_TRANSLATE_NOOP(
        "Steps",
        "L'identifiant et le mot de passe d'un compte FranceConnect, par exemple "
        "impots.gouv.fr ou ameli (numéro de sécurité sociale et mot de passe). "
        "La liste des comptes proposés peut changer.",
    ),
    QT_TRANSLATE_NOOP(
        "Steps",
        "Sans compte FranceConnect : une adresse e-mail, pour créer un compte sur le site.",
    ),
)

# DOMAIN.md: "Points are not updated in real time" (high; the service says so).
NOT_REAL_TIME = QT_TRANSLATE_NOOP(
    "Steps",
    "Les points ne sont pas mis à jour en temps réel : une infraction récente ou des "
    "points récupérés peuvent ne pas apparaître encore.",
)

# The live site may show other screens than these steps: said calmly, once.
MAY_DIFFER = QT_TRANSLATE_NOOP(
    "Steps",
    "Si le site affiche autre chose, suivez ses indications et gardez ce numéro sous les yeux.",
)

# DOMAIN.md: the official point-balance service itself (high).
MES_POINTS_ABOUT = QT_TRANSLATE_NOOP(
    "Steps",
    "« Mes points permis » est le service officiel et gratuit du ministère de l'Intérieur "
    "pour connaître son solde de points.",
)

# The hard cases: (title, what to do), from DOMAIN.md ("Where the number is printed",
# "Names", "The website").
HARD_CASES: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Steps", "Le permis est perdu ou illisible"),
        QT_TRANSLATE_NOOP(
            "Steps",
            "Le même numéro est imprimé sur les courriers au sujet des points (« Votre n° "
            "de dossier », en haut à gauche), sur le relevé d'information, et sur le "
            "récépissé remis après une déclaration de perte.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Steps", "Le site refuse le numéro"),
        QT_TRANSLATE_NOOP(
            "Steps",
            "Relisez-le caractère par caractère avec le permis : l'application ne peut pas "
            "voir deux chiffres inversés. Vérifiez aussi l'onglet : il dépend de la date du "
            "premier permis, car le numéro reste le même toute la vie, même sur une carte.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Steps", "Pas de compte FranceConnect"),
        QT_TRANSLATE_NOOP(
            "Steps",
            "Le site permet de créer son propre compte : nom, date de naissance, adresse "
            "e-mail et mot de passe, puis un e-mail pour activer le compte.",
        ),
    ),
)


def _translate(text: str) -> str:
    return QCoreApplication.translate("Steps", text)


def steps() -> list[str]:
    """The steps, translated."""
    return [_translate(text) for text in STEPS]


def prepare() -> list[str]:
    """What to have ready, translated."""
    return [_translate(text) for text in PREPARE]


def not_real_time() -> str:
    """The notice that the balance may lag, translated."""
    return _translate(NOT_REAL_TIME)


def may_differ() -> str:
    """What to do if the live site shows other screens, translated."""
    return _translate(MAY_DIFFER)


def mes_points_about() -> str:
    """One sentence about "Mes points permis", translated."""
    return _translate(MES_POINTS_ABOUT)


def hard_cases() -> list[tuple[str, str]]:
    """The hard cases, (title, what to do), translated."""
    return [(_translate(title), _translate(text)) for title, text in HARD_CASES]


def sources_note() -> str:
    """ "D'après les informations officielles de mars 2026", in the current language."""
    year, month = SOURCES_DATE
    when = QLocale().toString(QDate(year, month, 1), "MMMM yyyy")
    return QCoreApplication.translate(
        "Steps", "D'après les informations officielles de %1."
    ).replace("%1", when)
