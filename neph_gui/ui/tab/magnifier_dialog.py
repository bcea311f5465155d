"""The drawing of the licence, large, in a dialog (closed with Escape or "Fermer")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QWidget,
)

from neph_gui.ui.tab.drawing_view import DrawingView
from neph_gui.ui.widgets.dialog import Dialog


class MagnifierDialog(Dialog):
    """Copies of the given drawings (same words and highlights), as large as the window.

    ``sources`` are (view, stretch) pairs laid side by side; a view with stretch 1 next to
    a larger one sits at the top (the card's small front beside its back).
    """

    def __init__(
        self, sources: Sequence[tuple[DrawingView, int]], note: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("magnifier_dialog", parent, heading=False, margin=16)
        self.views: list[DrawingView] = []
        row = QHBoxLayout()
        row.setSpacing(16)
        largest = max(stretch for _view, stretch in sources)
        for view, stretch in sources:
            copy = view.clone(self)
            self.views.append(copy)
            if stretch < largest:
                copy.set_top_aligned(True)
                row.addWidget(copy, stretch, Qt.AlignmentFlag.AlignTop)
            else:
                row.addWidget(copy, stretch)
        self.content.addLayout(row, 1)
        self.note = self.add_text()
        self.close_button = self.add_close_button()
        if parent is not None:
            window = parent.window()
            self.resize(window.width() * 9 // 10, window.height() * 9 // 10)
        self.refresh([view for view, _stretch in sources], note)

    def refresh(self, sources: Sequence[DrawingView], note: str) -> None:
        """Follow the source views (words, highlights, names) and the note below them."""
        for copy, source in zip(self.views, sources, strict=True):
            copy.set_labels(source.labels())
            copy.set_highlighted(source.highlighted())
            copy.set_theme(source.theme())
            copy.setAccessibleName(source.accessibleName())
            copy.setAccessibleDescription(source.accessibleDescription())
            copy.update()
        self.note.setText(note)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dessin agrandi"))
        self.close_button.setAccessibleName(self.tr("Fermer le dessin agrandi"))
