"""The reading of Orca's debug log by tests/orca_harness.py (fast: no Orca needed)."""

from __future__ import annotations

from orca_harness import Utterance, parse_debug_log

LOG = """\
12:00:00.000001 - SPEECH: Last spoke 0.1 seconds ago
12:00:00.000002 - SPEECH OUTPUT: 'l'onglet' {'established': False}
12:00:00.000003 - SPEECH OUTPUT: 'Langue /
                  Language liste déroulante.'{'established': False}
12:00:00.000004 - SPEECH OUTPUT: 'A' voice=uppercase{'established': False}
12:00:00.000005 - SPEECH OUTPUT: '0 ' {'established': False}
12:00:00.000006 - SPEECH OUTPUT: 'not fini"""


def test_each_speech_output_line_becomes_one_clean_utterance() -> None:
    assert parse_debug_log(LOG) == [
        Utterance("12:00:00.000002", "l'onglet", "", 1),
        Utterance("12:00:00.000003", "Langue /\nLanguage liste déroulante.", "", 2),
        Utterance("12:00:00.000004", "A", "uppercase", 4),
        Utterance("12:00:00.000005", "0", "", 5),
    ]  # the last line is still being written: read next time


def test_a_finished_last_line_is_read() -> None:
    assert [u.text for u in parse_debug_log(LOG + "shed'{}\n")][-1] == "not finished"
