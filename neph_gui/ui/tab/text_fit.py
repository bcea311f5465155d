"""The words drawn inside the drawings: the largest font that fits each word's box."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from neph_gui.texts.drawing_texts import LabelStyle


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
    text: str, style: LabelStyle, width: float, height: float, ui: str, mono: str
) -> Fitted:
    """The largest font that fits ``text`` in a ``width`` × ``height`` box.

    Words shrink to fit one line; captions may wrap onto two lines; typed text stops
    shrinking at half the box height and is elided instead, so it stays legible.

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

    font.setPixelSize(max(MIN_PIXEL_SIZE, int(size)))
    return Fitted(font, text, flags)
