"""The recogniser's cached paths agree with the straightforward ones (speed work, #11/#17):
the window cache of ``name_start`` answers as the uncached search does, on real text and on
random text made of the name stage's own material (suffixes, stop words, places, brackets)."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.entities import lexicon as lx
from gui.core.entities import name_starts, names
from gui.core.entities.gazetteer import gazetteer
from gui.core.script import to_pivot
from tests.conftest import DEFAULT_REPORT, dev_documents

# The first twelve Markdown dev documents of batches 1-2 (tests/conftest.py dev_documents: a
# fresh batch is kept for an honest measure and no test runs the recogniser on it; a held-out
# document is never read by a test that could print it); the measured batches 3 to 63 and any
# fresh one (tests/conftest.py FRESH_BATCHES) are left out too.
TEXTS = [DEFAULT_REPORT, *dev_documents(".md", batches=("1", "2"))[:12]]


def _agree(text: str, ends: list[int]) -> int:
    gaz = gazetteer()
    differing = 0
    for end in ends:
        for keep in (False, True):
            cached = name_starts.name_start(text, end, gaz, keep_remits=keep)
            assert cached == name_starts.name_start(text, end, gaz, keep_remits=keep)  # a cache hit
            differing += cached != name_starts.name_start_in_window(
                text, end, gaz, keep_remits=keep
            )
    return differing


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_name_start_cached_equals_uncached_on_real_text(path):
    pivot = to_pivot(path.read_text(encoding="utf-8", errors="replace"))[0]
    rng = random.Random(path.name)
    ends = [rng.randrange(len(pivot) + 1) for _ in range(400)]
    # and every place the name stage really asks: right before each organisation suffix
    ends += [m.start() for m in names._patterns()["org_suffix"].finditer(pivot)]
    assert _agree(pivot, ends) == 0


@settings(max_examples=80, deadline=None)
@given(st.randoms(use_true_random=False))
def test_name_start_cached_equals_uncached_on_random_text(rng: random.Random):
    pool = (
        sorted(lx.LEFT_STOPS)[:200]
        + sorted(lx.ORG_SUFFIXES)[:100]
        + sorted(lx.REMIT_WORDS)[:50]
        + [
            "兰州",
            "甘肃省",
            "日本",
            "（",
            "）",
            "(",
            ")",
            names.MASK * 3,
            "6",
            "所",
            "经济",
            "报社",
        ]
    )
    text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 60)))
    assert _agree(text, list(range(len(text) + 1))) == 0
