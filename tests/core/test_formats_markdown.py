"""Markdown reports: # headings become outline levels, inline markup is reduced to text."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.formats.markdown import inline_text
from gui.core.loading import read_source
from gui.core.reading import read_document

REPORT = Path(__file__).resolve().parents[1] / "data" / "formats" / "report.md"


def test_markdown_report_title_outline_and_text():
    document = read_document(REPORT)
    assert document.title == "兰州高新区2021年国民经济和社会发展统计公报"
    assert [(s.level, s.heading) for s in document.sections] == [
        (1, None),
        (1, "一、综合"),
        (2, "（一）工业"),
        (1, "二、科技创新"),
    ]
    text = document.text
    # a soft line break inside a Chinese paragraph is joined without a space; emphasis and
    # links are reduced to their text
    assert "经济运行保持稳定恢复态势。详见统计局网站。" in text
    assert "坚持稳中求进工作总基调" in text
    assert "规模以上工业增加值增长12.1%；\n高技术制造业增加值增长15.3%。" in text
    assert "高新技术企业 | 612家" in text
    assert "注：本公报数据为初步统计数。" in text


@pytest.mark.parametrize(
    "markup", ["不应出现的前言标题", "author:", "](", "**", "`", "#", "|---", "images/gdp.png"]
)
def test_markdown_markup_and_front_matter_are_gone(markup):
    assert markup not in read_document(REPORT).text


def test_heading_lines_carry_levels_without_hashes():
    source = read_source(REPORT)
    lines = source.text.split("\n")
    assert source.format == "markdown"
    assert source.title_line == 0
    assert {lines[i]: level for i, level in source.headings.items()} == {
        "一、综合": 2,
        "（一）工业": 3,
        "二、科技创新": 2,
    }


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("**粗体**和*斜体*", "粗体和斜体"),
        ("见[通知](https://example.com/a)和![图](a.png)", "见通知和图"),
        ("代码`x = 1`结束", "代码x = 1结束"),
        ("~~删除~~保留", "删除保留"),
        ("a * b * c", "a * b * c"),
        ("snake_case_name", "snake_case_name"),
        (r"转义\*星号\*", "转义*星号*"),
    ],
)
def test_inline_markup(markdown, text):
    assert inline_text(markdown) == text


def test_setext_headings_and_numbered_items(tmp_path):
    path = tmp_path / "r.markdown"
    path.write_text(
        "工作报告\n====\n\n总体要求\n----\n\n坚持稳中求进。\n\n1. 加快发展；\n2. 深化改革。\n",
        encoding="utf-8",
    )
    source = read_source(path)
    assert source.text.split("\n") == [
        "工作报告",
        "总体要求",
        "坚持稳中求进。",
        "1. 加快发展；",
        "2. 深化改革。",
    ]
    assert source.title_line == 0 and source.headings == {1: 2}


def _write_md(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "p.md"
    path.write_text(text, encoding="utf-8")
    return path


FRONT = '---\ntitle: "四川铁科召开党委中心组学习会议"\ndate: "2017-08-10"\n---\n\n'
PARAGRAPH = "8月8日下午，四川铁科建设监理有限公司召开党委中心组（扩大）学习会议。\n"


def test_front_matter_title_is_the_first_line_when_the_body_has_none(tmp_path):
    source = read_source(_write_md(tmp_path, FRONT + PARAGRAPH))
    assert source.text.split("\n") == ["四川铁科召开党委中心组学习会议", PARAGRAPH.strip()]
    assert source.title_line == 0
    assert read_document(tmp_path / "p.md").title == "四川铁科召开党委中心组学习会议"


@pytest.mark.parametrize(
    "body",
    [
        "# 学习会议纪要\n\n" + PARAGRAPH,  # a title heading of its own
        "学习会议纪要\n======\n\n" + PARAGRAPH,  # a setext one
        '<p class="lead">会议纪要</p>\n\n### 学习会议纪要\n\n'
        + PARAGRAPH,  # a heading near the top
        "**四川铁科召开党委中心组学习会议**\n\n" + PARAGRAPH,  # the same title as its first line
    ],
)
def test_front_matter_title_stays_out_when_the_body_has_its_own(tmp_path, body):
    text = read_source(_write_md(tmp_path, FRONT + body)).text
    assert text.count("四川铁科召开党委中心组学习会议") == (1 if body.startswith("**") else 0)
    assert "date" not in text


# The dev VuePress 复函 gw-cn-mee-odour-emission-law-reply-2020 (batch 28): its title is only in
# its front matter, and its body opens with numbered sections.
REPLY_FRONT = (
    "---\ntitle: 关于恶臭气体超标排放法律适用有关问题的复函\nshortTitle: 恶臭气体超标排放法律适用\n"
    "icon: article\ndate: 2020-03-20\nauthor: 生态环境部办公厅\n---\n\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "## 一、相关法律规定\n\n### （一）关于超标排放大气污染物\n\n",
        "一、相关法律规定\n--------\n\n",  # (a setext one)
    ],
)
def test_a_numbered_section_heading_is_no_title_of_the_body(tmp_path, opening):
    # (a heading that opens with a section's number is the body's first part: the front
    # matter's title is still the page's)
    source = read_source(_write_md(tmp_path, REPLY_FRONT + opening + PARAGRAPH))
    assert source.text.split("\n")[:2] == [
        "关于恶臭气体超标排放法律适用有关问题的复函",
        "一、相关法律规定",
    ]
    document = read_document(tmp_path / "p.md")
    assert document.title == "关于恶臭气体超标排放法律适用有关问题的复函"
    assert document.sections[0].heading == "一、相关法律规定"
