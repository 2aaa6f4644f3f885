"""Session 24's place shapes of 公文 and work reports (issue #13, e45): 台湾地区 is one place, as
a province's area is (the gold of batches 34, 45 and 47 writes it whole six times, batch 25 bare
once); a one-character abbreviation after a verb of place stands before the foreigners and
diplomats who are in it (在华外国留学生, 驻华外交机构), though 外 after it otherwise opens a word
(京外); a village right after the town the town stage found is its own place, joined into the
chain; and three phrases of the language hold a place's characters and no place: 隆重庆祝 (no
重庆), 地级及以上城市 (no 上城 district), 其余各镇 (a determiner before 镇 names a kind of town, not
a town 余各). Real lines of dev documents (batches 3, 6, 9, 19, 34, 37, 42 and 45) and, for the
village under a town no list holds (a shape of the validation batches, read by score only), phrases
written for the test; in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


@pytest.mark.parametrize(
    "text, places",
    [
        # dev b34, gw-cn-mof-mfa-temporary-overseas-travel-funds-2013
        (
            "第二十一条　各地区各部门各单位因公临时赴香港、澳门、台湾地区的",
            ["香港", "澳门", "台湾地区"],
        ),
        # dev b45, gw-tw-moi-human-trafficking-victims-stay-residence-permit-regulations-2009
        ("第　六　條被害人經專案許可在臺灣地區停留者", ["臺灣地區"]),
        # the mainland's area stays a designation: the place is bare (test_entities_audit_s21)
        ("在中国大陆地区注册的企业", ["中国大陆"]),
        # dev b34, report-cn-xi-letter-ustb-pakistani-students-2020
        ("中国政府和学校始终关心在华外国留学生生命安全和身体健康", ["华"]),
        # dev b37, gw-tw-moea-import-regulations-article9-amendment-2005
        ("二、各國駐華使領館、各國際組織及駐華外交機構持憑外交部簽發之", ["華", "華"]),
        # dev b3, gw-cn-badong-geohazard-reply-2004: county, town and village, one chain
        (
            "自2003年7月下旬以来，巴东县官渡口镇马鬃山村村民断续感觉地下振动",
            ["巴东县官渡口镇马鬃山村"],
        ),
        # written: a village under a town no list holds, found by the town stage (青浦区朱家角镇张马村)
        ("青浦区朱家角镇张马村开展试点", ["青浦区朱家角镇张马村"]),
        # written: a word of scope or a class of villages after the town names no village
        ("朱家角镇所辖村全部完成", ["朱家角镇"]),
        ("朱家角镇贫困村帮扶", ["朱家角镇"]),
        # dev b6, wr-zhejiang-2026; dev b9, stats-hlj-daqing-rural-economy-2014: 城镇, 乡镇 are no towns
        ("城镇和农村居民人均可支配收入分别增长4.3%、5.5%", []),
        ("新建乡镇卫生院和村卫生室97个", []),
    ],
)
def test_the_places_of_the_shapes(text, places):
    assert of_type(text, "LOC") == places, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev b42, wr-cn-2025-national-work-report-review-part
        "推进中国式现代化作出部署。我们隆重庆祝中华人民共和国成立75周年",
        "生态环境质量有新改善，地级及以上城市细颗粒物（PM2.5）平均浓度",
        # dev b19, gw-sh-lingang-city-checkup-2024
        "列入建设和交通管理处年度部门预算，其余各镇负责镇、社区城市体检第三方服务",
    ],
)
def test_phrases_that_hold_a_place_s_characters(text):
    places = of_type(text, "LOC")
    assert not {"重庆", "上城市", "上城", "余各镇"} & set(places), spans(text)
    same_in_every_view(text)
