"""What the app keeps while a person types all day stays bounded (see also `make fuzz`)."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from neph_gui.licence import ERAS, EraSpec
from neph_gui.texts import drawing_texts as texts
from neph_gui.ui.tab.drawing_view import DrawingView

MIB = 2**20


def _resident_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/statm")
@pytest.mark.parametrize("spec", ERAS, ids=lambda spec: spec.website_drawing)
def test_typing_thousands_of_numbers_holds_no_more_memory(app: QApplication, spec: EraSpec) -> None:
    """Each text drawn in a box needs fonts and glyphs; a day of typing must not keep
    them all. After a first round, 2 000 more numbers (each drawn, at two sizes) add
    less than 8 MiB."""
    view = DrawingView(spec.website_drawing)
    labels = texts.website_labels(spec, None)  # the words, boxes empty
    boxes = [i for i in view.drawing.bounds if i.startswith("label-") and i not in labels]
    assert boxes, "a website drawing has boxes to type in"

    def type_numbers(first: int, count: int) -> None:
        for n in range(first, first + count):
            labels[boxes[0]] = texts.Label(f"{n:07d}", texts.LabelStyle.TYPED, translate=False)
            view.set_labels(labels)
            view.render_image(QSize(420, 300) if n % 2 else QSize(520, 380))

    type_numbers(0, 500)
    before = _resident_bytes()
    type_numbers(500, 2000)
    assert _resident_bytes() - before < 8 * MIB
