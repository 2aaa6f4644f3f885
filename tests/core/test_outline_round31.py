"""Round 31 (batches 28–29 dev, `docs/history/outline-log.md`): a Markdown container's fences
(`gui/core/feed_notices.py`), the bare address under a link's label (`gui/core/site_chrome.py`)
and a letter's 署名 and 成文日期 under its closing formula when the page copied no title or 文号
(`gui/core/closing_formula.py`) — on real lines of dev documents, and the lines each rule must
leave alone.
"""

from __future__ import annotations

import pytest

from gui.core.closing_formula import closes_with_formula
from gui.core.furniture import classify_line
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO, furniture_lines

REAL = REPO / "tests" / "data" / "real"
ODOUR = REAL / "gw-cn-mee-odour-emission-law-reply-2020.md"
EMERGENCY = REAL / "reg-cn-mep-environmental-emergency-reporting-2011.md"


@pytest.mark.parametrize(
    "line",
    [
        ":::",
        "::: right",
        "::: warning 原文链接",
        "::: tip 修订信息",
        "::: details 目录",
        "::: info 附录",
    ],
)
def test_container_fences_are_chrome(line: str) -> None:
    assert classify_line(line, around_body=False) == "chrome"


@pytest.mark.parametrize(
    "line",
    [
        "比例为3:2:1",  # colons inside a line
        "::: 这是一段很长的正文，说明了报告办法的适用范围以及各级主管部门应当履行的职责。",
    ],
)
def test_colons_of_text_are_not_fences(line: str) -> None:
    assert classify_line(line, around_body=False) is None


def test_container_fences_and_the_labelled_address_are_furniture() -> None:
    doc = read_document(ODOUR)
    lines = furniture_lines(doc)
    assert "::: right" in lines
    link = "https://www.mee.gov.cn/xxgk2018/xxgk/xxgk06/202003/t20200323_770198.html"
    assert any(link in line and "原文链接" in line for line in lines)
    assert not any("生态环境部办公厅" in line for line in lines)  # the 署名 is the letter's


def test_an_address_under_a_sentence_stays_text() -> None:
    # (stats-mo-amcm-mortgage-loans-2026.html: the text points the reader to it)
    text = (
        "未償還按揭貸款總額\n"
        "截至2026年2月底，未償還住宅按揭貸款總額按月下跌0.6%至2,048.2億元，按年減少5.6%；"
        "其中，居民部份佔96.7%。\n"
        "如欲查詢更詳盡資料，請瀏覽：\n"
        "https://www.amcm.gov.mo/zh-hant/research-statistics/statistics-page/"
        "official-statistics-summary-page\n"
    )
    doc = document_from_text(text)
    assert not any("amcm" in line for line in furniture_lines(doc))


def test_a_letter_without_its_head_signs_under_its_closing_formula() -> None:
    header = read_document(ODOUR).header
    assert header is not None
    assert header.genre == "official"
    assert header.fields["issuer"].text == "生态环境部办公厅"
    assert header.fields["date"].text == "2020年3月20日"


def test_closing_formula_needs_a_date_under_it() -> None:
    signed = ["&emsp;&emsp;特此函复。", "生态环境部办公厅", "2020年3月20日"]
    assert closes_with_formula(signed)
    assert not closes_with_formula(["&emsp;&emsp;特此函复。", "生态环境部办公厅"])
    # a sentence that opens with the words is no formula
    assert not closes_with_formula(["特此通知各有关单位，请按要求报送。", "2020年3月20日"])


def test_a_regulation_page_keeps_its_container_labels_out_of_the_outline() -> None:
    doc = read_document(EMERGENCY)
    lines = furniture_lines(doc)
    assert any(line.startswith("::: tip 修订信息") for line in lines)
    assert any("::: info 附录" in line for line in lines)
    headings = [s.heading for s in doc.sections if s.heading]
    assert not any(h.startswith(":::") for h in headings)


def test_a_contents_container_is_chrome_to_its_closing_fence() -> None:
    lines = furniture_lines(read_document(EMERGENCY))
    assert any("第1~17条：" in line for line in lines)
    assert any(
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17" in line for line in lines
    )  # (「&emsp;」 decoded)
    text = "::: details 目录\n第1~17条：\n1 2 3\n"  # (no closing fence: the lines stay text)
    doc = document_from_text(text + "第一条 为了规范突发环境事件信息报告工作，制定本办法。\n")
    assert not any("第1~17条" in line for line in furniture_lines(doc))


DELISTINGS = REAL / "news-cn-a-share-delistings-speed-up-2026.txt"


def test_leads_under_a_storys_own_subheads_head_nothing() -> None:
    doc = read_document(DELISTINGS)
    headings = [(s.level, s.heading) for s in doc.sections if s.heading]
    assert headings == [
        (1, "退市路径多元化"),
        (1, "四类问题凸显"),
        (1, "从“罚完退完”到“罚赔同步”"),
    ]


def test_leads_without_subheads_still_head_their_paragraphs() -> None:
    # The same run of four leads with the story's subheads left out: nothing else structures
    # the text, so the leads carry it (as before round 31).
    lines = DELISTINGS.read_text(encoding="utf-8").split("\n")
    text = "\n".join(lines[11:16])
    assert lines[10] == "四类问题凸显"
    headings = [s.heading for s in document_from_text(text).sections if s.heading]
    assert "财务造假是近年来最为突出的问题。" in headings
    assert "内控失效风险蔓延。" in headings


def test_a_portals_publisher_line_names_the_source() -> None:
    # (news-cn-xinjiang-sports-bureau-kinship-pairing-2017.html, batch 29 dev)
    doc = read_document(REAL / "news-cn-xinjiang-sports-bureau-kinship-pairing-2017.html")
    assert doc.header is not None
    assert doc.header.fields["source"].text == "科捷物流"
    assert "发布者：科捷物流" in furniture_lines(doc)[0]


def test_a_regulations_bracketed_promulgation_note_gives_its_fields() -> None:
    header = read_document(EMERGENCY).header
    assert header is not None
    assert header.genre == "regulation"
    assert header.fields["number"].text == "环境保护部令第17号"
    assert header.fields["issuer"].text == "环境保护部"
    assert header.fields["date"].text == "2011年4月18日"


def test_a_bracketed_note_must_close() -> None:
    # (the note cut off before its closing bracket is no promulgation line)
    text = (
        "突发环境事件信息报告办法\n"
        "（2011年4月18日环境保护部令第17号公布 自2011年5月1日起施行，另有规定的除外\n"
        "第一条 为了规范突发环境事件信息报告工作，提高环境保护主管部门应对突发环境事件的能力，制定本办法。\n"
    )
    header = document_from_text(text).header
    assert header is not None
    assert "number" not in header.fields
