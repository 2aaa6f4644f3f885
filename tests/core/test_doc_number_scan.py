"""``head_lines.doc_numbers``: the matches of ``DOC_NUMBER.finditer``, found from the bracketed
year back (session 20: the pattern tried at every character cost half a second on the 10 MB
report run into one line)."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.head_lines import DOC_NUMBER, doc_numbers
from gui.core.reading import read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


def _same(text: str) -> list[tuple[int, int, str]]:
    found = _spans(doc_numbers(text))
    assert found == _spans(DOC_NUMBER.compiled.finditer(text))
    return found


def test_the_real_numbers_are_found_as_the_pattern_finds_them():
    # Lines of dev documents of batches 1 and 17 (the 文号 alone, in a sentence, run on).
    line = "文号: 沪崇府办发〔2021〕20号"
    assert _same(line) == [(4, len(line), "沪崇府办发〔2021〕20号")]
    sentence = (
        "关于印发<2021年上海市城市体检工作方案>的函》（沪建综规〔2021〕445号）有关要求，"
        "结合本区实际，现制定2021"
    )
    assert [g for _s, _e, g in _same(sentence)] == ["沪建综规〔2021〕445号"]
    doc = read_document(REAL / "gw-sh-city-checkup-renewal-guideline-2025.md")
    numbers = _same(doc.text)
    # (a code is the 12 word characters before the bracket: 「…编号沪建综规」)
    assert [g for _s, _e, g in numbers] == [
        "理委员会文件编号沪建综规〔2025〕449 号",
        "开关键词内容描述沪建综规〔2025〕449号",
    ]
    # A code longer than 12 characters: the pattern keeps its last 12, so does the scan.
    long_code = "上海市住房和城乡建设管理委员会沪建综规〔2025〕449号"
    assert _same(long_code)[0][2] == "乡建设管理委员会沪建综规〔2025〕449号"


def test_numbers_back_to_back_spaces_and_tails_without_a_code():
    text = "国发〔2018〕43号国办发 （2018） 123 号（2019）5号 〔2020〕6号\u3000函 〔2021〕第7号"
    assert [g for _s, _e, g in _same(text)] == [
        "国发〔2018〕43号",
        "国办发 （2018） 123 号",
        # (a 号 and a space are a code: the pattern takes them, so does the scan)
        "号 〔2020〕6号",
        "函 〔2021〕第7号",
    ]


_PIECES = st.sampled_from(
    [
        "国",
        "办",
        "发",
        "号",
        "第",
        "a",
        "é",
        "1",
        "2",
        "19",
        "20",
        "2018",
        "12345",
        " ",
        "\u3000",
        "\n",
        "〔",
        "〕",
        "（",
        "）",
        "(",
        ")",
        "[",
        "]",
        "【",
        "】",
        "［",
        "］",
        "，",
        "函",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=60))
def test_any_text_of_the_pieces_of_a_number_finds_the_same_matches(pieces):
    _same("".join(pieces))


def test_a_long_line_without_a_number_is_read_at_once():
    # The bundled report run into one line, 40 times (~100,000 characters): the pattern tried
    # at each character takes ~20 ms here, the scan from the brackets well under that.
    line = (REPO / "resources" / "lanzhou-hi-tech-zone-2021.txt").read_text("utf-8")
    line = line.replace("\n", "") * 40
    start = time.process_time()
    assert _spans(doc_numbers(line)) == []
    scan = time.process_time() - start
    start = time.process_time()
    assert _spans(DOC_NUMBER.compiled.finditer(line)) == []
    assert scan < (time.process_time() - start) / 3
