"""The words drawn inside the drawings: the largest font that fits each word's box."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from neph_gui.texts.drawing_texts import Label, LabelStyle


@dataclass(frozen=True)
class Fitted:
    """A word fitted to its box: the font, the text (maybe elided) and the flags."""

    font: QFont
    text: str
    flags: int


_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
MIN_PIXEL_SIZE = 6
MAX_TYPED_CHARS = 40  # a website box never shows more; the rest is elided anyway


def _measuring_font(family: str, bold: bool, merging: bool = True) -> QFont:
    """The font texts are measured with (100 px). Without ``merging``, characters the
    font lacks are drawn as its empty box, and no other font is looked for (see
    fit_text)."""
    font = QFont(family)
    font.setBold(bold)
    font.setPixelSize(100)
    if not merging:
        font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    return font


def fit_text(
    text: str,
    style: LabelStyle,
    width: float,
    height: float,
    ui: str,
    mono: str,
    floor_px: int = MIN_PIXEL_SIZE,
) -> Fitted:
    """The largest font that fits ``text`` in a ``width`` × ``height`` box, never smaller
    than ``floor_px`` (the body text's pixel size).

    Words shrink to fit one line; captions may wrap onto two lines; typed text stops
    shrinking at half the box height and is elided instead, so it stays legible. A word
    that does not fit at ``floor_px`` even so is left out (its text is ""): the drawing's
    caption says in words what the drawing shows.

    Typed text is drawn with the monospace font alone, as the website's box would show
    it: a character it lacks (other scripts, emoji) shows as an empty box. Looking for
    another font per script at each new size of the box took 50 ms per label here, where
    no installed font has some scripts (Qt tries each installed font in turn); the box
    being typed in shows the characters themselves.
    """
    monospace = style in (LabelStyle.NUMBER, LabelStyle.TYPED)
    measuring = _measuring_font(
        mono if monospace else ui,
        style in (LabelStyle.HEADING, LabelStyle.MARK, LabelStyle.NUMBER),
        merging=style is not LabelStyle.TYPED,
    )
    font = QFont(measuring)
    flags = _ALIGN_CENTRE if style is LabelStyle.MARK else _ALIGN_LEFT
    if style is LabelStyle.TYPED and len(text) > MAX_TYPED_CHARS:
        text = text[:MAX_TYPED_CHARS] + "…"
    advance = QFontMetricsF(measuring).horizontalAdvance(text) / 100 or 1.0
    # A line of Atkinson Hyperlegible is about 1.2 × its pixel size: 0.8 fills the box.
    top = height * 0.8
    size = min(top, width * 0.98 / advance)

    if style is LabelStyle.CAPTION and size < height * 0.4 and " " in text.strip():
        flags = _ALIGN_LEFT | int(Qt.TextFlag.TextWordWrap)
        candidate = height * 0.4
        while candidate > MIN_PIXEL_SIZE:
            font.setPixelSize(max(MIN_PIXEL_SIZE, int(candidate)))
            needed = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, height * 10), flags, text)
            if needed.width() <= width and needed.height() <= height:
                break
            candidate *= 0.92
        size = candidate

    if style is LabelStyle.TYPED and size < height * 0.5:
        size = height * 0.5
        font.setPixelSize(max(MIN_PIXEL_SIZE, int(size)))
        text = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)

    if size < floor_px:
        return _at_floor(text, style, width, height, font, flags, floor_px)
    font.setPixelSize(max(MIN_PIXEL_SIZE, int(size)))
    return Fitted(font, text, flags)


def _at_floor(
    text: str, style: LabelStyle, width: float, height: float, font: QFont, flags: int, px: int
) -> Fitted:
    """``text`` at the body size ``px`` if its letters fit the box there, else left out.

    The 0.8 × height rule above keeps room for a whole line; here only the ink counts
    (capitals and digits are about 0.7 × the pixel size), as long as it stays inside
    the box."""
    font = QFont(font)
    font.setPixelSize(px)
    metrics = QFontMetricsF(font)
    if style is LabelStyle.TYPED:
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        fits = text not in ("", "…") and metrics.capHeight() <= height
    else:
        if style is LabelStyle.CAPTION and " " in text.strip():
            flags = _ALIGN_LEFT | int(Qt.TextFlag.TextWordWrap)
        needed = metrics.boundingRect(QRectF(0, 0, width, height * 10), flags, text)
        ink = metrics.tightBoundingRect(text).height()
        lines = max(1, round(needed.height() / metrics.lineSpacing()))
        tall = ink if lines == 1 else needed.height()
        fits = needed.width() <= width * 1.02 and tall <= height
    return Fitted(font, text if fits and text else "", flags)


Placed = tuple[str, QRectF, Fitted, LabelStyle]  # label id, its box, the fitted word


def fit_labels(
    labels: Mapping[str, Label], rects: Mapping[str, QRectF], ui: str, mono: str, floor_px: int
) -> list[Placed]:
    """Fit every label of a drawing in its box (``rects``, widget pixels); the captions
    of one drawing share one size, so they read as a set."""
    placed: list[Placed] = []
    for label_id, label in labels.items():
        rect = rects.get(label_id)
        text = label.shown()
        if rect is None or not text or rect.width() < 2 or rect.height() < 2:
            continue
        fitted = fit_text(text, label.style, rect.width(), rect.height(), ui, mono, floor_px)
        placed.append((label_id, rect, fitted, label.style))
    captions = [f.font.pixelSize() for _i, _r, f, s in placed if s is LabelStyle.CAPTION and f.text]
    caption_size = min(captions, default=0)
    for index, (label_id, rect, fitted, style) in enumerate(placed):
        if style is LabelStyle.CAPTION and fitted.text and fitted.font.pixelSize() > caption_size:
            font = QFont(fitted.font)
            font.setPixelSize(caption_size)
            placed[index] = (label_id, rect, Fitted(font, fitted.text, fitted.flags), style)
    return placed
