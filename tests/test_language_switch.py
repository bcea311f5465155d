"""Switching language while the window is open: every text follows, and comes back.

The walk is generic: it reads every widget of the window (all tabs, the bars around them,
any side panel or open dialog) and the screen-reader tree, so widgets added later are
checked without changing this file.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import settle
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from neph_gui.__main__ import open_window, parse_args
from neph_gui.i18n import (
    PSEUDO_ENV,
    Translations,
    available_languages,
    choose_language,
    current_language,
    native_name,
    pseudo_text,
)
from neph_gui.licence import Era, departments
from neph_gui.settings import DisplaySettings
from neph_gui.site import OfficialSite
from neph_gui.ui.tab.drawing_view import DrawingView
from neph_gui.ui.window.language_selector import CONTROL_NAME
from neph_gui.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent

# Names that stay as they are in every language (ignored when comparing texts).
PROPER_NOUNS = sorted(
    {
        "ANTS",
        "FranceConnect",
        "France Connect",
        "ameli",
        "Assurance Maladie",
        "Mes points permis",
        "ants.gouv.fr",
        "mespoints.permisdeconduire.gouv.fr",
        "Atkinson Hyperlegible",
        "NEPH",
        CONTROL_NAME,
        *(native_name(lang) for lang in available_languages()),
        *departments._TODAY.values(),
        *(name for *_, name in departments._HISTORICAL),
    },
    key=len,
    reverse=True,
)
# Whole texts allowed to be identical in French and English.
SAME_IN_BOTH = {
    "%1. %2",
    "OK",
    "Tab",
    "F1",
    "Ctrl + 0",
    "Ctrl + N",
    "Ctrl + 1, Ctrl + 2, Ctrl + 3",
    "A−",
    "A+",
}
FRENCH_ONLY_LETTERS = re.compile(r"[éèêëàâçùûîïôœ«»]", re.IGNORECASE)
# Labels of the French website, quoted as the person will see them there.
QUOTED = re.compile(r"“[^”]*”|«[^»]*»")

Key = tuple[object, ...]


# Web addresses, whole or as the site's name ("ants.gouv.fr").
ADDRESS = re.compile(r"(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:fr|com|org|net)\b/?")


def without_proper_nouns(text: str) -> str:
    text = " ".join(text.replace("\u200b", "").split())
    text = ADDRESS.sub("", QUOTED.sub("", text))
    for noun in PROPER_NOUNS:
        text = text.replace(noun, "")
    return text


def is_language_neutral(text: str) -> bool:
    """Numbers, codes (K45293, ANTS), addresses and names: the same in every language."""
    rest = without_proper_nouns(text).replace("&", "")
    return " ".join(text.split()) in SAME_IN_BOTH or not re.search(r"[^\W\d_]{3,}", rest)


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield "toolTip", widget.toolTip()
    yield "statusTip", widget.statusTip()
    yield "whatsThis", widget.whatsThis()
    yield "accessibleName", widget.accessibleName()
    yield "accessibleDescription", widget.accessibleDescription()
    if widget.isWindow():
        yield "windowTitle", widget.windowTitle()
    if isinstance(widget, QLabel):
        yield "text", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "text", widget.text()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield f"item{index}", widget.itemText(index)
    if isinstance(widget, DrawingView):
        # Words Qt paints on the drawings; those printed in French on the real document
        # or website stay French on purpose (Label.translate is False).
        for label_id, label in widget.labels().items():
            if label.translate:
                yield f"drawing:{label_id}", label.shown()
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield f"tab{index}", widget.tabText(index)
            yield f"tabToolTip{index}", widget.tabToolTip(index)
            yield f"tabWhatsThis{index}", widget.tabWhatsThis(index)


def accessible_texts(window: QWidget) -> dict[Key, str]:
    """Names and descriptions of the screen-reader tree, by position in the tree."""
    found: dict[Key, str] = {}

    def walk(iface: QAccessible.QAccessibleInterface | None, path: Key) -> None:
        if iface is None or not iface.isValid() or iface.state().invisible:
            return
        for kind in (QAccessible.Text.Name, QAccessible.Text.Description):
            text = iface.text(kind)
            if text:
                found[("a11y", *path, kind.name)] = text
        for index in range(iface.childCount()):
            walk(iface.child(index), (*path, index))

    walk(QAccessible.queryAccessibleInterface(window), ())
    return found


def visible_texts(window: MainWindow) -> dict[Key, str]:
    """Every text a person or a screen reader meets, visiting each tab in turn."""
    texts: dict[Key, str] = {}
    current = window.tabs.currentIndex()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            for prop, text in widget_texts(widget):
                if text:
                    texts[(widget, prop)] = text
        for action in window.findChildren(QAction):
            if action.isVisible() and action.text() and not action.isSeparator():
                texts[(action, "text")] = action.text()
        texts.update({(index, *key): text for key, text in accessible_texts(window).items()})
    window.tabs.setCurrentIndex(current)
    settle()
    return texts


def describe(key: Key) -> str:
    parts = []
    for part in key:
        if isinstance(part, QWidget | QAction):
            parts.append(f"{type(part).__name__}({part.objectName()!r})")
        else:
            parts.append(str(part))
    return ".".join(parts)


def fill_every_tab(qtbot: QtBot, window: MainWindow) -> None:
    """Status lines, information lines, a wrong-tab hint and a result on screen."""
    typed = {
        Era.AFTER_1975: {"number": "O5122730898"},
        Era.BEFORE_1975: {"top_line": "051227308989"},
        Era.OLDER: {"number": "822 114", "year": "68", "department": "19"},
    }
    for era, boxes in typed.items():
        tab = window.tabs.tab_for(era)
        window.tabs.setCurrentWidget(tab)
        for key, text in boxes.items():
            entry = tab.entry(key)
            entry.edit.setFocus()
            qtbot.keyClicks(entry.edit, text)
            entry.edit.editingFinished.emit()
    window.tabs.setCurrentIndex(0)


def unfold_side_panels(window: MainWindow) -> None:
    window.steps_panel.set_open(True)
    settle()


def fold_side_panels(window: MainWindow) -> None:
    window.steps_panel.set_open(False)
    settle()


def open_everything(window: MainWindow) -> None:
    """Every dialog and banner the window can show, all at once."""
    window.idle.stop()  # a countdown would change the texts between two readings
    window.idle_banner.announce(30)
    window.sites.open(OfficialSite.ANTS)
    window.next_person.ask()  # asks for confirmation: something was typed
    window.action_bar.settings_button.click()
    window.dialogs.show_help(window)
    window.tabs.era_tabs[0].drawings.magnify()
    settle()
    assert len(window.dialogs.open_dialogs()) == 4
    assert window.tabs.era_tabs[0].drawings.magnifier() is not None
    assert window.idle_banner.isVisible()


@pytest.fixture
def no_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("neph_gui.ui.window.actions.open_official_site", lambda site: False)


def choose(window: MainWindow, language: str) -> None:
    """Pick ``language`` in the window's control, as a person would."""
    selector = window.display_bar.language_selector
    index = selector.findData(language)
    assert index >= 0
    selector.setCurrentIndex(index)
    selector.activated.emit(index)
    settle()


