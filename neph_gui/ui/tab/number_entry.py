"""One entry box shaped like the website's, with its label, status line and counter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QEnterEvent, QFocusEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from neph_gui.i18n import Retranslating
from neph_gui.licence import (
    MAX_INPUT_CHARS,
    BoxSpec,
    BoxState,
    BoxValidation,
    MessageId,
    validate_box,
)
from neph_gui.texts import messages
from neph_gui.ui.widgets.status_line import StatusLine
from neph_gui.ui.widgets.wrapped_label import WrappedLabel


class _LineEdit(QLineEdit):
    """A line edit that reports when it gets the focus (to highlight the drawing)."""

    focused = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.focused.emit()


class NumberEntry(Retranslating, QWidget):
    """Owns one line edit and says, on every keystroke, how far it is.

    Typed text is never rewritten. Warnings about a short number wait until the person
    leaves the box (or until there are too many characters), so nobody is told
    "incomplete" at the first digit.
    """

    text_edited = Signal(str)  # the raw typed text, on every change
    focused = Signal(str)  # box key
    submitted = Signal(str)  # box key, Enter pressed
    # box key when the pointer comes over the box, "" when it leaves. (A signal rather
    # than an event filter in the tab: the tab is a scroll area, whose Python filter
    # would then see every event of its page, at every keystroke and repaint.)
    hovered = Signal(str)
    # The person left the box with something in it: from now on a short number is a
    # warning ("Il manque…"), so the tab takes the green ticks away (see warns()).
    visited = Signal()

    def __init__(self, box: BoxSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self._touched = False
        self._result: BoxValidation = validate_box(box, "")
        self._spoken_after = ""

        self.caption = WrappedLabel(self)
        self.caption.setProperty("role", "caption")
        self.caption.setWordWrap(True)
        self.edit = _LineEdit(self)
        self.edit.setObjectName(f"entry_{box.key}")
        # The core reads the first MAX_INPUT_CHARS characters; one more lets it say that a
        # paste was far too long. Holding more only slows every keystroke and text-size
        # change (a 35 000-character paste made each keystroke ~40 ms: `make fuzz`).
        self.edit.setMaxLength(MAX_INPUT_CHARS + 1)
        # Numbers are typed as seen: no spell-check, no autocompletion, no prediction.
        self.edit.setInputMethodHints(
            Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.caption.setBuddy(self.edit)
        self.status = StatusLine(self)
        self.counter = QLabel(self)
        self.counter.setProperty("role", "small")
        self.infos = StatusLine(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.edit)
        # At most two lines under the box: the status, then what matters most after it
        # (what was read differently, else the count).
        layout.addWidget(self.status)
        layout.addWidget(self.infos)
        layout.addWidget(self.counter)

        self.edit.textChanged.connect(self.on_text_changed)
        self.edit.editingFinished.connect(self.on_editing_finished)
        self.edit.returnPressed.connect(lambda: self.submitted.emit(self.box.key))
        self.edit.focused.connect(lambda: self.focused.emit(self.box.key))
        self.retranslate()

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 - Qt override
        self.hovered.emit(self.box.key)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self.hovered.emit("")
        super().leaveEvent(event)

    # --- public -----------------------------------------------------------------------
    def text(self) -> str:
        """What is in the box, exactly as typed."""
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """Replace the box's content (e.g. text carried from another tab)."""
        self.edit.setText(text)

    def clear(self) -> None:
        """Empty the box and forget that it was visited, and what was in it.

        ``setText("")`` rather than ``QLineEdit.clear()``: clear() can be undone, so Ctrl+Z
        would bring the previous person's number back.
        """
        self._touched = False
        self.edit.setText("")
        self.show_result(validate_box(self.box, ""), spoken_after="")

    def result(self) -> BoxValidation:
        """The last validation shown."""
        return self._result

    def warns(self, result: BoxValidation) -> bool:
        """Whether this box shows ``result`` as a warning (a short number counts once the
        person has left the box)."""
        return messages.tone(result, warn=self._touched) == "warning"

    def show_result(
        self, result: BoxValidation, tab_warning: bool = False, spoken_after: str | None = None
    ) -> None:
        """Show a validation (computed by the tab, which may add department names);
        ``tab_warning``: another part of the tab shows a warning (then no green tick);
        ``spoken_after``: what a screen reader says after the box's own status (the
        number to type once the tab is complete, or the wrong-tab hint); None keeps the
        last one."""
        self._result = result
        if spoken_after is not None:
            self._spoken_after = spoken_after
        warn = self._touched
        tone = messages.tone(result, warn=warn, tab_warning=tab_warning)
        status = messages.status_text(result, warn=warn)
        self.status.set_status(status, tone)
        self.counter.setText(messages.counter_text(result))
        reading = [m for m in result.infos if m.id is MessageId.REGISTRATION_READING]
        info_lines = [messages.info_text(msg) for msg in result.infos if msg not in reading]
        info_lines = [line for line in info_lines if line]
        self.infos.set_status("\n".join(info_lines), "info")
        self.infos.setVisible(bool(info_lines))
        # An empty box's status already says how many characters to type.
        # (Complete: the status says it; the count would repeat it.)
        self.counter.setVisible(
            result.state not in (BoxState.EMPTY, BoxState.COMPLETE) and not info_lines
        )
        # The usual reading of a 12-digit number is under "En savoir plus" in the answer.
        # A screen reader reads the description with the box, and again when it changes
        # (Orca 43 reads neither announcements nor label changes): short while typing.
        spoken = [messages.spoken_status(result, warn=warn), *info_lines, self._spoken_after]
        self.edit.setAccessibleDescription(" ".join(part for part in spoken if part))

    # --- slots ------------------------------------------------------------------------
    def on_text_changed(self, text: str) -> None:
        self.text_edited.emit(text)

    def on_editing_finished(self) -> None:
        if self.edit.text() and not self._touched:
            self._touched = True
            self.show_result(self._result)
            self.visited.emit()

    # --- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.caption.setText(messages.box_caption(self.box))
        self.edit.setAccessibleName(messages.box_label(self.box))
        self.show_result(self._result)
