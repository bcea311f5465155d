""" "Quel permis avez-vous ?": the first screen, one question with a picture per document.

The pages and their words are data (``neph_gui.texts.questions``); this widget shows one
page at a time and says which era the person chose (``era_chosen``), the way the former
"which tab?" guide did. Pictures are painted by the buttons (``ChoiceButton``): one Tab
stop per answer, and a screen reader hears each answer's words and where it leads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from neph_gui.i18n import Retranslating
from neph_gui.licence import Era
from neph_gui.texts.questions import (
    PAGES,
    Answer,
    Step,
    picture_labels,
    picture_regions,
    translated,
)
from neph_gui.theme import DEFAULT, Palette
from neph_gui.ui.widgets.accessibility import announce
from neph_gui.ui.widgets.choice_grid import ChoiceGrid
from neph_gui.ui.widgets.heading_label import HeadingLabel
from neph_gui.ui.widgets.scroll_area import QuietScrollBar, VerticalScrollArea
from neph_gui.ui.widgets.wrapped_label import WrappedLabel
from neph_gui.ui.window.choice_button import ChoiceButton

# Keys that go back to the previous page, besides the "Retour" button.
BACK_KEYS = ("Escape", "Alt+Left")


class QuestionScreen(Retranslating, QWidget):
    """One question at a time; big picture buttons; "Retour" on every follow-up page."""

    era_chosen = Signal(Era, bool)  # the era, and whether the person holds a card

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("question_screen")
        self._palette: Palette = DEFAULT
        self._step = Step.FIRST
        # The pages before this one, with the answer that left each (focused on return).
        self._history: list[tuple[Step, str]] = []
        self._buttons: dict[str, QPushButton] = {}  # the page on screen's
        self._pages: dict[Step, dict[str, QPushButton]] = {}  # every page made so far

        # One scroll area, for 200 % text or a small screen; the bar keeps its room so the
        # pictures do not move when it comes (see QuietScrollBar).
        self.area = VerticalScrollArea(self)
        self.area.setObjectName("question_area")
        self.area.setVerticalScrollBar(QuietScrollBar(self.area))
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # Not a Tab stop: the answers are. Page Up / Page Down still reach it from them,
        # and a focused answer is scrolled into view.
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page = QWidget(self.area)
        page.setObjectName("question_page")
        self.area.setWidget(page)

        # Created in reading order: that is also the Tab order and the screen-reader order.
        self.back_button = QPushButton(page)
        self.back_button.setObjectName("question_back")
        self.back_button.clicked.connect(self.go_back)
        self.heading = HeadingLabel(page)
        self.heading.setObjectName("question_heading")
        self.detail = WrappedLabel(page)
        self.detail.setObjectName("question_detail")
        self.grid = ChoiceGrid(spacing=16)
        self._other_row = QHBoxLayout()
        self._other_row.setContentsMargins(0, 0, 0, 0)

        back_row = QHBoxLayout()
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(12)
        layout.addLayout(back_row)
        layout.addWidget(self.heading)
        layout.addWidget(self.detail)
        layout.addSpacing(4)
        layout.addLayout(self.grid)
        layout.addLayout(self._other_row)
        layout.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)

        for keys in BACK_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.go_back)
        self._show(Step.FIRST)

    # --- public -----------------------------------------------------------------------
    def step(self) -> Step:
        """The page on screen."""
        return self._step

    def answer_button(self, key: str) -> QPushButton:
        """The button of answer ``key`` on the page on screen (KeyError if none)."""
        return self._buttons[key]

    def answer_buttons(self) -> list[QPushButton]:
        """The buttons of the page on screen, in reading order."""
        return list(self._buttons.values())

    def choose(self, answer: Answer) -> None:
        """Follow ``answer``: its page, or its era (``era_chosen``)."""
        if answer.era is not None:
            self.era_chosen.emit(answer.era, answer.card)
            return
        if answer.next_step is not None:
            self._history.append((self._step, answer.key))
            self._show(answer.next_step, focus=True)
            announce(self, self.heading.text())

    def go_back(self) -> None:
        """Back to the previous page, on the answer that left it."""
        if not self._history:
            return
        step, key = self._history.pop()
        self._show(step, focus=True, focus_key=key)
        announce(self, self.heading.text())

    def reset(self) -> None:
        """Back to the first page, at the top (a new person)."""
        if self._step is Step.FIRST:
            self.area.verticalScrollBar().setValue(0)
            return
        self._history = []
        self._show(Step.FIRST)

    def focus_first(self) -> None:
        """Put the keyboard focus on the first answer."""
        buttons = self.answer_buttons()
        if buttons:
            buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_theme(self, palette: Palette) -> None:
        """Colours of the pictures (the rest follows the application palette)."""
        self._palette = palette
        for button in {b for buttons in self._pages.values() for b in buttons.values()}:
            if isinstance(button, ChoiceButton):
                button.set_theme(palette)

    # --- pages ------------------------------------------------------------------------
    def _show(self, step: Step, *, focus: bool = False, focus_key: str = "") -> None:
        self._step = step
        page = PAGES[step]
        # The buttons of each page are made once and kept: deleting widgets while the
        # window lives made PySide 6.11 drop its wrappers of other layouts' items (the top
        # bar's), and the next layout pass failed (seen: the card, then a date).
        for button in self._buttons.values():
            self.grid.removeWidget(button)
            self._other_row.removeWidget(button)
            button.hide()  # now: the focus chain forgets it at once
        while (stretch := self._other_row.itemAt(0)) is not None:  # after "Je ne sais pas"
            self._other_row.removeItem(stretch)
        self._buttons = {}
        made = self._pages.get(step)
        parent = self.area.widget()
        for answer in page.answers:
            button = made[answer.key] if made else self._answer_button(answer, parent)
            self._buttons[answer.key] = button
            self.grid.addWidget(button)
        if page.other is not None:
            other = made[page.other.key] if made else QPushButton(parent)
            if not made:
                self._connect(other, page.other)
            self._buttons[page.other.key] = other
            self._other_row.addWidget(other)
            self._other_row.addStretch(1)
        self._pages[step] = dict(self._buttons)
        self.back_button.setVisible(bool(self._history))
        self.retranslate()
        for button in self._buttons.values():
            button.show()
        self.area.verticalScrollBar().setValue(0)  # a new page is read from its top
        if focus:
            target = self._buttons.get(focus_key) or next(iter(self._buttons.values()))
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            # Once the new buttons are laid out (they have no place yet).
            QTimer.singleShot(0, self, self._reveal_focus)

    def _reveal_focus(self) -> None:
        """Scroll the focused answer into view (as little as possible: the heading stays
        in view when there is room for both)."""
        focused = QApplication.focusWidget()
        if focused is not None and focused in self._buttons.values():
            self.area.ensureWidgetVisible(focused)

    def _answer_button(self, answer: Answer, parent: QWidget | None) -> ChoiceButton:
        if answer.picture is None:
            button = ChoiceButton(parent=parent)
        else:
            button = ChoiceButton(
                answer.picture,
                picture_labels(answer.picture),
                picture_regions(answer.picture),
                parent,
            )
            button.set_theme(self._palette)
        self._connect(button, answer)
        return button

    def _connect(self, button: QPushButton, answer: Answer) -> None:
        button.setObjectName(f"question_answer_{answer.key}")
        button.clicked.connect(lambda _checked=False, a=answer: self.choose(a))
        self._buttons[answer.key] = button

    # --- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        page = PAGES[self._step]
        self.heading.setText(translated(page.heading))
        self.setAccessibleName(self.heading.text())
        self.detail.setText(translated(page.detail))
        self.detail.setVisible(bool(page.detail))
        answers = (*page.answers, *((page.other,) if page.other is not None else ()))
        for answer in answers:
            button = self._buttons[answer.key]
            button.setText(translated(answer.text))
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(translated(answer.description))
        self.back_button.setText(self.tr("‹ Retour"))
        self.back_button.setAccessibleName(self.tr("Retour à la question précédente"))
