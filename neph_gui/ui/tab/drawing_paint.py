"""How a drawing view paints: where the drawing goes in its area, the plate under it and
the highlight rings (pure functions of the view's geometry and theme)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer

from neph_gui.theme import Palette

PLATE_PADDING = 6  # px between the plate's border and the drawing


def fit_rect(area: QRectF, aspect: float, top_aligned: bool) -> QRectF:
    """The drawing's rectangle in ``area``: as large as it fits, centred (or at the top)."""
    inner = area.adjusted(PLATE_PADDING, PLATE_PADDING, -PLATE_PADDING, -PLATE_PADDING)
    width = min(inner.width(), inner.height() / aspect)
    height = width * aspect
    spare_height = 0.0 if top_aligned else (inner.height() - height) / 2
    return QRectF(inner.x() + (inner.width() - width) / 2, inner.y() + spare_height, width, height)


def map_box(target: QRectF, view_box: QRectF, box: QRectF) -> QRectF:
    """``box`` (in the SVG's coordinates) where the drawing is painted in ``target``."""
    k = target.width() / view_box.width()
    return QRectF(
        target.x() + (box.x() - view_box.x()) * k,
        target.y() + (box.y() - view_box.y()) * k,
        box.width() * k,
        box.height() * k,
    )


def paint_plate(
    painter: QPainter,
    target: QRectF,
    palette: Palette,
    renderer: QSvgRenderer,
    picture: QPixmap | None = None,
) -> None:
    """The plate under the drawing, and the drawing itself (``picture``: already drawn
    at ``target``'s size; else rendered from the SVG now)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    plate = target.adjusted(
        -PLATE_PADDING + 1, -PLATE_PADDING + 1, PLATE_PADDING - 1, PLATE_PADDING - 1
    )
    painter.setPen(QPen(QColor(palette.border), 2))
    painter.setBrush(QColor(palette.plate))
    painter.drawRoundedRect(plate, 6, 6)
    if picture is not None:
        painter.drawPixmap(target.topLeft(), picture)
    else:
        renderer.render(painter, target)
    painter.restore()


def paint_ring(painter: QPainter, path: QPainterPath, outline: float, palette: Palette) -> None:
    """The highlight's ring around ``path``: a thick band in the highlight colour with
    dark dashes on it (visible on pink, white and grey, and not told by colour alone)."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(palette.highlight), outline))
    painter.drawPath(path)
    dashes = QPen(QColor(palette.ink), max(1.5, outline / 3))
    dashes.setDashPattern([3.0, 3.0])
    painter.setPen(dashes)
    painter.drawPath(path)


def outline_path(rect: QRectF, width: float, k: float) -> QPainterPath:
    """A rounded outline ``width`` wide around ``rect`` (``k``: the drawing's scale)."""
    grow = width / 2
    path = QPainterPath()
    radius = max(4.0, 8.0 * k)
    path.addRoundedRect(rect.adjusted(-grow, -grow, grow, grow), radius, radius)
    return path
