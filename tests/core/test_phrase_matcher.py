"""The whole-text matcher (gui/core/phrase_matcher.py) converts exactly as the card's engine
(opencc-python-reimplemented, over the same current dictionaries) and as the offset-keeping
chunk-by-chunk walk (gui/core/script.py): the same text, the same offset maps, in every
upstream config and every view, on the real corpora, a generated report, random text built to
hit every path, and any text at all."""

import random
import sys
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core import conversion_plan, phrase_matcher, script
from gui.core.offsets import OffsetMap
from gui.core.script import Converter, Script, converter
from gui.core.script_views import DocumentViews, convert_line, convert_lines
from tests.conftest import DEFAULT_REPORT, REPO, dev_documents

# The real corpus's dev documents of scored batches: a failure here prints the text, and a
# held-out or fresh line must never be printed (docs/development.md, "Tests that read the corpus").
CORPUS = [DEFAULT_REPORT, *dev_documents(), *sorted((REPO / "tests/data/gold/src").glob("*.txt"))]


@cache
def _conv(config: str) -> Converter:
    return converter(config) if config in ("hant", "tw", "hk") else Converter(config)


@cache
def _matcher(config: str) -> phrase_matcher.ChainMatcher:
    """The matcher of ``config`` (the upstream configs with few phrases get a plan instead in
    the converter: here they get a matcher all the same)."""
    conv = _conv(config)
    separator = conversion_plan.separator_class(conv._split)
    matcher = phrase_matcher.ChainMatcher.build(conv._chain, conv._translations, separator)
    assert matcher is not None
    return matcher


def _maps_equal(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return OffsetMap(a).pieces() == OffsetMap(b).pieces()


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in CORPUS]


@pytest.fixture(scope="module")
def corpus_pivot(corpus) -> str:
    """The whole corpus through its Simplified pivot: the same input for the three views
    (to_pivot is a pure function of its text), made once."""
    return script.to_pivot("\n".join(corpus))[0]


@pytest.mark.slow
@pytest.mark.sweep
@pytest.mark.parametrize("config", ["hant", "tw", "hk"])
def test_the_corpus_in_each_view_as_the_engine_and_the_walk_make_it(config, corpus_pivot):
    """Every corpus text, through its Simplified pivot, in the three views the reader shows."""
    _same(config, corpus_pivot)


@pytest.mark.slow
@pytest.mark.sweep
@pytest.mark.parametrize(
    "configs", [("s2t", "t2s"), ("s2twp", "tw2s"), ("s2hk", "hk2s")], ids=lambda c: "+".join(c)
)
def test_the_corpus_in_the_upstream_configs_as_the_engine_makes_it(configs, corpus):
    """A third of the corpus per pair of configs, each text in one of them both ways: the
    engine costs seconds per config over the whole corpus, and the views' test above covers
    all of it."""
    third = ("s2t", "s2twp", "s2hk").index(configs[0])
    text = "\n".join(corpus[third::3])
    to_traditional, to_simplified = configs
    _same(to_traditional, script.to_pivot(text)[0])
    _same(to_simplified, text)


def _same(config: str, text: str) -> None:
    conv = _conv(config)
    walked, walked_pieces = conv.convert_by_chunk(text)
    ours, our_pieces = conv.convert(text)
    assert ours == walked, text[:80]
    assert _maps_equal(our_pieces, walked_pieces), text[:80]
    fast, pieces = _matcher(config).convert(text)
    assert fast == conv.engine.convert(text), text[:80]  # the engine knows no labels
    if not conv._labels:
        assert fast == walked and _maps_equal(pieces, walked_pieces), text[:80]


def test_the_views_use_the_matcher_and_the_pivot_keeps_its_plan():
    for name in ("hant", "tw", "hk"):
        assert converter(name)._matcher is not None
    assert converter("pivot")._matcher is None and converter("pivot")._plan is not None


def test_a_generated_report_and_its_traditional_twin():
    sys.path.insert(0, str(REPO / "benchmarks"))
    from large_report import build_large_report

    simplified = build_large_report(20_000)
    traditional = build_large_report(20_000, seed=3, hant=True)
    for name in ("hant", "tw", "hk"):
        _same(name, script.to_pivot(simplified)[0])
        _same(name, script.to_pivot(traditional)[0])
    _same("t2s", traditional)


def _pool(conv: Converter) -> list[str]:
    keys = sorted({k for group in conv._chain for _a, _b, m in group for k in m if len(k) >= 2})
    rng = random.Random(len(keys))
    return rng.sample(keys, min(600, len(keys))) + ["注", "註", "注1", "（注", "(注"]


