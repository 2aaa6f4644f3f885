"""Round 20 of #13, LOC: classes of the tuning batches (dev 1–12) that recur across sources.
Real lines of dev documents, written phrases of each form and phrases each rule must leave
alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _places(text: str) -> list[str]:
    return [s for s, t in spans(text) if t == "LOC"]


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b9, a Hong Kong report of 1 July: a rarer verb of motion before a Hong Kong place
        ("懸掛國旗及區旗，飛越維港上空。", "維港"),
        # dev b4, Heilongjiang's work report: the province's short name after 亲临
        ("习近平总书记再次亲临龙江视察", "龙江"),
        # written: the same verbs before a district
        ("直升機飛越大埔上空", "大埔"),
    ],
)
def test_a_weak_place_after_a_rarer_verb(text, place):
    assert place in _places(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # a bare district name glued to a word is that word's tail
        "在这个平台中发布",
        "我们的舞台中央",
    ],
)
def test_a_weak_place_inside_a_word(text):
    assert _places(text) == []
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b9, a Tainan notice on the Anping canal: a district and its road, one place
        ("大北門永隆溝171線、安南區城西街、安平區同平路等，因市府數", "安平區同平路"),
        # written: Hong Kong police news names the district, then the road or the estate
        ("昨晚10時許，一名男子在旺角彌敦道一間食肆外被刺傷。", "旺角彌敦道"),
        ("被告在將軍澳寶琳北路一間便利店內偷竊。", "將軍澳寶琳北路"),
        ("警方在觀塘翠屏邨一單位內發現一具男屍。", "觀塘翠屏邨"),
        ("涉案男子在灣仔軒尼詩道被捕。", "灣仔軒尼詩道"),
        ("香港中環德輔道中一帶。", "香港中環德輔道"),
        # and Taiwan's addresses, with the road's section
        ("桃園市中壢區中央西路二段", "桃園市中壢區中央西路二段"),
    ],
)
def test_a_road_after_its_district(text, place):
    assert place in _places(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b8, a news digest: 筚路蓝缕 after the Party's name is no road
        ("展示了中国共产党筚路蓝缕，一路建立新", []),
        ("台湾民主道路的曲折。", ["台湾"]),
        ("广州坚持发展道路不动摇。", ["广州"]),
        ("深圳创新之路越走越宽。", ["深圳"]),
        ("湖南走上乡村振兴大道。", ["湖南"]),
        ("香港人才街头表演。", ["香港"]),
    ],
)
def test_no_road_after_a_place(text, places):
    assert _places(text) == places
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place",
    [
        ("事發於鴨脷洲利東邨。", "鴨脷洲利東邨"),
        ("一名男子在葵芳被捕。", "葵芳"),
        ("警方在新蒲崗一幢工業大廈內搜查。", "新蒲崗"),
    ],
)
def test_hong_kong_areas_of_police_news(text, place):
    assert place in _places(text)
    same_in_every_view(text)


@pytest.mark.parametrize("text", ["他在太子大廈工作。", "天后誕當日", "一道彩虹出現"])
def test_hong_kong_areas_that_are_words_stay_out(text):
    assert not any(p in ("太子", "天后", "彩虹") for p in _places(text))
    same_in_every_view(text)
