#!/usr/bin/env python3
"""Package the frozen app for Linux: a .deb for Debian/Ubuntu and a .tar.gz of the folder.

Run by ``make dist`` after PyInstaller (``packaging/neph-gui.spec``) has written
``dist/neph-gui/``. Writes, next to it:

- ``dist/neph-gui_<version>_<arch>.deb`` (``dpkg-deb --root-owner-group``): the frozen
  app in ``/opt/neph-gui/``, the launcher ``/usr/bin/neph-gui`` (a symbolic link), the
  desktop entry, the hicolor icons, the AppStream metainfo and
  ``/usr/share/doc/neph-gui/copyright``; it depends on the system libraries the bundle
  loads (the spec does not copy them from the build machine);
- ``dist/neph-gui-<version>-linux-x86_64.tar.gz``: the ``neph-gui/`` folder as is.

Usage: ``python packaging/linux/build_packages.py [--dist DIR] [--work DIR]``.
Needs ``dpkg-deb`` (Debian's dpkg) and ``objdump`` (binutils).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX_DIR = ROOT / "packaging" / "linux"
INSTALL_DIR = "opt/neph-gui"

# Debian packages of the shared libraries the frozen app loads from the system, found
# with readelf/ldd on the build (tests/test_dist.py checks that every library the bundle
# needs is provided by one of these). Names that changed in the 64-bit time_t transition
# (Debian 13, Ubuntu 24.04) are given as "new | old" alternatives.
DEPENDS = [
    # C/C++ runtime, compression (Qt, Python)
    "libc6 (>= {glibc})",
    "libstdc++6",
    "libgcc-s1",
    "zlib1g",
    "libbz2-1.0",
    "liblzma5",
    "libzstd1",
    "libbrotli1",
    "libssl3t64 | libssl3",
    "libgssapi-krb5-2",
    "libffi8",  # Python's ctypes (neph_gui.hardening asks Linux for no core dumps)
    # Qt's xcb platform plugin (X11, also used under XWayland)
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-glx0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libegl1",
    "libgl1",
    # fonts, desktop services, network state
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0t64 | libglib2.0-0",
    # printing (CUPS print support plugin), speech (QtTextToSpeech links QtMultimedia,
    # which links PulseAudio; the speech-dispatcher engine plugin)
    "libcups2t64 | libcups2",
    "libpulse0",
    "libspeechd2",
]
# Read aloud needs the speech-dispatcher service and its voices; QtMultimedia warns at
# start when PipeWire's library is missing.
RECOMMENDS = [
    "speech-dispatcher",
    "libpipewire-0.3-0t64 | libpipewire-0.3-0",
]
MAINTAINER = "neph-gui team <nephgui@users.noreply.github.com>"
DESCRIPTION = """\
helper to find and type a French driving-licence number (NEPH)
 Mon numéro de permis : pour consulter le solde de points de son permis de
 conduire sur le site officiel, il faut taper le numéro du permis. Ce programme
 montre où ce numéro est imprimé sur chaque modèle de permis (permis rose
 obtenu après ou avant le 1er juin 1975, modèles plus anciens, permis au format
 carte) et comment le taper dans les cases du site. Grands caractères, messages
 calmes ; il fonctionne sans Internet et n'enregistre jamais le numéro.
 .
 My licence number: to check the points left on a French driving licence on the
 official website, you have to type the licence number. This program shows
 where that number is printed on each kind of licence and how to type it into
 the website's boxes. Large print, calm messages; works offline and never
 stores the number."""


def project() -> tuple[str, str, str]:
    """Name (pyproject.toml), version and application id (neph_gui/__init__.py)."""
    name = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
    init = (ROOT / "neph_gui" / "__init__.py").read_text(encoding="utf-8")
    version = re.search(r'^__version__ = "([^"]+)"$', init, re.MULTILINE)
    app_id = re.search(r'^APP_ID = "([^"]+)"$', init, re.MULTILINE)
    if not version or not app_id:
        raise SystemExit("build_packages: no __version__ / APP_ID in neph_gui/__init__.py")
    return name, version.group(1), app_id.group(1)


def elf_files(folder: Path) -> list[Path]:
    """Every ELF file (not symbolic link) under ``folder``."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def min_glibc(folder: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled binary asks for."""
    versions: set[tuple[int, ...]] = set()
    for path in elf_files(folder):
        out = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        ).stdout
        versions.update(
            tuple(map(int, v.split("."))) for v in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", out)
        )
    return ".".join(map(str, max(versions))) if versions else "2.28"


def debian_arch() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def dep5_text(text: str) -> str:
    """A licence text as a DEP-5 paragraph body: one leading space, " ." for blank lines."""
    lines = [line.rstrip() for line in text.strip("\n").splitlines()]
    return "\n".join(f" {line}" if line else " ." for line in lines)


