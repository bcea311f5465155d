"""The Windows installer, built on Linux and installed under Wine (`make dist-windows`).

A fresh Wine prefix with a private HOME stands for a new Windows account: the installer
runs silently without administrator rights, the installed neph-gui.exe passes its own
smoke test and shows its window, the shortcuts and the uninstaller are there, and the
uninstaller removes what was installed. What Wine cannot show (SmartScreen, signing,
Windows' own fonts, NVDA) is listed in docs/packaging.md.

Marked ``slow``; run by ``make test`` and ``.ci/run``, which install Wine
(scripts/system_deps.py, group "windows"). Skipped only where Wine cannot be installed,
never in CI.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from helpers import IN_CI

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SHORTCUT = "Mon numéro de permis.lnk"  # the French installer's name for the app
APP_ID_KEY = "8561F0FB-B10F-4A89-B334-90F1076AB866"  # neph-gui.iss AppId
MB = 1_000_000


def _load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "windows_build", ROOT / "packaging" / "windows" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build()


@dataclass(frozen=True)
class Machine:
    """A Windows account under Wine, with neph-gui installed."""

    prefix: Path
    env: dict[str, str]
    install_log: str
    folder: Path  # %LOCALAPPDATA%\Programs\neph-gui
    start_menu: Path
    desktop: Path

    def wine(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["wine", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


@pytest.fixture(scope="module")
def installer() -> Path:
    """`make dist-windows` (cached under .cache/windows/: quick when nothing changed)."""
    absent = build.missing_tools()
    if absent:
        reason = f"Wine build tools missing: {', '.join(absent)} (scripts/system_deps.py windows)"
        if IN_CI or os.geteuid() == 0:
            pytest.fail(reason)
        pytest.skip(reason)
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "windows" / "build.py")],
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    path: Path = build.installer_path()
    assert path.is_file()
    return path


@pytest.fixture(scope="module")
def machine(installer: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Machine]:
    root = tmp_path_factory.mktemp("windows")
    home = root / "home"
    home.mkdir()
    log = root / "install.log"
    with build.xvfb() as display:
        env = build.make_prefix(root / "prefix", display, HOME=str(home), LANG="C.UTF-8")
        try:
            done = subprocess.run(
                [
                    "wine",
                    str(installer),
                    "/VERYSILENT",
                    "/SUPPRESSMSGBOXES",
                    "/CURRENTUSER",
                    "/LANG=fr",
                    f"/LOG={build.winpath(log)}",
                ],
                env=env,
                capture_output=True,
                text=True,
                timeout=600,
                check=False,
            )
            build.wait_wineserver(env)
            text = log.read_text(encoding="utf-8-sig", errors="replace")
            assert done.returncode == 0, text[-3000:]
            user = next(
                p
                for p in (root / "prefix" / "drive_c" / "users").iterdir()
                if (p / "AppData" / "Local" / "Programs" / "neph-gui").is_dir()
            )
            yield Machine(
                prefix=root / "prefix",
                env=env,
                install_log=text,
                folder=user / "AppData" / "Local" / "Programs" / "neph-gui",
                start_menu=user
                / "AppData"
                / "Roaming"
                / "Microsoft"
                / "Windows"
                / "Start Menu"
                / "Programs",
                desktop=user / "Desktop",
            )
        finally:
            build.stop_wineserver(env)


def test_installer_is_small(installer: Path) -> None:
    assert installer.stat().st_size <= 60 * MB


def test_installs_for_the_user_without_administrator_rights(machine: Machine) -> None:
    assert "Administrative install mode: No" in machine.install_log
    assert "Install mode root key: HKEY_CURRENT_USER" in machine.install_log
    assert "Installation process succeeded." in machine.install_log
    assert (machine.folder / "neph-gui.exe").is_file()
    user_registry = (machine.prefix / "user.reg").read_text(encoding="utf-8", errors="replace")
    assert APP_ID_KEY in user_registry  # "Apps & features" entry, for this user only


def test_start_menu_and_desktop_shortcuts(machine: Machine) -> None:
    assert (machine.start_menu / SHORTCUT).is_file()
    assert (machine.desktop / SHORTCUT).is_file()


def test_installed_folder_is_windows_only_and_small(machine: Machine) -> None:
    files = [p for p in machine.folder.rglob("*") if p.is_file()]
    elf = [p.name for p in files if p.read_bytes()[:4] == b"\x7fELF"]
    assert elf == [], f"Linux libraries in the Windows app: {elf}"
    # The icuuc.dll stand-in lives in the test prefix's system32, never in the app.
    assert [p for p in files if p.name.lower() == "icuuc.dll"] == []
    assert (machine.folder / "unins000.exe").is_file()
    assert sum(p.stat().st_size for p in files) <= 150 * MB


def test_installed_app_passes_its_smoke_test(machine: Machine, tmp_path: Path) -> None:
    report = tmp_path / "smoke-report.txt"
    done = machine.wine(
        str(machine.folder / "neph-gui.exe"),
        "--smoke-test",
        "--smoke-report",
        build.winpath(report),
        timeout=300,
    )
    text = report.read_text(encoding="utf-8") if report.exists() else "(no report)"
    assert done.returncode == 0, text + done.stderr[-2000:]
    assert text.startswith("neph-gui smoke test passed")
    for wanted in (
        "window shown",
        "tab 3: handout example typed and shown",
        "translations en",
        "bundled fonts",
        "drawing licence_older.svg",
    ):
        assert f"ok {wanted}" in text


def _window_ids(machine: Machine, name: str) -> list[str]:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        env=machine.env,
        capture_output=True,
        text=True,
        check=False,
    )
    return found.stdout.split()


@pytest.mark.parametrize(
    ("args", "title"),
    [((), "Mon numéro de permis de conduire"), (("--lang", "en"), "My driving licence number")],
)
def test_installed_app_shows_its_window(
    machine: Machine, args: tuple[str, ...], title: str, tmp_path: Path
) -> None:
    app = subprocess.Popen(
        ["wine", str(machine.folder / "neph-gui.exe"), *args],
        env=machine.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        while not _window_ids(machine, title):
            assert app.poll() is None, f"the app ended with {app.returncode}"
            assert time.monotonic() < deadline, f"no window named {title!r} within 90 s"
            time.sleep(0.5)
        time.sleep(5)  # the services start after the first frame: it must survive them
        assert app.poll() is None, f"the app ended with {app.returncode}"
        for error in ("Program Error", "Error"):  # Wine's crash and Python's boot dialogs
            assert not _window_ids(machine, f"^{error}$"), f"a {error!r} window opened"
        shots = os.environ.get("NEPH_GUI_SHOTS")
        if shots:  # for a person to look at (docs/packaging.md)
            name = "windows-" + ("-".join(args).strip("-") or "fr") + ".png"
            subprocess.run(
                ["import", "-window", "root", str(Path(shots) / name)],
                env=machine.env,
                check=False,
                timeout=60,
            )
    finally:
        build.stop_wineserver(machine.env)
        app.wait(60)


def test_uninstaller_removes_the_program_and_its_shortcuts(machine: Machine) -> None:
    done = machine.wine(
        str(machine.folder / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES", timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    build.wait_wineserver(machine.env)
    deadline = time.monotonic() + 60  # the uninstaller finishes from a copy of itself
    while machine.folder.exists() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not machine.folder.exists()
    assert not (machine.start_menu / SHORTCUT).exists()
    assert not (machine.desktop / SHORTCUT).exists()
    user_registry = (machine.prefix / "user.reg").read_text(encoding="utf-8", errors="replace")
    assert APP_ID_KEY not in user_registry
