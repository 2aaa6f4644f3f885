"""Page chrome over a title, round t25 (gui/core/title_chrome.py, session 25): chrome no title or
title part ever is — a clock time, a stamp's pieces and separators one a line, a breadcrumb's
step, a <title>'s site suffix, a column's path, a keyed date — wherever it stands in the run;
labels over it; a short label (a column's or a byline's name) over a title where chrome or
furniture stands above it. Real lines of dev documents' gold (furniture, titles, text); the
negatives keep a headline's first part, a short title and a subtitle's dash where they are."""

from __future__ import annotations

from pathlib import Path

from gui.core.header_titles import is_title_text
from gui.core.reading import document_from_text
from gui.core.title_chrome import chrome_lead, is_clock_stamp, is_label, is_page_chrome

#: news-cn-xinhuanet-li-qiang-waic-2025-opening.txt (batch 49): the page's head, one field a line.
XINHUA_HEAD = (
    "新华网",
    ">",
    "时政",
    "> 正文",
    "07",
    "/",
    "26",
    "16:05:32",
    "来源：新华网",
    "字体：",
)
#: gw-cn-gov-new-media-2018.html (batch 1): its title, number and addressees.
NEW_MEDIA = ("国务院办公厅关于推进政务新媒体健康有序发展的意见", "国办发〔2018〕123号")
ADDRESSEES = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
#: news-hk-hkej-mainland-transit-resumption-cabin-crew-2020.html (batch 48): headline, text.
HEADLINE = "內地客經港轉機恢復 空服員憂播毒"
PARAGRAPH = (
    "政務司司長張建宗表示，會研究讓經香港轉機的內地旅客恢復轉機，但不少空服員擔心，"
    "恢復轉機或增加病毒傳入的風險。"
)


def _read(*lines: str):
    return document_from_text("\n".join(lines) + "\n", Path("page.txt"))


def test_chrome_that_is_never_a_title_or_its_part():
    # dev gold furniture over titles: batches 49, 38 (「_光明网」), 45 (「- 東方日報」),
    # 48 (a column's path), 32 (a court page's keyed date)
    for line in (
        "> 正文",
        "16:05:32",
        "07",
        "/",
        ">",
        "_光明网",
        "- 東方日報",
        "- 国际频道",
        "紀曉風獨眼香江_肺炎襲港",
        "日期：2025年2月26日星期三",
    ):
        assert is_page_chrome(line), line
    # a subtitle's dash, a title, a headline's first part, a title holding a date, a label
    for line in (
        "——2026年1月26日在天津市第十八届人民代表大会第四次会议上",
        "2026年天津市政府工作报告",
        "市场出清提速",
        "《新闻联播》 20260628 19:00",
        "金融",
        "发文字号：国办发〔2018〕123号",
    ):
        assert not is_page_chrome(line), line
    # news-cn-cctv-xwlb-transcript-20021001.md (batch 42) set at its space: a line going on
    assert not is_label("新闻联播文字稿 ·")


def test_a_page_head_set_one_field_a_line_is_skipped_whole():
    doc = _read(*XINHUA_HEAD, *NEW_MEDIA, ADDRESSEES, PARAGRAPH)
    assert doc.title == NEW_MEDIA[0]
    # the breadcrumb's step and the clock are the page's, not the text's
    marked = {doc.text[f.start : f.end].strip() for f in doc.furniture}
    assert {"> 正文", "16:05:32"} <= {m for line in marked for m in line.split("\n")}


def test_labels_over_chrome_and_short_names_over_a_title_are_chrome():
    # news-tw-tvbs-penghu-doctor-hou-wu-chung-mourned-2017.txt (batch 48): a column, a stamp
    assert _read("生活", "2017/11/26", HEADLINE, PARAGRAPH).title == HEADLINE
    # news-tw-chinatimes-power-bank-explosion-replacement-2023.html (batch 45): stamp, site, byline
    assert _read("19:04 2023/08/25", "中時新聞網", "陳駿碩", HEADLINE, PARAGRAPH).title == HEADLINE
    # news-cn-q3-gdp-nbs-2021.md (batch 1): a column's name and the site's, same script
    assert (
        chrome_lead(
            ["金融", "新浪财经", "江苏探索科技成果高效转化应用新途径", PARAGRAPH], is_title_text
        )
        == 2
    )
    # 「_光明网」 (batch 38) is not glued to the title as a wrapped title's first line
    assert _read("_光明网", HEADLINE, PARAGRAPH).title == HEADLINE


def test_a_short_label_alone_and_a_short_title_keep_their_place():
    # a short line right over a headline with nothing else of the page's around: left alone
    assert chrome_lead(["生活", HEADLINE, PARAGRAPH], is_title_text) == 0
    # report-cn-liuhe-sanyuanpu-town-profile-2021.html (batch 32) under a column's name: the
    # short title over its numbered first section stays the title's
    lines = [
        "生活",
        "三源浦朝鲜镇",
        "一、基本情况",
        "三源浦朝鲜镇位于柳河县东南部，是百年国家级建制镇。",
    ]
    assert chrome_lead(lines, is_title_text) == 0
    # news-cn-a-share-delistings-speed-up-2026.txt (batch 28): a headline's parts on two lines
    assert (
        chrome_lead(["市场出清提速", "今年以来20家A股公司退市或锁定退市", PARAGRAPH], is_title_text)
        == 0
    )


def test_a_machine_time_stamp_is_no_document_s_date():
    for line in (
        "2023-03-31T20:36:00+08:00",
        "19:04 2023/08/25",
        "2023-03-29T00:00:00",
        "16:05:32",
    ):
        assert is_clock_stamp(line), line
    # a 公文's 成文日期, a letter's date, a schedule's hour: no machine's
    for line in ("2026年5月11日", "2008年01月09日", "9:30", "2023年3月31日 上午"):
        assert not is_clock_stamp(line), line
