"""Applies a theme and a text size to the whole application, quickly.

Two levers, used separately because their costs differ:

* the **theme** (colours, outlines) is the app style sheet plus a matching ``QPalette`` for
  what Fusion draws itself. Changing it repolishes every widget (slow, but rare);
* the **text size** is a font per widget, chosen from its role (``theme.TEXT_ROLES``).
  Changing it only sets fonts, so A− / A+ stays within a frame.

``AppStyle`` (a proxy of Fusion) gives each widget its font when Qt polishes it, so widgets
created later (dialogs, hint buttons, result rows) get the right size without asking.
It also makes every button answer the Enter key, not only Space.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QWidget,
)

from neph_gui.theme import (
    BASE_POINT_SIZE,
    LABEL_ROLE_INSIDE,
    SHEET_ROLES,
    TEXT_ROLES,
    Palette,
    TextRole,
    style_sheet,
)
from neph_gui.ui.widgets import style_drawing
from neph_gui.ui.widgets.scroll_area import OpaquePage

_BODY = TEXT_ROLES["body"]


def base_point_size() -> float:
    """Body size at 100 %: ours, or the system's if the person made it larger."""
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    return max(BASE_POINT_SIZE, system)


def text_role(widget: QWidget) -> TextRole:
    """The text role of a widget: its ``role`` property, else what its class implies."""
    role = widget.property("role")
    if isinstance(role, str) and role in TEXT_ROLES:
        return TEXT_ROLES[role]
    if isinstance(widget, QLabel):
        parent = widget.parentWidget()
        for _ in range(3):  # a few levels: the frame, its layout host
            if parent is None:
                break
            inside = LABEL_ROLE_INSIDE.get(str(parent.property("role") or ""))
            if inside is not None:
                return TEXT_ROLES[inside]
            parent = parent.parentWidget()
    if isinstance(widget, QLineEdit) and not isinstance(
        widget.parent(), (QAbstractSpinBox, QComboBox)
    ):
        return TEXT_ROLES["entry"]
    return TEXT_ROLES["body"]


_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class _EnterClicks(QObject):
    """Enter/Return activates check boxes, radio and tool buttons like Space does."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and isinstance(watched, QAbstractButton)
            and watched.isEnabled()
        ):
            watched.animateClick()
            return True
        return False


class AppStyle(QProxyStyle):
    """Fusion, plus: a font by role for every widget, and Enter on every button."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.ui_family = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
        self.mono_family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        self.base = BASE_POINT_SIZE
        self.scale = 100
        self._enter = _EnterClicks(self)

    def font_for(self, role: TextRole, template: QFont | None = None) -> QFont:
        """The font of ``role`` at the current size (keeping e.g. letter spacing of
        ``template``)."""
        font = QFont(template) if template is not None else QFont()
        font.setFamilies([self.mono_family if role.mono else self.ui_family])
        font.setPointSizeF(round(self.base * self.scale / 100 * role.factor, 1))
        font.setWeight(QFont.Weight.Bold if role.bold else QFont.Weight.Normal)
        return font

    def apply_font(self, widget: QWidget) -> None:
        """Give ``widget`` the font of its role at the current text size.

        Body text inside a window needs nothing: it inherits the window's font. Windows
        (with a style sheet, Qt does not pass the application font on), widgets with
        another role, and widgets with a font of their own (set by someone) are set here.
        """
        role = text_role(widget)
        # Kept for the next text sizes (apply_text_scale): roles are given when a widget
        # is made, and a widget whose role changes is polished again (the style sheet
        # reads roles), which comes back here.
        widget._neph_text_role = role  # type: ignore[attr-defined]
        self.set_role_font(widget, role)

    def set_role_font(self, widget: QWidget, role: TextRole) -> None:
        """Give ``widget`` the font of ``role`` at the current text size (see
        apply_font)."""
        if (
            role is _BODY
            and not widget.isWindow()
            and not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)
        ):
            return
        current = widget.font()
        font = self.font_for(role, current)
        if font != current:
            widget.setFont(font)

    def pixelMetric(self, metric, option=None, widget=None):  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        """Check boxes and radio buttons grow with the text."""
        if metric in _INDICATOR_METRICS:
            height = widget.fontMetrics().height() if widget is not None else 20
            return max(24, round(height * 0.9))
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(self, element, option, painter, widget=None):  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        """Check boxes and radio buttons in the theme's text colour, thick enough to see
        (Fusion's are pale grey, under 3:1 on our backgrounds)."""
        if element in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        ):
            style_drawing.draw_indicator(element, option, painter)
            return
        if element in style_drawing.ARROWS:
            style_drawing.draw_arrow(style_drawing.ARROWS[element], option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)

    def polish(self, target):  # type: ignore[no-untyped-def]
        if isinstance(target, QWidget):
            # Qt polishes a widget many times when the theme changes; its font only
            # needs setting again when the size, the families or its role changed.
            stamp = (
                self.scale,
                self.base,
                self.ui_family,
                self.mono_family,
                target.property("role"),
            )
            if getattr(target, "_neph_font_stamp", None) != stamp:
                self.apply_font(target)
                target._neph_font_stamp = stamp  # type: ignore[attr-defined]
            if isinstance(target, QPushButton):
                target.setAutoDefault(True)  # Enter clicks it, not only Space
            elif isinstance(target, QAbstractButton):
                target.installEventFilter(self._enter)
        return super().polish(target)


_INDICATOR_METRICS = (
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
)


