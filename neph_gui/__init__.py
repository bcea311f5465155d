"""neph-gui: find and type a French driving-licence number (NEPH) on the points website."""

__version__ = "0.1.0"
APP_ID = "io.github.nephgui.NephGui"
