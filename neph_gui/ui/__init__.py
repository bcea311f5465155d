"""Widgets: they ask neph_gui.licence and show the answer."""
