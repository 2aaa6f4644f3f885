"""A long report converted in worker processes (gui/core/script_workers.py) gives exactly the
lines, maps and pivots the reader's own thread gives, and line ends are safe places to cut.
Real processes (spawned), real OpenCC data, real and random text."""

from __future__ import annotations

import random
import sys

import pytest

from gui.core import script_workers
from gui.core.offsets import OffsetMap
from gui.core.reading import read_document
from gui.core.script import Script, make_view, shows_own_forms
from gui.core.script_views import DocumentViews, LineView
from gui.core.variants import detect_variant
from tests.conftest import DEFAULT_REPORT, REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from large_report import build_large_report  # noqa: E402

REAL = REPO / "tests" / "data" / "real"
ROUNDTRIP = REPO / "benchmarks" / "data" / "roundtrip"
#: Real text of each kind: Simplified work reports, a Taiwan decision and press release, a
#: Taiwan law and a Hong Kong LegCo answer (Traditional originals: their own views too); dev
#: documents of both corpora (tests/data/real/split.tsv, the round trip's split.tsv) only.
FILES = [
    REAL / "wr-guizhou-2026.txt",
    REAL / "reg-sh-historic-towns-2025.txt",
    REAL / "decision-tw-fsc-hotai-2021.txt",
    REAL / "press-tw-228-memorial-2024.txt",
    ROUNDTRIP / "tw-administrative-procedure-act-1.txt",
    ROUNDTRIP / "hk-legco-2013-04-24.txt",
]
VIEWS = [Script.HANS, Script.HANT, Script.TW, Script.HK]


def _random_text(seed: int, chars: int = 4_000) -> str:
    """Lines of characters from the real corpus and the generated report, with OpenCC's
    separators, the note label and length-changing phrases thrown in at random places."""
    rng = random.Random(seed)
    pool = "".join(p.read_text(encoding="utf-8") for p in FILES)
    alphabet = sorted(set(pool + build_large_report(10_000, hant=True)) - {"\n"})
    extras = ["U盘", "软件", "注：", "著名", "看著", "\n", "\n", "，", " ", "「", "」"]
    out: list[str] = []
    while sum(map(len, out)) < chars:
        out.append(rng.choice(extras) if rng.random() < 0.2 else rng.choice(alphabet))
    return "".join(out)


def _texts() -> list[tuple[str, str]]:
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in FILES]
    texts.append(("generated, Traditional", build_large_report(10_000, seed=4, hant=True)))
    texts.append(("default report", read_document(DEFAULT_REPORT).text))
    texts += [(f"random {seed}", _random_text(seed)) for seed in range(3)]
    return texts


@pytest.mark.parametrize("script", VIEWS)
def test_line_ends_are_safe_cuts_and_other_cuts_are_not(script):
    """Converted line by line, every text equals its whole-text view, map included: no
    OpenCC match, chunk rule or label rule reaches across a newline. A cut inside a line
    does change the result somewhere (so the comparison can fail)."""
    changed_inside = 0
    for name, text in _texts():
        whole = make_view(text, script)
        lines = DocumentViews(text).view(script)
        assert lines.text == whole.text, name
        assert lines.map.pieces() == whole.map.pieces(), name
        if script is not Script.HANS:
            # The text's start cut before every third character instead: not safe.
            start, variant = text[:1_500], detect_variant(text)
            cut = "".join(
                make_view(start[k : k + 3], script, variant).text for k in range(0, 1_500, 3)
            )
            changed_inside += cut != make_view(start, script, variant).text
    assert script is Script.HANS or changed_inside > 0


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(script_workers, "CHUNK_CHARS", 1_500)
    monkeypatch.setattr(script_workers, "POOL_CHARS", 0)
    yield
    script_workers.shutdown(wait=True)


def test_the_workers_give_what_this_thread_gives(small_chunks):
    """Every view of real, generated and random text: the lines the children send back (and
    their pivots) are the lines this thread makes, text and map."""
    for name, text in _texts():
        for script in VIEWS:
            here, there = DocumentViews(text), DocumentViews(text)
            lines = list(range(here.line_count))
            jobs = script_workers.start_jobs(there, script, lines)
            assert jobs is not None
            jobs.collect(wait=True)
            assert jobs.done and not jobs.broken
            for i in lines:
                assert there.is_converted(i, script), (name, script, i)
                a, b = here.line(i, script), there.line(i, script)
                assert (a.text, a.map.pieces()) == (b.text, b.map.pieces()), (name, script, i)
                if script is not Script.HANS and there.is_converted(i, Script.HANS):
                    p, q = here.line(i, Script.HANS), there.line(i, Script.HANS)
                    assert (p.text, p.map.pieces()) == (q.text, q.map.pieces())
            assert there.view(script).text == make_view(text, script).text


