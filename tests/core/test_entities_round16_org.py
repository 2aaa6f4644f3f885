"""Round 16 of #13, ORG on the dev parts of batches 12 and 13: a table flattened by cleaning runs
its cells together with no mark between them (百度智行科技（上海）有限公司/嘉定区政府上海淞泓智能
汽车科技有限公司), so a name opening with a place or a known body right after a whole body's head
(…有限公司, …政府, …委员会) is the next cell's name, and after 有限公司 any name is — a company's
own unit is its 分公司. Lines of dev documents, written phrases of the form, and what must stay as
it is, in every script view."""

from __future__ import annotations

import pytest

from tests.core.entity_views import same_in_every_view, spans


def _of(text: str, kind: str) -> list[str]:
    return [s for s, t in spans(text) if t == kind]


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev, gw-sh-connected-vehicle-pilot-acceptance-2023: the annex table's row, cells joined
        (
            "已投放75辆智能出租，接单总量7.8万单。上海裹动科技有限公司上海大众出行信息技术股份有限公司"
            "嘉定区政府上海淞泓智能汽车科技有限公司\n",
            [
                "上海裹动科技有限公司",
                "上海大众出行信息技术股份有限公司",
                "嘉定区政府",
                "上海淞泓智能汽车科技有限公司",
            ],
        ),
        (
            "已投放140辆智能出租，接单总量37.1万单。百度智行科技（上海）有限公司/嘉定区政府"
            "上海淞泓智能汽车科技有限公司\n",
            ["百度智行科技（上海）有限公司", "嘉定区政府", "上海淞泓智能汽车科技有限公司"],
        ),
        # written: a company's cell after another company's
        (
            "已投放22辆智能配送车。上海白犀牛启达汽车科技有限公司永辉超市股份有限公司\n",
            ["上海白犀牛启达汽车科技有限公司", "永辉超市股份有限公司"],
        ),
    ],
)
def test_cells_of_a_flattened_table_are_names_of_their_own(text, bodies):
    found = _of(text, "ORG")
    for body in bodies:
        assert body in found, spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # a company's branch office is one body with its company
        (
            "中国人民财产保险股份有限公司北京市分公司负责理赔。",
            "中国人民财产保险股份有限公司北京市分公司",
        ),
        # a government's own office and a committee's office stay whole
        ("区政府办公室负责牵头协调。", "区政府办公室"),
        ("由上海市人民政府发展研究中心组织评估。", "上海市人民政府发展研究中心"),
    ],
)
def test_a_body_and_its_own_unit_stay_one(text, body):
    assert body in _of(text, "ORG"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, bodies",
    [
        # dev, gw-cn-ndrc-tax-credit-2019: the addressees' lines, one body a line
        (
            "国家发展改革委办公厅\n税务总局办公厅\n2019年1月1日",
            ["国家发展改革委办公厅", "税务总局办公厅"],
        ),
    ],
)
def test_a_line_that_ends_a_whole_body_is_no_half_of_a_broken_name(text, bodies):
    found = _of(text, "ORG")
    for body in bodies:
        assert body in found, spans(text)
    same_in_every_view(text)


