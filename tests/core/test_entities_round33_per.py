"""Round 33 of #13, PER (session 20): a married-name reading ends before an adverb (潘孟安|也在座);
names before a ranked title (林世哲資深協理) and time words after a name (加里巴巴迪|同一天); world
leaders, statesmen, state councillors and poets named bare (拜登, 昂山素姬, 蔣介石, 吴政隆, 屈原); 朴 as
a surname and 朴氏 → 朴; names one a line after a named person; a column's bylines (博客 | 羅金義,
【撰文：鳴暉】). Real lines of dev documents (batches 2, 10, 11, 19, 21, 23–25), written phrases,
and phrases the rules must leave alone, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


def _people(text: str) -> list[str]:
    return of_type(text, "PER")


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b25, a Taiwan presidential release: 潘 and 孟 are both surnames, 也 an adverb
        ("前來總統府晉見總統，總統府秘書長潘孟安也在座。", ["潘孟安"]),
        # written: a married name after a title stays whole
        ("特首林郑月娥表示，政府会跟进。", ["林郑月娥"]),
    ],
)
def test_an_adverb_after_a_full_name_is_no_given_name(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b25, a Taiwan presidential release: the awardees named before their titles, a rank
        # or reach before the title (資深協理, 全球副總裁) and a convener
        (
            "包括廖家德部長、林秋燕局長、林世哲資深協理等3位得獎者",
            ["廖家德", "林秋燕", "林世哲"],
        ),
        ("包括陳彥霖教授、張耀中教授、林取德召集人等4位得獎者", ["陳彥霖", "張耀中", "林取德"]),
        ("洪進福總經理、金慶柏全球副總裁等3位得獎者", ["洪進福", "金慶柏"]),
        # dev b21, a news digest: a time word after a transliterated name ends it
        ("伊朗外交部副部长加里巴巴迪同一天称，只有在", ["加里巴巴迪"]),
    ],
)
def test_names_before_ranked_titles_and_time_words(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # written: a body's convener and a global post with no name before them
        ("会议召集人表示，将于下周再议。", []),
        ("公司全球副总裁一职空缺", []),
    ],
)
def test_titles_without_names_stay(text, names):
    assert _people(text) == names, spans(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b25, a Hong Kong report on Myanmar: its leaders named without a title
        ("北京在昂山素姬與西方民主政府因緬軍屠殺羅興亞人而鬧翻時", ["昂山素姬"]),
        ("2011年，當時的總統登盛決定擱置工程。登盛政府期後積極避免依賴中國", ["登盛", "登盛"]),
        # dev b10, RTHK's digest: Cambodia's senate president
        ("柬埔寨人民黨主席、參議院主席洪森熱情迎接", ["洪森"]),
        # dev b19, a Taiwan presidential release on 228: the leader of the time
        ("後來，陳儀將情況匯報給南京領導人蔣介石，為維護政權穩定", ["蔣介石"]),
        # dev b25, a Hong Kong column on Korea's students: a president of the 1980s
        ("針對大學生的壓迫，則首推全斗煥。他成立了一個專門機構", ["全斗煥"]),
        # written: world news names heads of state bare
        ("这是拜登政府的政策，普京与泽连斯基未会面。", ["拜登", "普京", "泽连斯基"]),
    ],
)
def test_leaders_named_without_a_title(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, names, places",
    [
        # written: 孙中山 holds the city 中山, which is no place inside the name
        ("参观孙中山故居", ["孙中山"], []),
        # written: a word left out of the list (川普 runs across 四川|普遍)
        ("四川普遍推广", [], ["四川"]),
        # written: a verb ending on a short name's first character (攀登|盛会 holds no 登盛)
        ("勇于攀登盛会高峰", [], []),
    ],
)
def test_leaders_inside_other_names_and_words(text, names, places):
    assert _people(text) == names, spans(text)
    assert of_type(text, "LOC") == places, spans(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b25, a Hong Kong column on Korea's students: 朴 (Park) is a surname
        ("1987年1月14日，一名大學生朴鍾哲，被警方拷問致死！", ["朴鍾哲"]),
        # dev b25, the same column: 朴氏 later is 朴, the surname of the person named in full
        ("大學生朴鍾哲遺照。於是警方對外砌詞，宣稱朴氏只是在警員問話時", ["朴鍾哲", "朴"]),
        # dev b25, a Macau tourism release: a Korean entertainer after a role
        ("透過韓國藝人朴珍榮介紹澳門時尚生活", ["朴珍榮"]),
    ],
)
def test_korean_surname_and_the_clan_form(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # written: 朴 in words of plainness, and 氏 of a clan or a scale
        "他为人朴实无华，风格古朴典雅。",
        "气温为华氏80度，王氏宗祠修缮完成。",
    ],
)
def test_plain_words_and_clans_name_nobody(text):
    assert _people(text) == [], spans(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b23, the candidates of 2020's postponed election: a district's councillors, one a line
        ("香港島\n\n東區區議員 徐子見\n賴政婷\n戴穎姿\n九龍西\n", ["徐子見", "賴政婷", "戴穎姿"]),
        # dev b23, the same list: a party in brackets after a name on its line
        ("沙田區議員 黃文萱（公民黨）\n蘇浩（人民力量）\n馮達浚\n", ["黃文萱", "蘇浩", "馮達浚"]),
    ],
)
def test_names_one_a_line_after_a_name(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # written: a heading or a place on the line after a byline is no name
        ("記者 王小明\n前言\n本港經濟", ["王小明"]),
        ("區議員 徐子見\n九龍西\n", ["徐子見"]),
    ],
)
def test_lines_that_are_no_names(text, names):
    assert _people(text) == names, spans(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b25, a Hong Kong column's bracketed byline: a pen name
        ("學生慘死的呼喚\n【撰文：鳴暉】\n", ["鳴暉"]),
        # dev b19, a Hong Kong column's blog header
        ("Subscribe\n博客 | 羅金義\n博客 | 羅金義\n", ["羅金義", "羅金義"]),
    ],
)
def test_column_bylines(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # written: a blog header naming a body, and 撰文 in running text
        ("博客 | 眾城\n", []),
        ("他撰文：城市需要遊戲。", []),
    ],
)
def test_bylines_that_name_nobody(text, names):
    assert _people(text) == names, spans(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b11, a news digest: a state councillor named bare
        ("为推动中欧关系发展和国家建设贡献力量。吴政隆陪同调研。", ["吴政隆"]),
        # dev b2, a news digest of the Dragon Boat festival: the poet a speech cites
        ("习近平总书记曾多次引用屈原名句", ["习近平", "屈原"]),
    ],
)
def test_state_councillors_and_poets(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b23, the candidates of 2020's postponed election: a member after his party
        ("熱血公民鄭松泰；人民力量陳志全；參選九龍西的張崑陽", ["陳志全"]),
        # written: a body's unit or a kind after a body is no member
        ("由市政府办公厅，会同有关部门", []),
    ],
)
def test_a_member_after_the_body_he_stands_for(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b18, a Macau release: an English honorific before a Latin name
        ("邀請該學院香港及亞太區總監Mr. Kenny Siu擔任主講者", ["Kenny Siu"]),
        # dev b19, a Taiwan presidential release on 228: an adverb and a preposition after a title
        ("蔡英文總統曾經於2011年擔任民進黨主席", ["蔡英文"]),
        # written: a name that opens with the same characters after a title stays a name
        ("记者曾经纬报道", ["曾经纬"]),
    ],
)
def test_honorifics_and_adverbs_after_titles(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)
