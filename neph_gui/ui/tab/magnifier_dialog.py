"""The drawing of the licence, large, in a dialog (closed with Escape or "Fermer")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from neph_gui.ui.tab.drawing_view import DrawingView


class MagnifierDialog(QDialog):
    """Copies of the given drawings (same words and highlights), as large as the window.

    ``sources`` are (view, stretch) pairs laid side by side; a view with stretch 1 next to
    a larger one sits at the top (the card's small front beside its back).
    """

    def __init__(
        self, sources: Sequence[tuple[DrawingView, int]], note: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("magnifier_dialog")
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
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addLayout(row, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
