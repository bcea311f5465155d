"""A seeded UI fuzzer: random actions on the real main window, checking after each one.

Actions are found on the window generically, so features added later are fuzzed too:
keystrokes (any script, invisible and control characters, editing keys and shortcuts) into
the boxes of the tab on screen, keys to whatever has the focus (keyboard navigation),
pastes of up to 100 000 characters, clicks anywhere in the window, tab switches, text
sizes, the contrast theme, window sizes, language switches (``Translations`` or the
window's own switcher), and a reset if the window has one (``new_person`` …).

After every action the fuzzer lets Qt finish (layout, paint) and records:

* any Python exception (an ``excepthook`` is installed, and actions that raise stop the run),
* any Qt warning (a Qt message handler is installed; the offscreen platform's own noise is
  ignored),
* how long the action took until the window was idle again (wall and CPU time; the CPU time
  is judged against the 100 ms limit because the machine is shared),
* every web address the app asked to open (caught, never opened), which must be one of
  the official sites,
* modal dialogs, which a watchdog closes (clicking one of a message box's buttons at random).

The same seed gives the same actions: a failure prints the seed, the action's index and the
last actions, so ``python -m benchmarks.fuzz --seed S --actions N`` replays it.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import hashlib
import math
import random
import sys
import time
import traceback
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QMessageBox,
    QWidget,
)
from qt_probes import QtMessages, UrlCatcher

from neph_gui.i18n import Translations, available_languages
from neph_gui.licence import MAX_INPUT_CHARS
from neph_gui.settings import MAX_TEXT_SCALE, MIN_TEXT_SCALE, TEXT_SCALE_STEP, DisplaySettings
from neph_gui.site import OfficialSite
from neph_gui.ui.window.main_window import MainWindow

# Characters a person, a keyboard or a paste can bring, by family.
ALPHABETS: dict[str, str] = {
    "digits": "0123456789",
    "latin": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "accented": "éèêëàâçîïôûùüÿœæÉÈÊÀÇÔŒßñÑ",
    "look-alike": "OoIl|!０１２３４５６７８９ＡＢＣ①②⑴",
    "separators": " .-/_\\,;:·•–—‐'’\u00a0\u202f\u2009\u3000",
    "invisible": "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u2066\u2067\u2069\u202e",
    "control": "\x00\x01\x07\x08\t\n\r\x1b\x7f\x85",
    "cyrillic": "АБВГДЕЖЗИЙКОРСТУФХЦЧШЩЭЮЯ",
    "greek": "ΑΒΓΔΕΖΗΘΙΚΛΜΝΟΠΡΣΤΥΦΧΨΩαβγ",
    "arabic": "٠١٢٣٤٥٦٧٨٩مرحباشكرا",
    "hebrew": "שלוםאבגד",
    "cjk": "漢字数字一二三四五六七八九十〇",
    "devanagari": "०१२३४५नमस्ते",
    "thai": "๐๑๒๓สวัสดี",
    "emoji": "😀🚗👍🏽🇫🇷👨‍👩‍👧✅",
    "combining": "e\u0301a\u0300c\u0327o\u0308\u20dd",
    "symbols": '€$%&@#*+=<>()[]{}?^~`"°§¤',
}
_FAMILIES = list(ALPHABETS)
# Editing and navigation keys, with the modifiers people press by accident.
_KEYS = [
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Space,
    Qt.Key.Key_Insert,
]
_CTRL_KEYS = [
    Qt.Key.Key_A,
    Qt.Key.Key_C,
    Qt.Key.Key_X,
    Qt.Key.Key_V,
    Qt.Key.Key_Z,
    Qt.Key.Key_Y,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_1,
    Qt.Key.Key_2,
    Qt.Key.Key_3,
    Qt.Key.Key_Plus,
    Qt.Key.Key_Equal,
    Qt.Key.Key_Minus,
    Qt.Key.Key_0,
    Qt.Key.Key_Tab,
]
_MODIFIERS = [
    Qt.KeyboardModifier.NoModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
]
# Names under which a later version of the window may offer these (first found wins).
# Every one found becomes an action ("Nouvelle personne" asks first when something is typed).
ALLOWED_URLS = frozenset(site.url for site in OfficialSite)


_CONTROL_KEYS = {
    "\b": Qt.Key.Key_Backspace,
    "\t": Qt.Key.Key_Tab,
    "\n": Qt.Key.Key_Return,
    "\r": Qt.Key.Key_Return,
    "\x1b": Qt.Key.Key_Escape,
    "\x7f": Qt.Key.Key_Delete,
}


def send_text(widget: QWidget, text: str) -> None:
    """Key presses carrying ``text``, as a keyboard (or input method) sends them.

    ``QTest.keyClicks`` only knows ASCII, so each character goes as a key event with its
    text; control characters go as the keys that produce them.
    """
    click = QTest.KeyAction.Click
    for char in text:
        if char in _CONTROL_KEYS:
            QTest.keyClick(widget, _CONTROL_KEYS[char])
        elif char.isascii() and char.isalnum():
            key = Qt.Key(ord(char.upper()))
            QTest.sendKeyEvent(click, widget, key, char, Qt.KeyboardModifier.NoModifier)
        else:
            QTest.sendKeyEvent(
                click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
            )


@dataclass(frozen=True)
class Memory:
    """Resident memory (Linux ``/proc/self/status``), in bytes.

    ``rss`` is everything resident. ``anon`` leaves out file-backed pages: the system fonts
    Qt maps when a new script first shows (the CJK fallback font alone is ~18 MiB of them),
    which are shared, read-only and given back under pressure. A leak shows in ``anon``.

    ``heap`` (glibc's ``mallinfo2``; 0 elsewhere) is the C heap handed out and not freed:
    what the app and Qt hold. It tells growth from fragmentation: freed blocks malloc
    cannot give back to the system grow ``anon`` but not ``heap``. Python objects live in
    their own mapped arenas, counted in ``anon`` only.

    ``widgets`` (all the application's widgets) and ``objects`` (Python objects tracked by
    the garbage collector) climb when widgets or their wrappers are re-created and kept.
    """

    rss: int
    anon: int
    heap: int = 0
    widgets: int = 0
    objects: int = 0


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _heap_in_use() -> int:
    """Bytes of C heap in use (glibc ≥ 2.33), 0 when it cannot be asked."""
    try:
        mallinfo2 = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return 0
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return int(info.uordblks + info.hblkhd)


def memory() -> Memory:
    """Memory now, after a full collection and handing freed heap back to the system."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    fields: dict[str, int] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "RssAnon"):
                    fields[key] = int(value.split()[0]) * 1024
    except OSError:  # pragma: no cover - not Linux
        pass
    return Memory(
        rss=fields.get("VmRSS", 0),
        anon=fields.get("RssAnon", 0),
        heap=_heap_in_use(),
        widgets=len(QApplication.allWidgets()),
        objects=len(gc.get_objects()),
    )


@dataclass
class Slow:
    """An action after which the window took long to be idle again."""

    index: int
    action: str
    wall_ms: float
    cpu_ms: float
    kind: str = ""


@dataclass
class FuzzReport:
    """What a run did and found."""

    seed: int
    planned: int
    actions_done: int = 0
    seconds: float = 0.0
    kinds: Counter[str] = field(default_factory=Counter)
    available: dict[str, str] = field(default_factory=dict)  # optional action → how found
    exceptions: list[str] = field(default_factory=list)
    qt_warnings: list[str] = field(default_factory=list)
    bad_urls: list[str] = field(default_factory=list)
    urls_opened: int = 0
    modals_closed: int = 0
    slow: list[Slow] = field(default_factory=list)
    max_wall_ms: float = 0.0
    max_cpu_ms: float = 0.0
    worst_action: str = ""
    wall_ms: list[float] = field(default_factory=list)
    memory_checkpoint: Memory | None = None  # after `checkpoint` actions
    memory_end: Memory | None = None
    checkpoint: int = 0
    memory_trace: list[tuple[int, Memory]] = field(default_factory=list)  # (actions done, …)
    final_check: str = ""  # empty when the window still validates a number at the end
    first_failure: int | None = None  # index of the first failing action
    recent: list[str] = field(default_factory=list)  # the actions up to the first failure
    digest: str = ""  # of every action's description: same seed and start → same digest
    response_limit_ms: float = 100.0

    @property
    def actions_per_second(self) -> float:
        return self.actions_done / self.seconds if self.seconds else 0.0

    @property
    def rss_growth(self) -> int:
        """Growth of all resident memory from the checkpoint to the end (bytes)."""
        if self.memory_checkpoint is None or self.memory_end is None:
            return 0
        return self.memory_end.rss - self.memory_checkpoint.rss

    @property
    def anon_growth(self) -> int:
        """Growth of the app's own (anonymous) resident memory: what a leak grows."""
        if self.memory_checkpoint is None or self.memory_end is None:
            return 0
        return self.memory_end.anon - self.memory_checkpoint.anon

    def failures(self, rss_limit: int | None = None, examples: int = 3) -> list[str]:
        """Every broken promise, in words (a few examples of each); empty when all hold."""

        def some(kind: str, items: list[str]) -> list[str]:
            more = f" (and {len(items) - examples} more)" if len(items) > examples else ""
            return [
                f"{kind}{more if i == 0 else ''}: {item}" for i, item in enumerate(items[:examples])
            ]

        out = some("exception", self.exceptions)
        out += some("Qt warning", sorted(set(self.qt_warnings)))
        out += some("opened a non-official address", self.bad_urls)
        out += some(
            "slow",
            [
                f"action #{s.index} ({s.action}) kept the window busy {s.cpu_ms:.0f} ms CPU "
                f"({s.wall_ms:.0f} ms wall), limit {self.response_limit_ms:.0f} ms"
                for s in sorted(self.slow, key=lambda s: -s.cpu_ms)
                if s.cpu_ms > self.response_limit_ms
            ],
        )
        if self.actions_done < self.planned and not out:
            out.append(f"stopped after {self.actions_done} of {self.planned} actions")
        if self.final_check:
            out.append(self.final_check)
        if rss_limit is not None and self.checkpoint and self.anon_growth > rss_limit:
            out.append(
                f"anonymous RSS grew {self.anon_growth / 2**20:.1f} MiB between action "
                f"{self.checkpoint} and action {self.actions_done} "
                f"(limit {rss_limit / 2**20:.1f} MiB)"
            )
        return out

    def repro(self) -> str:
        """How to replay the run up to the first failure, and what led to it."""
        upto = (self.first_failure + 1) if self.first_failure is not None else self.actions_done
        lines = [
            f"Replay: python -m benchmarks.fuzz --seed {self.seed} --actions {upto}"
            f"  (or: make fuzz FUZZ_ARGS='--seed {self.seed} --actions {upto}')",
            "Last actions:",
        ]
        lines += [f"  {line}" for line in self.recent]
        return "\n".join(lines)


class _ModalWatchdog(QObject):
    """Closes modal dialogs that an action opened, even inside their own event loop."""

    def __init__(self, rng: random.Random, report: FuzzReport) -> None:
        super().__init__()
        self._rng = rng
        self._report = report
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self.close_modals)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def close_modals(self) -> None:
        for _ in range(5):
            modal = QApplication.activeModalWidget()
            if modal is None:
                return
            self._report.modals_closed += 1
            if isinstance(modal, QMessageBox) and modal.buttons():
                self._rng.choice(modal.buttons()).click()
            elif isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()