@pytest.mark.parametrize("state", ["empty", "filled"])
def test_every_text_changes_language_and_comes_back(
    qtbot: QtBot, window: MainWindow, no_browser: None, state: str
) -> None:
    window.resize(1366, 768)
    if state == "filled":
        fill_every_tab(qtbot, window)
        unfold_side_panels(window)
        open_everything(window)
    else:
        fold_side_panels(window)
    french = visible_texts(window)
    assert len(french) > 20

    choose(window, "en")
    english = visible_texts(window)
    compared = [key for key in french if key in english]
    assert len(compared) >= 0.9 * len(french)
    unchanged = [
        f"{describe(key)}: {french[key]!r}"
        for key in compared
        if english[key] == french[key] and not is_language_neutral(french[key])
    ]
    assert unchanged == [], "still in French after switching to English"
    still_french = [
        f"{describe(key)}: {text!r}"
        for key, text in english.items()
        if FRENCH_ONLY_LETTERS.search(without_proper_nouns(text))
    ]
    assert still_french == [], "French words in the English window"

    choose(window, "fr")
    back = visible_texts(window)
    changed = [
        f"{describe(key)}: {french[key]!r} -> {back.get(key)!r}"
        for key in french
        if key in back and back[key] != french[key]
    ]
    assert changed == []


def test_an_open_dialog_follows_with_qt_own_buttons(window: MainWindow, no_browser: None) -> None:
    window.sites.open(OfficialSite.ANTS)
    dialog = window.sites.dialog
    assert dialog is not None
    close = dialog.close_button
    assert close.text().replace("&", "") == "Fermer"
    title = dialog.windowTitle()
    choose(window, "en")
    assert close.text().replace("&", "") == "Close"
    assert dialog.windowTitle() == "Website address" != title
    choose(window, "fr")
    assert close.text().replace("&", "") == "Fermer"
    assert dialog.windowTitle() == title


