"""Round 5 of #13: statistics from public sources rather than rules for sentences.

- Two one-character country or region names side by side are two places unless a common word
  of the dictionary runs across the pair's edges (resources/gazetteers/abbreviation_words.txt,
  from jieba's word list); the phrases are real ones of the dev documents and of news.
- Given-name characters that jieba's 40,000 names never show are scored from ngender's
  character table (given_name_chars.tsv).
- A transliterated name opening a clause before a speech verb is a person (31 of 31 such runs
  in People's Daily are).
Every phrase is also checked in the Traditional views, where the spans must be the same."""

from __future__ import annotations

import pytest

from gui.core.entities import recognise
from gui.core.entities.gazetteer import gazetteer
from gui.core.entities.given_names import plausible_name
from gui.core.script import make_view


def singles(text: str) -> list[str]:
    return [e.text for e in recognise(text) if e.type == "LOC" and e.end - e.start == 1]


def same_in_every_view(text: str) -> None:
    spans = [(e.start, e.end, e.type) for e in recognise(text)]
    for view in ("hans", "hant", "hk", "tw"):
        assert [(e.start, e.end, e.type) for e in recognise(make_view(text, view).text)] == spans


@pytest.mark.parametrize(
    "text, expected",
    [
        ("總統盼臺澳深化經貿連結，並致贈獎杯祝賀，見證臺美堅實情誼。", ["臺", "澳", "臺", "美"]),
        ("雙方就智慧城市與中葡經貿合作進行交流。", ["中", "葡"]),
        ("鳳梨首次打入法荷市場，成功將農產品推向國際。", ["法", "荷"]),
        # The second 中 opens 中小企业: only the pair before it is two places (and 欧亚, Asia
        # and Europe, is two places as well since round 11: the batch-2 gold of this sentence).
        ("欧亚经济论坛、第六届中俄中小企业实业论坛在西安举行。", ["欧", "亚", "中", "俄"]),
        ("第十四届全运会、中美旅游高层对话等活动相继举办。", ["中", "美"]),
    ],
)
def test_a_pair_of_one_character_names_is_two_places(text, expected):
    assert singles(text) == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        "要集中美国市场的订单。",  # 集中 runs across the left edge
        "在工作中加强安全管理。",  # 加强 across the right edge
        "弘扬中华民族传统美德。",  # the pair is a word (virtue)
        "中英文对照本已经出版。",  # 英文
        "资产负债表日以摊余成本计量的应收账款。",  # 以 is a preposition
        "台中市政府今天宣布。",  # the pair is one place: the gazetteer's
    ],
)
def test_no_pair_where_a_word_runs_across_it(text):
    assert singles(text) == []
    same_in_every_view(text)


def test_given_name_characters_unknown_to_jieba_are_scored_from_ngender():
    gaz = gazetteer()
    table = gaz.given_name_chars
    # 炯 and 翀 are in no name of jieba's list; ngender's names give them a clear name score.
    assert table["炯"] > 1.0 and table["翀"] > 1.0
    # jieba's own scores are kept: 的 stays far from a name, 轩 close to one.
    assert table["的"] < -3.0 and table["轩"] > 4.0
    # A two-character name with such a character now reads as a name beside a title.
    assert plausible_name("张炯", gaz, 0.0)


@pytest.mark.parametrize(
    "text, person",
    [
        ("造成3名中国公民遇难。罗德里格斯表示，自24日强降雨以来，政府已部署救援。", "罗德里格斯"),
        ("会谈后，阿巴斯说，双方同意继续对话。", "阿巴斯"),
    ],
)
def test_a_transliterated_name_before_a_speech_verb_is_a_person(text, person):
    assert [e.text for e in recognise(text) if e.type == "PER"] == [person]
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, entity",
    [
        (
            "会后，巴基斯坦表示支持这一倡议。",
            ("巴基斯坦", "LOC"),
        ),  # the place is the longer reading
        ("同日，阿里巴巴表示将加大投入。", ("阿里巴巴", "ORG")),  # as is the known company
    ],
)
def test_a_known_name_of_the_same_length_wins_over_the_speech_reading(text, entity):
    assert [(e.text, e.type) for e in recognise(text)] == [entity]
    same_in_every_view(text)
