"""The drawings themselves: safe files, ids that match the era data, words that fit, pixels."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage
from PySide6.QtWidgets import QApplication

from neph_gui.fonts import load_fonts
from neph_gui.licence import ERAS, EraSpec, validate_era
from neph_gui.texts import drawing_texts as texts
from neph_gui.theme import DEFAULT, HIGH_CONTRAST, Palette, contrast_ratio
from neph_gui.ui.tab.drawing_file import load_drawing, svg_ids
from neph_gui.ui.tab.drawing_view import DrawingView
from neph_gui.ui.tab.text_fit import _measuring_font, fit_text

ROOT = Path(__file__).resolve().parent.parent
DRAWINGS = sorted((ROOT / "resources" / "drawings").glob("*.svg"))
NAMES = [p.name for p in DRAWINGS]
VIEW_BOXES = {"licence": (640, 400), "card": (640, 400), "website": (640, 260)}
SVG_NS = "{http://www.w3.org/2000/svg}"


def used_regions() -> dict[str, set[str]]:
    """Every region id the era data points at, by drawing."""
    used: dict[str, set[str]] = {name: set() for name in NAMES}
    for spec in ERAS:
        for box in spec.boxes:
            used[spec.licence_drawing].add(box.licence_region)
            used[spec.website_drawing].add(box.website_region)
            if box.card_region:
                assert spec.card_back_drawing
                used[spec.card_back_drawing].add(box.card_region)
        if spec.card_front_other_number_region:
            assert spec.card_front_drawing
            used[spec.card_front_drawing].add(spec.card_front_other_number_region)
    return used


def full_result(spec: EraSpec):  # type: ignore[no-untyped-def]
    return validate_era(spec, {box.key: box.example for box in spec.boxes})


def labels_for(name: str) -> dict[str, texts.Label]:
    """All the text the app writes on a drawing (website boxes filled with the examples)."""
    for spec in ERAS:
        if name == spec.licence_drawing:
            return texts.licence_labels(spec)
        if name == spec.website_drawing:
            return texts.website_labels(spec, full_result(spec))
        if name == spec.card_back_drawing:
            return texts.card_back_labels(spec)
        if name == spec.card_front_drawing:
            return texts.card_front_labels(spec)
    raise AssertionError(f"{name} is used by no era")


# --- the files ---------------------------------------------------------------------------
def test_every_drawing_is_known_and_used() -> None:
    assert set(NAMES) == set(texts.STATIC_LABELS) == set(texts.DESCRIPTIONS)
    referenced = set()
    for spec in ERAS:
        referenced |= {spec.licence_drawing, spec.website_drawing}
        referenced |= {n for n in (spec.card_back_drawing, spec.card_front_drawing) if n}
    assert referenced == set(NAMES)


@pytest.mark.parametrize("path", DRAWINGS, ids=lambda p: p.name)
def test_svg_is_small_self_contained_and_follows_the_rules(path: Path) -> None:
    data = path.read_bytes()
    assert len(data) < 200 * 1024
    root = ET.fromstring(data)  # parses
    assert root.tag == SVG_NS + "svg"
    kind = path.name.split("_")[0]
    width, height = VIEW_BOXES[kind]
    assert root.attrib["viewBox"] == f"0 0 {width} {height}"
    # The namespace declaration is a name, not a link; anything else with a scheme is.
    text = data.decode("utf-8").replace('xmlns="http://www.w3.org/2000/svg"', "")
    # No external references of any kind, no text, nothing Qt's boundsOnElement gets wrong.
    for forbidden in ("href", "http:", "https:", "url(", "@import", "<image", "<text", "<style"):
        assert forbidden not in text, forbidden
    for element in root.iter():
        assert "transform" not in element.attrib
        assert "class" not in element.attrib
    ids = svg_ids(data)
    assert len(ids) == len(set(ids)), "ids must be unique"
    for element in root.iter():
        if "id" in element.attrib:
            assert re.fullmatch(r"(region|label)-[a-z0-9-]+", element.attrib["id"])
            assert element.tag == SVG_NS + "rect"
            assert element.attrib.get("fill") == "none"
            assert element.attrib.get("stroke") == "none"


@pytest.mark.parametrize("name", NAMES)
def test_qt_reads_the_drawing_with_its_view_box(app: QApplication, name: str) -> None:
    drawing = load_drawing(name)
    assert drawing.renderer.isValid()
    width, height = VIEW_BOXES[name.split("_")[0]]
    assert (drawing.view_box.width(), drawing.view_box.height()) == (width, height)
    for element, box in drawing.bounds.items():
        assert drawing.view_box.contains(box), element
        assert box.width() > 0 and box.height() > 0, element


@pytest.mark.parametrize("name", NAMES)
def test_svg_ids_finds_what_an_xml_parser_finds(name: str) -> None:
    data = (ROOT / "resources/drawings" / name).read_bytes()
    parsed = tuple(el.attrib["id"] for el in ET.fromstring(data).iter() if "id" in el.attrib)
    assert svg_ids(data) == parsed


def test_svg_ids_skips_comments_and_reads_both_quotes() -> None:
    data = b"""<svg><!-- <rect id="old"/> --><rect id="a"/><g\n id='b'><rect x="1"/></g></svg>"""
    assert svg_ids(data) == ("a", "b")


def test_the_renderer_is_parsed_once(app: QApplication) -> None:
    first = DrawingView("licence_after_1975.svg")
    second = DrawingView("licence_after_1975.svg")
    assert first.drawing is second.drawing
    assert first.drawing.renderer is load_drawing("licence_after_1975.svg").renderer


# --- ids and the era data ----------------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
def test_region_ids_match_the_era_data_both_ways(name: str) -> None:
    in_svg = {i for i in svg_ids((ROOT / "resources/drawings" / name).read_bytes())}
    regions = {i for i in in_svg if i.startswith("region-")}
    used = used_regions()[name]
    assert used <= regions, f"the era data points at missing regions: {used - regions}"
    assert regions <= used, f"dead regions nobody highlights: {regions - used}"


@pytest.mark.parametrize("name", NAMES)
def test_every_label_box_gets_text_and_no_text_is_lost(app: QApplication, name: str) -> None:
    labels = load_drawing(name).labels()
    written = labels_for(name)
    assert set(written) == set(labels), (
        f"boxes without text: {set(labels) - set(written)}; "
        f"text without a box: {set(written) - set(labels)}"
    )
    for label in written.values():
        assert label.shown().strip()


def test_fake_numbers_come_from_the_era_data() -> None:
    after, before, older = ERAS
    assert texts.licence_labels(after)["label-number"].text == "051227308989"
    assert texts.card_back_labels(after)["label-number-line1"].text == "051227"
    assert texts.card_back_labels(after)["label-number-line2"].text == "308989"
    assert texts.licence_labels(before)["label-top-line"].text == "K45293"
    assert texts.licence_labels(before)["label-bottom-first"].text == "64"
    assert texts.licence_labels(before)["label-bottom-second"].text == "87"
    assert texts.licence_labels(older)["label-number"].text == "822 114"
    assert texts.licence_labels(older)["label-year"].text == "68"
    assert texts.licence_labels(older)["label-department"].text == "19"


def test_website_boxes_stay_empty_until_something_is_typed(app: QApplication) -> None:
    for spec in ERAS:
        empty = texts.website_labels(spec, validate_era(spec, {}))
        assert not any(key.startswith("label-box-") and "caption" not in key for key in empty)


# --- words fit their boxes ---------------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("width", [640, 300, 150])
def test_every_word_fits_inside_its_box(app: QApplication, name: str, width: int) -> None:
    fonts = load_fonts()
    drawing = load_drawing(name)
    k = width / drawing.view_box.width()
    for label_id, label in labels_for(name).items():
        box = drawing.bounds[label_id]
        w, h = box.width() * k, box.height() * k
        fitted = fit_text(label.shown(), label.style, w, h, fonts.ui, fonts.mono)
        needed = QFontMetricsF(fitted.font).boundingRect(
            QRectF(0, 0, w, h * 10), fitted.flags, fitted.text
        )
        if fitted.font.pixelSize() > 6:  # at the smallest size, legibility wins over fitting
            assert needed.width() <= w + 1, (label_id, fitted.text)
            assert needed.height() <= h * 1.25 + 1, (label_id, fitted.text)


def test_typed_text_is_drawn_with_the_monospace_font_alone(app: QApplication) -> None:
    """Typed text may hold any script. Looked up in other fonts at each new size of its
    box, a label took ~50 ms where no installed font has the script (`make fuzz`); drawn
    with the monospace font alone, a character it lacks shows as the font's empty box.
    The drawings' own words keep Qt's fallback fonts (a translation may need them)."""
    fonts = load_fonts()
    merging = QFont.StyleStrategy.NoFontMerging
    for style in texts.LabelStyle:
        fitted = fit_text("K45293 漢字 ١٢٣", style, 240, 30, fonts.ui, fonts.mono)
        alone = bool(fitted.font.styleStrategy() & merging)
        assert alone == (style is texts.LabelStyle.TYPED), style
    typed = fit_text("É" * 60, texts.LabelStyle.TYPED, 68, 32, fonts.ui, fonts.mono)
    assert typed.text.endswith("…") and QFontMetricsF(typed.font).inFontUcs4(ord("…"))


def test_too_long_typed_text_is_elided_inside_the_box(app: QApplication) -> None:
    fonts = load_fonts()
    fitted = fit_text("A" * 200, texts.LabelStyle.TYPED, 68, 32, fonts.ui, fonts.mono)
    assert fitted.text.endswith("…")
    assert QFontMetricsF(fitted.font).horizontalAdvance(fitted.text) <= 68
    assert fitted.font.pixelSize() >= 16  # stays legible: elided rather than shrunk


# --- pixels ------------------------------------------------------------------------------
def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


@pytest.mark.parametrize("name", NAMES)
def test_renders_not_blank_with_the_right_proportions(app: QApplication, name: str) -> None:
    view = DrawingView(name)
    view.set_labels(labels_for(name))
    drawing = view.drawing
    for size in (QSize(400, 400), QSize(900, 300), QSize(200, 600)):
        view.resize(size)
        target = view.drawing_rect()
        assert target.height() / target.width() == pytest.approx(drawing.aspect, rel=0.01)
        assert QRectF(view.rect()).contains(target)
        image = view.render_image(size)
        assert distinct_colours(image) > 10
        # The plate is painted behind the drawing: the middle of the drawing is opaque.
        centre = target.center().toPoint()
        assert QColor(image.pixel(centre)).alpha() == 255


def changed_box(a: QImage, b: QImage) -> QRectF | None:
    """The bounding box of the pixels that differ between two images of the same size."""
    left = top = 10**9
    right = bottom = -1
    for y in range(a.height()):
        for x in range(a.width()):
            if a.pixel(x, y) != b.pixel(x, y):
                left, right = min(left, x), max(right, x)
                top, bottom = min(top, y), max(bottom, y)
    if right < 0:
        return None
    return QRectF(left, top, right - left + 1, bottom - top + 1)


@pytest.mark.parametrize("name", NAMES)
def test_highlight_changes_only_its_region(app: QApplication, name: str) -> None:
    view = DrawingView(name)
    view.set_labels(labels_for(name))
    size = QSize(320, 320)
    view.resize(size)
    plain = view.render_image(size)
    for region in load_drawing(name).regions():
        view.set_highlighted([region])
        lit = view.render_image(size)
        changed = changed_box(plain, lit)
        assert changed is not None, region
        allowed = view.region_rect(region).adjusted(-6, -6, 6, 6)
        assert allowed.contains(changed), (region, changed, allowed)
        assert changed.width() > view.region_rect(region).width() * 0.9
        view.set_highlighted([])


@pytest.mark.parametrize("palette", [DEFAULT, HIGH_CONTRAST], ids=lambda p: p.name)
def test_highlight_and_words_read_on_every_drawing_background(palette: Palette) -> None:
    # The drawings' light backgrounds (pink, cream, white, light grey, light blue).
    backgrounds = ["#F6D3DC", "#F2DDD3", "#FFFFFF", "#F2F2F2", "#DCE3EE", "#E6E6E6"]
    for background in backgrounds:
        assert contrast_ratio(palette.highlight, background) >= 3.0, background
        assert contrast_ratio(palette.ink, background) >= 7.0, background
    assert contrast_ratio(palette.ink, palette.plate) >= 7.0


def test_fitting_measures_with_the_same_font_each_time(app: QApplication) -> None:
    """Fitting never changes the measuring font: a text fits the same before and after
    other texts were fitted."""
    fonts = load_fonts()
    styles = list(texts.LabelStyle)
    first = [fit_text("Permis 漢字 ١٢٣ K45293", s, 120, 30, fonts.ui, fonts.mono) for s in styles]
    for style in styles:
        fit_text("A" * 200, style, 68, 32, fonts.ui, fonts.mono)
    again = [fit_text("Permis 漢字 ١٢٣ K45293", s, 120, 30, fonts.ui, fonts.mono) for s in styles]
    assert [(f.font, f.text, f.flags) for f in again] == [(f.font, f.text, f.flags) for f in first]
    for family in (fonts.ui, fonts.mono):
        for bold in (False, True):
            measuring = _measuring_font(family, bold)
            assert measuring == _measuring_font(family, bold)
            assert measuring.pixelSize() == 100
            assert measuring.family() == family and measuring.bold() == bold
