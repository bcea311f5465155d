"""One tab: one licence era, its explanation, its boxes, the hint and the result."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from neph_gui.i18n import Retranslating
from neph_gui.licence import Era, EraSpec, MessageId, ValidationResult, validate_era
from neph_gui.texts import messages
from neph_gui.theme import Palette
from neph_gui.ui.tab.hint_bar import HintBar
from neph_gui.ui.tab.illustration import IllustrationPanel
from neph_gui.ui.tab.number_entry import NumberEntry
from neph_gui.ui.tab.result_panel import ROW_SPACING, ResultPanel
from neph_gui.ui.widgets import appearance
from neph_gui.ui.widgets.scroll_area import OpaquePage, QuietScrollBar, VerticalScrollArea
from neph_gui.ui.widgets.status_line import StatusLine
from neph_gui.ui.widgets.wrapped_label import WrappedLabel

SHORT_BOX = 4  # boxes of at most this many characters sit side by side
# Below this many characters a line beside the drawing, the drawing goes under the answer
# (at about 175 % text on a 1366 px wide window).
READABLE_CHARS = 30
DRAWING_SHARE = 0.5  # of the page's width, side by side: 47 % of a 1366 px window
COLUMN_SPACING = 20
# After a number becomes complete, the answer panel is kept in view while its new lines
# take their room (a few frames), then the page is left where the person puts it.
ANSWER_SETTLES_MS = 250


class EraTab(Retranslating, VerticalScrollArea):
    """Everything for one era. Scrolls when the text is very large.

    The tab validates its boxes together on every keystroke (one call into the licence
    core) and tells the window about the result and about wrong-tab requests.
    """

    switch_requested = Signal(Era, str)  # target era, text to carry along
    copy_requested = Signal(str)
    print_requested = Signal()
    read_requested = Signal()
    complete_changed = Signal(bool)  # the whole number is there (or no longer)

    def __init__(self, spec: EraSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._shown_complete = False
        self.setObjectName(f"tab_{spec.era.value}")
        # Focusable so the keyboard can scroll it at large text sizes (framed when focused).
        self.setProperty("role", "page")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The page keeps its width whether there is something to scroll or not: see
        # QuietScrollBar.
        self.setVerticalScrollBar(QuietScrollBar(self))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

        page = OpaquePage(self)
        # When the page grows (the result appears), only the new part is painted, not the
        # whole page again (tests/test_typing_calm.py); what moves is repainted anyway.
        page.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setWidget(page)
        self.heading = WrappedLabel(page)
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)

        self.entries: list[NumberEntry] = [NumberEntry(box, page) for box in spec.boxes]
        self.tab_infos = StatusLine(page)
        self.hint = HintBar(page)
        self.result_panel = ResultPanel(page)
        self._answer_wanted = False  # the tab just became complete: show the answer whole
        self._column = 0  # the drawings' width, set by _arrange_columns
        self.result_panel.resized.connect(self._on_panel_resized)
        # The drawings: where the number is (the largest thing on the tab), then, under
        # the answer, what to type on the site and the drawing of its boxes.
        self.drawings = IllustrationPanel(spec, page)
        # The one sentence saying where the number is: the drawing's caption.
        self.where = self.drawings.note

        self.form = QVBoxLayout()
        self.form.setSpacing(12)
        self.form.addWidget(self.heading)
        self._add_entries()
        self.form.addWidget(self.tab_infos)
        self.form.addWidget(self.hint)
        self.form.addWidget(self.result_panel)
        self.form.addWidget(self.drawings.site)
        self.form.addStretch(1)
        # The drawings highlight the box being typed in, or the one under the pointer.
        self._focused_key = spec.boxes[0].key
        self._hovered_key = ""

        # The drawing on the left, the boxes and the answer on the right; the drawing
        # goes under the answer when the text is large (see _arrange_columns). The form
        # comes first in the layout: it is also first for Tab and screen readers.
        self.columns = QBoxLayout(QBoxLayout.Direction.RightToLeft, page)
        self.columns.setContentsMargins(16, 10, 16, 10)
        self.columns.setSpacing(COLUMN_SPACING)
        self.columns.addLayout(self.form, 1)
        self.columns.addWidget(self.drawings, 0, Qt.AlignmentFlag.AlignTop)

        for entry in self.entries:
            entry.text_edited.connect(self.on_text_edited)
            entry.visited.connect(self._show_again)
            entry.submitted.connect(self.on_submitted)
            entry.focused.connect(self.on_box_focused)
            entry.hovered.connect(self.on_box_hovered)
        self.drawings.box_clicked.connect(self.on_drawing_clicked)
        self.drawings.box_hovered.connect(self.on_box_hovered)
        self.drawings.card_shown_changed.connect(lambda _card: self._show_heading())
        self.hint.go_to.connect(self.on_go_to)
        self.result_panel.copy_requested.connect(self.copy_requested)
        self.result_panel.print_requested.connect(self.print_requested)
        self.result_panel.read_requested.connect(self.read_requested)

        self._result = self._validate()
        self._show(self._result)
        self._highlight()
        self.retranslate()

    # --- columns ----------------------------------------------------------------------
    def stacked(self) -> bool:
        """Whether the drawings are under the boxes (not beside them)."""
        return self.columns.direction() == QBoxLayout.Direction.TopToBottom

    def _arrange_columns(self) -> None:
        """Side by side, the drawing takes DRAWING_SHARE of the page at 100 % text, and
        grows with the text size; the rest must hold
        READABLE_CHARS characters a line and the boxes, else the drawing goes under the
        answer, as wide as the page. Only on a new size, text size or language: never
        while the person types."""
        margins = self.columns.contentsMargins()
        room = self.viewport().width() - margins.left() - margins.right()
        # The drawing grows with the text, as long as the form keeps its readable width.
        drawing = round(room * DRAWING_SHARE * appearance.app_style().scale / 100)
        readable = READABLE_CHARS * self.fontMetrics().averageCharWidth()
        form = max(self.form.minimumSize().width(), readable)
        side_by_side = room - drawing - COLUMN_SPACING >= form
        direction = (
            QBoxLayout.Direction.RightToLeft if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        column = drawing if side_by_side else room
        if direction != self.columns.direction() or column != self._column:
            # A new arrangement: what the page needs is measured afresh, as after a font
            # change (a minimum measured between the font change and this would stick).
            self._column = column
            self.columns.setDirection(direction)
            self.drawings.set_column_width(column)
            self.measure_afresh()

    def natural_minimum_size(self) -> QSize:
        """Narrow enough for the columns stacked: the window may be small."""
        base = super().natural_minimum_size()
        margins = self.columns.contentsMargins()
        stacked = max(self.form.minimumSize().width(), self.drawings.minimumSizeHint().width())
        extra = margins.left() + margins.right() + self.verticalScrollBar().sizeHint().width()
        return QSize(stacked + extra + 2 * self.frameWidth(), base.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange_columns()
        self._keep_focused_box_in_view()

    def _keep_focused_box_in_view(self) -> None:
        """After a resize or a new text size, the box being typed in stays on screen."""
        for entry in self.entries:
            if entry.edit.hasFocus():
                self.columns.activate()
                self.ensureWidgetVisible(entry, 0, 16)
                self.ensureWidgetVisible(entry.edit, 0, 16)

    def _add_entries(self) -> None:
        """One box per row, except short boxes (2 digits…), which share a row like on the
        website; that keeps a tab within one screen at the default text size."""
        row: QHBoxLayout | None = None
        for entry in self.entries:
            if entry.box.max_length > SHORT_BOX:
                row = None
                self.form.addWidget(entry)
                continue
            if row is None:
                row = QHBoxLayout()
                row.setSpacing(16)
                self.form.addLayout(row)
            row.addWidget(entry, 1, Qt.AlignmentFlag.AlignTop)

    # --- public -----------------------------------------------------------------------
    def result(self) -> ValidationResult:
        """The current validation of the whole tab."""
        return self._result

    def entry(self, key: str) -> NumberEntry:
        """The entry of the box called ``key``."""
        for entry in self.entries:
            if entry.box.key == key:
                return entry
        raise KeyError(key)

    def set_first_text(self, text: str) -> None:
        """Put ``text`` in the first box and give it the focus (text carried from a tab)."""
        self.entries[0].set_text(text)
        self.entries[0].edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.entries[0].edit.end(False)

    def focus_first(self) -> None:
        """Give the focus to the first box."""
        self.entries[0].edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_card(self, card: bool) -> None:
        """Show the card licence's drawing (True) or the pink paper one (tabs with a card)."""
        self.drawings.show_card(card)

    def card_shown(self) -> bool:
        """True when the tab shows the card licence."""
        return self.drawings.card_shown()

    def heading_text(self) -> str:
        """The tab's heading, for the document shown (tab 1: the pink licence or the card)."""
        if self.card_shown() and self.spec.card_title is not None:
            return messages.era_text(self.spec.card_title)
        return messages.era_text(self.spec.title)

    def _show_heading(self) -> None:
        self.heading.setText(self.heading_text())
        self.setAccessibleName(self.heading.text())

    def set_can_read(self, can_read: bool) -> None:
        """Whether the result can be read aloud here (a speech engine and a voice exist)."""
        self.result_panel.set_can_read(can_read)

    def set_can_print(self, can_print: bool) -> None:
        """Whether "Imprimer" is offered (Qt's print support loads here)."""
        self.result_panel.print_button.setVisible(can_print)

    def set_theme(self, palette: Palette) -> None:
        """Colours of the drawings (the rest of the tab follows the style sheet)."""
        self.drawings.set_theme(palette)

    def clear(self) -> None:
        """Empty every box (for the next person)."""
        for entry in self.entries:
            entry.clear()
        self.drawings.reset()
        self._focused_key = self.spec.boxes[0].key
        self._refresh()
        self._highlight()

    # --- slots ------------------------------------------------------------------------
    def on_text_edited(self, _text: str) -> None:
        self._answer_wanted = False  # typing again: the page stays where the person is
        self._refresh()

    def on_submitted(self, key: str) -> None:
        """Enter moves to the next box; in the last box, to the first Copy button."""
        keys = [entry.box.key for entry in self.entries]
        index = keys.index(key)
        if index + 1 < len(self.entries):
            self.entries[index + 1].edit.setFocus(Qt.FocusReason.TabFocusReason)
        elif self._result.complete and self.result_panel.copy_buttons():
            copy = self.result_panel.copy_buttons()[0]
            copy.setFocus(Qt.FocusReason.TabFocusReason)
            self._bring_result_into_view()

    def _answer_shown(self) -> None:
        self._answer_wanted = False  # later resizes (a new text size) leave the page be

    def _on_panel_resized(self) -> None:
        if self._answer_wanted:
            self._bring_result_into_view()

    def _bring_result_into_view(self) -> None:
        """The answer on screen (Qt scrolls only for Tab, not for Enter or a new result):
        the whole result panel when it fits; else from its heading when every value to
        type fits below it; else from the first value, so that as many as can be are seen
        together (at 200 % the values matter more than the heading)."""
        self.columns.activate()  # the panel just grew: lay it out before measuring
        panel = self.result_panel
        view = self.viewport()
        room = view.height() - 2 * 16
        if panel.height() <= room:
            self.ensureWidgetVisible(panel, 0, 16)
        else:  # Qt would show the panel's bottom: its heading and first value are above
            parts = panel.parts
            below_heading = parts.mapTo(panel, QPoint(0, parts.height())).y()
            start = panel if below_heading <= room else parts
            # From the values, the row above ends at the top edge (no sliver of it).
            margin = 16 if start is panel else ROW_SPACING
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + start.mapTo(view, QPoint(0, 0)).y() - margin)
        buttons = panel.copy_buttons()
        if buttons:
            self.ensureWidgetVisible(buttons[0], 0, 16)
            # The focus is never left out of view: if the box typed in went out (large
            # text), it moves to the first Copy button, as Enter in the last box does.
            focused = QApplication.focusWidget()
            if (
                focused is not None
                and view.isAncestorOf(focused)
                and not view.rect().contains(
                    QRect(focused.mapTo(view, QPoint(0, 0)), focused.size())
                )
            ):
                buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def on_box_focused(self, key: str) -> None:
        self._focused_key = key
        self._highlight()
        # With large text the box may be below the fold: bring it, and its caption and
        # status line, into view (Qt only does this for Tab, not for setFocus or Enter).
        entry = self.entry(key)
        self.columns.activate()  # a tab just brought forward may not be laid out yet
        self.ensureWidgetVisible(entry, 0, 16)
        self.ensureWidgetVisible(entry.edit, 0, 16)

    def on_box_hovered(self, key: str) -> None:
        self._hovered_key = key
        self._highlight()

    def on_drawing_clicked(self, key: str) -> None:
        """A click on a region of a drawing puts the cursor in its box."""
        self.entry(key).edit.setFocus(Qt.FocusReason.MouseFocusReason)

    def on_go_to(self, era: Era) -> None:
        text = self.entries[0].text()
        self.entries[0].set_text("")
        self.switch_requested.emit(era, text)

    # --- internals --------------------------------------------------------------------
    def _validate(self) -> ValidationResult:
        return validate_era(self.spec, {entry.box.key: entry.text() for entry in self.entries})

    def _refresh(self) -> None:
        result = self._validate()
        self._result = result
        self._show(result)

    def _show_again(self) -> None:
        """Show the last validation again (a box was left: its tone may change)."""
        self._show(self._result)

    def _highlight(self) -> None:
        self.drawings.set_active_box(self._hovered_key or self._focused_key)

    def _show(self, result: ValidationResult) -> None:
        if result.complete != self._shown_complete:
            self._shown_complete = result.complete
            self.complete_changed.emit(result.complete)
            if result.complete and self.isVisible():
                # Once the panel has its new size (after this event), and again each time
                # it grows while its new lines take their room (resized signal).
                self._answer_wanted = True
                QTimer.singleShot(0, self, self._bring_result_into_view)
                QTimer.singleShot(ANSWER_SETTLES_MS, self, self._answer_shown)
        warning = result.hint is not None or any(
            entry.warns(box) for entry, box in zip(self.entries, result.boxes, strict=True)
        )
        spoken_after = ""
        if result.hint is not None:
            spoken_after = messages.info_text(result.hint)
        elif result.complete:
            parts = result.website_parts
            spoken_after = messages.fill(
                self.tr("À taper sur le site : %1."), messages.spoken_number(parts)
            )
            if len(parts) > 1:  # as the result panel shows it too
                spoken_after += " " + messages.fill(
                    self.tr("Si le site montre une seule case : %1."),
                    messages.spelled("".join(parts)),
                )
        for entry, box_result in zip(self.entries, result.boxes, strict=True):
            entry.show_result(box_result, tab_warning=warning, spoken_after=spoken_after)
        self.hint.show_hint(result.hint, result.suggested_eras)
        self.result_panel.show_result(result)
        self.drawings.show_result(result)
        # The usual reading of the number is behind "En savoir plus" in the answer.
        infos = [m for m in result.infos if m.id is not MessageId.REGISTRATION_READING]
        self.tab_infos.set_status("\n".join(messages.info_text(msg) for msg in infos), "info")
        self.tab_infos.setVisible(bool(infos))

    def retranslate(self) -> None:
        self._show_heading()
        self._show(self._result)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)  # Retranslating: the words, on a language change
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._answer_wanted = False  # a new text size: the page stays where it is
            # The form's width and the drawing's share follow the text (once it is laid
            # out anew).
            QTimer.singleShot(0, self, self._arrange_columns)