@pytest.mark.parametrize("config", ["hant", "tw", "hk", "t2s"])
@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_random_text_from_keys_separators_and_rare_characters(config, rng: random.Random):
    """Phrases next to each other and overlapping (the longest-first rule where real text
    rarely goes), keys cut at the ends, separators and colons (labels), characters in no
    dictionary, beyond the BMP, compatibility ideographs, the matcher's own mask."""
    conv = _conv(config)
    extras = list("，。、 \n\t-.：︰:《》“”发展國際台灣采准系制了") + ["𠀀", "\uf900", "\U0002f800"]
    pool = _pool(conv) + extras + [phrase_matcher.MASK]
    pieces = [rng.choice(pool) for _ in range(rng.randint(0, 60))]
    # Cut keys in two too: a piece of a phrase next to another phrase.
    text = "".join(p[: rng.randint(1, len(p))] if rng.random() < 0.3 else p for p in pieces)
    _same(config, text)


@pytest.mark.parametrize("config", ["hant", "tw", "hk"])
@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_any_text(config, text):
    _same(config, text)


def test_empty_and_astral_text():
    for name in ("hant", "tw", "hk"):
        assert converter(name).convert("") == ("", [])
        _same(name, "")
        _same(name, "𠀀")
        _same(name, "𠀀发展𠀀软件\U0002f800")


def test_a_separator_written_by_a_table_means_no_matcher():
    conv = converter("hant")
    chain = [list(group) for group in conv._chain]
    chain[1] = [(2, 2, {"发展": "發，展"}), *chain[1][1:]]
    separator = conversion_plan.separator_class(conv._split)
    assert phrase_matcher.ChainMatcher.build(chain, conv._translations, separator) is None
    assert phrase_matcher.ChainMatcher.build(conv._chain, conv._translations, None) is None


@pytest.mark.parametrize("script_name", ["hans", "hant", "tw", "hk"])
def test_reader_lines_and_their_maps_are_unchanged(script_name, monkeypatch):
    """convert_line (the reader's unit) gives the same text and map per line with the matcher
    as with the walk, on a Simplified and a Traditional document."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from large_report import build_large_report

    texts = [DEFAULT_REPORT.read_text(encoding="utf-8")]
    texts.append(build_large_report(20_000, seed=3, hant=True))
    for text in texts:
        fast = DocumentViews(text)
        fast_lines = [fast.line(i, script_name) for i in range(fast.line_count)]
        with monkeypatch.context() as m:
            for name in ("hant", "tw", "hk"):
                m.setattr(converter(name), "_matcher", None)
            walked = DocumentViews(text)
            walked_lines = [walked.line(i, script_name) for i in range(walked.line_count)]
        for a, b in zip(fast_lines, walked_lines, strict=True):
            assert a.text == b.text
            assert a.map.pieces() == b.map.pieces()


def test_note_labels_as_the_walk_writes_them():
    for name in ("hant", "tw", "hk"):
        for text in ("注：发展", "（注1）：软件", "关注：注意", "注意：注", "a 注一：b"):
            _same(name, text)
    assert converter("hant").convert("注1：发展")[0] == "註1：發展"
    assert converter("hant").convert("关注：发展")[0] == "關注：發展"


@pytest.mark.parametrize("script_name", ["hans", "hant", "tw", "hk", "original"])
def test_lines_converted_as_one_text_equal_lines_converted_alone(script_name):
    """script_views.convert_lines (the workers' and the switcher's unit) against convert_line
    per line: text and map, with and without cached pivots, on Simplified and Traditional
    documents (whose own view keeps their forms) and random lines (empty ones, separators
    only, phrases cut at line ends)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from large_report import build_large_report

    target = Script(script_name)
    rng = random.Random(7)
    pool = _pool(_conv("hant")) + ["", " ", "，", "\t", "注：", "𠀀", "發展", "软件"]
    texts = [
        DEFAULT_REPORT.read_text(encoding="utf-8"),
        build_large_report(15_000, seed=3, hant=True),
        "\n".join("".join(rng.choices(pool, k=rng.randint(0, 8))) for _ in range(300)),
    ]
    for text in texts:
        variant = DocumentViews(text).variant
        raws = text.split("\n")
        alone = [convert_line(raw, target, variant) for raw in raws]
        together = convert_lines(raws, target, variant)
        pivots = convert_lines(raws, Script.HANS, variant)
        from_pivots = convert_lines(raws, target, variant, pivots)
        for a, b, c in zip(alone, together, from_pivots, strict=True):
            assert a.text == b.text == c.text
            assert a.map.pieces() == b.map.pieces() == c.map.pieces()
        views = DocumentViews(text)
        for i in range(0, views.line_count, 7):
            views.convert_run(i, target, chars=500)
        for i in range(views.line_count):
            line = views.line(i, target)
            assert (line.text, line.map.pieces()) == (alone[i].text, alone[i].map.pieces())


def test_the_longest_key_wins_wherever_it_starts():
    """Not forward maximum matching: 一伙 and 伙食费 are both keys, and the engine keeps the
    longer one although the shorter starts first (forward matching would write 一夥食費)."""
    conv = converter("hant")
    assert conv.convert("一伙食费")[0] == "一伙食費" == conv.engine.convert("一伙食费")
    _same("hant", "一伙食费，一伙人")
