"""Take the number home (print), hear it (read aloud), the offline note, friendly errors."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neph_gui.errors import ErrorDialog, ErrorReporter, describe, install_excepthook
from neph_gui.licence import Era, validate_era
from neph_gui.licence.eras import era_spec
from neph_gui.network import NetworkWatch, QtNetworkWatch
from neph_gui.printing import slip_html, write_slip_pdf
from neph_gui.settings import DisplaySettings
from neph_gui.speech import QtSpeech, spoken_sequence
from neph_gui.texts.messages import spaced_for_reading
from neph_gui.ui.window.main_window import MainWindow

TAB_2 = {"top_line": "K45293", "bottom_first": "64", "bottom_second": "87"}


class FakeSpeech:
    """A speech engine that only remembers what it was asked to say."""

    def __init__(self, languages: tuple[str, ...] = ("fr",)) -> None:
        self.languages = set(languages)
        self.said: list[tuple[str, str]] = []
        self.stops = 0

    def when_ready(self, callback: Callable[[], None]) -> None:
        callback()

    def can_speak(self, language: str) -> bool:
        return language in self.languages

    def say(self, text: str, language: str) -> None:
        self.said.append((text, language))

    def stop(self) -> None:
        self.stops += 1

    def shutdown(self) -> None:
        pass


@pytest.fixture
def make_window(
    qtbot: QtBot, translations: object, settings: DisplaySettings
) -> Iterator[Callable[..., MainWindow]]:
    made: list[MainWindow] = []

    def make(**services: object) -> MainWindow:
        win = MainWindow(settings, **services, start_tab=0)  # type: ignore[arg-type]
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    for win in made:
        win.close()
        win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def fill(qtbot: QtBot, window: MainWindow, era: Era, typed: dict[str, str]) -> None:
    tab = window.tabs.tab_for(era)
    window.tabs.setCurrentWidget(tab)
    for key, text in typed.items():
        qtbot.keyClicks(tab.entry(key).edit, text)


# --- print ------------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed; .ci/run installs it"
    out = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


@pytest.mark.parametrize(
    ("era", "typed", "expected"),
    [
        (Era.AFTER_1975, {"number": "0512 2730 8989"}, ["051227308989", "051 227 308 989"]),
        (Era.BEFORE_1975, TAB_2, ["K45293", "K45 293", "64", "87"]),
        (Era.OLDER, {"number": "822 114", "year": "68", "department": "19"}, ["822114"]),
    ],
)
def test_slip_pdf_holds_the_number_as_to_type_it(
    app: QApplication,
    translations: object,
    tmp_path: Path,
    era: Era,
    typed: dict[str, str],
    expected: list[str],
) -> None:
    spec = era_spec(era)
    result = validate_era(spec, typed)
    path = tmp_path / "fiche.pdf"
    write_slip_pdf(str(path), spec, result)
    text = pdf_text(path)
    flat = " ".join(text.split())
    for value in expected:
        assert value in flat
    for part in result.website_parts:
        assert part in text.split()  # exactly as to type it, on its own
    for words in (
        "ants.gouv.fr",
        "mespoints.permisdeconduire.gouv.fr",
        "une fois, exactement comme l'application le montre",
        "suivez ses indications",
        "temps réel",
        "D'après les informations officielles de mars 2026",
    ):
        assert words in flat
    for former in ("deux fois", "Confirmer le n° de permis", "continuer permis de conduire"):
        assert former not in flat
    assert QDate.currentDate().toString("yyyy") in text
    if len(result.website_parts) > 1:  # joined too, for a site with a single box
        assert "".join(result.website_parts) in text.split()


@pytest.mark.parametrize("era", list(Era))
def test_the_sheet_without_a_number_has_the_drawing_where_and_steps(
    app: QApplication, translations: object, tmp_path: Path, era: Era
) -> None:
    from neph_gui.ui.window.actions import sheet_drawing as _sheet_drawing

    spec = era_spec(era)
    path = tmp_path / "fiche.pdf"
    typed = {spec.boxes[0].key: "7391"}  # half-typed: never printed
    write_slip_pdf(str(path), spec, validate_era(spec, typed), _sheet_drawing(spec))
    flat = " ".join(pdf_text(path).split())
    assert "Où trouver le numéro" in flat
    assert "Les étapes sur le site" in flat
    assert "Mes points permis" in flat
    assert "7391" not in flat and "7 3 9 1" not in flat  # nothing typed
    images = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert len(images.strip().splitlines()) >= 3, "the drawing is on the sheet"


def test_slip_holds_no_reading_of_the_number(app: QApplication, translations: object) -> None:
    spec = era_spec(Era.AFTER_1975)
    html = slip_html(spec, validate_era(spec, {"number": "051227308989"}), QDate(2026, 3, 1))
    assert "Eure" not in html  # the department reading stays on screen only
    assert "1 mars 2026" in html


def test_an_incomplete_number_is_not_printed(app: QApplication) -> None:
    spec = era_spec(Era.AFTER_1975)
    with pytest.raises(ValueError):
        slip_html(spec, validate_era(spec, {"number": "0512"}))


@pytest.mark.parametrize(
    ("text", "spaced"),
    [("051227308989", "051 227 308 989"), ("K45293", "K45 293"), ("1234567", "123 456 7")],
)
def test_spaced_for_reading(text: str, spaced: str) -> None:
    assert spaced_for_reading(text) == spaced


def test_print_button_opens_the_print_dialog_with_or_without_a_number(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.tabs.tab_for(Era.AFTER_1975).result_panel
    assert panel.print_button.isEnabled()  # the sheet, for a person without their licence
    assert panel.print_button.text() == "Imprimer la fiche"
    assert "où trouver le numéro" in panel.print_button.accessibleName()
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.dialogs.open_dialogs()[0], QPrintDialog)
    window.next_person.reset()
    qtbot.waitUntil(lambda: not window.dialogs.open_dialogs())
    fill(qtbot, window, Era.AFTER_1975, {"number": "051227308989"})
    assert "avec le numéro" in panel.print_button.accessibleName()
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    dialogs = window.dialogs.open_dialogs()
    assert len(dialogs) == 1
    assert isinstance(dialogs[0], QPrintDialog)
    window.next_person.reset()  # "Nouvelle personne" closes it too
    qtbot.waitUntil(lambda: not [d for d in window.findChildren(QPrintDialog) if d.isVisible()])


# --- read aloud -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("051227308989", "zéro, cinq, un, deux, deux, sept, trois, zéro, huit, neuf, huit, neuf"),
        ("K45293", "ka, quatre, cinq, deux, neuf, trois"),
        ("AB12WYZ", "a, bé, un, deux, double vé, i grec, zède"),
    ],
)
def test_spoken_character_by_character(translations: object, text: str, spoken: str) -> None:
    assert spoken_sequence(text) == spoken


def test_read_aloud_button_says_the_result(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    speech = FakeSpeech()
    window = make_window(speech=speech)
    fill(qtbot, window, Era.AFTER_1975, {"number": "051227308989"})
    button = window.tabs.tab_for(Era.AFTER_1975).result_panel.read_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert speech.said == [
        ("zéro, cinq, un, deux, deux, sept, trois, zéro, huit, neuf, huit, neuf", "fr")
    ]


def test_reset_stops_the_speech_that_reads_the_number(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    speech = FakeSpeech()
    window = make_window(speech=speech)
    fill(qtbot, window, Era.AFTER_1975, {"number": "051227308989"})
    stops = speech.stops
    window.next_person.on_idle_timeout()
    assert speech.stops == stops + 1  # the queue of words is dropped with the visitor


def test_read_aloud_with_letters_and_several_boxes(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    speech = FakeSpeech()
    window = make_window(speech=speech)
    fill(qtbot, window, Era.BEFORE_1975, TAB_2)
    qtbot.mouseClick(
        window.tabs.tab_for(Era.BEFORE_1975).result_panel.read_button, Qt.MouseButton.LeftButton
    )
    [(text, language)] = speech.said
    assert language == "fr"
    first = text.index("ka, quatre, cinq, deux, neuf, trois.")
    second = text.index("six, quatre.")
    third = text.index("huit, sept.")
    assert first < second < third


@pytest.mark.parametrize("services", [{}, {"speech": FakeSpeech(languages=("en",))}])
def test_no_engine_or_no_voice_hides_the_button(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: dict[str, object]
) -> None:
    window = make_window(**services)
    fill(qtbot, window, Era.AFTER_1975, {"number": "051227308989"})
    assert not window.tabs.tab_for(Era.AFTER_1975).result_panel.read_button.isVisible()


def test_qt_speech_skips_engines_without_the_language(qtbot: QtBot, app: QApplication) -> None:
    # Qt's "mock" engine has English voices only: French must be refused.
    speech = QtSpeech(engines=["mock"])
    ready: list[bool] = []
    speech.when_ready(lambda: ready.append(True))
    qtbot.waitUntil(lambda: ready == [True], timeout=10000)
    try:
        assert speech.can_speak("en")
        assert not speech.can_speak("fr")
        speech.say("zéro", "fr")  # no voice: nothing happens, nothing breaks
    finally:
        speech.shutdown()


# --- offline ----------------------------------------------------------------------------


def test_offline_note_follows_the_system(make_window: Callable[..., MainWindow]) -> None:
    network = NetworkWatch()
    window = make_window(network=network)
    assert not window.offline_note.isVisible()
    network.set_offline(True)
    assert window.offline_note.isVisible()
    assert window.offline_note.text() == (
        "Pas d'Internet sur cet ordinateur : imprimez votre numéro pour plus tard."
    )
    network.set_offline(False)
    assert not window.offline_note.isVisible()


def test_the_real_watch_loads_quietly(app: QApplication) -> None:
    watch = QtNetworkWatch()
    assert isinstance(watch.is_offline(), bool)


# --- errors -----------------------------------------------------------------------------


@pytest.fixture
def reporter(window: MainWindow) -> Iterator[ErrorReporter]:
    installed = install_excepthook(lambda: window)
    yield installed
    installed.uninstall()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_a_dialog_and_the_window_goes_on(
    qtbot: QtBot,
    window: MainWindow,
    reporter: ErrorReporter,
    capfd: pytest.CaptureFixture[str],
) -> None:
    secret = "051227308989"

    def broken() -> None:
        raise ValueError(f"cannot handle {secret}")

    window.action_bar.settings_button.clicked.disconnect()
    window.action_bar.settings_button.clicked.connect(broken)
    qtbot.mouseClick(window.action_bar.settings_button, Qt.MouseButton.LeftButton)
    dialog = reporter.dialog()
    assert isinstance(dialog, ErrorDialog)
    assert dialog.isVisible()
    assert "Vos informations n'ont pas été enregistrées" in dialog.message.text()
    printed = capfd.readouterr()
    assert "ValueError" in printed.err
    assert secret not in printed.err + printed.out
    # A second error does not pile up dialogs.
    qtbot.mouseClick(window.action_bar.settings_button, Qt.MouseButton.LeftButton)
    assert reporter.dialog() is dialog
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    # The window still answers.
    fill(qtbot, window, Era.AFTER_1975, {"number": secret})
    assert window.tabs.tab_for(Era.AFTER_1975).result().complete
    assert secret not in capfd.readouterr().err


def test_description_has_no_values() -> None:
    try:
        {"k": 1}["051227308989"]
    except KeyError as exc:
        text = describe(type(exc), exc.__traceback__)
    assert "KeyError" in text
    assert "051227308989" not in text
    assert "test_description_has_no_values" in text


@pytest.mark.parametrize("era", list(Era))
def test_slip_and_sheet_fit_on_two_pages(
    app: QApplication, translations: object, tmp_path: Path, era: Era
) -> None:
    """Page 1: the number (or where it is); page 2: the addresses and every step."""
    from neph_gui.ui.window.actions import sheet_drawing as _sheet_drawing

    spec = era_spec(era)
    examples = {
        Era.AFTER_1975: {"number": "051227308989"},
        Era.BEFORE_1975: {"top_line": "K45293", "bottom_first": "64", "bottom_second": "87"},
        Era.OLDER: {"number": "822 114", "year": "68", "department": "19"},
    }
    for name, result, drawing in (
        ("slip", validate_era(spec, examples[era]), None),
        ("sheet", None, _sheet_drawing(spec)),
    ):
        path = tmp_path / f"{name}.pdf"
        write_slip_pdf(str(path), spec, result, drawing)
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
        pages = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
        assert pages.split() == ["Pages:", "2"], name
