"""A long report's entity pass started as soon as its text is read (``start_ahead``), taken
by the window's later request when it asks for the same text with the same corrections, and
run afresh when it does not."""

from __future__ import annotations

import pytest

from gui.core import entity_pass
from gui.core.entities import Corrections, save_corrections
from gui.core.entities.corrections import FILE_NAME
from gui.core.entity_pass import recognise_in_chunks
from gui.core.paths import data_dir
from tests.core.entity_pass_fixtures import TEXT

FINGERPRINT = "f" * 64


def _triples(result) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.type) for s in result.spans]


@pytest.fixture
def counted_pool(monkeypatch):
    """The real child process, with a count of the passes handed to it."""
    monkeypatch.setattr(entity_pass, "USE_PROCESS", True)
    monkeypatch.setattr(entity_pass, "CHUNK_CHARS", len(TEXT) // 2)  # TEXT is "long"
    submitted: list[str] = []
    pool = entity_pass.process_pool()
    assert pool is not None
    real = pool.submit

    def submit(fn, *args, **kwargs):
        submitted.append(fn.__name__)
        return real(fn, *args, **kwargs)

    monkeypatch.setattr(pool, "submit", submit)
    try:
        yield submitted
    finally:
        entity_pass._drop_ahead()  # noqa: SLF001
        entity_pass.shutdown_process_pool(wait=True)


def test_the_corrections_file_is_the_recognisers():
    assert entity_pass.CORRECTIONS_FILE == FILE_NAME


def test_a_short_text_or_no_child_starts_nothing(monkeypatch):
    monkeypatch.setattr(entity_pass, "USE_PROCESS", True)
    assert not entity_pass.start_ahead(TEXT[: entity_pass.CHUNK_CHARS], FINGERPRINT)
    monkeypatch.setattr(entity_pass, "USE_PROCESS", False)
    monkeypatch.setattr(entity_pass, "CHUNK_CHARS", 10)
    assert not entity_pass.start_ahead(TEXT, FINGERPRINT)
    assert entity_pass._ahead is None  # noqa: SLF001


@pytest.mark.slow
def test_the_request_takes_the_pass_started_ahead(counted_pool):
    assert entity_pass.start_ahead(TEXT, FINGERPRINT)
    result = entity_pass.recognise_in_process(TEXT, None)
    assert result is not None and _triples(result) == _triples(recognise_in_chunks(TEXT, None))
    assert result.groups
    assert counted_pool == ["_recognise_ahead"]  # no second pass
    assert entity_pass._ahead is None  # noqa: SLF001 - taken once


@pytest.mark.slow
def test_the_users_corrections_on_disk_go_into_the_pass_ahead(counted_pool):
    corrections = Corrections()
    corrections.of_report(FINGERPRINT).mark("榆中生态创新城", "LOC")
    corrections.reject("兰州大学")
    save_corrections(corrections, data_dir() / FILE_NAME)
    own = corrections.for_report(FINGERPRINT)
    expected = _triples(recognise_in_chunks(TEXT, own))
    assert expected != _triples(recognise_in_chunks(TEXT, None))  # the corrections count
    assert entity_pass.start_ahead(TEXT, FINGERPRINT)
    result = entity_pass.recognise_in_process(TEXT, own)
    assert result is not None and _triples(result) == expected
    assert counted_pool == ["_recognise_ahead"]


@pytest.mark.slow
def test_other_corrections_or_another_text_get_a_pass_of_their_own(counted_pool):
    corrections = Corrections()
    corrections.reject("兰州大学")
    save_corrections(corrections, data_dir() / FILE_NAME)
    assert entity_pass.start_ahead(TEXT, FINGERPRINT)
    # The window asks with none (say the file changed since): the pass ahead does not fit.
    result = entity_pass.recognise_in_process(TEXT, None)
    assert result is not None and _triples(result) == _triples(recognise_in_chunks(TEXT, None))
    assert counted_pool == ["_recognise_ahead", "_recognise_whole"]
    # Another report's text (equal, but not the text that was read): a pass of its own.
    assert entity_pass.start_ahead(TEXT, FINGERPRINT)
    other = "".join(list(TEXT))
    assert other == TEXT and other is not TEXT
    entity_pass._ahead[1].result()  # noqa: SLF001 - done: dropping it keeps the child
    again = entity_pass.recognise_in_process(other, None)
    assert again is not None and _triples(again) == _triples(result)
    assert counted_pool[2:] == ["_recognise_ahead", "_recognise_whole"]
    assert entity_pass._ahead is None  # noqa: SLF001 - the other's was dropped


def _niceness() -> int:
    import os

    return os.nice(0)


def test_the_recognisers_child_runs_below_the_ui_and_above_the_conversion_children(monkeypatch):
    """The user waits for the entities; the conversion pool's first work is speculative."""
    import os

    from gui.core import script_workers

    monkeypatch.setattr(entity_pass, "USE_PROCESS", True)
    monkeypatch.setattr(script_workers, "USE_PROCESSES", True)
    pool = entity_pass.process_pool()
    conversion = script_workers.pool()
    assert pool is not None and conversion is not None
    try:
        entity = pool.submit(_niceness).result(timeout=60)
        converting = conversion.submit(_niceness).result(timeout=60)
    finally:
        entity_pass.shutdown_process_pool(wait=True)
        script_workers.shutdown(wait=True)
    assert os.nice(0) < entity < converting


@pytest.mark.slow
def test_the_pass_is_recognising_until_its_answer_is_arranged(counted_pool, monkeypatch):
    """The child's answer is finished in this process (the furniture left out and the spans
    counted per section: a few hundredths of a second of Python on 1 M characters, ~0.25-1 s
    when all of the arrangement was here): the warm-ups that wait for ``recognising()`` wait
    for that too, rather than take the GIL from the UI thread meanwhile (session 11)."""
    seen: list[bool] = []
    arrange = entity_pass.arrange_grouped

    def watched(*args, **kwargs):
        seen.append(entity_pass.recognising())
        return arrange(*args, **kwargs)

    monkeypatch.setattr(entity_pass, "arrange_grouped", watched)
    assert entity_pass.start_ahead(TEXT, FINGERPRINT)
    assert entity_pass.recognising()
    result = entity_pass.recognise_in_process(TEXT, None)
    assert result is not None and result.groups
    assert seen == [True]
    assert not entity_pass.recognising()  # and not after
