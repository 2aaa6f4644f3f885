"""Round 20 of #13, PER: people after the roles of a court case and of the police (Hong Kong and
Taiwan court and police news: 被告, 裁判官, 总督察), and what such a role must leave alone — the
generic parties of rules and notices (当事人陈述, 申请人应当). Written phrases of the genre and a
real line of a dev document of batch 11, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _people(text: str) -> list[str]:
    return [s for s, t in spans(text) if t == "PER"]


@pytest.mark.parametrize(
    "text, people",
    [
        ("被告陳大文早前承認一項盜竊罪。", ["陳大文"]),
        ("被告黃志強（32歲）被控一項傷人罪，案件由裁判官林定國審理。", ["黃志強", "林定國"]),
        ("裁判官鄭紀航判刑時指，被告行為嚴重。", ["鄭紀航"]),
        ("控方證人何美玲作供時稱，當晚看見被告。", ["何美玲"]),
        ("高級督察李詠詩稱，事件中無人受傷。", ["李詠詩"]),
        ("總督察陳偉雄指，警方已拘捕三人。", ["陳偉雄"]),
        ("原告人吳美華入稟高等法院。", ["吳美華"]),
        ("上訴人陳浩然不服定罪。", ["陳浩然"]),
        ("申請人郭卓堅提出司法覆核。", ["郭卓堅"]),
        ("三名被告陳大文、李小明和黃志強。", ["陳大文", "李小明", "黃志強"]),
        # the English name beside the Chinese one follows once the Chinese name is found
        ("被告張偉明（Cheung Wai-ming）承認控罪。", ["張偉明", "Cheung Wai-ming"]),
        # Simplified, a two-character name before a verb
        ("被告黄明承认控罪。", ["黄明"]),
    ],
)
def test_a_person_after_a_role_of_a_case(text, people):
    assert _people(text) == people
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev b11, a regulation on layout-design enforcement: the party of a case, generically
        "（二）当事人陈述的事实和理由；",
        "被告方面表示不服判決。",
        "被告於庭上保持沉默。",
        "證人出庭作證，證人證言前後一致。",
        "申請人應當提交書面材料，申請人向法院申請。",
        "加强环保督察，督察整改到位。",
        "警员编号未有展示。",
        "嫌犯于昨日落网。",
        "疑犯逃离现场，疑犯向东逃去。",
        "原告向法院起诉，原告方律师出庭。",
        "探员调查后拘捕两人。",
        "被告李某否認控罪。",
    ],
)
def test_a_role_of_a_case_without_a_name(text):
    assert _people(text) == []
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, people",
    [
        ("其妻子李美玲表示，丈夫平日為人和善。", ["李美玲"]),
        ("死者兒子陳志明到場認屍。", ["陳志明"]),
        ("貨車司機黃志偉受傷。", ["黃志偉"]),
        ("途人張美玲目擊事件。", ["張美玲"]),
    ],
)
def test_a_person_after_what_they_are_to_the_story(text, people):
    assert _people(text) == people
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        "她获得女子组冠军，男子汉大丈夫。",
        "父亲节当天，母亲河畔游人如织。",
        "妻子儿女都很支持他，丈夫和妻子一起出游。",
        "妻子高兴极了。",
        "司机师傅说路况不好。",
        "她获得女子马拉松比赛冠军。",
        "男子于当晚被捕，女子向警方求助。",
    ],
)
def test_a_person_noun_without_a_name(text):
    assert _people(text) == []
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, surname",
    [
        ("死者姓梁，59歲，據悉獨居。", "梁"),
        ("涉案男子姓周，34歲，報稱無業。", "周"),
        ("受害人姓何（23歲）送院治理。", "何"),
    ],
)
def test_a_surname_after_the_person(text, surname):
    assert _people(text) == [surname]
    same_in_every_view(text)


@pytest.mark.parametrize("text", ["老百姓，姓什么不重要。", "同姓宗亲会，贵姓？", "姓名、地址；"])
def test_surname_words_without_a_person(text):
    assert _people(text) == []
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, people",
    [
        # the surname before 姓 introduces the person; surname and sex name them later
        ("據了解，陳姓男子與死者相識。陳男其後被捕。", ["陳", "陳"]),
        # a time word after a titled name ends it as a speech verb does
        ("高等法院法官李運騰上周裁定。", ["李運騰"]),
        ("署理總督察黃家文昨晚表示。", ["黃家文"]),
    ],
)
def test_later_mentions_and_time_words(text, people):
    assert _people(text) == people
    same_in_every_view(text)


@pytest.mark.parametrize("text", ["陳男被送院。", "高等法院上周裁定上訴得直。"])
def test_no_person_without_an_introduction(text):
    assert _people(text) == []
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, people",
    [
        # a name opening a clause before its age in brackets
        ("黃志強（32歲）被控一項傷人罪。", ["黃志強"]),
        # verbs of a court case after a name opening a clause, as speech verbs
        ("何美玲否認指控。", ["何美玲"]),
        ("梁國雄被判監6個月。", ["梁國雄"]),
        ("郭卓堅認罪。", ["郭卓堅"]),
    ],
)
def test_a_name_before_its_age_or_a_verb_of_the_case(text, people):
    assert _people(text) == people
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev b8, a news digest: a day and its date in brackets
        "央视网消息（新闻联播）：明天（7月1日）出版的《人民日报》",
        "今年（2024年）全市新增企业。",
        "其中（3家）为外资企业。",
    ],
)
def test_a_bracketed_number_after_no_name(text):
    assert _people(text) == []
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, people",
    [
        # dev b11, a news digest: an adverb after a titled name of one given character
        ("（新闻联播）：国务院总理李强将于6月23日至24日", ["李强"]),
        # written: the same before a verb of two characters, and other adverbs
        ("国务院总理李强将出席开幕式。", ["李强"]),
        ("市长王立已到场。", ["王立"]),
        # a full name ending in a mark stays whole
        ("主委邱垂正、次长梁文傑出席。", ["邱垂正", "梁文傑"]),
    ],
)
def test_an_adverb_after_a_titled_name(text, people):
    assert _people(text) == people
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, people",
    [
        # the last name of a list after a role, before an adverb
        ("被告陳大文、李小明及黃志強同被控一項暴動罪。", ["陳大文", "李小明", "黃志強"]),
        ("被告陳大文、李小明及黃志強均否認控罪。", ["陳大文", "李小明", "黃志強"]),
    ],
)
def test_the_last_name_of_a_list_before_an_adverb(text, people):
    assert _people(text) == people
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, people",
    [
        # dev b1, a Hong Kong story of a dental scheme: the parent named before the child
        ("全身麻醉。\n陳一心兒子患嚴重智障，", ["陳一心"]),
        ("李美玲丈夫表示不滿。", ["李美玲"]),
    ],
)
def test_a_name_before_a_kinship_noun(text, people):
    assert _people(text) == people
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    ["。全体员工家属参加。", "。许多人家属反映。", "。任何人家属不得进入。", "。方便病人家属。"],
)
def test_a_kinship_noun_after_no_name(text):
    assert _people(text) == []
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, people",
    [
        ("一名陳姓事主報案。", ["陳"]),
        ("黃姓保安員受傷。", ["黃"]),
        ("何姓死者的家屬到場。", ["何"]),
        ("梁姓被告否認控罪。", ["梁"]),
    ],
)
def test_a_surname_before_a_role_of_a_case(text, people):
    assert _people(text) == people
    same_in_every_view(text)


@pytest.mark.parametrize("text", ["關心老百姓事主動上門。", "同姓死者家屬。"])
def test_surname_words_before_a_role(text):
    assert _people(text) == []
    same_in_every_view(text)
