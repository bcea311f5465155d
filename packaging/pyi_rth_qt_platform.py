"""PyInstaller runtime hook (see packaging/neph-gui.spec): runs before the app's code.

The Linux build ships Qt's xcb platform plugin but not the Wayland one. On a Wayland
desktop Qt would first look for "wayland", print "Could not find the Qt platform plugin
"wayland"" and then fall back to xcb (XWayland). Asking for xcb directly when an X
display is available gives the same window without that message. An explicit
QT_QPA_PLATFORM (offscreen for tests, for example) is left alone.
"""

import os
import sys

if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
    if os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "xcb"
