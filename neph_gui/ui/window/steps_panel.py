"""Beside the tabs: the steps on the website as a checklist the agent ticks.

Folds down to a narrow button so it never squeezes the tabs at large text sizes.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QScreen
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from neph_gui.i18n import Retranslating
from neph_gui.settings import DisplaySettings
from neph_gui.site import OfficialSite
from neph_gui.texts import messages, website_steps
from neph_gui.ui.widgets.scroll_area import VerticalScrollArea
from neph_gui.ui.widgets.wrap_button import WrapButton
from neph_gui.ui.widgets.wrapped_label import WrappedLabel


class StepItem(QWidget):
    """One numbered step: a big tick box and its word-wrapped sentence.

    QCheckBox cannot wrap its text, so the sentence is a label beside it; a click
    anywhere on the row ticks the box.
    """

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.check = QCheckBox(self)
        self.check.setObjectName(f"step_check_{number}")
        self.label = WrappedLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.check.toggled.connect(self._on_toggled)
        self._on_toggled(False)

    def set_text(self, text: str) -> None:
        """Show ``text`` as step ``number``."""
        line = messages.fill(self.tr("%1. %2"), self.number, text)
        # A web address has no spaces: in a narrow panel at large text it may wrap after
        # its dots (a zero-width space there; screen readers get the plain text).
        self.label.setText(re.sub(r"\.(?=\w)", ".\u200b", line))
        self.check.setAccessibleName(line)

    def text(self) -> str:
        """The step as shown (with its number)."""
        return self.label.text().replace("\u200b", "")

    def is_ticked(self) -> bool:
        """Whether the agent ticked this step."""
        return self.check.isChecked()

    def _on_toggled(self, ticked: bool) -> None:
        # Not colour alone: a ticked step also gets its box ticked and a "done" property.
        self.label.setProperty("done", ticked)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.check.toggle()
            self.check.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)


_NEXT = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}


class _OneTabStop(QObject):
    """The steps' tick boxes as one group: Tab stops at one of them (the last one used,
    at first the first), the arrow keys move between them, Space ticks. A screen-reader
    user meets one stop instead of five long sentences on the way to the next control."""

    def __init__(self, checks: list[QCheckBox], parent: QObject) -> None:
        super().__init__(parent)
        self._checks = checks
        for check in checks:
            check.installEventFilter(self)
        self._make_stop(checks[0])

    def _make_stop(self, stop: QCheckBox) -> None:
        for check in self._checks:
            check.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if check is stop else Qt.FocusPolicy.ClickFocus
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QCheckBox):
            self._make_stop(watched)
        elif event.type() == QEvent.Type.KeyPress and watched in self._checks:
            assert isinstance(event, QKeyEvent)
            step = _NEXT.get(Qt.Key(event.key()))
            if step is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                index = self._checks.index(watched) + step
                if 0 <= index < len(self._checks):
                    self._checks[index].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False


class StepsPanel(Retranslating, QFrame):
    """The website steps, what to prepare, and the "Mes points permis" link."""

    open_changed = Signal(bool)  # the agent folded or unfolded it
    shown = Signal(bool)  # unfolded (True) or folded, whoever asked
    site_requested = Signal(OfficialSite)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steps_panel")
        self.setProperty("role", "side-panel")

        self.toggle = WrapButton(parent=self)
        self.toggle.setObjectName("steps_toggle")
        # A plain button whose words say what it does ("Masquer…" / "Afficher…"):
        # a checkable one would be read as a tick box by screen readers.
        self._open = True
        self.toggle.clicked.connect(lambda: self._on_toggle(not self._open))

        self.content_area = VerticalScrollArea(self)
        self.content_area.setObjectName("steps_scroll")
        self.content_area.setProperty("role", "page")  # framed when it has the focus
        # Not a Tab stop (a container): a click in it lets the arrow keys scroll it.
        self.content_area.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.content_area.setWidgetResizable(True)
        self.content_area.setFrameShape(QFrame.Shape.NoFrame)
        self.content_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self.content_area)
        content.setObjectName("steps_content")
        self.content_area.setWidget(content)

        self.heading = self._label(content, "heading")
        self.prepare_heading = self._label(content, "caption")
        self.prepare_labels = [self._label(content) for _ in website_steps.PREPARE]
        self.steps_heading = self._label(content, "caption")
        self.items = [StepItem(n, content) for n in range(1, len(website_steps.STEPS) + 1)]
        _OneTabStop([item.check for item in self.items], self)  # kept alive by its parent
        self.notice = self._label(content)
        self.notice.setProperty("tone", "info")
        self.may_differ = self._label(content)
        self.sources = self._label(content, "small")
        self.sources.setObjectName("steps_sources")
        self.hard_heading = self._label(content, "caption")
        self.hard_cases = [
            (self._label(content, "caption"), self._label(content))
            for _ in website_steps.HARD_CASES
        ]
        self.mes_points_about = self._label(content, "small")
        self.mes_points_address = self._label(content, "small")
        self.mes_points_address.setObjectName("mes_points_address")
        self.mes_points_button = WrapButton(parent=content)
        self.mes_points_button.setObjectName("mes_points_button")
        self.mes_points_button.setProperty("role", "link")
        self.mes_points_button.clicked.connect(
            lambda: self.site_requested.emit(OfficialSite.MES_POINTS)
        )

        inner = QVBoxLayout(content)
        inner.setContentsMargins(4, 4, 8, 4)
        inner.setSpacing(8)
        inner.addWidget(self.heading)
        inner.addWidget(self.prepare_heading)
        for label in self.prepare_labels:
            inner.addWidget(label)
        inner.addSpacing(4)
        inner.addWidget(self.steps_heading)
        for item in self.items:
            inner.addWidget(item)
        inner.addWidget(self.may_differ)
        inner.addWidget(self.sources)
        inner.addSpacing(4)
        inner.addWidget(self.notice)
        inner.addSpacing(4)
        inner.addWidget(self.mes_points_about)
        inner.addWidget(self.mes_points_button)
        inner.addWidget(self.mes_points_address)
        inner.addSpacing(4)
        inner.addWidget(self.hard_heading)
        for title, text in self.hard_cases:
            inner.addWidget(title)
            inner.addWidget(text)
        inner.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.toggle)
        layout.addWidget(self.content_area, 1)
        layout.addStretch(0)
        self._layout = layout
        self.retranslate()

    @staticmethod
    def _label(parent: QWidget, role: str = "") -> QLabel:
        label = WrappedLabel(parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if role:
            label.setProperty("role", role)
        return label

    # --- public -----------------------------------------------------------------------
    def is_open(self) -> bool:
        """Whether the steps are unfolded."""
        return self._open

    def set_open(self, unfolded: bool) -> None:
        """Unfold or fold the panel (folded, only a narrow button is left)."""
        self._open = unfolded
        self._apply_open(unfolded)

    def clear_ticks(self) -> None:
        """Untick every step (for the next person)."""
        for item in self.items:
            item.check.setChecked(False)

    def ticked(self) -> list[bool]:
        """Which steps are ticked, in order."""
        return [item.is_ticked() for item in self.items]

    # --- internals --------------------------------------------------------------------
    def _on_toggle(self, unfolded: bool) -> None:
        self._open = unfolded
        self._apply_open(unfolded)
        self.open_changed.emit(unfolded)

    def _apply_open(self, unfolded: bool) -> None:
        self.content_area.setVisible(unfolded)
        # Unfolded it takes a share of the width beside the tabs (their stretch is 5);
        # folded, only its button's width.
        policy = self.sizePolicy()
        policy.setHorizontalStretch(2 if unfolded else 0)
        self.setSizePolicy(policy)
        # Folded: only the button, at the top, with no frame around it.
        self._layout.setContentsMargins(*((8, 8, 8, 8) if unfolded else (0, 0, 0, 0)))
        self.setProperty("folded", not unfolded)
        self.style().unpolish(self)
        self.style().polish(self)
        self._retranslate_toggle()
        self.shown.emit(unfolded)

    def _retranslate_toggle(self) -> None:
        if self.is_open():
            self.toggle.setText(self.tr("Masquer les étapes ›"))
            self.toggle.setAccessibleName(self.tr("Masquer les étapes sur le site"))
        else:
            self.toggle.setText(self.tr("‹ Étapes"))
            self.toggle.setAccessibleName(self.tr("Afficher les étapes sur le site"))

    def retranslate(self) -> None:
        self._retranslate_toggle()
        self.heading.setText(self.tr("Les étapes sur le site"))
        self.content_area.setAccessibleName(self.heading.text())
        self.prepare_heading.setText(self.tr("À préparer"))
        for label, text in zip(self.prepare_labels, website_steps.prepare(), strict=True):
            label.setText(messages.fill(self.tr("• %1"), text))
        self.steps_heading.setText(self.tr("Sur le site (cochez au fur et à mesure)"))
        for item, text in zip(self.items, website_steps.steps(), strict=True):
            item.set_text(text)
        self.notice.setText(website_steps.not_real_time())
        self.may_differ.setText(website_steps.may_differ())
        self.sources.setText(website_steps.sources_note())
        self.hard_heading.setText(self.tr("Cas difficiles"))
        for (title_label, text_label), (title, what) in zip(
            self.hard_cases, website_steps.hard_cases(), strict=True
        ):
            title_label.setText(title)
            text_label.setText(what)
        self.mes_points_about.setText(website_steps.mes_points_about())
        self.mes_points_button.setText(self.tr("Ouvrir Mes points permis"))
        # A long address has no spaces: let it wrap after its dots in a narrow panel.
        self.mes_points_address.setText(OfficialSite.MES_POINTS.display.replace(".", ".\u200b"))
        self.mes_points_button.setAccessibleName(self.tr("Ouvrir le site Mes points permis"))
        self.mes_points_button.setAccessibleDescription(
            messages.fill(self.tr("Ouvre %1 dans le navigateur."), OfficialSite.MES_POINTS.display)
        )


# Below this width (in device-independent pixels, at the text size in use) the steps
# start folded, unless the agent chose otherwise once: the tab and its licence drawing
# need the room. A 1366 px laptop starts folded; a 1920 px screen shows both.
STEPS_OPEN_MIN_WIDTH = 1600


def starts_open(settings: DisplaySettings, screen: QScreen) -> bool:
    """Whether the panel starts unfolded on ``screen``."""
    if settings.steps_open_chosen:
        return settings.steps_open
    # Larger text needs a wider screen for both: 1366 px at 200 % is like 683 px.
    width = screen.availableGeometry().width() * 100 // settings.text_scale
    return width >= STEPS_OPEN_MIN_WIDTH
