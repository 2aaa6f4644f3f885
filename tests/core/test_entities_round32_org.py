"""Round 32 of #13, ORG on all dev parts (batch 25's first among them): the Party by its short
name 中共 and Myanmar's army by its one-character name (缅军). Lines of dev documents, in every
script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev, news-cn-xwlb-digest-20260623: before a plenum's and a congress's number
        (
            "王沪宁在主持讲话中表示，中共二十届四中全会把推动高质量发展确定为“十五五”时期经济社会发展的主题",
            ["中共"],
        ),
        (
            "丁薛祥在报告中指出，中共十八大以来，以习近平同志为核心的中共中央提出一系列新理念",
            ["中共", "中共中央"],
        ),
        # dev, news-hk-myanmar-coup-china-2021: at a sentence's start before 喉舌, and so again
        # wherever the document names it (打倒中共)
        (
            "相反，中國正嘗試為緬甸民間對中國政府及中資的怒火尋找代罪羔羊。中共喉舌《環球時報》早前批評"
            "\n丹尼訪問後在臉書表示：「 先打垮緬軍，再打倒中共。」",
            ["中共", "緬軍", "中共"],
        ),
        ("北京在昂山素姬與西方民主政府因緬軍屠殺羅興亞人一事關係決裂後更漁人得利。", ["緬軍"]),
    ],
)
def test_party_and_army_by_short_names(text, bodies):
    found = of_type(text, "ORG")
    assert [b for b in found if b in bodies] == bodies, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev, news-hk-cityu-student-reporters-2019: 中|共赴, two words
        "關於大學領導，我們見到二號橋之役在烽火中共赴校難的段崇智，也見到理大圍城之戰靠視像傳訊虛擬存在的滕錦光",
        # dev, gw-sh-yangpu-waterfront-heritage-plan-2024: the first congress's site is a place
        "做强“党的诞生地、初心启航地、国歌唱响地、人民城市理念首提地”红色研学活动，加大与中共一大会址等红色场馆联动联建",
    ],
)
def test_zhonggong_inside_other_words_is_no_party(text):
    assert "中共" not in of_type(text, "ORG"), spans(text)
