"""A news feed's tail (round 7, `docs/history/outline-log.md`): staff credits after the outlet's name, a
source line with a space for its colon, a scraper's marker after a space, style-sheet residue
that is not the story's last paragraph, an editor's work code, and the story's last subhead
over charts the text lost. Real lines of the dev page `news-cn-shandong-h1-gdp-2022.md`."""

from __future__ import annotations

import json

from benchmarks.score_outline import furniture_left
from gui.core.furniture import classify_line
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
PAGE = REAL / "news-cn-shandong-h1-gdp-2022.md"
SUBHEADS = [
    "全国城镇调查失业率连续两个月回落",
    "东南五省继续领跑全国",
]
BODY = (
    "最新数据显示，2022上半年，全国城镇新增就业654万人，全国城镇调查失业率平均为5.7%，"
    "其中二季度平均为5.8%。"
)
CREDIT = "山东商报·速豹新闻网编辑 董雪"
SOURCE = "来源 齐鲁观、青记"
MARKER = "<!--article_adlist[“济南核酸检测电子地图”发布识别下方二维码]article_adlist-->"
CSS = "&#123;width: 170px;height: 170px;display: block;margin: 0 auto;margin-top: 10px;&#125;"


def headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


def test_the_dev_page_keeps_its_last_subhead_and_marks_its_tail():
    doc = read_document(PAGE)
    assert headings(doc)[-1] == "东南五省继续领跑全国"  # not run on into the credit
    for line in (CREDIT, SOURCE):
        at = doc.text.index(line)
        assert doc.is_furniture(at, at + len(line)), line
    assert doc.header.get("editor") == "张恒星"  # (the page: 「责任编辑：张恒星 SF142」)
    gold = json.loads((REAL / "gold" / "news-cn-shandong-h1-gdp-2022.json").read_text("utf-8"))
    assert furniture_left(doc, gold) == 0


def test_a_staff_credit_after_the_outlet_and_a_spaced_source_line():
    assert classify_line(CREDIT, around_body=False) == "news"
    assert classify_line("编辑 董雪", around_body=False) == "news"
    assert classify_line(SOURCE) == "news"
    # Inside the story a 来源 line is text: only around the body is it the page's.
    assert classify_line(SOURCE, around_body=False) is None
    # A sentence that opens with the word is no source line.
    assert classify_line("来源 于基层的创新做法，正在全省推广。") is None
    # An outlet's name alone with a role word inside a sentence is text.
    assert classify_line("山东商报编辑部的同事们都参加了这次活动。") is None


def test_a_marker_after_a_space_is_cut_off_the_paragraph():
    text = "\n".join(["标题", BODY, SUBHEADS[0], BODY, BODY, f"{SOURCE} {MARKER}", CSS, ""])
    doc = document_from_text(text)
    at = doc.text.index(SOURCE)
    assert doc.is_furniture(at, at + len(SOURCE))
    assert doc.is_furniture(doc.text.index(MARKER), doc.text.index(MARKER) + len(MARKER))


def test_the_last_subhead_over_lost_charts_is_one_of_its_siblings():
    lines = ["标题", BODY, SUBHEADS[0], BODY, "其他地区", BODY, SUBHEADS[1], CREDIT, SOURCE, CSS]
    doc = document_from_text("\n".join(lines) + "\n")
    assert headings(doc) == [SUBHEADS[0], "其他地区", SUBHEADS[1]]
    # Alone (no sibling subheads in the story), the same last line heads nothing: it may be a
    # slogan or a caption.
    lone = document_from_text("\n".join(["标题", BODY, BODY, SUBHEADS[1], CREDIT]) + "\n")
    assert SUBHEADS[1] not in headings(lone)
    # Nor a body's name signing the page.
    signed = ["标题", BODY, SUBHEADS[0], BODY, "其他地区", BODY, "山东省统计局", CREDIT]
    assert "山东省统计局" not in headings(document_from_text("\n".join(signed) + "\n"))
    # Nor under a run of short lines (a list, an address block).
    short = ["标题", BODY, SUBHEADS[0], BODY, "其他地区", BODY, "山东", "江苏", SUBHEADS[1]]
    assert SUBHEADS[1] not in headings(document_from_text("\n".join(short) + "\n"))


def test_an_editor_code_is_not_part_of_the_name():
    doc = document_from_text(
        f"标题\n{BODY}\n{BODY}\n责任编辑：张恒星 SF142 <!-- 编辑姓名及工作代码-->\n"
    )
    assert doc.header.get("editor") == "张恒星"
    plain = document_from_text(f"标题\n{BODY}\n{BODY}\n责任编辑：王蒙 \n")
    assert plain.header.get("editor") == "王蒙"
