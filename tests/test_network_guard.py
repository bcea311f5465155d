"""The socket guard of tests/conftest.py: the whole suite runs without the network."""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.request

import pytest


def _blocked(error: BaseException) -> bool:
    return type(error).__name__ == "NetworkBlockedError"


@pytest.mark.parametrize(
    "attempt",
    [
        pytest.param(lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM), id="socket"),
        pytest.param(lambda: socket.create_connection(("127.0.0.1", 9), timeout=1), id="connect"),
        pytest.param(lambda: urllib.request.urlopen("http://127.0.0.1:9/", timeout=1), id="urllib"),
    ],
)
def test_opening_a_socket_is_refused(attempt, _no_network: list[str]) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AssertionError) as raised:
        attempt()
    assert _blocked(raised.value)
    assert _no_network, "the attempt is recorded, so catching the error cannot hide it"
    _no_network.clear()  # this test wanted the attempt; don't fail it at teardown


def test_the_refusal_is_no_oserror(_no_network: list[str]) -> None:
    # Code that treats OSError as "offline" must not swallow the guard's refusal.
    with pytest.raises(AssertionError) as raised:
        try:
            socket.socket()
        except OSError:  # pragma: no cover - would be a broken guard
            pytest.fail("the guard's error was caught as an OSError")
    assert _blocked(raised.value)
    _no_network.clear()


def test_subprocesses_still_work() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "print('fine')"], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "fine"
