"""A heading: a word-wrapped label, large and bold, that screen readers call a heading.

A plain QLabel is "static text" for a screen reader; this one has the Heading role, so
Orca and NVDA say "heading" and their "next heading" key finds it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from neph_gui.ui.widgets.wrapped_label import WrappedLabel


class _HeadingAccessible(QAccessibleWidget):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Heading)

    def text(self, kind: QAccessible.Text) -> str:
        label = self.widget()
        if kind == QAccessible.Text.Name and isinstance(label, HeadingLabel):
            return label.accessibleName() or label.text()
        return super().text(kind)


def _accessible_factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    return _HeadingAccessible(obj) if isinstance(obj, HeadingLabel) else None


@cache
def _install_accessible_factory() -> None:
    QAccessible.installFactory(_accessible_factory)


class HeadingLabel(WrappedLabel):
    """A word-wrapped label with the theme's "heading" text role and the Heading role for
    screen readers."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        _install_accessible_factory()
        super().__init__(*args, **kwargs)
        self.setProperty("role", "heading")
