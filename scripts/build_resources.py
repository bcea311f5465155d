"""Compile resources/ into the Qt resource module neph_gui/_resources_rc.py.

Run by `make` whenever a file under resources/ changes, and by the package build
(setup.py) for the sdist, the wheel, `pip install .` and pipx; never at run time:
1. compiles every translation source resources/translations/*.ts into a .qm file;
2. writes resources/resources.qrc listing every shipped file (drawings, fonts, icons, .qm);
3. runs pyside6-rcc on it.
A checkout, a wheel and a frozen build then load everything the same way, from ":/".
The generated files are ignored by git; tests/test_resources.py checks they match.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
OUTPUT = ROOT / "neph_gui" / "_resources_rc.py"
# Sources and notes stay in the repository; they are not shipped inside the app.
NOT_SHIPPED = {".ts", ".qrc", ".md", ".py"}


def tool(name: str) -> list[str]:
    """The command of a PySide6 tool (``pyside6-rcc``…) of this interpreter's PySide6.

    Its script beside the interpreter (a venv), else on PATH; else PySide6's own entry
    point (a build backend's isolated environment need not put its scripts anywhere).
    """
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found:
        return [found]
    try:
        import PySide6.scripts.pyside_tool  # noqa: F401
    except ImportError:
        raise SystemExit(f"build_resources: {name} not found; install PySide6 first") from None
    entry = name.removeprefix("pyside6-")
    return [
        sys.executable,
        "-c",
        f"import sys; from PySide6.scripts.pyside_tool import {entry}; sys.argv[0] = "
        f"{name!r}; sys.exit({entry}())",
    ]


def shipped_files() -> list[Path]:
    """Every file under resources/ that goes into the app, sorted for a stable output."""
    return sorted(
        path
        for path in RESOURCES.rglob("*")
        if path.is_file() and path.suffix not in NOT_SHIPPED and path.name != "OFL.txt.license"
    )


def main(output: Path = OUTPUT) -> None:
    """Compile the translations and write the resource module to ``output``."""
    for qm in (RESOURCES / "translations").glob("*.qm"):
        if not qm.with_suffix(".ts").exists():
            qm.unlink()  # its source was removed
    for ts in sorted((RESOURCES / "translations").glob("*.ts")):
        subprocess.run(
            [*tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )
    lines = ['<!DOCTYPE RCC><RCC version="1.0">', "<qresource>"]
    for path in shipped_files():
        rel = path.relative_to(RESOURCES).as_posix()
        lines.append(f"  <file>{escape(rel)}</file>")
    lines += ["</qresource>", "</RCC>", ""]
    qrc = RESOURCES / "resources.qrc"
    qrc.write_text("\n".join(lines), encoding="utf-8")
    output.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([*tool("pyside6-rcc"), str(qrc), "-o", str(output)], check=True)
    print(f"build_resources: {len(lines) - 5} files -> {output}")


if __name__ == "__main__":
    main()
