"""The compiled Qt resources match resources/ on disk (never stale), and names are safe."""

from __future__ import annotations

from pathlib import Path

import pytest

from neph_gui.resources import ResourceError, list_dir, read_bytes, resource_path

ROOT = Path(__file__).resolve().parent.parent
NOT_SHIPPED = {".ts", ".qrc", ".md", ".py"}


def shipped_on_disk() -> list[Path]:
    return sorted(
        p for p in (ROOT / "resources").rglob("*") if p.is_file() and p.suffix not in NOT_SHIPPED
    )


@pytest.mark.parametrize("path", shipped_on_disk(), ids=lambda p: p.name)
def test_compiled_resource_matches_the_file(path: Path) -> None:
    name = path.relative_to(ROOT / "resources").as_posix()
    assert read_bytes(name) == path.read_bytes(), f"{name} is stale: run make"


def test_nothing_extra_is_compiled() -> None:
    on_disk = {p.relative_to(ROOT / "resources").as_posix() for p in shipped_on_disk()}
    for folder in ("drawings", "fonts", "icons/status", "translations"):
        for name in list_dir(folder):
            assert f"{folder}/{name}" in on_disk


@pytest.mark.parametrize("bad", ["", "/etc/passwd", "../secret", "a/../../b", ":/x", "a//b"])
def test_unsafe_names_are_refused(bad: str) -> None:
    with pytest.raises(ResourceError):
        resource_path(bad)


def test_missing_resource_is_an_error() -> None:
    with pytest.raises(ResourceError):
        read_bytes("drawings/nope.svg")
