"""A printed record's page heads and its indented paragraphs (task o34, issue #12), on the real
lines of batch 41's dev LegCo official record (a PDF's text, hard-wrapped at the page's width):
each page's running head (「立法會  ─  2013年 2月 27日」) with the page's bare number beside it is
chrome, never a heading or a paragraph's words, and a paragraph's indented first line, short of
the width by its indent, runs on into the paragraph's next line. Batch 41's dev CDC pages (an
extractor's Markdown) end with the tool's stamp of when it took the page: chrome.
"""

from __future__ import annotations

from gui.core.line_layout import join_wrapped_lines
from gui.core.page_residue import page_residue
from gui.core.patterns import paragraphs
from gui.core.reading import read_document
from gui.core.running_heads import page_heads
from tests.conftest import REPO, furniture_lines

REAL = REPO / "tests" / "data" / "real"
RECORD = REAL / "wr-hk-budget-speech-2013-legco-record-opening.txt"
HEAD = "立法會  ─  2013年 2月 27日"


def test_a_records_running_head_and_page_numbers_are_chrome() -> None:
    doc = read_document(RECORD)
    marked = furniture_lines(doc)
    text = "\n".join(marked)
    assert text.count(HEAD) == 4  # every page's head: 5145 to 5148
    for page in ("5145", "5146", "5147", "5148"):
        assert page in text
    headings = [s.heading for s in doc.sections if s.heading]
    assert not any(h == HEAD or h.isdigit() for h in headings)
    assert doc.title != HEAD


def test_a_running_head_needs_page_numbers_that_count_up() -> None:
    lines = [(0, HEAD), (2, "5145"), (3, "法案"), (40, HEAD), (42, "5146")]
    assert page_heads(lines) == {0, 2, 40, 42}
    # the same line beside numbers that do not count pages (a table's rows, a list's) is kept
    assert page_heads([(0, HEAD), (1, "5146"), (9, HEAD), (10, "5145")]) == set()
    assert page_heads([(0, HEAD), (1, "12"), (9, HEAD), (10, "30")]) == set()
    # a short cell beside its rows' numbers is no running head (「合格」 under 1, 2, 3)
    cells = [(0, "1"), (1, "合格"), (2, "2"), (3, "合格"), (4, "3"), (5, "合格")]
    assert page_heads(cells) == set()
    # nor is a sentence, however often it stands beside a number
    said = "主席：法案：二讀。"
    assert page_heads([(0, said), (1, "7"), (5, said), (6, "8")]) == set()


def test_an_indented_first_line_runs_on_into_its_paragraph() -> None:
    text = RECORD.read_text(encoding="utf-8")
    joined = [p[3] for p in join_wrapped_lines(text, paragraphs(text))]
    first = "歐美經濟基調疲弱，影響了亞洲區內貿易往來，香港的貨物出口"
    assert any(p.startswith(first + "\n自 2011年第二季開始轉差") for p in joined)
    # the page's head is not run into the paragraph the page breaks
    assert HEAD in joined
    assert not any(p.startswith("夠在充滿挑戰") and HEAD in p for p in joined)


def test_an_extractors_stamp_is_chrome_wherever_it_stands() -> None:
    # batch 41's dev CDC pages (an extractor's Markdown): the stamp under the text, then its
    # source on a line of its own (the header's to read)
    name = "press-tw-cdc-flu-vaccine-batch-precautionary-suspension-2026.md"
    doc = read_document(REAL / name)
    assert "萃取時間: 2026-03-27T08:00:00+08:00" in furniture_lines(doc)
    assert (
        page_residue("萃取時間: 2026-02-04T12:00:00+08:00 資料來源: 衛生福利部疾病管制署")
        == "chrome"
    )
    assert page_residue("擷取日期：2024年5月3日", around_body=False) == "chrome"
    # a notice's own times keep their lines: a sample's, a pick-up's, a deadline
    assert page_residue("采集时间：2022年4月5日") is None
    assert page_residue("提取时间：2020年3月5日") is None
    assert page_residue("抓取时间：2020年3月5日前完成整改") is None
