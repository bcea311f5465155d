"""`neph-gui` and `python -m neph_gui`: read the command line, open the window."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from neph_gui import __version__

if TYPE_CHECKING:
    from neph_gui.network import NetworkWatch
    from neph_gui.speech import QtSpeech, SpeechEngine
    from neph_gui.ui.window.main_window import MainWindow


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
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check the installed app end to end (window, tabs, examples, drawings, fonts, "
        "translations), then exit: 0 if all is well, else 1 with the reasons on stderr",
    )
    parser.add_argument(
        "--smoke-report",
        metavar="FILE",
        help="with --smoke-test, also write the outcome to FILE (for builds with no console)",
    )
    return parser.parse_args(argv)


def open_window(
    args: argparse.Namespace,
    speech: SpeechEngine | None = None,
    network: NetworkWatch | None = None,
) -> MainWindow:
    """Create the application and show the window as ``args`` ask (main() and tests)."""
    from neph_gui.app import create_application
    from neph_gui.first_frame import mark_first_frame
    from neph_gui.i18n import Translations, choose_language
    from neph_gui.settings import DisplaySettings
    from neph_gui.ui.window.main_window import MainWindow

    create_application(sys.argv[:1])
    settings = DisplaySettings()
    # --lang wins for this run; otherwise the last choice; otherwise French.
    Translations().set_language(choose_language(args.lang, settings.language))
    # The window opens on the question "Quel permis avez-vous ?", or on --tab N.
    start_tab = args.tab - 1 if args.tab else None
    window = MainWindow(settings, speech=speech, network=network, start_tab=start_tab)
    mark_first_frame(window)
    window.show()
    if start_tab is None:
        window.question.focus_first()
    else:
        window.show_tab(start_tab)
    return window


NO_DISPLAY_MESSAGE = (
    "neph-gui : il faut une session graphique, aucun écran n'a été trouvé. "
    "/ neph-gui needs a graphical session: no display was found."
)


def no_display(environ: dict[str, str] | None = None, platform: str = sys.platform) -> bool:
    """Whether this is Linux with no screen to show a window on (and no Qt platform
    chosen, such as offscreen)."""
    env = os.environ if environ is None else environ
    return (
        platform.startswith("linux")
        and not env.get("QT_QPA_PLATFORM")
        and not env.get("DISPLAY")
        and not env.get("WAYLAND_DISPLAY")
    )


def main(argv: list[str] | None = None) -> int:
    """Start the app; returns the exit code."""
    code = _run(sys.argv[1:] if argv is None else argv)
    if "neph_gui.speech" in sys.modules:
        from neph_gui.speech import speech_stuck

        if speech_stuck():  # pragma: no cover - a speech service that never answered
            # Its thread is blocked in a call; Qt aborts the process if a running thread
            # is destroyed, as Python's exit would do. Leave now: all is saved already.
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    return code


def _run(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.smoke_test:
        from neph_gui.smoke import run_smoke_test

        return run_smoke_test(args.smoke_report)
    if no_display():
        # Qt would abort with a message about xcb-cursor0 and reinstalling, which is wrong.
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 1
    from neph_gui.hardening import forbid_core_dumps

    forbid_core_dumps()  # memory will hold a person's number
    from PySide6.QtWidgets import QApplication

    from neph_gui.app import create_application
    from neph_gui.errors import install_excepthook
    from neph_gui.first_frame import after_first_frame

    app = create_application(sys.argv[:1])
    holder: list[MainWindow] = []
    reporter = install_excepthook(lambda: holder[0] if holder else None)
    window = open_window(args)
    holder.append(window)  # held here: the window lives as long as this name

    speeches: list[QtSpeech] = []

    def start_services() -> None:
        # Once the window is on screen: the speech engine starts in its own thread and the
        # network backend loads while the person already reads the window.
        # Each may be missing on this computer: the window then leaves it out.
        from neph_gui.optional import can_print, load_network_watch, load_speech

        speech = load_speech()
        if speech is not None:
            speeches.append(speech)
            app.aboutToQuit.connect(speech.shutdown)
        window.attach_services(speech=speech, network=load_network_watch())
        window.set_can_print(can_print())

    after_first_frame(window, start_services)
    try:
        code = QApplication.exec()
    finally:
        # Also when the app was asked to quit before the services started (then
        # aboutToQuit came first): a speech thread left running aborts the process.
        for speech in speeches:
            speech.shutdown()
        reporter.uninstall()
    window.deleteLater()
    return code


if __name__ == "__main__":
    sys.exit(main())
