"""WrappedLabel remembers its height per width, and measures again after any change."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from neph_gui.ui.wrapped_label import KNOWN_MEASURES, WrappedLabel

TEXT = "Le numéro est en haut à droite du permis, sous la photo, en chiffres et lettres."
WIDTHS = (60, 120, 200, 400)


def _heights(label: QLabel) -> list[int]:
    return [label.heightForWidth(width) for width in WIDTHS]


def _same_as_qlabel(label: WrappedLabel) -> None:
    """The remembered heights are those QLabel measures now."""
    assert _heights(label) == [QLabel.heightForWidth(label, width) for width in WIDTHS]


def _pair(app: QApplication) -> tuple[QWidget, WrappedLabel]:
    host = QWidget()
    label = WrappedLabel(TEXT, host)
    label.setWordWrap(True)
    QVBoxLayout(host).addWidget(label)
    host.show()
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    return host, label


CHANGES: dict[str, Callable[[WrappedLabel, QWidget], None]] = {
    "text": lambda label, _host: label.setText(TEXT * 3),
    "shorter text": lambda label, _host: label.setText("Court."),
    "number": lambda label, _host: label.setNum(12345),
    "cleared": lambda label, _host: label.clear(),
    "own font": lambda label, _host: label.setFont(QFont(label.font().family(), 30)),
    "parent's font": lambda _label, host: host.setFont(QFont(host.font().family(), 30)),
    "no wrapping": lambda label, _host: label.setWordWrap(False),
    "margin": lambda label, _host: label.setMargin(20),
    "indent": lambda label, _host: label.setIndent(40),
    "contents margins": lambda label, _host: label.setContentsMargins(30, 10, 30, 10),
    "rich text": lambda label, _host: (
        label.setTextFormat(Qt.TextFormat.RichText),
        label.setText("<h1>" + TEXT + "</h1>"),
    ),
    "style sheet": lambda label, _host: label.setStyleSheet("padding: 12px 30px;"),
    "parent's style sheet": lambda _label, host: host.setStyleSheet(
        "QLabel { border: 9px solid black; }"
    ),
    "frame": lambda label, _host: (
        label.setFrameShape(QLabel.Shape.Box),
        label.setLineWidth(8),
    ),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_heights_follow_every_change(app: QApplication, change: str) -> None:
    host, label = _pair(app)
    try:
        before = _heights(label)
        _same_as_qlabel(label)
        CHANGES[change](label, host)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        _same_as_qlabel(label)
        assert _heights(label) != before or change in ("no wrapping",), (
            "the change should change the height (else this test checks nothing)"
        )
    finally:
        host.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_width_is_measured_once(app: QApplication) -> None:
    host, label = _pair(app)
    calls: list[int] = []
    original = QLabel.heightForWidth
    try:
        first = label.heightForWidth(150)
        QLabel.heightForWidth = lambda self, width: calls.append(width) or original(self, width)  # type: ignore[method-assign]
        try:
            assert [label.heightForWidth(150) for _ in range(5)] == [first] * 5
        finally:
            QLabel.heightForWidth = original  # type: ignore[method-assign]
        assert calls == []
    finally:
        host.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _same_hints_as_qlabel(label: WrappedLabel) -> None:
    assert label.sizeHint() == QLabel.sizeHint(label)
    assert label.minimumSizeHint() == QLabel.minimumSizeHint(label)


@pytest.mark.parametrize("change", list(CHANGES))
def test_size_hints_follow_every_change(app: QApplication, change: str) -> None:
    host, label = _pair(app)
    try:
        _same_hints_as_qlabel(label)
        CHANGES[change](label, host)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        _same_hints_as_qlabel(label)
    finally:
        host.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _measures_while(label: WrappedLabel, action: Callable[[], object]) -> list[str]:
    """What QLabel was asked to measure during ``action``."""
    calls: list[str] = []
    originals = {name: getattr(QLabel, name) for name in ("heightForWidth", "sizeHint")}

    def spy(name: str) -> Callable[..., object]:
        return lambda self, *args: calls.append(name) or originals[name](self, *args)

    try:
        for name in originals:
            setattr(QLabel, name, spy(name))
        action()
    finally:
        for name, original in originals.items():
            setattr(QLabel, name, original)
    return calls


def test_a_font_used_before_is_not_measured_again(app: QApplication) -> None:
    """A+ then A−: back to a size, the label answers what it measured at that size."""
    host, label = _pair(app)
    try:
        family = label.font().family()
        small, large = QFont(family, 10), QFont(family, 20)
        host.setFont(small)
        at_small = (_heights(label), label.sizeHint(), label.minimumSizeHint())
        host.setFont(large)
        at_large = (_heights(label), label.sizeHint(), label.minimumSizeHint())
        assert at_large != at_small
        _same_as_qlabel(label)
        host.setFont(small)
        again = _measures_while(
            label, lambda: (_heights(label), label.sizeHint(), label.minimumSizeHint())
        )
        assert again == []
        assert (_heights(label), label.sizeHint(), label.minimumSizeHint()) == at_small
        _same_as_qlabel(label)
        _same_hints_as_qlabel(label)
    finally:
        host.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("change", ["text", "margin", "style sheet", "contents margins"])
def test_a_change_under_another_font_forgets_the_earlier_fonts(
    app: QApplication, change: str
) -> None:
    host, label = _pair(app)
    try:
        family = label.font().family()
        small, large = QFont(family, 10), QFont(family, 20)
        host.setFont(small)
        _heights(label), label.sizeHint(), label.minimumSizeHint()
        host.setFont(large)
        CHANGES[change](label, host)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        host.setFont(small)
        _same_as_qlabel(label)
        _same_hints_as_qlabel(label)
    finally:
        host.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_text_shown_again_is_not_measured_again(app: QApplication) -> None:
    """A status line says the same few sentences again and again: back to a text, its
    measures are those remembered, and they are still what QLabel measures."""
    host, label = _pair(app)
    try:
        measured = (_heights(label), label.sizeHint(), label.minimumSizeHint())
        remembered = label._now
        label.setText("Court.")
        _same_as_qlabel(label)
        _same_hints_as_qlabel(label)
        label.setText(TEXT)
        assert label._now is remembered
        again = _measures_while(
            label, lambda: (_heights(label), label.sizeHint(), label.minimumSizeHint())
        )
        assert again == []
        assert (_heights(label), label.sizeHint(), label.minimumSizeHint()) == measured
        _same_as_qlabel(label)
        label.setMargin(20)  # any other change: all texts are measured again
        assert label._now is not remembered
        label.setText("Court.")
        label.setText(TEXT)
        _same_as_qlabel(label)
        _same_hints_as_qlabel(label)
        for number in range(3 * KNOWN_MEASURES):  # a counter: many texts, few remembered
            label.setText(f"{number} chiffres sur 12")
        assert len(label._known) <= KNOWN_MEASURES
    finally:
        host.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
