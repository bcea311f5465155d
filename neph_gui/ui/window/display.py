"""The agent's display choices: text size and contrast, for the whole app, remembered."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from neph_gui.fonts import FontFamilies
from neph_gui.settings import MAX_TEXT_SCALE, MIN_TEXT_SCALE, TEXT_SCALE_STEP, DisplaySettings
from neph_gui.texts import messages
from neph_gui.theme import Palette, palette_for
from neph_gui.ui.widgets import appearance
from neph_gui.ui.widgets.accessibility import announce
from neph_gui.ui.window.display_controls import ContrastToggle, TextSizeControl

# Keys for a larger text: "Ctrl++" on most layouts, "Ctrl+=" where + needs Shift (US,
# UK), the keypad's plus. Duplicates are dropped (two identical keys would be ambiguous).
LARGER_KEYS = ("Ctrl++", "Ctrl+=", "Ctrl+Shift+=", "Ctrl+Shift++")
SMALLER_KEYS = ("Ctrl+-", "Ctrl+Shift+-", "Ctrl+_")
RESET_KEYS = ("Ctrl+0",)


def style_application(settings: DisplaySettings, fonts: FontFamilies) -> None:
    """Fonts, colours and text size from ``settings`` on the whole application.

    The window calls it before it builds any widget: each widget is then styled once,
    when it is first measured, instead of built and then restyled (the style sheet
    polishes every widget that exists when it is set).
    """
    appearance.set_families(fonts.ui, fonts.mono)
    appearance.apply_theme(palette_for(settings.high_contrast))
    appearance.apply_text_scale(settings.text_scale)


class Display(QObject):
    """Applies the settings' theme and text size to the application and follows the
    controls (A− / A+, "Contraste élevé") and their keys.

    Only fonts change with the text size: no style sheet, no widget rebuilt (A− / A+
    must feel instant). The size is written to disk a moment after the last change, so
    that the buttons never wait for the disk.
    """

    scale_changing = Signal(int)  # a new size is about to be applied (the window moves bars)
    theme_changed = Signal(Palette)

    def __init__(
        self,
        settings: DisplaySettings,
        fonts: FontFamilies,
        text_size: TextSizeControl,
        contrast: ContrastToggle,
    ) -> None:
        super().__init__(text_size)
        self.settings = settings
        self.fonts = fonts
        self.text_size = text_size
        self.contrast = contrast
        self._scale = settings.text_scale
        self._unsaved = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(1000)
        self._save_timer.timeout.connect(self.save)
        style_application(settings, fonts)  # done already by the window: nothing to do
        text_size.scale_requested.connect(self.set_text_scale)
        contrast.setChecked(settings.high_contrast)
        contrast.toggled.connect(self.set_high_contrast)

    def add_shortcuts(self, window: QWidget) -> None:
        """Ctrl + / Ctrl − / Ctrl 0 in ``window``."""
        add_shortcut(window, LARGER_KEYS, lambda: self.set_text_scale(self._step(+1)))
        add_shortcut(window, SMALLER_KEYS, lambda: self.set_text_scale(self._step(-1)))
        add_shortcut(window, RESET_KEYS, lambda: self.set_text_scale(MIN_TEXT_SCALE))

    def palette(self) -> Palette:
        """The colours in use."""
        return palette_for(self.settings.high_contrast)

    def apply(self) -> None:
        """Apply the theme and text size from the settings to the whole application."""
        appearance.set_families(self.fonts.ui, self.fonts.mono)
        appearance.apply_theme(self.palette())
        self._scale = self.settings.text_scale
        self.scale_changing.emit(self._scale)
        self.text_size.show_scale(self._scale)  # before: the relayout includes it
        appearance.apply_text_scale(self._scale)
        self.theme_changed.emit(self.palette())

    def text_scale(self) -> int:
        """The text size in percent."""
        return self._scale

    def set_text_scale(self, scale: int) -> None:
        """Change the text size (percent, kept within 100–200), remember it, apply it."""
        scale = min(max(scale, MIN_TEXT_SCALE), MAX_TEXT_SCALE)
        changed = scale != self._scale
        if changed:
            self._scale = scale
            self._unsaved = True
            self._save_timer.start()
            self.scale_changing.emit(scale)
            self.text_size.show_scale(scale)  # before: the relayout includes it
            appearance.apply_text_scale(scale)
        if scale >= MAX_TEXT_SCALE and not changed:
            text = self.tr("Le texte est déjà à sa plus grande taille (%1 %).")
        elif scale <= MIN_TEXT_SCALE and not changed:
            text = self.tr("Le texte est déjà à sa plus petite taille (%1 %).")
        else:
            text = self.tr("Taille du texte : %1 %")
        announce(self.text_size, messages.fill(text, scale))

    def set_high_contrast(self, on: bool) -> None:
        """Switch between the default and the high-contrast theme, and remember it."""
        if on != self.contrast.isChecked():
            self.contrast.setChecked(on)  # comes back here through toggled
            return
        if on == self.settings.high_contrast:
            return
        self.settings.high_contrast = on
        appearance.apply_theme(self.palette())
        self.theme_changed.emit(self.palette())

    def save(self) -> None:
        """Write the display preferences now (also done when the window closes)."""
        self._save_timer.stop()
        if self._unsaved:  # a size chosen here and not written yet
            self._unsaved = False
            self.settings.text_scale = self._scale
        self.settings.sync()

    def _step(self, direction: int) -> int:
        return self._scale + direction * TEXT_SCALE_STEP


def add_shortcut(window: QWidget, keys: tuple[str, ...], slot: object) -> QShortcut:
    """One shortcut of ``window`` answering every key of ``keys`` (repeats dropped)."""
    sequences: list[QKeySequence] = []
    for key in keys:
        sequence = QKeySequence(key)
        if not sequence.isEmpty() and sequence not in sequences:
            sequences.append(sequence)
    shortcut = QShortcut(window)
    shortcut.setKeys(sequences)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(slot)
    return shortcut
