"""The ordinary installs: a wheel and an sdist from the build backend, installed into a
fresh virtual environment, and the system packages' check of `make`."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import system_deps  # noqa: E402

sys.path.pop(0)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`python -m build` of the checkout: an sdist and a wheel (isolated, as pip does)."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


@pytest.mark.slow
def test_build_gives_a_complete_wheel_and_a_source_only_sdist(built: Path) -> None:
    (wheel,) = built.glob("*.whl")
    (sdist,) = built.glob("*.tar.gz")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "neph_gui/_resources_rc.py" in names  # the drawings, fonts and translations
    assert "neph_gui/licence/eras.py" in names
    with tarfile.open(sdist) as archive:
        members = archive.getnames()
    assert not any(name.endswith(("_resources_rc.py", ".qm", ".qrc")) for name in members)
    assert any(name.endswith("resources/drawings/licence_older.svg") for name in members)
    assert any(name.endswith("scripts/build_resources.py") for name in members)
    check = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.slow
def test_installed_wheel_passes_its_smoke_test_outside_the_checkout(
    built: Path, tmp_path: Path
) -> None:
    (wheel,) = built.glob("*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(elsewhere))
    env.pop("PYTHONPATH", None)
    for command in ([str(env_dir / "bin" / "neph-gui")], [str(python), "-m", "neph_gui"]):
        result = subprocess.run(
            [*command, "--smoke-test"],
            cwd=elsewhere,
            capture_output=True,
            text=True,
            timeout=180,
            env=env,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("neph-gui smoke test passed"), result.stdout
    where = subprocess.run(
        [str(python), "-c", "import neph_gui; print(neph_gui.__file__)"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(env_dir) in where, "the installed package ran, not the checkout"


def test_system_packages_are_one_list_with_the_deb_dependencies() -> None:
    run = system_deps.relations(["run"])
    test = system_deps.relations(["test"])
    assert ["libxcb-cursor0"] in run
    assert ["libpulse0"] in run
    assert ["xvfb"] in test and ["poppler-utils"] in test
    assert system_deps.relations(["run", "run"]) == run  # each once


def test_without_root_a_missing_package_stops_with_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if not os.path.exists("/usr/bin/dpkg-query"):
        pytest.skip("not a Debian system")
    monkeypatch.setitem(system_deps.GROUPS, "test", ["neph-gui-no-such-package", "xvfb"])
    monkeypatch.setattr(system_deps.os, "geteuid", lambda: 1000)
    assert system_deps.ensure_debian(["test"]) == 1
    err = capsys.readouterr().err
    assert "apt-get install -y --no-install-recommends neph-gui-no-such-package" in err
    assert " xvfb" not in err.split("Run:")[1]  # only what is missing


def test_with_everything_installed_the_check_is_silent(
    capsys: pytest.CaptureFixture[str],
) -> None:
    if not os.path.exists("/usr/bin/dpkg-query"):
        pytest.skip("not a Debian system")
    assert system_deps.main(["run", "test"]) == 0
    assert capsys.readouterr().err == ""


def _fake_dpkg(monkeypatch: pytest.MonkeyPatch, packages: str) -> None:
    """dpkg says the machine is amd64 and ``packages`` ("name arch status" lines) are known."""
    outputs = {"dpkg": "amd64\n", "dpkg-query": packages}

    def fake_run(command: list[str], **_kwargs: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(command, 0, outputs[command[0]], "")

    monkeypatch.setattr(system_deps.subprocess, "run", fake_run)


def test_only_the_native_architecture_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    """With Wine's 32-bit libpulse0 installed and the 64-bit one removed, the check must
    still see libpulse0 as missing."""
    _fake_dpkg(
        monkeypatch, "libpulse0 amd64 rc\nlibpulse0 i386 ii\nlibxcb1 amd64 ii\ntzdata all ii\n"
    )
    assert system_deps.installed(["libpulse0", "libxcb1", "tzdata"]) == {"libxcb1", "tzdata"}


def test_a_package_asked_for_by_architecture_counts_as_that_architecture(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Wine's 32-bit loader is asked for as ``wine32:i386`` (the `windows` group)."""
    _fake_dpkg(monkeypatch, "wine32 i386 ii\nwine64 amd64 ii\n")
    assert system_deps.installed(["wine32:i386", "wine64"]) == {"wine32:i386", "wine64"}
    assert system_deps.missing([["wine32:i386"], ["wine64"]]) == []
