"""Session 23 of #13, LOC (task e41): Taiwan's districts and townships named without their
level word (taiwan_short_forms.txt, generated from the division codes' Taiwan list and filtered
by jieba's word counts). Real lines of dev documents, in every script view, and words the list
must leave alone."""

from __future__ import annotations

import pytest

from gui.core.entities.gazetteer import gazetteer
from tests.core.entity_views import of_type, same_in_every_view


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b43, press-tw-tainan-penghu-ferry-anping-magong-maiden-voyage-2026
        ("自114年重啟安平馬公觀光航班後，獲得", "安平"),
        ("澎湖輪今首航安平－馬公　黃偉哲盼拓展", "馬公"),
        # dev b11, press-tw-president-orchid-show-2026
        ("臺南重要農產品如六甲火鶴花、芒果、鳳梨及芭樂等", "六甲"),
        # dev b4, press-tw-tainan-council-replies-2026
        ("但台南仍有部分區域如西港因遷入人口增加的社會變動", "西港"),
    ],
)
def test_bare_taiwan_district_is_a_place(text: str, place: str) -> None:
    assert place in of_type(text, "LOC")
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # the list leaves out bare forms that are words or other names (中西, 田中, 卑南族)
        ("在中西部地区", "中西"),
        ("日本田中首相", "田中"),
        # dev b39, news-tw-appledaily-father-stall-disabled-son-2008: a people, not the township
        ("卑南族原住民55歲的林榮", "卑南"),
    ],
)
def test_bare_form_that_is_a_word_is_no_place(text: str, word: str) -> None:
    assert word not in of_type(text, "LOC")


def test_full_name_wins_over_its_bare_form() -> None:
    """A bare form that runs on into its own level word is not cut there (白河|區 is one name:
    dev b10, press-tw-tainan-camellia-oil-sampling-2026, in a list of districts)."""
    assert of_type("（三）7月23日至白河區製油廠", "LOC") == ["白河區"]
    assert of_type("（三）7月23日至白河區製油廠", "ORG") == []  # no factory named 白河|區製油
    assert "七股區" in of_type("由「自然而然劇團」在七股區大文國小帶來環境劇", "LOC")


def test_taiwan_short_forms_are_weak_places() -> None:
    gaz = gazetteer()
    assert {"安平", "马公", "六甲"} <= gaz.weak_places
    assert not {"中西", "田中", "卑南", "大城"} & gaz.places


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b24, news-hk-rthk-immigration-detention-2020
        ("她稱2017年一名自來北非的羈留者，向她表示遭強逼遣返", "北非"),
        # dev b41, press-tw-cdc-flu-covid-vaccination-reminder-2026
        ("仍屬中度流行;此外,亞、歐、北非、中/南美洲及加勒比海地區之", "北非"),
        # dev b42, news-cn-cctv-xwlb-digest-20260801: the press's name of the DR Congo, whole
        ("（10）第三批中国专家组赴刚果（金）支援埃博拉疫情防控；", "刚果（金）"),
    ],
)
def test_world_region_of_the_news_is_a_place(text: str, place: str) -> None:
    assert place in of_type(text, "LOC")


def test_prefecture_named_by_a_word_after_its_own_province() -> None:
    """A prefecture whose short form is a word (三明, 吉安) is a place bare after its own province,
    as a county is: dev b20, gw-sh-yangpu-waterfront-heritage-plan-2024; 三明治 alone stays a word
    and 广西来宾 may be guests."""
    assert of_type("加强与福建三明等革命老区的合作交流", "LOC") == ["福建三明"]
    assert of_type("吃三明治", "LOC") == []
    assert "广西来宾" not in of_type("欢迎广西来宾", "LOC")


@pytest.mark.parametrize(
    "text, run",
    [
        # dev b31, press-tw-president-office-vice-president-central-temples-2026
        ("副總統大年初一走訪中彰投地區廟宇祈福並向民眾", "中彰投"),
        ("副總統前往中彰投等地廟宇參拜祈福並發", "中彰投"),
        # dev b37, press-tw-president-temples-lucky-bags-taoyuan-hsinchu-miaoli-2026
        ("總統走訪桃竹苗廟宇發放福袋　盼以經", "桃竹苗"),
        # dev b23, press-tw-vice-president-chiayi-tainan-temples-2026: pairs in a list
        ("副總統年初三走訪嘉南、高屏等地廟宇", "嘉南"),
        ("副總統年初三走訪嘉南、高屏等地廟宇", "高屏"),
    ],
)
def test_taiwan_regional_run_is_one_place_a_character(text: str, run: str) -> None:
    places = of_type(text, "LOC")
    assert all(ch in places for ch in run)
    same_in_every_view(text)


@pytest.mark.parametrize("text", ["集中彰投", "花東縱谷", "嘉南平原", "北北基人"])
def test_taiwan_run_inside_a_word_or_a_name_is_not_split(text: str) -> None:
    assert [p for p in of_type(text, "LOC") if len(p) == 1] == []
