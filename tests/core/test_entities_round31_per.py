"""Round 31 of #13, PER (session 19): after a title, a rarer verb (選舉主任|查問) or a day of the
week (參選人|周四) opens no name; a short gloss in brackets after a name in a 、-list is passed
over to the list's next name (許智峯（港島）、尹兆堅（新界西）); 参谋总长 is a title before a name;
and a gazette's signature line names its head (部　　長　江宜樺). Real lines of dev batches 23 and
24, written phrases, and phrases the rules must leave alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


def _people(text: str) -> list[str]:
    return of_type(text, "PER")


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b23, the candidates of 2020's postponed election: 查問 is a verb after the title
        ("至於其餘未有收到選舉主任查問的民主派，大部分人的參選資格同樣未被確認。", []),
        # dev b23, the same article: a day of the week after 參選人
        (
            "包括楊岳橋、鄭達鴻、郭榮鏗、郭家麒的公民黨4名參選人周四被DQ，",
            ["楊岳橋", "鄭達鴻", "郭榮鏗", "郭家麒"],
        ),
        # written: a two-character name after the same title stays a name
        ("參選人周明表示會繼續參選。", ["周明"]),
    ],
)
def test_verbs_and_days_after_a_title(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b23, the same article: the members' constituencies in brackets
        (
            "已報名參選的現任立法會議員胡志偉（九龍東）、許智峯（港島）、尹兆堅（新界西）、"
            "林卓廷（新界東）、涂謹申（超區）和鄺俊宇（超區），在截至選舉程序終止前",
            ["胡志偉", "許智峯", "尹兆堅", "林卓廷", "涂謹申", "鄺俊宇"],
        ),
        # written: an age in brackets
        ("記者陳大文（45歲）、李小明（38歲）均表示", ["陳大文", "李小明"]),
    ],
)
def test_list_neighbours_past_a_bracketed_gloss(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


def test_a_bracket_before_no_list_mark_adds_nobody():
    # written: a gloss followed by a verb, no list
    text = "議員胡志偉（九龍東）批評政府"
    assert _people(text) == ["胡志偉"], spans(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b23, a general's promotion: the chief of the general staff
        (
            "國防部長顧立雄、參謀總長梅家樹、空軍司令鄭榮豐等均在場",
            ["顧立雄", "梅家樹", "鄭榮豐"],
        ),
        # dev b24, a Taiwan Ministry of the Interior gazette's signature line
        ("修正第四條、第七條條文\n部　　長　江宜樺\n大陸地區人民", ["江宜樺"]),
        # written: a mainland bureau's signature line
        ("特此通知。\n局　　长　王建国\n", ["王建国"]),
    ],
)
def test_titles_and_signatures(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


def test_spaced_words_that_are_no_signature():
    # written: a spaced heading with no surname after 长
    assert _people("部　　長　指示事項\n") == []


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b23, a share reduction notice: the sponsor's representatives after 为
        ("（现为国联民生证券股份有限公司），保荐代表人为李运、胡涛。", ["李运", "胡涛"]),
        # written: a company's legal representative
        ("公司法定代表人为王强，注册资本为一亿元。", ["王强"]),
        # written: a role filled by a body or a title, no name
        ("该项目负责人为本公司董事长。", []),
    ],
)
def test_holders_of_a_filings_roles(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)
