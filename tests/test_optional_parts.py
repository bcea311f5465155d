"""Read aloud, network state and printing are optional: a computer without their system
libraries gets the app without them, with no dialog and no traceback."""

from __future__ import annotations

import builtins
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from neph_gui import optional, smoke, smoke_checks
from neph_gui.optional import NETWORK_MODULE, PRINT_MODULE, SPEECH_MODULE
from neph_gui.ui.window.main_window import MainWindow

# What Python says when Qt's module is shipped but a library it links is not there.
LIBPULSE = "libpulse.so.0: cannot open shared object file: No such file or directory"


@pytest.fixture
def broken_import(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Make importing a Qt module fail as a missing system library would."""
    real_import = builtins.__import__
    broken: set[str] = set()

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name in broken:
            raise ImportError(LIBPULSE)
        return real_import(name, *args, **kwargs)

    def fake_module(name: str, package: str | None = None) -> Any:
        if name in broken:
            raise ImportError(LIBPULSE)
        return real_import_module(name, package)

    real_import_module = optional.importlib.import_module
    monkeypatch.setattr(builtins, "__import__", fake_import)
    monkeypatch.setattr(optional.importlib, "import_module", fake_module)
    return broken.add


@pytest.mark.parametrize("module", [SPEECH_MODULE, NETWORK_MODULE, PRINT_MODULE])
def test_a_missing_library_is_reported_not_raised(
    broken_import: Callable[[str], None], module: str
) -> None:
    broken_import(module)
    assert optional.unavailable(module) == LIBPULSE


def test_without_speech_or_network_the_loaders_give_nothing(
    app: object, broken_import: Callable[[str], None]
) -> None:
    broken_import(SPEECH_MODULE)
    broken_import(NETWORK_MODULE)
    broken_import(PRINT_MODULE)
    assert optional.load_speech() is None
    assert optional.load_network_watch() is None
    assert optional.can_print() is False


def test_with_the_libraries_the_parts_load(app: object) -> None:
    watch = optional.load_network_watch()
    assert watch is not None
    assert watch.is_offline() in (False, True)
    assert optional.can_print() is True


def test_window_without_optional_parts_shows_no_read_or_print_button(
    window: MainWindow,
) -> None:
    window.attach_services(speech=None, network=None)
    window.set_can_print(False)
    for tab in window.tabs.era_tabs:  # also the tabs built after the call
        panel = tab.result_panel
        assert not panel.read_button.isVisibleTo(panel)
        assert not panel.print_button.isVisibleTo(panel)
    assert not window.offline_note.isVisibleTo(window)
    window.set_can_print(True)
    assert window.tabs.era_tabs[0].result_panel.print_button.isVisibleTo(window.tabs.era_tabs[0])


@pytest.mark.parametrize(
    ("module", "reported", "left_out"),
    [
        (SPEECH_MODULE, "ok lecture à voix haute : indisponible (libpulse.so.0", "QtTextToSpeech"),
        (NETWORK_MODULE, "ok état du réseau : indisponible (libpulse.so.0", "QtNetwork"),
        (PRINT_MODULE, "ok impression : indisponible (libpulse.so.0", "print slip"),
    ],
)
def test_smoke_test_passes_without_an_optional_part_and_says_so(
    app: object,
    broken_import: Callable[[str], None],
    tmp_path: Path,
    module: str,
    reported: str,
    left_out: str,
) -> None:
    broken_import(module)
    report = tmp_path / "report.txt"
    assert smoke.run_smoke_test(str(report)) == 0
    text = report.read_text(encoding="utf-8")
    assert reported in text
    assert left_out not in text
    assert "ok tab 1: handout example typed and shown" in text  # the rest still checked


def test_smoke_test_names_a_blank_drawing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(smoke_checks, "distinct_colours", lambda _image: 1)
    with pytest.raises(smoke_checks.SmokeCheckError, match=r"licence_after_1975\.svg paints blank"):
        smoke_checks.check_drawings(window, 1)


@pytest.fixture
def no_libpulse(tmp_path: Path) -> Iterator[list[str]]:
    """A command prefix under which libpulse.so.0 cannot be loaded (a private mount
    namespace with /dev/null over it): as on a computer without PulseAudio."""
    found = [
        path
        for path in (
            "/usr/lib/x86_64-linux-gnu/libpulse.so.0",
            "/usr/lib/aarch64-linux-gnu/libpulse.so.0",
        )
        if os.path.exists(path)
    ]
    if not found or os.geteuid() != 0 or not os.path.exists("/usr/bin/unshare"):
        if os.environ.get("CI"):
            pytest.fail("CI runs as root on Debian with libpulse0: this check must run")
        pytest.skip("needs root, unshare and libpulse0 to hide the library")
    script = f'mount --bind /dev/null {found[0]} && exec "$@"'
    yield ["unshare", "-m", "sh", "-c", script, "sh"]


def test_the_app_starts_and_passes_its_smoke_test_without_libpulse(
    no_libpulse: list[str], tmp_path: Path
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    probe = subprocess.run(
        [*no_libpulse, sys.executable, "-c", "import PySide6.QtTextToSpeech"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert probe.returncode != 0, "libpulse was not hidden"
    result = subprocess.run(
        [*no_libpulse, sys.executable, "-m", "neph_gui", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "ok lecture à voix haute : indisponible" in result.stdout
    assert result.stderr == ""


def test_the_window_starts_without_libpulse_and_shows_no_error(
    no_libpulse: list[str], tmp_path: Path
) -> None:
    """main() starts its services after the first frame: without QtTextToSpeech's
    libraries it leaves read aloud out instead of showing "Un problème est survenu"."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.pop("NEPH_GUI_BENCH_MARK", None)
    process = subprocess.Popen(
        [*no_libpulse, sys.executable, "-m", "neph_gui"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        _, err = process.communicate(timeout=6)
    except subprocess.TimeoutExpired:
        process.terminate()
        _, err = process.communicate()
    assert "Traceback" not in err
    assert "Error" not in err


def test_under_wine_speech_and_network_are_left_out(
    monkeypatch: pytest.MonkeyPatch, app: object
) -> None:
    """Under Wine (where the Windows build is tested) Windows' speech engines crash and
    the network-list backend never answers: both parts stay out, the window starts."""
    assert optional.under_wine() is False  # Linux
    monkeypatch.setattr(optional, "under_wine", lambda: True)
    assert optional.load_speech() is None
    assert optional.load_network_watch() is None


def test_wine_dpi_messages_are_noise_only_under_wine(monkeypatch: pytest.MonkeyPatch) -> None:
    message = "EnableNonClientDpiScaling() failed for HWND 0x30068 (120) (Call not implemented.)"
    assert not smoke._is_noise(message)
    monkeypatch.setattr(smoke, "under_wine", lambda: True)
    assert smoke._is_noise(message)
    assert not smoke._is_noise("QWidget::setLayout: Attempting to set QLayout")
