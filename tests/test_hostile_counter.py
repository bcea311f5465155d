"""A shared counter PC, tried as a hostile tester would: the reset with Qt's print dialog
and the windows it opens, printed files, rapid clicks, odd systems (issue 21)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from neph_gui import admin, printing
from neph_gui.__main__ import NO_DISPLAY_MESSAGE, no_display
from neph_gui.licence import ERAS
from neph_gui.licence.validation import BoxState, MessageId, validate_box
from neph_gui.private_files import PRIVATE
from neph_gui.settings import DEFAULT_IDLE_MINUTES, DisplaySettings
from neph_gui.ui.dialogs.settings_dialog import SettingsDialog
from neph_gui.ui.window import actions as actions_module
from neph_gui.ui.window.main_window import MainWindow

HERE = Path(__file__).resolve().parent
NUMBER_BOX = ERAS[0].boxes[0]


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), **extra)
    return env


@pytest.mark.parametrize("nested", ["file", "properties"])
def test_idle_reset_with_the_print_dialog_waiting_on_its_own_window(
    tmp_path: Path, nested: str
) -> None:
    """Before the fix: "double free or corruption" or a segmentation fault (exit 139)."""
    done = subprocess.run(
        [sys.executable, str(HERE / "reset_during_print.py"), nested, str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        env=child_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "RESET-SURVIVED nested=" in done.stdout
    assert not list(tmp_path.glob("*.pdf"))


def test_without_a_printer_the_pdf_goes_to_the_private_folder(app: object) -> None:
    printer = printing.new_printer()
    written = printer.outputFileName()
    if written == "":
        pytest.skip("this machine has a printer: Qt's dialog offers it first")
    assert PRIVATE.holds(written)
    assert not written.startswith((str(Path.home()) + "/neph", os.getcwd() + "/neph"))
    assert oct(PRIVATE.path().stat().st_mode & 0o777) == "0o700"


def test_a_printed_pdf_is_shown_then_gone_at_reset_and_quit(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    window.tabs.current_tab().entry("number").edit.setText("314159265358")
    tab = window.tabs.current_tab()
    slip = PRIVATE.slip_path()
    printing.write_slip_pdf(str(slip), tab.spec, tab.result())
    assert slip.exists()
    window.next_person.reset()
    assert not slip.exists()
    PRIVATE.slip_path().write_bytes(b"%PDF-")
    window.close()
    assert not PRIVATE.slip_path().parent.exists() or not any(PRIVATE.slip_path().parent.iterdir())


def test_only_the_private_folder_can_be_opened(tmp_path: Path) -> None:
    from neph_gui.private_files import open_private_file

    with pytest.raises(ValueError):
        open_private_file(tmp_path / "neph-gui.pdf")


def test_the_site_opens_once_per_deliberate_press(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True)
    )
    monkeypatch.setattr(actions_module, "SITE_REPEAT_MS", 300)
    label = window.site_button.text()
    for _ in range(20):  # 20 clicks in quick succession, as the tester did
        qtbot.mouseClick(window.site_button, Qt.MouseButton.LeftButton)
    assert opened == ["https://ants.gouv.fr/"]
    assert window.site_button.text() == "Ouverture du site…"
    qtbot.waitUntil(lambda: window.site_button.text() == label, timeout=2000)
    qtbot.mouseClick(window.site_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 2, "a new press after the pause opens the site again"


def test_without_a_display_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    env = child_env(tmp_path)
    for key in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(key, None)
    done = subprocess.run(
        [sys.executable, "-m", "neph_gui"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == NO_DISPLAY_MESSAGE
    assert not no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not no_display({}, "win32")


def test_a_named_pipe_at_the_settings_path_gives_defaults_without_waiting(
    tmp_path: Path,
) -> None:
    config = tmp_path / "config" / "neph-gui"
    config.mkdir(parents=True)
    os.mkfifo(config / "neph-gui.ini")
    script = (
        "from neph_gui.settings import DisplaySettings;"
        "s = DisplaySettings(); print(s.text_scale, s.idle_minutes)"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=30,
        env=child_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["100", str(DEFAULT_IDLE_MINUTES)]
    assert time.monotonic() - started < 20


def test_the_process_cannot_be_dumped(tmp_path: Path) -> None:
    script = (
        "from neph_gui.hardening import forbid_core_dumps, core_dumps_allowed;"
        "print(core_dumps_allowed(), forbid_core_dumps(), core_dumps_allowed())"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=30, check=True
    )
    assert done.stdout.split() == ["True", "True", "False"]


@pytest.mark.parametrize(
    ("typed", "state", "status"),
    [
        ("\x01\x02\x03\x1b", BoxState.INVALID, MessageId.ONLY_INVISIBLE),
        ("\u200b\u200b", BoxState.INVALID, MessageId.ONLY_INVISIBLE),
        ("   ", BoxState.EMPTY, MessageId.EMPTY),
        ("", BoxState.EMPTY, MessageId.EMPTY),
    ],
)
def test_a_box_holding_only_invisible_characters_says_so(
    typed: str, state: BoxState, status: MessageId
) -> None:
    result = validate_box(NUMBER_BOX, typed)
    assert (result.state, result.status.id) == (state, status)


def test_direction_marks_are_removed_and_the_status_says_the_order_may_differ() -> None:
    result = validate_box(NUMBER_BOX, "\u202e314159265358")
    assert result.text == "314159265358"
    assert result.state is BoxState.COMPLETE
    assert MessageId.DIRECTION_MARKS_REMOVED in [info.id for info in result.infos]
    plain = validate_box(NUMBER_BOX, "314159265358")
    assert MessageId.DIRECTION_MARKS_REMOVED not in [info.id for info in plain.infos]


def test_never_is_not_a_choice_of_the_window(app: object, tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("counter/idle_minutes", 0)  # remembered by an older version
    settings = DisplaySettings(store)
    assert settings.idle_minutes == DEFAULT_IDLE_MINUTES
    settings.idle_minutes = 0
    assert settings.idle_minutes == 1
    dialog = SettingsDialog(settings)
    assert dialog.idle_minutes.minimum() == 1
    assert dialog.idle_minutes.specialValueText() == ""


def test_the_administrator_turns_the_reset_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "neph-gui.ini"
    assert not admin.idle_reset_disabled({}, config)
    config.write_text("[counter]\nidle_reset = off\n", encoding="utf-8")
    assert admin.idle_reset_disabled({}, config)
    assert not admin.idle_reset_disabled({admin.ENVIRONMENT_VARIABLE: "on"}, config)
    assert admin.idle_reset_disabled({admin.ENVIRONMENT_VARIABLE: "off"}, tmp_path / "none")
    pipe = tmp_path / "pipe.ini"
    os.mkfifo(pipe)
    assert not admin.idle_reset_disabled({}, pipe)  # never waits on a pipe


def test_with_the_reset_turned_off_the_window_never_clears_itself(
    app: object, settings: DisplaySettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(admin.ENVIRONMENT_VARIABLE, "off")
    window = MainWindow(settings, start_tab=0)
    try:
        assert window.idle.idle_ms() == 0
        dialog = SettingsDialog(settings)
        assert not dialog.idle_minutes.isEnabled()
        assert "désactivé" in dialog.idle_help.text()
    finally:
        window.deleteLater()


def test_the_settings_path_checked_is_the_one_qt_uses(tmp_path: Path) -> None:
    script = (
        "from PySide6.QtCore import QSettings;"
        "from neph_gui.settings import user_settings_path;"
        "s = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,"
        " 'neph-gui', 'neph-gui');"
        "print(s.fileName() == str(user_settings_path()))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=30,
        env=child_env(tmp_path),
        check=True,
    )
    assert done.stdout.strip() == "True"
