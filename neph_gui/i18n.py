"""Languages: which exist, and switching between them at run time.

French is the source language of every string (the service is French; if a translation
file were missing, people would still read French). ``neph_gui_fr.qm`` only carries the
French plural forms; other languages carry every string. Qt's own strings (standard
buttons, the print dialog) come from Qt's ``qtbase_<lang>.qm``.

With ``NEPH_GUI_PSEUDO=1`` in the environment, every string is shown lengthened by about
40 % and framed ("⟦Tapez les 12 chiffres.~~~~~ ~~~⟧"), to check that layouts survive
longer languages and that no text escapes translation.
"""

from __future__ import annotations

import math
import os
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

from neph_gui.resources import ResourceError, list_dir, resource_path

SOURCE_LANGUAGE = "fr"
DEFAULT_LANGUAGE = "fr"
PSEUDO_ENV = "NEPH_GUI_PSEUDO"
# Each language named in itself, so anyone finds their own.
# Qt's own native names carry the country ("español de España"), so the likely next
# languages are named here.
_NATIVE_NAMES = {
    "fr": "Français",
    "en": "English",
    "es": "Español",
    "pt": "Português",
    "ar": "العربية",
    "de": "Deutsch",
    "it": "Italiano",
}
_QM_NAME = re.compile(r"^neph_gui_([a-z]{2,3}(?:_[A-Z]{2})?)\.qm$")
# Qt asks for this "translation" to choose the layout direction; never pad it.
_QT_LAYOUT_KEY = "QT_LAYOUT_DIRECTION"


def available_languages() -> list[str]:
    """Language codes the app can show, French first."""
    found = {SOURCE_LANGUAGE}
    try:
        for name in list_dir("translations"):
            match = _QM_NAME.match(name)
            if match:
                found.add(match.group(1))
    except ResourceError:  # pragma: no cover - broken build only
        pass
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def native_name(language: str) -> str:
    """The name of ``language`` in that language ("Français", "English")."""
    if language in _NATIVE_NAMES:
        return _NATIVE_NAMES[language]
    name = QLocale(language).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else language


def choose_language(requested: str | None, remembered: str) -> str:
    """The language to start in: ``--lang`` if given, else the one chosen last time, else
    French — never the system's locale (the service is French)."""
    for candidate in (requested, remembered):
        if candidate and candidate in available_languages():
            return candidate
    return DEFAULT_LANGUAGE


def pseudo_enabled() -> bool:
    """Whether ``NEPH_GUI_PSEUDO`` asks for pseudo-translation."""
    return os.environ.get(PSEUDO_ENV, "").strip() not in {"", "0"}


def pseudo_text(text: str) -> str:
    """``text`` framed by ⟦ ⟧ and each line lengthened by about 40 % with "~".

    Only characters are added, at line ends: placeholders (``%1``, ``%n``), shortcuts
    (``&``) and line breaks stay as they were.
    """
    if not text:
        return text
    return "⟦" + "\n".join(line + _padding(len(line)) for line in text.split("\n")) + "⟧"


def _padding(length: int) -> str:
    """About 40 % of ``length`` in "~", cut into short words ("~~~~~ ~~~~~ ~~") so that
    line wrapping behaves as with a real, longer language rather than one huge word."""
    wanted = math.ceil(length * 0.4)
    pad = ""
    while len(pad) < wanted:
        pad += "~" if len(pad) % 6 != 5 else " "
    return pad.rstrip()


class PseudoTranslator(QTranslator):
    """Answers every lookup with the real translation (or the source), lengthened."""

    def __init__(self, inner: list[QTranslator], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inner = inner

    def translate(
        self, context: str, source_text: str, /, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = ""
        for translator in self._inner:
            found = translator.translate(context, source_text, disambiguation, n) or ""
            if found:
                break
        if source_text == _QT_LAYOUT_KEY:
            return found
        return pseudo_text(found or source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


# Translators are global to the application, so the installed set is too: any
# Translations object replaces what another one installed.
_installed: list[QTranslator] = []
_owned: list[QTranslator] = []  # installed or wrapped by the pseudo translator
_current = SOURCE_LANGUAGE


def current_language() -> str:
    """The language the app is shown in."""
    return _current


class Translations:
    """Installs the translators of one language; switching sends LanguageChange to all
    widgets, which then retranslate themselves."""

    @property
    def language(self) -> str:
        """The language the app is shown in."""
        return _current

    def set_language(self, language: str) -> None:
        """Show the app in ``language`` (a code from :func:`available_languages`)."""
        global _current
        if language not in available_languages():
            raise ValueError(f"unknown language: {language}")
        app = QCoreApplication.instance()
        if app is None:  # pragma: no cover - always called with an application
            raise RuntimeError("no QCoreApplication")
        loaded: list[QTranslator] = []
        ours = QTranslator(app)
        if ours.load(resource_path(f"translations/neph_gui_{language}.qm")):
            loaded.append(ours)
        qt_own = QTranslator(app)
        if qt_own.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            loaded.append(qt_own)
        # Installed last = asked first; the pseudo translator answers everything itself.
        wanted = [PseudoTranslator(loaded, app)] if pseudo_enabled() else loaded
        for translator in _installed:
            QCoreApplication.removeTranslator(translator)
        for translator in _owned:
            translator.deleteLater()
        _installed.clear()
        _owned[:] = loaded if wanted is loaded else [*loaded, *wanted]
        QLocale.setDefault(QLocale(language))
        _current = language
        for translator in reversed(wanted):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)


if TYPE_CHECKING:
    _WidgetBase = QWidget
else:
    _WidgetBase = object


class Retranslating(_WidgetBase):
    """How every widget follows a language change, written once.

    A widget that shows words puts this mixin before its Qt class
    (``class HintBar(Retranslating, QWidget)``), sets its words in ``retranslate()`` and
    calls it at the end of ``__init__``. Switching the language sends LanguageChange to
    every widget (:class:`Translations`); this calls ``retranslate()`` again.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
