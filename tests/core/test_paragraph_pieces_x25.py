"""Round x25 (docs/history/outline-log.md): releases and work reports whose page marks are gone.

- A short text hard-wrapped at one width is read as wrapped with four full lines
  (``line_layout.MIN_FULL_LINES``): a release of five lines at 80 columns no longer heads its
  deck and the first line of its second paragraph.
- In a plain text that parts its paragraphs by blank lines, a line with a line of its paragraph
  right above and right under it is a piece of that paragraph, not a heading
  (``gui.core.paragraph_pieces``): a Legislative Council record broken one sentence a line.

The documents are the corpus's dev documents, read in the stress benchmark's forms
(``benchmarks/stress_outline.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.line_layout import columns, wrap_width
from gui.core.outline_heads import Heading, Line
from gui.core.paragraph_pieces import blank_parted, drop_paragraph_pieces
from gui.core.patterns import paragraphs
from gui.core.reading import document_from_text, read_document
from tests.benchmark_modules import load_benchmark
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
stress = load_benchmark("stress_outline")

TEMPLES = "press-tw-president-office-vice-president-central-temples-2026.txt"  # batch 31, dev
BUDGET = "wr-hk-budget-speech-2013-legco-record-opening.txt"  # batch 41, dev


def _headings(text: str) -> list[str]:
    doc = document_from_text(text, Path("x.txt"))
    return ["".join(s.heading.split()) for s in doc.sections if s.heading]


def _form(name: str, form) -> list[str]:
    path = REAL / name
    return _headings(form(read_document(path).text))


def test_a_short_release_wrapped_at_80_columns_is_read_as_wrapped():
    text = stress.wrap(read_document(REAL / TEMPLES).text, 80)
    widths = [columns(line) for line in text.split("\n")]
    assert sum(1 for w in widths if w >= 76) == 5  # (five full lines: fewer than six)
    assert wrap_width(widths) == 80


def test_a_short_release_wrapped_heads_nothing_as_its_text_does():
    assert _form(TEMPLES, lambda t: t) == []
    assert _form(TEMPLES, lambda t: stress.wrap(t, 80)) == []


# The record's own lines (batch 41), one sentence a line: 「服務輸出」 is the first words of a
# sentence the record's hard wrap broke, under a sentence's end and over the sentence's rest.
RECORD = (
    "2012年經濟表現  \n"
    " \n"
    " 歐美經濟基調疲弱，影響了亞洲區內貿易往來，香港的貨物出口\n"
    "自 2011年第二季開始轉差，在2012年上半年弱勢持續，直至下半年才\n"
    "稍見好轉，貨物出口在去年全年實質僅有1.3%的輕微增長。\n"
    "服務輸出\n"
    "被外圍形勢拖累，在年內放緩，全年實質增長只有1.2%。\n"
    "  \n"
    " \n"
    " 香港內部經濟環節在 2012年保持平穩發展。\n"
    "受惠於高就業和收入\n"
    "有所改善，私人消費開支全年實質增長 4%。\n"
    "營商氣氛雖然較為審慎，\n"
    "但建造工程和機器設備購置活動保持活躍，帶動整體投資在去年進一\n"
    "步飆升 9.1%。\n"
    "  \n"
    " \n"
    " 通脹自去年年初持續回落，一方面是由於國際食品和商品價格由\n"
    "高位回軟，加上主要進口來源地通脹降溫，令輸入通脹壓力有所緩\n"
    "和。\n"
    "另一方面，本地成本壓力亦隨經濟放緩而稍為減退。\n"
    "整體通脹率\n"
    "從 2011年第三季 6.4%的高位，回落至 2012年第四季的 3.8%，2012年全\n"
    "年平均為 4.1%。\n"
    "  \n"
    " \n"
    "2013年經濟展望  \n"
    " \n"
    " 我預期今年整體經濟會較去年略有改善。\n"
)


def test_pieces_of_a_blank_parted_paragraph_head_nothing():
    found = _headings(RECORD)
    for piece in ("服務輸出", "受惠於高就業和收入", "整體通脹率"):
        assert piece not in found
    assert "2013年經濟展望" in found


def _lines(text: str) -> list[Line]:
    return [Line(i, a, b, t, a) for i, a, b, t in paragraphs(text, len(text))]


def test_the_same_lines_without_blank_lines_are_left_to_the_other_rules():
    parted = _lines(RECORD)
    assert blank_parted(parted)
    text = "\n".join(ln for ln in RECORD.split("\n") if ln.strip())
    lines = _lines(text)
    assert not blank_parted(lines)  # (no blank line parts the paragraphs)
    piece = next(ln for ln in lines if ln.text == "服務輸出")
    found = [Heading(piece, 3, piece.offset, piece.end)]
    assert drop_paragraph_pieces(text, lines, found) == found
    piece = next(ln for ln in parted if ln.text == "服務輸出")
    assert drop_paragraph_pieces(RECORD, parted, [Heading(piece, 3, piece.offset, piece.end)]) == []


def test_a_subhead_alone_between_blank_lines_still_heads():
    # (invented: the same paragraphs with 「服務輸出」 set apart as a paragraph of its own)
    text = RECORD.replace("服務輸出\n", "\n服務輸出\n\n")
    assert "服務輸出" in _headings(text)


@pytest.mark.parametrize("piece", ["服務輸出", "受惠於高就業和收入", "整體通脹率", "我希望"])
def test_the_record_one_sentence_a_line_heads_no_piece(piece):
    found = _form(BUDGET, stress.one_sentence_per_line)
    assert piece not in found
    assert "2012年經濟表現" in found


# An address's points (batch 46, the Presidential Office): each one sentence alone, parted by
# blank lines from the paragraphs that argue it; every paragraph of the speech is one long
# sentence, so the text reads as one sentence a line (``paragraphs_hold_sentences``) and only
# the blank lines tell a paragraph of its own.
TRADE = "press-tw-president-taiwan-us-trade-agreement-press-conference-2026.txt"  # batch 46, dev
POINTS = [
    "第一，提供農工產業強力支持與必要的協助。",
    "第二，強化台美經濟安全的合作，落實關鍵作為。",
    "第三，有序應對中長期經濟以及產業結構的調整。",
]


@pytest.mark.parametrize("form", ["file", "text", "wrapped", "sentences"])
def test_an_address_points_closed_by_a_stop_head(form):
    read = {
        "file": lambda t: t,
        "text": lambda t: t,
        "wrapped": lambda t: stress.wrap(t, 80),
        "sentences": stress.one_sentence_per_line,
    }[form]
    found = _form(TRADE, read)
    assert [h for h in found if h.startswith("第")] == POINTS


SPEECH = (
    "為了掌握臺灣經濟轉型的契機，政府將從三大面向採取積極作為。\n\n"
    "第一，提供農工產業強力支持與必要的協助。\n\n"
    "首先，行政院依據特別條例，提出特別預算，協助受影響的產業及勞工渡過轉型的過程。\n\n"
    "第二，強化台美經濟安全的合作，落實關鍵作為。\n\n"
    "國安會將會同行政部門強化國家高科技產業的保護機制，防範關鍵技術外流。\n"
)


def test_points_one_under_another_are_a_list():
    # (invented: the points set one under the other, no paragraph between: a list)
    text = SPEECH.replace(
        "\n\n首先，行政院依據特別條例，提出特別預算，協助受影響的產業及勞工渡過轉型的過程。", ""
    ).replace("。\n\n第二", "。\n第二")
    assert not any(h.startswith("第") for h in _headings(text))


def test_points_head_apart_and_not_without_blank_lines_in_a_sentence_a_line_page():
    assert [h for h in _headings(SPEECH) if h.startswith("第")] == POINTS[:2]
    # (invented: a page that breaks the line after every sentence, no blank line; each point
    # a sentence over sentences of one line each: a short sentence alone says nothing there)
    argued = (
        "首先，行政院依據特別條例提出特別預算，協助受影響的農業、工業產業及其勞工順利渡過轉型的過程。\n"
        * 5
    )
    packed = f"總統致詞內容為：\n{POINTS[0]}\n{argued}{POINTS[1]}\n{argued}"
    assert not any(h.startswith("第") for h in _headings(packed))
    # (the same lines, blank lines parting the paragraphs: each point a paragraph of its own)
    parted = packed.replace("\n", "\n\n")
    assert [h for h in _headings(parted) if h.startswith("第")] == POINTS[:2]


def test_a_colon_point_heads_in_a_page_of_one_sentence_a_line():
    # (batch 19, the Presidential Office's 228 memorial address, one sentence a line)
    name = "press-tw-president-228-memorial-2026.txt"  # batch 19, dev
    found = _form(name, stress.one_sentence_per_line)
    assert "第一，加速政治檔案開放，追查真相：" in found
    assert "第三，避免類似二二八不幸事件歷史重演：" in found


def test_a_wrapped_lead_paragraph_is_no_sibling_of_the_bulletin_subheads():
    # (batch 5, a statistics bulletin wrapped at 80 columns: its lead paragraph, joined back,
    # over 「01综合」 looked like one of the 0N subheads' siblings)
    name = "stats-jx-jiangxi-2022.html"  # batch 5, dev
    found = _form(name, lambda t: stress.wrap(t, 80))
    assert not any(h.startswith("2022年是党的二十大胜利召开之年") for h in found)
    assert "01综合" in found and "02农业" in found


TAINAN = "press-tw-tainan-national-day-events-2026.txt"  # batch 22, dev


@pytest.mark.parametrize("form", ["file", "text", "sentences"])
def test_a_headline_with_a_comma_heads_where_it_stands_as_its_siblings(form):
    # 「旅遊住臺南，減塑抽好禮(9/15-11/15)」: after a blank line, right over its paragraph, as
    # the release's other headlines stand (「臺南市街區歡樂派對」 over 「臺南市政府觀光旅遊局主辦的…」)
    read = {"file": lambda t: t, "text": lambda t: t, "sentences": stress.one_sentence_per_line}
    found = _form(TAINAN, read[form])
    assert "旅遊住臺南，減塑抽好禮(9/15-11/15)" in found
    assert "臺南市街區歡樂派對" in found


def test_a_line_with_a_comma_among_paragraphs_without_such_subheads_heads_nothing():
    # (invented: the same line in a release whose other lines are paragraphs: no sibling)
    text = (
        "國慶連假玩臺南\n\n"
        "雙十連假即將到來，臺南精彩活動接力登場，市府各局處推出多項活動歡迎遊客。\n\n"
        "旅遊住臺南，減塑抽好禮(9/15-11/15)\n"
        "臺南市政府環境保護局9月15日至11月15日期間推出「旅遊住臺南，減塑抽好禮」活動。\n\n"
        "更多活動詳情請上「台南旅遊」官網及臉書粉絲專頁查詢。\n"
    )
    assert "旅遊住臺南，減塑抽好禮(9/15-11/15)" not in _headings(text)
