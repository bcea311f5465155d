"""Run the real Orca screen reader on the app, headless, and read back what it said.

    with OrcaVisit() as visit:          # the app is on screen, Orca has read the window
        mark = visit.mark()
        visit.type("051227308989")
        visit.wait_quiet(3)
        print(visit.since(mark))        # ['0', '5', …] whatever Orca spoke

Each visit is private: its own Xvfb display, D-Bus session bus, AT-SPI bus and registry,
speech-dispatcher (silent: libao's null driver, espeak-ng) and Orca, a temporary HOME
and XDG folders, French (fr_FR.UTF-8). Nothing of the user's (or of another visit) is
read or changed, and everything started is killed at the end, process group by group.

Orca runs from tests/orca_runner.py under the system Python (Orca is a Debian package);
the app runs under this Python (the project's venv), as `python -m neph_gui`.
What Orca said is read from its debug file: each utterance is a "SPEECH OUTPUT" line.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SYSTEM_PYTHON = "/usr/bin/python3"
LANG = "fr_FR.UTF-8"
TYPING_DELAY_MS = 150  # a calm typist; Orca and the app both keep up

# What must be on this machine, and the Debian package that brings it (scripts/
# system_deps.py, group "orca", installs them all).
_NEEDED: tuple[tuple[str, str], ...] = (
    ("Xvfb", "xvfb"),
    ("xdotool", "xdotool"),
    ("dbus-daemon", "dbus"),
    ("speech-dispatcher", "speech-dispatcher"),
    ("localedef", "locales"),
    ("/usr/libexec/at-spi-bus-launcher", "at-spi2-core"),
    ("/usr/libexec/at-spi2-registryd", "at-spi2-core"),
    (SYSTEM_PYTHON, "python3"),
    ("/usr/lib/python3/dist-packages/orca/orca.py", "orca"),
    ("/usr/lib/python3/dist-packages/pyatspi/__init__.py", "python3-pyatspi"),
    ("/usr/lib/speech-dispatcher-modules/sd_espeak-ng", "speech-dispatcher-espeak-ng"),
    ("/usr/lib/*/libao.so.4", "libao4"),
    ("/usr/share/i18n/locales/fr_FR", "locales"),
)


def skip_reason() -> str | None:
    """Why Orca cannot run here (what is missing, and which packages bring it), or None."""
    if not sys.platform.startswith("linux"):
        return "Orca runs on Linux only"
    missing: dict[str, list[str]] = {}
    for what, package in _NEEDED:
        found = glob.glob(what) if what.startswith("/") else shutil.which(what)
        if not found:
            missing.setdefault(package, []).append(what)
    if not missing:
        return None
    return (
        "Orca cannot run here: missing "
        + "; ".join(f"{', '.join(whats)} (Debian package {pkg})" for pkg, whats in missing.items())
        + ". `python3 scripts/system_deps.py orca` installs them (as root)."
    )


@dataclass(frozen=True)
class Utterance:
    """One SPEECH OUTPUT line of Orca's debug file."""

    time: str  # HH:MM:SS.ffffff, Orca's clock
    text: str
    voice: str = ""  # "uppercase", "hyperlink"… when not the default voice
    line: int = 0  # its place in the debug file (for mark()/since())


# "HH:MM:SS.ffffff - SPEECH OUTPUT: 'text'[ voice=name][ ]{acss dict}" where text may run
# over several lines (each continued line starts with 18 spaces).
_RECORD = re.compile(r"^(\d\d:\d\d:\d\d\.\d{6}) - (.*)$")
_SPEECH = re.compile(
    r"^SPEECH OUTPUT: '(?P<text>.*?)'(?: voice=(?P<voice>[\w-]+))? ?(?P<acss>\{.*\})?$",
    re.DOTALL,
)


def parse_debug_log(content: str) -> list[Utterance]:
    """The utterances of an Orca debug log, in order (a record cut short at the end of
    the file, still being written, is left for the next read)."""
    records: list[tuple[int, str, list[str]]] = []
    for number, raw in enumerate(content.split("\n")):
        match = _RECORD.match(raw)
        if match:
            records.append((number, match.group(1), [match.group(2)]))
        elif raw.startswith(" " * 18) and records:
            records[-1][2].append(raw[18:])
    if content and not content.endswith("\n") and records:
        records.pop()  # the last line is not finished yet
    utterances = []
    for number, stamp, lines in records:
        match = _SPEECH.match("\n".join(lines))
        if match:
            text = match.group("text").replace("[OBJ]", "").strip()
            utterances.append(Utterance(stamp, text, match.group("voice") or "", number))
    return utterances