class UiFuzzer:
    """Drives one shown :class:`MainWindow` with seeded random actions."""

    def __init__(
        self,
        window: MainWindow,
        settings: DisplaySettings,
        translations: Translations,
        seed: int,
        max_paste: int = 100_000,
        response_limit_ms: float = 100.0,
        kinds: set[str] | None = None,
    ) -> None:
        self.window = window
        self.settings = settings
        self.translations = translations
        self.seed = seed
        self.rng = random.Random(seed)
        self.max_paste = max_paste
        self.report = FuzzReport(seed=seed, planned=0, response_limit_ms=response_limit_ms)
        self.actions = [
            action
            for action in self._discover()
            if kinds is None or action[0] in kinds or action[0].split(":")[0] in kinds
        ]
        if not self.actions:
            raise ValueError(f"no action among {sorted(kinds or ())}")

    # --- what can be done ---------------------------------------------------------------
    def _discover(self) -> list[tuple[str, float, Callable[[], str]]]:
        actions: list[tuple[str, float, Callable[[], str]]] = [
            ("type", 40, self.type_text),
            ("key", 18, self.edit_key),
            ("ctrl-key", 6, self.ctrl_key),
            ("focus-key", 6, self.focus_key),
            ("paste", 4, self.paste),
            ("click", 6, self.click_anywhere),
            ("button", 3, self.click_button),
            ("tab", 6, self.switch_tab),
            ("text-size", 3, self.text_size),
            ("contrast", 1, self.contrast),
            ("resize", 1, self.resize),
        ]
        available = self.report.available
        next_person = self.window.next_person
        actions.append(("reset:ask", 1, partial(self._reset, "ask", next_person.ask)))
        actions.append(("reset:reset", 1, partial(self._reset, "reset", next_person.reset)))
        available["reset"] = "MainWindow.next_person.ask(), .reset()"
        languages = available_languages()
        available["language"] = f"MainWindow.on_language_chosen() over {', '.join(languages)}"
        actions.append(("language", 2, partial(self._language, languages)))
        available["text size"] = "MainWindow.display.set_text_scale()"
        available["contrast"] = "MainWindow.display.set_high_contrast()"
        return actions

    # --- the actions (each returns a description for the replay) --------------------------
    def _text(self, length: int) -> str:
        rng = self.rng
        if length <= 64:
            families = rng.sample(_FAMILIES, k=rng.randint(1, 3))
            return "".join(rng.choice(ALPHABETS[rng.choice(families)]) for _ in range(length))
        # Long pastes: a few random chunks repeated (fast to build, still varied).
        chunks = [self._text(rng.randint(1, 40)) for _ in range(rng.randint(1, 8))]
        out: list[str] = []
        size = 0
        while size < length:
            piece = rng.choice(chunks)
            out.append(piece)
            size += len(piece)
        return "".join(out)[:length]

    def _entry_edit(self) -> tuple[str, QWidget]:
        tab = self.window.tabs.current_tab()
        entry = self.rng.choice(tab.entries)
        return f"tab{self.window.tabs.currentIndex() + 1}/{entry.box.key}", entry.edit

    def type_text(self) -> str:
        where, edit = self._entry_edit()
        text = self._text(self.rng.choice((1, 1, 1, 2, 3, 5, 8, 12, 20)))
        edit.setFocus()
        send_text(edit, text)
        return f"type {text!r} into {where}"

    def edit_key(self) -> str:
        where, edit = self._entry_edit()
        key = self.rng.choice(_KEYS)
        modifier = self.rng.choice(_MODIFIERS)
        edit.setFocus()
        QTest.keyClick(edit, key, modifier)
        return f"key {key.name}+{modifier.name} in {where}"

    def ctrl_key(self) -> str:
        where, edit = self._entry_edit()
        key = self.rng.choice(_CTRL_KEYS)
        edit.setFocus()
        QTest.keyClick(edit, key, Qt.KeyboardModifier.ControlModifier)
        return f"key Ctrl+{key.name} in {where}"

    def _ours(self, widget: QWidget) -> bool:
        """Part of the main window itself (not of a dialog it opened)."""
        return widget.window() is self.window

    def focus_key(self) -> str:
        focus = QApplication.focusWidget()
        target = focus if focus is not None and self._ours(focus) else self.window
        key = self.rng.choice((*_KEYS[10:], Qt.Key.Key_Space, Qt.Key.Key_Tab, Qt.Key.Key_Tab))
        QTest.keyClick(target, key)
        return f"key {key.name} to the focus ({type(target).__name__} {target.objectName()!r})"

    def paste(self) -> str:
        where, edit = self._entry_edit()
        # Log-uniform sizes: mostly short, sometimes huge (up to max_paste).
        length = int(math.exp(self.rng.uniform(0, math.log(self.max_paste))))
        text = self._text(length)
        QApplication.clipboard().setText(text)
        edit.setFocus()
        if self.rng.random() < 0.3:
            QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        shown = text if length <= 40 else f"{text[:20]!r}…({length} chars)"
        return f"paste {shown!r} into {where}"

    def _visible_widgets(self) -> list[QWidget]:
        return [
            w
            for w in self.window.findChildren(QWidget)
            if w.isVisible() and w.width() > 0 and w.height() > 0 and self._ours(w)
        ]

    def click_anywhere(self) -> str:
        widgets = self._visible_widgets()
        if not widgets:
            return "click: nothing visible"
        target = self.rng.choice(widgets)
        point = QPoint(self.rng.randrange(target.width()), self.rng.randrange(target.height()))
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        return f"click {type(target).__name__} {target.objectName()!r} at {point.x()},{point.y()}"

    def click_button(self) -> str:
        buttons = [
            b
            for b in self.window.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and self._ours(b)
        ]
        if not buttons:
            return "button: none visible"
        button = self.rng.choice(buttons)
        name = button.objectName() or button.text()
        button.click()
        return f"click button {name!r}"

    def switch_tab(self) -> str:
        index = self.rng.randrange(self.window.tabs.count())
        self.window.tabs.setCurrentIndex(index)
        return f"show tab {index + 1}"

    def text_size(self) -> str:
        scale = self.rng.randrange(MIN_TEXT_SCALE, MAX_TEXT_SCALE + 1, TEXT_SCALE_STEP)
        self.window.display.set_text_scale(scale)
        return f"text size {scale} %"

    def contrast(self) -> str:
        on = not self.settings.high_contrast
        self.window.display.set_high_contrast(on)
        return f"high contrast {'on' if on else 'off'}"

    def resize(self) -> str:
        width, height = self.rng.randint(640, 1920), self.rng.randint(480, 1080)
        self.window.resize(width, height)
        return f"resize to {width}×{height}"

    def _reset(self, name: str, function: Callable[[], None]) -> str:
        function()
        return f"reset ({name})"

    def _language(self, languages: list[str]) -> str:
        language = self.rng.choice(languages)
        self.window.on_language_chosen(language)
        return f"language {language}"

    # --- the run ------------------------------------------------------------------------
    @contextlib.contextmanager
    def _watching(self) -> Iterator[tuple[QtMessages, UrlCatcher, _ModalWatchdog]]:
        report = self.report
        previous_hook = sys.excepthook

        def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
            report.exceptions.append("".join(traceback.format_exception(kind, value, tb)))

        messages = QtMessages()
        urls = UrlCatcher()
        watchdog = _ModalWatchdog(random.Random(self.seed + 1), report)
        sys.excepthook = hook
        messages.install()
        urls.install()
        watchdog.start()
        try:
            yield messages, urls, watchdog
        finally:
            watchdog.stop()
            urls.uninstall()
            messages.uninstall()
            sys.excepthook = previous_hook

    def settle(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.processEvents()
        app.processEvents()
        # deleteLater() runs when control returns to the event loop, which a real app does
        # between events; processEvents() from outside exec() leaves those to us.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def warm_up(self) -> None:
        """Show every character the fuzzer types once, in every box, at every text size.

        Qt maps a system font and caches glyphs the first time a script shows at a size;
        random actions would keep meeting new (character, size) pairs for a long time, and
        the memory check would measure that instead of leaks. Not counted as actions.
        """
        everything = "".join(dict.fromkeys("".join(ALPHABETS.values())))
        chunks = [everything[i : i + MAX_INPUT_CHARS] for i in range(0, len(everything), 150)]
        for scale in range(MIN_TEXT_SCALE, MAX_TEXT_SCALE + 1, TEXT_SCALE_STEP):
            self.window.display.set_text_scale(scale)
            for index, tab in enumerate(self.window.tabs.era_tabs):
                self.window.tabs.setCurrentIndex(index)
                for entry in tab.entries:
                    for chunk in chunks:
                        entry.set_text(chunk)
                        self.settle()
                tab.clear()
        self.window.display.set_text_scale(MIN_TEXT_SCALE)
        self.window.tabs.setCurrentIndex(0)
        self.settle()

    def run(
        self,
        count: int,
        checkpoint: int = 1000,
        progress: Callable[[int], None] | None = None,
        trace_every: int = 0,
        warm_up: bool = False,
    ) -> FuzzReport:
        """Do ``count`` actions; memory is sampled after ``checkpoint`` actions and at the
        end (and every ``trace_every`` actions, to tell a leak from caches filling up).
        ``warm_up`` first fills Qt's font caches (see :meth:`warm_up`)."""
        if warm_up:
            self.warm_up()
        report = self.report
        report.planned = count
        report.checkpoint = checkpoint if checkpoint < count else 0
        names = [name for name, _, _ in self.actions]
        weights = [weight for _, weight, _ in self.actions]
        functions = {name: function for name, _, function in self.actions}
        recent: deque[str] = deque(maxlen=15)
        digest = hashlib.sha256()
        self.settle()
        start = time.perf_counter()
        with self._watching() as (messages, urls, watchdog):
            for index in range(count):
                name = self.rng.choices(names, weights)[0]
                seen = (len(report.exceptions), len(messages.warnings), len(urls.urls))
                wall0, cpu0 = time.perf_counter(), time.thread_time()
                try:
                    what = functions[name]()
                except Exception:  # the fuzzer reports it, then stops
                    report.exceptions.append(traceback.format_exc())
                    what = f"{name} (raised)"
                self.settle()
                watchdog.close_modals()  # here too, so the next action starts the same way
                self.settle()
                wall = (time.perf_counter() - wall0) * 1000
                cpu = (time.thread_time() - cpu0) * 1000
                recent.append(f"#{index} {what}")
                digest.update(what.encode("utf-8", "surrogatepass") + b"\n")
                report.kinds[name] += 1
                report.actions_done = index + 1
                report.wall_ms.append(wall)
                if wall > report.max_wall_ms:
                    report.max_wall_ms, report.worst_action = wall, f"#{index} {what}"
                report.max_cpu_ms = max(report.max_cpu_ms, cpu)
                if wall > report.response_limit_ms or cpu > report.response_limit_ms:
                    report.slow.append(Slow(index, what, wall, cpu, name))
                for url in urls.urls[seen[2] :]:
                    if url not in ALLOWED_URLS:
                        report.bad_urls.append(f"#{index}: {url}")
                failed = (
                    len(report.exceptions) > seen[0]
                    or len(messages.warnings) > seen[1]
                    or len(report.bad_urls) > 0
                    or cpu > report.response_limit_ms
                )
                if failed and report.first_failure is None:
                    report.first_failure = index
                    report.recent = list(recent)
                if "(raised)" in what:
                    break
                if report.checkpoint and index + 1 == report.checkpoint:
                    report.memory_checkpoint = memory()
                if trace_every and (index + 1) % trace_every == 0:
                    report.memory_trace.append((index + 1, memory()))
                if progress is not None:
                    progress(index + 1)
            report.seconds = time.perf_counter() - start
            report.qt_warnings = list(messages.warnings)
            report.urls_opened = len(urls.urls)
            report.memory_end = memory()
            report.final_check = self.final_check()
            report.digest = digest.hexdigest()
        if report.first_failure is None:
            report.recent = list(recent)
        return report

    def final_check(self) -> str:
        """The window still validates a number; empty if so, else what went wrong."""
        window = self.window
        self.translations.set_language(available_languages()[0])
        window.show_tab(0)
        tab = window.tabs.current_tab()
        tab.clear()
        self.settle()
        edit = tab.entries[0].edit
        edit.setFocus()
        QTest.keyClicks(edit, "0512 2730 8989")
        self.settle()
        result = tab.result()
        if not result.complete or result.website_parts != ("051227308989",):
            return f"the window no longer validates 0512 2730 8989 (got {result.website_parts})"
        tab.clear()
        self.settle()
        return ""
