"""News header fields of session 22's dev pages (``gui/core/datelines.py``,
``gui/core/front_matter.py``; the rules: ``docs/gold-outline.md``, *Document header*): a
新闻联播 record's own 「央视网消息（新闻联播）：」 lead gives ``source`` (a digest's items do not),
and a byline's outlet, rank and the correspondents or interns after the reporter are no part
of ``reporter``."""

from __future__ import annotations

import pytest

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def _fields(document) -> dict[str, str]:
    return {k: v.text for k, v in document.header.fields.items()}


@pytest.mark.parametrize(
    ("file", "source", "said"),
    [
        # a single 新闻联播 record's own lead (a digest's items: below)
        ("news-cn-cctv-fuyuan-fish-market-winter-2024.html", "央视网", "央视网消息（新闻联播）："),
        (
            "news-cn-cctv-state-council-executive-meeting-2024.html",
            "央视网",
            "央视网消息（新闻联播）：",
        ),
        # a page's closing 資料來源 line naming one body
        *(
            (f"press-tw-cdc-{page}-2026.md", "衛生福利部疾病管制署", "資料來源: 衛生")
            for page in (
                "flu-covid-vaccination-reminder",
                "flu-vaccine-batch-precautionary-suspension",
            )
        ),
    ],
)
def test_the_line_that_names_the_outlet_gives_source(file: str, source: str, said: str):
    document = read_document(REAL / file)
    field = document.header.fields["source"]
    assert field.text == source
    around = document.text[field.start - 6 : field.end + 12]
    assert said in around


def test_a_digests_items_each_carry_their_own_message_lead():
    # (batch 2's digest: the lead under a headline, another item's lead below it)
    item = "央视网消息（新闻联播）：端午佳节，大江南北，龙舟竞渡，人们以各种方式共度佳节。"
    text = (
        "[视频]五彩粽香 多彩活动共度端午\n" + item + "\n" + item.replace("端午佳节", "端午假期首日")
    )
    assert "source" not in _fields(document_from_text(text))
    single = document_from_text("[视频]五彩粽香 多彩活动共度端午\n" + item + "\n正文第二段。")
    assert _fields(single).get("source") == "央视网"


@pytest.mark.parametrize(
    ("name", "reporter"),
    [
        ("news-cn-chongqing-jiangjin-yangtze-oil-dumping-verdict-2021", "王鑫"),  # 通讯员 after
        ("news-cn-shishi-free-bun-shop-closes-2021", "王选辉"),  # 资深记者, 实习生 after
    ],
)
def test_a_bylines_outlet_rank_and_helpers_are_not_the_reporter(name: str, reporter: str):
    assert _fields(read_document(REAL / f"{name}.html"))["reporter"] == reporter


def test_a_data_source_line_that_names_no_body_or_does_not_close_gives_none():
    lead = "疾管署提醒，自1月20日至2月28日擴大公費流感抗病毒藥劑使用條件。\n"
    footer = "萃取時間: 2026-02-04T12:00:00+08:00 資料來源: "
    closing = document_from_text(lead + footer + "衛生福利部疾病管制署")
    assert _fields(closing).get("source") == "衛生福利部疾病管制署"
    assert "source" not in _fields(document_from_text(lead + footer + "維基百科"))  # no body
    early = document_from_text("資料來源: 衛生福利部疾病管制署\n" + lead + lead)
    assert "source" not in _fields(early)


def test_a_bracketed_byline_closing_the_last_paragraph_gives_reporter_and_source():
    document = read_document(REAL / "news-cn-zhengzhou-airport-transit-passenger-notice-2021.html")
    fields = _fields(document)
    assert (fields["source"], fields["reporter"]) == ("总台", "田萌 王一丹")
    # (a photograph's credit in the same place names no writer)
    lead = "郑州新郑国际机场发布通告。\n"
    last = "如有疑问，请拨打郑州疫情防控健康热线（0371）12320咨询。"
    assert "reporter" not in _fields(document_from_text(lead + last + "（总台记者 田萌 摄）"))
    assert _fields(document_from_text(lead + last + "（记者 田萌）"))["reporter"] == "田萌"


@pytest.mark.parametrize(
    "name",
    [
        "news-tw-appledaily-father-stall-disabled-son-2008",
        "news-tw-appledaily-widow-debt-after-husband-death-2008",
    ],
)
def test_a_byline_run_onto_the_leads_end_gives_reporter(name: str):
    document = read_document(REAL / f"{name}.html")
    reporter = document.header.fields["reporter"]
    assert reporter.text == "韓旭爾"
    assert document.text[reporter.start - 6 : reporter.start] == "報導．攝影╱"


def test_a_byline_that_does_not_close_its_paragraph_gives_none():
    # (the widow page's head with its byline moved into the paragraph's last sentence)
    head = "忍腿傷育兩女「不知如何過下去」\n2008年01月03日\n"
    lead = "經濟壓力讓她兩度萌生自殺的念頭，所幸皆讓么女發現，送醫挽回一命。"
    byline = "報導．攝影╱韓旭爾"
    assert _fields(document_from_text(head + lead + byline + "\n"))["reporter"] == "韓旭爾"
    moved = lead[:-1] + "，" + byline + "說。\n"
    assert "reporter" not in _fields(document_from_text(head + moved))


def test_the_info_bar_run_on_after_the_title_gives_source_and_time():
    # (batch 34's 中国石化报 page: 「张玉卓到集团公司驻河北企业调研来源：中国石化报 发布时间：2020-12-11」)
    document = read_document(REAL / "news-cn-sinopec-zhang-yuzhuo-hebei-visit-2020.html")
    assert document.title == "张玉卓到集团公司驻河北企业调研"
    assert document.header.genre == "news"
    fields = _fields(document)
    assert (fields["source"], fields["time"]) == ("中国石化报", "2020-12-11")
