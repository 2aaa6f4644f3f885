"""Session 28 (e52, #13): people of Hong Kong and Taiwan news the readers missed — a person named
in full and then by the bare surname as a clause's subject or a verb's object (鄭威濤 … 但鄭仍,
控告鄭，), and a person named after the post and 的 (參選台北市長的姚文智); and a council named in
full that is "the city council" after (臺南市議會 … 市議會定期會). Lines of dev documents (named)
and invented lines where a pattern needs its negative, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans

# dev b58, news-hk-appledaily-ban-sushi-founder-court-thermos-flasks-2019
_COURT = (
    "他已將公司部份生意交給同事打理。\n鄭威濤是板前壽司創辦人之一。他之所以牽涉本案，源於持有首間板前的駿濤有限公司。"
    "雖然天氣已回暖，但鄭仍身穿厚長外套，繫上頸巾。及後再作供時，鄭的精神越來越差。"
    "潘入稟控告鄭，鄭被判敗訴。法庭下令鄭要與駿濤股東分享因違反受信責任而得的利益。"
    "潘嘉聞不接納投票結果，認為鄭雖不能投票，卻假裝將股份售予兩名股東。"
)


def test_a_person_named_in_full_is_the_bare_surname_after():
    found = of_type(_COURT, "PER")
    assert found.count("鄭") == 6 and found.count("鄭威濤") == 1, spans(_COURT)
    same_in_every_view(_COURT, ("hans", "hant", "hk", "tw"))


@pytest.mark.parametrize(
    "text",
    [
        # invented: no one of the surname 高 is named in full (a verb before 高 and a word after)
        "局長王小明表示，認為高質量發展是首要任務。",
        # invented: 王小明 is named, but 王 after the verb opens a word (王牌)
        "局長王小明表示。他們認為王牌產品仍有市場。",
    ],
)
def test_a_surname_character_in_a_word_is_no_person(text):
    assert of_type(text, "PER") == ["王小明"], spans(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # dev b59, news-tw-nownews-songshan-airport-relocation-explainer-2026
        ("2018年參選台北市長的姚文智也把「廢除松山機場」列為主要政見，", "姚文智"),
        # invented: a minister, Simplified
        ("时任交通部长的李明辉表示，", "李明辉"),
    ],
)
def test_a_person_after_the_post_and_de(text, name):
    assert name in of_type(text, "PER"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text", ["要学习市长的讲话精神，落实书记的重要指示。", "主任的工作安排已经下发。"]
)
def test_a_posts_words_after_de_are_no_person(text):
    assert of_type(text, "PER") == [], spans(text)


def test_a_council_named_in_full_is_the_city_council_after():
    # dev b56, press-tw-tncc-regular-session-general-interpellation-2026
    text = (
        "臺南市議會本屆第8次定期會自24日起進行市政總質詢。"
        "為臺南市政健檢，市議會定期會24日起進行市政總質詢。"
    )
    assert of_type(text, "ORG") == ["臺南市議會", "市議會"], spans(text)
    same_in_every_view(text)


def test_no_city_council_without_its_full_name():
    # dev b35, gw-tw-archives-act-enforcement-rules-amendment-2005: a kind of council
    assert "直轄市議會" not in of_type("直轄市政府、直轄市議會、縣（市）政府", "ORG")
    assert "市議會" not in of_type("直轄市政府、直轄市議會、縣（市）政府", "ORG")


def test_the_first_name_of_a_list_after_a_verb():
    # dev b54, press-tw-president-national-baseball-training-base-opening-2026
    text = "臺灣棒球必須再提升，因此邀集吳祥木、葉志仙、林華韋等棒球界人士"
    assert of_type(text, "PER") == ["吳祥木", "葉志仙", "林華韋"], spans(text)
    same_in_every_view(text)


def test_a_verbs_object_before_a_list_of_kinds_is_no_name():
    # invented: the list holds no person, so its first member is not read as one
    text = "因此邀集学校、企业、社区等单位参加"
    assert of_type(text, "PER") == [], spans(text)


def test_a_speaker_after_the_party():
    # dev b45, news-hk-hkcnews-co-location-bill-committee-long-title-2018: the party, the name
    text = "何君健攝\n民主黨林卓廷認為，條文詳題提到「內地口岸區」。"
    assert "林卓廷" in of_type(text, "PER"), spans(text)
    same_in_every_view(text)


def test_a_party_before_a_word_is_no_speaker():
    # invented: 共产党 + 领导 is no name
    assert of_type("共产党领导表示支持", "PER") == [], spans("共产党领导表示支持")
