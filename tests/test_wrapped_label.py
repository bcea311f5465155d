"""WrappedLabel is a QLabel that wraps: narrower means taller, and a change is measured."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from neph_gui.ui.widgets.wrapped_label import WrappedLabel

TEXT = "Le numéro est en haut à droite du permis, sous la photo, en chiffres et lettres."


def test_it_wraps_and_follows_its_text_and_font(app: QApplication) -> None:
    label = WrappedLabel(TEXT)
    assert label.wordWrap()
    assert label.heightForWidth(80) > label.heightForWidth(400)
    before = label.heightForWidth(200)
    label.setText(TEXT * 3)
    assert label.heightForWidth(200) > before
    label.setText(TEXT)
    label.setFont(QFont(label.font().family(), 30))
    assert label.heightForWidth(200) > before
