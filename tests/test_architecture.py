"""The shape of the code: imports only go down the layers, and no file grows past what a
newcomer reads in one sitting (docs/contributing.md, "How the code is layered")."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "neph_gui"
GENERATED = {"_resources_rc.py"}
MAX_FILE_LINES = 400
MAX_MAIN_WINDOW_LINES = 300

# Lowest first. A module may import its own layer and those below, never above.
LAYERS = {
    "licence": 0,
    "services": 1,  # neph_gui/*.py and neph_gui/texts/
    "ui.widgets": 2,
    "ui.tab": 3,
    "ui.dialogs": 3,
    "ui.window": 4,
    "entry": 5,
}
ENTRY_POINTS = {"neph_gui.__main__", "neph_gui.app", "neph_gui.smoke", "neph_gui.smoke_checks"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> str:
    if module in ENTRY_POINTS:
        return "entry"
    inner = module.removeprefix("neph_gui").lstrip(".")
    for name in ("licence", "ui.widgets", "ui.tab", "ui.dialogs", "ui.window"):
        if inner == name or inner.startswith(name + "."):
            return name
    return "services"


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.name not in GENERATED)


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every neph_gui import of ``path``, lazy ones included."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("neph_gui"):
                for alias in node.names:
                    candidate = f"{node.module}.{alias.name}"
                    is_module = any(
                        (PACKAGE.parent / candidate.replace(".", "/")).with_suffix(s).exists()
                        for s in (".py", "")
                    )
                    found.append((node.lineno, candidate if is_module else node.module))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, a.name) for a in node.names if a.name.startswith("neph_gui"))
    return found


def test_imports_only_go_down() -> None:
    climbing = []
    for path in sources():
        here = layer_of(module_name(path))
        for line, module in imported_modules(path):
            there = layer_of(module)
            if LAYERS[there] > LAYERS[here] or (LAYERS[there] == LAYERS[here] and there != here):
                climbing.append(f"{path.relative_to(PACKAGE.parent)}:{line} ({here}) → {module}")
    assert climbing == []


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_file_is_too_long(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_FILE_LINES


def test_the_main_window_class_stays_short() -> None:
    tree = ast.parse((PACKAGE / "ui" / "window" / "main_window.py").read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "MainWindow")
    assert cls.end_lineno is not None
    assert cls.end_lineno - cls.lineno + 1 <= MAX_MAIN_WINDOW_LINES


def test_the_first_frame_loads_no_tab_code() -> None:
    """The window opens on the question screen: the three tabs' code (the entries, the
    result panel, the checks) is imported only once that first frame is painted
    (issue 17, start-up by design). Checked in a fresh interpreter: this one has every
    module loaded already."""
    probe = (
        "import sys\n"
        "import neph_gui.app, neph_gui.ui.window.main_window\n"
        "print(sorted(m for m in sys.modules if m.startswith('neph_gui.ui.tab.era_tab')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"


def test_the_tabs_are_built_right_after_the_first_frame(tmp_path: Path) -> None:
    """...so that the first choice on the question screen only shows them."""
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from neph_gui.__main__ import open_window, parse_args\n"
        "window = open_window(parse_args([]))\n"
        "QTimer.singleShot(1500, QApplication.quit)\n"
        "QApplication.exec()\n"
        "print(window.built_tabs is not None, window.pages.currentWidget() is window.question)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.stdout.strip() == "True True", done.stderr
