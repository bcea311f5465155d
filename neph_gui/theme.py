"""Colours and sizes of the two themes, and the one style sheet made from them.

Colours are defined here and nowhere else; widgets only say what a thing *is*
(``role``/``tone`` properties) and the style sheet says how it looks.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

BASE_POINT_SIZE = 14.0  # body text at 100 %


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

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (foreground, background) pair used for text, by name."""
        return {
            "text/window": (self.text, self.window),
            "muted/window": (self.muted, self.window),
            "text/surface": (self.text, self.surface),
            "on_accent/accent": (self.on_accent, self.accent),
            "ok/window": (self.ok, self.window),
            "warning/window": (self.warning, self.window),
            "info/window": (self.info, self.window),
            "ok/surface": (self.ok, self.surface),
            "warning/surface": (self.warning, self.surface),
            "info/surface": (self.info, self.surface),
            "text/result_bg": (self.text, self.result_bg),
            "muted/result_bg": (self.muted, self.result_bg),
            "ok/result_bg": (self.ok, self.result_bg),
            "ink/plate": (self.ink, self.plate),
        }


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
class Sizes:
    """Point sizes at one text scale."""

    body: float
    small: float
    heading: float
    entry: float
    result: float

    @classmethod
    def at(cls, scale_percent: int) -> Sizes:
        """Sizes for a text scale in percent (100 = default)."""
        k = BASE_POINT_SIZE * scale_percent / 100
        return cls(body=k, small=k * 0.93, heading=k * 1.3, entry=k * 1.45, result=k * 1.9)


def style_sheet(palette: Palette, scale_percent: int, ui_family: str, mono_family: str) -> str:
    """The application style sheet for a theme, a text scale and the font families."""
    s = Sizes.at(scale_percent)
    p = palette
    pad = max(6, round(8 * scale_percent / 100))
    tick = round(26 * scale_percent / 100)  # tick boxes of the steps checklist
    return f"""
QWidget {{
    font-family: "{ui_family}";
    font-size: {s.body:.1f}pt;
    color: {p.text};
}}
QMainWindow, QDialog, QScrollArea, QScrollArea > QWidget > QWidget, QTabWidget::pane {{
    background: {p.window};
}}
QTabWidget::pane {{ border: 2px solid {p.border}; border-radius: 6px; top: -2px; }}
QTabBar::tab {{
    background: {p.surface};
    border: 2px solid {p.border};
    border-bottom: none;
    border-top-left-radius: 6px;
    border-top-right-radius: 6px;
    padding: {pad}px {pad * 2}px;
    margin-right: 4px;
    min-height: 40px;
}}
QTabBar::tab:selected {{
    background: {p.window};
    font-weight: bold;
    border-top: 5px solid {p.accent};
}}
QTabBar::tab:focus {{ border: 3px solid {p.focus}; }}
QLabel[role="heading"] {{ font-size: {s.heading:.1f}pt; font-weight: bold; }}
QLabel[role="small"] {{ font-size: {s.small:.1f}pt; color: {p.muted}; }}
QLabel[role="caption"] {{ font-weight: bold; }}
QLabel[role="result"] {{
    font-family: "{mono_family}";
    font-size: {s.result:.1f}pt;
    font-weight: bold;
    color: {p.text};
}}
QLabel[tone="ok"] {{ color: {p.ok}; }}
QLabel[tone="warning"] {{ color: {p.warning}; }}
QLabel[tone="info"] {{ color: {p.info}; }}
QLabel[tone="neutral"] {{ color: {p.muted}; }}
QFrame[role="result-panel"] {{
    background: {p.result_bg};
    border: 2px solid {p.border};
    border-radius: 8px;
}}
QFrame[role="result-panel"] QLabel {{ background: transparent; }}
QFrame[role="hint"] {{
    background: {p.surface};
    border: 3px solid {p.warning};
    border-radius: 8px;
}}
QLineEdit {{
    font-family: "{mono_family}";
    font-size: {s.entry:.1f}pt;
    background: {p.surface};
    color: {p.text};
    border: 2px solid {p.border};
    border-radius: 6px;
    padding: {pad // 2}px {pad}px;
    min-height: 40px;
}}
QLineEdit:focus {{ border: 4px solid {p.focus}; padding: {max(0, pad // 2 - 2)}px {pad - 2}px; }}
QPushButton, QToolButton {{
    background: {p.surface};
    color: {p.text};
    border: 2px solid {p.border};
    border-radius: 8px;
    padding: {pad // 2}px {pad + 4}px;
    min-height: 40px;
    min-width: 40px;
}}
QPushButton:hover, QToolButton:hover {{ border-width: 3px; }}
QPushButton:focus, QToolButton:focus {{ border: 4px solid {p.focus}; }}
QPushButton[role="primary"] {{
    background: {p.accent};
    color: {p.on_accent};
    font-weight: bold;
    font-size: {s.heading:.1f}pt;
}}
QPushButton[role="primary"]:focus {{ border: 4px solid {p.focus}; }}
QPushButton:disabled {{ color: {p.muted}; border-style: dashed; }}
QComboBox {{
    background: {p.surface};
    color: {p.text};
    border: 2px solid {p.border};
    border-radius: 8px;
    padding: {pad // 2}px {pad + 4}px;
    min-height: 40px;
}}
QComboBox:hover {{ border-width: 3px; }}
QComboBox:focus {{ border: 4px solid {p.focus}; }}
QComboBox::drop-down {{ border: none; width: {pad * 4}px; }}
QComboBox QAbstractItemView {{
    background: {p.surface};
    color: {p.text};
    border: 2px solid {p.border};
    selection-background-color: {p.accent};
    selection-color: {p.on_accent};
}}
QComboBox QAbstractItemView::item {{ min-height: 44px; padding: 0px {pad}px; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 2px solid {p.border}; }}
QFrame[role="side-panel"] {{
    background: {p.surface};
    border: 2px solid {p.border};
    border-radius: 8px;
}}
QFrame[role="side-panel"][folded="true"] {{ background: transparent; border: none; }}
QFrame[role="side-panel"] QScrollArea,
QFrame[role="side-panel"] QScrollArea > QWidget > QWidget {{ background: {p.surface}; }}
QCheckBox::indicator {{ width: {tick}px; height: {tick}px; }}
QCheckBox:focus {{ border: 4px solid {p.focus}; border-radius: 6px; }}
QPushButton[role="link"] {{
    background: transparent;
    color: {p.info};
    text-decoration: underline;
    border-style: dashed;
}}
QFrame[role="banner"] {{
    background: {p.surface};
    border: 4px solid {p.warning};
    border-radius: 8px;
}}
QFrame[role="banner"] QLabel {{
    font-size: {s.heading:.1f}pt;
    font-weight: bold;
    background: transparent;
}}
"""


def palette_colours(palette: Palette) -> dict[str, str]:
    """All colours of a palette by field name (for tests and drawings)."""
    return {f.name: getattr(palette, f.name) for f in fields(palette) if f.name != "name"}
