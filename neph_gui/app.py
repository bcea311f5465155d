"""Creating the QApplication and the window: what `main()` and the tests share."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from neph_gui import APP_ID, __version__
from neph_gui.resources import ensure_loaded, resource_path
from neph_gui.ui.widgets.appearance import app_style


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up once (name, icon, style); reuses an existing one."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QApplication.setApplicationName("neph-gui")
    QApplication.setOrganizationName("neph-gui")
    QApplication.setApplicationVersion(__version__)
    # One id for the desktop entry, the icon and the AppStream file (packaging/linux).
    QApplication.setDesktopFileName(APP_ID)
    # Fusion looks the same on every platform and follows our palette and style sheet;
    # our proxy of it gives each widget the font of its role (neph_gui/ui/widgets/appearance.py).
    app_style()
    ensure_loaded()
    app.setWindowIcon(QIcon(resource_path("icons/neph-gui.svg")))
    return app
