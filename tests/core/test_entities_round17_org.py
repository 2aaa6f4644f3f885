"""Round 17 of #13, ORG by grammar that reaches text no rule was written for: the builder that
opens an item of a work report's list of projects (华星光电T7二期、…等项目) and what must stay as
it is, in every script view. Lines of dev documents of batches 1–11 and written phrases."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize(
    "text, builders",
    [
        # dev, news-cn-shenzhen-work-report-2022
        ("建成投产中芯国际12英寸线、华星光电T7二期等项目。", ["中芯国际", "华星光电"]),
        # dev, wr-shaanxi-2026
        (
            "围绕产业链加大工业投资，芯业时代8英寸半导体、比亚迪新能源汽车动力电池、"
            "弗迪12吉瓦时动力电池扩产、华天科技芯片技改等项目开工建设。",
            ["芯业时代", "弗迪"],
        ),
        # (人和集团 before what it builds: round 20)
        (
            "新设外资企业428家，三星V8闪存芯片、人和集团新能源材料等外资项目落地。",
            ["三星", "人和集团"],
        ),
        # dev, wr-tianjin-2026: a phase after the builder
        ("，中船二期、中远海运船舶修造、中海油装备智能制造等新项目加快推进。", ["中船"]),
        # written: the list's size between 等 and 项目
        ("，鑫旺达3号线、恒远新材料二期等12个重大项目投产。", ["鑫旺达", "恒远新材料"]),
    ],
)
def test_the_builder_opening_a_project_item_is_a_company(text, builders):
    found = _of(text, "ORG")
    for builder in builders:
        assert builder in found, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # a facility and its phase, a place and its terminal: what is built, not who builds it
        ("，温福高铁、沪杭高铁、润泽智算中心三期等项目开工建设。", "润泽智算"),
        ("，西安咸阳国际机场T5航站楼、引汉济渭等一批标志性重大项目建成。", "西安咸阳"),
        # a verb and an ordinal open the clause: no name
        ("，重点推进第11代超高清新型显示器件生产线、深汕高中园项目等项目。", "重点推进"),
        # a Latin name after a place is no model number (龙华 stays no company)
        ("，重点推进比亚迪汽车工业园项目、龙华Costco星河等项目建设。", "龙华"),
        # the list's 等 after a bare item: the item is not read (its neighbours decide)
        ("，中船二期、东风岚图、邦普时代等1.1万个重大项目开工。", "邦普时代等"),
        # no list of projects: a figure after a word is no builder
        ("，全年新增产能3095万吨、装机1.27亿千瓦。", "新增产能"),
    ],
)
def test_what_opens_an_item_and_is_no_builder_stays_no_company(text, word):
    assert not any(word in s for s in _of(text, "ORG")), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, body, longer",
    [
        # dev, news-cn-diamond-cooling-2026: a company's relation to another before its name
        (
            "公告称，公司控股子公司河南天璇半导体科技有限责任公司拟在沙雅县投资建设。",
            "河南天璇半导体科技有限责任公司",
            "子公司河南",
        ),
        # dev, press-tw-tainan-camellia-oil-sampling-2026: a trade's role before its name
        (
            "由物流商信鑫食品行有限公司（臺南市永康區）配送至各門市。",
            "信鑫食品行有限公司",
            "物流商",
        ),
        # dev, press-mo-history-quiz-2026: an event's role before a body (no colon)
        ("準決賽前席，指導單位河南省文物局的專家將會在場。", "河南省文物局", "單位"),
        # dev, gw-cn-ndrc-tax-credit-2019: the members' offices are no part of the meeting
        (
            "社会信用体系建设部际联席会议成员单位办公厅（室）",
            "社会信用体系建设部际联席会议",
            "成员单位",
        ),
        # written: a supplier before a company
        ("公司与供应商华为技术有限公司签订协议。", "华为技术有限公司", "供应商"),
    ],
)
def test_a_role_or_relation_before_a_name_ends_it_on_the_left(text, body, longer):
    found = _of(text, "ORG")
    assert body in found, spans(text)
    assert not any(longer in s for s in found), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # names that hold such a word stay whole
        ("国家事业单位登记管理局发布通知。", "国家事业单位登记管理局"),
        ("工業區廠商聯合總會理事長許正雲出席。", "工業區廠商聯合總會"),
    ],
)
def test_names_holding_a_role_word_stay_whole(text, body):
    assert body in _of(text, "ORG"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize("text", ["其全资子公司负责运营。", "公司全资子公司将增资。"])
def test_a_wholly_owned_subsidiary_is_no_name(text):
    assert _of(text, "ORG") == [], spans(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # dev, news-cn-xwlb-digest-20260622 (batch 11): the term is the Central Committee's
        ("再次回到延安，带领二十届中共中央政治局常委瞻仰革命圣地。", "中共中央政治局"),
        # dev, gw-cn-npc-blog-suggestion-reply-2006 (batch 11): the term is the session's
        ("国务院办公厅对十届全国人大四次会议第72号建议的答复", "全国人大"),
        # the guideline's own example
        ("十四届全国人大一次会议在北京召开。", "全国人大"),
        ("十四届全国政协二次会议开幕。", "全国政协"),
    ],
)
def test_a_term_number_before_a_national_body_is_no_part_of_it(text, body):
    found = _of(text, "ORG")
    assert body in found and not any("届" in s for s in found), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # a congress named in full, and a city's, keep their term
        ("第十四届全国人民代表大会第二次会议", "第十四届全国人民代表大会"),
        ("市十六届人大常委会第二十次会议", "市十六届人大常委会"),
        ("北京市第十六届人民代表大会常务委员会公告", "北京市第十六届人民代表大会常务委员会"),
    ],
)
def test_a_congress_in_full_or_a_citys_keeps_its_term(text, body):
    assert body in _of(text, "ORG"), spans(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev lines of five sources: kinds of body, named by designation words only
        "，新建县域医疗中心50个。",  # written, after wr-guizhou-2026 (县域医疗次中心)
        "新培育认定省级文化创意中心9个。",  # wr-heilongjiang-2026
        "我市的农民专业合作社由十年前的不足百家增至现在。",  # stats-hlj-daqing-rural-economy-2014
        "稳步扩大职业技能培训机构、职业院校、高水平理工农医类大学对外开放试点。",  # xwlb
        "稳步扩大生物技术、外商独资医院开放试点的区域范围。",  # xwlb
        "「強制驗窗計劃」、私家醫院低收費病床使用率。",  # news-hk-ombudsman-police-complaints
    ],
)
def test_a_kind_of_body_named_by_designation_words_is_no_name(text):
    assert _of(text, "ORG") == [], spans(text)


@pytest.mark.parametrize(
    "text, body",
    [
        ("北京市农民专业合作社联合会成立。", "北京市农民专业合作社联合会"),
        ("上海理工大学举行毕业典礼。", "上海理工大学"),
        ("县域医疗次中心由县人民医院牵头。", "县人民医院"),
    ],
)
def test_a_named_body_holding_such_words_stays_a_name(text, body):
    assert body in _of(text, "ORG"), spans(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # dev, gw-sh-historic-buildings-management (batch 12): 保护 after its object
        ("由市历史建筑保护事务中心负责日常管理。", "市历史建筑保护事务中心"),
        # written: the same remits in bodies every province has
        ("县疾病预防控制中心发布提示。", "县疾病预防控制中心"),
        ("省野生动物保护协会组织救助。", "省野生动物保护协会"),
        ("省社会治安综合治理委员会牵头。", "省社会治安综合治理委员会"),
        ("由市水环境治理中心实施。", "市水环境治理中心"),
    ],
)
def test_a_remit_verb_after_its_object_is_part_of_the_name(text, body):
    assert body in _of(text, "ORG"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        "依法保护民营企业合法权益。",  # after an adverb the verb is a verb
        "天线仍能接收地面控制中心发出的指令。",  # a control centre alone is a facility
        "建成一座设施先进的环境保护中心。",  # designation words only
        "加强预防控制中心城区的疫情。",
    ],
)
def test_a_remit_verb_after_no_object_or_a_facility_is_no_name(text):
    assert _of(text, "ORG") == [], spans(text)


def test_a_long_line_with_no_mark_is_read_once():
    """A list is found by its end (等…项目) and read back within a bounded window: a line of
    20,000 characters with 、 and no mark (a scrape's table, a hostile file) is not read again
    from every position (CPU time, not the wall clock: the machine is shared)."""
    import time

    from gui.core.entities.gazetteer import gazetteer
    from gui.core.entities.project_lists import project_companies

    line = "华星光电与中芯国际合作、" * 1_700 + "项目"  # no 等…项目: no list to find
    gaz = gazetteer()
    started = time.process_time()
    project_companies(line, gaz, bytearray(len(line)))
    assert time.process_time() - started < 0.2
