""" "Je ne sais pas quel onglet choisir": a few plain questions that end on a tab.

The questions follow the handout's three cases (first licence after or before
1 June 1975, or older) and DOMAIN.md (a card licence: tab 1, number on the back).
When the person cannot answer, the guide says what to look for instead of guessing.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from neph_gui.i18n import Retranslating
from neph_gui.licence import Era
from neph_gui.licence._noop import QT_TRANSLATE_NOOP
from neph_gui.ui.widgets.scroll_area import name_scroll_bar


class Step(enum.Enum):
    """The pages of the guide."""

    DOCUMENT = "document"  # card or pink paper?
    CARD_DATE = "card_date"  # a card: first licence before or after 1 June 1975?
    CARD_LOOK = "card_look"  # a card with an older number: what to look for on its back
    DATE = "date"  # first licence before or after 1 June 1975?
    TWELVE_DIGITS = "twelve_digits"  # 12 digits on one line, no letter?
    TWO_LINES = "two_lines"  # two lines, 2 × 2 digits below?
    LOOK = "look"  # what to look for, and a button per tab


@dataclass(frozen=True)
class Answer:
    """One button of a page: its words and where it leads (a page or a tab)."""

    key: str
    text: str  # French source, context "TabGuide"
    next_step: Step | None = None
    era: Era | None = None
    card: bool = False


@dataclass(frozen=True)
class Page:
    question: str  # French source, context "TabGuide"
    detail: str
    answers: tuple[Answer, ...]


_DONT_KNOW = QT_TRANSLATE_NOOP("TabGuide", "Je ne sais pas")

PAGES: dict[Step, Page] = {
    Step.DOCUMENT: Page(
        QT_TRANSLATE_NOOP("TabGuide", "Le permis est-il une carte ou un papier rose ?"),
        QT_TRANSLATE_NOOP(
            "TabGuide",
            "La carte a le format d'une carte bancaire. Le papier rose se plie en trois.",
        ),
        (
            Answer("card", QT_TRANSLATE_NOOP("TabGuide", "Une carte"), next_step=Step.CARD_DATE),
            Answer("paper", QT_TRANSLATE_NOOP("TabGuide", "Un papier rose"), next_step=Step.DATE),
        ),
    ),
    # The number stays the same for life (DOMAIN.md): a card holds the shape of the
    # first licence's number, so the date of the first licence decides the tab.
    Step.CARD_DATE: Page(
        QT_TRANSLATE_NOOP("TabGuide", "Quand la personne a-t-elle eu son tout premier permis ?"),
        QT_TRANSLATE_NOOP(
            "TabGuide",
            "Le numéro ne change pas : la carte garde celui du tout premier permis.",
        ),
        (
            Answer(
                "after",
                QT_TRANSLATE_NOOP("TabGuide", "Après le 1er juin 1975"),
                era=Era.AFTER_1975,
                card=True,
            ),
            Answer(
                "before",
                QT_TRANSLATE_NOOP("TabGuide", "Avant le 1er juin 1975"),
                next_step=Step.CARD_LOOK,
            ),
            Answer("dont_know", _DONT_KNOW, next_step=Step.CARD_LOOK),
        ),
    ),
    Step.DATE: Page(
        QT_TRANSLATE_NOOP("TabGuide", "Quand la personne a-t-elle eu son tout premier permis ?"),
        QT_TRANSLATE_NOOP("TabGuide", "Le premier permis, même s'il a été refait depuis."),
        (
            Answer(
                "after",
                QT_TRANSLATE_NOOP("TabGuide", "Après le 1er juin 1975"),
                era=Era.AFTER_1975,
            ),
            Answer(
                "before",
                QT_TRANSLATE_NOOP("TabGuide", "Avant le 1er juin 1975"),
                next_step=Step.TWO_LINES,
            ),
            Answer("dont_know", _DONT_KNOW, next_step=Step.TWELVE_DIGITS),
        ),
    ),
    Step.TWELVE_DIGITS: Page(
        QT_TRANSLATE_NOOP(
            "TabGuide",
            "Regardez le numéro à côté de la photo. "
            "A-t-il 12 chiffres sur une seule ligne, sans aucune lettre ?",
        ),
        "",
        (
            Answer("yes", QT_TRANSLATE_NOOP("TabGuide", "Oui, 12 chiffres"), era=Era.AFTER_1975),
            Answer("no", QT_TRANSLATE_NOOP("TabGuide", "Non"), next_step=Step.TWO_LINES),
            Answer("dont_know", _DONT_KNOW, next_step=Step.LOOK),
        ),
    ),
    Step.TWO_LINES: Page(
        QT_TRANSLATE_NOOP(
            "TabGuide",
            "Regardez le numéro à côté de la photo. Est-il sur deux lignes, "
            "avec 2 fois 2 chiffres sur la ligne du bas ?",
        ),
        "",
        (
            Answer(
                "yes",
                QT_TRANSLATE_NOOP("TabGuide", "Oui, deux lignes"),
                era=Era.BEFORE_1975,
            ),
            Answer("no", QT_TRANSLATE_NOOP("TabGuide", "Non, une seule ligne"), era=Era.OLDER),
            Answer("dont_know", _DONT_KNOW, next_step=Step.LOOK),
        ),
    ),
    Step.LOOK: Page(
        QT_TRANSLATE_NOOP("TabGuide", "Regardez le numéro à côté de la photo :"),
        QT_TRANSLATE_NOOP(
            "TabGuide",
            "• 12 chiffres sur une ligne : onglet 1 (premier permis après le 1er juin 1975).\n"
            "• De 1 à 15 lettres ou chiffres en haut, puis 2 fois 2 chiffres sur la ligne "
            "du bas : onglet 2 (premier permis avant le 1er juin 1975).\n"
            "• De 1 à 15 caractères seulement (il faudra aussi l'année de délivrance et le "
            "département) : "
            "onglet 3 (permis plus ancien).",
        ),
        (
            Answer("tab_1", QT_TRANSLATE_NOOP("TabGuide", "Onglet 1"), era=Era.AFTER_1975),
            Answer("tab_2", QT_TRANSLATE_NOOP("TabGuide", "Onglet 2"), era=Era.BEFORE_1975),
            Answer("tab_3", QT_TRANSLATE_NOOP("TabGuide", "Onglet 3"), era=Era.OLDER),
        ),
    ),
}


PAGES[Step.CARD_LOOK] = Page(
    QT_TRANSLATE_NOOP("TabGuide", "Regardez le numéro au verso de la carte, en haut à gauche :"),
    PAGES[Step.LOOK].detail,
    (
        Answer("tab_1", QT_TRANSLATE_NOOP("TabGuide", "Onglet 1"), era=Era.AFTER_1975, card=True),
        *PAGES[Step.LOOK].answers[1:],
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TabGuide", text) if text else ""


class TabGuideDialog(Retranslating, QDialog):
    """One question at a time, big answer buttons, "Retour" to go back."""

    era_chosen = Signal(Era, bool)  # the tab, and whether the person holds a card

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_guide_dialog")
        # The page scrolls when the text is very large on a small screen; the bottom
        # buttons (Retour, Fermer) stay in view.
        self.page_area = QScrollArea(self)
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._page = QWidget(self.page_area)
        self.page_area.setWidget(self._page)
        self.question = QLabel(self._page)
        self.question.setObjectName("tab_guide_question")
        self.question.setProperty("role", "heading")
        self.question.setWordWrap(True)
        self.detail = QLabel(self._page)
        self.detail.setWordWrap(True)
        self.answers_box = QVBoxLayout()
        self.answers_box.setSpacing(10)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("tab_guide_back")
        self.back_button.clicked.connect(self.go_back)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("tab_guide_close")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        page_layout = QVBoxLayout(self._page)
        page_layout.setContentsMargins(0, 0, 4, 0)
        page_layout.setSpacing(14)
        page_layout.addWidget(self.question)
        page_layout.addWidget(self.detail)
        page_layout.addLayout(self.answers_box)
        page_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.page_area, 1)
        layout.addLayout(bottom)
        self._history: list[Step] = []
        self._step = Step.DOCUMENT
        self._buttons: dict[str, QPushButton] = {}
        self.setMinimumWidth(min(720, self.fontMetrics().averageCharWidth() * 60))
        self.show_step(Step.DOCUMENT)

    # --- public -----------------------------------------------------------------------
    def step(self) -> Step:
        """The page on screen."""
        return self._step

    def answer_button(self, key: str) -> QPushButton:
        """The button of answer ``key`` on the current page."""
        return self._buttons[key]

    def show_step(self, step: Step) -> None:
        """Show the page ``step``."""
        self._step = step
        for button in self._buttons.values():
            self.answers_box.removeWidget(button)
            button.deleteLater()
        self._buttons = {}
        for answer in PAGES[step].answers:
            button = QPushButton(self._page)
            button.setObjectName(f"tab_guide_answer_{answer.key}")
            button.setProperty("role", "choice")
            button.clicked.connect(lambda _checked=False, a=answer: self.choose(a))
            self.answers_box.addWidget(button)
            button.show()
            self._buttons[answer.key] = button
        self.back_button.setVisible(bool(self._history))
        self.retranslate()
        # Pages differ in length: fit this one, within the screen.
        self._page.adjustSize()
        wanted = self._page.sizeHint().height() + self.back_button.sizeHint().height() + 80
        screen = self.screen().availableGeometry().height() if self.screen() else wanted
        self.resize(max(self.width(), self.minimumWidth()), min(wanted, screen - 40))
        first = next(iter(self._buttons.values()))
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose(self, answer: Answer) -> None:
        """Follow ``answer``: next page, or the tab it names (then the guide closes)."""
        if answer.era is not None:
            self.era_chosen.emit(answer.era, answer.card)
            self.accept()
            return
        if answer.next_step is not None:
            self._history.append(self._step)
            self.show_step(answer.next_step)

    def go_back(self) -> None:
        """Back to the previous question."""
        if self._history:
            self.show_step(self._history.pop())

    # --- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quel onglet choisir ?"))
        page = PAGES[self._step]
        self.question.setText(_tr(page.question))
        self.detail.setText(_tr(page.detail))
        self.detail.setVisible(bool(page.detail))
        for answer in page.answers:
            button = self._buttons[answer.key]
            button.setText(_tr(answer.text))
            button.setAccessibleName(_tr(answer.text))
        self.back_button.setText(self.tr("‹ Retour"))
        self.back_button.setAccessibleName(self.tr("Retour à la question précédente"))
        self.close_button.setText(self.tr("Fermer"))
        name_scroll_bar(self.page_area)
