"""Round 22 of #13, LOC: countries and world regions written in English inside Chinese text
(world_latin.txt, from ISO 3166-1 via pycountry), where they stand alone and where a longer
Latin name holds them. Real lines of a dev document (batch 2, a Taiwan news story with its
English source list), written phrases of each form and names the rule must leave alone, in
every script view."""

from __future__ import annotations

import pytest

from gui.core.entities.gazetteer import gazetteer
from tests.core.entity_views import same_in_every_view, spans


def _places(text: str) -> list[str]:
    return [s for s, t in spans(text) if t == "LOC"]


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b2, news-tw-afghanistan-withdrawal-2021: the English headlines of its sources
        (
            "新聞來源  Bitter blow: UK’s former hub in Afghanistan taken by Taliban By PAN PYLAS",
            "UK",
        ),
        ("新聞來源  Bitter blow: UK’s former hub in Afghanistan taken by Taliban", "Afghanistan"),
        ("（AP） Afghanistan Falls To Taliban As The U.S.-Backed Government Collapses", "U.S."),
        (
            "（NBC） Europe a fearful bystander as Taliban sweep through Afghanistan（Politico）",
            "Europe",
        ),
        ("Taliban warning: UK will have no choice but to accept new regime（Express）", "UK"),
        # written: a gloss that is the country alone, ISO's official and common names
        ("阿富汗（Afghanistan）局勢全面失控", "Afghanistan"),
        ("韓國（South Korea）與日本", "South Korea"),
        ("the Islamic Republic of Afghanistan said", "Islamic Republic of Afghanistan"),
        ("talks in the Middle East resumed", "Middle East"),
        # dev b2: the English headlines' capital (the list's cities)
        ("Taliban enter Kabul（The Economist）", "Kabul"),
        ("Crowds gather in Kowloon and Taipa", "Taipa"),
    ],
)
def test_a_country_in_english_is_a_place(text, place):
    assert place in _places(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # a country inside a longer Latin name: after a capitalised word, after "X of", before
        # a body's head word, inside a bracket that names something else
        ("台灣美國商會（AmCham Taiwan）理事長", "Taiwan"),
        ("中國銀行（Bank of China）", "China"),
        ("澳門大學（Universidade de Macau）", "Macau"),
        ("美國在台協會（American Institute in Taiwan）", "Taiwan"),
        ("香港浸會大學（Hong Kong Baptist University）", "Hong Kong"),
        ("據 China Times 報道", "China"),
        ("新聞來源（Japan Today）", "Japan"),
        ("业者Taiwan Mobile表示，Taiwan Mobile will grow", "Taiwan"),
        ("報道（France 24）", "France"),
        # inside a word, and glued to Chinese words (a brand or a body as often)
        ("the Asian Games and Americans", "Asia"),
        ("the Asian Games and Americans", "America"),
        ("在Taiwan的展區", "Taiwan"),
        # an English given name that ISO also lists as a country is left out of the list
        ("coach Jordan said", "Jordan"),
        # a city before a capitalised word is a name's (dev b2's 志願組織London Play: an ORG)
        ("志願組織London Play提出", "London"),
    ],
)
def test_a_country_inside_a_name_or_a_word_is_no_place(text, word):
    assert word not in _places(text)
    same_in_every_view(text)


def test_the_list_holds_iso_names_and_no_given_names():
    names = gazetteer().latin_places
    assert {"Afghanistan", "United Kingdom", "South Korea", "UK", "U.S."} <= names
    assert not {"Chad", "Jordan"} & names
    assert not any("," in n or "(" in n for n in names)


@pytest.mark.parametrize(
    "text, place",
    [
        # the check set's Taipei lantern festival and Macau study-tour pages: a place and a
        # landmark's kind (a hot spring, an amusement park, a fortress, a dome) are one place
        ("彷彿真的感受到了北投溫泉帶來的放鬆與暖意。", "北投溫泉"),
        ("與信義區時尚都會風格及臺北大巨蛋演唱會熱潮相呼應", "臺北大巨蛋"),
        ("在嘉峪關關城，團員們依次參觀東閘門、朝宗門", "嘉峪關關城"),
        ("以及臺北兒童新樂園的彩色摩天輪", "臺北兒童新樂園"),
        # written
        ("游客涌入香港迪士尼乐园和汤山温泉。", "香港迪士尼乐园"),
    ],
)
def test_a_place_and_a_landmark_kind_are_one_place(text, place):
    assert place in _places(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    ["周末去泡温泉，孩子们去游乐园。", "计划建设温泉度假项目和儿童乐园。", "室内乐园开业。"],
)
def test_a_landmark_kind_alone_is_no_place(text):
    assert _places(text) == []
    same_in_every_view(text)


def test_an_english_place_is_not_repeated_outside_its_frame():
    # An English country found in a headline is no place where the same word is glued to
    # Chinese or starts a company's name: each occurrence is read by its own frame.
    text = "Google與Taiwan合作推出新服務。 Trade news from Taiwan today"
    found = [(s, t) for s, t in spans(text) if s == "Taiwan"]
    assert found.count(("Taiwan", "LOC")) == 1
    same_in_every_view(text)
