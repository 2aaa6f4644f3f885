"""Session 22 (task e40), entities on batches 38–41: people a story names by a nickname (阿蕎,
小婷) or a bare given name (佳民) after a kinship noun, a caption's credit (報導．攝影╱韓旭爾), a
social worker by name (社工楊純惠), anonymised names that are no person (陳某江), and Taiwan's
calendar (96年1月2日, 中華民國九十六年一月二日, 115年年中) and Hong Kong's 2016年尾. Real lines of dev
batches 38, 39 and 41, and shapes that hold no such names, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b39, a charity appeal: a mother, her partner and daughters by their nicknames
        (
            "現年46歲的單親媽媽阿蕎表示，她與同居人阿柱共同生活20多年，雖未登記結婚，但彼此早以夫妻"
            "相稱，並生下兩個女兒，長女小婷已24歲，目前就讀大三，么女小容才剛上高一。\n"
            "原本一家經營魚塭為生，但兩年多前，阿柱因心肌梗塞去世，阿蕎回憶說，小容說，小婷目前",
            ["阿蕎", "阿柱", "小婷", "小容", "阿柱", "阿蕎", "小容", "小婷"],
        ),
        # dev b39, a father and his son: the son by his given name, clause after clause
        (
            "中午時分，林榮誠哄著29歲重度殘障兒子佳民吃飯，但佳民卻莫名地發起脾氣。\n"
            "卑南族原住民55歲的林榮誠說：「11年前，佳民遭人酒駕撞成植物人」佳民車禍重傷後，"
            "經醫生判定為植物人。這幾年來，佳民的病情已經逐漸好轉。",
            ["佳民", "佳民", "佳民", "佳民", "佳民"],
        ),
    ],
)
def test_nicknames_and_given_names_after_kinship(text, names):
    assert of_type(text, "PER") == names, spans(text)
    same_in_every_view(text, ("hans", "hant", "tw"))


@pytest.mark.parametrize(
    "text",
    [
        # written: 小 and 阿 before words and forms of address
        "他的兒子小學畢業後，女兒小時候常去找阿姨。兒子小學的老師說，女兒小時候很乖。",
        # written: a given-name-like pair after a kinship noun that the text never uses again
        "他帶著兒子佳民吃飯。",
    ],
)
def test_kinship_shapes_without_nicknames(text):
    assert of_type(text, "PER") == [], spans(text)


def test_a_captions_credit_and_a_social_worker():
    # dev b39: the reporter's credit after a caption, and a social worker quoted by name
    text = "所幸皆讓么女發現，送醫挽回一命。報導．攝影╱韓旭爾\n協助林榮誠的社工楊純惠表示，佳民行動不便"
    people = of_type(text, "PER")
    assert "韓旭爾" in people and "楊純惠" in people, spans(text)


def test_anonymised_names_are_no_people():
    # dev b38, a court's verdict in the news: the defendants' names are anonymised (guideline)
    text = (
        "江津法院審理認為，被告人陳某江等四人違反國家規定。刘某得知这一情况后，示意陈某江自行处置。"
    )
    assert of_type(text, "PER") == [], spans(text)


@pytest.mark.parametrize(
    "text, dates",
    [
        # dev b41, a ministry's erratum: a two-digit Minguo year, and the era in numerals
        (
            "部分條文修正條文業經本部於96年1月2日以內授中社字第0950716308號令修正發布。"
            "自中華民國九十六年一月二日施行",
            ["96年1月2日", "中華民國九十六年一月二日"],
        ),
        # dev b37, an engineer's licence notice: a range of two-digit Minguo years
        ("執業執照有效期間自90年10月10日至94年10月9日止", ["90年10月10日至94年10月9日"]),
        # dev b41, Hong Kong news and a Taiwan release: the end and the middle of a year
        ("2016年尾，黃雅文確診患癌", ["2016年尾"]),
        ("預計115年年中完成", ["115年年中"]),
    ],
)
def test_taiwan_and_hong_kong_calendar(text, dates):
    assert of_type(text, "DATE") == dates, spans(text)
    same_in_every_view(text, ("hans", "hant", "tw"))


@pytest.mark.parametrize(
    "text",
    [
        "尾牙在2016年尾牙宴上",  # written: Taiwan's year-end banquet is no end of the year
        "已服刑30年3月",  # written: a count of years without a day
    ],
)
def test_calendar_shapes_that_are_no_dates(text):
    assert "2016年尾" not in of_type(text, "DATE") and "30年3月" not in of_type(text, "DATE")


@pytest.mark.parametrize(
    "text, kind, name",
    [
        # dev b40, a county's decision: an autonomous county whose name holds the adverb 都
        (
            "（2022年3月30日三都水族自治县第十七届人民代表大会第一次会议通过）",
            "ORG",
            "三都水族自治县第十七届人民代表大会",
        ),
        # dev b38, a county's statistical bulletin: a wind farm named for its place
        ("风力发电等产业稳定发展，完成了青峰风电场建设，实施了利亚船厂", "LOC", "青峰风电场"),
    ],
)
def test_a_countys_body_and_a_wind_farm(text, kind, name):
    assert name in of_type(text, kind), spans(text)


def test_where_a_wind_farm_stands_is_no_name():
    # written: offshore names no farm
    assert of_type("加快建设海上风电场", "LOC") == [], spans("加快建设海上风电场")


def test_hong_kong_names_a_defendant_and_a_magistrate_by_the_surname():
    # dev b39, a court story: the defendant and the magistrate named in full, then by surname
    text = (
        "裁判官黃國輝昨判刑指案情嚴重。\n被告地盤工何國基（40歲）及男教師謝銘基。"
        "謝被控管有適合作非法用途的工具。\n黃官指案中已完成的帶釘膠喉多達30多件。"
        "辯方求情指，謝是家中經濟支柱。謝獲酌情減刑一個月，判囚五個月。"
    )
    assert of_type(text, "PER") == ["黃國輝", "謝銘基", "謝", "黃", "謝", "謝"], spans(text)
    same_in_every_view(text, ("hans", "hant", "tw"))


def test_a_surname_character_opening_a_clause_alone_is_no_person():
    # written: no one of the surname 高 is named in full, and 高 opens a word
    text = "局長王小明表示。高是指標準，高度重視。"
    assert of_type(text, "PER") == ["王小明"], spans(text)


def test_a_zone_named_for_its_county_is_the_county_bare_after():
    # dev b38, the zone's statistical bulletin: 平潭综合实验区 of 平潭县, then 平潭 alone
    text = "2012年平潭综合实验区国民经济和社会发展统计公报\n平潭建筑业迅猛发展。2012年完成平潭产值52.35亿元"
    assert of_type(text, "LOC") == ["平潭综合实验区", "平潭", "平潭"], spans(text)
