"""A headline set on two lines at the space between its parts is one title
(``title_parts.split_headline``, round 21), tested on the real first lines of dev documents
broken at their space, with the real lines that must stay apart from the title as controls:
a chapter's first heading, a deck under a headline of parts, a regulation's promulgation line,
a heading a page's furniture sets apart from the title."""

from __future__ import annotations

import re

from gui.core.reading import document_from_text, read_document
from gui.core.title_parts import split_headline
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def _lines(name: str) -> list[str]:
    text = (REAL / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _broken_at_space(name: str) -> tuple[str, str, str]:
    """The document's text with its first line broken at its (one, middle) space."""
    text = (REAL / name).read_text(encoding="utf-8")
    first, rest = text.split("\n", 1)
    spaces = [m.start() for m in re.finditer(r"[ \u3000]+", first)]
    at = min(spaces, key=lambda s: abs(s - len(first) / 2))
    head, tail = first[:at].strip(), first[at:].strip()
    return head + "\n" + tail + "\n" + rest, head, tail


def test_a_news_headline_broken_at_its_space_is_one_title():
    # 「海尔产业园区本月开建 年内启动LED工业项目」: furniture (发布时间：) and a paragraph under it.
    text, head, tail = _broken_at_space("news-cn-haier-tianjin-park-2011.txt")
    assert (head, tail) == ("海尔产业园区本月开建", "年内启动LED工业项目")
    doc = document_from_text(text)
    assert doc.title == "海尔产业园区本月开建 年内启动LED工业项目"  # (its parts set apart again)
    assert doc.title_span is not None
    assert doc.text[doc.title_span.start : doc.title_span.end] == f"{head}\n{tail}"


def test_a_headline_with_a_speaker_and_a_colon_in_its_second_part():
    text, head, tail = _broken_at_space("news-hk-us-tariff-escalation-2018.txt")
    assert tail == "中方：必然反制"
    assert document_from_text(text).title == _lines("news-hk-us-tariff-escalation-2018.txt")[0]


def test_a_release_keeps_its_act_deck_as_subtitle_under_the_joined_headline():
    name = "press-tw-president-taishang-new-year-2026.txt"
    text, head, tail = _broken_at_space(name)
    doc = document_from_text(text)
    assert doc.title is not None and doc.title.replace(" ", "\u3000") == _lines(name)[0]
    assert doc.header.get("subtitle") == "總統出席「2026大陸臺商春節活動」"


def test_a_chapter_title_over_its_first_heading_stays_apart():
    # The heading names the chapter's term again (机密计算): a heading under a title.
    doc = read_document(REAL / "outline_check2" / "ind-cn-cncc-sig-whitepaper-intro.md")
    lines = [ln for ln in doc.text.split("\n") if ln.strip()]
    assert lines[:2] == ["机密计算简介与现状", "数据安全与机密计算"]
    assert not split_headline(lines)
    assert document_from_text(doc.text).title == "机密计算简介与现状"


def test_a_heading_under_the_furniture_under_the_title_stays_apart():
    # 「點此觀看原始內容」 (a page's link) stands between the title and 「制度與公開資料」.
    doc = read_document(REAL / "outline_check" / "tw-g0v-ministers-without-portfolio-notes.md")
    lines = [ln for ln in doc.text.split("\n") if ln.strip()]
    fused = "\n".join([lines[0], lines[1], lines[2], lines[3] + lines[4], *lines[5:]])
    assert document_from_text(fused).title == "政務委員制度資料與議題整理"


def test_a_deck_under_a_headline_of_parts_is_no_part_of_it():
    name = "news-cn-otis-tianjin-orders-2011.txt"
    lines = _lines(name)
    body = [ln for ln in lines if not ln.startswith("发布")]
    assert body[:2] == ["奥的斯工厂货物积压到人行道 北京交委暂停采购", "奥的斯销售订单疑遭重挫"]
    assert not split_headline(body)
    # …while the headline broken at its space, over the same deck, is the stack of short
    # lines a title over its headings makes: left as it was.
    assert not split_headline(["奥的斯工厂货物积压到人行道", "北京交委暂停采购", *body[1:]])


def test_a_regulation_title_over_its_promulgation_line_stays_apart():
    lines = _lines("reg-cn-price-marking-2022.md")
    assert lines[1] == "2022年4月14日 国家市场监督管理总局令第56号公布"
    assert not split_headline(lines)
    assert not split_headline([lines[0], "国家市场监督管理总局", lines[4]])  # a body's name


def test_a_whole_headline_of_clauses_or_a_document_name_takes_no_line():
    # Real lines: a Taiwan story's headline of clauses and its lead, a Hong Kong story's
    # headline parts, a subhead of a Hong Kong council story, a label of a Taipei plan (「緣起」).
    first, lead = _lines("news-tw-migrant-worker-police-2021.txt")[:2]
    subhead = "民政專員拉隊離場"
    assert subhead in (REAL / "news-hk-wanchai-council-walkout-2020.md").read_text("utf-8")
    assert not split_headline([first, subhead, lead])
    assert not split_headline(["2026年天津市政府工作报告", subhead, lead])
    head, tail = _lines("news-hk-waste-charge-concerns-2019.txt")[0].split(" ")
    assert split_headline([head, tail, lead])
    assert "### 緣起" in _lines("plan-tw-taipei-neihu-review-2014.md")
    assert not split_headline([head, "緣起", lead])  # a label, no part
