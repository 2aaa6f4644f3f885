"""Numbered findings are a list (round 7, `docs/history/outline-log.md`): sibling items whose first
sentences each report a measured figure state data, not the names of parts. Real lines of the
dev analysis `stats-hlj-daqing-h1-economy-2016.html` (a city statistics office)."""

from __future__ import annotations

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

PAGE = REPO / "tests" / "data" / "real" / "stats-hlj-daqing-h1-economy-2016.html"
TITLE = "上半年全市经济运行情况分析"
PARENT = "六、财政收入降幅同比大幅收窄"
LEAD = (
    "全市完成地方财政收入61.4亿元，同比下降11.2%，降幅比同期收窄23.9个百分点。"
    "其中，公共财政预算收入完成58.2亿元，同比下降2.9%。"
)
FIRST = (
    "1、公共财政预算收入完成58.2亿元，同比下降2.9%。①税收收入完成46.8亿元，下降6%。"
    "13个实现收入的税种中，增值税、房产税、印花税、城镇土地使用税、车船税实现增长。"
)
SECOND = "2、政府性基金收入完成3.1亿元，同比下降65.7%。"
NEXT = "七、城乡居民收入同步增长"
INCOME = (
    "城镇居民人均可支配收入16525元，同比增长6%，增速与同期持平；农村居民人均可支配收入5436元，"
    "同比增长5.4%，增速比同期提高0.4个百分点。"
)


def headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


def test_the_dev_analysis_keeps_its_parts_only():
    found = headings(read_document(PAGE))
    assert PARENT in found and NEXT in found
    assert not any(h.startswith(("1、", "2、")) for h in found)


def test_findings_under_a_part_are_body():
    doc = document_from_text("\n".join([TITLE, LEAD, PARENT, LEAD, FIRST, SECOND, NEXT, INCOME]))
    assert headings(doc) == [PARENT, NEXT]


def test_headlines_without_figures_stay_headings():
    # The same tier naming trends (the parts' own form) heads its paragraphs.
    first = "1、公共财政预算收入降幅收窄。" + FIRST.split("。", 1)[1]
    second = "2、政府性基金收入明显下降。" + INCOME
    doc = document_from_text("\n".join([TITLE, LEAD, PARENT, LEAD, first, second, NEXT, INCOME]))
    assert headings(doc) == [
        PARENT,
        "1、公共财政预算收入降幅收窄。",
        "2、政府性基金收入明显下降。",
        NEXT,
    ]


def test_one_item_without_a_figure_keeps_the_tier():
    second = "2、政府性基金收入明显下降。" + INCOME
    doc = document_from_text("\n".join([TITLE, LEAD, PARENT, LEAD, FIRST, second, NEXT, INCOME]))
    assert "2、政府性基金收入明显下降。" in headings(doc)


def test_a_year_is_no_figure():
    first = "1、2016年上半年财政工作。" + INCOME
    second = "2、2017年财政工作安排。" + INCOME
    doc = document_from_text("\n".join([TITLE, LEAD, PARENT, LEAD, first, second, NEXT, INCOME]))
    assert "1、2016年上半年财政工作。" in headings(doc)


def test_an_ordinal_is_no_figure():
    first = "1、建设第1个平台。" + INCOME
    second = "2、建设第2个平台。" + INCOME
    doc = document_from_text("\n".join([TITLE, LEAD, PARENT, LEAD, first, second, NEXT, INCOME]))
    assert "1、建设第1个平台。" in headings(doc)
