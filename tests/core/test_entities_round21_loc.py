"""Round 21 of #13, LOC: place candidates that are phrases of the language (a counted kind, a
level word after a verb of reporting, a language) and bare mentions of a place the document
names in full. Real lines of dev documents, written phrases of each form and phrases each rule
must leave alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _places(text: str) -> list[str]:
    return [s for s, t in spans(text) if t == "LOC"]


@pytest.mark.parametrize(
    "text, phrase",
    [
        # dev b5, a 2026 Jiangsu story: a counted tunnel is no named tunnel
        ("6月11日，在江苏宜兴的一处隧道内，一架搭载检测探头的无人机", "一处隧道"),
        # dev b7, Shanghai's work report: a thousand parks
        ("新增公园127座，提前建成千座公园城市。", "千座公园"),
        # dev b4 and b14, Shanghai measures: a verb of reporting before "the town's office"
        ("并立即报告镇文物行政管理部门。", "报告镇"),
        ("发现违法违规建设项目及时报送镇规建办与镇城运中心。", "时报送镇"),
        ("不断提高本市建筑技术水平和工程质量。", "提高本市"),
        # dev b3, a Macau release: languages
        ("他強調，葡萄牙語和西班牙語是聯結各地區的橋樑。", "葡萄牙"),
        ("他強調，葡萄牙語和西班牙語是聯結各地區的橋樑。", "西班牙"),
        # dev b11, a Taiwan presidential release: a typhoon named like a place
        ("樺加沙颱風造成馬太鞍溪堰塞湖溢流", "加沙"),
        # written: the same forms
        ("沿线新建两座广场和三个公园。", "两座广场"),
        ("受台风海葵影响，多地停课。", "海葵"),
        ("应当及时上报县应急管理部门。", "上报县"),
    ],
)
def test_a_phrase_is_no_place(text, phrase):
    assert phrase not in _places(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # what the guards must leave alone: a numbered place, a town after a verb of motion,
        # a country before a word that is not its language
        ("五指山市的一处景区", "五指山市"),
        ("代表团前往七宝镇考察。", "七宝镇"),
        ("葡萄牙语境下的澳门与葡萄牙关系", "葡萄牙"),
        ("台风过后，加沙地带局势紧张。", "加沙"),
        ("上海市人民政府办公厅印发。本市将推进上海市城市更新。", "上海市"),
    ],
)
def test_a_place_the_guards_leave(text, place):
    assert place in _places(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place, times",
    [
        # dev b13, a Huangshi investment fair: the county in full, then bare
        (
            "黄石市阳新县举行签约仪式。\n把高科技产品制造引进到黄石和阳新落户，为黄石高质量发展助力。",
            "阳新",
            1,
        ),
        # dev b10, a Tainan inspection: the district in full, then its tea oil (the line as the
        # document has it; a district's 農會 is one body with it, as dev b22's 後壁區農會)
        (
            "（二）7月24日至東山區製油廠（聚興製油工廠）抽驗該廠販售之東山苦茶油，檢出苯駢芘。",
            "東山",
            1,
        ),
        # written: a town named once with its level word
        ("代表团来到安亭镇考察。安亭的汽车产业链较为完整。", "安亭", 1),
    ],
)
def test_a_place_named_in_full_is_the_same_place_bare(text, place, times):
    assert _places(text).count(place) == times
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, bare",
    [
        # a bare name that opens a facility's longer name is not cut out of it
        ("設置於將軍區廢棄鹽田。針對議員關心將軍海水淡化廠水質", "將軍"),
        # a place ending in a compound of the level word has no bare form
        ("浦东新区发布规划。浦东新的发展", "浦东新"),
        ("花博展區今晚點燈，花博展區內", "花博展"),
    ],
)
def test_no_bare_form_where_a_name_continues(text, bare):
    assert bare not in _places(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b10, a 1996 reply on Hong Kong and Macau weather stations: 人员 is a word of its own
        ("应由内地人员承担，港澳人员必须上岛时，应征得同意。", ["港", "澳"]),
        # 港人 and 港澳人 stay bound (the gold marks nothing in them)
        ("港人治港，高度自治。", []),
    ],
)
def test_a_run_before_personnel(text, places):
    assert _places(text) == places
    same_in_every_view(text)
