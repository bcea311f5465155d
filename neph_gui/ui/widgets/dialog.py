"""The one skeleton every dialog of the window shares."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neph_gui.i18n import Retranslating


class Dialog(Retranslating, QDialog):
    """A named dialog with the app's margins: an optional heading at the top, then what
    the subclass adds to ``content`` (``add_text`` for wrapped words), then a row of
    buttons. Its words are set in ``retranslate()``, which the subclass calls at the end
    of ``__init__`` (and which runs again on a language change)."""

    def __init__(
        self, name: str, parent: QWidget | None = None, *, heading: bool = True, margin: int = 24
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.content = QVBoxLayout(self)
        self.content.setContentsMargins(margin, margin * 5 // 6, margin, margin * 5 // 6)
        self.content.setSpacing(14)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        if heading:
            self.content.addWidget(self.heading)
        else:
            self.heading.hide()

    def add_text(self, role: str | None = None) -> QLabel:
        """A wrapped label, next in the dialog (``role``: a text role of the theme)."""
        label = QLabel(self)
        label.setWordWrap(True)
        if role is not None:
            label.setProperty("role", role)
        self.content.addWidget(label)
        return label

    def add_buttons(self, *buttons: QPushButton, stretch: bool = False) -> QHBoxLayout:
        """Buttons side by side at the bottom (``stretch``: pushed to the right)."""
        row = QHBoxLayout()
        row.setSpacing(16)
        if stretch:
            row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        self.content.addLayout(row)
        return row

    def add_close_button(self) -> QPushButton:
        """The platform's "Fermer" button at the bottom; Escape does the same."""
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        self.content.addWidget(box)
        button = box.button(QDialogButtonBox.StandardButton.Close)
        assert button is not None
        return button
