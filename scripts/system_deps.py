"""The system packages neph-gui needs, checked (and installed as root) before `make`.

    python3 scripts/system_deps.py GROUP [GROUP ...]     e.g. `run test`
    python3 scripts/system_deps.py --list GROUP ...      print the packages, nothing else

The one list of Debian/Ubuntu packages: what Qt loads from the system to run the app
(`run`, the .deb's own dependencies), and what the tests use (`test`: an X server,
xdotool, PDF text extraction, the desktop-file and AppStream validators, the .deb tools;
`orca`: the Orca screen reader and its speech, for tests/test_orca_visit.py).
`make run`, `make test` and `.ci/run` all call this script.

On Debian or Ubuntu: nothing to do when every package is installed (one `dpkg-query`);
as root with apt-get, the missing ones are installed; otherwise it stops at once with
the exact command to run. On other systems it names the libraries it cannot find.
Standard library only: it runs before any virtual environment exists.
"""

from __future__ import annotations

import ctypes.util
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Beside the .deb's dependencies: PipeWire's library keeps QtMultimedia (linked by
# QtTextToSpeech) from warning at start.
RUN_EXTRA = ["libpipewire-0.3-0t64 | libpipewire-0.3-0"]

GROUPS: dict[str, list[str]] = {
    "run": [],  # filled from packaging/linux/build_packages.py (the .deb's Depends)
    "test": [
        "xvfb",  # a real X server for the window checks
        "xauth",
        "xdotool",
        "xclip",  # the privacy checks read the X primary selection
        "poppler-utils",  # pdftotext, pdftoppm: the printed sheets
        "desktop-file-utils",  # desktop-file-validate
        "appstream",  # appstreamcli validate
        "dpkg-dev",  # dpkg-deb: the .deb
        "binutils",  # readelf: what the frozen app links
        "fonts-dejavu-core",
    ],
    # The Windows installer, built and tested under Wine (packaging/windows/build.py).
    # Inno Setup's compiler is a 32-bit program: wine32 needs the i386 architecture.
    "windows": [
        "wine",  # /usr/bin/wine, wineboot, wineserver: wine64 alone brings only the loader
        "wine64",
        "wine32:i386",
        "gcc-mingw-w64-x86-64-win32",  # the icuuc.dll stand-in for the Wine prefixes
        "xvfb",
        "xdotool",
        "imagemagick",  # `import`: screenshots of the installer and the app under Wine
    ],
    # The real Orca screen reader, run headless by tests/orca_harness.py: its own
    # D-Bus and AT-SPI buses, speech-dispatcher with espeak-ng on libao's null driver,
    # French messages (the harness builds fr_FR.UTF-8 with localedef if not generated).
    "orca": [
        "orca",
        "python3-pyatspi",
        "at-spi2-core",
        "dbus-x11",
        "speech-dispatcher",
        "speech-dispatcher-espeak-ng",
        "libao4",
        "xvfb",
        "xdotool",
        "locales",
    ],
}
# Inno Setup comes from the npm registry: Debian's npm only where no npm is installed.
if shutil.which("npm") is None:
    GROUPS["windows"].append("npm")

# On systems without dpkg: the libraries Qt's xcb platform plugin cannot start without.
SONAMES = [
    "xcb-cursor",
    "xcb-icccm",
    "xcb-keysyms",
    "xcb-image",
    "xcb-render-util",
    "xcb-xkb",
    "xkbcommon-x11",
    "EGL",
    "GL",
    "fontconfig",
    "dbus-1",
]


def _deb_relations() -> list[str]:
    spec = importlib.util.spec_from_file_location(
        "build_packages", ROOT / "packaging" / "linux" / "build_packages.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [relation.replace("{glibc}", "0") for relation in module.DEPENDS]


def relations(groups: list[str]) -> list[list[str]]:
    """Each needed package as its alternatives (the first one apt has is installed)."""
    wanted: list[str] = []
    for group in groups:
        if group not in GROUPS:
            raise SystemExit(f"system_deps: unknown group {group!r} (known: {', '.join(GROUPS)})")
        wanted += _deb_relations() + RUN_EXTRA if group == "run" else GROUPS[group]
    result: list[list[str]] = []
    for relation in wanted:
        names = [part.split("(")[0].strip() for part in relation.split("|")]
        if names not in result:
            result.append(names)
    return result


def installed(names: list[str]) -> set[str]:
    """Which of these Debian packages are installed for this machine's architecture
    (a 32-bit copy, as Wine brings, does not count: Qt loads the native library)."""
    native = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=False
    ).stdout.strip()
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${Architecture} ${db:Status-Abbrev}\n", *names],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    found = set()
    for line in out.splitlines():
        fields = line.split()
        if len(fields) >= 3 and fields[2] == "ii":
            if fields[1] in (native, "all"):
                found.add(fields[0])
            if f"{fields[0]}:{fields[1]}" in names:  # asked for by architecture: wine32:i386
                found.add(f"{fields[0]}:{fields[1]}")
    return found


def foreign_architectures(packages: list[str]) -> list[str]:
    """Architectures these packages ask for (``wine32:i386``) that dpkg does not have yet."""
    wanted = {name.split(":")[1] for name in packages if ":" in name}
    if not wanted:
        return []
    have = subprocess.run(
        ["dpkg", "--print-foreign-architectures"], capture_output=True, text=True, check=False
    ).stdout.split()
    return sorted(wanted - set(have))


def missing(needed: list[list[str]]) -> list[list[str]]:
    have = installed([name for names in needed for name in names])
    return [names for names in needed if not have.intersection(names)]


def candidates(names_list: list[list[str]]) -> list[str]:
    """For each relation, the first alternative apt can install."""
    policy = subprocess.run(
        ["apt-cache", "policy", *(n for names in names_list for n in names)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    known: set[str] = set()
    current = ""
    for line in policy.splitlines():
        if line and not line.startswith(" ") and line.endswith(":"):
            current = line[:-1]
        elif line.strip().startswith("Candidate:") and "(none)" not in line:
            known.add(current)
    return [next((n for n in names if n in known), names[-1]) for names in names_list]


def command_for(packages: list[str]) -> str:
    architectures = "".join(
        f"sudo dpkg --add-architecture {arch} && " for arch in foreign_architectures(packages)
    )
    return (
        architectures
        + "sudo apt-get update && sudo apt-get install -y --no-install-recommends "
        + " ".join(packages)
    )


def ensure_debian(groups: list[str]) -> int:
    needed = relations(groups)
    absent = missing(needed)
    if not absent:
        return 0
    if os.geteuid() != 0:
        packages = candidates(absent)
        print(
            f"system_deps: {len(packages)} system package(s) missing for "
            f"`{' '.join(groups)}`. Run:\n  {command_for(packages)}",
            file=sys.stderr,
        )
        return 1
    env = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
    apt = ["apt-get", "-o", "DPkg::Lock::Timeout=600"]
    for arch in foreign_architectures([name for names in absent for name in names]):
        subprocess.run(["dpkg", "--add-architecture", arch], check=True)
    subprocess.run([*apt, "update", "-qq"], check=True, env=env)
    packages = candidates(absent)
    print(f"system_deps: installing {' '.join(packages)}", file=sys.stderr)
    subprocess.run(
        [*apt, "install", "-y", "-qq", "--no-install-recommends", *packages],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    still = missing(needed)
    if still:
        print(f"system_deps: still missing: {candidates(still)}", file=sys.stderr)
        return 1
    return 0


def ensure_other(groups: list[str]) -> int:
    if "run" not in groups or sys.platform != "linux":
        return 0  # Windows and macOS wheels of Qt carry what they need
    lost = [name for name in SONAMES if ctypes.util.find_library(name) is None]
    if lost:
        print(
            "system_deps: this is not Debian or Ubuntu, so nothing is installed for you.\n"
            "Qt needs these libraries and they were not found: "
            + ", ".join(f"lib{name}" for name in lost)
            + "\nInstall them with your system's package manager, then run make again.",
            file=sys.stderr,
        )
        return 1
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--list"]:
        print(" ".join(" | ".join(names) for names in relations(argv[1:])))
        return 0
    groups = argv or ["run"]
    if shutil.which("dpkg-query") and shutil.which("apt-get"):
        return ensure_debian(groups)
    return ensure_other(groups)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
