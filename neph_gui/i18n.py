"""Languages: which exist, and switching between them at run time.

French is the source language of every string (the service is French; if a translation
file were missing, people would still read French). ``neph_gui_fr.qm`` only carries the
French plural forms; other languages carry every string. Qt's own strings (standard
buttons, the print dialog) come from Qt's ``qtbase_<lang>.qm``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from neph_gui.resources import ResourceError, list_dir, resource_path

SOURCE_LANGUAGE = "fr"
DEFAULT_LANGUAGE = "fr"
# Each language named in itself, so anyone finds their own.
_NATIVE_NAMES = {"fr": "Français", "en": "English"}
_QM_NAME = re.compile(r"^neph_gui_([a-z]{2,3}(?:_[A-Z]{2})?)\.qm$")


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


class Translations:
    """Installs the translators of one language; switching sends LanguageChange to all
    widgets, which then retranslate themselves."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def set_language(self, language: str) -> None:
        """Show the app in ``language`` (a code from :func:`available_languages`)."""
        if language not in available_languages():
            raise ValueError(f"unknown language: {language}")
        app = QCoreApplication.instance()
        if app is None:  # pragma: no cover - always called with an application
            raise RuntimeError("no QCoreApplication")
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        ours = QTranslator(app)
        if ours.load(resource_path(f"translations/neph_gui_{language}.qm")):
            QCoreApplication.installTranslator(ours)
            self._installed.append(ours)
        qt_own = QTranslator(app)
        if qt_own.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            QCoreApplication.installTranslator(qt_own)
            self._installed.append(qt_own)
        QLocale.setDefault(QLocale(language))
        self.language = language
