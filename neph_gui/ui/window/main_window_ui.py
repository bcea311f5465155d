"""The main window's widgets and where they sit (as Qt Designer's ``setupUi`` would):
the behaviour is in main_window.py and the modules it uses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout

from neph_gui.settings import MIN_TEXT_SCALE
from neph_gui.ui.widgets.accessibility import plain_page_stacks
from neph_gui.ui.widgets.flow_layout import FlowLayout
from neph_gui.ui.widgets.status_line import StatusLine
from neph_gui.ui.widgets.wrap_button import WrapButton
from neph_gui.ui.widgets.wrapped_label import WrappedLabel
from neph_gui.ui.window import focus_order
from neph_gui.ui.window.display_controls import DisplayBar
from neph_gui.ui.window.idle_banner import IdleBanner
from neph_gui.ui.window.page import Flexible, WindowPage, WindowScroll
from neph_gui.ui.window.question_screen import QuestionScreen
from neph_gui.ui.window.steps_panel import StepsPanel
from neph_gui.ui.window.top_bar import ActionsBar

if TYPE_CHECKING:
    _WindowBase = QMainWindow
else:
    _WindowBase = object


# Below this window height (a 1024 × 600 netbook; a maximised window on a 1366 × 768
# laptop is about 700 px) the window saves room as it does at a larger text size.
SHORT_WINDOW_HEIGHT = 640


class MainWindowUi(_WindowBase):
    """Top: the title and the agent's buttons; the middle: the pages (the question
    screen, the tabs) and the steps panel beside them; the bottom: the site button. The
    display controls sit in the bottom row at the default text size, behind "Affichage"
    in the top bar at a larger one or in a short window (``place_display_controls``).
    The bars are flow layouts: when room is short, controls move to a new row instead of
    being cut off."""

    def setup_ui(self) -> None:
        # Everything sits in one page that scrolls only as a last resort (WindowScroll).
        central = WindowPage()
        central.setObjectName("window_page")
        self.window_scroll = WindowScroll(self)
        self.window_scroll.setWidget(central)
        self.setCentralWidget(self.window_scroll)
        self.title = WrappedLabel(central)
        self.title.setObjectName("window_title")
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.action_bar = ActionsBar(central)
        self.display_bar = DisplayBar(central)
        self._display_open = False  # at a large text size: folded behind "Affichage"
        self.top_bar = FlowLayout(spacing=24, row_spacing=8)
        self.top_bar.addWidget(self.title)
        self.top_bar.addWidget(self.action_bar)
        self.idle_banner = IdleBanner(central)  # announces the automatic reset
        # The body asks for its minimum height only (Flexible): the pages shrink and
        # scroll inside before the window would.
        self.body_box = Flexible(central)
        self.body_box.setObjectName("body_box")
        plain_page_stacks()  # the stack is a plain container for screen readers
        self.pages = QStackedWidget(self.body_box)
        self.pages.setObjectName("pages")
        policy = self.pages.sizePolicy()
        policy.setHorizontalStretch(5)  # the steps panel's is 2, or 0 folded
        self.pages.setSizePolicy(policy)
        self.question = QuestionScreen(self.pages)  # the first page: which licence?
        self.pages.addWidget(self.question)
        self.steps_panel = StepsPanel(self.body_box)
        body = QHBoxLayout(self.body_box)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(12)
        body.addWidget(self.pages)
        body.addWidget(self.steps_panel)
        self.site_button = WrapButton(parent=central)
        self.site_button.setObjectName("site_button")
        self.site_button.setProperty("role", "primary")
        self.site_button.setProperty("waiting", True)  # filled once a number is complete
        self.offline_note = StatusLine(central)
        self.offline_note.setObjectName("offline_note")
        self.offline_note.hide()
        self.bottom_bar = FlowLayout(spacing=16, row_spacing=8)
        self.bottom_bar.addWidget(self.site_button)
        self.bottom_bar.addWidget(self.offline_note)
        self._page_layout = QVBoxLayout(central)
        self._page_layout.setContentsMargins(12, 8, 12, 10)
        self._page_layout.setSpacing(8)
        self._page_layout.addLayout(self.top_bar)
        self._page_layout.addWidget(self.idle_banner)
        self._page_layout.addWidget(self.body_box, 1)
        self._page_layout.addLayout(self.bottom_bar)
        self.action_bar.display_toggle.clicked.connect(
            lambda: self.open_display(not self._display_open)
        )
        # Folded, the steps panel goes; a button in the top bar brings it back.
        self.steps_panel.shown.connect(self._show_steps)
        self.action_bar.steps_button.clicked.connect(self.steps_panel.toggle.click)
        # A− / A+ pressed: the controls stay in view where they move to.
        self.display_bar.text_size.scale_requested.connect(
            lambda _scale: setattr(self, "_display_open", True)
        )

    def place_display_controls(self, scale: int) -> None:
        """At the default text size the display controls share the bottom row with the
        site button and the title is shown. Larger text, or a short window, needs the
        room for the page: the title goes (the headings below say the same), and the
        controls fold behind "Affichage" in the top bar, unfolded while the agent uses
        them."""
        folded = self._folds(scale)
        self.title.setVisible(not folded)
        self.action_bar.display_toggle.setVisible(folded)
        self.action_bar.show_display_state(self._display_open, scale)
        self.display_bar.setVisible(not folded or self._display_open)
        bars = (self.top_bar, self.bottom_bar)
        self.display_bar.move_to(bars[0] if folded else bars[1], bars, self._page_layout)
        self.order_focus_chain()

    def _folds(self, scale: int) -> bool:
        return scale > MIN_TEXT_SCALE or self.height() < SHORT_WINDOW_HEIGHT

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        scale = self.display_bar.text_size.scale()
        folded_now = not self.action_bar.display_toggle.isHidden()
        if folded_now != self._folds(scale):
            focused = self.focusWidget()
            if focused is not None and self.display_bar.isAncestorOf(focused):
                self._display_open = True  # the control in use stays in view
            self.place_display_controls(scale)

    def _show_steps(self, unfolded: bool) -> None:
        button = self.action_bar.steps_button
        focused = self.focusWidget()
        moving_focus = focused is not None and (
            focused is button if unfolded else self.steps_panel.isAncestorOf(focused)
        )
        self.steps_panel.setVisible(unfolded)
        button.setVisible(not unfolded)
        if moving_focus:  # the focus follows to the button that replaces the one pressed
            target = self.steps_panel.toggle if unfolded else button
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_display(self, unfolded: bool) -> None:
        """Show (or fold) the display controls behind "Affichage"."""
        self._display_open = unfolded
        self.place_display_controls(self.display_bar.text_size.scale())

    def order_focus_chain(self) -> None:
        """Tab goes through the top bar in reading order, then the page on screen, then
        the bottom row (site button, then the display controls), which closes the cycle."""
        focus_order.chain(
            [
                *focus_order.focusable_in(self.top_bar),
                *focus_order.focus_chain_of(self.pages),
                self.site_button,
                *focus_order.focusable_in(self.bottom_bar),
            ]
        )
