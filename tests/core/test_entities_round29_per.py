"""Round 29 of #13, PER (session 19): a name before a report's credit 作的关于… ends before 作
(副主任委员骆源|作的关于…的报告), and 审计长 is a title before a name (审计署审计长侯凯). Real lines
of dev batch 21's news digests, written phrases of each form and phrases the rules must leave
alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


def _people(text: str) -> list[str]:
    return of_type(text, "PER")


@pytest.mark.parametrize(
    "text, name",
    [
        # dev b21, a news digest of 2026-06-23: an NPC standing committee's session
        (
            "会议听取了全国人大宪法法律委副主任委员骆源作的关于商标法修订草案审议结果的报告。",
            "骆源",
        ),
        # dev b21, the digest of 2026-06-25
        ("会议听取了全国人大常委会秘书长刘奇作的关于个别代表的代表资格的报告", "刘奇"),
        # dev b21, the digest of 2026-06-23: the auditor general
        ("受国务院委托，审计署审计长侯凯作了关于2025年度中央预算执行", "侯凯"),
        # written: a three-character name before the same credit
        ("会议听取了省人大常委会副主任王晓明作的关于条例草案的说明。", "王晓明"),
    ],
)
def test_a_name_before_a_reports_credit(text, name):
    assert _people(text) == [name]
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # dev b21: two surnames before 分别作了 stay a name of two (贺 and 荣 are both surnames)
        ("受国务院委托，司法部部长贺荣分别作了说明。", "贺荣"),
        # written: a name before 作 + an object other than the credit keeps its length
        ("市长李明作报告。", "李明"),
    ],
)
def test_names_the_rules_leave_as_they_were(text, name):
    assert _people(text) == [name]


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b21, the digest of 2026-06-23: 别 in Central Asian names (…别克, …别科夫)
        ("哈萨克斯坦总理别克捷诺夫、韩国总理金民锡", ["别克捷诺夫", "金民锡"]),
        # dev b21, the digest of 2026-06-25: 茹 and 昆 as well
        ("哈萨克斯坦副总理茹曼加林、吉尔吉斯斯坦副总理阿昆别科夫、", ["茹曼加林", "阿昆别科夫"]),
        # dev b21, the digest of 2026-06-23: a foreign ministry's spokesman
        ("伊朗外交部发言人巴加埃今天（6月23日）表示，", ["巴加埃"]),
    ],
)
def test_transliterated_names_after_a_foreign_title(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # written: a Chinese spokesperson's name is read as before
        ("外交部发言人林剑表示，", ["林剑"]),
        # written: 特别 opening a clause is no name
        ("会议特别强调，", []),
    ],
)
def test_chinese_names_and_words_after_the_new_characters(text, names):
    assert _people(text) == names, spans(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b22, a Macau release (Traditional): a guest list names each guest between the
        # association and the post, 會 + name + 副理事長 / 副會長 / 永遠會長 / 會長
        ("澳門中華教育會楊佩欣副理事長、澳門戒毒康復協會", ["楊佩欣"]),
        ("澳門婦女聯合總會陳虹副會長、澳門歸僑總會", ["陳虹"]),
        ("澳門物業管理業商會劉藝良永遠會長、澳門街坊會聯合總會", ["劉藝良"]),
        ("澳門醫護志願者協會溫泉會長，以及", ["溫泉"]),
    ],
)
def test_a_guest_between_an_association_and_its_post(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # written: an association's own officer word after its name is no person
        "该协会会长办公会议召开。",
        "大会主席团常务主席会议",
    ],
)
def test_an_associations_posts_alone_name_no_one(text):
    assert _people(text) == [], spans(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev b21, a Taiwan presidential release (Traditional): 祝賀 is a verb, not 祝 or 賀 + a name
        "總統首先向現場人員祝賀新年快樂。",
        "率領朝野黨團代表前往美國祝賀川普總統就職時",
    ],
)
def test_a_greeting_verb_is_no_name(text):
    assert _people(text) == [], spans(text)
    same_in_every_view(text)


def test_a_name_after_a_role_noun_is_still_read():
    # written: the guard is the verb only; a surname 祝 opening a name stays a name
    assert _people("现场人员祝晓明介绍，") == ["祝晓明"], spans("现场人员祝晓明介绍，")


def test_a_dotted_name_whose_first_part_was_cut_short():
    # dev b21, the digest of 2026-06-25: a Uyghur name; 雪 and 来 are no transliteration
    # characters of the list, so the first part was read as 提 alone
    text = "深化柬中铁杆友谊。雪克来提·扎克尔参加会见。"
    assert _people(text) == ["雪克来提·扎克尔"], spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # written: a first part of two or more is whole; what stands before it is no name
        ("。另据安娜·卡罗莱娜表示", ["安娜·卡罗莱娜"]),
        ("。新华社伊万·纳威报道", ["伊万·纳威"]),
    ],
)
def test_dotted_names_read_whole_keep_their_start(text, names):
    assert _people(text) == names, spans(text)


def test_a_villager_named_after_the_word():
    # dev b21, the digest of 2026-06-25: a leader's visit to a villager's home
    text = "发展之本，在于惠民。在村民于鑫辉家，总书记关切询问就业收入"
    assert _people(text) == ["于鑫辉"], spans(text)
    same_in_every_view(text)
    # written: the villagers' bodies are no people
    assert _people("村民代表大会召开，村民委员会主任出席。") == []


def test_a_translator_named_after_the_word():
    # dev b22, a Hong Kong column (Traditional): a book's translator in its bracket
    text = "（《成功的反思：混亂世局中，我們必須重新學習的一堂課》 譯者：賴盈滿）跟原著書名"
    assert _people(text) == ["賴盈滿"], spans(text)
    same_in_every_view(text)
