"""The display controls above the tabs: text size (A− / A+), high contrast, help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLayout, QPushButton, QWidget

from neph_gui.i18n import Retranslating
from neph_gui.settings import MAX_TEXT_SCALE, MIN_TEXT_SCALE, TEXT_SCALE_STEP
from neph_gui.texts import messages
from neph_gui.ui.widgets.flow_layout import FlowLayout
from neph_gui.ui.window.language_selector import LanguageSelector, language_label


class TextSizeControl(Retranslating, QWidget):
    """ "A−  Texte : 125 %  A+": one unit, so the three never end up on different rows."""

    scale_requested = Signal(int)  # the new text size in percent, already within limits

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("text_size")
        self._scale = MIN_TEXT_SCALE
        self.smaller_button = QPushButton(self)
        self.smaller_button.setObjectName("text_smaller")
        self.smaller_button.setProperty("role", "caption")
        self.size_label = QLabel(self)
        self.size_label.setObjectName("text_size_label")
        self.size_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.larger_button = QPushButton(self)
        self.larger_button.setObjectName("text_larger")
        self.larger_button.setProperty("role", "heading")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.smaller_button)
        layout.addWidget(self.size_label)
        layout.addWidget(self.larger_button)
        self.smaller_button.clicked.connect(lambda: self.step(-1))
        self.larger_button.clicked.connect(lambda: self.step(+1))
        self.retranslate()

    def scale(self) -> int:
        """The text size shown, in percent."""
        return self._scale

    def show_scale(self, scale: int) -> None:
        """Show the current text size (called by the window after applying it)."""
        self._scale = scale
        self.retranslate()

    def step(self, direction: int) -> None:
        """Ask for one step larger (+1) or smaller (−1); nothing beyond 100–200 %."""
        target = min(max(self._scale + direction * TEXT_SCALE_STEP, MIN_TEXT_SCALE), MAX_TEXT_SCALE)
        self.scale_requested.emit(target)

    def retranslate(self) -> None:
        current = messages.fill(self.tr("Taille du texte : %1 %"), self._scale)
        self.size_label.setText(messages.fill(self.tr("Texte : %1 %"), self._scale))
        self.size_label.setAccessibleName(current)
        self.smaller_button.setText(self.tr("A−"))
        self.smaller_button.setAccessibleName(self.tr("Réduire le texte"))
        self.smaller_button.setAccessibleDescription(current)
        self.larger_button.setText(self.tr("A+"))
        self.larger_button.setAccessibleName(self.tr("Agrandir le texte"))
        self.larger_button.setAccessibleDescription(current)
        if self._scale <= MIN_TEXT_SCALE:
            smaller_tip = self.tr("Le texte est déjà à sa plus petite taille (%1 %).")
        else:
            smaller_tip = self.tr("Réduire le texte (Ctrl et moins). Taille actuelle : %1 %.")
        if self._scale >= MAX_TEXT_SCALE:
            larger_tip = self.tr("Le texte est déjà à sa plus grande taille (%1 %).")
        else:
            larger_tip = self.tr("Agrandir le texte (Ctrl et plus). Taille actuelle : %1 %.")
        self.smaller_button.setToolTip(messages.fill(smaller_tip, self._scale))
        self.larger_button.setToolTip(messages.fill(larger_tip, self._scale))


class ContrastToggle(Retranslating, QCheckBox):
    """ "Contraste élevé": white and yellow on black, remembered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contrast_toggle")
        self.setProperty("role", "toggle")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Contraste élevé"))
        self.setAccessibleName(self.text())
        tip = self.tr("Texte blanc et jaune sur fond noir, plus facile à lire pour certains yeux.")
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)


class HelpButton(Retranslating, QPushButton):
    """Opens the keyboard help (also F1)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_button")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Aide (F1)"))
        self.setAccessibleName(self.tr("Aide et raccourcis clavier"))
        self.setToolTip(self.tr("Les raccourcis clavier de cette fenêtre (touche F1)."))


class DisplayBar(QWidget):
    """Text size, contrast, language and help, in one flow: on a narrow row they move to
    a new line instead of being cut off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("display_box")
        self.text_size = TextSizeControl(self)
        self.contrast_toggle = ContrastToggle(self)
        # The language label and its drop-down stay together on one row.
        self.language_box = QWidget(self)
        self.language_box.setObjectName("language_box")
        self.language_selector = LanguageSelector(self.language_box)
        self.language_label = language_label(self.language_selector, self.language_box)
        language_row = QHBoxLayout(self.language_box)
        language_row.setContentsMargins(0, 0, 0, 0)
        language_row.setSpacing(8)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_selector)
        self.help_button = HelpButton(self)
        self.flow = FlowLayout(self)
        for widget in (self.text_size, self.contrast_toggle, self.language_box, self.help_button):
            self.flow.addWidget(widget)

    def move_to(self, target: QLayout, others: tuple[QLayout, ...], page: QLayout) -> None:
        """Put the controls in ``target`` (out of ``others``) before a new text size is
        applied. Qt shows a widget added to a layout from the event loop (a queued call),
        after the new size is laid out: it would be laid out and painted twice. That call
        runs now, with the ``page`` layout off (the new size lays it out anyway)."""
        if target.indexOf(self) >= 0:
            return
        for layout in others:
            layout.removeWidget(self)
        target.addWidget(self)
        page.setEnabled(False)
        try:
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        finally:
            page.setEnabled(True)
