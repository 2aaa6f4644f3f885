"""A whole document's entity pass, as the window runs it off the UI thread: the text in one
call, in chunks of whole paragraphs, or in a child process; the spans arranged for display
(grouped per entity, split per type, counted per section).

Qt-free, so it is tested without a window; :mod:`gui.ui.entities.recognition` runs it on a
worker thread. The recogniser (:mod:`gui.core.entities`) is imported only when a pass starts
(never at launch), and :func:`preload_steps` imports it on the caller's (UI) thread in small
steps first: PySide's import hook should not run in the worker.

The recogniser is pure Python, so a worker thread still competes with the UI thread for the
GIL: a single C call that holds it (OpenCC's split of the whole text, a sort of every
candidate) freezes the UI for as long as it runs — about half a second on a million characters.
A long report is therefore recognised whole in a child process, or, where there is none (the
frozen app), in chunks of whole paragraphs (about :data:`CHUNK_CHARS` each) with
``time.sleep(0)`` between them; a report up to that size (nearly every real one) is recognised
in one call, exactly as ``report-reader-cli analyze`` does. In chunks, "every further
occurrence of a name" only reaches within a chunk.
"""

from __future__ import annotations

import hashlib
import json
import sys
import threading
import time
from collections.abc import Callable, Collection
from functools import partial
from typing import TYPE_CHECKING, Any

from gui.core.deferred_imports import import_steps
from gui.core.entity_result import (
    EntityGroup,
    GroupedSpans,
    RecognitionResult,
    arrange,
    arrange_grouped,
    group_spans,
)
from gui.core.entity_spans import EntitySpan, SpanPairs, SpanTable
from gui.core.entity_warm_child import LoadedChild

__all__ = [
    "EntityGroup",
    "EntitySpan",
    "RecognitionResult",
    "SpanPairs",
    "SpanTable",
    "arrange",
]

if TYPE_CHECKING:
    from gui.core.entities import Corrections


#: Texts up to this many characters are recognised in one call.
CHUNK_CHARS = 60_000
#: Texts longer than CHUNK_CHARS are recognised whole in a child process (no GIL shared with
#: the UI at all); in a thread, in chunks, where there is no child process.
USE_PROCESS = True
#: The child process is ended once it has answered for a text this long: Python keeps the heap
#: a pass grew (recognising 3.5 M characters peaked at 148 MB and still held 126 MB after
#: returning a 4 MB answer), and the session would carry it to the end. The next long text
#: starts a fresh child (~0.3 s, off the UI thread); a shorter one keeps the child it has.
RECYCLE_CHARS = 500_000
#: How much the child lowers its priority: below the UI thread's, which should win a busy CPU,
#: but above the script conversion pool's children (10), whose first work on a long report
#: (every line's Simplified pivot, in case a Traditional view is chosen) runs beside this pass
#: and took two thirds of its core at equal priority; the entities are what the user waits for.
CHILD_NICE = 5