@pytest.mark.parametrize(
    ("context", "source", "french"),
    [
        ("QPlatformTheme", "Close", "Fermer"),
        ("QPlatformTheme", "Cancel", "Annuler"),
        ("QPrintDialog", "Print", "Imprimer"),
        ("QPrintDialog", "Print to File (PDF)", "Imprimer dans un fichier (PDF)"),
    ],
)
def test_qt_own_strings_follow(
    translations: Translations, context: str, source: str, french: str
) -> None:
    """Standard buttons and the print dialog come from Qt's qtbase_<lang>.qm."""
    assert QCoreApplication.translate(context, source) == french
    translations.set_language("en")
    assert QCoreApplication.translate(context, source) == source


def test_the_control_is_always_visible_big_enough_and_named(window: MainWindow) -> None:
    selector = window.display_bar.language_selector
    assert selector.accessibleName() == CONTROL_NAME
    assert [selector.itemText(i) for i in range(selector.count())][:2] == ["Français", "English"]
    assert selector.languages() == available_languages()
    assert window.display_bar.isAncestorOf(selector)  # in the display bar
    assert window.display_bar.language_label.buddy() is selector
    # Orca names a combo box by its value; its label comes through this relation.
    relations = QAccessible.queryAccessibleInterface(selector).relations(QAccessible.Relation.Label)
    assert [iface.object() for iface, _ in relations] == [window.display_bar.language_label]
    assert " ".join(window.display_bar.language_label.text().split()) == CONTROL_NAME
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        assert selector.isVisible() and window.display_bar.language_label.isVisible()
        assert selector.height() >= 44
        assert selector.width() >= 44


# A popup list asks the platform to raise it and grab the keyboard; offscreen cannot.
@pytest.mark.qt_log_ignore(r"^This plugin does not support (raise\(\)|grabbing the keyboard)$")
def test_the_open_list_has_rows_big_enough(window: MainWindow) -> None:
    """The list's rows get the style sheet's 44 px through a styled delegate, which is set
    when the list first opens (not at start-up)."""
    selector = window.display_bar.language_selector
    selector.showPopup()
    try:
        view = selector.view()
        delegate = view.itemDelegate()
        assert isinstance(delegate, QStyledItemDelegate)
        assert view.isVisible()
        for row in range(selector.count()):
            assert view.visualRect(view.model().index(row, 0)).height() >= 44
    finally:
        selector.hidePopup()
    selector.showPopup()  # a second time: the same delegate
    try:
        assert selector.view().itemDelegate() is delegate
    finally:
        selector.hidePopup()


def test_choice_is_immediate_and_remembered(window: MainWindow, settings: DisplaySettings) -> None:
    assert window.windowTitle() == "Mon numéro de permis de conduire"
    choose(window, "en")
    assert current_language() == "en"
    assert window.windowTitle() == "My driving licence number"
    assert window.tabs.tabText(0) == "After June 1975\n12 digits"
    assert settings.language == "en"
    assert choose_language(None, settings.language) == "en"
    choose(window, "fr")
    assert settings.language == "fr"


def test_the_control_follows_a_change_made_elsewhere(
    window: MainWindow, translations: Translations
) -> None:
    translations.set_language("en")
    settle()
    assert window.display_bar.language_selector.currentData() == "en"
    translations.set_language("fr")
    settle()
    assert window.display_bar.language_selector.currentData() == "fr"


@pytest.mark.parametrize(
    ("requested", "remembered", "expected"),
    [
        (None, "", "fr"),
        (None, "en", "en"),
        ("fr", "en", "fr"),
        ("en", "", "en"),
        (None, "xx", "fr"),  # a language removed since it was chosen
    ],
)
def test_start_language(
    requested: str | None, remembered: str, expected: str, app: QApplication
) -> None:
    QLocale.setDefault(QLocale("en_US"))
    try:
        assert choose_language(requested, remembered) == expected
    finally:
        QLocale.setDefault(QLocale(current_language()))


def test_lang_en_opens_in_english(translations: Translations, qtbot: QtBot) -> None:
    window = open_window(parse_args(["--lang", "en", "--tab", "2"]))
    qtbot.addWidget(window)
    try:
        assert window.windowTitle() == "My driving licence number"
        assert window.display_bar.language_selector.currentText() == "English"
        assert window.tabs.current_tab().heading.text().startswith("You got your first licence")
    finally:
        window.close()


# --- starting the real program ---------------------------------------------------------

PRINT_TITLE = (
    "from neph_gui.__main__ import open_window, parse_args; import sys; "
    "w = open_window(parse_args(sys.argv[1:])); print(w.windowTitle())"
)


