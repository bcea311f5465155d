"""The question screen alone, in a window the size of the room it gets in the app window.

For looking at it in each language, text size and theme, without the main window:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/question_preview.py --lang en \\
        --scale 200 --out /tmp/question.png
    ../shared/tools/screenshot /tmp/q.png -- .venv/bin/python scripts/question_preview.py \
        --answers card,before

The default size is a 1366 × 768 screen less the app window's top and bottom bars. With
NEPH_GUI_BENCH_MARK=1 it prints the app's first-frame marker (``neph_gui/first_frame.py``)
and quits, as the app does: ``benchmarks/startup.py`` can time it against a bare window.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from neph_gui.app import create_application
from neph_gui.first_frame import mark_first_frame
from neph_gui.fonts import load_fonts
from neph_gui.i18n import Translations
from neph_gui.theme import palette_for
from neph_gui.ui.widgets import appearance
from neph_gui.ui.window.question_screen import QuestionScreen

BARS_PX = 120  # the app window's top bar and bottom bar, about 60 px each


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="fr", help="language code (fr, en)")
    parser.add_argument("--scale", type=int, default=100, help="text size in percent")
    parser.add_argument("--contrast", action="store_true", help="the high-contrast theme")
    parser.add_argument("--size", default=f"1366x{768 - BARS_PX}", help="window size WxH")
    parser.add_argument(
        "--answers", default="", help="answers to click first, e.g. card,before (keys)"
    )
    parser.add_argument("--out", help="save a picture of the window here and quit")
    args = parser.parse_args()
    app = create_application(sys.argv[:1])
    fonts = load_fonts()
    appearance.set_families(fonts.ui, fonts.mono)
    palette = palette_for(args.contrast)
    appearance.apply_theme(palette)
    appearance.apply_text_scale(args.scale)
    Translations().set_language(args.lang)
    window = QWidget()
    window.setWindowTitle("neph-gui: question screen")
    screen = QuestionScreen(window)
    screen.set_theme(palette)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(screen)
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    # The screen covers the whole window, which Qt then may never paint itself
    # (first_frame.py): the frame is watched on the heading, painted in the same pass.
    mark_first_frame(screen.heading)
    window.show()
    screen.focus_first()
    for key in filter(None, args.answers.split(",")):
        screen.answer_button(key).click()
    if args.out:
        QTimer.singleShot(300, lambda: (window.grab().save(args.out), app.quit()))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
