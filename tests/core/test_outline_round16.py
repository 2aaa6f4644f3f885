"""Round 16's rules (`docs/history/outline-log.md`, "Round 16, session 15"): headings of plain text nobody
tuned on, on the lines of the outline check sets read back as text and of dev documents:

- levels follow the numbering systems' order of first appearance where it contradicts their
  usual ranks (a survey's 「一. 报告背景」 over 「3.1. 受访者特征」 over 「3.1.1 …」);
- a hard-wrapped text (every paragraph broken into lines of one width, as a PDF page or a mail
  is copied out) is read by its paragraphs: a piece of a wrapped line heads nothing.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from gui.core.line_layout import join_wrapped_lines
from gui.core.patterns import paragraphs
from gui.core.reading import document_from_text, read_document
from tests.conftest import FRESH_BATCHES, REPO

REAL = REPO / "tests" / "data" / "real"
CHECK2 = REAL / "outline_check2"


def _as_text(path: Path):
    """The file read as the app reads it, then its text read back as plain page text."""
    return document_from_text(read_document(path).text, path.with_suffix(".txt"))


def _levels(doc) -> dict[str, int]:
    return {s.heading: s.level for s in doc.sections if s.heading}


def test_a_numbering_system_first_seen_under_another_nests_under_it():
    levels = _levels(_as_text(CHECK2 / "assoc-cn-kaiyuanshe-oss-report-2023-survey.md"))
    assert levels["一. 报告背景"] == levels["三. 问卷分析"] == 1
    assert levels["3.1. 受访者特征"] == 2
    assert levels["3.1.1 年龄、性别、学历、城市"] == 3
    assert levels["受访者特征"] == 2  # (a plain subhead under 二. as before)


def test_a_part_number_listed_under_a_clause_nests_under_it():
    levels = _levels(_as_text(CHECK2 / "assoc-cn-kaiyuanshe-oss-report-2025-data.md"))
    assert levels["一、数据篇概览"] == 1
    assert levels["1.2 指标体系与数据来源"] == 2
    assert levels["1.2.1 第一层：活跃度（Activity）"] == 3
    assert levels["第四部分：开源专题分析"] == 3  # (under 「1.3 数据篇整体结构」)


def test_systems_in_their_usual_order_keep_their_ranks():
    # A regulation's chapters over its articles, an article's 一、 points under it: the usual
    # order, whichever comes first (a chapter may hold articles before a section appears).
    text = "\n".join(
        [
            "第一章 总则",
            "第一条 为了规范管理，制定本办法。",
            "第二章 管理",
            "第一节 一般规定",
            "第二条 本办法所称单位是指依法设立的机构，应当遵守下列规定。",
            "一、依法经营",
            "单位应当依法经营，接受监督，如实报告有关情况，不得弄虚作假，不得拖延。",
        ]
    )
    levels = _levels(document_from_text(text))
    assert levels["第一章 总则"] == levels["第二章 管理"] == 1
    assert levels["第一节 一般规定"] == 2
    assert levels["第一条"] == levels["第二条"] == 3


def _wrap(text: str, width: int = 80) -> str:
    """``text`` with every line wider than ``width`` columns broken as a fixed-width page
    breaks it (a Chinese character or mark two columns)."""
    out = []
    for line in text.split("\n"):
        piece, used = "", 0
        for c in line:
            w = _columns(c)
            if used + w > width:
                out.append(piece)
                piece, used = "", 0
            piece += c
            used += w
        out.append(piece)
    return "\n".join(out)


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in line)


def _heading_keys(doc) -> list[str]:
    return ["".join(s.heading.split()) for s in doc.sections if s.heading]


@pytest.mark.parametrize(
    "name",
    [
        "wr-guizhou-2026.txt",  # a work report: 一、 parts, (一) sections
        "press-tw-tainan-typhoon-relief-2025.txt",  # a city release: subheads
        "news-tw-migrant-worker-police-2021.txt",  # a story without subheads
        "reg-sh-historic-towns-2025.txt",  # a regulation: chapters, articles, items
    ],
)
@pytest.mark.parametrize("width", [60, 80, 100])
def test_a_hard_wrapped_text_reads_as_its_paragraphs(name, width):
    # On main the pieces of the wrapped lines headed sections: 20 more in the work report at
    # 80 columns, 11 in the story that has none, 30 in the regulation.
    doc = read_document(REAL / name)
    wrapped = document_from_text(_wrap(doc.text, width))
    assert _heading_keys(wrapped) == _heading_keys(doc)


@pytest.mark.parametrize(
    "name",
    [
        "wr-cn-2024.txt",
        "wr-tianjin-2026.txt",
        "news-cn-diamond-cooling-2026.txt",  # (「…。”」 closes the paragraph)
    ],
)
def test_a_full_line_that_ends_a_sentence_ends_its_paragraph(name):
    # A work report wrapped at a width that its paragraph above a numbered heading fills on
    # its last line, which ends in 。: the heading under it stays a heading of its own.
    doc = read_document(REAL / name)
    lines = doc.text.split("\n")
    heads = {s.heading for s in doc.sections if s.heading}
    tried = 0
    for above, line in zip(lines, lines[1:], strict=False):
        if line.strip() not in heads or not re.search(r"[。！？][”」』）]?$", above.strip()):
            continue
        for width in range(60, 101, 2):
            pieces = _wrap(above, width).split("\n")
            if len(pieces) >= 2 and _columns(pieces[-1]) >= width - 4:
                tried += 1
                wrapped = document_from_text(_wrap(doc.text, width))
                assert line.strip() in {s.heading for s in wrapped.sections}
                break
    assert tried >= 1  # (the premise: such a paragraph exists)


#: Dev documents whose lines are a PDF's printed lines, hard-wrapped at the page's width: their
#: paragraphs must be joined (batch 41's LegCo official record, 42 of its lines 90 columns wide).
HARD_WRAPPED = {"wr-hk-budget-speech-2013-legco-record-opening.txt"}


def test_texts_whose_lines_are_paragraphs_are_not_joined():
    # Every dev document and every check document: none is read as wrapped, save the PDF
    # records whose lines are wrapped (HARD_WRAPPED), which are. The fresh batch
    # (tests/conftest.py FRESH_BATCHES) is left out: read_document runs the outline rules.
    names = [
        row.split("\t")[0]
        for row in (REAL / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
        if row.split("\t")[2] == "dev" and row.split("\t")[-1] not in FRESH_BATCHES
    ]
    for name in sorted(HARD_WRAPPED & set(names)):
        text = read_document(REAL / name).text
        found = paragraphs(text)
        assert join_wrapped_lines(text, found) is not found, name
    names = [n for n in names if n not in HARD_WRAPPED]
    names += [
        f"{s}/{p.name}"
        for s in ("outline_check", "outline_check2")
        for p in (REAL / s).iterdir()
        if p.suffix in (".txt", ".md", ".html")
    ]
    for name in names:
        text = read_document(REAL / name).text
        found = paragraphs(text)
        assert join_wrapped_lines(text, found) is found, name


def _one_sentence_per_line(text: str) -> str:
    """Each sentence on a line of its own, as a page that sets a line break after each."""
    return re.sub(r"(?<=[。！？])(?![”’」』）\n])", "\n", text)


@pytest.mark.parametrize(
    "name", ["wr-cn-2024.txt", "wr-jiangxi-2026.txt", "wr-shanghai-2026.txt", "wr-tianjin-2026.txt"]
)
def test_sentences_set_each_on_a_line_head_nothing_by_that_layout(name):
    # A short sentence alone over a paragraph is a headline only where the paragraphs hold
    # sentences: 「推动产业链供应链优化升级。」 over its bold lead's paragraph, 「一是联合港澳…。」 over
    # its own. A page that breaks the line after every sentence sets every sentence so.
    # (On main: 37 such sentences headed the 2024 national report, 8 each the provinces'.)
    doc = read_document(REAL / name)
    split = document_from_text(_one_sentence_per_line(doc.text))
    new = set(_heading_keys(split)) - set(_heading_keys(doc))
    assert not [h for h in new if h.endswith("。")]


def test_a_stand_alone_ordinal_headline_over_its_paragraph_stays():
    heads = _heading_keys(read_document(REAL / "wr-guangdong-2026.txt"))
    assert "一是联合港澳承办十五运会和残特奥会。" in heads
    assert "二是推动全省经济运行稳中有进、稳中向好。" in heads


def test_a_caption_naming_an_office_and_a_person_or_a_place_in_the_picture_is_no_subhead():
    # A company news page read as plain text: its captions lost the layout that marked them
    # (centred beside the photos). On main all four headed sections.
    path = REAL / "news-cn-huangshi-investment-fair-2021.html"
    doc = document_from_text(read_document(path).text, path.with_suffix(".txt"))
    heads = set(_heading_keys(doc))
    for caption in (
        "黄石市委副书记、市长吴锦",
        "武汉市委常委、政法委书记曹裕江",
        "娲石集团党委书记、董事长魏华山",
        "吴锦（右一）、魏华山（左一）会谈",
    ):
        assert caption in doc.text
        assert caption not in heads


def test_a_real_subhead_ending_in_a_word_a_name_may_open_stays():
    # (Controls: subheads of dev documents; 「基本盘」 is no office, 「制造业」 no name.)
    heads = set(_heading_keys(read_document(REAL / "news-cn-shenzhen-work-report-2022.md")))
    assert "稳住制造业基本盘" in heads


def test_numbered_items_counted_again_under_a_plain_subhead_nest_under_it():
    # A white paper's chapter: plain subheads, and under the second two runs of 1、…4、 with no
    # numbered heading above them. (On main the items were level 1, beside the subheads.)
    doc = _as_text(CHECK2 / "ind-cn-cncc-sig-whitepaper-intro.md")
    levels = _levels(doc)
    assert levels["机密计算的现状与困境"] == 1
    assert levels["1、用户心智不足。"] == levels["1、推广机密计算技术。"] == 2
    assert levels["4、澄清误会并增加用户信心"] == 2


def test_items_counted_again_under_numbered_headings_keep_their_levels():
    # (Control: a 公文 whose 1. items count again under each （一）: they stay under those.)
    levels = _levels(read_document(REAL / "gw-sh-jiading-renewal-2023.md"))
    assert levels["四、操作流程"] == 2
    assert levels["（一）“两旧一村”"] == levels["（二）区域更新"] == 3
    assert levels["1.旧区改造。"] == levels["1.城市更新行动计划制定。"] == 4


@pytest.mark.parametrize(
    "name", ["gw-sh-fire-inspection-2025.md", "press-tw-tainan-camellia-oil-sampling-2026.txt"]
)
def test_a_long_numbered_sentence_alone_in_a_sentence_a_line_text_heads_as_a_long_lead(name):
    # A notice's 「一、建设单位应严格落实…。」 points, each a paragraph of sentences: set one
    # sentence a line, the first sentence of each stands alone, the rest under it. Its siblings
    # are sentences too, so none heads (on main all did, as one-sentence numbered lines).
    doc = read_document(REAL / name)
    split = document_from_text(_one_sentence_per_line(doc.text))
    new = set(_heading_keys(split)) - set(_heading_keys(doc))
    assert not [h for h in new if h[:1] in "一二三（(1234"]