def corrections_key(corrections: Corrections | None) -> str:
    """A short digest of a set of corrections (the cache's second key)."""
    if corrections is None or corrections.is_empty():
        return "none"
    data = json.dumps(corrections.to_json(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(data.encode("utf-8")).hexdigest()[:16]


def chunk_ranges(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """``[start, end)`` ranges of whole lines of about ``size`` characters covering ``text``."""
    size = size or CHUNK_CHARS
    if len(text) <= size:
        return [(0, len(text))]
    ranges = []
    start = 0
    while start < len(text):
        cut = text.find("\n", start + size)
        end = len(text) if cut < 0 else cut + 1
        ranges.append((start, end))
        start = end
    return ranges


def pivot_keys(names: Collection[str]) -> dict[str, str]:
    """Each of the distinct ``names`` → its key (``to_pivot(name)[0].strip()``), converted in
    one call: a 1 M report's 15,000 distinct names one call each took 0.15 s of the child's
    pass (0.27 s in Traditional), 0.01-0.02 s joined. The pivot converts chunk by chunk
    between OpenCC's separators (line breaks among them) and never across one, so each line
    of the joined conversion is its name's own; a name holding a line break (none is found
    in the genre) is converted alone."""
    from gui.core.script import to_pivot

    keys: dict[str, str] = {}
    joined = [n for n in names if "\n" not in n]
    if joined:
        lines = to_pivot("\n".join(joined))[0].split("\n")
        if len(lines) == len(joined):
            keys = {name: line.strip() for name, line in zip(joined, lines, strict=True)}
    for name in names:
        if name not in keys:
            keys[name] = to_pivot(name)[0].strip()
    return keys


def _recognise_whole(text: str, corrections: Corrections | None) -> GroupedSpans:
    """In a child process: the whole text in one call (exactly what ``analyze`` finds), with
    each span's pivot key, grouped for the window (all but what needs the outline)."""
    table = _span_table(text, corrections)  # (the pass's lists are gone when it returns)
    _save_patterns()
    return group_spans(text, table)


def _span_table(text: str, corrections: Corrections | None) -> SpanTable:
    """The whole text's spans, with their keys, in a table."""
    from gui.core.entities import recognise_spans

    found = recognise_spans(text, corrections)
    keys = pivot_keys(dict.fromkeys(text[start:end] for start, end, _ in found))
    # A table, not a list of tuples: a 10 MB report's 211,000 spans as tuples were ~25 MB in
    # the child at its peak, again in its answer's pickle, and again in the window unpickled.
    # (And spans, not ``Entity`` objects with their texts: those were the child's peak.)
    out = SpanTable()
    for start, end, entity_type in found:
        out.add(start, end, entity_type, keys[text[start:end]])
    out.seal()
    return out


def _save_patterns() -> None:
    """In the child: keep the regexes it compiled for the next child (a no-op when the
    cache had them all, and in any process without the cache installed)."""
    from gui.core import compiled_patterns

    compiled_patterns.save()


_process_pool = None
#: Guards the pool and the pass started ahead: the reading thread may start one while the
#: recognition thread asks for it.
_pool_lock = threading.RLock()
#: The pass started as soon as a long text was read (:func:`start_ahead`): ``(text, future)``.
_ahead: tuple[str, Any] | None = None
#: The passes handed to the child and not yet answered (futures), for :func:`recognising`.
_in_child: list[Any] = []
#: Passes of :func:`recognise_in_process` waiting for the child or arranging its answer in
#: this process (~0.25-1 s of Python on 1 M characters).
_answering = 0
#: Which child has the recogniser loaded (see :func:`in_child`).
LOADED = LoadedChild()
#: The user's corrections file in the data dir (``gui.core.entities.corrections.FILE_NAME``;
#: named here so that starting a pass ahead imports nothing of the recogniser).
CORRECTIONS_FILE = "corrections.json"


def _recognise_ahead(text: str, fingerprint: str, path: str) -> tuple[str, GroupedSpans]:
    """In the child: the user's corrections for report ``fingerprint`` read from ``path``
    (none if it is unreadable: the window then says so and uses none too), and the pass with
    them; returns the corrections' key with the spans, for the caller to check."""
    from pathlib import Path

    from gui.core.entities import Corrections, CorrectionsError, load_corrections

    try:
        corrections = load_corrections(Path(path)).for_report(fingerprint)
    except CorrectionsError:
        corrections = Corrections()
    return corrections_key(corrections), _recognise_whole(text, corrections)


def start_ahead(text: str, fingerprint: str) -> bool:
    """Start the child's pass over a long ``text`` now, with the user's corrections as they
    are on disk, for :func:`recognise_in_process` to take when the window asks for it (the
    window's entity feature is installed only after the report is on screen, seconds later
    on a long one). Called on the thread that read the report. A text up to CHUNK_CHARS, or
    no child process, starts nothing (returns False); a pass started ahead for another text
    is dropped."""
    global _ahead
    if len(text) <= CHUNK_CHARS:
        return False
    from gui.core.paths import data_dir

    path = str(data_dir() / CORRECTIONS_FILE)
    with _pool_lock:
        _drop_ahead()
        pool = process_pool()
        if pool is None:
            return False
        _ahead = (text, pool.submit(_recognise_ahead, text, fingerprint, path))
        _in_child.append(_ahead[1])
        if len(text) >= RECYCLE_CHARS:
            _ahead[1].add_done_callback(partial(_end_after_answer, pool))
    return True


def in_child(length: int) -> bool:
    """Whether a text of ``length`` characters goes to the child: a long one always, a short
    one when the child has the recogniser loaded or loading (:mod:`.entity_warm_child`) and
    no pass; else a short text is recognised in this process, as ``analyze`` does."""
    if length > CHUNK_CHARS:
        return True
    return LOADED.holds(_process_pool) and not recognising()


def _end_after_answer(pool: Any, future: Any) -> None:
    """A long pass started ahead has answered (the answer is in this process, in ``future``):
    its child ends now rather than when the window asks, seconds later on a long report. Its
    grown heap (~90-110 MB after 3.5 M characters) otherwise stayed alive beside the window's
    whole layout: the peak of the 10 MB session's memory."""
    with _pool_lock:
        if future.cancelled() or _process_pool is not pool:
            return
    shutdown_process_pool()


def recognising() -> bool:
    """Whether the child is busy with a pass over a long text (started ahead or asked for),
    or its answer is still being arranged in this process: background work that can wait,
    such as the conversion pool's pivot warm-up, waits for it rather than share the two cores
    (and this process's GIL) with the pass the reader is waiting for."""
    with _pool_lock:
        _in_child[:] = [f for f in _in_child if not f.done()]
        return bool(_in_child) or _answering > 0


def _drop_ahead() -> None:
    """Forget the pass started ahead; one already running in the child ends with the child
    (it would hold the next pass up for seconds)."""
    global _ahead
    with _pool_lock:
        ahead, _ahead = _ahead, None
        if ahead is not None and not ahead[1].cancel() and not ahead[1].done():
            shutdown_process_pool()


def _take_ahead(text: str) -> Any | None:
    """The future of the pass started ahead over this very ``text`` (the same object), if
    any; another text's is dropped."""
    global _ahead
    with _pool_lock:
        if _ahead is not None and _ahead[0] is text:
            future, _ahead = _ahead[1], None
            return future
        _drop_ahead()
    return None


def process_pool():
    """One child process (spawned: forking a process that runs Qt threads is unsafe) that
    recognises long texts without taking the UI thread's GIL; None where it cannot work (the
    frozen app's executable cannot be re-run as a plain Python child)."""
    global _process_pool
    if not USE_PROCESS or getattr(sys, "frozen", False):
        return None
    with _pool_lock:
        return _process_pool or _new_pool()


def _new_pool():
    global _process_pool
    from gui.core import compiled_patterns
    from gui.core.paths import cache_dir
    from gui.core.worker_pool import spawn_pool

    # The child lowers its priority (less than the conversion pool's children: see
    # CHILD_NICE) and ends itself when this process goes away, even by kill -9
    # (gui.core.worker_lifeline). It compiles the recogniser's regexes through the cache
    # of an earlier child's (gui.core.compiled_patterns: ~0.2 s of its start).
    _process_pool = spawn_pool(1, CHILD_NICE, partial(compiled_patterns.install, str(cache_dir())))
    # Also at interpreter exit when the app did not quit through Qt (scripts, a window
    # closed without quitting): a pool left to the interpreter's teardown prints a spurious
    # traceback.
    import atexit

    atexit.register(shutdown_process_pool, wait=True)
    return _process_pool


def shutdown_process_pool(wait: bool = False) -> None:
    """Stop the child process (at quit): a pass still running there is abandoned."""
    global _process_pool
    with _pool_lock:
        pool, _process_pool = _process_pool, None
    if pool is not None:
        from gui.core.worker_lifeline import stop_pool

        stop_pool(pool, wait)


def recognise_in_process(
    text: str,
    corrections: Corrections | None,
    cancelled: Callable[[], bool] = lambda: False,
    sections: list[tuple[int, int]] | None = None,
    skip: list[tuple[int, int]] | None = None,
) -> RecognitionResult | None:
    """Like :func:`recognise_in_chunks` but the recogniser runs whole in the child process
    while this (worker) thread only waits; falls back to chunks if there is no child."""
    ahead = _take_ahead(text)  # first: dropping another text's may end the child
    # A pass started ahead that has answered needs no child (its own may have ended).
    answered = ahead is not None and ahead.done() and not ahead.cancelled()
    pool = _process_pool if answered else process_pool()
    if pool is None and not answered:
        return recognise_in_chunks(text, corrections, cancelled, sections, skip)
    global _answering
    with _pool_lock:
        _answering += 1
    try:
        return _recognise_with(pool, ahead, text, corrections, cancelled, sections, skip)
    finally:
        with _pool_lock:
            _answering -= 1


def _recognise_with(
    pool: Any,
    ahead: Any | None,
    text: str,
    corrections: Corrections | None,
    cancelled: Callable[[], bool],
    sections: list[tuple[int, int]] | None,
    skip: list[tuple[int, int]] | None,
) -> RecognitionResult | None:
    """:func:`recognise_in_process`'s pass in ``pool``'s child (or the one started
    ``ahead``), arranged here."""
    from concurrent.futures import CancelledError
    from concurrent.futures.process import BrokenProcessPool

    t0 = time.perf_counter()
    try:
        raw = None if ahead is None else _wait(ahead, cancelled)
        if ahead is not None and raw is None and cancelled():
            return None
        if raw is not None and raw[0] == corrections_key(corrections):
            raw = raw[1]
        else:  # none started ahead, or with other corrections than these
            pool = process_pool()  # (the child of a pass ahead ends once it has answered)
            if pool is None:
                return recognise_in_chunks(text, corrections, cancelled, sections, skip)
            future = pool.submit(_recognise_whole, text, corrections)
            with _pool_lock:
                _in_child.append(future)
            raw = _wait(future, cancelled)
            if raw is None:
                return None
    except (BrokenProcessPool, CancelledError, OSError, RuntimeError):
        shutdown_process_pool()
        return recognise_in_chunks(text, corrections, cancelled, sections, skip)
    # A pass started ahead ended its child once it answered (``_end_after_answer``), before
    # or while this request waited for it: then there is no child now (the request that came
    # first still holds that child's pool), and a fresh one is started all the same.
    if len(text) >= RECYCLE_CHARS and _process_pool in (None, pool):
        if _process_pool is not None:
            shutdown_process_pool()  # its answer is in: the memory of the pass goes with it
        fresh = process_pool()  # and a fresh one loads the recogniser for the next report
        if fresh is not None:
            LOADED.warm(fresh)
    else:
        LOADED.mark(pool)
    result = arrange_grouped(text, raw, sections or [], skip or [])
    result.seconds = time.perf_counter() - t0
    return result


def _wait(future, cancelled: Callable[[], bool]):
    """``future``'s result, or None once ``cancelled()`` (the future is then cancelled)."""
    from concurrent.futures import TimeoutError as FutureTimeout

    while True:
        if cancelled():
            future.cancel()
            return None
        try:
            return future.result(timeout=0.05)
        except FutureTimeout:
            continue


def recognise_in_chunks(
    text: str,
    corrections: Corrections | None,
    cancelled: Callable[[], bool] = lambda: False,
    sections: list[tuple[int, int]] | None = None,
    skip: list[tuple[int, int]] | None = None,
) -> RecognitionResult | None:
    """Recognise ``text`` (chunked when long) and arrange the result; ``sections`` are the
    ``(start, end)`` of ``Document.sections``, ``skip`` the page furniture and footer (not
    counted). None if ``cancelled()`` became true."""
    from gui.core.entities import recognise

    t0 = time.perf_counter()
    ranges = chunk_ranges(text)
    spans = SpanTable()
    for start, end in ranges:
        if cancelled():
            return None
        found = recognise(text[start:end], corrections)
        keys = pivot_keys(dict.fromkeys(e.text for e in found))
        for e in found:
            spans.add(e.start + start, e.end + start, e.type, keys[e.text])
        time.sleep(0)  # let the UI thread take the GIL between chunks
    spans.seal()
    result = arrange(text, spans, sections or [], skip or [])
    result.chunks = len(ranges)
    result.seconds = time.perf_counter() - t0
    return result


def preload_recogniser(long_text: bool = False) -> None:
    """Import, on the calling (UI) thread, what a pass will need: the recogniser, or for a
    long text, which the child process recognises, the child-process machinery only.
    Importing in the worker would run PySide's import hook there, competing with the UI for
    the GIL."""
    for step in preload_steps(long_text):
        step()  # the pass itself reports a module that is really missing


def preload_steps(long_text: bool = False) -> list[Callable[[], None]]:
    """:func:`preload_recogniser` in pieces of one import each, for the caller to run one per
    event-loop turn: all at once the recogniser's modules block the UI for 0.2-0.7 s (the
    PySide import hook reads the source of every new module), the largest alone for a tenth
    of that. Modules already imported are left out. (Should the child fail, the worker
    thread imports the recogniser itself to recognise in chunks.)"""
    if long_text and USE_PROCESS and not getattr(sys, "frozen", False):
        return import_steps(_PROCESS_MODULES)
    return import_steps(_RECOGNISER_MODULES)


#: The recogniser's modules, each after the modules it imports, so that each step imports one
#: module (its package, ``gui.core.entities``, imports none of them: see its docstring).
_RECOGNISER_MODULES = (
    "gui.core.patterns",
    "gui.core.entities.lexicon",
    "gui.core.entities.gazetteer",
    "gui.core.entities.name_context",
    "gui.core.entities.names",
    "gui.core.entities.abbreviation_runs",
    "gui.core.entities.places",
    "gui.core.entities.venues",
    "gui.core.entities.company_sites",
    "gui.core.entities.chains",
    "gui.core.entities.definitions",
    "gui.core.entities.foreign",
    "gui.core.entities.org_lists",
    "gui.core.entities.person_forms",
    "gui.core.entities.people",
    "gui.core.entities.role_people",
    "gui.core.entities.person_repeats",
    "gui.core.entities.bare_names",
    "gui.core.entities.doc_numbers",
    "gui.core.entities.rules",
    "gui.core.entities.date_names",
    "gui.core.entities.sites",
    "gui.core.entities.place_words",
    "gui.core.entities.bounds",
    "gui.core.entities.notice_sites",
    "gui.core.entities.media",
    "gui.core.entities.teams",
    "gui.core.entities.schools",
    "gui.core.entities.project_lists",
    "gui.core.offsets",
    "gui.core.script",
    "gui.core.entities.subunits",
    "gui.core.entities.person_marks",
    "gui.core.entities.recogniser",
)
_PROCESS_MODULES = (
    "multiprocessing",
    "multiprocessing.connection",
    "concurrent.futures.process",
    "multiprocessing.queues",
    "multiprocessing.synchronize",
    "multiprocessing.popen_spawn_win32"
    if sys.platform == "win32"
    else "multiprocessing.popen_spawn_posix",
    # What the window's request reads the user's corrections with (the package imports its
    # corrections and model modules, not the recogniser): its import ran in the request's
    # turn, through PySide's import hook (a 410 ms start-up gap under load).
    "gui.core.bounded_read",
    "gui.core.files",
    "gui.core.entities",
)
