"""Round 27 (batches 21 and 22 dev), docs/history/outline-log.md "Round 27 (batches 21–22),
session 19": a run-in part title whose word goes on (「（一）提高思想认识。」), an article's title
with a bracket inside it or listing what it covers, the titles a links box lists above a site's
appeal. Real lines of dev documents of batches 21 and 22 (and of earlier dev batches as
controls).
"""

from __future__ import annotations

import pytest

from gui.core.numbering import article_heading_end
from gui.core.outline_heads import run_in_title_end
from gui.core.reading import document_from_text
from tests.conftest import REPO
from tests.core.furniture_story import BODY, TITLE

REAL = REPO / "tests" / "data" / "real"


def _headings(*lines: str, title: str = TITLE) -> list[str]:
    doc = document_from_text("\n".join((title, *lines)), REAL / "x.txt")
    return [s.heading for s in doc.sections if s.heading]


# gw-sh-transport-accident-statistics-2024.md (batch 21)
THINKING = (
    "（一）提高思想认识。各部门、各单位要高度重视行业生产安全事故统计工作，严格遵守《中华人民共和国"
    "统计法》和《防范和惩治应急管理统计造假、弄虚作假的责任规定》，要切实增强防惩统计造假的政治"
    "自觉、思想自觉和行动自觉，持续提升统计业务能力。"
)


def test_a_part_word_that_goes_on_is_no_run_in_title():
    # 思想认识 is one word: 「认识。」 is no sentence the title ran into
    assert run_in_title_end("（一）提高思想认识。") is None
    assert _headings(THINKING) == ["（一）提高思想认识。"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # gw-sh-jiading-renewal-2023.md (batch 1): a clause follows the part title
        ("一、指导思想坚持以人民为中心的发展思想，践行新发展理念。", "一、指导思想"),
        (
            "（三）资金保障镇级政府应当安排资金，对旧住房更新等涉及民生保障以及其他涉及公共利益的"
            "城市更新项目予以保障。",
            "（三）资金保障",
        ),
        # gw-sh-historic-buildings-management-2025.md (batch 12): a 、 inside the clause is no
        # end of it
        (
            "一、职责分工市、区房屋行政管理部门应当按照《保护条例》规定，共同做好保护管理工作。",
            "一、职责分工",
        ),
    ],
)
def test_a_part_title_before_a_clause_is_still_cut(line: str, title: str):
    end = run_in_title_end(line)
    assert end is not None and line[:end] == title


# gw-sh-huangpu-heritage-protection-measures-2023.md (batch 21)
@pytest.mark.parametrize(
    "line",
    [
        "第十五条（优秀历史建筑的修缮（装修）工程管理）",
        "第十六条（不可移动文物的修缮（装修）工程管理）",
        "第十八条（历史风貌区、优秀历史建筑、不可移动文物的活化利用）",
        "第二条（适用范围）",
    ],
)
def test_an_article_title_holds_a_bracket_and_lists_what_it_covers(line: str):
    number = line.index("条") + 1
    assert article_heading_end(line, number) == len(line)


def test_an_article_title_with_its_provision_on_the_line():
    line = (
        "第十五条（优秀历史建筑的修缮（装修）工程管理）优秀历史建筑的修缮（装修）工程，按照工程规模"
    )
    number = line.index("条") + 1
    assert (
        line[: article_heading_end(line, number)]
        == "第十五条（优秀历史建筑的修缮（装修）工程管理）"
    )
    # an item number in brackets is no title, nor is a provision's sentence in brackets
    assert article_heading_end("第五条（一）项规定的情形", 3) == 3
    assert article_heading_end("第五条（本条所称建筑，指本市优秀历史建筑）", 3) == 3


# news-hk-sandel-common-good-column-2021.md (batch 22): a column's related articles, then the
# site's appeal (a paragraph's length, read as the body's last paragraph before the tail)
RELATED = [
    "讀桑德爾札記（1）：美國大撕裂背後的精英霸權",
    "讀桑德爾札記（2）：精英傲慢的前世今生",
    "讀桑德爾札記（3）：成也資歷，敗也資歷？",
    "讀桑德爾札記（4）：批判與抗衡精英體制",
]
APPEAL = (
    "請加入成為眾新聞的月費訂戶，長期支持我們的工作。所有訂戶都可以收到我們的「每周時事」通訊 。"
)


def test_a_series_titles_above_a_sites_appeal_are_no_one_subhead():
    # (left: under the appeal, a paragraph's length, the box is not read as one: round 27)
    text = "\n\n".join([TITLE, BODY, "相關文章：", "\n".join(RELATED), APPEAL, "博客 | 清涼"])
    doc = document_from_text(text)
    assert not [s.heading for s in doc.sections if s.heading and " 讀桑德爾札記" in s.heading]


