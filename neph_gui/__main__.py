"""`neph-gui` and `python -m neph_gui`: read the command line, open the window."""

from __future__ import annotations

import argparse
import sys

from neph_gui import __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line; an unknown value ends with a clear message and exit code 2."""
    from neph_gui.i18n import available_languages
    from neph_gui.resources import ensure_loaded

    ensure_loaded()
    parser = argparse.ArgumentParser(
        prog="neph-gui",
        description="Find and type a French driving-licence number (NEPH) for the points website.",
    )
    parser.add_argument("--version", action="version", version=f"neph-gui {__version__}")
    parser.add_argument(
        "--lang",
        choices=available_languages(),
        help="language of the window (default: the one chosen last time, else French)",
    )
    parser.add_argument("--tab", type=int, choices=(1, 2, 3), help="open on this tab (1, 2 or 3)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Start the app; returns the exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)

    from neph_gui.app import create_application
    from neph_gui.i18n import DEFAULT_LANGUAGE, Translations, available_languages
    from neph_gui.settings import DisplaySettings
    from neph_gui.ui.main_window import MainWindow

    app = create_application(sys.argv[:1])
    settings = DisplaySettings()
    translations = Translations()
    language = args.lang or settings.language
    translations.set_language(language if language in available_languages() else DEFAULT_LANGUAGE)
    window = MainWindow(settings)
    if args.tab:
        window.show_tab(args.tab - 1)
    window.show()
    window.current_tab().focus_first()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
