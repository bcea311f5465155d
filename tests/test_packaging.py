"""The packaging files agree with each other and with the app (fast; no build).

The build itself is checked in test_dist.py (slow)."""

from __future__ import annotations

import configparser
import re
import subprocess
import tomllib
from pathlib import Path

from helpers import require

from neph_gui import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
NAME = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_validates() -> None:
    tool = require("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run(
        [tool, str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_metainfo_validates() -> None:
    tool = require("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_starts_the_launcher_with_our_icon() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == NAME  # /usr/bin/neph-gui, installed by the .deb
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == "neph-gui"  # QApplication.applicationName()
    assert entry["Name"] and entry["Name[en]"]
    hicolor = ROOT / "resources" / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256):
        assert (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()


def test_metainfo_names_the_desktop_entry_and_this_version() -> None:
    text = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    assert f'<release version="{__version__}"' in text


def test_windows_installer_packs_the_spec_output() -> None:
    iss = (ROOT / "packaging" / "windows" / "neph-gui.iss").read_text(encoding="utf-8-sig")
    assert f'#define AppExeName "{NAME}.exe"' in iss
    assert r'Source: "{#SourceDir}\*"' in iss
    assert rf'#define SourceDir "..\..\dist\windows\{NAME}"' in iss
    assert "PrivilegesRequired=lowest" in iss
    icon = re.search(r"^SetupIconFile=(.+)$", iss, re.MULTILINE)
    assert icon
    assert (ROOT / "packaging" / "windows" / icon.group(1).replace("\\", "/")).resolve().is_file()


def test_windows_workflow_builds_as_the_tested_path_then_checks_on_windows() -> None:
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "make dist-windows" in workflow  # the same build as tests/test_windows.py
    assert "tests/test_windows.py" in workflow
    assert "runs-on: windows-latest" in workflow
    assert "/VERYSILENT" in workflow and "/CURRENTUSER" in workflow
    assert "--smoke-test" in workflow and "unins000.exe" in workflow


def test_spec_reads_name_and_version_from_their_one_place() -> None:
    spec = (ROOT / "packaging" / "neph-gui.spec").read_text(encoding="utf-8")
    assert "console=False" in spec and "upx=False" in spec
    assert '["project"]["name"]' in spec
    assert "__version__" in spec
    assert str(__version__) not in spec  # never written twice
