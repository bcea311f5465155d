"""Colours, text sizes and the one style sheet of the two themes.

Colours are defined here and nowhere else; widgets only say what a thing *is*
(``role``/``tone`` properties) and the style sheet says how it looks.

Fonts are not in the style sheet: the text size changes often (A− / A+) and a new style
sheet repolishes every widget, which is slow. Each role's size, weight and family come
from :data:`TEXT_ROLES`; ``neph_gui.ui.widgets.appearance`` gives every widget its font.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

BASE_POINT_SIZE = 14.0  # body text at 100 % (the system's own size wins if larger)
FOCUS_RING_PX = 4  # width of the focus ring (WCAG 2.4.13 asks for at least 2 px)
BORDER_PX = 2  # width of the outline of boxes and buttons
MIN_TARGET_PX = 44  # smallest clickable size (WCAG 2.5.5)


@dataclass(frozen=True)
class Palette:
    """Every colour of one theme (``#RRGGBB``)."""

    name: str
    window: str  # page background
    text: str  # running text
    muted: str  # secondary text (still ≥ 7:1)
    surface: str  # boxes, panels
    border: str  # outlines of boxes and buttons
    accent: str  # main button background
    on_accent: str  # text on the main button
    focus: str  # focus ring
    ok: str  # text colour of a complete status
    warning: str  # text colour of a warning status
    info: str  # text colour of an information line
    result_bg: str  # background of the result panel
    highlight: str  # outline of a highlighted drawing region
    highlight_fill: str  # soft fill of a highlighted drawing region (#AARRGGBB allowed)
    # Drawings keep their own (light) colours in every theme: they sit on a light plate,
    # and the words Qt writes on them are dark. The highlight must show on that plate.
    plate: str  # background of the plate behind a drawing
    ink: str  # text drawn on a drawing, and the dashes of a highlight


DEFAULT = Palette(
    name="default",
    window="#F7F4EE",
    text="#1A1A1A",
    muted="#3B3B3B",
    surface="#FFFFFF",
    border="#4A4A4A",
    accent="#0B3D75",
    on_accent="#FFFFFF",
    focus="#C2410C",
    ok="#14532D",
    warning="#7A2E00",
    info="#0B3D75",
    result_bg="#E8F1EA",
    highlight="#C2410C",
    highlight_fill="#55FDBA74",
    plate="#FFFFFF",
    ink="#1A1A1A",
)

HIGH_CONTRAST = Palette(
    name="high_contrast",
    window="#000000",
    text="#FFFFFF",
    muted="#F0F0F0",
    surface="#000000",
    border="#FFFFFF",
    accent="#FFFF00",
    on_accent="#000000",
    focus="#00FFFF",
    ok="#7CFC00",
    warning="#FFD000",
    info="#9FD8FF",
    result_bg="#1A1A1A",
    highlight="#0000FF",  # drawn on the light plate, not on black
    highlight_fill="#6600FFFF",
    plate="#FFFFFF",
    ink="#000000",
)


def palette_for(high_contrast: bool) -> Palette:
    """The palette of the chosen theme."""
    return HIGH_CONTRAST if high_contrast else DEFAULT


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#RRGGBB`` (alpha, if any, is ignored)."""
    hex_part = colour.lstrip("#")[-6:]
    r, g, b = (int(hex_part[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two opaque colours (1 to 21)."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


@dataclass(frozen=True)
class TextRole:
    """How one kind of text looks: size relative to the body, weight, family."""

    factor: float = 1.0
    bold: bool = False
    mono: bool = False


# Widgets pick a role with setProperty("role", …); QLineEdit is "entry" unless it says
# otherwise; anything else is "body". Never set a font size on a widget directly: it
# would not follow the A− / A+ buttons.
TEXT_ROLES: dict[str, TextRole] = {
    "body": TextRole(),
    "small": TextRole(0.93),
    "caption": TextRole(1.0, bold=True),
    "heading": TextRole(1.3, bold=True),
    "primary": TextRole(1.3, bold=True),  # the main button
    "entry": TextRole(1.45, mono=True),  # the boxes the number is typed in
    "result": TextRole(1.9, bold=True, mono=True),  # what to type on the website
    "key": TextRole(1.0, bold=True, mono=True),  # a key name in the help
}

# Labels with no role of their own inside a frame of these roles take this text role.
LABEL_ROLE_INSIDE: dict[str, str] = {
    "banner": "heading",  # the idle-reset warning: large and bold
}


@dataclass(frozen=True)
class Sizes:
    """Point sizes at one text scale."""

    body: float
    small: float
    heading: float
    entry: float
    result: float

    @classmethod
    def at(cls, scale_percent: int, base: float = BASE_POINT_SIZE) -> Sizes:
        """Sizes for a text scale in percent (100 = default) from a body size at 100 %."""
        k = base * scale_percent / 100
        return cls(
            body=k,
            small=k * TEXT_ROLES["small"].factor,
            heading=k * TEXT_ROLES["heading"].factor,
            entry=k * TEXT_ROLES["entry"].factor,
            result=k * TEXT_ROLES["result"].factor,
        )


# Where each colour of a theme lives in the application's QPalette, by the name style
# sheets give that role (``palette(link)``). The one style sheet names roles, never
# colours: switching the theme sets the application palette and asks each widget once to
# read its colours again (``neph_gui.ui.widgets.appearance.apply_theme``), instead of a new style
# sheet, which Qt applies by repolishing every widget once per ancestor (slow).
# ``appearance.qt_palette`` fills these roles (and the ones Fusion draws with) from a
# Palette. Roles chosen among those nothing else in the app draws with.
SHEET_ROLES: dict[str, str] = {
    "window": "window",
    "text": "window-text",
    "surface": "base",
    "border": "mid",
    "accent": "highlight",
    "on_accent": "highlighted-text",
    "focus": "accent",
    "muted": "placeholder-text",
    "ok": "link-visited",
    "warning": "bright-text",
    "info": "link",
    "result_bg": "alternate-base",
}


class _RoleNames:
    """Stands in for a Palette in :func:`_sheet`: each colour is its ``palette(role)``."""

    def __getattr__(self, name: str) -> str:
        return f"palette({SHEET_ROLES[name]})"


def style_sheet() -> str:
    """The application style sheet, the same for both themes: colours are palette roles
    (:data:`SHEET_ROLES`), so the application palette decides them."""
    return _sheet(_RoleNames())


def resolved_style_sheet(palette: Palette) -> str:
    """The style sheet as a theme shows it: every palette role replaced by its colour."""
    return _sheet(palette)


def _sheet(p: Palette | _RoleNames) -> str:
    """Colours, outlines, spacing — no fonts.

    Every clickable control is at least ``MIN_TARGET_PX`` high: ``min-height`` counts the
    content only, so it is the target minus the outline on both sides. No ``min-width``:
    Qt turns it into a fixed minimum that lets layouts squeeze a button below its text;
    widths come from the text (and the check box indicator) instead.
    """
    b = BORDER_PX
    f = FOCUS_RING_PX
    inner = MIN_TARGET_PX - 2 * b  # content height that makes a 44 px control
    return f"""
QMainWindow, QDialog, QMessageBox, QTabWidget::pane,
QScrollArea, QScrollArea > QWidget > QWidget {{
    background: {p.window};
}}
QScrollArea[role="page"] {{ border: {f - 1}px solid transparent; }}
QScrollArea[role="page"]:focus {{ border-color: {p.focus}; }}
QTabWidget::pane {{ border: {b}px solid {p.border}; border-radius: 6px; top: -{b}px; }}
QTabBar::tab {{
    background: {p.surface};
    color: {p.text};
    border: {b}px solid {p.border};
    border-bottom: none;
    border-top-left-radius: 6px;
    border-top-right-radius: 6px;
    font-weight: normal;
    padding: 6px 14px;
    margin-right: 4px;
    min-height: {inner}px;
    min-width: {inner}px;
}}
QTabBar::tab:selected {{
    background: {p.window};
    font-weight: bold;
    border-top: 6px solid {p.accent};
}}
QTabBar::tab:focus {{ border: {f}px solid {p.focus}; border-bottom: none; }}
QTabBar::tab:selected:focus {{ border-top: 6px solid {p.focus}; }}
QLabel[role="small"] {{ color: {p.muted}; }}
QLabel[tone="ok"] {{ color: {p.ok}; }}
QLabel[tone="warning"] {{ color: {p.warning}; }}
QLabel[tone="info"] {{ color: {p.info}; }}
QLabel[tone="neutral"] {{ color: {p.muted}; }}
QLabel[role="key"] {{ padding: 2px 0px; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QFrame[role="result-panel"] {{
    background: {p.result_bg};
    border: {b}px solid {p.border};
    border-radius: 8px;
}}
QFrame[role="result-panel"] QLabel {{ background: transparent; }}
QFrame[role="hint"] {{
    background: {p.surface};
    border: 3px solid {p.warning};
    border-radius: 8px;
}}
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QTextEdit {{
    background: {p.surface};
    color: {p.text};
    selection-background-color: {p.accent};
    selection-color: {p.on_accent};
    border: {b}px solid {p.border};
    border-radius: 6px;
}}
QLineEdit, QComboBox, QSpinBox {{ padding: 2px 8px; min-height: {inner - 4}px; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: {f}px solid {p.focus};
    padding: 0px {8 - (f - b)}px;
}}
QComboBox QAbstractItemView::item {{ min-height: {MIN_TARGET_PX}px; padding: 0px 8px; }}
QComboBox QAbstractItemView, QListView, QTreeView, QTableView {{
    background: {p.surface};
    color: {p.text};
    border: {b}px solid {p.border};
    selection-background-color: {p.accent};
    selection-color: {p.on_accent};
    outline: none;
}}
QComboBox::drop-down {{ border: none; width: 32px; }}
QSpinBox::up-button, QSpinBox::down-button {{ width: 32px; }}
QPushButton, QToolButton {{
    background: {p.surface};
    color: {p.text};
    border: {b}px solid {p.border};
    border-radius: 8px;
    padding: 4px 14px;
    min-height: {inner - 8}px;
}}
QPushButton:hover, QToolButton:hover {{ border-width: 3px; padding: 3px 13px; }}
QPushButton:focus, QToolButton:focus {{
    border: {f}px solid {p.focus};
    padding: {4 - (f - b)}px {14 - (f - b)}px;
}}
QPushButton:pressed, QToolButton:pressed, QPushButton:checked, QToolButton:checked {{
    background: {p.result_bg};
}}
QPushButton[role="primary"] {{
    background: {p.accent};
    color: {p.on_accent};
    border: {b}px solid {p.accent};
    margin: {f}px;
    padding: 4px 14px;
}}
QPushButton[role="primary"][waiting="true"] {{
    background: {p.surface};
    color: {p.text};
    border: {b}px solid {p.border};
}}
QPushButton[role="primary"]:hover {{ border-color: {p.on_accent}; }}
QPushButton[role="primary"][waiting="true"]:hover {{ border-color: {p.text}; }}
QPushButton[role="primary"]:focus {{
    margin: 0px;
    border: {f + b}px solid {p.focus};
    padding: 4px 14px;
}}
QPushButton:disabled, QToolButton:disabled {{ color: {p.muted}; border-style: dashed; }}
QCheckBox, QRadioButton {{
    spacing: 10px;
    padding: 4px 6px;
    min-height: {inner - 8}px;
    border: {f}px solid transparent;
    border-radius: 8px;
}}
QCheckBox[role="toggle"] {{
    background: {p.surface};
    border: {b}px solid {p.border};
    padding: {4 + f - b}px {10 + f - b}px;
}}
QCheckBox:focus, QRadioButton:focus {{ border: {f}px solid {p.focus}; }}
QCheckBox[role="toggle"]:focus {{ border: {f}px solid {p.focus}; padding: 4px 10px; }}
QGroupBox {{
    border: {b}px solid {p.border};
    border-radius: 8px;
    margin-top: 1.6em;
    padding: 12px 10px 10px 10px;
}}
QGroupBox::title {{
    subcontrol-origin: margin;
    subcontrol-position: top left;
    left: 12px;
    padding: 0px 6px;
    color: {p.text};
}}
QToolTip {{
    background: {p.surface};
    color: {p.text};
    border: {b}px solid {p.border};
    padding: 6px;
}}
QMenu {{ background: {p.surface}; color: {p.text}; border: {b}px solid {p.border}; }}
QMenu::item {{ padding: 8px 28px 8px 20px; }}
QMenu::item:selected {{ background: {p.accent}; color: {p.on_accent}; }}
QMenu::item:disabled {{ color: {p.muted}; }}
QMenu::separator {{ height: {b}px; background: {p.border}; margin: 4px 8px; }}
QFrame[role="side-panel"] {{
    background: {p.surface};
    border: {b}px solid {p.border};
    border-radius: 8px;
}}
QFrame[role="side-panel"][folded="true"] {{ background: transparent; border: none; }}
QFrame[role="side-panel"] QScrollArea,
QFrame[role="side-panel"] QScrollArea > QWidget > QWidget {{ background: {p.surface}; }}
QPushButton[role="link"] {{
    background: transparent;
    color: {p.info};
    text-decoration: underline;
    border-style: dashed;
}}
QFrame[role="banner"] {{
    background: {p.surface};
    border: {f}px solid {p.warning};
    border-radius: 8px;
}}
QFrame[role="banner"] QLabel {{ background: transparent; }}
QScrollBar:vertical {{ background: {p.window}; width: 18px; margin: 0px; }}
QScrollBar:horizontal {{ background: {p.window}; height: 18px; margin: 0px; }}
QScrollBar::handle {{
    background: {p.muted};
    border: {b}px solid {p.window};
    border-radius: 8px;
}}
QScrollBar::handle:vertical {{ min-height: 48px; }}
QScrollBar::handle:horizontal {{ min-width: 48px; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {p.text}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
"""


def palette_colours(palette: Palette) -> dict[str, str]:
    """All colours of a palette by field name (for tests and drawings)."""
    return {f.name: getattr(palette, f.name) for f in fields(palette) if f.name != "name"}