def test_the_pool_uses_every_core_and_no_more_than_its_cap(small_chunks):
    import os

    executor = script_workers.pool()
    assert executor is not None
    assert executor._max_workers == max(1, min(script_workers.MAX_WORKERS, os.cpu_count() or 1))  # noqa: SLF001


def test_a_short_text_or_the_original_needs_no_worker(monkeypatch):
    views = DocumentViews("短文本\n第二行")
    assert script_workers.start_jobs(views, Script.HANT, [0, 1]) is None
    monkeypatch.setattr(script_workers, "POOL_CHARS", 0)
    assert script_workers.start_jobs(views, Script.ORIGINAL, [0, 1]) is None
    assert script_workers.start_jobs(views, Script.HANT, []) is None
    monkeypatch.setattr(script_workers, "USE_PROCESSES", False)
    assert script_workers.start_jobs(views, Script.HANT, [0, 1]) is None


def test_a_killed_worker_hands_the_lines_back(small_chunks):
    """A child killed mid-way: the jobs say they are broken and keep no half result; the
    caller converts the lines itself, and the next switch starts a fresh pool."""
    text = build_large_report(40_000, seed=6)
    views = DocumentViews(text)
    jobs = script_workers.start_jobs(views, Script.HANT, list(range(views.line_count)))
    assert jobs is not None
    executor = script_workers.pool()
    for proc in list(executor._processes.values()):  # noqa: SLF001 - the children, to kill
        proc.kill()
    jobs.collect(wait=True)
    assert jobs.broken and jobs.done
    assert not any(jobs.waiting_for(i) for i in range(views.line_count))
    assert views.view(Script.HANT).text == make_view(text, Script.HANT).text
    again = script_workers.start_jobs(DocumentViews(text), Script.HANT, [0, 1, 2])
    assert again is not None
    again.collect(wait=True)
    assert not again.broken


def test_the_pool_starts_in_steps_and_chunks_go_out_a_few_at_a_time(small_chunks):
    """Getting the pool ready is one step per call (the executor, then the document's
    variant), and the chunks go out :data:`SEND_PER_TURN` per collect: no caller's turn pays
    for all of it at once."""
    script_workers.shutdown(wait=True)
    views = DocumentViews(build_large_report(40_000, seed=7, hant=True))
    assert not script_workers.ready(views)  # started the pool
    assert script_workers._pool is not None  # noqa: SLF001
    assert not views.variant_known
    assert not script_workers.ready(views)  # read the variant
    assert views.variant_known
    assert script_workers.ready(views)
    lines = list(range(views.line_count))
    jobs = script_workers.start_jobs(views, Script.HANT, lines)
    assert jobs is not None
    sent = [len(jobs._chunks)]  # noqa: SLF001
    jobs.collect()
    sent.append(len(jobs._chunks))  # noqa: SLF001
    assert sent[0] == script_workers.SEND_PER_TURN
    assert sent[1] <= 2 * script_workers.SEND_PER_TURN
    jobs.collect(wait=True)
    assert jobs.done and views.view(Script.HANT).text == make_view(views.text, Script.HANT).text


def test_a_short_text_is_ready_at_once(monkeypatch):
    views = DocumentViews("短文本\n第二行")
    assert script_workers.ready(views)
    assert not views.variant_known  # nothing read for a text converted on this thread


class _Recorded:
    """A real pool whose submissions are kept, to see what went to the children."""

    def __init__(self, executor):
        self.executor = executor
        self.sent: list[tuple] = []
        self.futures: list = []

    def submit(self, fn, *args):
        future = self.executor.submit(fn, *args)
        self.sent.append(args)
        self.futures.append(future)
        return future


