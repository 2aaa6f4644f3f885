"""A hostile corrections file in the window (issue #17, cases 2, 5 and 6): one clear message,
and the entities are still recognised (before: "Something went wrong: UnicodeEncodeError" and
no entities, or a UI thread blocked on a FIFO)."""

from __future__ import annotations

import json
import os

import pytest

from tests.ui.test_entities_highlights import wait_entities


def _surrogate(path):
    path.write_text(
        json.dumps({"format": "report-reader-corrections", "not_entities": ["创新\ud800"]}),
        encoding="ascii",
    )


def _deep(path):
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000)


def _fifo(path):
    os.mkfifo(path)


@pytest.mark.parametrize(
    ("make", "words"),
    [(_surrogate, "surrogate"), (_deep, "nested 100000 levels"), (_fifo, "pipe (FIFO)")],
)
def test_hostile_corrections_file_is_one_message_and_entities_still_show(
    make_window, qtbot, isolated_data_dir, make, words
):
    make(isolated_data_dir / "corrections.json")
    window = make_window()
    feature = wait_entities(window, qtbot)
    assert len(feature.spans) >= 50
    assert len(window.notifier.messages) == 1
    title, message = window.notifier.messages[0]
    assert title == "Entity corrections not loaded" and words in message
