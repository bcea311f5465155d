"""The translation files: complete, compilable, current with the code, placeholders intact;
and every message of the licence core has words in every language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from neph_gui.i18n import SOURCE_LANGUAGE, Translations, available_languages
from neph_gui.licence import ERAS, BoxSpec, BoxState, BoxValidation, Message, MessageId
from neph_gui.texts import messages

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("neph_gui_*.ts"))
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%(?:\d|n)")
# Texts that are the same in French and English on purpose: key names as printed on
# keyboards, the A− / A+ buttons; " min", ", " and "six" (the digit, read aloud).
KEY_NAMES = {"Tab", "F1", "Ctrl + 0", "Ctrl + N", "Ctrl + 1, Ctrl + 2, Ctrl + 3", "A−", "A+"}
SAME_IN_EVERY_LANGUAGE = {"%1. %2", "• %1", " min", ", ", "six", *KEY_NAMES}


@dataclass(frozen=True)
class TsMessage:
    context: str
    source: str
    numerus: bool
    kind: str  # the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]  # the translation, or its plural forms


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix("neph_gui_")


def read_ts(ts: Path) -> list[TsMessage]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                TsMessage(
                    name,
                    message.findtext("source", ""),
                    numerus,
                    translation.get("type", ""),
                    forms,
                )
            )
    return found


def lupdate_into(ts: Path, target: Path) -> None:
    """What `make i18n` would write for ``ts``, written to ``target`` instead."""
    shutil.copy(ts, target)
    language = language_of(ts)
    sources = [
        str(path)
        for path in sorted((ROOT / "neph_gui").rglob("*.py"))
        if path.name != "_resources_rc.py"
    ]
    options = ["-no-obsolete", "-locations", "none", "-source-language", "fr_FR"]
    if language == SOURCE_LANGUAGE:
        options += ["-target-language", "fr_FR", "-pluralonly"]
    else:
        options += ["-target-language", language]
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, *options, "-ts", str(target)],
        check=True,
        capture_output=True,
    )


def test_every_shipped_language_has_a_source_file() -> None:
    assert {language_of(ts) for ts in TS_FILES} == set(available_languages())
    assert "en" in available_languages()


@pytest.mark.parametrize("ts", TS_FILES, ids=language_of)
def test_nothing_left_unfinished_vanished_or_obsolete(ts: Path) -> None:
    entries = read_ts(ts)
    assert entries
    left = [(m.context, m.source, m.kind) for m in entries if m.kind]
    assert left == [], f"{ts.name}: run `make i18n` and translate these"
    for message in entries:
        assert all(form.strip() for form in message.forms), (message.context, message.source)


@pytest.mark.parametrize("ts", TS_FILES, ids=language_of)
def test_compiles(ts: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(tmp_path / "out.qm")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "out.qm").stat().st_size > 0


@pytest.mark.parametrize("ts", TS_FILES, ids=language_of)
def test_is_current_with_the_code(ts: Path, tmp_path: Path) -> None:
    """A string added or changed in the code without `make i18n` shows up here."""
    refreshed = tmp_path / ts.name
    lupdate_into(ts, refreshed)
    committed = {(m.context, m.source, m.numerus) for m in read_ts(ts)}
    current = {(m.context, m.source, m.numerus) for m in read_ts(refreshed)}
    assert current - committed == set(), "new strings: run `make i18n` and translate them"
    assert committed - current == set(), "strings gone from the code: run `make i18n`"


@pytest.mark.parametrize("ts", TS_FILES, ids=language_of)
def test_placeholders_match_the_source(ts: Path) -> None:
    for message in read_ts(ts):
        expected = Counter(PLACEHOLDER.findall(message.source))
        for form in message.forms:
            assert Counter(PLACEHOLDER.findall(form)) == expected, (message.source, form)


@pytest.mark.parametrize("ts", TS_FILES, ids=language_of)
def test_every_count_is_a_plural_message(ts: Path) -> None:
    """`%n` needs Qt's plural forms; lupdate misses them for some call shapes (see
    messages._Context), and the text would then show "chiffre(s)"."""
    for message in read_ts(ts):
        assert ("%n" in message.source) == message.numerus, message.source
        if message.numerus:
            assert len(message.forms) >= 2 or language_of(ts) not in {"fr", "en"}
            for form in message.forms:
                assert "(s)" not in form, form


@pytest.mark.parametrize(
    "ts", [ts for ts in TS_FILES if language_of(ts) != SOURCE_LANGUAGE], ids=language_of
)
def test_translations_are_not_the_french_text(ts: Path) -> None:
    same = [
        m.source
        for m in read_ts(ts)
        if m.source not in SAME_IN_EVERY_LANGUAGE and m.source in m.forms
    ]
    assert same == []


def test_the_french_file_holds_only_plural_forms() -> None:
    entries = read_ts(TRANSLATIONS / "neph_gui_fr.ts")
    assert entries and all(m.numerus for m in entries)


# --- every message of the licence core, in every language -------------------------------

STATUS_PARAMS: dict[MessageId, dict[str, str | int]] = {
    MessageId.EMPTY: {},
    MessageId.ONLY_INVISIBLE: {},
    MessageId.MISSING_DIGITS: {"n": 3},
    MessageId.MISSING_CHARACTERS: {"n": 3},
    MessageId.TOO_MANY_DIGITS: {"n": 3, "max": 12},
    MessageId.TOO_MANY_CHARACTERS: {"n": 3, "max": 15},
    MessageId.LETTER_NOT_ALLOWED: {"char": "A"},
    MessageId.CHARACTER_NOT_ALLOWED: {"char": "#"},
    MessageId.TEXT_TOO_LONG: {"n": 2000},
    MessageId.COMPLETE: {"n": 12},
}
INFO_PARAMS: dict[MessageId, dict[str, str | int]] = {
    MessageId.LETTER_READ_AS_DIGIT: {"letter": "O", "digit": "0"},
    MessageId.SEPARATORS_REMOVED: {},
    MessageId.DIRECTION_MARKS_REMOVED: {},
    MessageId.YEAR_SHORTENED: {"year": "1968", "short": "68"},
    MessageId.DEPARTMENT: {"code": "19", "name": "Corrèze"},
    MessageId.DEPARTMENT_HISTORICAL: {"code": "75", "name": "Seine", "until": 1967},
    MessageId.DEPARTMENT_SINCE: {"code": "75", "name": "Paris", "since": 1968},
    MessageId.REGISTRATION_READING: {"month": "08", "year": "15", "code": "33", "name": "Gironde"},
    MessageId.OTHER_ERA_LETTERS: {},
    MessageId.OTHER_ERA_TWELVE_DIGITS: {},
}
ALL_BOXES: list[BoxSpec] = [box for spec in ERAS for box in spec.boxes]
OTHER_LANGUAGES = [lang for lang in available_languages() if lang != SOURCE_LANGUAGE]


def test_the_tables_cover_every_message_id() -> None:
    assert set(STATUS_PARAMS) | set(INFO_PARAMS) == set(MessageId)
    assert not set(STATUS_PARAMS) & set(INFO_PARAMS)


def status_texts(message_id: MessageId, n: int | None) -> list[str]:
    params = dict(STATUS_PARAMS[message_id])
    if n is not None and "n" in params:
        params["n"] = n
    texts = []
    for box in ALL_BOXES:
        result = BoxValidation(
            box=box,
            typed="",
            state=BoxState.INCOMPLETE,
            text="",
            count=int(params.get("n", 0)),
            status=Message.make(message_id, **params),
        )
        for warn in (False, True):
            texts.append(messages.status_text(result, warn=warn))
        texts.append(messages.counter_text(result))
    return texts


def info_text(message_id: MessageId) -> str:
    return messages.info_text(Message.make(message_id, **INFO_PARAMS[message_id]))


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
@pytest.mark.parametrize("n", [1, 3])
@pytest.mark.parametrize("message_id", list(STATUS_PARAMS), ids=lambda m: m.value)
def test_status_messages_have_words_in_both_languages(
    translations: Translations, language: str, message_id: MessageId, n: int
) -> None:
    french = status_texts(message_id, n)
    translations.set_language(language)
    other = status_texts(message_id, n)
    for fr_text, other_text in zip(french, other, strict=True):
        for text in (fr_text, other_text):
            assert text.strip()
            assert "%" not in text and "(s)" not in text, text
        assert other_text != fr_text


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
@pytest.mark.parametrize("message_id", list(INFO_PARAMS), ids=lambda m: m.value)
def test_info_messages_have_words_in_both_languages(
    translations: Translations, language: str, message_id: MessageId
) -> None:
    french = info_text(message_id)
    translations.set_language(language)
    other = info_text(message_id)
    for text in (french, other):
        assert text.strip()
        assert not PLACEHOLDER.search(text), text
    assert other != french


@pytest.mark.parametrize(
    ("language", "n", "expected"),
    [
        ("fr", 1, "Continuez : encore 1 chiffre."),
        ("fr", 0, "Continuez : encore 0 chiffre."),
        ("fr", 2, "Continuez : encore 2 chiffres."),
        ("en", 1, "Keep going: 1 more digit."),
        ("en", 2, "Keep going: 2 more digits."),
    ],
)
def test_plural_forms_follow_each_language(
    translations: Translations, language: str, n: int, expected: str
) -> None:
    translations.set_language(language)
    box = ERAS[0].boxes[0]
    result = BoxValidation(
        box, "", BoxState.INCOMPLETE, "", 12 - n, Message.make(MessageId.MISSING_DIGITS, n=n)
    )
    assert messages.status_text(result, warn=False) == expected


# --- the desktop entry and the AppStream file speak both languages ----------------------

LINUX = ROOT / "packaging" / "linux"


def test_desktop_entry_has_french_and_english() -> None:
    entry = (LINUX / "io.github.nephgui.NephGui.desktop").read_text(encoding="utf-8")
    keys = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert keys[key] and keys[f"{key}[en]"], key
        assert keys[key] != keys[f"{key}[en]"], key
    assert "permis" in keys["Name"] and "licence" in keys["Name[en]"]


def test_metainfo_has_french_and_english() -> None:
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    root = ET.parse(LINUX / "io.github.nephgui.NephGui.metainfo.xml").getroot()
    for tag in ("name", "summary"):
        texts = {el.get(lang, "fr"): el.text for el in root.findall(tag)}
        assert set(texts) == {"fr", "en"} and texts["fr"] != texts["en"], tag
    for description in root.iter("description"):
        paragraphs = Counter(p.get(lang, "fr") for p in description.findall("p"))
        assert paragraphs["fr"] == paragraphs["en"] > 0
