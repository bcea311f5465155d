"""Everything that decides what a licence number looks like. Pure Python, no Qt.

The widgets in :mod:`neph_gui.ui` ask this package and show the answer; the words they
show come from :mod:`neph_gui.texts.messages`, keyed by :class:`MessageId`.
"""

from neph_gui.licence.departments import Department, department_name
from neph_gui.licence.eras import ERAS, BoxSpec, CharClass, Era, EraSpec, era_spec
from neph_gui.licence.normalise import MAX_INPUT_CHARS, Normalised, Substitution, normalise_number
from neph_gui.licence.validation import (
    BoxState,
    BoxValidation,
    Message,
    MessageId,
    ValidationResult,
    validate_box,
    validate_era,
)

__all__ = [
    "ERAS",
    "MAX_INPUT_CHARS",
    "BoxSpec",
    "BoxState",
    "BoxValidation",
    "CharClass",
    "Department",
    "Era",
    "EraSpec",
    "Message",
    "MessageId",
    "Normalised",
    "Substitution",
    "ValidationResult",
    "department_name",
    "era_spec",
    "normalise_number",
    "validate_box",
    "validate_era",
]
