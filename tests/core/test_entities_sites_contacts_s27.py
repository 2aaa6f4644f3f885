"""Session 27 (e51, #13): a site named by a proper name and a kind word in a frame of place
(`place_kinds.framed_sites`: 在九澳油庫舉行, 自安平商港啟航, 到南郊宾馆北门), and the person of a
notice's contact line with an office before the name, a space after the colon, the telephone on
the next line or a field that names the person to call (`person_marks.contacts`). Lines of tuning
dev documents (named) and invented lines where a pattern needs its form or its negative, in every
script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view


@pytest.mark.parametrize(
    "text, place",
    [
        # dev, press-mo-ka-ho-oil-depot-fire-drill-2026: an oil depot where a drill is held
        ("消防局於2026年7月2日上午，聯同上述公司在九澳油庫舉行聯合消防演習。", "九澳油庫"),
        # dev, press-tw-tainan-agriculture-review-2025: a fishing port where a centre is built
        ("市府投入1.88億元於將軍漁港建置「智慧水產加工及物流運籌中心」，", "將軍漁港"),
        # dev, press-tw-tainan-penghu-ferry-anping-magong-maiden-voyage-2026: a port left
        ("觀光輪船試辦航班，今(2)日中午12時自安平商港啟航。", "安平商港"),
        # dev, press-tw-tainan-national-day-events-2026: a culture park and a forest
        ("由臺南市政府文化局於10月9日至11日在水交社文化園區規劃豐富的系列活動，", "水交社文化園區"),
        ("於10月9日至11日在安平漁光島森林，推出綠色市集、淨島行動、藝術表演", "安平漁光島森林"),
        # dev, press-mo-dset-young-entrepreneurs-jiangsu-visit-2026: a creative park visited
        ("交流團隨後轉往南京，參觀紫東國際創意園和南京大學", "紫東國際創意園"),
        # dev, gw-sd-poverty-group-revitalization-meeting-notice-2021: a guesthouse and its gate
        ("于1月17日19时前到南郊宾馆北门统一乘坐中巴车", "南郊宾馆北门"),
        ("(车牌号:鲁XXXXXX)进入南郊宾馆。2.请将与会人员名单", "南郊宾馆"),
        # invented: an old street and a building after a verb of going
        ("游客可前往河坊老街参观。", "河坊老街"),
    ],
)
def test_a_framed_site_is_one_place(text, place):
    assert place in of_type(text, "LOC")
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # invented: a generic word before the kind word names a kind of park, not one park
        "鼓励企业进入市场工业园区。",
        "在工业园区推进项目建设。",
        # invented: a function word in the would-be name
        "在这些园区内建设。",
        # invented: no frame before it (the kind word alone gives no left edge)
        "本市产业园区建设成效明显。",
    ],
)
def test_no_framed_site_without_a_name_and_a_frame(text):
    assert not any(p.endswith(("园区", "產業園區", "園區")) for p in of_type(text, "LOC"))


@pytest.mark.parametrize(
    "text, place",
    [
        # dev, press-mo-maritime-rescue-drill-2026: a fairway led by its city
        ("今日（23日）上午在澳門外港航道入口以北海域順利舉行。", "澳門外港航道"),
        # dev, press-tw-president-sadaharu-oh-medal-2026: a hall of fame led by its country
        ("總統提到，在日本野球殿堂和臺灣棒球名人堂都可見王貞治先生的英雄身影，", "臺灣棒球名人堂"),
        # dev, press-tw-tainan-national-day-events-2026: a resort led by its district
        (
            "入住台糖長榮酒店、和逸台南西門館、柳營尖山埤渡假村、煙波大飯店台南館",
            "柳營尖山埤渡假村",
        ),
        # dev, press-tw-tainan-penghu-ferry-anping-magong-maiden-voyage-2026: a port
        ("安平擁有豐富的歷史文化資源，安平商港具備大型客輪靠泊設施，", "安平商港"),
        # dev, press-mo-ka-ho-oil-depot-fire-drill-2026: after a verb, the place opens the name
        ("演習模擬路環九澳油庫內一輛石油氣槽車在充裝過程中", "路環九澳油庫"),
    ],
)
def test_a_site_led_by_its_place_is_one_place(text, place):
    assert place in of_type(text, "LOC")
    same_in_every_view(text)


def test_a_site_word_going_on_into_a_body_is_no_site():
    # invented: 公园 opens the name of the body that runs the parks
    assert "北京市公园" not in of_type("北京市公园管理中心负责全市公园的管理。", "LOC")


@pytest.mark.parametrize(
    "text, person",
    [
        # dev, press-tw-hsinchu-lichi-pond-dredging-2015: the office before the name, the
        # telephone on the next line
        ("新聞資料聯絡人：公關與新聞科 梁瑞君\n電話：03-5216121分機213", "梁瑞君"),
        # dev, press-tw-tainan-epb-energy-saving-subsidy-2018: a space after the colon; a
        # field that names the person to call, the name with its form of address
        ("承辦單位:空氣及噪音管理科聯絡人: 林郁嘉 聯絡電話:06-268-6751#352", "林郁嘉"),
        ("申請相關疑問請洽本局承辦人員: 林郁嘉小姐，06-2686751轉352", "林郁嘉"),
        # invented: a mainland notice's contact with its office
        ("联系人：办公室 王建国 联系电话：0931-1234567", "王建国"),
        ("经办人：李红", "李红"),
    ],
)
def test_a_contact_line_names_its_person(text, person):
    assert person in of_type(text, "PER")
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # invented: a field that names no person, before a telephone
        "地址：城关区 电话：0931-1234567",
        "主题：交通安全 电话咨询",
        # invented: a contact field that holds a body's kind, not a name
        "联系人：有关部门",
    ],
)
def test_no_contact_person_where_the_field_holds_none(text):
    assert of_type(text, "PER") == []


@pytest.mark.parametrize(
    "text, body, place",
    [
        # dev, gw-sh-lingang-dual-special-policy-opinion-2016: the committee names its zone,
        # named bare in the rest of the text (a verb before the committee is no part of it)
        (
            "（三）加强临港地区管委会统筹职能。临港地区管委会负责统筹推进临港地区规划编制、土地管理",
            "临港地区管委会",
            "临港地区",
        ),
        # dev, gw-sh-lingang-city-checkup-2024: the committee's full name, the zone bare after
        (
            "中国（上海）自由贸易试验区临港新片区管理委员会\n2024年5月18日\n临港新片区城市体检实施方案（试行）",
            "中国（上海）自由贸易试验区临港新片区管理委员会",
            "临港新片区",
        ),
        # dev, gw-sh-jiading-immovable-relics-2024: the committee in the address, the zone in a list
        (
            "嘉定工业区、菊园新区管委会，各相关单位：\n各街镇、嘉定工业区、菊园新区（以下简称街镇）为责任部门，",
            "菊园新区管委会",
            "菊园新区",
        ),
    ],
)
def test_a_zones_committee_names_its_zone(text, body, place):
    assert body in of_type(text, "ORG")
    assert place in of_type(text, "LOC")
    same_in_every_view(text)


def test_the_committees_of_a_kind_of_area_name_no_zone():
    # dev, gw-sh-bim-acceptance-2026 (its end invented): "the designated areas' committees", a kind
    text = "区建设管理部门和特定地区管委会应当做好BIM辅助竣工验收工作。特定地区应当"
    assert of_type(text, "ORG") == [] and of_type(text, "LOC") == []
