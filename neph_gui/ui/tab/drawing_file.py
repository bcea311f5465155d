"""A drawing file (SVG) read and parsed once for the whole app: its renderer and the boxes
of its ids (regions to highlight, boxes where Qt writes words)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtSvg import QSvgRenderer

from neph_gui.resources import read_bytes


@dataclass(frozen=True)
class Drawing:
    """A parsed drawing: its renderer and the boxes of its ids (in viewBox units)."""

    name: str
    renderer: QSvgRenderer
    view_box: QRectF
    bounds: Mapping[str, QRectF]

    @property
    def aspect(self) -> float:
        """Height divided by width."""
        return self.view_box.height() / self.view_box.width()

    def regions(self) -> tuple[str, ...]:
        """The ids of the highlightable areas (``region-*``)."""
        return tuple(i for i in self.bounds if i.startswith("region-"))

    def labels(self) -> tuple[str, ...]:
        """The ids of the boxes where Qt writes text (``label-*``)."""
        return tuple(i for i in self.bounds if i.startswith("label-"))


_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_ID = re.compile(rb"""<[^>]*?\sid\s*=\s*(["'])(.*?)\1""", re.DOTALL)


def svg_ids(data: bytes) -> tuple[str, ...]:
    """Every ``id`` in an SVG document, in document order.

    A pattern, not an XML parser: our drawings are plain (README; tests/test_drawings.py
    checks it finds what an XML parser finds), and the window appears sooner without
    loading one (about 1 MiB and a few ms at start-up).
    """
    return tuple(m.group(2).decode() for m in _ID.finditer(_COMMENT.sub(b"", data)))


@cache
def load_drawing(name: str) -> Drawing:
    """The drawing ``resources/drawings/<name>``, parsed once for the whole app."""
    data = read_bytes(f"drawings/{name}")
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():  # pragma: no cover - every shipped SVG is tested
        raise ValueError(f"not a valid SVG drawing: {name}")
    # Ids sit on plain rects without transforms (README), so these are their real boxes.
    bounds = {element: renderer.boundsOnElement(element) for element in svg_ids(data)}
    return Drawing(name, renderer, renderer.viewBoxF(), bounds)
