"""The whole-text conversion plan (gui/core/conversion_plan.py) converts exactly as the
chunk-by-chunk walk does: the same text and the same offset map, on the real corpora, their
Traditional views, and random text built to hit every path (phrases, separators, characters
beyond the BMP, compatibility ideographs, texts longer than a translation block)."""

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core import conversion_plan
from gui.core.offsets import OffsetMap
from gui.core.script import Converter, converter, make_view
from tests.conftest import DEFAULT_REPORT, dev_documents

ROOT = Path(__file__).resolve().parents[2]
# The real corpus's dev documents of scored batches: a failure here prints the text, and a
# held-out or fresh line must never be printed (docs/development.md, "Tests that read the corpus").
REAL = dev_documents(".md", ".txt")
GOLD = sorted((ROOT / "tests/data/gold/src").glob("*.txt"))


def _same(conv: Converter, text: str) -> None:
    fast, fast_pieces = conv.convert(text)
    walked, walked_pieces = conv.convert_by_chunk(text)
    assert fast == walked
    # Runs of equal-length pieces may come merged: the maps must be the same.
    assert OffsetMap(fast_pieces).pieces() == OffsetMap(walked_pieces).pieces()


def _phrase_keys(conv: Converter) -> list[str]:
    return sorted(k for group in conv._chain for _a, _b, m in group for k in m if len(k) >= 2)


def test_the_pivot_has_a_plan_and_the_views_walk():
    # The views' s2t group holds ~50,000 phrases: a regex over them is slower than the walk.
    assert converter("pivot")._plan is not None
    assert converter("hant")._plan is None


@pytest.mark.sweep
@pytest.mark.parametrize("path", [DEFAULT_REPORT, *REAL, *GOLD], ids=lambda p: p.name)
def test_real_documents_and_their_traditional_views(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    pivot = converter("pivot")
    _same(pivot, text)
    for script in ("hant", "hk"):
        _same(pivot, make_view(text, script).text)


@pytest.mark.sweep
def test_a_text_longer_than_a_translation_block():
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in REAL)
    text += make_view(text[:100_000], "tw").text
    assert len(text) > 2 * conversion_plan.BLOCK
    _same(converter("pivot"), text)


@settings(max_examples=60, deadline=None)
@given(st.randoms(use_true_random=False))
def test_random_text_from_keys_separators_and_rare_characters(rng: random.Random):
    pivot = converter("pivot")
    keys = _phrase_keys(pivot)
    singles = [chr(k) for stage in pivot._plan.stages for k in list(stage[1])[:400]]
    pool = keys + singles + list("，。、 \n\t-.《》“”发展國際台灣") + ["𠀀", "\uf900", "\U0002f800"]
    text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 400)))
    _same(pivot, text)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_any_text(text):
    _same(converter("pivot"), text)


def test_no_plan_when_a_separator_is_more_than_one_character():
    pivot = converter("pivot")
    split = re.compile(r"(\s+|——|，)")
    assert conversion_plan.plan(pivot._chain, pivot._translations, split) is None
    dot = re.compile(r"(\s+|.)")  # an unescaped dot is any character, not a separator
    assert conversion_plan.plan(pivot._chain, pivot._translations, dot) is None
    assert conversion_plan.plan(pivot._chain, pivot._translations, pivot._split) is not None


def test_no_plan_when_a_table_makes_a_separator():
    pivot = converter("pivot")
    translations = list(pivot._translations)
    translations[0] = {ord("甲"): "，"}
    assert conversion_plan.plan(pivot._chain, translations, pivot._split) is None
