"""Session 22 (task e39), PER in 公文 and their lists: the name columns of a leading group (组 长：
李文钢, 李红樱（市发改局）, the padded 冯 镭), a form's field for a person (姓名：, 发布人：, 一、技師姓名：),
a gazette's signature whose title is not spaced or whose name is (市長         黃偉哲, 院　　長　關　中),
the parties of an administrative case (納稅義務人吳東翰), and 、-lists of names whose first member is
unclear, that a count of people closes or that 向 opens. Real lines of dev batches 10, 25, 27, 29,
31, 36 and 37, and shapes that hold no names, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


def _people(text: str) -> list[str]:
    return of_type(text, "PER")


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b36, a city's notice setting up a leading group: posts, padded names, bodies
        (
            "信用建设工作领导小组的通知\n组 长：李文钢\n副组长：冯 镭\n沈 慧\n何洪明（市纪委）\n"
            "成 员：巫振江（市府办）\n李红樱（市发改局）\n李 震（市委宣传部）\n",
            ["李文钢", "冯 镭", "沈 慧", "何洪明", "巫振江", "李红樱", "李 震"],
        ),
        # dev b29, a mayor's profile page: the form's field of the name
        ("市政府介紹\n市長簡介\n姓名：林智堅\n出生地：新竹\n學歷：\n", ["林智堅"]),
        # dev b37, a Taiwan licence notice: an item's number before the field, and the name
        # found there is the person wherever it recurs (核准楊明富君)
        (
            "主　　旨：核准楊明富君換發技師執業執照\n公告事項：\n一、技師姓名：楊明富\n二、執業方式：",
            ["楊明富", "楊明富"],
        ),
        # dev b27, a county's notice: who published it, then the next field on the same line
        ("发布人：刘东 联络点：下寺镇查点 时间：2019-05-09", ["刘东"]),
    ],
)
def test_names_in_columns(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev b5, b28: a regulation's articles carry their subject in brackets, one to a line
        "特此通知。\n上海市交通委员会\n二○二二年二月八日\n第一条（目的依据）\n第二条（适用范围）\n",
        # written: a column of bodies and their short names is no column of people
        "成员单位：\n市发改委（发改）\n市财政局（财政）\n",
        # written: a field for a body, not a person
        "发文机关：市政府办公室\n",
        # written: a name alone on a line with no column before it
        "此次党代会圆满结束。\n王明\n",
    ],
)
def test_column_shapes_without_people(text):
    assert _people(text) == [], spans(text)


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b10, a Tainan city plan notice: 市長 unspaced, then a run of spaces
        ("公告欄。\n市長         黃偉哲\n", ["黃偉哲"]),
        # dev b25, the Examination Yuan's joint order: a two-character name padded to three
        ("實習辦法」。\n院　　長　關　中\n院　　長　吳敦義\n", ["關　中", "吳敦義"]),
    ],
)
def test_signatures_unspaced_title_or_padded_name(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


def test_a_list_of_names_whose_first_member_is_unclear():
    # dev b36, a group's commendation: a 、 lost between two names (邱国辉朱志超) leaves the rest
    # of the list, three members or more between its marks, a list of names all the same
    text = "陈春旺、邱国辉朱志超、胡毅、马节喜、周亮、叶福生、吴平、叶化雨等15名同志荣获优秀共产党员称号"
    assert _people(text)[-6:] == ["胡毅", "马节喜", "周亮", "叶福生", "吴平", "叶化雨"], spans(text)
    same_in_every_view(text)


def test_a_list_of_places_whose_first_member_is_unclear():
    # written: two-character members alone are as often places (安康、石泉): no list of names
    assert _people("陕南地区汉中安康、石泉、汉阴、宁陕等县") == []


@pytest.mark.parametrize(
    "text, names",
    [
        # dev b31, a tax bureau's notice of service: the taxpayer after his role in the case
        ("財政部臺灣省中區國稅局對納稅義務人吳東翰綜合所得稅核定通知書及核定稅額", ["吳東翰"]),
        # written: the roles before a verb or another role name nobody
        ("债务人向债权人清偿债务，行为人应当承担法律责任，相对人应当在期限内提出。", []),
    ],
)
def test_parties_of_an_administrative_case(text, names):
    assert _people(text) == names, spans(text)
    same_in_every_view(text)


def test_two_character_names_in_a_list_closed_by_a_count_of_people():
    # dev b36, a group's Party centenary: 等四名同志 says the members are people
    text = "区和阳新县委非公有制经济工作委员会批准，蔡立、杨洁等四名同志按期转为正式党员。"
    assert _people(text) == ["蔡立", "杨洁"], spans(text)
    same_in_every_view(text)


def test_a_preposition_before_a_listed_name_is_no_married_name():
    # dev b36, the same commendation: 向 "to" before the first of the names, not a husband's surname
    text = "为先进基层党支部颁发了先进基层党支部奖牌，向杜志军、陈阳、汪碧云、朱华青颁发了奖章"
    assert _people(text)[:2] == ["杜志军", "陈阳"], spans(text)
    same_in_every_view(text)
