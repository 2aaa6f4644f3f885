"""Session 22 (task e39), LOC in 公文: Taiwan's former counties that older notices list (臺北縣,
桃園縣: merged into the special municipalities in 2010 and 2014, read as their city and a stray
縣 before) and a town named for a place before a mark or its own post (左权县辽阳镇镇长,
南汇新城镇、: the town, then the chain with its county) — not 乡镇, 乡亲 or 镇压; ethnic townships
(姜家店朝鲜族乡), a village's group (马鬃山村水坪5组) and a labelled address that ends at a 、 or
before the office named in brackets after it. Real lines of dev batches 3, 5, 10, 11, 17, 25, 29,
30, 32 and 33, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


def _places(text: str) -> list[str]:
    return of_type(text, "LOC")


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b33, the Ministry of Justice's notice of 2010: the northern region's cities and counties
        (
            "(一)北區（含臺北市、臺北縣、基隆市、桃園縣、新竹市、新竹縣）：",
            ["臺北市", "臺北縣", "基隆市", "桃園縣", "新竹市", "新竹縣"],
        ),
        # dev b10, a bulletin of coal-mine blasts: a town named for a city, with its county
        ("对事故负有主要领导责任的左权县辽阳镇镇长甄贵清受到行政降级处分", ["左权县辽阳镇"]),
        # dev b30, Shanghai's Lingang opinion: a town named for a new city in a 、-list of towns
        (
            "招商引资等工作，南汇新城镇、万祥镇、泥城镇和书院镇（以下统称“四镇”）重点",
            ["南汇新城镇", "万祥镇", "泥城镇", "书院镇"],
        ),
    ],
)
def test_former_counties_and_towns_named_for_places(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b32, a county's report on its farm produce: an ethnic township after its county
        (
            "位于素有“中国火山岩稻米之乡”的柳河县姜家店朝鲜族乡。公司成立于2010年。",
            ["柳河县姜家店朝鲜族乡"],
        ),
        # dev b32, a town's profile: an ethnic town opening its section
        ("四、未来发展方向及合作意向\n三源浦朝鲜族镇具有优越的生态资源基底", ["三源浦朝鲜族镇"]),
        # dev b3, a geohazard reply: a villagers' group under its village, its number inside
        ("湖北省地震局于2003年3月5日在马鬃山村水坪5组设立了现场监测组，", ["马鬃山村水坪5组"]),
        # dev b17, a Shanghai notice: the office named in brackets after the address
        (
            "地址：上海市奉贤区望园南路1529弄3号C栋2楼(奉贤区文化和旅游局受理窗口)  电话：021-",
            ["上海市奉贤区望园南路1529弄3号C栋2楼"],
        ),
        # dev b29, a Taiwan immigration notice: the address ends at 、 before the telephone
        (
            "人得於上班時間赴該站領取。（地址：臺北市廣州街15號、電話：02-23889393",
            ["臺北市廣州街15號"],
        ),
    ],
)
def test_ethnic_towns_village_groups_and_addresses(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)


def test_group_words_after_a_village_are_no_group():
    # written after dev b3's lines: 村民小组 and 组织 after a village are words, not a group's name
    for text in ("巴东县官渡口镇马鬃山村村民小组长组织撤离", "巴东县官渡口镇马鬃山村组织村民撤离"):
        assert _places(text) == ["巴东县官渡口镇马鬃山村"], spans(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b5, a Shanghai notice: 乡镇 "townships and towns" after the city is a word
        ("上海市交通委员会关于延长《上海市乡镇渡口管理办法》有效期的通知", []),
        # dev b11, a Taiwan release: 鄉親 "fellow townsfolk" after the city
        ("總統也向臺南鄉親說明，此次談判並未調降美國稻米進口關稅，", ["臺南", "美國"]),
        # dev b25, Hong Kong news of Myanmar: 鎮壓 "to suppress" after a district
        ("軍警到蘭達亞區鎮壓，有市民受傷。", ["蘭達亞區"]),
    ],
)
def test_words_after_places_that_are_no_towns(text, places):
    assert _places(text) == places, spans(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b37, an estate's minutes: a street before 近 and 對出 (near, opposite)
        ("Limited」申請於廣宏街近屋苑牌的", ["廣宏街"]),
        ("10.2胡顧問表示廣宏街對出的迴旋處於繁忙時間車多", ["廣宏街"]),
        # written: roads and their words of position, and words that are no roads
        ("中山路一带交通管制，拓宽工作思路近期将出台，道路两侧绿化，在马路附近停车", ["中山路"]),
    ],
)
def test_streets_before_words_of_position(text, places):
    assert _places(text) == places, spans(text)
    same_in_every_view(text)
