"""Round 13's rules (`docs/history/outline-log.md`, "Round 13, session 14"), on the lines of the second
outline check's reports (`tests/data/real/outline_check2/`, outside the corpus).

Markdown as report publishers keep it:
- a raw ``<script>`` block opening a paragraph (a VitePress page's ``<script setup>``) is code:
  its lines stay in the text, marked as chrome;
- a table that only sets chart images side by side: its head row (「年龄 | 性别」) holds the
  charts' titles, a caption;
- an image with a converter's attributes after it (Pandoc's 「{width=… height=…}」) is still a
  paragraph of an image alone, its alt text a caption;
- a line left holding only markup (Pandoc's page break 「**\\**」 read as 「\\」) is chrome;
- emphasis runs over a hard line break (「…滕爱龄**\\」 / 「前言**」): the marks go, the break
  stays.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks.score_outline_check import golds, score
from gui.core.formats.markdown import read_markdown
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "data" / "real"))
from check_gold import check  # noqa: E402

DATA = REPO / "tests" / "data" / "real" / "outline_check2"
SURVEY = DATA / "assoc-cn-kaiyuanshe-oss-report-2023-survey.md"
BLUEBOOK = DATA / "tt-cn-datawhale-ai-oss-bluebook-2026.md"


def _furniture_lines(path: Path) -> dict[str, str]:
    doc = read_document(path)
    return {doc.text[f.start : f.end]: f.kind for f in doc.furniture}


def _lines(path: Path) -> list[str]:
    return read_markdown(path.read_bytes(), path).text.split("\n")


def test_a_script_block_is_code_marked_as_chrome():
    lines = _lines(SURVEY)
    # The text is read as before: the block's two paragraphs are two lines.
    assert lines[:3] == [
        "import { onMounted } from 'vue';",
        "onMounted(() => { import('echarts-jsx'); });",
        "问卷篇",
    ]
    # (one chrome region since round 16 reads the import line too)
    chrome = "\n".join(t for t, kind in _furniture_lines(SURVEY).items() if kind == "chrome")
    assert lines[0] in chrome.split("\n")
    assert lines[1] in chrome.split("\n")
    doc = read_document(SURVEY)
    assert doc.title == "问卷篇"


def test_a_chart_table_head_is_a_caption_and_a_table_of_text_is_not():
    furniture = _furniture_lines(SURVEY)
    for head in ("年龄 | 性别", "学历 | 地区", "行业 | 职业身份"):
        assert furniture.get(head) == "caption"
    # A table whose rows hold text keeps its head row as text.
    text = "# 表\n\n| 年份 | 数值 |\n|---|---|\n| 2024 | 2,802,137 |\n| 2025 | 3,018,649 |\n"
    source = read_markdown(text.encode(), Path("t.md"))
    assert "年份 | 数值" in source.text.split("\n")
    assert not source.captions


def test_pandoc_residue_and_an_image_with_attributes_are_furniture():
    furniture = _furniture_lines(BLUEBOOK)
    assert [kind for line, kind in furniture.items() if line == "\\"] == ["chrome"]
    caption = "图 1：人工智能模型的开放访问等级"  # (Pandoc's {width=…} after it: dropped)
    assert furniture.get(caption) == "caption"
    doc = read_document(BLUEBOOK)
    residue = [f for f in doc.furniture if doc.text[f.start : f.end] == "\\"]
    assert len(residue) == 2  # before the contents and at the end of the cut


def test_emphasis_runs_over_a_hard_break():
    lines = _lines(BLUEBOOK)
    assert "专家支持：吴飞 金耀辉 王伟 姜开达 石洪竺 张健 林旅强 武卓 滕爱龄" in lines
    assert "前言" in lines
    assert not any(line.endswith("**") for line in lines)
    # A hard break without emphasis across it still ends the line; a list item is one item.
    text = "第一行\\\n第二行  \n第三行\n\n- 甲项\n- 乙项\n"
    source = read_markdown(text.encode(), Path("t.md"))
    assert source.text.split("\n") == ["第一行", "第二行", "第三行", "甲项", "乙项"]
    assert source.items == frozenset({3, 4})


COMMERCIAL = DATA / "assoc-cn-kaiyuanshe-oss-report-2024-commercialization.md"
OVERVIEW = DATA / "ind-cn-cncc-sig-whitepaper-overview.md"


def _headings(doc) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in doc.sections if s.heading]


def test_a_paged_table_of_contents_heads_nothing():
    doc = read_document(BLUEBOOK)
    assert _headings(doc) == [
        (1, "前言"),
        (1, "第一章 何为AI开源生态"),
        (2, "1.1 开源与开源生态"),
        (2, "1.2 AI开源与AI开源生态"),
    ]
    # Read back as page text, no contents entry heads a section either.
    plain = document_from_text(doc.text)
    assert not [h for _, h in _headings(plain) if h.rstrip()[-1:].isdigit()]
    # One contents entry alone (the blue book's, between two paragraphs) heads nothing; its
    # chapter line without the page number does.
    body = doc.text.split("\n")[16]  # the preface's first paragraph
    for line, heads in (("第一章 何为AI开源生态 ... 1", False), ("第一章 何为AI开源生态", True)):
        one = document_from_text(f"{body}\n{line}\n{body}")
        assert (line in [h for _, h in _headings(one)]) is heads


def test_a_credit_line_is_no_heading_even_marked():
    doc = read_document(COMMERCIAL)
    headings = [h for _, h in _headings(doc)]
    assert "访谈嘉宾： 徐至行（国方创新）" not in headings
    assert headings == [
        "概述：",
        "《将开源作为工具，专注内功共渡寒冬》",
        "近期资本市场对于开源的投入趋于冷静，有哪些因素？未来是否积极？",
        "企业和创业团队应当如何寻求新的资源支持？",
    ]


def test_a_sentence_closed_by_is_over_a_list_is_a_lead_in():
    doc = read_document(OVERVIEW)
    headings = [h for _, h in _headings(doc)]
    assert "云原生机密计算SIG的愿景是：" not in headings
    assert headings[:3] == ["愿景", "项目介绍", "海光 CSV 机密容器"]
    # A label over a list stays its caption (a release's 「登記方式：」 over its ● ways).
    text = (
        "登記方式：\n●網上登記。\n●親臨登記。\n"
        + "申請人須於截止日期前完成登記手續，逾期不獲受理。" * 3
    )
    assert "登記方式：" in [h for _, h in _headings(document_from_text(text))]


DATA_CHAPTER = DATA / "assoc-cn-kaiyuanshe-oss-report-2025-data.md"


def test_a_source_line_under_a_numbered_figure_is_its_credit():
    doc = read_document(DATA_CHAPTER)
    furniture = _furniture_lines(DATA_CHAPTER)
    assert furniture.get("来源：《2025 全球开源发展报告》") == "caption"
    assert furniture.get("来源：OpenDigger 平台文档") == "caption"
    assert "source" not in doc.header.fields  # the report names no source of its own
    # A story's 来源 line stays its source, also under a photo's caption.
    story = (
        "北京中关村（图源：视觉中国）\n来源：人民日报\n"
        + "7月15日，国家统计局公布了上半年数据。" * 5
    )
    assert document_from_text(story).header.fields["source"].text == "人民日报"


@pytest.mark.parametrize("path", sorted((DATA / "gold").glob("*.json")), ids=lambda p: p.stem)
def test_the_second_check_gold_is_valid(path: Path):
    assert check(path) == []


def test_the_scorer_reads_every_gold_file_of_the_second_set():
    rows = score(DATA)
    assert rows["all"]["documents"] == len(golds(DATA)) == len(list((DATA / "spec").glob("*.json")))
    assert rows["all"]["documents"] == 8
    assert set(rows) == {"all", "tt", "assoc", "ind"}
    assert rows["all"]["headings_gold"] == sum(
        1 for _, gold in golds(DATA) for s in gold["sections"] if s["heading"]
    )