# The QPalette role behind each name a style sheet may use in ``palette(…)``.
_CSS_ROLES = {
    "window": QPalette.ColorRole.Window,
    "window-text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base,
    "mid": QPalette.ColorRole.Mid,
    "highlight": QPalette.ColorRole.Highlight,
    "highlighted-text": QPalette.ColorRole.HighlightedText,
    "accent": QPalette.ColorRole.Accent,
    "placeholder-text": QPalette.ColorRole.PlaceholderText,
    "link-visited": QPalette.ColorRole.LinkVisited,
    "bright-text": QPalette.ColorRole.BrightText,
    "link": QPalette.ColorRole.Link,
    "alternate-base": QPalette.ColorRole.AlternateBase,
}

# The palette role holding each colour of a theme (what the style sheet's palette(…) reads).
COLOUR_ROLES: dict[str, QPalette.ColorRole] = {
    colour: _CSS_ROLES[css] for colour, css in SHEET_ROLES.items()
}

# The colour of each status tone (the style sheet's QLabel[tone=…] rules say the same).
TONE_ROLES: dict[str, QPalette.ColorRole] = {
    "ok": COLOUR_ROLES["ok"],
    "warning": COLOUR_ROLES["warning"],
    "info": COLOUR_ROLES["info"],
    "neutral": COLOUR_ROLES["muted"],
}


def qt_palette(p: Palette) -> QPalette:
    """The QPalette of a theme: the roles the style sheet reads, and what Fusion draws
    without the style sheet."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Text: p.text,
        QPalette.ColorRole.Button: p.surface,
        QPalette.ColorRole.ButtonText: p.text,
        QPalette.ColorRole.ToolTipBase: p.surface,
        QPalette.ColorRole.ToolTipText: p.text,
        QPalette.ColorRole.Light: p.surface,
        QPalette.ColorRole.Midlight: p.surface,
        QPalette.ColorRole.Dark: p.border,
        QPalette.ColorRole.Shadow: p.border,
    }
    roles.update({role: getattr(p, colour) for colour, role in COLOUR_ROLES.items()})
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.muted))
    return pal


_style: AppStyle | None = None


def app_style() -> AppStyle:
    """The application's AppStyle, installed on first use (Qt keeps it under the style
    sheet)."""
    global _style
    if _style is None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):  # pragma: no cover - always a QApplication
            raise RuntimeError("no QApplication")
        # Without this, an application style sheet stops fonts passing from a window to
        # its children (our style sheet sets no font, so nothing else changes).
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles)
        _style = AppStyle()
        _style.base = base_point_size()
        app.setStyle(_style)
    return _style


def set_families(ui_family: str, mono_family: str) -> None:
    """Use these font families for running text and for numbers."""
    style = app_style()
    style.ui_family, style.mono_family = ui_family, mono_family


def apply_theme(palette: Palette) -> None:
    """Colours of the whole application: the application palette, read by the style sheet.

    The style sheet is the same for both themes (colours are ``palette(…)`` roles), so a
    switch never sets a new one: Qt would repolish every widget once per ancestor. Qt's
    style sheet reads the roles when it polishes a widget and keeps the colours, so each
    widget is polished again here, once, parents first (a child's colours build on its
    parent's), then the windows repaint.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):  # pragma: no cover
        return
    app_style()
    new = qt_palette(palette)
    sheet = style_sheet()
    if app.styleSheet() != sheet:
        app.setPalette(new)
        app.setStyleSheet(sheet)  # once: polishes what exists, reads the new palette
        return
    if app.palette() == new:
        return
    app.setPalette(new)
    _repolish_all(app)


def _repolish_all(app: QApplication) -> None:
    """Polish every polished widget once more (the style sheet reads the palette again)."""
    style = app.style()
    for window in QApplication.topLevelWidgets():
        if window.parentWidget() is None:  # a child window is reached from its parent
            _repolish_tree(style, window)


def _repolish_tree(style: QStyle, root: QWidget) -> None:
    """``root`` and the widgets inside it, parents first (a child's colours build on its
    parent's)."""
    polished = Qt.WidgetAttribute.WA_WState_Polished
    pending = [root]
    while pending:
        widget = pending.pop()
        if widget.testAttribute(polished):
            style.polish(widget)
            if isinstance(widget, OpaquePage):
                widget.fill_background()  # the style sheet's polish turned it off
            if widget.isWindow():
                widget.update()
        children = [child for child in widget.children() if isinstance(child, QWidget)]
        pending.extend(reversed(children))


def apply_text_scale(scale_percent: int) -> None:
    """Text size of the whole application in percent: only fonts change."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):  # pragma: no cover
        return
    style = app_style()
    style.scale = scale_percent
    body = style.font_for(TEXT_ROLES["body"])
    if app.font() != body:
        app.setFont(body)
    # Windows first, so their children inherit the new size before being measured. Only
    # windows and widgets with a font of their own need one: polishing gave every widget
    # whose role needs another font than its window's its own font (body text inherits).
    own_font = Qt.WidgetAttribute.WA_SetFont
    windows = QApplication.topLevelWidgets()
    others = [
        widget
        for widget in QApplication.allWidgets()
        if widget.testAttribute(own_font) and not widget.isWindow()
    ]
    for widget in (*windows, *others):
        # The role found when the widget was polished (most have one), else found now.
        role: TextRole | None = getattr(widget, "_neph_text_role", None)
        if role is None:
            style.apply_font(widget)
        else:
            style.set_role_font(widget, role)
