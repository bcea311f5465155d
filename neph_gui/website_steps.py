"""The steps on the points website, in the handout's words (context "Steps").

One table for the steps panel and the printed slip, so both always say the same thing.
Every sentence comes from the handout or DOMAIN.md ("The website"): the list of
FranceConnect accounts changes, so the ameli account is only "par exemple".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from neph_gui.licence._noop import QT_TRANSLATE_NOOP
from neph_gui.site import OfficialSite

# The handout's path, in order.
STEPS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Steps", "Allez sur le site ants.gouv.fr."),
    QT_TRANSLATE_NOOP(
        "Steps",
        "Cliquez sur « connaître le solde de mes points sur mon permis de conduire ».",
    ),
    QT_TRANSLATE_NOOP(
        "Steps",
        "Choisissez un compte FranceConnect, par exemple le compte Assurance Maladie "
        "(ameli) : numéro de sécurité sociale et code confidentiel. "
        "La liste des comptes proposés peut changer.",
    ),
    QT_TRANSLATE_NOOP(
        "Steps",
        "Entrez l'identifiant et le mot de passe du site choisi, "
        "puis cliquez sur « me connecter ».",
    ),
    QT_TRANSLATE_NOOP("Steps", "Cliquez sur l'encadré bleu « continuer permis de conduire »."),
    QT_TRANSLATE_NOOP(
        "Steps",
        "Tapez le numéro de permis deux fois : dans « N° de permis », "
        "puis dans « Confirmer le n° de permis ».",
    ),
    QT_TRANSLATE_NOOP("Steps", "Cliquez sur « Valider » : le solde des points s'affiche."),
)

# What to have at hand before starting.
PREPARE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Steps", "Le permis de conduire."),
    QT_TRANSLATE_NOOP(
        "Steps",
        "L'identifiant et le mot de passe d'un compte FranceConnect "
        "(par exemple le compte ameli de l'Assurance Maladie).",
    ),
)

# DOMAIN.md: "Points are not updated in real time" (high; the service says so).
NOT_REAL_TIME = QT_TRANSLATE_NOOP(
    "Steps",
    "Les points ne sont pas mis à jour en temps réel : une infraction récente ou des "
    "points récupérés peuvent ne pas apparaître encore.",
)

# DOMAIN.md: the official point-balance service itself (high).
MES_POINTS_ABOUT = QT_TRANSLATE_NOOP(
    "Steps",
    "« Mes points permis » est le service officiel et gratuit du ministère de l'Intérieur "
    "pour connaître son solde de points.",
)

# The addresses the slip and the panel show, in the order of the steps.
ADDRESSES: tuple[OfficialSite, ...] = (OfficialSite.ANTS, OfficialSite.MES_POINTS)


def steps() -> list[str]:
    """The steps, translated."""
    return [QCoreApplication.translate("Steps", text) for text in STEPS]


def prepare() -> list[str]:
    """What to have ready, translated."""
    return [QCoreApplication.translate("Steps", text) for text in PREPARE]


def not_real_time() -> str:
    """The notice that the balance may lag, translated."""
    return QCoreApplication.translate("Steps", NOT_REAL_TIME)


def mes_points_about() -> str:
    """One sentence about "Mes points permis", translated."""
    return QCoreApplication.translate("Steps", MES_POINTS_ABOUT)
