"""Session 22's furniture families (task f22, issue #12), on real lines of dev documents and
the lines each rule must leave alone: paragraphs run together on one line with two ideographic
spaces and nothing before them (人民日报's speech and letter pages, batches 30 and 34) are each a
paragraph, and the wire's dateline alone under the text it closes (「（新华社北京3月26日电）」) is
news furniture.
"""

from __future__ import annotations

import pytest

from gui.core.furniture import classify_line, find_furniture
from gui.core.page_residue import page_residue
from gui.core.patterns import paragraphs
from gui.core.reading import read_document
from tests.conftest import REPO, furniture_lines

REAL = REPO / "tests" / "data" / "real"
G20 = REAL / "report-cn-xi-g20-extraordinary-summit-speech-2020.txt"
LETTER = REAL / "report-cn-xi-letter-ustb-pakistani-students-2020.txt"


def test_paragraphs_run_together_without_a_space_before_their_gap() -> None:
    line = "谢谢大家。\u3000\u3000（新华社北京3月26日电）\u3000\u3000《 人民日报 》（ 2020年03月27日 02 版）"
    text = f"尊敬的萨勒曼国王，各位同事：\u3000\u3000大家好！\u3000\u3000{line}"
    assert [p[3] for p in paragraphs(text)] == [
        "尊敬的萨勒曼国王，各位同事：",
        "大家好！",
        "谢谢大家。",
        "（新华社北京3月26日电）",
        "《 人民日报 》（ 2020年03月27日 02 版）",
    ]
    # no feed without two sentences' gaps: an office spaced out over its signer, a chapter's
    # spaced name keep their lines (batches 29 and 34)
    assert len(paragraphs("院\u3000\u3000長\u3000吳敦義")) == 1
    assert len(paragraphs("第一章\u3000总\u3000\u3000则")) == 1
    # …nor inside such a feed's line: the office's two characters stay one line (batch 31's
    # last lines, joined as the feed joins them, its sentence twice: a feed has two stops)
    feed = "\u3000\u3000".join(
        [
            "中華民國99年2月2日",
            "廢止「內政部辦理保全公司申請適用促進產業升級條例緩課股東股票股利所得稅案件審查"
            "作業要點」，自即日生效。",
            "廢止「內政部辦理保全公司申請適用促進產業升級條例緩課股東股票股利所得稅案件審查"
            "作業要點」，自即日生效。",
            "部\u3000\u3000長\u3000江宜樺",
        ]
    )
    assert [p[3] for p in paragraphs(feed)][-1] == "部\u3000\u3000長\u3000江宜樺"


@pytest.mark.parametrize(
    ("path", "dateline", "edition"),
    [
        (G20, "（新华社北京3月26日电）", "《 人民日报 》（ 2020年03月27日 02 版）"),
        (LETTER, "（新华社北京5月18日电）", "《 人民日报 》（ 2020年05月19日 01 版）"),
    ],
)
def test_a_reprints_closing_dateline_and_edition_are_news_furniture(
    path, dateline, edition
) -> None:
    doc = read_document(path)
    found = furniture_lines(doc)
    assert dateline in found
    assert edition in found
    # the letter's signature and date and the story after the dateline stay text
    assert not any(f.startswith(("中华人民共和国主席", "新华社北京5月18日电国家")) for f in found)


def test_a_dateline_opening_the_text_stays_text() -> None:
    # (the letter's dateline over its story's lead, as a feed might set it)
    text = (
        "（新华社北京5月18日电）\n"
        "新华社北京5月18日电国家主席习近平5月17日给北京科技大学全体巴基斯坦留学生回信，"
        "对各国优秀青年来华学习深造表示欢迎。\n"
    )
    found = {text[f.start : f.end] for f in find_furniture(text)}
    assert "（新华社北京5月18日电）" not in found


