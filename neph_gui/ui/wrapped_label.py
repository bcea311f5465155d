"""A word-wrapped label that shapes its text once per width, not once per question.

Qt lays out a word-wrapped ``QLabel`` by asking its height for a width, and ``QLabel``
shapes its whole text again for every such question. One relayout asks the same label
the same question many times (Qt caches some of these answers, but not the "minimum
height for width" that every box layout asks for): after a text-size change, shaping
the tab's texts was a quarter of the time. ``WrappedLabel`` remembers its answers until
something that changes them changes: how it is shown (the setters below), its style or
its language (``changeEvent``), or a new polish (style sheet margins: ``forget_heights``
is called by the application style). A new text or a new font keeps the answers of the
texts and fonts used before (equal fonts measure alike): a status line says the same few
sentences at every number typed, and A+ then A− measures each text at each size once,
not at each step. The size hints are remembered the same way (QLabel keeps them only
until the text or the font changes).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

# The QLabel / QFrame / QWidget setters that change the height of the text at a width.
_SETTERS = (
    "setNum",
    "clear",
    "setPixmap",
    "setPicture",
    "setMovie",
    "setTextFormat",
    "setWordWrap",
    "setMargin",
    "setIndent",
    "setAlignment",
    "setContentsMargins",
    "setFrameShape",
    "setFrameShadow",
    "setFrameStyle",
    "setLineWidth",
    "setMidLineWidth",
)


KNOWN_MEASURES = 16  # (text, font) pairs a label remembers


class _Measures:
    """What a label answered with one text and font: heights by width, size hints."""

    __slots__ = ("heights", "hint", "minimum")

    def __init__(self) -> None:
        self.heights: dict[int, int] = {}
        self.hint: QSize | None = None
        self.minimum: QSize | None = None


class WrappedLabel(QLabel):
    """A ``QLabel`` whose measures are remembered per width, text and font (see the
    module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._now = _Measures()  # with the current text and font
        # By text and font, since the last other change: a status line says the same few
        # sentences again and again, and A+ then A- comes back to a font.
        self._known: dict[tuple[str, QFont], _Measures] = {}
        super().__init__(*args, **kwargs)

    def forget_heights(self) -> None:
        """Measure again on the next question (something changed the text's height)."""
        self._now = _Measures()
        self._known.clear()

    def _measures_for(self, text: str, font: QFont) -> _Measures:
        key = (text, font)
        found = self._known.get(key)
        if found is None:
            while len(self._known) >= KNOWN_MEASURES:
                del self._known[next(iter(self._known))]
            found = self._known[key] = _Measures()
        return found

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        old = self.text()
        if text != old:
            font = self.font()
            # What was measured so far is for the text being replaced (also when it was
            # set another way: the constructor, setNum…).
            self._known.setdefault((old, font), self._now)
            self._now = self._measures_for(text, font)
            super().setText(text)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        heights = self._now.heights
        height = heights.get(width)
        if height is None:
            height = super().heightForWidth(width)
            if len(heights) > 16:  # a window being resized asks at every width
                heights.clear()
            heights[width] = height
        return height

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # For a wrapped text QLabel lays it out at several widths to find these two.
        now = self._now
        if now.hint is None:
            now.hint = super().sizeHint()
        return QSize(now.hint)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        now = self._now
        if now.minimum is None:
            now.minimum = super().minimumSizeHint()
        return QSize(now.minimum)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            # The answers for this font if it was used before (until any other change).
            self._now = self._measures_for(self.text(), self.font())
        elif event.type() != QEvent.Type.PaletteChange:  # colours change no size
            # Style, language… (any other change of the widget's state): measure again.
            self.forget_heights()
        super().changeEvent(event)


def _forgetting(name: str) -> Any:
    setter = getattr(QLabel, name)

    def forget_then_set(self: WrappedLabel, *args: Any, **kwargs: Any) -> Any:
        self.forget_heights()
        return setter(self, *args, **kwargs)

    forget_then_set.__name__ = name
    # (Not QLabel's __doc__: PySide builds it from every signature of the method on
    # first read, ~30 ms at start-up for these setters.)
    forget_then_set.__doc__ = f"QLabel.{name}, after forgetting the remembered heights."
    return forget_then_set


for _name in _SETTERS:
    setattr(WrappedLabel, _name, _forgetting(_name))