def test_a_sentence_under_a_links_label_ends_the_list():
    text = "\n\n".join([TITLE, BODY, "相關文章：", RELATED[0], BODY.split("\n\n")[1]])
    doc = document_from_text(text)
    at = text.rindex("各区各部门")
    assert not doc.is_furniture(at, at + 5)


# news-cn-century-digital-ipo-approval-2026.txt (batch 21): a label over its first point,
# both opening with 审议, between paragraphs
IPO_ABOVE = (
    "世纪数码拟募集资金26,791.06万元，计划用于年产10000台智能化高端数码打印设备研发生产基地建设项目、"
    "高端数码喷印设备研发及智能化生产基地改扩建项目。"
)
IPO_BELOW = (
    "关于业绩可持续性。请发行人结合境内外销售结构变动、贸易政策和汇率变动影响、下游应用领域需求"
    "变化、原材料采购情况等，说明报告期内业绩波动变化的原因及经营业绩的可持续性。"
)


def test_two_short_lines_that_open_alike_are_no_one_subhead():
    headings = _headings(IPO_ABOVE, "审议意见", "审议会议提出问询的主要问题", IPO_BELOW)
    assert "审议意见 审议会议提出问询的主要问题" not in headings


def test_a_subhead_over_two_lines_is_still_one():
    # news-cn-q3-gdp-nbs-2021.md (batch 1): the two halves of one headline
    below = "数据显示，9月份，消费同比增长4.4%，较上月回升1.9个百分点。同期，服务业生产指数同比增长5.2%，比上月加快0.4个百分点。"
    headings = _headings(IPO_ABOVE, "消费、服务业是亮点", "增速均出现反弹", below)
    assert headings == ["消费、服务业是亮点 增速均出现反弹"]


# news-tw-tcc-nhoa-acquisition-2021.txt (batch 22): a browser's page title as the first line
CNA_LEAD = (
    "（中央社記者蔡芃敏台北20日電）台泥（1101）完成購併ENGIE EPS，並將更名為NHΩA。台泥指出，"
    "透過本次購併進軍儲能、充電樁市場，台泥將成為國內唯一具備綠能、電池、儲能、電動車快充研發"
    "與自製能力的全方位能源集團。"
)


def test_a_page_titles_column_and_site_after_bars_are_chrome():
    text = f"台泥完成購併NHΩA 進軍儲能、充電樁市場 | 證券 | 中央社 CNA\n{CNA_LEAD}\n"
    doc = document_from_text(text, REAL / "x.txt")
    assert doc.title == "台泥完成購併NHΩA 進軍儲能、充電樁市場"
    at = text.index("| 證券")
    assert doc.is_furniture(at, text.index("\n"))


@pytest.mark.parametrize(
    "title",
    [
        # (the dev line changed as controls) a bar before a long clause, a bar without spaces
        "台泥完成購併NHΩA | 進軍儲能、充電樁市場並成為全方位能源集團",
        "台泥完成購併NHΩA 進軍儲能|證券",
    ],
)
def test_a_bar_that_ends_no_page_title_stays_in_the_title(title: str):
    doc = document_from_text(f"{title}\n{CNA_LEAD}\n", REAL / "x.txt")
    assert doc.title == title


# press-tw-tncc-yongkang-interpellation-2026.txt (batch 22): a council release's label, the
# title's part before its dash, set again over the lead and run into it
COUNCIL_TITLE = "議員陳秋萍市政總質詢-33年初心不變！感性致謝黃偉哲市長，力促永康建設交出亮眼成績單"
COUNCIL_LEAD = (
    "台南市議員陳秋萍於9月18日進行市政總質詢，適逢本屆任期最後一次市政總質詢，同時也是黃偉哲市長"
    "8年任內最後一次赴議會備詢。"
)


def test_a_title_label_run_into_the_lead_is_furniture():
    text = f"{COUNCIL_TITLE}\n\n議員陳秋萍市政總質詢{COUNCIL_LEAD}\n"
    doc = document_from_text(text, REAL / "x.txt")
    at = text.index("議員陳秋萍市政總質詢", 10)
    assert doc.is_furniture(at, at + 10)
    lead = text.index("台南市議員")
    assert not doc.is_furniture(lead, lead + 10)


def test_a_lead_that_opens_with_the_titles_subject_keeps_it():
    # a subject shorter than a label, the sentence going on: the body's own words
    text = f"台南市議員陳秋萍-市政總質詢\n\n台南市議員陳秋萍{COUNCIL_LEAD[8:]}\n"
    doc = document_from_text(text, REAL / "x.txt")
    at = text.index("台南市議員陳秋萍", 10)
    assert not doc.is_furniture(at, at + 8)
