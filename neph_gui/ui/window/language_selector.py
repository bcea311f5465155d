"""The language control: "Français / English", always visible in the window's top bar."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QWidget,
)

from neph_gui.i18n import Retranslating, available_languages, current_language, native_name

# Said the same way whatever language is on screen, so a person who cannot read the
# current one still recognises the control (screen readers announce it too).
CONTROL_NAME = "Langue / Language"


def language_label(selector: QComboBox, parent: QWidget | None = None) -> QLabel:
    """The visible "Langue / Language" beside the control, on two short lines.

    Also its label for screen readers: on Linux, Qt names a combo box by its current
    value ("Français") and gives its label through this buddy relation.
    """
    label = QLabel(CONTROL_NAME.replace(" / ", " /\n"), parent)
    label.setObjectName("language_label")
    label.setProperty("role", "small")
    label.setBuddy(selector)
    return label


class LanguageSelector(Retranslating, QComboBox):
    """Each language named in itself; choosing one asks the window to switch at once.

    A drop-down rather than one button per language: it stays small in a crowded top bar
    however many languages are added.
    """

    language_chosen = Signal(str)  # language code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_selector")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in available_languages():
            self.addItem(native_name(code), code)
        self.setAccessibleName(CONTROL_NAME)
        self.setToolTip(CONTROL_NAME)
        self.activated.connect(self.on_activated)
        self.retranslate()

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        # The style sheet sizes the list's rows (≥ 44 px) only through a styled delegate.
        # Set when the list first opens, not at start-up: setting it makes Qt build the
        # list's hidden popup window, whose widgets PySide then looks up class by class.
        if not isinstance(self.itemDelegate(), QStyledItemDelegate):
            self.setItemDelegate(QStyledItemDelegate(self))
        super().showPopup()

    def languages(self) -> list[str]:
        """The codes offered, in order."""
        return [str(self.itemData(index)) for index in range(self.count())]

    def on_activated(self, index: int) -> None:
        code = str(self.itemData(index))
        if code != current_language():
            self.language_chosen.emit(code)

    def retranslate(self) -> None:
        # Follow the language actually shown, whoever changed it (--lang, a test…).
        index = self.findData(current_language())
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
        self.setAccessibleDescription(
            self.tr("Choisissez la langue de la fenêtre. Le changement est immédiat.")
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        # The style sheet hides the style's own arrow (it cannot be re-coloured per theme);
        # draw a chevron in the text colour, so it follows the theme like the text.
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        area = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        side = max(8.0, min(area.width(), area.height()) * 0.6)
        centre = QPointF(area.center())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(self.foregroundRole()), max(2.0, side / 5))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPolyline(
            QPolygonF(
                [
                    centre + QPointF(-side / 2, -side / 4),
                    centre + QPointF(0, side / 4),
                    centre + QPointF(side / 2, -side / 4),
                ]
            )
        )
        painter.end()