def test_a_title_broken_inside_a_name_is_still_one_body():
    text = "国务院关于同意建立国务院职业教育工作\n部际联席会议制度的批复"
    assert "国务院职业教育工作\n部际联席会议" in _of(text, "ORG"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # dev, gw-sh-jiading-immovable-relics-2024: a district's bureaus named by two remits
        ("区绿化和市容管理局负责古树名木的保护。", "区绿化和市容管理局"),
        ("区住房保障和房屋管理局、区规划资源局", "区住房保障和房屋管理局"),
        # dev, news-cn-nuclear-veteran-obituary-2021: the numbered ministries
        ("历任副书记、第三机械工业部副局长、", "第三机械工业部"),
        ("第二机械工业部副部长、顾问。", "第二机械工业部"),
        ("1958年调入二机部工作。", "二机部"),
        # dev, press-tw-tainan-school-lunch-2026: Taiwan's schools by their short names
        ("各自端出具亮點的特色餐。永康國小以吉祥菜名", "永康國小"),
        ("央廚學校東原國中以「營養滿分」為發想", "東原國中"),
        ("由嘉丞食品工廠供應的後甲國中，以雞翅象徵", "後甲國中"),
    ],
)
def test_bodies_of_the_round(text, body):
    assert body in _of(text, "ORG"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # dev, press-tw-tainan-school-lunch-2026: junior high and primary schools, a kind
        ("全面補助國中小學校午餐經費後", "國中小"),
        # check set, tw-taipei-lantern-expo-highlights-2026: a station named for a school
        ("推薦民眾亦可搭乘至中山國小站，順遊中山商圈", "中山國小"),
        # written: a pupil, a time of life, a country's 国 before 中
        ("他念國中時很喜歡打球。", "國中"),
        ("企业加快向中国中西部转移。", "国中"),
        ("代表团访美国中西部各州。", "国中"),
        # written: 和 joins a person and a bureau, no remits
        ("他和市容管理局的人谈过。", "他和市容管理局"),
    ],
)
def test_what_stays_as_it_is(text, word):
    assert not any(word in name for name in _of(text, "ORG")), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # dev, news-hk-walking-library-reading-drive-2024: Hong Kong before its legislature,
        # and its publishing group
        ("香港立法會議員、香港文化藝術界國慶籌委會秘書長霍啟剛致辭", "香港立法會"),
        ("作為植根香港、服務香港超過百年的聯合出版集團，與紫荊文化集團", "聯合出版集團"),
        # written: Macau before its government
        ("澳门特区政府今日公布新措施。", "澳门特区政府"),
        # dev, news-tw-kaohsiung-floor-area-bonus-dispute-2025: a Taiwan city's urban bureau
        ("監察院2023年有糾正台北市政府、台北市都委會、台北市都發局，", "台北市都發局"),
    ],
)
def test_bodies_of_hong_kong_and_taiwan_news(text, body):
    assert body in _of(text, "ORG"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # written: Hong Kong as a place beside its legislature, and 都 "all" before 委托
        ("在香港，立法会今日通过议案。", "香港，立法会"),
        ("他们都委托律师处理。", "都委"),
    ],
)
def test_hong_kong_and_taiwan_words_left_alone(text, word):
    assert not any(word in name for name in _of(text, "ORG")), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # dev, news-cn-hbpu-alumni-association-2021: a term word and a verb of appointment end
        # a name on the left
        ("随后，上届武汉校友会会长刘明星作工作报告", "武汉校友会"),
        ("娲石集团董事长魏华山受聘湖北理工学院武汉校友会 名誉会长", "湖北理工学院武汉校友会"),
        # written: a society after no modal
        ("中华医学会发布了新版指南。", "中华医学会"),
    ],
)
def test_left_edges_of_the_round(text, body):
    assert body in _of(text, "ORG"), spans(text)
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # dev, news-cn-hbpu-alumni-association-2021: a university's schools, "the many alumni"
        ("学校领导、二级学院领导等为新一届理事会成员颁发聘书", "二级学院"),
        ("赋诗抒发对母校和武汉校友会、广大校友的美好祝愿", "广大校友"),
        # dev, news-hk-playable-city-space-2017: "learn" after a modal; a favoured school
        ("小朋友三四歲便要學會認字", "學會"),
        ("為了入讀心儀學校，家長", "學校"),
        ("商場和購物中心裏", "購物中心"),
        # dev, press-tw-tainan-school-lunch-2026: kinds of school by their kitchens
        ("團膳學校也不遑多讓", "團膳學校"),
        # written: the verb "learn"
        ("他终于学会了游泳。", "学会"),
    ],
)
def test_kinds_and_verbs_are_no_bodies(text, word):
    assert not any(word in name for name in _of(text, "ORG")), spans(text)
    same_in_every_view(text)
