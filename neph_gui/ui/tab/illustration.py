"""The drawings of one tab: where the number is on the licence, and where it goes on the site.

Which region belongs to which box comes only from the era data (``BoxSpec``); this panel
turns a box key into region ids and back, and never decides anything about licences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from neph_gui.i18n import Retranslating
from neph_gui.licence import EraSpec, ValidationResult
from neph_gui.texts import drawing_texts as texts
from neph_gui.texts.messages import era_text
from neph_gui.theme import Palette
from neph_gui.ui.tab.drawing_view import DrawingView
from neph_gui.ui.widgets.status_line import tone_icon
from neph_gui.ui.widgets.wrapped_label import WrappedLabel

if TYPE_CHECKING:  # the dialog itself is imported when first opened
    from neph_gui.ui.tab.magnifier_dialog import MagnifierDialog


class IllustrationPanel(Retranslating, QWidget):
    """Licence drawing (or, in tab 1, the card), a note in words, and the website's boxes.

    Highlights follow the box being typed in or pointed at (``set_active_box``); a click
    on a region asks the tab to focus its box (``box_clicked``).
    """

    box_clicked = Signal(str)  # box key
    box_hovered = Signal(str)  # box key, "" when the pointer leaves the regions
    card_shown_changed = Signal(bool)

    def __init__(self, spec: EraSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"illustration_{spec.era.value}")
        self._result: ValidationResult | None = None
        self._magnifier: MagnifierDialog | None = None
        self._column_width = 0  # the width the tab gives the drawings (set_column_width)
        # As wide as the tab asks (never wider), narrower only when the window is small.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        # Created in reading order: that is also the Tab order and the screen-reader order.
        self.rose_button: QPushButton | None = None
        self.card_button: QPushButton | None = None
        if spec.has_card:
            layout.addLayout(self._build_card_switch())

        self.licence = DrawingView(spec.licence_drawing, self)
        self.licence.set_labels(texts.licence_labels(spec))
        self.licence.set_clickable([box.licence_region for box in spec.boxes], click_anywhere=True)
        self.licence.set_follows_width(True)
        layout.addWidget(self.licence)

        self.card_back: DrawingView | None = None
        self.card_front: DrawingView | None = None
        self.card_front_note: QLabel | None = None
        self._card_front_row: QWidget | None = None
        if spec.card_back_drawing is not None and spec.card_front_drawing is not None:
            self.card_back = self._build_card_back(spec.card_back_drawing)
            layout.addWidget(self.card_back)
            self.card_back.hide()

        # The one sentence saying where the number is: the drawing's caption.
        self.magnify_button = QPushButton(self)
        self.magnify_button.setObjectName("magnify_button")
        self.magnify_button.clicked.connect(self.magnify)
        self.note = WrappedLabel(self)
        self.note.setObjectName("drawing_note")
        self.note.setWordWrap(True)
        # The note beside the button when there is room, under it otherwise.
        self._note_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._note_row.setSpacing(12)
        self._note_row.addWidget(self.note, 1)
        self._note_row.addWidget(self.magnify_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(self._note_row)

        if spec.card_front_drawing is not None and self.card_back is not None:
            self._card_front_row = self._build_card_front(spec.card_front_drawing)
            layout.addWidget(self._card_front_row)
            self._card_front_row.hide()
        layout.addStretch(1)

        # What to type on the site, and the drawing of the site's boxes: the tab shows
        # them under the answer (see EraTab), smaller than the licence.
        self.site = QWidget(self)
        self.how = WrappedLabel(self.site)
        self.how.setObjectName("how_to_type")
        self.how.setWordWrap(True)
        self.website = DrawingView(spec.website_drawing, self.site)
        self.website.set_clickable([box.website_region for box in spec.boxes])
        self.website.set_labels(texts.website_labels(spec, None))
        self.website.set_follows_width(True)
        site_layout = QVBoxLayout(self.site)
        site_layout.setContentsMargins(0, 0, 0, 0)
        site_layout.setSpacing(8)
        site_layout.addWidget(self.how)
        site_layout.addWidget(self.website)

        for view in self.views():
            view.region_clicked.connect(self.on_region_clicked)
            view.region_hovered.connect(self.on_region_hovered)
            view.clicked.connect(self.magnify)
        self.retranslate()

    def _build_card_switch(self) -> QHBoxLayout:
        """Two big toggle buttons: pink paper licence or card (remembered while the app runs)."""
        self.rose_button = QPushButton(self)
        self.rose_button.setObjectName("show_rose_button")
        self.card_button = QPushButton(self)
        self.card_button.setObjectName("show_card_button")
        # Exclusive by hand, not with a QButtonGroup: Tab would reach only the checked
        # button of a group, and people who do not know the arrow keys could not switch.
        toggles = QHBoxLayout()
        toggles.setSpacing(8)
        for button in (self.rose_button, self.card_button):
            button.setCheckable(True)
            button.setMinimumHeight(44)
            toggles.addWidget(button, 1)
        self.rose_button.setChecked(True)
        self._card_shown = False
        self.rose_button.clicked.connect(lambda: self.show_card(False))
        self.card_button.clicked.connect(lambda: self.show_card(True))
        return toggles

    def _build_card_back(self, back: str) -> DrawingView:
        """The card's back, where the number is: as large as the pink licence."""
        spec = self.spec
        view = DrawingView(back, self)
        view.set_labels(texts.card_back_labels(spec))
        view.set_clickable(
            [box.card_region for box in spec.boxes if box.card_region], click_anywhere=True
        )
        view.set_follows_width(True)
        return view

    def _build_card_front(self, front: str) -> QWidget:
        """The card's front with field 5, smaller, and beside it its warning in words."""
        spec = self.spec
        row_widget = QWidget(self)
        self.card_front = DrawingView(front, row_widget)
        self.card_front.set_labels(texts.card_front_labels(spec))
        if spec.card_front_other_number_region:
            self.card_front.set_marked([spec.card_front_other_number_region])
        self.card_front.set_clickable([], click_anywhere=True)
        self.card_front.set_follows_width(True)
        self.card_front_note = WrappedLabel(row_widget)
        self.card_front_note.setObjectName("card_front_note")
        self.card_front_note.setWordWrap(True)
        self.card_front_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.card_front, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.card_front_note, 1, Qt.AlignmentFlag.AlignTop)
        return row_widget

    # --- public -----------------------------------------------------------------------
    def set_column_width(self, width: int) -> None:
        """The width the drawings take (the tab measures it from its own width and the
        text size). Not a minimum: the window's smallest size does not depend on it."""
        if width != self._column_width:
            self._column_width = width
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        if self._column_width > 0:
            hint.setWidth(max(self._column_width, self.minimumSizeHint().width()))
        return hint

    def views(self) -> list[DrawingView]:
        """Every drawing of the panel, shown or not."""
        found = [self.licence, self.website]
        found += [view for view in (self.card_back, self.card_front) if view is not None]
        return found

    def card_shown(self) -> bool:
        """True when tab 1 shows the credit-card licence instead of the pink one."""
        return self.card_button is not None and self.card_button.isChecked()

    def show_card(self, card: bool) -> None:
        """Show the card (True) or the pink paper licence (False)."""
        if self.card_button is not None and self.rose_button is not None:
            self.card_button.setChecked(card)
            self.rose_button.setChecked(not card)
            if card != self._card_shown:
                self._card_shown = card
                self.on_card_toggled(card)

    def show_result(self, result: ValidationResult) -> None:
        """Fill the website's boxes with what was typed (normalised)."""
        self._result = result
        self.website.set_labels(texts.website_labels(self.spec, result))
        self._refresh_magnifier()

    def set_active_box(self, key: str) -> None:
        """Highlight the regions of box ``key`` on every drawing ("" for none)."""
        boxes = [box for box in self.spec.boxes if box.key == key]
        self.licence.set_highlighted(box.licence_region for box in boxes)
        self.website.set_highlighted(box.website_region for box in boxes)
        if self.card_back is not None:
            self.card_back.set_highlighted(box.card_region for box in boxes if box.card_region)
        self._refresh_magnifier()

    def set_theme(self, palette: Palette) -> None:
        """Colours of the drawings' plates, words and highlights."""
        for view in self.views():
            view.set_theme(palette)
        self._refresh_magnifier()

    def reset(self) -> None:
        """Back to how a new visitor first sees it: pink licence, no enlarged drawing."""
        if self._magnifier is not None:
            self._magnifier.reject()
        self.show_card(False)

    def magnifier(self) -> MagnifierDialog | None:
        """The enlarged drawing, while it is open."""
        return self._magnifier

    def magnify(self) -> None:
        """Open the licence drawing (or the card) large in a dialog."""
        if self._magnifier is not None:
            return
        from neph_gui.ui.tab.magnifier_dialog import MagnifierDialog

        dialog = MagnifierDialog(self._magnified_sources(), self.note.text(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.on_magnifier_finished)
        self._magnifier = dialog
        dialog.open()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # Beside the button the note needs fewer lines in all but very narrow columns.
        wide = event.size().width() >= 2.3 * self.magnify_button.sizeHint().width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._note_row.direction() != direction:
            self._note_row.setDirection(direction)
        super().resizeEvent(event)

    # --- slots ------------------------------------------------------------------------
    def on_card_toggled(self, card: bool) -> None:
        self.licence.setVisible(not card)
        for part in (self.card_back, self._card_front_row):
            if part is not None:
                part.setVisible(card)
        self.retranslate()
        self.card_shown_changed.emit(card)

    def on_region_clicked(self, region: str) -> None:
        key = self._key_for(self.sender(), region)
        if key:
            self.box_clicked.emit(key)

    def on_region_hovered(self, region: str) -> None:
        self.box_hovered.emit(self._key_for(self.sender(), region) if region else "")

    def on_magnifier_finished(self, _result: int) -> None:
        self._magnifier = None

    # --- internals --------------------------------------------------------------------
    def _key_for(self, view: object, region: str) -> str:
        for box in self.spec.boxes:
            if view is self.licence and region == box.licence_region:
                return box.key
            if view is self.card_back and region == box.card_region:
                return box.key
            if view is self.website and region == box.website_region:
                return box.key
        return ""

    def _magnified_sources(self) -> list[tuple[DrawingView, int]]:
        if self.card_shown() and self.card_back is not None and self.card_front is not None:
            return [(self.card_back, 3), (self.card_front, 2)]
        return [(self.licence, 1)]

    def _refresh_magnifier(self) -> None:
        if self._magnifier is not None:
            sources = [view for view, _stretch in self._magnified_sources()]
            if len(sources) == len(self._magnifier.views):
                self._magnifier.refresh(sources, self.note.text())

    def _describe(self, view: DrawingView, *values: str) -> str:
        """Name and describe a drawing; return the sentence to write under it."""
        description = texts.DESCRIPTIONS[view.name]
        name, where = description.shown()
        # A number is read as one piece: its groups never wrap onto two lines.
        unbroken = [value.replace(" ", "\u00a0") for value in values]
        view.setAccessibleName(name)
        view.setAccessibleDescription(description.spoken(*unbroken))
        return where

    def retranslate(self) -> None:
        self.how.setText(era_text(self.spec.how))
        spec = self.spec
        licence_words = self._describe(self.licence, *texts.example_parts(spec))
        website_words = self._describe(self.website)
        self.website.setAccessibleDescription(website_words + " " + texts.typed_shows_text())
        note = licence_words
        if self.card_back is not None and self.card_front is not None:
            back_words = self._describe(self.card_back, *texts.card_example_lines(spec))
            front_words = self._describe(self.card_front)
            if self.card_front_note is not None:
                self.card_front_note.setText(front_words)
            if self.card_shown():
                note = back_words
        self.note.setText(note)
        self.magnify_button.setText(self.tr("Agrandir le dessin"))
        self.magnify_button.setAccessibleName(self.magnify_button.text())
        self.magnify_button.setAccessibleDescription(
            self.tr("Montre le dessin du permis en grand. Échap pour le fermer.")
        )
        if self.rose_button is not None and self.card_button is not None:
            self.rose_button.setText(self.tr("Permis rose"))
            self.rose_button.setAccessibleName(self.tr("Permis rose (papier)"))
            self.rose_button.setAccessibleDescription(
                self.tr("Montre où est le numéro sur le permis rose en papier.")
            )
            self.card_button.setText(self.tr("Permis carte"))
            self.card_button.setAccessibleName(self.tr("Permis carte (format carte bancaire)"))
            self.card_button.setAccessibleDescription(
                self.tr("Montre où est le numéro sur le permis au format carte bancaire.")
            )
            for button in (self.rose_button, self.card_button):
                # The chosen document gets a tick, not only another colour.
                button.setIcon(tone_icon("ok") if button.isChecked() else QIcon())
        self._refresh_magnifier()