class OrcaError(RuntimeError):
    """Something of the visit did not start (with what its logs said)."""


class OrcaVisit(contextlib.AbstractContextManager["OrcaVisit"]):
    """The app under the real Orca. See the module's docstring."""

    def __init__(
        self,
        app_args: tuple[str, ...] = (),
        *,
        python: str = sys.executable,
        start_timeout: float = 40.0,
        keep: bool = False,
    ) -> None:
        self.app_args = app_args
        self.python = python
        self.start_timeout = start_timeout
        self.keep = keep  # leave the temporary folder (logs) behind
        self.tmp = Path(tempfile.mkdtemp(prefix="orca-visit-"))
        self.debug_file = self.tmp / "orca-debug.log"
        self.opened_file = self.tmp / "opened-urls.txt"  # what the app asked to open
        self.env: dict[str, str] = {}
        self.display = ""
        self.window_id = ""
        self.keys: list[tuple[float, str]] = []  # (time.time(), what was sent)
        self._procs: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.app: subprocess.Popen[bytes] | None = None
        self.started_in = 0.0

    # ---- setting up -----------------------------------------------------------------

    def __enter__(self) -> OrcaVisit:
        reason = skip_reason()
        if reason:
            raise OrcaError(reason)
        began = time.monotonic()
        try:
            self._prepare_env()
            self._start_x()
            self._start_dbus()
            self._start_atspi()
            self._start_speechd()
            self._start_orca()
            self._start_app()
        except BaseException:
            self.close()
            raise
        self.started_in = time.monotonic() - began
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _spawn(self, name: str, argv: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        log = open(self.tmp / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process
        proc = subprocess.Popen(
            argv,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=kwargs.pop("stdout", log),  # type: ignore[arg-type]
            stderr=log,
            start_new_session=True,  # its own process group: killed as one at the end
            cwd=kwargs.pop("cwd", self.tmp),  # type: ignore[arg-type]
            **kwargs,  # type: ignore[arg-type]
        )
        log.close()
        self._procs.append((name, proc))
        return proc

    def _log(self, name: str) -> str:
        path = self.tmp / f"{name}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def _wait_for(self, what: str, test: object, timeout: float, logs: tuple[str, ...]) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if test():  # type: ignore[operator]
                return
            for name, proc in self._procs:
                if proc.poll() is not None and name in logs:
                    raise OrcaError(
                        f"{name} exited ({proc.returncode}) before {what}:\n" + self._log(name)
                    )
            time.sleep(0.1)
        raise OrcaError(
            f"timed out ({timeout:.0f} s) waiting for {what}\n"
            + "\n".join(f"--- {name}.log:\n{self._log(name)}" for name in logs)
        )

    def _prepare_env(self) -> None:
        home = self.tmp / "home"
        runtime = self.tmp / "run"
        for folder in (home, runtime, self.tmp / "config", self.tmp / "data", self.tmp / "cache"):
            folder.mkdir(mode=0o700)
        (home / ".libao").write_text("default_driver=null\n")  # speech without a sound card
        keep = ("PATH", "TERM", "TZ")
        self.env = {name: os.environ[name] for name in keep if name in os.environ}
        # The app may ask the system to open the website: a stand-in for xdg-open notes
        # the address instead of starting a browser.
        bin_dir = self.tmp / "bin"
        bin_dir.mkdir()
        fake = bin_dir / "xdg-open"
        fake.write_text(f'#!/bin/sh\nprintf "%s\\n" "$*" >> "{self.opened_file}"\nexit 0\n')
        fake.chmod(0o755)
        self.env.update(
            PATH=f"{bin_dir}:{self.env.get('PATH', '/usr/bin:/bin')}",
            BROWSER="/bin/true",
            HOME=str(home),
            XDG_RUNTIME_DIR=str(runtime),
            XDG_CONFIG_HOME=str(self.tmp / "config"),
            XDG_DATA_HOME=str(self.tmp / "data"),
            XDG_CACHE_HOME=str(self.tmp / "cache"),
            XDG_SESSION_TYPE="x11",
            TMPDIR=str(self.tmp),
            LANG=LANG,
            LANGUAGE="fr_FR:fr",
            LC_ALL=LANG,
            GSETTINGS_BACKEND="memory",  # Orca turns toolkit-accessibility on: not in dconf
            ORCA_VISIT=str(self.tmp),  # marks every process of this visit
        )
        locpath = _french_locale(self.tmp)
        if locpath:
            self.env["LOCPATH"] = locpath

    def _start_x(self) -> None:
        read_fd, write_fd = os.pipe()
        self._spawn(
            "xvfb",
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                "1366x768x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write_fd,),
        )
        os.close(write_fd)
        number = b""
        deadline = time.monotonic() + 20
        with os.fdopen(read_fd, "rb") as pipe:
            os.set_blocking(read_fd, False)
            while not number.endswith(b"\n") and time.monotonic() < deadline:
                with contextlib.suppress(BlockingIOError, TypeError):
                    chunk = pipe.read()
                    if chunk:
                        number += chunk
                        continue
                if self._procs[-1][1].poll() is not None:
                    break
                time.sleep(0.05)
        if not number.strip():
            raise OrcaError("Xvfb did not start:\n" + self._log("xvfb"))
        self.display = f":{int(number)}"
        self.env["DISPLAY"] = self.display

    def _start_dbus(self) -> None:
        address_file = self.tmp / "dbus-address"
        with open(address_file, "wb") as out:
            self._spawn(
                "dbus",
                ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
                stdout=out,
            )
        self._wait_for(
            "the D-Bus session bus",
            lambda: address_file.read_text().endswith("\n"),
            10,
            ("dbus",),
        )
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address_file.read_text().strip()

    def _start_atspi(self) -> None:
        self._spawn("atspi-bus", ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
        self._wait_for(
            "the AT-SPI bus",
            lambda: self._dbus_name_has_owner("org.a11y.Bus"),
            15,
            ("atspi-bus",),
        )
        self._spawn("atspi-registry", ["/usr/libexec/at-spi2-registryd"])
        time.sleep(0.3)

    def _dbus_name_has_owner(self, name: str) -> bool:
        done = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                f"string:{name}",
            ],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        return "boolean true" in done.stdout

    def _start_speechd(self) -> None:
        conf = self.tmp / "speechd"
        shutil.copytree("/etc/speech-dispatcher", conf, symlinks=True)
        with open(conf / "speechd.conf", "a") as out:
            out.write(
                '\nAudioOutputMethod "libao"\nDefaultModule espeak-ng\n'
                'DefaultLanguage "fr"\nLogLevel 3\n'
            )
        socket = self.tmp / "speechd.sock"
        self._spawn(
            "speechd",
            [
                "speech-dispatcher",
                "--run-single",
                "--timeout",
                "0",
                "--config-dir",
                str(conf),
                "--communication-method",
                "unix_socket",
                "--socket-path",
                str(socket),
                "--log-dir",
                str(self.tmp),
                "--pid-file",
                str(self.tmp / "speechd.pid"),
            ],
        )
        # Orca's speechd client (and the app's Qt speech) connect here, never autospawn.
        self.env["SPEECHD_ADDRESS"] = f"unix_socket:{socket}"
        self._wait_for("speech-dispatcher's socket", socket.exists, 15, ("speechd",))

    def _start_orca(self) -> None:
        prefs = self.tmp / "orca-prefs"
        self._spawn(
            "orca",
            [
                SYSTEM_PYTHON,
                "-X",
                "utf8",
                str(HERE / "orca_runner.py"),
                str(self.debug_file),
                str(prefs),
            ],
        )
        self._wait_for(
            "Orca to start",
            lambda: "ORCA: Starting ATSPI registry" in self.debug_text(),
            self.start_timeout,
            ("orca",),
        )

    def _start_app(self) -> None:
        env = dict(self.env)
        env.update(
            QT_QPA_PLATFORM="xcb",
            QT_ACCESSIBILITY="1",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            PYTHONUNBUFFERED="1",
        )
        mark = self.mark()
        log = open(self.tmp / "app.log", "wb")  # noqa: SIM115
        self.app = subprocess.Popen(
            [self.python, "-m", "neph_gui", *self.app_args],
            env=env,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        log.close()
        self._procs.append(("app", self.app))
        # The window, then Orca's reading of it (its title, then the focused box).
        self._wait_for("the app's window", self._find_window, 30, ("app",))
        self.focus_window()
        self._wait_for(
            "Orca to read the app's window",
            lambda: any("Permis" in u.text or "permis" in u.text for u in self.since(mark)),
            self.start_timeout,
            ("app", "orca"),
        )
        self.wait_quiet(1.5)

    def _find_window(self) -> bool:
        assert self.app is not None
        done = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(self.app.pid)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        ids = done.stdout.split()
        if ids:
            self.window_id = ids[-1]
        return bool(ids)

    # ---- acting ---------------------------------------------------------------------

    def focus_window(self) -> None:
        """Give the keyboard focus back to the app's window: with no window manager,
        nobody does when a dialog closes."""
        self._xdotool("windowfocus", "--sync", self.window_id)

    def _xdotool(self, *args: str) -> None:
        subprocess.run(
            ["xdotool", *args], env=self.env, check=True, timeout=60, capture_output=True
        )

    def key(self, *names: str, delay_ms: int = TYPING_DELAY_MS) -> None:
        """Press keys one after the other (xdotool names: "Tab", "ctrl+Next", "F1")."""
        self.keys.append((time.time(), " ".join(names)))
        self._xdotool("key", "--delay", str(delay_ms), *names)

    def type(self, text: str, delay_ms: int = TYPING_DELAY_MS) -> None:
        """Type text as a calm person does (one key every ``delay_ms``)."""
        self.keys.append((time.time(), f"type {text!r}"))
        # xdotool waits half its --delay after the key press and half after the release:
        # one key every 75 ms for "--delay 150". Twice the delay gives the cadence asked.
        self._xdotool("type", "--delay", str(2 * delay_ms), text)

    # ---- listening ------------------------------------------------------------------

    def debug_text(self) -> str:
        """Orca's whole debug log so far (focus events, speech, everything)."""
        try:
            return self.debug_file.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def spoken(self) -> list[Utterance]:
        """Everything Orca has said so far, in order."""
        return parse_debug_log(self.debug_text())

    def texts(self) -> list[str]:
        return [u.text for u in self.spoken()]

    def mark(self) -> int:
        """A point in time: since(mark) gives what Orca said after it."""
        return len(self.spoken())

    def since(self, mark: int) -> list[Utterance]:
        return self.spoken()[mark:]

    def wait_quiet(self, seconds: float = 1.0, timeout: float = 20.0) -> None:
        """Wait until Orca has said nothing new for ``seconds`` (at most ``timeout``)."""
        deadline = time.monotonic() + timeout
        size = -1
        quiet_since = time.monotonic()
        while time.monotonic() < deadline:
            now = self.debug_file.stat().st_size if self.debug_file.exists() else 0
            if now != size:
                size, quiet_since = now, time.monotonic()
            elif time.monotonic() - quiet_since >= seconds:
                return
            time.sleep(0.05)

    def wait_for(self, predicate: object, timeout: float = 5.0, mark: int = 0) -> bool:
        """Wait until ``predicate(utterances since mark)`` is true; False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate(self.since(mark)):  # type: ignore[operator]
                return True
            time.sleep(0.05)
        return bool(predicate(self.since(mark)))  # type: ignore[operator]

    def opened_urls(self) -> list[str]:
        try:
            return self.opened_file.read_text().split()
        except FileNotFoundError:
            return []

    # ---- tearing down ---------------------------------------------------------------

    def close(self) -> None:
        """Kill every process of the visit (each one's process group), app first."""
        for _name, proc in reversed(self._procs):
            _kill_group(proc, signal.SIGTERM)
        deadline = time.monotonic() + 5
        for _name, proc in reversed(self._procs):
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                _kill_group(proc, signal.SIGKILL)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(5)
        _kill_marked(str(self.tmp))  # anything D-Bus started for us, in other groups
        self._procs.clear()
        if not self.keep:
            shutil.rmtree(self.tmp, ignore_errors=True)


def _kill_group(proc: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, sig)


def _kill_marked(marker: str) -> None:
    """Kill the processes whose environment carries ORCA_VISIT=marker: those started on
    our behalf by a process of the visit (D-Bus activation) in a group of their own."""
    needle = f"ORCA_VISIT={marker}\0".encode()
    me = os.getpid()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            if needle in (entry / "environ").read_bytes():
                os.kill(int(entry.name), signal.SIGKILL)
        except (OSError, ValueError):
            continue


def _french_locale(tmp: Path) -> str | None:
    """A LOCPATH holding fr_FR.UTF-8 when the system has not generated it (no root needed),
    else None. Built once per machine in the user's cache (about a second)."""
    have = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout
    if any(name.lower().replace("-", "") == "fr_fr.utf8" for name in have.split()):
        return None
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "neph-gui-locale"
    target = cache / LANG
    if not (target / "LC_CTYPE").exists():
        cache.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(dir=cache))
        subprocess.run(
            ["localedef", "-i", "fr_FR", "-f", "UTF-8", str(building / LANG)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        with contextlib.suppress(OSError):
            (building / LANG).rename(target)
        shutil.rmtree(building, ignore_errors=True)
    return str(cache)


if __name__ == "__main__":  # python tests/orca_harness.py: open, wait, print what was said
    with OrcaVisit(keep=True) as visit:
        print(f"started in {visit.started_in:.1f} s; logs in {visit.tmp}", file=sys.stderr)
        visit.wait_quiet(2)
        for utterance in visit.spoken():
            print(utterance.time, repr(utterance.text), utterance.voice)
