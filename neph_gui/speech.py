"""Reading the result aloud, character by character (context "Speech").

There is no check digit in a licence number (DOMAIN.md): hearing it back is how the
person checks it. The window talks to a :class:`SpeechEngine`; :class:`QtSpeech` is the
real one, on QtTextToSpeech. It is used only if the system has an engine other than Qt's
"mock" one *and* a voice for the window's language; otherwise the button stays hidden.

The engine is started in its own thread: some engines (speech-dispatcher on Linux) take
seconds to answer, and the window must not wait for them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QLocale,
    QLoggingCategory,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    Slot,
)

from neph_gui.licence._noop import QT_TRANSLATE_NOOP

_CHARACTER_NAMES: dict[str, str] = {
    "0": QT_TRANSLATE_NOOP("Speech", "zéro"),
    "1": QT_TRANSLATE_NOOP("Speech", "un"),
    "2": QT_TRANSLATE_NOOP("Speech", "deux"),
    "3": QT_TRANSLATE_NOOP("Speech", "trois"),
    "4": QT_TRANSLATE_NOOP("Speech", "quatre"),
    "5": QT_TRANSLATE_NOOP("Speech", "cinq"),
    "6": QT_TRANSLATE_NOOP("Speech", "six"),
    "7": QT_TRANSLATE_NOOP("Speech", "sept"),
    "8": QT_TRANSLATE_NOOP("Speech", "huit"),
    "9": QT_TRANSLATE_NOOP("Speech", "neuf"),
    "A": QT_TRANSLATE_NOOP("Speech", "a"),
    "B": QT_TRANSLATE_NOOP("Speech", "bé"),
    "C": QT_TRANSLATE_NOOP("Speech", "cé"),
    "D": QT_TRANSLATE_NOOP("Speech", "dé"),
    "E": QT_TRANSLATE_NOOP("Speech", "e"),
    "F": QT_TRANSLATE_NOOP("Speech", "effe"),
    "G": QT_TRANSLATE_NOOP("Speech", "gé"),
    "H": QT_TRANSLATE_NOOP("Speech", "ache"),
    "I": QT_TRANSLATE_NOOP("Speech", "i"),
    "J": QT_TRANSLATE_NOOP("Speech", "ji"),
    "K": QT_TRANSLATE_NOOP("Speech", "ka"),
    "L": QT_TRANSLATE_NOOP("Speech", "elle"),
    "M": QT_TRANSLATE_NOOP("Speech", "emme"),
    "N": QT_TRANSLATE_NOOP("Speech", "enne"),
    "O": QT_TRANSLATE_NOOP("Speech", "o"),
    "P": QT_TRANSLATE_NOOP("Speech", "pé"),
    "Q": QT_TRANSLATE_NOOP("Speech", "qu"),
    "R": QT_TRANSLATE_NOOP("Speech", "erre"),
    "S": QT_TRANSLATE_NOOP("Speech", "esse"),
    "T": QT_TRANSLATE_NOOP("Speech", "té"),
    "U": QT_TRANSLATE_NOOP("Speech", "u"),
    "V": QT_TRANSLATE_NOOP("Speech", "vé"),
    "W": QT_TRANSLATE_NOOP("Speech", "double vé"),
    "X": QT_TRANSLATE_NOOP("Speech", "ixe"),
    "Y": QT_TRANSLATE_NOOP("Speech", "i grec"),
    "Z": QT_TRANSLATE_NOOP("Speech", "zède"),
}

# QtTextToSpeech may load QtMultimedia, which complains on stderr when PipeWire is absent.
# Those lines say nothing about the app; silence exactly that category.
_QUIET_RULES = "qt.multimedia.symbolsresolver=false"


def character_name(char: str) -> str:
    """How one character is said ("zéro", "ka", "double vé"), in the UI language."""
    key = char.upper()
    if key in _CHARACTER_NAMES:
        return QCoreApplication.translate("Speech", _CHARACTER_NAMES[key])
    return char


def spoken_sequence(text: str) -> str:
    """``text`` said one character at a time: "zéro, cinq, un, deux…"."""
    separator = QCoreApplication.translate("Speech", ", ")
    return separator.join(character_name(char) for char in text if not char.isspace())


def spoken_result(parts: Sequence[str], labels: Sequence[str]) -> str:
    """What is read for a complete result: each part, after its box's label if several."""
    if len(parts) == 1:
        return spoken_sequence(parts[0])
    sentences = [
        QCoreApplication.translate("Speech", "%1 : %2.")
        .replace("%1", label, 1)
        .replace("%2", spoken_sequence(part), 1)
        for part, label in zip(parts, labels, strict=True)
    ]
    return " ".join(sentences)


