import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.script import Converter, Script, make_view, to_pivot
from tests.conftest import DEFAULT_REPORT


@pytest.mark.parametrize("config", ["t2s", "s2t", "s2twp", "s2hk", "pivot", "hant", "tw", "hk"])
def test_converter_output_equals_the_engine_on_the_same_data(config):
    """The offset-tracking walk converts exactly as opencc-python-reimplemented's own
    ``convert`` does with the same (current) dictionaries."""
    text = DEFAULT_REPORT.read_text(encoding="utf-8") + "\nU盘和鼠标软件，发展𠀀里程。"
    converter = _converter(config)
    ours, pieces = converter.convert(text)
    assert ours == converter.engine.convert(text)
    assert sum(a for a, _ in pieces) == len(text)
    assert sum(b for _, b in pieces) == len(ours)


def test_traditional_view_repairs_naive_conversion():
    view = make_view("關于示范關系制藥", Script.HANT)
    assert view.text == "關於示範關係製藥"


def test_phrase_conversion_changes_length_and_maps_spans():
    view = make_view("我的U盘在这里", Script.TW)
    assert view.text == "我的隨身碟在這裡"
    assert view.to_view(2, 4) == (2, 5)
    assert view.text[slice(*view.to_view(4, 5))] == "在"
    assert view.to_text(5, 6) == (4, 5)


def test_extension_b_characters_pass_through():
    view = make_view("𠀀发展", Script.HANT)
    assert view.text == "𠀀發展"
    assert view.text[slice(*view.to_view(1, 3))] == "發展"


def test_original_view_is_identity():
    view = make_view("蘭州", Script.ORIGINAL)
    assert view.text == "蘭州" and view.map.is_identity


def test_pivot_is_simplified():
    pivot, m = to_pivot("蘭州高新區")
    assert pivot == "兰州高新区" and m.to_b(2) == 2


def test_a_simplified_text_is_its_own_pivot():
    """The recogniser's child takes the whole report's pivot: an already Simplified text is
    returned as it is, not as an equal copy (7 MB beside the text on a 10 MB report)."""
    text = DEFAULT_REPORT.read_text(encoding="utf-8")
    simplified, _ = to_pivot(text)
    assert simplified != text  # (the bundled report is Traditional: its pivot is new)
    again, m = to_pivot(simplified)
    assert again is simplified and m.is_identity


def _large_texts() -> list[str]:
    import random
    import sys

    from tests.conftest import REPO

    sys.path.insert(0, str(REPO / "benchmarks"))
    from large_report import build_large_report

    texts = [build_large_report(40_000), build_large_report(40_000, seed=3, hant=True)]
    # Random strings over the report's own characters: matches at odd places, at the ends,
    # overlapping phrases, the longest-first rule tested where real text rarely goes.
    rng = random.Random(5)
    alphabet = sorted(set(texts[0] + texts[1]))
    texts += ["".join(rng.choices(alphabet, k=rng.randint(1, 30))) for _ in range(400)]
    return texts


@pytest.mark.sweep
@pytest.mark.parametrize("config", ["t2s", "s2t", "s2twp", "s2hk"])
def test_the_matcher_converts_large_and_random_text_as_opencc_does(config):
    converter = Converter(config)
    reference = converter.engine  # the card's engine over the same (current) dictionaries
    for text in _large_texts():
        ours, pieces = converter.convert(text)
        assert ours == reference.convert(text), text[:60]
        assert sum(a for a, _ in pieces) == len(text)
        assert sum(b for _, b in pieces) == len(ours)


@pytest.mark.sweep
def test_a_traditional_line_from_the_cached_pivot_equals_one_from_the_text():
    from gui.core.script_views import DocumentViews

    text = _large_texts()[1] + "\nU盘和鼠标软件，发展𠀀里程。"
    for script in (Script.HANT, Script.TW, Script.HK):
        fresh, with_pivot = DocumentViews(text), DocumentViews(text)
        with_pivot.view(Script.HANS)  # every line's pivot cached first
        a, b = fresh.view(script), with_pivot.view(script)
        assert a.text == b.text == make_view(text, script).text
        assert a.map.pieces() == b.map.pieces()


_MIXED = (
    "国務院审议通過发布發佈程序軟件软件着著衞卫里裏裡才纔核准采购吃喫为為后後台臺一家三口 ，。U盘"
)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_MIXED, max_size=40), st.sampled_from(["pivot", "hant", "tw", "hk"]))
def test_skipping_groups_that_cannot_change_a_chunk_is_exact(text, config):
    """Groups are skipped for a chunk with none of their trigger characters; the result must
    still be the engine's own conversion, piece lengths adding up."""
    converter = _converter(config)
    ours, pieces = converter.convert(text)
    assert ours == _reference(converter, text)
    assert sum(a for a, _ in pieces) == len(text) and sum(b for _, b in pieces) == len(ours)


@functools.cache
def _converter(config: str) -> Converter:
    """One converter per view for all the examples, as the app keeps one (building one reads
    its dictionaries: 0.2-0.6 s, which 150 examples paid each time)."""
    return Converter(config)


def _reference(converter: Converter, text: str) -> str:
    """The engine's own conversion, with the pivot's one rule the engine lacks: a chunk that
    reads Simplified (a Simplified-only character, no Traditional-only one) skips the regional
    variant group."""
    if converter.config != "pivot":
        return converter.engine.convert(text)
    from gui.core import opencc_data, variants, wording

    trad, simp = variants._script_only_sets()
    chain = converter.engine._dict_chain_data
    without = opencc_data.engine(
        [g for i, g in enumerate(chain) if i != wording.PIVOT_VARIANT_GROUP]
    )
    out = []
    for i, chunk in enumerate(converter.engine.split_chars_re.split(text)):
        simplified = not simp.isdisjoint(chunk) and trad.isdisjoint(chunk)
        engine = without if i % 2 == 0 and simplified else converter.engine
        out.append(engine.convert(chunk))
    return "".join(out)
