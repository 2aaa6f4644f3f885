"""Round 35 of #13, LOC (session 20): foreign currencies by their standard names are amounts, not
places (1澳大利亚元, 10.6262俄罗斯卢布); 自贸港 and 化工区 are zone words (海南自贸港, 上海化工区); the
euro area is a region (欧元区) that leaves no bare 欧元; a town beside towns in a 、-list (奉城镇,
泥城镇); the Eurasian landmass (亚欧大陆); a run of one-character places counted after it
(粵港澳三地, 粵港澳深四方) is one place a character. Real lines of dev documents (batches 8, 19,
21, 22 and 26), written phrases, and phrases the rules must leave alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


@pytest.mark.parametrize(
    "text, amounts",
    [
        # dev b26, the RMB central-parity fixing: the currency's country is inside the amount
        (
            "1澳大利亚元对人民币4.7807元，1新西兰元对人民币3.9546元，1新加坡元对人民币5.2891元",
            ["1澳大利亚元", "1新西兰元", "1新加坡元"],
        ),
        (
            "人民币1元对0.59776马来西亚林吉特，人民币1元对10.6262俄罗斯卢布，人民币1元对4.8359泰铢。",
            ["0.59776马来西亚林吉特", "10.6262俄罗斯卢布", "4.8359泰铢"],
        ),
    ],
)
def test_foreign_currencies_are_amounts_not_places(text, amounts):
    assert all(amount in of_type(text, "QUANT") for amount in amounts), spans(text)
    assert of_type(text, "LOC") == [], spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # written: a country without an amount after it stays a place
        ("澳大利亚和新西兰的经济增长放缓", ["澳大利亚", "新西兰"]),
    ],
)
def test_a_country_without_an_amount_stays_a_place(text, places):
    assert of_type(text, "LOC") == places, spans(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b26, the Wind morning briefing and a Shanghai transport plan
        (
            "支持海南自贸港、上海东方枢纽国际商务合作区等制度型开放新高地创新发展",
            ["海南自贸港", "上海东方枢纽国际商务合作区"],
        ),
        ("推进上海化工区10万吨绿色甲醇项目稳产达产", ["上海化工区"]),
        # dev b26, the same briefing: the euro area, and 欧元 after it is the currency
        ("6、欧元区7月制造业PMI终值45.8，", ["欧元区"]),
        ("6、欧元区7月制造业PMI终值45.8，\n   - 欧元兑美元跌0.31%报1.0", ["欧元区"]),
    ],
)
def test_zone_words_and_the_euro_area(text, places):
    assert of_type(text, "LOC") == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b26, Fengxian's city check-up plan: 奉城镇 among the towns it lists
        (
            "今年计划在南桥镇、庄行镇、奉城镇、金汇镇开展街镇级体检。",
            ["南桥镇", "庄行镇", "奉城镇", "金汇镇"],
        ),
        # dev b19, Lingang's: 泥城镇 after 万祥镇
        ("书院镇、万祥镇、泥城镇和奉贤区四团镇范围内选取4个试点镇", None),
        # written: 城镇 is the word for towns, no town of a list
        ("推进以人为核心的新型城镇化", []),
    ],
)
def test_a_town_beside_towns(text, places):
    found = of_type(text, "LOC")
    if places is None:
        assert "泥城镇" in found and "万祥镇" in found, spans(text)
    else:
        assert found == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b21, a 新闻联播 digest: the continent is one place
        ("丁薛祥指出，亚欧大陆自古便是文明交汇、商贸融通之地", ["亚欧大陆"]),
    ],
)
def test_the_eurasian_landmass(text, places):
    assert of_type(text, "LOC") == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b22, a Macau maritime drill: the three places counted (三地)
        ("演習模擬動員粵港澳三地搜救力量對海上事故進行聯合救援行動", ["粵", "港", "澳"]),
        # dev b8, a Macau tax meeting: four parties counted, Shenzhen's initial the fourth
        ("在深化粵港澳深四方稅收合作方面，張局長提出三點建議", ["粵", "港", "澳", "深"]),
        # the same release: the region uncounted stays one place
        ("推動四方合作從“框架共識”加速邁向“實質突破”，開啟了粵港澳稅務合作的嶄新篇章", ["粵港澳"]),
        # written: 京津冀 counted
        ("京津冀三地协同发展", ["京", "津", "冀"]),
        # written: 三地 after no run of places
        ("一而再再而三地惡意拖延", []),
    ],
)
def test_a_counted_run_is_one_place_a_character(text, places):
    assert of_type(text, "LOC") == places, spans(text)
    same_in_every_view(text)
