"""The installers, built for real: the frozen app, the .deb and the .tar.gz (Linux).

One PyInstaller build per test session (``built`` fixture, into a temporary folder, from
the checkout as it is), then: the frozen app's ``--smoke-test``, a real window on an X
server, the libraries it loads, the .deb's files and fields, the shipped desktop files.

Marked ``slow`` (a few minutes) but run by ``make test`` and ``.ci/run``. A check that
needs a system tool is skipped with the reason when the tool is missing, except in CI
(``CI=true``), where it fails instead.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import IN_CI, require

from neph_gui import APP_ID, __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
NAME = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
TITLE = "Mon numéro de permis de conduire"
ALLOWED_ROOTS = ("opt/neph-gui/", "usr/bin/", "usr/share/")
# Plugins the spec keeps on Linux (packaging/neph-gui.spec, KEEP_PLUGINS).
EXPECTED_PLUGINS = {
    "platforms": {"libqxcb.so", "libqoffscreen.so"},
    "imageformats": {"libqsvg.so"},
    "iconengines": {"libqsvgicon.so"},
    "printsupport": {"libcupsprintersupport.so"},
    "texttospeech": {"libqtexttospeech_speechd.so", "libqtexttospeech_mock.so"},
    "networkinformation": {"libqglib.so", "libqnetworkmanager.so", "libqconnman.so"},
    "platforminputcontexts": {
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    },
    "platformthemes": {"libqxdgdesktopportal.so"},
    "xcbglintegrations": {"libqxcb-egl-integration.so", "libqxcb-glx-integration.so"},
}
UNWANTED_LIBRARY = re.compile(
    r"Qt6(Quick|Qml|WebEngine|Pdf|Wayland|3D|OpenGL|Designer|VirtualKeyboard)|libav|libsw"
)


@dataclass(frozen=True)
class Built:
    folder: Path  # dist/neph-gui
    exe: Path
    deb: Path
    tarball: Path
    version_file: Path


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """``make dist``'s two steps, once per session, into a temporary folder.

    With ``NEPH_GUI_TEST_DIST=dist`` the tests look at what ``make dist`` already built
    there instead (quicker while working on the tests themselves)."""
    prebuilt = os.environ.get("NEPH_GUI_TEST_DIST")
    if importlib.util.find_spec("PyInstaller") is None:
        reason = "PyInstaller is not installed (pip install -e '.[build]'; make does it)"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    require("dpkg-deb", "dpkg")
    require("objdump", "binutils")
    dist = Path(prebuilt).resolve() if prebuilt else tmp_path_factory.mktemp("dist")
    work = ROOT / "build" if prebuilt else tmp_path_factory.mktemp("build")
    for command in (
        [sys.executable, "-m", "PyInstaller", "packaging/neph-gui.spec", "--noconfirm",
         "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work)],
        [sys.executable, "packaging/linux/build_packages.py", "--dist", str(dist),
         "--work", str(work / "deb")],
    ):  # fmt: skip
        if prebuilt:
            break
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800)
        assert result.returncode == 0, f"{command[1:3]} failed:\n{result.stdout}\n{result.stderr}"
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    return Built(
        folder=dist / NAME,
        exe=dist / NAME / NAME,
        deb=dist / f"{NAME}_{__version__}_{arch}.deb",
        tarball=dist / f"{NAME}-{__version__}-linux-{os.uname().machine}.tar.gz",
        version_file=next(work.rglob("version_info.txt")),
    )


def app_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A clean environment for the frozen app: its own home, so no real settings."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "PYTHON", "XDG_", "DISPLAY", "WAYLAND"))
    }
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env.update(HOME=str(home), LANG="C.UTF-8", **extra)
    return env


# --- the frozen app ------------------------------------------------------------------


def test_frozen_smoke_test_offscreen(built: Built, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(built.exe), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=app_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr
    # Nothing on stderr: no Qt warning, no Python traceback, no missing library.
    assert result.stderr == ""
    assert result.stdout.startswith("neph-gui smoke test passed")
    for check in ("tab 1", "tab 2", "tab 3", "bundled fonts", "translations fr",
                  "module PySide6.QtTextToSpeech", "module PySide6.QtPrintSupport"):  # fmt: skip
        assert f"ok {check}" in result.stdout


def test_frozen_smoke_test_catches_a_missing_plugin(built: Built, tmp_path: Path) -> None:
    """A build without Qt's SVG image plugin fails its smoke test, saying why."""
    broken = tmp_path / NAME
    shutil.copytree(built.folder, broken, symlinks=True)
    (broken / "_internal/PySide6/Qt/plugins/imageformats/libqsvg.so").unlink()
    result = subprocess.run(
        [str(broken / NAME), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=app_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 1
    assert "smoke test FAILED" in result.stderr
    assert "app icon: an SVG cannot be read as an image" in result.stderr


def test_frozen_window_on_x11(built: Built, tmp_path: Path) -> None:
    """Started like from the menu on a real X server, the app maps its window."""
    xvfb_path = require("Xvfb", "xvfb")
    xdotool = require("xdotool", "xdotool")
    number = next(
        n for n in range(150, 250)
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists()
    )  # fmt: skip
    xvfb = subprocess.Popen(
        [xvfb_path, f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    log = tmp_path / "app.log"
    app: subprocess.Popen[bytes] | None = None
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.1)
        env = app_env(tmp_path, DISPLAY=f":{number}")  # no QT_QPA_PLATFORM: as a desktop
        with log.open("wb") as out:
            app = subprocess.Popen([str(built.exe)], env=env, stdout=out, stderr=out)
        found = subprocess.run(
            [xdotool, "search", "--sync", "--onlyvisible", "--pid", str(app.pid)],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        windows = found.stdout.split()
        assert windows, f"no window mapped; the app printed:\n{log.read_text()}"
        names = {
            subprocess.run(
                [xdotool, "getwindowname", window], capture_output=True, text=True, env=env
            ).stdout.strip()
            for window in windows
        }
        assert TITLE in names
        assert app.poll() is None, "the app quit"
    finally:
        for process in (app, xvfb):
            if process is not None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
    # Nothing printed: no traceback, no missing plugin or library, no Qt warning.
    assert log.read_text(errors="replace") == ""


def test_frozen_folder_keeps_only_what_the_app_uses(built: Built) -> None:
    internal = built.folder / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    shipped = {
        folder.name: {path.name for path in folder.iterdir()} for folder in plugins.iterdir()
    }
    assert shipped == EXPECTED_PLUGINS
    libraries = [path.name for path in internal.rglob("*.so*")]
    assert not [name for name in libraries if UNWANTED_LIBRARY.search(name)]
    translations = sorted(path.name for path in internal.rglob("*.qm"))
    languages = ["fr"] + [
        ts.stem.removeprefix("neph_gui_")
        for ts in (ROOT / "resources" / "translations").glob("neph_gui_*.ts")
        if ts.stem != "neph_gui_fr"
    ]
    assert translations == sorted(f"qtbase_{language}.qm" for language in languages)
    # No system library copied from the build machine (the .deb depends on them).
    for name in ("libxcb.so.1", "libfontconfig.so.1", "libglib-2.0.so.0", "libstdc++.so.6"):
        assert not list(internal.rglob(name)), name


def test_frozen_binaries_are_stripped(built: Built) -> None:
    readelf = require("readelf", "binutils")
    unstripped = []
    for path in built.folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            sections = subprocess.run(
                [readelf, "-S", "-W", str(path)], capture_output=True, text=True
            ).stdout
            if " .symtab " in sections:
                unstripped.append(path.name)
    assert unstripped == []


def needed_system_libraries(folder: Path) -> set[str]:
    """Sonames the bundle's ELF files need that are not in the bundle."""
    bundled = {path.name for path in folder.rglob("*")}
    needed: set[str] = set()
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            dynamic = subprocess.run(
                ["readelf", "-d", "-W", str(path)], capture_output=True, text=True
            ).stdout
            needed.update(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic))
    return needed - bundled


def test_every_library_resolves(built: Built) -> None:
    """ldd finds every library of every bundled binary (Qt's from the bundle, the
    others from the system: on a machine with the .deb's dependencies installed)."""
    ldd = require("ldd", "libc-bin")
    missing = {}
    for path in built.folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            out = subprocess.run([ldd, str(path)], capture_output=True, text=True).stdout
            lost = [line.split()[0] for line in out.splitlines() if "not found" in line]
            if lost:
                missing[str(path.relative_to(built.folder))] = lost
    assert missing == {}


# --- the .deb ------------------------------------------------------------------------


def deb_fields(deb: Path) -> dict[str, str]:
    out = subprocess.run(
        ["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    fields: dict[str, str] = {}
    key = ""
    for line in out.splitlines():
        if line.startswith(" ") and key:
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(": ")
            fields[key] = value
    return fields


def depends_packages(field: str) -> set[str]:
    """Every package named in a Depends-style field, alternatives included."""
    return {
        re.sub(r"\s*\(.*\)", "", alternative).strip()
        for relation in field.split(",")
        for alternative in relation.split("|")
    }


@pytest.fixture(scope="session")
def deb_listing(built: Built) -> list[tuple[str, str, str, str]]:
    """(mode, owner, path without "./", link target or "") of each entry of the .deb."""
    out = subprocess.run(
        ["dpkg-deb", "-c", str(built.deb)], capture_output=True, text=True, check=True
    ).stdout
    entries = []
    for line in out.splitlines():
        mode, owner, _size, _date, _time, rest = line.split(None, 5)
        path, _, target = rest.partition(" -> ")
        entries.append((mode, owner, path.removeprefix("./"), target))
    return entries


def test_deb_installs_only_in_its_places(deb_listing: list[tuple[str, str, str, str]]) -> None:
    for mode, owner, path, _ in deb_listing:
        assert owner == "root/root", path
        if mode.startswith("d"):
            assert path in {"", "opt/", "usr/"} or path.startswith(ALLOWED_ROOTS), path
        else:
            assert path.startswith(ALLOWED_ROOTS), path


def test_deb_has_the_expected_files(deb_listing: list[tuple[str, str, str, str]]) -> None:
    files = {path: (mode, target) for mode, _, path, target in deb_listing}
    assert files[f"opt/neph-gui/{NAME}"][0] == "-rwxr-xr-x"
    assert files[f"usr/bin/{NAME}"] == ("lrwxrwxrwx", f"/opt/neph-gui/{NAME}")
    for path in (
        f"usr/share/applications/{APP_ID}.desktop",
        f"usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"usr/share/doc/{NAME}/copyright",
        "opt/neph-gui/_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
        "opt/neph-gui/_internal/PySide6/Qt/translations/qtbase_fr.qm",
    ):
        assert files[path][0].startswith("-rw-r--r--"), path
    for size in (16, 32, 48, 64, 128, 256):
        assert f"usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in files


def test_deb_fields(built: Built) -> None:
    fields = deb_fields(built.deb)
    assert fields["Package"] == NAME
    assert fields["Version"] == __version__
    assert (
        fields["Architecture"]
        == subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    assert fields["Section"] == "utils"
    assert fields["Priority"] == "optional"
    assert re.fullmatch(r".+ <[^@\s]+@[^@\s]+>", fields["Maintainer"])
    description = fields["Description"]
    assert "Mon numéro de permis" in description and "My licence number" in description
    files = [p for p in built.folder.rglob("*") if p.is_file() and not p.is_symlink()]
    folder_kib = sum(p.stat().st_size for p in files) / 1024
    assert folder_kib <= int(fields["Installed-Size"]) <= folder_kib * 1.1 + 1024
    depends = depends_packages(fields["Depends"])
    # What Qt's xcb platform plugin loads from the system.
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1",
                    "libxcb-image0", "libxcb-render-util0", "libxcb-xkb1", "libxcb-shape0",
                    "libxcb-randr0", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3",
                    "libglib2.0-0", "libglib2.0-0t64"):  # fmt: skip
        assert package in depends
    assert re.search(r"libc6 \(>= 2\.\d+\)", fields["Depends"])


def test_deb_depends_cover_every_system_library(built: Built) -> None:
    """Each library the bundle loads from the system belongs to a package the .deb
    depends on (as found on this machine with dpkg -S)."""
    depends = depends_packages(deb_fields(built.deb)["Depends"])
    uncovered = {}
    for soname in sorted(needed_system_libraries(built.folder)):
        owner = subprocess.run(
            ["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True
        ).stdout.split(":", 1)[0]
        assert owner, f"{soname} is needed but not installed here; add its package to .ci/run"
        if owner not in depends:
            uncovered[soname] = owner
    assert uncovered == {}


def test_shipped_desktop_files_validate(built: Built, tmp_path: Path) -> None:
    desktop_validate = require("desktop-file-validate", "desktop-file-utils")
    appstreamcli = require("appstreamcli", "appstream")
    subprocess.run(["dpkg-deb", "-x", str(built.deb), str(tmp_path)], check=True)
    desktop = tmp_path / "usr/share/applications" / f"{APP_ID}.desktop"
    result = subprocess.run([desktop_validate, str(desktop)], capture_output=True, text=True)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")
    metainfo = tmp_path / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # The entry's command is the launcher the package installs.
    exec_line = re.search(r"^Exec=(\S+)", desktop.read_text(encoding="utf-8"), re.MULTILINE)
    assert exec_line and (tmp_path / "usr/bin" / exec_line.group(1)).is_symlink()


def test_copyright_names_every_licence(built: Built, tmp_path: Path) -> None:
    subprocess.run(["dpkg-deb", "-x", str(built.deb), str(tmp_path)], check=True)
    text = (tmp_path / f"usr/share/doc/{NAME}/copyright").read_text(encoding="utf-8")
    for licence in ("License: MIT", "License: LGPL-3.0-only", "License: OFL-1.1",
                    "License: PSF-2.0", "License: ICU", "SIL OPEN FONT LICENSE Version 1.1",
                    "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2"):  # fmt: skip
        assert licence in text
    assert not re.search(r"@[A-Z_]+@", text)


# --- the tarball and the Windows version resource ------------------------------------


def test_tarball_is_the_folder(built: Built) -> None:
    with tarfile.open(built.tarball) as tar:
        members = {member.name: member for member in tar.getmembers()}
    assert {name.split("/")[0] for name in members} == {NAME}
    exe = members[f"{NAME}/{NAME}"]
    assert exe.isfile() and exe.mode & 0o111
    count = sum(1 for path in built.folder.rglob("*")) + 1
    assert len(members) == count


def test_windows_version_resource(built: Built) -> None:
    """The spec writes the version resource from neph_gui.__version__ (used on Windows)."""
    text = built.version_file.read_text(encoding="utf-8")
    seen: dict[str, object] = {}

    def record(kind: str) -> Callable[..., tuple[str, tuple[object, ...], dict[str, object]]]:
        def make(
            *args: object, **kwargs: object
        ) -> tuple[str, tuple[object, ...], dict[str, object]]:
            if kind == "StringStruct":
                seen[str(args[0])] = args[1]
            if kind == "FixedFileInfo":
                seen["filevers"] = kwargs["filevers"]
            return (kind, args, kwargs)

        return make

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
             "StringStruct", "VarFileInfo", "VarStruct")  # fmt: skip
    eval(text, {"__builtins__": {}}, {name: record(name) for name in names})
    numbers = tuple(int(part) for part in __version__.split(".")[:3])
    assert seen["filevers"] == (*numbers, *(0,) * (4 - len(numbers)))
    assert seen["FileVersion"] == seen["ProductVersion"] == __version__
    assert seen["ProductName"] == "neph-gui"
    assert seen["OriginalFilename"] == f"{NAME}.exe"
    assert seen["CompanyName"] == "neph-gui"  # neutral: no person or organisation
