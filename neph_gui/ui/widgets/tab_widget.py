"""Tabs whose titles wrap onto more lines when the window is too narrow for them.

Qt keeps tab titles as given and, when they do not fit, hides some tabs behind two small
scroll arrows. At 200 % text that would hide a whole tab; here the titles are re-wrapped
to the room there is (the arrows stay only as a last resort, for a single word too long).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QStyle,
    QStyleOptionTab,
    QTabWidget,
    QWidget,
)

from neph_gui.ui.widgets.accessibility import plain_page_stacks

TAB_GAP = 4  # the style sheet's margin between tabs


class WrappingTabWidget(QTabWidget):
    """A QTabWidget; give titles with ``set_titles()`` to have them fit the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        plain_page_stacks()
        super().__init__(parent)
        self._titles: list[str] = []
        self.tabBar().installEventFilter(self)

    def set_titles(self, titles: list[str]) -> None:
        """The titles as written (line breaks where they look best when there is room)."""
        self._titles = list(titles)
        self._fit()

    def titles(self) -> list[str]:
        """The titles as written, before any re-wrapping."""
        return list(self._titles)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.tabBar() and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self._fit()
        return False

    def _fit(self) -> None:
        bar = self.tabBar()
        count = min(len(self._titles), bar.count())
        if count == 0:
            return
        # The selected tab is bold: measure every title in bold, so selecting one never
        # makes the row overflow.
        font = QFont(bar.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        overhead = self._tab_overhead(metrics)
        titles = self._titles[:count]
        natural = [max(metrics.horizontalAdvance(line) for line in t.split("\n")) for t in titles]
        room = self.width() - 8 - count * overhead
        shares = natural if sum(natural) <= room else _shares(natural, room)
        for index, (title, share) in enumerate(zip(titles, shares, strict=True)):
            if share < natural[index]:
                title = _wrap(title, share, metrics)
            if bar.tabText(index) != title:
                bar.setTabText(index, title)

    def _tab_overhead(self, metrics: QFontMetrics) -> int:
        """Width a tab adds around its text (padding, outline, gap), from the style."""
        bar = self.tabBar()
        option = QStyleOptionTab()
        option.initFrom(bar)
        option.text = "x"
        text_width = metrics.horizontalAdvance("x")
        size = bar.style().sizeFromContents(
            QStyle.ContentsType.CT_TabBarTab, option, QSize(text_width, metrics.height()), bar
        )
        return max(0, size.width() - text_width) + TAB_GAP


def _shares(natural: list[int], room: int) -> list[int]:
    """Widths for titles that want ``natural`` widths in ``room`` pixels: a title that
    needs less than an equal share keeps its width and leaves the rest to the others."""
    shares = [0] * len(natural)
    left, waiting = max(room, len(natural)), sorted(range(len(natural)), key=natural.__getitem__)
    while waiting:
        share = left // len(waiting)
        index = waiting.pop(0)
        shares[index] = min(natural[index], share)
        left -= shares[index]
    return shares


def _wrap(title: str, width: int, metrics: QFontMetrics) -> str:
    """``title`` in lines of at most ``width`` pixels, words kept whole: the author's line
    breaks are kept, unless breaking the words afresh takes fewer lines."""
    kept = [part for line in title.split("\n") for part in _greedy(line.split(), width, metrics)]
    afresh = _greedy(title.split(), width, metrics)
    return "\n".join(afresh if len(afresh) < len(kept) else kept)


def _greedy(words: list[str], width: int, metrics: QFontMetrics) -> list[str]:
    lines: list[str] = []
    for word in words:
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines
