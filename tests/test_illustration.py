"""The drawings in the window: highlights follow the boxes, clicks focus boxes, the site
drawing fills in, the card switch, the magnifier, and what a screen reader hears."""

from __future__ import annotations

import pytest
from helpers import settle
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QAccessible, QImage, QMouseEvent, QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from neph_gui.i18n import Translations
from neph_gui.licence import Era
from neph_gui.theme import HIGH_CONTRAST
from neph_gui.ui.tab.drawing_view import PREFERRED_DRAWING_WIDTH, DrawingView
from neph_gui.ui.window.main_window import MainWindow


def focus_box(qtbot: QtBot, window: MainWindow, era: Era, key: str) -> None:
    tab = window.tabs.tab_for(era)
    window.tabs.setCurrentWidget(tab)
    tab.entry(key).edit.setFocus()
    qtbot.waitUntil(lambda: tab.entry(key).edit.hasFocus())


def grab(view: DrawingView) -> QImage:
    return view.grab().toImage()


def changed_rows_and_columns(a: QImage, b: QImage) -> QRectF | None:
    left = top = 10**9
    right = bottom = -1
    for y in range(min(a.height(), b.height())):
        for x in range(min(a.width(), b.width())):
            if a.pixel(x, y) != b.pixel(x, y):
                left, right = min(left, x), max(right, x)
                top, bottom = min(top, y), max(bottom, y)
    return None if right < 0 else QRectF(left, top, right - left + 1, bottom - top + 1)


def centre(view: DrawingView, region: str) -> QPoint:
    return view.region_rect(region).center().toPoint()


# --- highlight follows the boxes ---------------------------------------------------------
@pytest.mark.parametrize(
    ("era", "key", "licence_region", "website_regions"),
    [
        (Era.AFTER_1975, "number", "region-number", ("region-box-number",)),
        (Era.BEFORE_1975, "top_line", "region-top-line", ("region-box-top",)),
        (Era.BEFORE_1975, "bottom_first", "region-bottom-first", ("region-box-bottom-first",)),
        (Era.BEFORE_1975, "bottom_second", "region-bottom-second", ("region-box-bottom-second",)),
        (Era.OLDER, "number", "region-number", ("region-box-number",)),
        (Era.OLDER, "year", "region-year", ("region-box-year",)),
        (Era.OLDER, "department", "region-department", ("region-box-department",)),
    ],
)
def test_focus_highlights_the_box_on_both_drawings(
    qtbot: QtBot,
    window: MainWindow,
    era: Era,
    key: str,
    licence_region: str,
    website_regions: tuple[str, ...],
) -> None:
    focus_box(qtbot, window, era, key)
    drawings = window.tabs.tab_for(era).drawings
    assert drawings.licence.highlighted() == (licence_region,)
    assert drawings.website.highlighted() == website_regions


def test_moving_focus_changes_pixels_only_in_the_two_regions(
    qtbot: QtBot, window: MainWindow
) -> None:
    focus_box(qtbot, window, Era.OLDER, "number")
    licence = window.tabs.tab_for(Era.OLDER).drawings.licence
    before = grab(licence)
    focus_box(qtbot, window, Era.OLDER, "year")
    after = grab(licence)
    changed = changed_rows_and_columns(before, after)
    assert changed is not None
    ratio = before.devicePixelRatio()
    old = licence.region_rect("region-number")
    new = licence.region_rect("region-year")
    # Whole pixels: the drawing may start between two pixels.
    allowed = QRectF(old.united(new).adjusted(-6, -6, 6, 6).toAlignedRect())
    scaled = QRectF(
        changed.x() / ratio, changed.y() / ratio, changed.width() / ratio, changed.height() / ratio
    )
    assert allowed.contains(scaled), (scaled, allowed)
    # Both regions changed: one lost its highlight, the other got it.
    assert scaled.top() <= old.bottom() and scaled.bottom() >= new.top()
    # The department, not involved, kept its pixels.
    department = licence.region_rect("region-department").toRect()
    for y in range(department.top() + 8, department.bottom() - 8, 3):
        for x in range(department.left() + 8, department.right() - 8, 3):
            assert before.pixel(int(x * ratio), int(y * ratio)) == after.pixel(
                int(x * ratio), int(y * ratio)
            )


def test_hovering_a_box_highlights_it_and_leaving_returns_to_the_focused_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    focus_box(qtbot, window, Era.OLDER, "number")
    tab = window.tabs.tab_for(Era.OLDER)
    QApplication.sendEvent(tab.entry("department"), QEvent(QEvent.Type.Enter))
    assert tab.drawings.licence.highlighted() == ("region-department",)
    assert tab.drawings.website.highlighted() == ("region-box-department",)
    QApplication.sendEvent(tab.entry("department"), QEvent(QEvent.Type.Leave))
    assert tab.drawings.licence.highlighted() == ("region-number",)


def test_hovering_a_region_highlights_its_box_everywhere(qtbot: QtBot, window: MainWindow) -> None:
    focus_box(qtbot, window, Era.BEFORE_1975, "top_line")
    drawings = window.tabs.tab_for(Era.BEFORE_1975).drawings
    website = drawings.website
    point = QPointF(centre(website, "region-box-bottom-second"))
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        point,
        website.mapToGlobal(point),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(website, move)
    assert drawings.licence.highlighted() == ("region-bottom-second",)
    assert website.highlighted() == ("region-box-bottom-second",)
    assert website.cursor().shape() == Qt.CursorShape.PointingHandCursor
    QApplication.sendEvent(website, QEvent(QEvent.Type.Leave))
    assert drawings.licence.highlighted() == ("region-top-line",)


# --- clicks ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("era", "drawing", "region", "key"),
    [
        (Era.AFTER_1975, "licence", "region-number", "number"),
        (Era.AFTER_1975, "website", "region-box-number", "number"),
        (Era.BEFORE_1975, "licence", "region-bottom-second", "bottom_second"),
        (Era.BEFORE_1975, "website", "region-box-bottom-first", "bottom_first"),
        (Era.OLDER, "licence", "region-department", "department"),
        (Era.OLDER, "website", "region-box-year", "year"),
    ],
)
def test_clicking_a_region_focuses_its_box(
    qtbot: QtBot, window: MainWindow, era: Era, drawing: str, region: str, key: str
) -> None:
    tab = window.tabs.tab_for(era)
    window.tabs.setCurrentWidget(tab)
    other = (
        next(entry for entry in tab.entries if entry.box.key != key)
        if len(tab.entries) > 1
        else None
    )
    if other is not None:
        focus_box(qtbot, window, era, other.box.key)
    view = getattr(tab.drawings, drawing)
    tab.ensureWidgetVisible(view)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, region))
    qtbot.waitUntil(lambda: tab.entry(key).edit.hasFocus())
    assert tab.drawings.magnifier() is None


def test_drawings_are_not_in_the_tab_order(window: MainWindow) -> None:
    for tab in window.tabs.era_tabs:
        for view in tab.drawings.views():
            assert view.focusPolicy() == Qt.FocusPolicy.NoFocus


# --- the website drawing fills in --------------------------------------------------------
@pytest.mark.parametrize(
    ("era", "typed", "shown"),
    [
        (
            Era.AFTER_1975,
            {"number": "0512 2730 8989"},
            {"label-box-number": "051227308989"},
        ),
        (Era.AFTER_1975, {"number": "O512"}, {"label-box-number": "0512"}),
        (
            Era.BEFORE_1975,
            {"top_line": "k45-293", "bottom_first": "64"},
            {
                "label-box-top": "K45293",
                "label-box-bottom-first": "64",
                "label-box-bottom-second": "",
            },
        ),
        (
            Era.OLDER,
            {"number": "822 114", "department": "19"},
            {"label-box-number": "822114", "label-box-year": "", "label-box-department": "19"},
        ),
    ],
)
def test_website_drawing_shows_the_typed_normalised_text(
    qtbot: QtBot, window: MainWindow, era: Era, typed: dict[str, str], shown: dict[str, str]
) -> None:
    tab = window.tabs.tab_for(era)
    window.tabs.setCurrentWidget(tab)
    website = tab.drawings.website
    empty = grab(website)
    for key, text in typed.items():
        tab.entry(key).edit.setFocus()
        qtbot.keyClicks(tab.entry(key).edit, text)
    for label, text in shown.items():
        assert website.shown_text(label) == text
    assert grab(website) != empty
    # Emptying the boxes empties the drawing again.
    tab.clear()
    for label in shown:
        assert website.shown_text(label) == ""


# --- the card ----------------------------------------------------------------------------
def test_card_switch_shows_the_back_and_front_and_is_remembered(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = window.tabs.tab_for(Era.AFTER_1975)
    drawings = tab.drawings
    assert drawings.rose_button is not None and drawings.card_button is not None
    assert drawings.card_back is not None and drawings.card_front is not None
    assert drawings.licence.isVisible() and not drawings.card_back.isVisible()
    assert drawings.rose_button.isChecked()
    for button in (drawings.rose_button, drawings.card_button):
        assert button.minimumSizeHint().height() >= 44 or button.minimumHeight() >= 44
        assert button.height() >= 44
        assert button.accessibleName()

    qtbot.mouseClick(drawings.card_button, Qt.MouseButton.LeftButton)
    assert drawings.card_shown()
    assert drawings.card_back.isVisible() and drawings.card_front.isVisible()
    assert not drawings.licence.isVisible()
    assert "au verso, en haut à gauche, au-dessus de la puce, sur deux lignes" in (
        drawings.note.text()
    )
    assert drawings.card_front_note is not None
    assert "champ 5" in drawings.card_front_note.text()
    assert drawings.card_front_note.isVisible()
    assert drawings.card_back.shown_text("label-number-line1") == "051227"
    assert drawings.card_back.shown_text("label-number-line2") == "308989"
    assert drawings.card_front.shown_text("label-field5").startswith("5.")

    focus_box(qtbot, window, Era.AFTER_1975, "number")
    assert drawings.card_back.highlighted() == ("region-number",)

    # Still the card after visiting another tab; never written to the settings.
    window.show_tab(2)
    window.show_tab(0)
    assert drawings.card_shown()
    assert not any("card" in key.lower() for key in window.settings._store.allKeys())

    qtbot.mouseClick(drawings.rose_button, Qt.MouseButton.LeftButton)
    assert drawings.licence.isVisible() and not drawings.card_back.isVisible()


def test_clicking_the_number_on_the_card_focuses_the_box(qtbot: QtBot, window: MainWindow) -> None:
    drawings = window.tabs.tab_for(Era.AFTER_1975).drawings
    drawings.show_card(True)
    assert drawings.card_back is not None
    window.tabs.tab_for(Era.AFTER_1975).ensureWidgetVisible(drawings.card_back)
    window.site_button.setFocus()
    qtbot.mouseClick(
        drawings.card_back,
        Qt.MouseButton.LeftButton,
        pos=centre(drawings.card_back, "region-number"),
    )
    edit = window.tabs.tab_for(Era.AFTER_1975).entry("number").edit
    qtbot.waitUntil(edit.hasFocus)


def test_only_tab_1_has_the_card(window: MainWindow) -> None:
    assert window.tabs.tab_for(Era.AFTER_1975).drawings.card_button is not None
    assert window.tabs.tab_for(Era.BEFORE_1975).drawings.card_button is None
    assert window.tabs.tab_for(Era.OLDER).drawings.card_button is None


# --- the magnifier -----------------------------------------------------------------------
def test_magnifier_opens_large_and_closes_with_escape(qtbot: QtBot, window: MainWindow) -> None:
    drawings = window.tabs.tab_for(Era.BEFORE_1975).drawings
    window.tabs.setCurrentWidget(window.tabs.tab_for(Era.BEFORE_1975))
    focus_box(qtbot, window, Era.BEFORE_1975, "bottom_first")
    qtbot.mouseClick(drawings.magnify_button, Qt.MouseButton.LeftButton)
    dialog = drawings.magnifier()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    (view,) = dialog.views
    assert view.name == "licence_before_1975.svg"
    assert view.highlighted() == ("region-bottom-first",)
    assert view.drawing_rect().width() > drawings.licence.drawing_rect().width()
    assert view.accessibleName() == drawings.licence.accessibleName()
    assert dialog.close_button.accessibleName()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert drawings.magnifier() is None


def test_magnifier_close_button_and_card_view(qtbot: QtBot, window: MainWindow) -> None:
    drawings = window.tabs.tab_for(Era.AFTER_1975).drawings
    drawings.show_card(True)
    drawings.magnify()
    dialog = drawings.magnifier()
    assert dialog is not None
    assert [v.name for v in dialog.views] == ["card_back.svg", "card_front.svg"]
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert drawings.magnifier() is None


def test_clicking_the_drawing_outside_a_region_magnifies(qtbot: QtBot, window: MainWindow) -> None:
    drawings = window.tabs.tab_for(Era.AFTER_1975).drawings
    photo = drawings.licence.region_rect("label-photo").center().toPoint()
    qtbot.mouseClick(drawings.licence, Qt.MouseButton.LeftButton, pos=photo)
    dialog = drawings.magnifier()
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


# --- words for people who do not see the drawing ------------------------------------------
@pytest.mark.parametrize(
    ("era", "words"),
    [
        (Era.AFTER_1975, "sur la ligne 5, à gauche de la photo"),
        (Era.BEFORE_1975, "à côté de la photo, sur deux lignes"),
        (Era.OLDER, "est à côté de la photo"),
    ],
)
def test_each_drawing_is_named_and_described_and_the_tab_says_it_too(
    window: MainWindow, era: Era, words: str
) -> None:
    drawings = window.tabs.tab_for(era).drawings
    assert words in drawings.licence.accessibleDescription()
    assert words in drawings.note.text()
    assert drawings.note.isVisibleTo(window.tabs.tab_for(era))
    for view in drawings.views():
        assert view.accessibleName()
        assert view.accessibleDescription()
        interface = QAccessible.queryAccessibleInterface(view)
        assert interface is not None
        assert interface.role() == QAccessible.Role.Graphic
        assert interface.text(QAccessible.Text.Name) == view.accessibleName()
    assert drawings.magnify_button.accessibleName() == "Agrandir le dessin"


# --- theme and layout --------------------------------------------------------------------
def test_drawings_follow_the_high_contrast_theme(window: MainWindow) -> None:
    window.settings.high_contrast = True
    window.display.apply()
    for tab in window.tabs.era_tabs:
        for view in tab.drawings.views():
            assert view.theme() is HIGH_CONTRAST
    window.settings.high_contrast = False
    window.display.apply()


@pytest.mark.parametrize("card", [False, True])
def test_nothing_overlaps_in_the_illustration_column(
    qtbot: QtBot, window: MainWindow, card: bool
) -> None:
    window.resize(1366, 740)
    for tab in window.tabs.era_tabs:
        window.tabs.setCurrentWidget(tab)
        tab.drawings.show_card(card)
        QApplication.processEvents()
        shown = [w for w in tab.drawings.findChildren(QWidget) if w.isVisible()]
        boxes = [
            (w, QRectF(w.mapTo(tab.drawings, QPoint(0, 0)), w.size().toSizeF())) for w in shown
        ]
        for i, (a, box_a) in enumerate(boxes):
            for b, box_b in boxes[i + 1 :]:
                if a.isAncestorOf(b) or b.isAncestorOf(a):
                    continue
                overlap = box_a.intersected(box_b)
                assert overlap.width() < 1 or overlap.height() < 1, (a.objectName(), b.objectName())
        for view in tab.drawings.views():
            if view.isVisible():
                assert view.drawing_rect().width() >= 150


def test_drawing_words_follow_the_language_but_printed_words_stay_french(
    qtbot: QtBot, window: MainWindow, translations: Translations
) -> None:
    drawings = window.tabs.tab_for(Era.AFTER_1975).drawings
    french_note = drawings.note.text()
    translations.set_language("en")
    settle()
    try:
        assert drawings.licence.shown_text("label-example") == "EXAMPLE"
        assert drawings.note.text() != french_note
        assert drawings.magnify_button.text() == "Enlarge the drawing"
        # As printed on the document and shown on the (French) website.
        assert drawings.licence.shown_text("label-title") == "PERMIS DE CONDUIRE"
        assert drawings.website.shown_text("label-box-number-caption") == "Licence number"
    finally:
        translations.set_language("fr")
        settle()
    assert drawings.licence.shown_text("label-example") == "EXEMPLE"
    assert drawings.note.text() == french_note


def test_next_person_sees_the_pink_licence_and_no_enlarged_drawing(
    qtbot: QtBot, window: MainWindow
) -> None:
    drawings = window.tabs.tab_for(Era.AFTER_1975).drawings
    drawings.show_card(True)
    drawings.magnify()
    dialog = drawings.magnifier()
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished):
        window.next_person.reset()
    assert drawings.magnifier() is None
    assert not drawings.card_shown()
    assert drawings.licence.isVisibleTo(drawings)


def test_every_new_button_is_a_big_enough_target(window: MainWindow) -> None:
    drawings = window.tabs.tab_for(Era.AFTER_1975).drawings
    drawings.magnify()
    dialog = drawings.magnifier()
    assert dialog is not None
    buttons = [drawings.magnify_button, drawings.rose_button, drawings.card_button]
    for button in [*buttons, dialog.close_button]:
        assert button is not None
        button.ensurePolished()
        hint = button.sizeHint().expandedTo(button.minimumSize())
        assert hint.height() >= 44 and hint.width() >= 44, button.objectName()
    dialog.reject()


@pytest.mark.parametrize("era", list(Era))
def test_typing_repaints_the_changed_website_boxes_and_only_them(
    qtbot: QtBot, window: MainWindow, era: Era
) -> None:
    """A keystroke repaints the website boxes whose text changed (all of each box, so
    nothing stale stays on screen), and not the whole drawing."""
    # Tall enough that the drawing of the site's boxes, under the answer, is on screen.
    window.resize(1366, 1000)
    tab = window.tabs.tab_for(era)
    window.tabs.setCurrentWidget(tab)
    website = tab.drawings.website
    painted: list[QRegion] = []

    class Spy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if watched is website and isinstance(event, QPaintEvent):
                painted.append(QRegion(event.region()))
            return False

    spy = Spy()
    website.installEventFilter(spy)
    whole = website.width() * website.height()
    keystrokes = partial = seen_keystrokes = 0
    for box in tab.spec.boxes:
        tab.entry(box.key).edit.setFocus()
        settle()
        for char in box.example.replace(" ", ""):
            before = website.labels()
            painted.clear()
            qtbot.keyClicks(tab.entry(box.key).edit, char)
            settle()
            after = website.labels()
            changed = [key for key in after if after[key] != before.get(key)]
            assert changed, "typing shows the text on the website drawing"
            region = QRegion()
            for part in painted:
                region += part
            for label_id in changed:
                # (What is scrolled out of sight is painted when it comes into view.)
                seen = website.visibleRegion().intersected(
                    website.region_rect(label_id).toAlignedRect()
                )
                assert region.intersected(seen) == seen, label_id
            area = sum(r.width() * r.height() for r in region)
            keystrokes += 1
            partial += area < whole / 2
            seen_keystrokes += not website.visibleRegion().isEmpty()
    website.removeEventFilter(spy)
    assert keystrokes >= 10
    # The drawing was on screen for most keystrokes (the finished answer may then
    # scroll it down).
    assert seen_keystrokes >= keystrokes / 2
    # A keystroke that changes the layout of the tab (the first character of a box
    # brings its counter, a finished number the result) repaints more; the others
    # repaint the boxes only.
    assert partial >= keystrokes / 2


@pytest.mark.parametrize("era", list(Era))
def test_drawings_keep_their_size_while_the_person_types(
    qtbot: QtBot, window: MainWindow, era: Era
) -> None:
    """Messages and the result appear under the boxes as the person types: the pictures
    beside them stay still (same size, same place)."""
    window.resize(1366, 740)
    tab = window.tabs.tab_for(era)
    window.tabs.setCurrentWidget(tab)
    settle()
    assert not tab.stacked()
    views = [tab.drawings.licence, tab.drawings.website]
    seen = {tuple(view.geometry().getRect() for view in views)}
    for box in tab.spec.boxes:
        tab.entry(box.key).edit.setFocus()
        for char in box.example.replace(" ", ""):
            qtbot.keyClicks(tab.entry(box.key).edit, char)
            settle()
            seen.add(tuple(view.geometry().getRect() for view in views))
    assert tab.result().complete
    # A wrong character brings a warning; the pictures still do not move.
    tab.entries[0].edit.insert("é")
    tab.entries[-1].edit.setFocus()
    settle()
    seen.add(tuple(view.geometry().getRect() for view in views))
    # Not even when the result makes the tab taller: the scroll bar's room is kept.
    assert len(seen) == 1, seen


@pytest.mark.parametrize("era", list(Era))
def test_large_text_keeps_the_drawings_readable(window: MainWindow, era: Era) -> None:
    """At 200 % the tab scrolls anyway: the licence drawing keeps at least the size it
    asks for, instead of shrinking to fit the visible height."""
    window.resize(1366, 768)
    window.display.set_text_scale(200)
    tab = window.tabs.tab_for(era)
    window.tabs.setCurrentWidget(tab)
    settle()
    licence = tab.drawings.licence
    assert licence.drawing_rect().width() >= 0.9 * PREFERRED_DRAWING_WIDTH


@pytest.mark.parametrize("era", list(Era))
def test_a_partial_repaint_draws_the_same_pixels_as_a_full_one(
    qtbot: QtBot, window: MainWindow, era: Era
) -> None:
    """Words and outlines outside the repainted part are skipped: inside it, the pixels
    are those of a whole repaint under the same clip (boxes typed in, highlight on)."""
    window.resize(1366, 740)
    tab = window.tabs.tab_for(era)
    window.tabs.setCurrentWidget(tab)
    box = tab.spec.boxes[0]
    tab.entry(box.key).edit.setFocus()
    qtbot.keyClicks(tab.entry(box.key).edit, box.example.replace(" ", ""))
    settle()

    def paint(view: DrawingView, part: QRect, skip: bool) -> QImage:
        image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setClipRect(part)
        view._paint(painter, QRectF(view.rect()), 1.0, QRectF(part) if skip else None)
        painter.end()
        return image

    for view in (tab.drawings.licence, tab.drawings.website):
        assert view.highlighted()
        # The parts a keystroke repaints (each box's words, see set_labels), parts that
        # cut through words and outlines, and a grid over the whole view.
        parts = []
        for name in [*view.labels(), *view.highlighted()]:
            rect = view.region_rect(name)
            grow = rect.height() / 4 + 2
            parts.append(rect.adjusted(-grow, -grow, grow, grow).toAlignedRect())
            parts.append(rect.adjusted(rect.width() / 2, 0, 0, 0).toAlignedRect())
        w, h = view.width(), view.height()
        parts += [QRect(x, y, w // 5, h // 5) for x in range(0, w, w // 4) for y in (0, h // 2)]
        for part in parts:
            assert paint(view, part, skip=True) == paint(view, part, skip=False), part
