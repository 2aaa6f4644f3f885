"""Session 24 (e46, #13): a body's inner unit written right after it is one body with it — a
hospital's clinical department, a bureau's or an agency's centre and service station, a force's,
a university's or an army's guard of honour and band, an organisation's council
(`gui/core/entities/subunits.py`). Lines of dev documents, in every script view, and what must
stay as it is: a unit that is a place itself, an association's council of the new term."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


@pytest.mark.parametrize(
    "text, body",
    [
        # dev, news-cn-sysu-organ-donation-lecture-2014: a hospital's department in 科
        (
            "器官捐献大使曾志伟先生、中山大学附属第一医院器官移植科主任王长希教授、国际扶轮",
            "中山大学附属第一医院器官移植科",
        ),
        # dev, press-mo-pj-fake-douyin-support-scam-alert-2026: a bureau's centre
        (
            "市民務必時刻保持警覺。\n司法警察局反詐騙協調中心再次向市民強烈呼籲：",
            "司法警察局反詐騙協調中心",
        ),
        # dev, gw-tw-immigration-residence-permit-revocation-notice-2010: an agency's station
        (
            "四、應送達之處分書，現由本部入出國及移民署臺北市服務站保管，應受送達人得於上班時間",
            "入出國及移民署臺北市服務站",
        ),
        # dev, news-cn-xwlb-tanzania-state-visit-20221103: the army's guard of honour
        ("哈桑在习近平陪同下检阅中国人民解放军仪仗队。", "中国人民解放军仪仗队"),
        # dev, press-mo-psp-chinese-style-drill-national-day-debut-2026: a force's flag guard
        ("護旗隊全新制服\n治安警察局護旗隊全新制服設計，融合警隊專業正義形象", "治安警察局護旗隊"),
        # dev, press-mo-um-national-day-flag-raising-2026: a university's guard of honour
        (
            "為慶祝中華人民共和國成立77周年，澳門大學國旗儀仗隊今（1）日舉行升旗儀式",
            "澳門大學國旗儀仗隊",
        ),
        # dev, press-mo-gcs-government-headquarters-open-day-flower-show-2026: a force's band
        (
            "表演節目方面，治安警察局銀樂隊、演藝學院音樂學校和舞蹈學校學生將於兩天開放日",
            "治安警察局銀樂隊",
        ),
        # dev, news-cn-cctv-xwlb-digest-20260901: an international organisation's council
        (
            "1. 习近平出席上海合作组织成员国元首理事会第二十六次会议并发表重要讲话；",
            "上海合作组织成员国元首理事会",
        ),
    ],
)
def test_a_bodys_inner_unit_is_one_body_with_it(text, body):
    assert (body, "ORG") in spans(text)
    same_in_every_view(text)


def test_a_unit_that_is_a_place_itself_stays_apart():
    # dev, gw-tw-tainan-madou-plan-notice-2026: the department and its civic centre (a site)
    text = "二、公開展覽地點：公開展覽計畫書及圖公告於本府都市發展局永華市政中心公告欄、新營辦公室公告欄"
    found = spans(text)
    assert ("都市發展局", "ORG") in found
    assert ("永華市政中心", "LOC") in found


def test_an_associations_council_of_the_new_term_is_no_unit():
    # dev, news-cn-xwlb-digest-20260628: the gold marks the association alone
    text = "大会选举产生了中国音乐家协会新一届理事会和以张国勇为主席的主席团等领导机构"
    assert ("中国音乐家协会", "ORG") in spans(text)


def test_a_college_by_its_head_word_and_not_a_kind_of_college():
    # dev, press-mo-um-national-day-flag-raising-2026: the university's residential colleges,
    # named for their donors, before their masters' titles (no person in the college's name)
    text = "澳大副校長莫啓明、曹光彪書院院長劉潤東、鄭裕彤書院代院長黃承發、張崑崙書院院長黃民聰"
    found = spans(text)
    for college in ("曹光彪書院", "鄭裕彤書院", "張崑崙書院"):
        assert (college, "ORG") in found
    assert ("曹光彪", "PER") not in found
    same_in_every_view(text)
    # a kind of college, counted or by its form, and a town named for one are no body
    for text in ("是古代四大书院之一", "推行住宿式书院制度", "书院镇、万祥镇、泥城镇"):
        assert not [s for s, t in spans(text) if t == "ORG"], text


@pytest.mark.parametrize(
    "text, body",
    [
        # dev, press-tw-president-taiwan-us-trade-agreement-press-conference-2026
        ("儘速將「對等貿易協定」函送立法院審議，", "立法院"),
        # dev, reg-cn-mep-environmental-emergency-reporting-2011
        ("应当进行核实并在一小时内报告环境保护部。", "环境保护部"),
        # dev, press-mo-explore-macau-practical-information-page
        (
            "或联络澳门治安警察局出入境管制厅查询：（澳门区号）+853 2872 5488，",
            "澳门治安警察局出入境管制厅",
        ),
        # dev, press-tw-cdc-flu-vaccine-batch-precautionary-suspension-2026
        ("經清查新北市衛生局內庫存同批號疫苗，未發現其他疫苗有類似情形。", "新北市衛生局"),
    ],
)
def test_a_verb_of_sending_reporting_or_checking_ends_the_body_on_the_left(text, body):
    assert (body, "ORG") in spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # dev, press-tw-president-svg-ambassador-medal-2026
        ("接待聖國駐臺大使館。臺灣外交部慷慨協助在臺聖國僑民並提供各項支持，", "臺灣外交部"),
        # dev, press-tw-president-orchid-show-2026
        ("許多人認為美國聯邦最高法院撤銷對等關稅的法律基礎後，", "美國聯邦最高法院"),
        # dev, news-cn-xwlb-transcript-20260621: the country's bracket stays in
        ("刚果（金）卫生部20日发布的报告显示，本轮埃博拉疫情累计", "刚果（金）卫生部"),
    ],
)
def test_a_country_before_its_states_organ_is_one_body_with_it(text, body):
    assert (body, "ORG") in spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, place, body",
    [
        # dev, news-hk-hkcnews-meng-wanzhou-hksar-passports-2018: the court of a city
        ("孟晚舟在加拿大溫哥華法院申請保釋。美聯社圖片", "加拿大", "溫哥華法院"),
        # dev, news-cn-xwlb-digest-2026: no state organ's head
        ("美国白宫发言人18日称，因后勤问题推迟了", "美国", "白宫"),
    ],
)
def test_no_country_joined_to_a_body_of_its_own_place_or_to_no_organ(text, place, body):
    found = spans(text)
    assert (place, "LOC") in found and (body, "ORG") in found


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev, gw-sh-five-new-cities-approval-delegation-2023: a table's cells, one a line
        ("嘉定区\n青浦区\n松江区\n奉贤区\n区交通委\n2\n公路建设项目竣工验收", ["区交通委"]),
        # dev, news-hk-loco-kwok-wing-kin-statement-2020: a picture credit, then a known body
        ("有權力也有責任對香港事務發言發聲」。美聯社圖片\n中聯辦發言人表示，兩辦", ["中聯辦"]),
        # dev, press-mo-tourism-e-payment-offers-2026: a headline, then the body's paragraph
        ("旅遊局與多地主流電子支付平台推優惠 促旅客到澳門旅遊消費\n旅遊局自第二季起與", ["旅遊局"]),
        # dev, report-cn-xinzheng-court-profile-page: a line ending in a court names it whole
        ("新郑市中级人民法院\n新郑市人民法院内部机构设有：政治处、办公室", ["新郑市人民法院"]),
    ],
)
def test_a_line_that_opens_with_a_body_of_its_own_is_no_second_half_of_a_name(text, bodies):
    found = [s for s, t in spans(text) if t == "ORG"]
    assert all("\n" not in s for s in found), found
    for body in bodies:
        assert body in found
    same_in_every_view(text)
