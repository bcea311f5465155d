"""How the app style draws check boxes, radio buttons and arrows: in the theme's text
colour and thick enough to see (Fusion's are pale grey, under 3:1 on our backgrounds)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyleOption

ARROWS = {
    QStyle.PrimitiveElement.PE_IndicatorArrowUp: "up",
    QStyle.PrimitiveElement.PE_IndicatorSpinUp: "up",
    QStyle.PrimitiveElement.PE_IndicatorSpinPlus: "up",
    QStyle.PrimitiveElement.PE_IndicatorArrowDown: "down",
    QStyle.PrimitiveElement.PE_IndicatorSpinDown: "down",
    QStyle.PrimitiveElement.PE_IndicatorSpinMinus: "down",
    QStyle.PrimitiveElement.PE_IndicatorArrowLeft: "left",
    QStyle.PrimitiveElement.PE_IndicatorArrowRight: "right",
}


def draw_arrow(direction: str, option: QStyleOption, painter: QPainter) -> None:
    """A solid triangle in the text colour, as large as the space allows."""
    rect = QRectF(option.rect)
    side = max(6.0, min(rect.width(), rect.height()) * 0.6)
    c = rect.center()
    h = side / 2
    points = {
        "up": ((c.x() - h, c.y() + h / 2), (c.x() + h, c.y() + h / 2), (c.x(), c.y() - h / 2)),
        "down": ((c.x() - h, c.y() - h / 2), (c.x() + h, c.y() - h / 2), (c.x(), c.y() + h / 2)),
        "left": ((c.x() + h / 2, c.y() - h), (c.x() + h / 2, c.y() + h), (c.x() - h / 2, c.y())),
        "right": ((c.x() - h / 2, c.y() - h), (c.x() - h / 2, c.y() + h), (c.x() + h / 2, c.y())),
    }[direction]
    group = (
        QPalette.ColorGroup.Normal
        if option.state & QStyle.StateFlag.State_Enabled
        else QPalette.ColorGroup.Disabled
    )
    path = QPainterPath()
    path.moveTo(*points[0])
    path.lineTo(*points[1])
    path.lineTo(*points[2])
    path.closeSubpath()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillPath(path, option.palette.color(group, QPalette.ColorRole.ButtonText))
    painter.restore()


def draw_indicator(
    element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter
) -> None:
    rect = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
    side = min(rect.width(), rect.height())
    rect = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    ink = option.palette.color(QPalette.ColorRole.Text)
    paper = option.palette.color(QPalette.ColorRole.Base)
    if not option.state & QStyle.StateFlag.State_Enabled:
        ink = option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    line = max(2.0, side / 10)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ink, line))
    painter.setBrush(paper)
    on = bool(option.state & QStyle.StateFlag.State_On)
    if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
        painter.drawEllipse(rect)
        if on:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            painter.drawEllipse(rect.center(), side * 0.25, side * 0.25)
    else:
        painter.drawRoundedRect(rect, side * 0.15, side * 0.15)
        if on:
            tick = QPainterPath()
            tick.moveTo(rect.left() + side * 0.22, rect.top() + side * 0.52)
            tick.lineTo(rect.left() + side * 0.42, rect.top() + side * 0.72)
            tick.lineTo(rect.left() + side * 0.78, rect.top() + side * 0.30)
            pen = QPen(ink, line * 1.6)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        elif option.state & QStyle.StateFlag.State_NoChange:
            painter.fillRect(
                rect.adjusted(side * 0.25, side * 0.45, -side * 0.25, -side * 0.45), ink
            )
    painter.restore()
