"""One drawing (SVG) painted as vectors, with Qt's words on top and highlighted regions.

Each file is parsed once (``drawing_file.load_drawing``) and shared by every view of it,
so typing never re-reads an SVG. The drawing keeps its proportions inside whatever room the
layout gives it, on a light plate with a border so it reads the same in every theme.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFontInfo,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from neph_gui.fonts import load_fonts
from neph_gui.texts.drawing_texts import Label, LabelStyle
from neph_gui.theme import DEFAULT, Palette
from neph_gui.ui.tab.drawing_file import load_drawing
from neph_gui.ui.tab.drawing_paint import (
    PLATE_PADDING,
    fit_rect,
    map_box,
    outline_path,
    paint_plate,
    paint_ring,
)
from neph_gui.ui.tab.text_fit import MIN_PIXEL_SIZE, Fitted, Placed, fit_labels
from neph_gui.ui.widgets.accessibility import told_as

MIN_DRAWING_WIDTH = 150  # px; only in a tiny window: the words are then hard to read
# The width a drawing asks for. Below what a 1366 × 768 screen leaves it, so that a tab
# fits there without scrolling; in a narrower column the drawing takes the whole width
# and the tab scrolls instead of squeezing it.
PREFERRED_DRAWING_WIDTH = 300


class DrawingView(QWidget):
    """Paints one drawing; highlights regions; says which region was clicked.

    Not focusable: keyboard users have the entry boxes and the "Agrandir" button, and the
    drawing's content is in its accessible description and in the tab's text.
    """

    region_clicked = Signal(str)  # region id
    region_hovered = Signal(str)  # region id, "" when the pointer leaves every region
    clicked = Signal()  # a click outside the clickable regions (when click_anywhere)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        told_as(DrawingView, QAccessible.Role.Graphic)  # an image, with its name
        self.setObjectName("drawing_" + name.removesuffix(".svg"))
        self.drawing = load_drawing(name)
        self._families = load_fonts()
        self._labels: dict[str, Label] = {}
        self._highlighted: tuple[str, ...] = ()
        self._marked: tuple[str, ...] = ()
        self._clickable: tuple[str, ...] = ()
        self._click_anywhere = False
        self._hovered = ""
        self._palette: Palette = DEFAULT
        self._top_aligned = False
        self._preferred_width = PREFERRED_DRAWING_WIDTH
        self._minimum_width = MIN_DRAWING_WIDTH
        self._follows_width = False
        self._rendering = False  # render_image(): an image for paper, not the screen
        self._picture_cache: tuple[tuple[int, int, float], QPixmap] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(self._size_for_width(MIN_DRAWING_WIDTH))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    # --- public -----------------------------------------------------------------------
    @property
    def name(self) -> str:
        """The file name of the drawing."""
        return self.drawing.name

    def set_labels(self, labels: Mapping[str, Label]) -> None:
        """The text of each ``label-*`` box (others stay empty)."""
        new = dict(labels)
        if new == self._labels:
            return
        old, self._labels = self._labels, new
        changed = [key for key in old.keys() | new.keys() if old.get(key) != new.get(key)]
        self._update_labels(changed, old)

    def _update_labels(self, label_ids: Iterable[str], old: Mapping[str, Label]) -> None:
        """Repaint only where these labels are (a keystroke changes one website box).

        A whole-view repaint would also repaint everything under the view (its parents'
        backgrounds), at every keystroke. Captions share one size, so a changed caption
        repaints the whole view.
        """
        bounds = self.drawing.bounds
        target = self.drawing_rect()
        region = QRegion()
        for label_id in label_ids:
            label = self._labels.get(label_id) or old.get(label_id)
            if label is None or label.style is LabelStyle.CAPTION or label_id not in bounds:
                self.update()
                return
            rect = self._map(target, bounds[label_id])
            # Glyphs may reach a little past their box (accents, descenders).
            grow = rect.height() / 4 + 2
            region += rect.adjusted(-grow, -grow, grow, grow).toAlignedRect()
        self.update(region)

    def labels(self) -> dict[str, Label]:
        """The texts shown, by label id."""
        return dict(self._labels)

    def shown_text(self, label_id: str) -> str:
        """The text written in one label box, in the current language ("" if none)."""
        label = self._labels.get(label_id)
        return label.shown() if label is not None else ""

    def set_highlighted(self, regions: Iterable[str]) -> None:
        """Highlight these regions (thick outline + soft fill); () for none."""
        new = tuple(regions)
        if new != self._highlighted:
            self._highlighted = new
            self.update()

    def highlighted(self) -> tuple[str, ...]:
        """The regions highlighted now."""
        return self._highlighted

    def set_marked(self, regions: Iterable[str]) -> None:
        """Regions always outlined with dashes (e.g. the card's field 5: "not this one")."""
        self._marked = tuple(regions)
        self.update()

    def set_clickable(self, regions: Iterable[str], *, click_anywhere: bool = False) -> None:
        """Which regions report clicks; ``click_anywhere``: other clicks emit ``clicked``."""
        self._clickable = tuple(regions)
        self._click_anywhere = click_anywhere
        interactive = bool(self._clickable) or click_anywhere
        self.setMouseTracking(interactive)
        if click_anywhere:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()

    def set_top_aligned(self, top: bool) -> None:
        """Paint at the top of the widget instead of centred (when it is taller)."""
        self._top_aligned = top
        self.update()

    def set_theme(self, palette: Palette) -> None:
        """Colours of the plate, the words and the highlight."""
        if palette != self._palette:
            self._palette = palette
            self.update()

    def theme(self) -> Palette:
        """The palette the view paints with."""
        return self._palette

    def clone(self, parent: QWidget | None = None) -> DrawingView:
        """A view of the same drawing with the same words and highlights (not clickable)."""
        view = DrawingView(self.name, parent)
        view.set_labels(self._labels)
        view.set_highlighted(self._highlighted)
        view.set_marked(self._marked)
        view.set_theme(self._palette)
        view.set_top_aligned(self._top_aligned)
        view.setAccessibleName(self.accessibleName())
        view.setAccessibleDescription(self.accessibleDescription())
        return view

    def drawing_rect(self) -> QRectF:
        """Where the drawing is painted in the widget (proportions kept, centred)."""
        return self._fit(QRectF(self.rect()))

    def region_rect(self, region: str) -> QRectF:
        """The box of a region (or label) id in widget coordinates."""
        return self._map(self.drawing_rect(), self.drawing.bounds[region])

    def region_at(self, pos: QPointF) -> str:
        """The clickable region under ``pos`` (widget coordinates), or ""."""
        target = self.drawing_rect()
        for region in self._clickable:
            if region in self.drawing.bounds and self._map(
                target, self.drawing.bounds[region]
            ).contains(pos):
                return region
        return ""

    def render_image(self, size: QSize) -> QImage:
        """The view as it would paint at ``size`` (logical pixels), on a transparent image."""
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._rendering = True
        try:
            self._paint(painter, QRectF(0, 0, size.width(), size.height()))
        finally:
            self._rendering = False
            painter.end()
        return image

    def paint_into(self, painter: QPainter, area: QRectF) -> None:
        """Paint the view, as vectors, into ``area`` of another painter (a picture that
        another widget draws as part of itself); the painter's state is kept."""
        painter.save()
        try:
            self._paint(painter, area)
        finally:
            painter.restore()

    def fitted_labels(self) -> dict[str, Fitted]:
        """The words as drawn at the current size, by label id (left-out words have
        the text "")."""
        return {label_id: fitted for label_id, _rect, fitted, _style in self._placed()}

    def text_floor_px(self) -> int:
        """No word is drawn smaller than this on screen: the pixel size of the body text.
        (An image for the printed sheet is scaled to the paper: see render_image.)"""
        if self._rendering:
            return MIN_PIXEL_SIZE
        return QFontInfo(self.font()).pixelSize()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.update()  # the words are translated and fitted when painted
        super().changeEvent(event)

    # --- size -------------------------------------------------------------------------
    def _size_for_width(self, width: int) -> QSize:
        height = math.ceil(width * self.drawing.aspect)
        return QSize(width + 2 * PLATE_PADDING, height + 2 * PLATE_PADDING)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # A scroll area sizes its page from the preferred heights: a drawing asks for a
        # modest size and grows into the room that is left (up to its full width).
        return self._size_for_width(self._preferred_width)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._size_for_width(self._minimum_width)

    def set_follows_width(self, follows: bool) -> None:
        """Take the height the drawing needs at the width the layout gives (the layout
        then sets the size from the width alone)."""
        self._follows_width = follows
        policy = self.sizePolicy()
        policy.setHeightForWidth(follows)
        self.setSizePolicy(policy)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return self._follows_width

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._size_for_width(max(self._minimum_width, width - 2 * PLATE_PADDING)).height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # Never taller than the drawing needs at this width: the layout then gives the
        # spare height to the other drawing instead of leaving gaps around this one.
        if not self._follows_width:  # (otherwise the layout asks heightForWidth)
            width = max(self._minimum_width, event.size().width() - 2 * PLATE_PADDING)
            self.setMaximumHeight(self._size_for_width(width).height())
        super().resizeEvent(event)

    # --- mouse ------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        region = self.region_at(event.position())
        if region != self._hovered:
            self._hovered = region
            if region:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
            elif not self._click_anywhere:
                self.unsetCursor()
            self.region_hovered.emit(region)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        if self._hovered:
            self._hovered = ""
            self.region_hovered.emit("")
        super().leaveEvent(event)  # type: ignore[arg-type]

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            region = self.region_at(event.position())
            if region:
                self.region_clicked.emit(region)
            elif self._click_anywhere and self.drawing_rect().contains(event.position()):
                self.clicked.emit()
        super().mouseReleaseEvent(event)

    # --- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            self._paint(
                painter, QRectF(self.rect()), self.devicePixelRatioF(), QRectF(event.rect())
            )
        finally:
            painter.end()

    def _fit(self, area: QRectF) -> QRectF:
        return fit_rect(area, self.drawing.aspect, self._top_aligned)

    def _map(self, target: QRectF, box: QRectF) -> QRectF:
        return map_box(target, self.drawing.view_box, box)

    def _picture(self, target: QRectF, ratio: float) -> QPixmap:
        """The SVG drawn at ``target``'s size, kept until the size changes: rendering the
        SVG took 7 ms a view, four views a tab switch (docs/performance.md)."""
        key = (round(target.width()), round(target.height()), ratio)
        if self._picture_cache is None or self._picture_cache[0] != key:
            pixmap = QPixmap(round(key[0] * ratio), round(key[1] * ratio))
            pixmap.fill(Qt.GlobalColor.transparent)
            pixmap.setDevicePixelRatio(ratio)
            painter = QPainter(pixmap)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                self.drawing.renderer.render(painter, QRectF(0, 0, key[0], key[1]))
            finally:
                painter.end()
            self._picture_cache = (key, pixmap)
        return self._picture_cache[1]

    def _paint(
        self, painter: QPainter, area: QRectF, ratio: float = 1.0, dirty: QRectF | None = None
    ) -> None:
        """Paint the view in ``area``; only what meets ``dirty`` is drawn (a keystroke
        repaints one box: the other words and outlines are skipped, not just clipped)."""
        palette = self._palette
        dirty = QRectF(area) if dirty is None else dirty
        target = self._fit(area)
        k = target.width() / self.drawing.view_box.width()
        on_screen = painter.device() is self
        picture = self._picture(target, ratio) if on_screen else None
        paint_plate(painter, target, self._palette, self.drawing.renderer, picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

        bounds = self.drawing.bounds
        outline = max(3.0, 6.0 * k)
        paths = {
            region: path
            for region in self._highlighted
            if region in bounds
            and (path := outline_path(self._map(target, bounds[region]), outline, k))
            .boundingRect()
            .adjusted(-outline, -outline, outline, outline)
            .intersects(dirty)
        }
        for path in paths.values():
            painter.fillPath(path, QColor(palette.highlight_fill))

        painter.setPen(QColor(palette.ink))
        self._draw_labels(painter, target, dirty)

        painter.setBrush(Qt.BrushStyle.NoBrush)
        for region in self._marked:
            if region in bounds and self._map(target, bounds[region]).adjusted(
                -outline, -outline, outline, outline
            ).intersects(dirty):
                pen = QPen(QColor(palette.ink), max(2.0, 3.0 * k))
                pen.setDashPattern([3.0, 2.0])
                painter.setPen(pen)
                painter.drawPath(outline_path(self._map(target, bounds[region]), 3, k))
        for path in paths.values():
            paint_ring(painter, path, outline, palette)

    # --- words ------------------------------------------------------------------------
    def _placed(self, target: QRectF | None = None) -> list[Placed]:
        """Each word with its box and fitted font (words left out have the text "")."""
        target = self.drawing_rect() if target is None else target
        bounds = self.drawing.bounds
        rects = {key: self._map(target, bounds[key]) for key in self._labels if key in bounds}
        families = self._families
        return fit_labels(self._labels, rects, families.ui, families.mono, self.text_floor_px())

    def _draw_labels(self, painter: QPainter, target: QRectF, dirty: QRectF) -> None:
        for _label_id, rect, fitted, _style in self._placed(target):
            grow = rect.height() / 4 + 2  # glyphs may reach past their box (see set_labels)
            if not fitted.text or not rect.adjusted(-grow, -grow, grow, grow).intersects(dirty):
                continue
            painter.setFont(fitted.font)
            painter.drawText(rect, fitted.flags, fitted.text)
