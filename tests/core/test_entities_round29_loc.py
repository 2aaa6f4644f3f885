"""Round 29 of #13, LOC (session 19): one-character country pairs of diplomatic news that the
pair rules missed — China and a partner after a two-character verb whose last character makes a
word with 中 (构建|中哈), 黑 for Montenegro after 中, the pair as the subject both countries are
(中孟同为), a partner before 中 and 两国 or 建交 anywhere (奏孟中两国国歌), and 黎 for Lebanon in a
pair before a relation word (黎以会谈). Real lines of dev batch 21's news digests, written
phrases, and phrases the rules must leave alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


def _places(text: str) -> list[str]:
    return of_type(text, "LOC")


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b21, the digest of 2026-06-23: 建中 is a word of the list, 构建 the verb
        ("人文等领域合作，携手构建中哈命运共同体。", ["中", "哈"]),
        # dev b21, the same digest: Montenegro
        ("在会见斯帕伊奇时，李强表示，今年是中黑建交20周年。", ["中", "黑"]),
        # dev b21, the same digest: Lebanon and Israel
        ("据美国媒体报道，新一轮黎以会谈预计今天在华盛顿举行。", ["美国", "黎", "以", "华盛顿"]),
        # dev b21, the digest of 2026-06-25: the pair as a subject
        ("努力提升民众获得感。中孟同为发展中国家，", ["中", "孟"]),
        # dev b21, the same digest: a partner before 中 and 两国 after a verb
        ("军乐团奏孟中两国国歌。", ["孟", "中"]),
        # written: the same forms
        ("双方同意推动中塔关系发展。中塔作为友好邻邦，", ["中", "塔", "中", "塔"]),
    ],
)
def test_one_character_country_pairs(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # written: 其中 before a country character stays the word (其中|日方)
        "其中日方代表三人。",
        # written: 黑 alone and 中 in a word are no places
        "黑龙江集中两国展品。",
    ],
)
def test_words_the_pair_rules_leave_alone(text):
    assert "中" not in _places(text) and "黑" not in _places(text), spans(text)


def test_ukraines_regional_centres_named_as_fronts():
    # dev b21, the digest of 2026-06-25: war news names the fronts by their regional centres
    text = "俄罗斯国防部24日称，俄军在苏梅、哈尔科夫、顿涅茨克、第聂伯罗彼得罗夫斯克等方向打击乌克兰军队"
    assert _places(text) == ["苏梅", "哈尔科夫", "顿涅茨克", "第聂伯罗彼得罗夫斯克", "乌克兰"]
    same_in_every_view(text)


def test_a_headlines_one_character_country_before_says():
    # dev b21, the digest of 2026-06-23: a headline of two clauses, each opened by its country
    text = "央视网消息（新闻联播）：俄称在顿涅茨克推进 乌称打击俄设施"
    assert _places(text)[:3] == ["俄", "顿涅茨克", "乌"], spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # written: a day's 日 before 称 is no Japan, nor a country inside a word
        "俄罗斯国防部22日称，该国外交部长称",
        "他声称美称霸一方",
    ],
)
def test_says_after_no_mark_is_left_alone(text):
    assert not [p for p in _places(text) if len(p) == 1], spans(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b21, a news story on the Three Gorges shipway: a basin and a fairway
        ("这是继三峡工程之后，长江流域又一个具有全局意义的重大工程", "长江流域"),
        ("通过打通三峡枢纽一个点，畅通长江航道一条线", "长江航道"),
        # dev b22, a Macau release (Traditional): the Pearl River's mouth
        ("以持續提高三地應對珠江口海上事故的應急協作能力。", "珠江口"),
        # dev b21, the digest of 2026-06-25: a canal's works with 工程
        ("医药产业向创新驱动转型。平陆运河枢纽工程进入有水联合调试阶段", "平陆运河枢纽工程"),
    ],
)
def test_a_rivers_basin_fairway_mouth_and_a_canals_works(text, place):
    assert place in _places(text), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # written: a province or city in 江 keeps its name alone
        ("浙江航道管理部门发布通告。", "浙江"),
        ("九江流域面积较小。", "九江"),
    ],
)
def test_words_after_a_river_that_are_no_part_of_it(text, place):
    assert place in _places(text), spans(text)


def test_a_road_named_for_a_city_gate():
    # dev b22, a Tainan council release (Traditional): 西門 is a gate; 门路 alone stays a word
    text = "到現在持續推動實踐街、西門路、成功路、育賢街等多處路面改善"
    assert "西門路" in _places(text), spans(text)
    same_in_every_view(text)
    assert _places("他到处找门路、拉关系。") == []


def test_a_places_canal_where_a_known_canal_ends_its_name():
    # dev b22, a Tainan release (Traditional): 南運河 (Hebei's) is in the gazetteer
    text = "森林療癒課程與臺南運河100攝影展等"
    assert _places(text) == ["臺南運河"], spans(text)
    same_in_every_view(text)
    # written: the known canal alone stays itself
    assert _places("沿着南运河前行") == ["南运河"]


@pytest.mark.parametrize(
    "text",
    [
        # dev b21, a Huangpu district's measures: the district's jurisdiction and a list closed
        # by 等 name no historic area
        "本办法适用于辖区内历史风貌区（包括历史文化风貌区、风貌保护街坊）",
        "应当配合做好外滩、老城厢、人民广场、衡山路—复兴路等历史风貌区的控制性详细规划",
    ],
)
def test_no_historic_area_named_by_a_scope_or_a_list(text):
    assert not [p for p in _places(text) if p.endswith("风貌区")], spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place",
    [
        # dev b21, the digest of 2026-06-23: a dam named by its short name
        ("每年主汛期来临前，小浪底水利枢纽加大下泄流量", "小浪底水利枢纽"),
        # dev b2, wr-shaanxi-2026 (the guideline's example)
        ("5号线通车运营，东庄水利枢纽下闸蓄水，", "东庄水利枢纽"),
    ],
)
def test_a_water_control_work_by_its_short_name(text, place):
    assert place in _places(text), spans(text)
    same_in_every_view(text)


def test_a_kind_of_water_control_work_names_none():
    # written: a count or a kind before the word
    assert _places("建设一批水利枢纽和重大水利枢纽工程。") == []
