"""The privacy promise, checked on a whole visit: nothing typed lands on disk or the net."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

VISIT_SCRIPT = Path(__file__).with_name("privacy_visit.py")
# What the visit types (see privacy_visit.py), in the forms it could be written in.
SECRETS = ["073184526190", "Q7Z4X1", "904417", "073 184 526 190"]


def encodings(secret: str) -> list[bytes]:
    return [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.lower().encode()]


@pytest.fixture(scope="module")
def visit(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    home = tmp_path_factory.mktemp("home")
    elsewhere = tmp_path_factory.mktemp("printed")
    pdf = elsewhere / "fiche.pdf"
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    (home / "tmp").mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "QT_", "PYTEST", "TMP", "TEMP"))
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_STATE_HOME=str(home / ".local/state"),
        XDG_RUNTIME_DIR=str(runtime),
        TMPDIR=str(home / "tmp"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )
    done = subprocess.run(
        [sys.executable, str(VISIT_SCRIPT), str(pdf)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=str(home),
    )
    printed = done.stdout + done.stderr
    assert done.returncode == 0, printed
    assert "VISIT-DONE" in done.stdout, printed
    return home, pdf, printed


def test_the_visit_wrote_settings_in_the_temporary_home(visit: tuple[Path, Path, str]) -> None:
    home, _, _ = visit
    ini = list(home.rglob("*.ini"))
    assert ini, "the settings should be under the temporary home"
    assert "text_scale=150" in ini[0].read_text()


def test_no_file_under_home_holds_what_was_typed(visit: tuple[Path, Path, str]) -> None:
    home, _, _ = visit
    for path in home.rglob("*"):
        if path.is_file() and not path.is_symlink():
            content = path.read_bytes()
            for secret in SECRETS:
                for form in encodings(secret):
                    assert form not in content, f"{secret} found in {path.relative_to(home)}"


def test_nothing_printed_holds_what_was_typed(visit: tuple[Path, Path, str]) -> None:
    _, _, printed = visit
    assert "ValueError" in printed  # the error was reported…
    for secret in SECRETS:
        assert secret not in printed  # …without its message


def test_no_socket_was_opened(visit: tuple[Path, Path, str]) -> None:
    _, _, printed = visit
    assert "SOCKETS 0" in printed


def test_the_chosen_pdf_does_hold_the_number(visit: tuple[Path, Path, str]) -> None:
    # The check above can fail: the number is there where the person asked for it.
    _, pdf, _ = visit
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed; .ci/run installs it"
    text = subprocess.run([tool, str(pdf), "-"], capture_output=True, check=True).stdout
    assert b"073184526190" in text
