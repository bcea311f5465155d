"""A Qt-free stand-in for Qt's translation markers.

``pyside6-lupdate`` finds strings wrapped in ``QT_TRANSLATE_NOOP(context, text)`` by name,
so the licence core can carry its French source texts without importing Qt; the widgets
translate them later with ``QCoreApplication.translate(context, text)``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's own spelling
    """Return ``text`` unchanged; the call only marks it for translation."""
    del context
    return text
