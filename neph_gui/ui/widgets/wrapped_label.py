"""A word-wrapped label: a plain ``QLabel`` with word wrap on."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel


class WrappedLabel(QLabel):
    """A ``QLabel`` that wraps its text at word boundaries."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setWordWrap(True)
