"""Round 32 of #13, ORG on all dev parts (batch 25's first among them): the Party by its short
name 中共 and Myanmar's army by its one-character name (缅军). Lines of dev documents, in every
script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view, spans


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev, news-cn-xwlb-digest-20260623: before a plenum's and a congress's number
        (
            "王沪宁在主持讲话中表示，中共二十届四中全会把推动高质量发展确定为“十五五”时期经济社会发展的主题",
            ["中共"],
        ),
        (
            "丁薛祥在报告中指出，中共十八大以来，以习近平同志为核心的中共中央提出一系列新理念",
            ["中共", "中共中央"],
        ),
        # dev, news-hk-myanmar-coup-china-2021: at a sentence's start before 喉舌, and so again
        # wherever the document names it (打倒中共)
        (
            "相反，中國正嘗試為緬甸民間對中國政府及中資的怒火尋找代罪羔羊。中共喉舌《環球時報》早前批評"
            "\n丹尼訪問後在臉書表示：「 先打垮緬軍，再打倒中共。」",
            ["中共", "緬軍", "中共"],
        ),
        ("北京在昂山素姬與西方民主政府因緬軍屠殺羅興亞人一事關係決裂後更漁人得利。", ["緬軍"]),
    ],
)
def test_party_and_army_by_short_names(text, bodies):
    found = of_type(text, "ORG")
    assert [b for b in found if b in bodies] == bodies, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev, news-hk-cityu-student-reporters-2019: 中|共赴, two words
        "關於大學領導，我們見到二號橋之役在烽火中共赴校難的段崇智，也見到理大圍城之戰靠視像傳訊虛擬存在的滕錦光",
        # dev, gw-sh-yangpu-waterfront-heritage-plan-2024: the first congress's site is a place
        "做强“党的诞生地、初心启航地、国歌唱响地、人民城市理念首提地”红色研学活动，加大与中共一大会址等红色场馆联动联建",
    ],
)
def test_zhonggong_inside_other_words_is_no_party(text):
    assert "中共" not in of_type(text, "ORG"), spans(text)


# dev, gw-sh-urban-transport-system-plan-2024: a commission's work plan, its table flattened one
# cell a line; the column of who does each task names the commission's own divisions.
_PLAN_ROWS = """一、科学编制并实施城市综合交通体系规划
1
科学编制城市综合交通体系规划
综合规划处
委内各相关处室
1.继续完善编制上海市综合交通发展“十五五”规划基本思路，按照时间节点要求报送市发展改革委。
3
交通建设处
设施养护处
有序推进漕宝路快速路项目建设。
6
客运处
—
推进公交站点品质提升，指导久事公交集团完成第一批调度用房改造、站亭改造项目。"""


def test_divisions_alone_on_their_cells_lines():
    found = of_type(_PLAN_ROWS, "ORG")
    divisions = [f for f in found if "处" in f]  # and 市发展改革委 between them
    assert divisions == ["综合规划处", "交通建设处", "设施养护处", "客运处"], spans(_PLAN_ROWS)
    same_in_every_view(_PLAN_ROWS)


@pytest.mark.parametrize(
    "line",
    [
        # a phrase whose last character makes a word with 处, alone on a line: no division
        "存在的不足之处",
        "各相关处",
        "这样做的好处",
    ],
)
def test_lines_ending_in_chu_that_name_no_division(line):
    assert of_type(f"问题\n{line}\n说明", "ORG") == []


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev, gw-sh-transport-accident-statistics-2024: 委 + the division opening an item; the
        # centre it guides is a body of its own, no unit of the division
        (
            "（一）委客运处指导市道运中心开展全市道路运输企业及个体运输业户的客运班线车辆、旅游车及包车，"
            "城市公共汽电车、出租汽车等事故统计工作。",
            ["委客运处", "市道运中心"],
        ),
        (
            "（二）委货运处指导市道运中心开展全市道路运输企业及个体运输业户的货运车辆（含危险货物运输车）等事故统计工作。",
            ["委货运处", "市道运中心"],
        ),
    ],
)
def test_a_commissions_own_division_after_wei(text, bodies):
    assert of_type(text, "ORG")[:2] == bodies, spans(text)
    same_in_every_view(text)


def test_the_commissions_divisions_in_general_are_no_body():
    # dev, gw-sh-transport-incident-reporting-2022 (委有关职能处室)
    text = "及时报告委主要领导、分管领导、委有关职能处室。"
    assert not any("处" in f for f in of_type(text, "ORG")), spans(text)


@pytest.mark.parametrize(
    "text, places",
    [
        # dev, news-hk-myanmar-coup-china-2021: a company named only by where it is from is a
        # kind of company; the country stays a place
        (
            "她舉例說，一個在緬甸投資的挪威公司會受挪威當地非政府組織壓力，但類似壓力「在中國和泰國幾乎不存在」。",
            ["緬甸", "挪威", "挪威"],
        ),
        # dev, press-mo-tourism-e-payment-offers-2026: a country, a word of origin, a trade
        ("此外，旅遊局下半年與泰國當地電訊公司合作推出機票優惠", ["泰國"]),
    ],
)
def test_a_company_named_by_its_country_is_a_kind(text, places):
    assert not any(f.endswith("公司") for f in of_type(text, "ORG")), spans(text)
    assert of_type(text, "LOC")[: len(places)] == places, spans(text)
    same_in_every_view(text)


def test_a_western_company_is_no_company_nor_is_the_west():
    # dev, news-hk-myanmar-coup-china-2021: 西方公司 once, and 西方 elsewhere in the document
    text = (
        "他們亦缺乏西方公司般的理解，即他們與公民社會都在同一天空下。\n"
        "表示緬甸將領嘗試走向親西方、遠離中國。"
    )
    assert of_type(text, "ORG") == [], spans(text)


def test_a_country_and_a_trade_may_name_one_company():
    # dev, news-hk-rthk-greater-china-digest-2025: British Steel
    text = "英國國會通過由政府接管中國敬業集團持有的英國鋼鐵公司，中國駐英國使館發言人認為"
    assert "英國鋼鐵公司" in of_type(text, "ORG"), spans(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # dev, news-cn-xwlb-digest-20260625: a verb before a known body ends the name's left side,
        # the body's suffix part of the known name
        (
            "我国毒品犯罪得到进一步遏制最高人民法院、最高人民检察院今天（6月25日）通报",
            "最高人民法院",
        ),
        # dev, press-mo-forged-chips-appeal-2026
        ("參閱中級法院第240/2026號案的合議庭裁判。", "中級法院"),
    ],
)
def test_a_verb_before_a_known_body_is_no_part_of_it(text, body):
    assert of_type(text, "ORG")[0] == body, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev, gw-sh-transport-construction-credit-rules-2021: a supervision station, in full and
        # by its short name
        (
            "上海市交通建设工程安全质量监督站（以下简称市交通安质监站）负责采集并归集安全质量监管中发现的不良行为信息。",
            ["上海市交通建设工程安全质量监督站", "市交通安质监站"],
        ),
        # dev, gw-sh-fire-inspection-2025
        (
            "四、市建设工程安全质量监督总站、各区建设管理部门和特定地区管理委员会",
            ["市建设工程安全质量监督总站"],
        ),
        # dev, press-mo-smart-clearance-expansion-2026: a border inspection station
        (
            "未來，治安警察局與澳門保安部隊事務局會繼續聯同珠海出入境邊防檢查總站，密切跟進“智能通關”",
            ["治安警察局", "澳門保安部隊事務局", "珠海出入境邊防檢查總站"],
        ),
    ],
)
def test_stations_of_supervision_and_inspection_are_bodies(text, bodies):
    assert of_type(text, "ORG")[: len(bodies)] == bodies, spans(text)
    same_in_every_view(text)


def test_a_station_with_no_place_is_a_kind():
    # dev, gw-cn-badong-geohazard-reply-2004 (a monitoring station set up: a facility), and a
    # checkpoint with no place before it
    text = "湖北省地震局已在马鬃山村设立了地震监测站。\n在高速公路出口设立检查站。"
    assert of_type(text, "ORG") == ["湖北省地震局"], spans(text)


def test_associations_of_teachers_youth_and_a_fellowship_after_their_place():
    # dev, press-mo-anti-drug-week-2026
    text = (
        "學校聯會會長周伯輝神父、澳門中華教育會楊佩欣副理事長、澳門戒毒康復協會Augusto NOGUEIRA執行董事、"
        "澳門基督教新生命團契譚國輝主任、澳門基督教青年會陸綺彬主任幹事"
    )
    found = of_type(text, "ORG")
    for body in ("澳門中華教育會", "澳門基督教新生命團契", "澳門基督教青年會"):
        assert body in found, spans(text)
    same_in_every_view(text)


def test_a_journalists_association_keeps_its_trade():
    # dev, news-hk-cityu-student-reporters-2019: 记者 before 协会 is the association's trade,
    # not the word that opens a reporter's byline
    text = "意，不致誤導大眾。」這是香港記者協會操守守則第一條"
    assert of_type(text, "ORG") == ["香港記者協會"], spans(text)


@pytest.mark.parametrize("text", ["青年會", "這是一個教育會議", "團契生活"])
def test_the_heads_alone_are_no_bodies(text):
    assert of_type(text, "ORG") == [], spans(text)


def test_an_embassy_named_by_its_country_alone():
    # dev, news-hk-myanmar-coup-china-2021: the host city stays a place before it
    text = "而位於仰光的中國大使館持續有示威。一名在仰光中國大使館外示威的緬族年輕人"
    assert of_type(text, "ORG") == ["中國大使館", "中國大使館"], spans(text)
    assert of_type(text, "LOC") == ["仰光", "仰光"], spans(text)
    same_in_every_view(text)


def test_an_embassy_in_general_is_no_body():
    # dev, press-tw-president-svg-ambassador-medal-2026: the first resident embassy in Asia
    text = "並開設聖國在亞洲的第一座常駐大使館，這不僅是"
    assert of_type(text, "ORG") == [], spans(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # dev, press-mo-fdct-zhejiang-cooperation-2026: the committee's chairman after it
        (
            "為落實備忘錄具體舉措，科技基金行政委員會主席余雨生於5月17日至20日率團赴浙",
            "科技基金行政委員會",
        ),
        # dev, news-cn-jinye-mingde-admissions-meeting: the group's first plenary
        (
            "一步推进本年度招生工作，6月28日下午，集团公司教育产业招生工作领导小组第一次全体会议在明德学院",
            "集团公司教育产业招生工作领导小组",
        ),
        # dev, news-cn-xwlb-digest-20260623: past the verb before it
        (
            "受习近平主席委派，和你共同主持中南国家双边委员会第九次全体会议，取得圆满成功",
            "中南国家双边委员会",
        ),
        # dev, press-tw-president-it-talent-awards-2026: its head's short title 主委
        ("會監事會召集人蘇亮及資訊月活動委員會主委劉瑞復等，由數發部次長", "資訊月活動委員會"),
    ],
)
def test_a_committee_named_before_its_head_or_its_plenary(text, body):
    assert body in of_type(text, "ORG"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        "该委员会主席表示，将尽快公布结果。",
        "各专门委员会主任委员列席会议。",
        "领导小组全体成员参加会议。",
    ],
)
def test_a_committee_in_general_before_its_head_is_no_body(text):
    assert of_type(text, "ORG") == [], spans(text)


def test_a_places_committee_keeps_its_place_before_it():
    # dev, news-tw-afghanistan-withdrawal-2021: 天津 is where they met
    text = "外交部長王毅，曾於7月28日在天津會晤塔利班政治委員會主委巴拉達爾"
    assert "塔利班政治委員會" in of_type(text, "ORG"), spans(text)
    assert "天津" in of_type(text, "LOC"), spans(text)


def test_a_court_named_in_full_is_named_by_its_level_later():
    # dev, press-mo-forged-chips-appeal-2026 (the headline, then the ruling's paragraphs)
    text = "內地男子偽造籌碼詐騙上訴被駁回　中級法院維持原判拒絕緩刑\n綜上所述，中院裁定甲的上訴理由不成立，維持原審裁決，"
    assert of_type(text, "ORG") == ["中級法院", "中院"], spans(text)
    same_in_every_view(text)


def test_a_courts_short_name_needs_its_full_name_in_the_text():
    assert of_type("綜上所述，中院裁定甲的上訴理由不成立，維持原審裁決，", "ORG") == []


def test_a_court_by_its_part_in_a_case_is_no_body():
    # dev, press-mo-forged-chips-appeal-2026: the court of first instance, beside the court named
    text = "甲不服，向中級法院提起上訴，提出兩項主要理由：一是認為原審法院量刑過重"
    assert of_type(text, "ORG") == ["中級法院"], spans(text)
    assert of_type("由上级人民法院指定管辖", "ORG") == []
    assert of_type("澳門終審法院駁回上訴", "ORG") == [
        "澳門終審法院"
    ]  # Macau's court of final appeal


@pytest.mark.parametrize(
    "text, body",
    [
        # dev, news-hk-myanmar-coup-china-2021: Voice of America, no place before a body
        ("政府甚至為此提出箝制傳媒。根據美國之音取得會議錄音", "美國之音"),
        # dev, news-tw-tcc-nhoa-acquisition-2021: BloombergNEF, not Bloomberg before a word
        ("新名稱NHΩA也正式生效。根據彭博新能源財經BNEF（2020）統計", "彭博新能源財經"),
    ],
)
def test_world_media_and_research_houses_by_their_chinese_names(text, body):
    assert body in of_type(text, "ORG"), spans(text)
    same_in_every_view(text)