def copyright_text() -> str:
    template = (LINUX_DIR / "copyright.in").read_text(encoding="utf-8")
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if not python_licence.exists():
        raise SystemExit(f"build_packages: Python's licence text not found at {python_licence}")
    text = template.replace(
        "@PYTHON_LICENSE@", dep5_text(python_licence.read_text(encoding="utf-8"))
    ).replace(
        "@OFL@", dep5_text((ROOT / "resources" / "fonts" / "OFL.txt").read_text(encoding="utf-8"))
    )
    if re.search(r"@[A-Z_]+@", text):
        raise SystemExit("build_packages: an @PLACEHOLDER@ was left in the copyright file")
    return text


def normalise_modes(tree: Path) -> None:
    """Directories 0755; programs 0755; everything else (shared libraries too) 0644."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        library = path.suffix == ".so" or ".so." in path.name
        program = path.is_file() and not library and os.access(path, os.X_OK)
        path.chmod(0o755 if path.is_dir() or program else 0o644)


def stage(frozen: Path, root: Path, name: str, app_id: str) -> None:
    """Lay out the files of the package under ``root`` as they will be installed."""
    if root.exists():
        shutil.rmtree(root)
    opt = root / INSTALL_DIR
    shutil.copytree(frozen, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / name).symlink_to(f"/{INSTALL_DIR}/{name}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(LINUX_DIR / f"{app_id}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(LINUX_DIR / f"{app_id}.metainfo.xml", share / "metainfo")
    shutil.copytree(ROOT / "resources" / "icons" / "hicolor", share / "icons" / "hicolor")
    doc = share / "doc" / name
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
    normalise_modes(root)


def installed_size_kib(root: Path) -> int:
    """Installed-Size as dpkg computes it: KiB, files rounded up, one per link/dir."""
    total = 0
    for path in root.rglob("*"):
        if path.relative_to(root).parts[0] == "DEBIAN":
            continue
        total += -(-path.lstat().st_size // 1024) if path.is_file() and not path.is_symlink() else 1
    return total


def write_control(root: Path, name: str, version: str, arch: str, glibc: str) -> None:
    debian = root / "DEBIAN"
    debian.mkdir()
    depends = ", ".join(DEPENDS).replace("{glibc}", glibc)
    control = (
        f"Package: {name}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_size_kib(root)}\n"
        f"Depends: {depends}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )
    (debian / "control").write_text(control, encoding="utf-8")
    sums = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if rel.parts[0] != "DEBIAN" and path.is_file() and not path.is_symlink():
            sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {rel.as_posix()}\n")
    (debian / "md5sums").write_text("".join(sums), encoding="utf-8")
    for path in debian.iterdir():
        path.chmod(0o644)
    debian.chmod(0o755)


def build_deb(frozen: Path, out_dir: Path, work: Path) -> Path:
    name, version, app_id = project()
    arch = debian_arch()
    root = work / f"{name}_{version}_{arch}"
    stage(frozen, root, name, app_id)
    write_control(root, name, version, arch, min_glibc(frozen))
    deb = out_dir / f"{name}_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb


def build_tarball(frozen: Path, out_dir: Path) -> Path:
    name, version, _ = project()
    machine = os.uname().machine
    tarball = out_dir / f"{name}-{version}-linux-{machine}.tar.gz"

    def owner_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(frozen, arcname=frozen.name, filter=owner_root)
    return tarball


def apt_depends() -> list[str]:
    """The packages of DEPENDS this system's apt knows, one per relation (the first
    alternative apt has): what .ci/run installs so the tests see the .deb's world."""
    relations = [
        [re.sub(r"\s*\(.*\)", "", part).strip() for part in relation.split("|")]
        for relation in DEPENDS
    ]
    policy = subprocess.run(
        ["apt-cache", "policy", *(name for names in relations for name in names)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    known = set(re.findall(r"^(\S+):\n\s+Installed: .*\n\s+Candidate: (?!\(none\))", policy, re.M))
    return [next((name for name in names if name in known), names[-1]) for names in relations]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="PyInstaller's dist folder"
    )
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb", help="staging folder")
    parser.add_argument(
        "--apt-depends",
        action="store_true",
        help="only print the .deb's dependencies as apt-get install arguments, then exit",
    )
    args = parser.parse_args(argv)
    if args.apt_depends:
        print(" ".join(apt_depends()))
        return 0
    name, _, _ = project()
    frozen = args.dist / name
    if not (frozen / name).is_file():
        print(f"build_packages: {frozen / name} is missing: run PyInstaller first", file=sys.stderr)
        return 1
    for tool in ("dpkg-deb", "objdump"):
        if shutil.which(tool) is None:
            print(
                f"build_packages: {tool} is missing (apt-get install dpkg-dev binutils)",
                file=sys.stderr,
            )
            return 1
    args.work.mkdir(parents=True, exist_ok=True)
    for product in (build_deb(frozen, args.dist, args.work), build_tarball(frozen, args.dist)):
        print(f"build_packages: {product} ({product.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
