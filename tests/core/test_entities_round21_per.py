"""Round 21 of #13, PER: a person found once is the same person in later mentions that the
repeat rules left out — a two-character name before a title or a linking word, and a surname
with its title right after a body's name. Real lines of dev documents, written phrases of each
form and phrases each rule must leave alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _people(text: str) -> list[str]:
    return [s for s, t in spans(text) if t == "PER"]


@pytest.mark.parametrize(
    "text, name, times",
    [
        # dev b14, a Chengdu bureau's news: the head named in full, then before his title
        ("局长张进出席活动。\n活动中，张进局长等4名局领导听取汇报。", "张进", 2),
        # dev b14, Hong Kong news of 2018: a name before 以及
        (
            "美國財政部長努欽和中國副總理劉鶴正私下對話。官員表示，努欽與劉鶴以及他們的談判人員",
            "劉鶴",
            2,
        ),
        # dev b4, a 2026 business story: a name opening a clause before 为记者
        ("设备生产商罗侠（化名）告诉记者，去年如此。\n罗侠为记者讲述了一个案例。", "罗侠", 2),
        # written: the same forms
        ("副市长王宁出席。王宁市长指出，要抓好落实。", "王宁", 2),
    ],
)
def test_a_two_character_name_again_before_a_title_or_a_link(text, name, times):
    assert _people(text).count(name) == times
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # a name glued to a given-name-like character is another name (王强 … 王强国)
        "记者王强报道。王强国家队的教练说。",
    ],
)
def test_a_longer_name_is_not_the_short_one(text):
    assert "王强国" not in _people(text)
    assert _people(text).count("王强") == 1
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, surname",
    [
        # dev b11, a Taiwan presidential release: a ministry, then the minister by surname and title
        ("农业部部长陈骏季出席。总统感谢农业部陈部长等谈判团队的努力。", "陈"),
        # dev b15, Hong Kong news of 2019: the surname alone before an adverb and a speech verb
        ("環境局局長黃錦星表示，會研究。」黃續指，當局從未主張", "黃"),
        # written: the surname alone before 承认 in court news
        ("被告陈大文今日出庭。陈承认曾经收取款项。", "陈"),
        # written: a bureau, then its head
        ("局长周立新表示支持。会上，市教育局周局长作了发言。", "周"),
    ],
)
def test_a_surname_and_title_after_a_body(text, surname):
    assert surname in _people(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # the character before the surname ends another word: no name
        "国王院长的画像",
        # a surname alone with no person of that surname named in full
        "会上，陈承认曾经收取款项。",
    ],
)
def test_a_surname_inside_a_word_stays_out(text):
    assert _people(text) == []
    same_in_every_view(text)
