"""Round 13's rules (`docs/outline.md`, "Round 13, session 14"), on the lines of the second
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

from pathlib import Path

from gui.core.formats.markdown import read_markdown
from gui.core.reading import read_document
from tests.conftest import REPO

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
    furniture = _furniture_lines(SURVEY)
    assert furniture.get(lines[0]) == "chrome"
    assert furniture.get(lines[1]) == "chrome"
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
    caption = '图 1：人工智能模型的开放访问等级{width="5.59375in" height="1.3909755030621171in"}'
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
