"""A word-wrapped label that shapes its text once per width, not once per question.

Qt lays out a word-wrapped ``QLabel`` by asking its height for a width, and ``QLabel``
shapes its whole text again for every such question. One relayout asks the same label
the same question many times (Qt caches some of these answers, but not the "minimum
height for width" that every box layout asks for): after a text-size change, shaping
the tab's texts was a quarter of the time. ``WrappedLabel`` remembers its answers until
something that changes them changes: its text or how it is shown (the setters below),
its font, its style or its language (``changeEvent``), or a new polish (style sheet
margins: ``forget_heights`` is called by the application style).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel

# The QLabel / QFrame / QWidget setters that change the height of the text at a width.
_SETTERS = (
    "setText",
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


class WrappedLabel(QLabel):
    """A ``QLabel`` whose ``heightForWidth`` is remembered per width (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._heights: dict[int, int] = {}
        super().__init__(*args, **kwargs)

    def forget_heights(self) -> None:
        """Measure again on the next question (something changed the text's height)."""
        self._heights.clear()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        height = self._heights.get(width)
        if height is None:
            height = super().heightForWidth(width)
            if len(self._heights) > 16:  # a window being resized asks at every width
                self._heights.clear()
            self._heights[width] = height
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # Font, style, language… (any change of the widget's state): measure again.
        self._heights.clear()
        super().changeEvent(event)


def _forgetting(name: str) -> Any:
    setter = getattr(QLabel, name)

    def forget_then_set(self: WrappedLabel, *args: Any, **kwargs: Any) -> Any:
        self._heights.clear()
        return setter(self, *args, **kwargs)

    forget_then_set.__name__ = name
    # (Not QLabel's __doc__: PySide builds it from every signature of the method on
    # first read, ~30 ms at start-up for these setters.)
    forget_then_set.__doc__ = f"QLabel.{name}, after forgetting the remembered heights."
    return forget_then_set


for _name in _SETTERS:
    setattr(WrappedLabel, _name, _forgetting(_name))