def start(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(config),  # the settings of this run only
        LANG="en_US.UTF-8",  # an English system: the app must still start in French
        LANGUAGE="en_US:en",
        LC_ALL="en_US.UTF-8",
    )
    env.pop(PSEUDO_ENV, None)
    return subprocess.run(
        [sys.executable, "-c", PRINT_TITLE, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
    )


@pytest.mark.parametrize(
    ("remembered", "args", "title"),
    [
        ("", [], "Mon numéro de permis de conduire"),
        ("", ["--lang", "en"], "My driving licence number"),
        ("en", [], "My driving licence number"),
        ("en", ["--lang", "fr"], "Mon numéro de permis de conduire"),
    ],
)
def test_program_start_language(
    tmp_path: Path, remembered: str, args: list[str], title: str
) -> None:
    if remembered:
        store = QSettings(str(tmp_path / "neph-gui" / "neph-gui.ini"), QSettings.Format.IniFormat)
        DisplaySettings(store).language = remembered
        store.sync()
    done = start(tmp_path, *args)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == title


def test_unknown_language_is_refused_clearly(tmp_path: Path) -> None:
    done = start(tmp_path, "--lang", "xx")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "--lang" in done.stderr and "'xx'" in done.stderr
    for language in available_languages():
        assert f"'{language}'" in done.stderr  # the message lists what is available


# --- pseudo-translation -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tapez les %1 chiffres.", "⟦Tapez les %1 chiffres.~~~~~ ~~~⟧"),
        ("%n chiffre(s) sur %1", "⟦%n chiffre(s) sur %1~~~~~ ~~⟧"),
        ("Premier permis\naprès le 1er juin", "⟦Premier permis~~~~~\naprès le 1er juin~~~~~ ~⟧"),
        ("&Fermer", "⟦&Fermer~~~⟧"),
        ("", ""),
        ("x" * 50, "⟦" + "x" * 50 + "~~~~~ ~~~~~ ~~~~~ ~~⟧"),  # breakable, like words
    ],
)
def test_pseudo_text(text: str, expected: str) -> None:
    assert pseudo_text(text) == expected


def label_is_cut(label: QLabel) -> str:
    """Why ``label`` does not show all its text, or "" when it does."""
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            return f"needs {needed}px high, has {label.height()}"
    else:
        hint = label.sizeHint()
        if hint.width() > label.width() or hint.height() > label.height():
            return f"needs {hint.width()}x{hint.height()}, has {label.width()}x{label.height()}"
    window = label.window()
    right = label.mapTo(window, label.rect().topRight()).x()
    if right > window.width():
        return f"right edge at {right}px, beyond its window's {window.width()}px"
    # Not hidden past the right edge of a scroll area that cannot scroll sideways.
    parent = label.parentWidget()
    while parent is not None:
        if (
            isinstance(parent, QAbstractScrollArea)
            and parent.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        ):
            viewport = parent.viewport()
            right = label.mapTo(viewport, label.rect().topRight()).x()
            if right > viewport.width():
                return f"right edge at {right}px, beyond the visible {viewport.width()}px"
        if parent.isWindow():  # a dialog's parent window is elsewhere on screen
            break
        parent = parent.parentWidget()
    return ""


def button_is_cut(button: QAbstractButton) -> str:
    hint = button.minimumSizeHint()
    if hint.width() > button.width():
        return f"needs {hint.width()}px wide, has {button.width()}"
    return ""


@pytest.mark.parametrize("language", ["fr", "en"])
def test_pseudo_translation_cuts_no_label_at_1366x768(
    qtbot: QtBot,
    window: MainWindow,
    no_browser: None,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    monkeypatch.setenv(PSEUDO_ENV, "1")
    translations.set_language(language)
    settle()
    fill_every_tab(qtbot, window)
    unfold_side_panels(window)
    window.resize(1366, 768)
    open_everything(window)
    assert window.minimumSizeHint().width() <= 1366
    assert window.width() == 1366
    checked = 0
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        assert window.windowTitle().startswith("⟦")
        for label in window.findChildren(QLabel):
            if label.isVisible() and label.text():
                assert label.text().startswith("⟦") or is_language_neutral(label.text()), (
                    label.text()
                )
                checked += 1
                if why := label_is_cut(label):
                    problems.append(f"{label.text()!r}: {why}")
    assert checked > 10
    assert problems == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_wrong_tab_button_fits_its_column_in_pseudo_translation(
    qtbot: QtBot,
    window: MainWindow,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    """Its label once ran past the form column even in plain French."""
    monkeypatch.setenv(PSEUDO_ENV, "1")
    translations.set_language(language)
    unfold_side_panels(window)
    window.resize(1366, 768)
    fill_every_tab(qtbot, window)
    window.tabs.setCurrentWidget(window.tabs.tab_for(Era.BEFORE_1975))
    settle()
    buttons = window.tabs.tab_for(Era.BEFORE_1975).hint.buttons()
    assert buttons
    for button in buttons:
        assert button.isVisible()
        assert button_is_cut(button) == ""
