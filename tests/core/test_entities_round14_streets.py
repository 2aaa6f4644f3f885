"""Round 14 of #13, places of Taiwan and Hong Kong notices (sites.py): a road's section and
house number (中山北路3段, 中華路1段15號), the road after a direction and a verb in a list of
bounds (東至延平南路, 設在中華路一段), the street before the noun 路段 (內江街路段) and the bare
cross streets of a section (武昌至酉陽路段), and metro stations with the system's word and
their exits (捷運圓山站1號出口). Lines of the outline check set (tests/data/real/outline_check,
tunable since this round) and of dev documents, in every script view; common nouns left alone."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize(
    "text, places",
    [
        # outline check, tw-taipei-lantern-smoking-zones-2026
        (
            "花博公園圓山園區及周邊場域，東側至中山北路3段、南側至民族西路，西側含捷運圓山站1號出口往南至線形公園",
            ["中山北路3段", "民族西路", "捷運圓山站1號出口"],
        ),
        ("1、中華路1段15號（中華北門嘟嘟房停車場前）", ["中華路1段15號"]),
        ("2、中華路1段 、長沙街口（近西本願寺）", ["中華路1段", "長沙街"]),  # 口: its junction
        ("捷運圓山站2號出口往北至庫倫街口、北側至草坪休憩區", ["捷運圓山站2號出口", "庫倫街"]),
        ("開封街以南、長沙街以北、西臨西寧南路、東至延平南路所圍之區域", ["西寧南路", "延平南路"]),
        # outline check, tw-taipei-lantern-traffic-measures-2026
        ("封閉漢中街(成都路至內江街路段)雙向", ["成都路", "內江街"]),
        ("取消捷運西門站 1 號及 6 號出口周邊自行車停車架。", ["捷運西門站"]),
        # outline check, tw-taipei-lantern-ximen-lighting-2026
        ("6公尺高的青花瓷款星星人燈組，坐落於捷運西門站六號出口上方", ["捷運西門站六號出口"]),
        # dev, decision-tw-fsc-hotai-2021: the section inside a full address
        (
            "繕具訴願書經由本會（新北市板橋區縣民大道二段7號18樓）向行政院提起訴願",
            ["新北市板橋區縣民大道二段7號18樓"],
        ),
    ],
)
def test_streets_sections_and_stations(text, places):
    found = _of(text, "LOC")
    for place in places:
        assert place in found, spans(text)
    same_in_every_view(text)


def test_cross_streets_of_a_section_are_named_bare():
    # outline check, traffic measures: 延平南路's section between 武昌(街) and 酉陽(街)
    text = "管制酉陽街(含延平南路武昌至酉陽路段)、秀山街車輛通行"
    found = _of(text, "LOC")
    assert "酉陽" in found and "酉陽路" not in found, spans(text)
    same_in_every_view(text)


def test_the_section_is_no_quantity_after_a_road():
    text = "東側至中山北路3段"
    assert ("3段", "QUANT") not in spans(text), spans(text)
    assert ("3段", "QUANT") in spans("全程分為3段"), spans("全程分為3段")


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        # written: the common nouns the rules must not take, and the leads they strip
        ("他站在路上看著車站", "車站"),
        ("沿路的道路和馬路都封閉了", "馬路"),
        ("北京地铁站在哪里", "北京地铁站"),  # 站在 "stand"
        ("地鐵站附近的街道", "地鐵站"),
        ("從一路到二段都在施工", "一路到二段"),
        ("這條公路二段時間都封閉", "公路二段"),
        ("內江街路段雙向封閉", "內江街路"),
        ("成都路至內江街路段", "成都路至內江街"),
        ("臨時吸菸區設在中華路一段", "設在中華路一段"),
        ("車停在十字路口，等待", "十字路"),
        ("三岔路口、丁字路口", "三岔路"),
        ("在交叉路口（見圖）", "交叉路"),
    ],
)
def test_common_nouns_left_alone(text, not_a_place):
    assert not_a_place not in _of(text, "LOC"), spans(text)


def test_a_hong_kong_exit_by_its_letter():
    # written: Hong Kong letters its exits (the check set's Hong Kong pages name none)
    text = "乘港鐵金鐘站A出口步行五分鐘"
    assert "港鐵金鐘站A出口" in _of(text, "LOC"), spans(text)
    same_in_every_view(text)
