"""The answer: exactly what to type on the website, in large monospace print."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neph_gui.i18n import Retranslating
from neph_gui.licence import ValidationResult
from neph_gui.texts import messages
from neph_gui.ui.widgets.accessibility import announce
from neph_gui.ui.widgets.flow_layout import FlowLayout
from neph_gui.ui.widgets.wrapped_label import WrappedLabel


class ResultPanel(Retranslating, QFrame):
    """Shows the parts to type in order, each with its own Copy button."""

    copy_requested = Signal(str)
    print_requested = Signal()
    read_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "result-panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = WrappedLabel(self)
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.waiting = WrappedLabel(self)
        self.waiting.setWordWrap(True)
        self.waiting.setProperty("role", "small")
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.waiting)
        layout.addWidget(self._grid_host)
        # The live form's boxes are unknown (DOMAIN.md): for a number in parts, also the
        # whole of it, for a site that shows a single box.
        self.joined = WrappedLabel(self)
        self.joined.setObjectName("result_joined")
        self.joined.setWordWrap(True)
        self.joined.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.joined.hide()
        layout.addWidget(self.joined)
        # Take it home, or hear it: only once the number is complete.
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_button")
        self.print_button.clicked.connect(self.print_requested)
        self.read_button = QPushButton(self)
        self.read_button.setObjectName("read_button")
        self.read_button.clicked.connect(self.read_requested)
        self.read_button.hide()
        actions = QHBoxLayout()
        actions.setSpacing(12)
        actions.addWidget(self.print_button)
        actions.addWidget(self.read_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self._result: ValidationResult | None = None
        self._announced: tuple[str, ...] = ()
        self._rows: list[tuple[QLabel, QLabel, QPushButton]] = []
        self._lines: list[QWidget] = []
        self.retranslate()

    def values(self) -> tuple[str, ...]:
        """The texts shown as to type (empty until complete)."""
        return tuple(
            value.text() for _, value, _ in self._rows if value.isVisible() or value.text()
        )

    def copy_buttons(self) -> list[QPushButton]:
        """The Copy buttons of the parts, in order."""
        return [button for _, _, button in self._rows]

    def show_result(self, result: ValidationResult) -> None:
        """Show the parts when the tab is complete; a calm waiting line otherwise."""
        self._result = result
        parts = result.website_parts
        announce_now = bool(parts) and parts != self._announced
        self._announced = parts
        while len(self._rows) < len(result.boxes):
            self._add_row(len(self._rows))
        for index, (caption, value, button) in enumerate(self._rows):
            shown = index < len(parts)
            text = parts[index] if shown else ""
            value.setText(text)
            for widget in (caption, value, button, self._lines[index]):
                widget.setVisible(shown)
            if shown:
                box = result.boxes[index].box
                caption.setText(self._caption(index, len(parts), messages.box_label(box)))
                value.setAccessibleName(caption.text())
                # Spelled out for screen readers: "0 5 1 2…" is read digit by digit.
                value.setAccessibleDescription(" ".join(text))
                button.setAccessibleName(
                    messages.fill(self.tr("Copier : %1"), messages.box_label(box))
                )
                # The number itself, spelled, on the control Tab reaches after the boxes.
                button.setAccessibleDescription(
                    messages.fill(self.tr("À taper sur le site : %1."), messages.spelled(text))
                )
            else:
                # Hidden rows still answer screen readers: they keep nothing of a visitor.
                value.setAccessibleDescription("")
                button.setAccessibleDescription("")
        joined = "".join(parts)
        if len(parts) > 1:
            self.joined.setText(
                messages.fill(self.tr("Si le site montre une seule case : %1"), joined)
            )
            self.joined.setAccessibleDescription(" ".join(joined))
        else:
            self.joined.setText("")
            self.joined.setAccessibleDescription("")
        self.joined.setVisible(len(parts) > 1)
        self.waiting.setVisible(not parts)
        self._grid_host.setVisible(bool(parts))
        if announce_now:
            spoken = [
                messages.fill(self.tr("%1 : %2"), caption.text(), value.accessibleDescription())
                for caption, value, _ in self._rows[: len(parts)]
            ]
            announce(
                self,
                messages.fill(
                    self.tr("C'est complet. À taper sur le site : %1"), " ; ".join(spoken)
                ),
            )
        self.print_button.setAccessibleName(self._print_name(result.complete))
        self.read_button.setEnabled(result.complete)

    def _print_name(self, complete: bool) -> str:
        if complete:
            return self.tr("Imprimer la fiche avec le numéro et les étapes")
        return self.tr("Imprimer la fiche : où trouver le numéro, et les étapes")

    def set_can_read(self, can_read: bool) -> None:
        """Show "Lire à voix haute" only where a speech engine with a voice exists."""
        self.read_button.setVisible(can_read)

    def _caption(self, index: int, count: int, label: str) -> str:
        if count == 1:
            return label
        return messages.fill(self.tr("%1. %2"), index + 1, label)

    def _add_row(self, index: int) -> None:
        caption = WrappedLabel(self._grid_host)
        caption.setWordWrap(True)
        value = QLabel(self._grid_host)
        value.setProperty("role", "result")
        value.setObjectName(f"result_value_{index}")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setTextFormat(Qt.TextFormat.PlainText)
        font = value.font()
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 112)
        value.setFont(font)
        button = QPushButton(self._grid_host)
        button.setObjectName(f"copy_button_{index}")
        button.setText(self.tr("Copier"))
        button.clicked.connect(lambda: self.copy_requested.emit(value.text()))
        # The number and its Copy button share a line when there is room; with very large
        # text the button moves under the number rather than squeezing it.
        line = QWidget(self._grid_host)
        flow = FlowLayout(line, spacing=16)
        flow.addWidget(value)
        flow.addWidget(button)
        row = index * 2
        self._grid.addWidget(caption, row, 0, 1, 3)
        self._grid.addWidget(line, row + 1, 0, 1, 3)
        # Tab order: the Copy buttons (made when first needed) come right after the boxes,
        # before "Imprimer la fiche".
        before = self._rows[-1][2] if self._rows else self.print_button.previousInFocusChain()
        if before is not None:
            QWidget.setTabOrder(before, button)
        QWidget.setTabOrder(button, self.print_button)
        self._rows.append((caption, value, button))
        self._lines.append(line)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("À taper sur le site"))
        self.waiting.setText(
            self.tr("Le numéro à taper s'affichera ici dès que toutes les cases seront remplies.")
        )
        for _, _, button in self._rows:
            button.setText(self.tr("Copier"))
        self.print_button.setText(self.tr("Imprimer la fiche"))
        complete = self._result is not None and self._result.complete
        self.print_button.setAccessibleName(self._print_name(complete))
        self.read_button.setText(self.tr("Lire à voix haute"))
        self.read_button.setAccessibleName(self.tr("Lire le numéro à voix haute"))
        if self._result is not None:
            self.show_result(self._result)
