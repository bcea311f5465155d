"""Guards against a broken Qt binding: PySide6 6.12.0 under Python 3.11 drops a reference
to None on every call of a method returning void, and the app crashes after a few
thousand calls ("none_dealloc"). pyproject.toml excludes that release; this test catches
any other release with the same defect."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_calls_keep_none_alive(app: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setFixedWidth(20)
        label.setText("x")
    # Other threads may hold or release a few references meanwhile; 1000 lost is the bug.
    assert sys.getrefcount(None) - before > -100