@pytest.mark.parametrize("script", [Script.HANT, Script.TW, Script.HK])
def test_the_pivots_the_reader_has_go_to_the_children(small_chunks, script):
    """With every line's Simplified pivot made already (the warm-up after a long report's
    fill does it), the children get the pivots with the lines and send back only the view:
    the same lines, text and map, as this thread makes. Without them, the children make the
    pivots and send them back."""
    texts = _texts()
    for name, text in texts[:2] + texts[-4:]:  # Simplified, Traditional, generated, random
        here = DocumentViews(text)
        lines = list(range(here.line_count))
        with_pivots = DocumentViews(text)
        for i in lines:
            with_pivots.put(i, Script.HANS, here.line(i, Script.HANS))
        own = shows_own_forms(script, here.variant)
        for there, known in ((with_pivots, True), (DocumentViews(text), False)):
            recorded = _Recorded(script_workers.pool())
            jobs = script_workers.ConversionJobs(recorded, there, script, lines)
            jobs.collect(wait=True)
            assert jobs.done and not jobs.broken
            for args, future in zip(recorded.sent, recorded.futures, strict=True):
                sent_pivots, came_pivots = args[3], future.result()[1]
                assert (sent_pivots is not None) == (known and not own), name
                assert (came_pivots is None) == (known or own), name
            for i in lines:
                a, b = here.line(i, script), there.line(i, script)
                assert (a.text, a.map.pieces()) == (b.text, b.map.pieces()), (name, script, i)


def test_a_pivot_is_sent_in_its_smallest_form():
    """A pivot equal to its line goes as None, one that maps character to character as its
    text, any other whole; each comes back as it was."""
    forms: set[str] = set()
    for name, text in _texts():
        views = DocumentViews(text)
        for i in range(views.line_count):
            raw, pivot = text[slice(*views.line_range(i))], views.line(i, Script.HANS)
            packed = script_workers.pack_pivot(raw, pivot)
            forms.add(type(packed).__name__)
            back = script_workers.unpack_pivot(raw, packed)
            assert (back.text, back.map.pieces()) == (pivot.text, pivot.map.pieces()), name
    assert {"NoneType", "str"} <= forms
    longer = LineView("隨身碟", OffsetMap([(2, 3)]))  # a length-changing phrase (U盘)
    assert script_workers.pack_pivot("U盘", longer) is longer


def test_an_idle_pool_loads_every_view_in_its_children(small_chunks, monkeypatch):
    """Once the reader is idle the children load every view's dictionaries, so that no
    switch waits for one."""
    from gui.core.script import VIEW_CHAINS

    script_workers.shutdown(wait=True)
    assert script_workers.load_children_chains() == 0  # no pool: nothing started for it
    monkeypatch.setattr(script_workers, "MAX_WORKERS", 1)
    executor = script_workers.pool()
    assert executor is not None
    assert executor.submit(eval, _HELD).result() == 0
    assert script_workers.load_children_chains() == len(VIEW_CHAINS) + 1  # and the variants
    assert executor.submit(eval, _HELD).result() == len(VIEW_CHAINS)


#: How many chains a child holds, asked in the child itself (a builtin is what a child can be
#: sent without a helper).
_HELD = "__import__('gui.core.script', fromlist=['_']).converter.cache_info().currsize"


def test_a_switch_goes_before_the_idle_loads(small_chunks, monkeypatch):
    """A switch right after the loads were sent (toggling on): its chunks do not queue behind
    every view's dictionaries; the loads no child has started are dropped, and the child
    loads only what the switch needs besides the few loads it had already taken."""
    from gui.core.script import VIEW_CHAINS

    script_workers.shutdown(wait=True)
    monkeypatch.setattr(script_workers, "MAX_WORKERS", 1)
    text = build_large_report(6_000, seed=8)
    views, pivots = DocumentViews(text), DocumentViews(text)
    lines = list(range(views.line_count))
    for i in lines:  # the reader has the pivots (the warm-up): the child needs only 繁
        views.put(i, Script.HANS, pivots.line(i, Script.HANS))
    executor = script_workers.pool()
    assert executor is not None
    busy = executor.submit(eval, "__import__('time').sleep(1.0)")  # the child is busy
    sent = script_workers.load_children_chains()
    jobs = script_workers.start_jobs(views, Script.HANT, lines)
    assert jobs is not None
    assert not script_workers._loads  # noqa: SLF001 - nothing left to cancel later
    jobs.collect(wait=True)
    busy.result()
    assert jobs.done and views.view(Script.HANT).text == make_view(text, Script.HANT).text
    held = executor.submit(eval, _HELD).result()
    # At most the loads already handed to the child (the pool's call queue) ran: never all.
    assert held < len(VIEW_CHAINS) <= sent
