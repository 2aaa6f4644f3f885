"""Round 26 of #13: what batch 19's dev part showed once it was scored. A planning word before
the level word is a class of towns, not a town (试点镇); a name before 宣读 ends before the verb;
a pastor's name before 牧师; a person remembered by the anniversary of a birth (纪念…诞辰).
Real lines of batch 19's dev documents, the words the rules must leave alone, in every script
view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans

# dev b19, gw-sh-lingang-city-checkup-2024
LINGANG_TOWNS = (
    "结合新片区实际，管委会会同浦东新区和奉贤区每年在浦东新区南汇新城镇（滴水湖核心片区）、书院镇、"
    "万祥镇、泥城镇和奉贤区四团镇范围内选取4个试点镇开展城市体检，以镇城市化地区为体检范围，"
    "查找群众、企业反映强烈的难点、堵点、痛点问题。"
)
LINGANG_PILOTS = "每个试点镇各选取1-2个社区开展体检试点。试点社区居住人口规模宜为5000-12000人，"


def _of_type(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize("text", [LINGANG_TOWNS, LINGANG_PILOTS])
def test_a_pilot_town_is_a_kind_of_town_not_a_place(text):
    places = _of_type(text, "LOC")
    assert not [p for p in places if "试点" in p]
    same_in_every_view(text)


def test_the_towns_named_beside_the_pilot_towns_stay_places():
    places = _of_type(LINGANG_TOWNS, "LOC")
    assert {"书院镇", "万祥镇", "奉贤区四团镇"} <= set(places)


@pytest.mark.parametrize(
    "text, person, not_person",
    [
        # dev b19, news-cn-jinye-mingde-admissions-meeting: 宣读 is the verb after the name
        (
            "会上，集团公司副总裁秦忠宣读了《关于成立集团教育产业招生工作临时领导小组的决定》。",
            "秦忠",
            "秦忠宣",
        ),
        # dev b19, press-tw-president-228-memorial-2026: a pastor named before his title
        (
            "因此，每一年二二八的紀念儀式，如同剛剛田永人牧師所說，為何我們每一年都要舉辦，",
            "田永人",
            "剛田永人",
        ),
        # dev b19, press-mo-mam-mio-pang-fei-retrospective-2026: remembered by his birth
        (
            "為紀念繆鵬飛誕辰90周年及向這位藝術大師致敬，文化局與澳門文化體策劃此次大型",
            "繆鵬飛",
            "紀念繆鵬飛",
        ),
    ],
)
def test_a_person_named_by_a_verb_a_title_after_or_an_anniversary(text, person, not_person):
    people = _of_type(text, "PER")
    assert person in people and not_person not in people
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # no name before the anniversary: a word of time, a pronoun
        "今年是中华人民共和国成立75周年，也是他逝世十周年。",
        "纪念活动于诞辰日当天举行。",
    ],
)
def test_an_anniversary_without_a_name_names_nobody(text):
    assert _of_type(text, "PER") == []


# dev b19, press-mo-ipm-brazil-tcm-mission-2026
BRAZIL_INVITED = (
    "在平台成果推介方面，代表團應巴西國家衛生監督局和巴伊亞州政府邀請出席“傳統醫學與巴西統一衛生系統"
    "新戰略研討會”和“第三屆巴伊亞州製藥援助大會”兩場權威行業活動並作專題推介，"
)
BRAZIL_COUNCIL = (
    "應巴西聯邦藥事委員會官方邀請，澳投將於11月初携手該委員會在聖保羅與貝倫兩大核心城市舉辦"
    "“2026傳統醫藥國際發展論壇（巴西）”，"
)
BRAZIL_STATE = (
    "在業務拓展方面，代表團與巴西多個重要公私營機構展開深入交流，當中包括拜訪巴伊亞州屬公立集採龍頭"
)
SUBSIDIARY = (
    "澳門投資發展股份有限公司於2026年5月下旬率領下屬公司粵澳中醫藥科技產業園開發有限公司"
    "（以下簡稱“產業園”）代表團出訪巴西。"
)


@pytest.mark.parametrize(
    "text, body",
    [
        (BRAZIL_INVITED, "巴西國家衛生監督局"),
        (BRAZIL_INVITED, "巴伊亞州政府"),
        (BRAZIL_COUNCIL, "巴西聯邦藥事委員會"),
        (SUBSIDIARY, "粵澳中醫藥科技產業園開發有限公司"),
    ],
)
def test_a_body_after_the_invitation_or_the_subsidiary_word_starts_at_its_name(text, body):
    bodies = _of_type(text, "ORG")
    assert body in bodies
    assert not [b for b in bodies if b != body and b.endswith(body)]
    same_in_every_view(text)


def test_a_brazilian_state_is_named_with_its_level_word():
    assert "巴伊亞州" in _of_type(BRAZIL_STATE, "LOC")
    same_in_every_view(BRAZIL_STATE)


def test_a_body_named_in_a_clause_without_the_invitation_keeps_its_words():
    # 应 of "should" or of 供应 opens no invitation: the name stage's reading stands
    text = "供应链管理公司应加强管理。"
    assert "应" not in "".join(_of_type(text, "ORG")).replace("供应", "")


@pytest.mark.parametrize(
    "text, person",
    [
        # dev b19, gw-sh-public-charging-inspection-2023: the contact lines of a notice
        ("市级平台技术支持：周天卉，联系电话：15800990605，", "周天卉"),
        ("申行智停技术支持：徐一诚，联系电话：18221059360）", "徐一诚"),
    ],
)
def test_the_name_of_a_contact_line_is_a_person(text, person):
    assert _of_type(text, "PER") == [person]
    same_in_every_view(text)


def test_an_office_on_a_contact_line_is_no_person():
    assert _of_type("咨询方式：办公室，联系电话：12345678", "PER") == []


# dev b19, press-tw-president-228-memorial-2026
TAIPEI_RESIDENTS = "這件政府人員公開打死人的血案，引起臺北市民的憤怒。"


def test_a_city_before_its_residents_is_the_city_without_its_level_word():
    assert _of_type(TAIPEI_RESIDENTS, "LOC") == ["臺北"]
    same_in_every_view(TAIPEI_RESIDENTS)


@pytest.mark.parametrize("text, body", [("上海市民政局发布通知", "上海市民政局")])
def test_a_city_bureau_of_civil_affairs_keeps_its_city(text, body):
    assert _of_type(text, "ORG") == [body]


# dev b19, news-hk-cityu-student-reporters-2019: the full name, then the short form
CITYU = (
    "事發於上月中旬（2019年11月11日），香港城市大學校方就行政大樓（主要是校長室及傳訊部門辦公室）"
    "遭「入侵」和破壞致函學生及校友。\n"
    "城大學生會編委會有超過30年歷史，城大也開辧媒體與傳播系，對自己的學生記者提出這種無理"
)


def test_a_hong_kong_university_named_in_full_goes_by_its_short_form_after():
    bodies = _of_type(CITYU, "ORG")
    assert "香港城市大學" in bodies and "城大" in bodies
    same_in_every_view(CITYU)


def test_the_short_form_alone_without_the_full_name_is_no_body():
    # 城大 is also the end of 县城 and the start of 大力: without the full name, nothing
    assert "城大" not in _of_type("城大也開辧媒體與傳播系，對自己的學生記者提出這種無理", "ORG")
