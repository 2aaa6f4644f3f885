"""Session 23 (task e44), entities of dev batches 47–48 by pattern of the language: Taiwan
letters numbered in Chinese numerals (內授中民字第○九六○○三四六○八號), an officer named after a
首席…官 title (首席財務官孟晚舟) and a 人民日报 byline whose names stand two spaces apart. Real
lines of dev batches 31, 47 and 48, and shapes that hold no such span, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


@pytest.mark.parametrize(
    "text, numbers",
    [
        # dev b48, gw-tw-moi-ancestral-estate-membership-waiver-order-2011: the order's table
        (
            "九十六年八月十三日\n內授中民字第○九六○○三四六○八號函\n3\n九十七年二月二十二日\n"
            "內授中民字第○九七○○三○七九二號函",
            ["內授中民字第○九六○○三四六○八號", "內授中民字第○九七○○三○七九二號"],
        ),
        # … and its body: the date in Chinese numerals before the issuer is no part of it
        (
            "日生效，同時本部六十三年四月三十日臺內民字第五八六七六七號函等十二則【如附一覽表】有關",
            ["臺內民字第五八六七六七號"],
        ),
    ],
)
def test_taiwan_letter_number_in_chinese_numerals(text: str, numbers: list[str]) -> None:
    assert of_type(text, "DOC") == numbers, spans(text)
    same_in_every_view(text, ("hans", "hant", "tw"))


def test_date_in_chinese_numerals_stays_a_date() -> None:
    text = "日生效，同時本部六十三年四月三十日臺內民字第五八六七六七號函等十二則【如附一覽表】有關"
    assert "六十三年四月三十日" in of_type(text, "DATE")


@pytest.mark.parametrize(
    "text, name",
    [
        # dev b48, news-hk-hkcnews-meng-wanzhou-hksar-passports-2018
        (
            "華為副董事長兼首席財務官孟晚舟在加拿大溫哥華被捕，美國政府以欺詐罪為由要求引渡。",
            "孟晚舟",
        ),
        # dev b31, news-hk-tung-chee-hwa-national-day-absence-2021
        ("終審法院首席法官張舉能（左）向中聯辦主任作揖。黎家威攝", "張舉能"),
    ],
)
def test_name_after_a_chief_officer_title(text: str, name: str) -> None:
    assert name in of_type(text, "PER"), spans(text)
    same_in_every_view(text)


def test_chief_officer_title_is_no_name() -> None:
    """The title itself and the company before it stay what they are."""
    text = "華為副董事長兼首席財務官孟晚舟在加拿大溫哥華被捕，美國政府以欺詐罪為由要求引渡。"
    assert of_type(text, "PER") == ["孟晚舟"]
    assert "華為" in of_type(text, "ORG")


def test_byline_names_two_spaces_apart() -> None:
    # dev b47, news-cn-rmrb-shanxi-major-projects-year-2025
    text = "本报记者  刘鑫焱  付明丽《人民日报》（2025年03月01日第 04 版）"
    assert of_type(text, "PER") == ["刘鑫焱", "付明丽"], spans(text)
    same_in_every_view(text)


def test_byline_with_one_name_then_two_spaces_reads_no_second() -> None:
    # dev b1, news-cn-energy-saving-plan-2022: one space apart, a second title before a name
    text = "本报记者 包兴安 见习记者 杨 洁"
    assert "见习" not in "".join(of_type(text, "PER"))
    assert "包兴安" in of_type(text, "PER")


@pytest.mark.parametrize(
    "text, body, person",
    [
        # dev b48, news-hk-hkcnews-meng-wanzhou-hksar-passports-2018
        (
            "總之有懷疑必需要調查。」新民黨主席、保安局前局長葉劉淑儀則指，不知道詳情故不評論孟晚舟的個案",
            "保安局",
            "葉劉淑儀",
        ),
        # dev b31, news-hk-tung-chee-hwa-national-day-absence-2021
        (
            "曾蔭權、前教育局局長吳克儉、前公務員事務局前局長鄧國威等亦獲邀出席國慶酒會。",
            "公務員事務局",
            "鄧國威",
        ),
    ],
)
def test_former_head_title_is_no_part_of_the_body(text: str, body: str, person: str) -> None:
    """前 before a head's title makes it a former head's (保安局|前局長): the body ends before it."""
    assert body in of_type(text, "ORG"), spans(text)
    assert not any(o.endswith("前局") for o in of_type(text, "ORG"))
    assert person in of_type(text, "PER")
    same_in_every_view(text)


def test_editor_credit_by_the_short_title() -> None:
    """责编 is 责任编辑 shortened, the credit under each item of a news page (dev b42,
    news-cn-cctv-xwlb-transcript-20030110); 负责编制 holds the two characters and names no one."""
    text = "新闻办公室主任赵启正主持了会议。\n责编：张丽\n三峡工程今年将如期实现蓄水、通航、发电"
    assert of_type(text, "PER") == ["赵启正", "张丽"], spans(text)
    same_in_every_view(text)
    # dev b40, reg-cn-hebei-rural-toilet-reform-decision-2019
    assert of_type("省人民政府负责编制规划、明确目标、完善政策；设区市人民政府", "PER") == []