# A legal database's fields, a generator's markers, a site's frame (``gui/core/page_residue.py``).
CCDI = REAL / "gw-cn-ccdi-patriotic-education-tourism-notice-2005.md"
JIANYU = REAL / "report-cn-jianyu-tender-subscription-weekly-brief-2019.md"
COLUMN = REAL / "news-hk-column-press-conference-standing-order-2019.md"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("【发布部门】中共中央纪律检查委员会", "meta"),  # batch 34
        ("【发文字号】中共中央纪委[2005]8号", "meta"),
        ("【效力状况】现行有效", "meta"),
        ("【效力级别】团体规定", "meta"),
        ("[TOC]", "chrome"),  # batch 36
        (
            "![1](https://github.com/446020169/open/blob/master/%E8%AE%A2%E9%98%85%E6%8A%A5"
            "%E5%91%8A2/Image/1.jpg)",
            "chrome",
        ),
        ("↑Top", "chrome"),  # batch 27
        ("访客: 12305041", "chrome"),  # batch 32
        ("更多【教協解散】文章結集", "news"),  # batch 27
    ],
)
def test_residue_lines_are_furniture(line: str, kind: str) -> None:
    assert classify_line(line, around_body=False) == kind


@pytest.mark.parametrize(
    "line",
    [
        "【发布部门】",  # a key without its value
        "【回應民意】讓歷史場域與現代生活共存",  # a release's bracketed subhead (batch 5)
        "【聯通世界】旅博會國際買家及海外業界深度體驗“澳琴”多元旅遊魅力",  # a title (batch 2)
        "更多活動詳情請上「台南旅遊」官網及臉書粉絲專頁查詢。",  # a release's sentence (batch 22)
        "4、各订阅项目数据概况",  # a heading over the image markup (batch 36)
    ],
)
def test_lines_like_residue_stay_text(line: str) -> None:
    assert page_residue(line) is None


def test_a_legal_databases_fields_give_the_number_and_leave_the_title() -> None:
    doc = read_document(CCDI)
    found = furniture_lines(doc)
    assert any(f.startswith("【发布部门】") for f in found)
    assert doc.header.get("number") == "中共中央纪委[2005]8号"
    assert doc.title == "关于制止以革命传统和爱国主义教育为名组织公款旅游的通知"


def test_a_generators_markers_and_image_markup_leave_the_report() -> None:
    doc = read_document(JIANYU)
    found = furniture_lines(doc)
    assert "[TOC]" in found
    assert sum(f.startswith("![") for f in found) == 4
    assert "各订阅项目数据概况" not in found  # the chart's own title stays


def test_a_blogs_bracketed_writer_profile_closes_the_page_with_its_cards() -> None:
    doc = read_document(COLUMN)
    tail = doc.text[doc.text.index("請加入成為眾新聞的月費訂戶") :]
    for line in filter(None, (t.strip() for t in tail.split("\n"))):
        assert doc.is_furniture(doc.text.index(line), doc.text.index(line) + len(line)), line
    assert doc.header.get("reporter") == "殷琦"


def test_a_server_pages_directives_are_chrome_whatever_their_length() -> None:
    line = (
        '<%@ page contentType="text/html;charset=UTF-8" language="java" %> '
        '<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>'
    )  # batch 36's 临安 notice, its first line
    assert classify_line(line, around_body=False) == "chrome"
    doc = read_document(REAL / "gw-cn-linan-credit-leading-group-notice-2013.html")
    assert line in furniture_lines(doc)
    assert doc.header.get("number") == "临政办函[2013]89号"


def test_a_feeds_stamp_without_its_year_is_news_furniture() -> None:
    assert classify_line("08-02 06:31 Wind") == "news"  # batch 26's morning briefing
    # …around the body only: between paragraphs a dated line may be an itinerary's
    assert classify_line("08-02 06:31 Wind", around_body=False) is None
    doc = read_document(REAL / "news-cn-wind-morning-briefing-20240802.md")
    assert "08-02 06:31 Wind" in furniture_lines(doc)
    assert page_residue("1、我国首个基本医保参保长效机制正式公布。") is None  # its first item


def test_the_card_under_a_related_label_between_paragraphs_is_news_furniture() -> None:
    doc = read_document(REAL / "news-hk-court-gallery-elderly-supporter-2021.md")  # batch 33
    card = "【銀髮後援】老友記探監師陪家人探手足：「何以要把苦難帶給年輕人？」"
    assert any(card in f for f in furniture_lines(doc))
    # the paragraph under the card stays the story's
    below = "王伯伯退休前，也不是甚麼專業人士，而是一位的士司機。"
    at = doc.text.index(below)
    assert not doc.is_furniture(at, at + len(below))
