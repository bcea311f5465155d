"""What the app keeps while a person types all day stays bounded (see `make fuzz`)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from neph_gui.licence import ERAS, EraSpec
from neph_gui.theme import DEFAULT, HIGH_CONTRAST
from neph_gui.ui import drawing_texts as texts
from neph_gui.ui.drawing_view import (
    FIT_CACHE_SIZE,
    RECENT_LAYERS_BYTES,
    RING_CACHE_SIZE,
    DrawingView,
    _recent_layers,
)


@pytest.mark.parametrize("spec", ERAS, ids=lambda spec: spec.website_drawing)
def test_typing_keeps_few_fitted_labels_and_the_ones_on_screen(
    app: QApplication, spec: EraSpec
) -> None:
    """Each fitted label keeps a Qt font engine and its glyphs alive: thousands of
    keystrokes used to hold ~10 MiB in them. Typed texts go; the words on screen stay."""
    view = DrawingView(spec.website_drawing)
    size = QSize(420, 300)
    view.resize(size)
    labels = texts.website_labels(spec, None)  # the words, boxes empty
    boxes = [i for i in view.drawing.bounds if i.startswith("label-") and i not in labels]
    assert boxes, "a website drawing has boxes to type in"
    for n in range(4 * FIT_CACHE_SIZE):
        labels[boxes[0]] = texts.Label(f"{n:05d}", texts.LabelStyle.TYPED, translate=False)
        view.set_labels(labels)
        view.render_image(size)
        assert len(view._fits) <= FIT_CACHE_SIZE
    cached = {key[0] for key in view._fits}
    assert {label.shown() for label in labels.values() if label.shown()} <= cached


def test_drawings_keep_the_pictures_of_recent_sizes_within_a_bound(app: QApplication) -> None:
    """Back to an earlier size (A+ then A−), a drawing reuses its picture instead of
    rendering the SVG again; the pictures of all sizes together stay within the bound."""
    view = DrawingView(ERAS[0].licence_drawing)
    first = QSize(420, 300)
    view.render_image(first)
    assert view._base is not None
    picture = view._base[1].cacheKey()
    view.render_image(QSize(500, 360))
    assert view._base[1].cacheKey() != picture
    view.render_image(first)
    assert view._base[1].cacheKey() == picture, "the earlier size was rendered again"
    for width in range(300, 1000, 20):  # a window being resized: many sizes
        view.render_image(QSize(width, width * 3 // 4))
        assert _recent_layers.size_in_bytes() <= RECENT_LAYERS_BYTES


def test_highlight_rings_are_reused_follow_the_theme_and_stay_few(app: QApplication) -> None:
    """The highlight's ring (band and dashes) is drawn once and copied at each repaint; a
    new theme or size draws it anew, and a view keeps only a few."""
    spec = ERAS[0]
    view = DrawingView(spec.website_drawing)
    region = next(iter(view.drawing.regions()))
    view.set_highlighted([region])
    size = QSize(420, 300)
    first = view.render_image(size)
    assert len(view._rings) == 1
    ring = next(iter(view._rings.values()))[1].cacheKey()
    assert view.render_image(size) == first
    assert next(iter(view._rings.values()))[1].cacheKey() == ring, "drawn again, not copied"
    view.set_theme(HIGH_CONTRAST)
    assert view.render_image(size) != first
    assert len(view._rings) == 2, "the new theme's colours get their own ring"
    view.set_theme(DEFAULT)
    assert view.render_image(size) == first
    for width in range(300, 700, 20):  # many sizes: many places for the ring
        view.render_image(QSize(width, width * 3 // 4))
        assert len(view._rings) <= RING_CACHE_SIZE