def current_language() -> str:
    """The UI language code ("fr", "en"), from the default locale set by i18n."""
    return QLocale.languageToCode(QLocale().language())


class SpeechEngine(Protocol):
    """What the window needs from a speech engine (tests use a fake one)."""

    def when_ready(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the engine knows its voices (at once if it does)."""

    def can_speak(self, language: str) -> bool:
        """Whether a voice exists for ``language``."""

    def say(self, text: str, language: str) -> None:
        """Say ``text`` with a voice of ``language`` (stops what was being said)."""

    def stop(self) -> None:
        """Stop speaking."""

    def shutdown(self) -> None:
        """Release the engine (the app is closing)."""


class QtSpeech(QObject):
    """QtTextToSpeech behind :class:`SpeechEngine`.

    The engine object lives in a thread of its own and is switched to the real engine
    there (a queued ``setEngine``): that call can take seconds, or hang if the system's
    speech service does, and runs in C++ without holding Python's lock, so the window
    never waits. ``engines`` names the engines to try (default: every one but "mock").
    """

    def __init__(self, engines: Sequence[str] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        QLoggingCategory.setFilterRules(_QUIET_RULES)
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._languages: frozenset[str] | None = None
        self._locales: list[QLocale] = []
        self._callbacks: list[Callable[[], None]] = []
        if engines is None:
            engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
        self._pending = list(engines)
        self._thread = QThread()
        self._thread.setObjectName("speech")
        # "mock" answers at once; the real engine is set in the thread.
        self._tts = QTextToSpeech("mock")
        self._tts.moveToThread(self._thread)
        self._tts.engineChanged.connect(self._on_engine)  # queued: self lives here
        self._thread.start(QThread.Priority.LowPriority)
        self._try_next()

    def _invoke(self, method: str, *args: Any) -> None:
        QMetaObject.invokeMethod(self._tts, method, Qt.ConnectionType.QueuedConnection, *args)

    def _try_next(self) -> None:
        if not self._pending:
            self._set_ready([])
            return
        name = self._pending.pop(0)
        if name == self._tts.engine():
            QTimer.singleShot(0, self, lambda: self._on_engine(name))
        else:
            self._invoke("setEngine", Q_ARG(str, name))

    @Slot(str)
    def _on_engine(self, _name: str) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._tts.state() == QTextToSpeech.State.Error:
            self._try_next()
            return
        self._set_ready(list(self._tts.availableLocales()))

    def _set_ready(self, locales: list[QLocale]) -> None:
        self._locales = locales
        self._languages = frozenset(QLocale.languageToCode(loc.language()) for loc in locales)
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def when_ready(self, callback: Callable[[], None]) -> None:
        if self._languages is not None:
            callback()
        else:
            self._callbacks.append(callback)

    def can_speak(self, language: str) -> bool:
        return self._languages is not None and language in self._languages

    def say(self, text: str, language: str) -> None:
        matching = [
            loc for loc in self._locales if QLocale.languageToCode(loc.language()) == language
        ]
        if not matching:
            return
        # Prefer the language's home country (fr_FR, en_GB…), else the first one.
        home = QLocale(language).territory()
        chosen = next((loc for loc in matching if loc.territory() == home), matching[0])
        self._invoke("stop")
        self._invoke("setLocale", Q_ARG(QLocale, chosen))
        self._invoke("say", Q_ARG(str, text))

    def stop(self) -> None:
        self._invoke("stop")

    def shutdown(self) -> None:
        if not self._thread.isRunning():
            return
        self._invoke("stop")
        self._thread.quit()
        if not self._thread.wait(2000):  # pragma: no cover - a slow or hung speech service
            # Still inside a call to the speech service (starting it can take seconds on
            # a busy machine). Destroying a running thread aborts the process: keep it,
            # and let main() end the process without tearing Qt down.
            _STUCK.append(self._thread)


_STUCK: list[QThread] = []


def speech_stuck() -> bool:
    """Whether a speech thread did not stop when asked (see ``QtSpeech.shutdown``)."""
    return any(thread.isRunning() for thread in _STUCK)
