"""The answer: exactly what to type on the website, in large monospace print."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neph_gui.i18n import Retranslating
from neph_gui.licence import MessageId, ValidationResult
from neph_gui.texts import messages
from neph_gui.ui.widgets.accessibility import announce
from neph_gui.ui.widgets.flow_layout import FlowLayout
from neph_gui.ui.widgets.status_line import StatusLine
from neph_gui.ui.widgets.wrapped_label import WrappedLabel

ROW_SPACING = 6  # px between the panel's rows (heading row, values, read-back…)


class ResultPanel(Retranslating, QFrame):
    """Shows the parts to type in order, each with its own Copy button."""

    copy_requested = Signal(str)
    print_requested = Signal()
    read_requested = Signal()
    resized = Signal()  # the panel grew or shrank (the tab keeps it in view)

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
        self.parts = QWidget(self)  # the values to type, with their captions and Copy
        self._grid = QGridLayout(self.parts)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        top = QWidget(self)
        top_row = FlowLayout(top, spacing=12)
        top_row.addWidget(self.heading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(ROW_SPACING)
        layout.addWidget(top)
        layout.addWidget(self.waiting)
        layout.addWidget(self.parts)
        # The live form's boxes are unknown (DOMAIN.md): for a number in parts, also the
        # whole of it, for a site that shows a single box.
        self.joined = WrappedLabel(self)
        self.joined.setObjectName("result_joined")
        self.joined.setWordWrap(True)
        self.joined.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.joined.hide()
        layout.addWidget(self.joined)
        # Grouped by three to read it back aloud against the licence, as the slip does.
        self.reading = WrappedLabel(self)
        self.reading.setObjectName("result_reading")
        self.reading.setWordWrap(True)
        self.reading.hide()
        layout.addWidget(self.reading)
        # The usual reading of a 12-digit number is a friendly extra (DOMAIN.md): behind
        # "En savoir plus", closed until asked for, closed again when the number changes.
        self._more_open = False
        self._more_text = ""
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("more_button")
        self.more_button.clicked.connect(lambda: self._open_more(not self._more_open))
        self.more = StatusLine(self)
        self.more.setObjectName("more_text")
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.more)
        self._open_more(False)
        # Take it home, or hear it: beside the heading, so the panel stays short enough
        # to be seen whole with the boxes above it. Made last: for the Tab key they come
        # after the Copy buttons.
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_button")
        self.print_button.clicked.connect(self.print_requested)
        self.read_button = QPushButton(self)
        self.read_button.setObjectName("read_button")
        self.read_button.clicked.connect(self.read_requested)
        self.read_button.hide()
        top_row.addWidget(self.print_button)
        top_row.addWidget(self.read_button)
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
        long_parts = [part for part in parts if len(part) > 3]
        self.reading.setText(
            messages.fill(
                self.tr("Pour relire : %1"),
                " · ".join(messages.spaced_for_reading(part) for part in long_parts),
            )
            if long_parts
            else ""
        )
        self.reading.setVisible(bool(long_parts))
        readings = [
            messages.info_text(message)
            for message in (*result.infos, *(m for box in result.boxes for m in box.infos))
            if message.id is MessageId.REGISTRATION_READING and result.complete
        ]
        more = readings[0] if readings else ""
        if more != self._more_text:
            self._more_text = more
            self._open_more(False)
        self.waiting.setVisible(not parts)
        self.parts.setVisible(bool(parts))
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

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.resized.emit()

    def _open_more(self, unfolded: bool) -> None:
        """Show or fold the reading behind "En savoir plus" (a plain button whose words
        say what it does)."""
        self._more_open = unfolded and bool(self._more_text)
        self.more_button.setVisible(bool(self._more_text))
        self.more.set_status(self._more_text, "info")
        self.more.setVisible(self._more_open)
        if self._more_open:
            self.more_button.setText(self.tr("Masquer"))
            self.more_button.setAccessibleName(self.tr("Masquer la lecture du numéro"))
        else:
            self.more_button.setText(self.tr("En savoir plus"))
            self.more_button.setAccessibleName(
                self.tr("En savoir plus : comment ce numéro se lit souvent")
            )

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
        caption = WrappedLabel(self.parts)
        caption.setWordWrap(True)
        value = QLabel(self.parts)
        value.setProperty("role", "result")
        value.setObjectName(f"result_value_{index}")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setTextFormat(Qt.TextFormat.PlainText)
        font = value.font()
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 112)
        value.setFont(font)
        button = QPushButton(self.parts)
        button.setObjectName(f"copy_button_{index}")
        button.setText(self.tr("Copier"))
        button.clicked.connect(lambda: self.copy_requested.emit(value.text()))
        # The number and its Copy button share a line when there is room; with very large
        # text the button moves under the number rather than squeezing it.
        line = QWidget(self.parts)
        flow = FlowLayout(line, spacing=16)
        flow.addWidget(value)
        flow.addWidget(button)
        row = index * 2
        self._grid.addWidget(caption, row, 0, 1, 2)
        self._grid.addWidget(line, row + 1, 0, 1, 2)
        # Tab order: the Copy buttons (made when first needed) come right after the boxes,
        # then "Imprimer", "Lire", "En savoir plus".
        anchor = self._rows[-1][2] if self._rows else self._focusable_before()
        order = [button, self.print_button, self.read_button, self.more_button]
        for before, after in itertools.pairwise([anchor, *order] if anchor else order):
            QWidget.setTabOrder(before, after)
        self._rows.append((caption, value, button))
        self._lines.append(line)

    def _focusable_before(self) -> QWidget | None:
        """The last widget before this panel that the Tab key reaches (the boxes')."""
        widget = self.previousInFocusChain()
        while widget is not None and widget is not self:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not self.isAncestorOf(widget):
                return widget
            widget = widget.previousInFocusChain()
        return None

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
        self._open_more(self._more_open)
        if self._result is not None:
            self.show_result(self._result)
