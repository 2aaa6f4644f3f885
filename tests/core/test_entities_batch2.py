"""Patterns of the genres of batch 2's dev documents (Macau releases, provincial work reports,
local regulations, the xwlb digest, Taiwan news), each on a real phrase of those genres, and
the rule of docs/entity-guideline.md that decides it. Every phrase is also checked in the
Traditional views, where the recogniser must give the same spans."""

from __future__ import annotations

import pytest

from gui.core.entities import recognise
from gui.core.script import make_view


def texts(text: str, etype: str) -> list[str]:
    return [e.text for e in recognise(text) if e.type == etype]


def same_in_every_view(text: str) -> None:
    spans = [(e.start, e.end, e.type) for e in recognise(text)]
    for view in ("hant", "hk", "tw"):
        assert [(e.start, e.end, e.type) for e in recognise(make_view(text, view).text)] == spans


# -- chains of places, and a country before its national body -------------------------------


@pytest.mark.parametrize(
    "text, etype, expected",
    [
        ("广东佛山的叠滘龙船漂移正式开赛", "LOC", ["广东佛山"]),
        ("金猴奖日前在浙江杭州揭晓", "LOC", ["浙江杭州"]),
        # A chain runs from the larger place to the smaller: a province never ends one.
        ("在中国香港举行", "LOC", ["中国", "香港"]),
        ("在河北省平山县参观", "LOC", ["河北省平山县"]),
        ("瑞士外交部今天发表声明", "ORG", ["瑞士外交部"]),
        ("俄羅斯外交部在8月16日發布聲明", "ORG", ["俄羅斯外交部"]),
        ("巴西國家旅行社協會主席", "ORG", ["巴西國家旅行社協會"]),
        # A party is national by itself: the country stays a place of its own.
        ("懷俄明州共和黨籍聯邦眾議員", "ORG", ["共和黨"]),
        # One-character abbreviations side by side stay apart.
        ("臺美經貿關係", "LOC", ["臺", "美"]),
    ],
)
def test_chains_of_names_are_one_name(text, etype, expected):
    assert texts(text, etype) == expected
    same_in_every_view(text)


# -- one-character place words in pairs -----------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("为琴澳居民及各地遊客呈現一場盛會", ["琴", "澳"]),
        ("彰顯澳琴協同優勢", ["澳", "琴"]),
        ("原定举行的美伊谈判已取消", ["美", "伊"]),
        ("把战火烧到中朝边境", ["中", "朝"]),
        ("推进缅中命运共同体建设", ["缅", "中"]),
        ("赢得抗美援朝战争伟大胜利", ["美", "朝"]),
        # 横琴 and 澳门 are whole names, not pairs.
        ("橫琴澳門兩地", ["橫琴", "澳門"]),
    ],
)
def test_one_character_places_in_pairs(text, expected):
    assert texts(text, "LOC") == expected
    same_in_every_view(text)


# -- bodies from the lists: international, armed forces, people's organisations, platforms --


@pytest.mark.parametrize(
    "text, expected",
    [
        ("歐盟於8月12日發表聲明", ["歐盟"]),  # an international organisation, not a place
        ("对中亚五国、东盟进出口分别增长", ["东盟"]),
        ("中国人民志愿军跨过鸭绿江入朝作战", ["中国人民志愿军"]),
        ("中央气象台预计，今天到21日", ["中央气象台"]),
        ("向各民主党派、工商联、无党派人士", ["工商联"]),
        ("区工商联和县妇联", ["区工商联", "县妇联"]),  # a level word is enough in front
        ("事後在臉書上表示", ["臉書"]),
        ("美国白宫发言人称", ["白宫"]),
    ],
)
def test_bodies_from_the_lists(text, expected):
    assert texts(text, "ORG") == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("人民当家作主的新中国诞生", ["新中国"]),
        ("建设创新中国", ["中国"]),  # 创新 is a word: the place is 中国
    ],
)
def test_new_china_is_a_place_name(text, expected):
    assert texts(text, "LOC") == expected


def test_straight_quotes_hold_terms_in_web_digests():
    text = '奋进"十五五"，实施"人工智能+"行动；他说："我们会来。" 标题 "Isolation" 不算'
    assert texts(text, "TERM") == ['"十五五"', '"人工智能+"']


# -- foreign names after the titles of foreign offices --------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("以色列总理内塔尼亚胡18日说", ["内塔尼亚胡"]),  # no tower 以色列总理内塔
        ("美国国防部长赫格塞思18日在布鲁塞尔", ["赫格塞思"]),
        # After a foreign country's office a name that could be Chinese is a transliteration.
        ("美国副总统万斯前往瑞士", ["万斯"]),
        ("英國國防大臣華勒斯（Ben Wallace）向Sky新聞表示", ["華勒斯", "Ben Wallace"]),
        ("美國聯邦眾議院共和黨領袖麥卡錫（Kevin McCarthy）也說", ["麥卡錫", "Kevin McCarthy"]),
        (
            "美國退役海軍上將史塔夫瑞迪斯（James Stavridis）也告訴",
            ["史塔夫瑞迪斯", "James Stavridis"],
        ),
        # A gloss may run on into a note.
        ("英國首相強森（Boris Johnson，港譯「約翰遜」）表態", ["強森", "Boris Johnson"]),
        ("上海復旦大學南亞問題專家林民旺分析：", ["林民旺"]),
        # Not names: an editorial, a verb after a role.
        ("人民日报发表评论员文章，题目是", []),
        ("注重发挥专家解读作用", []),
    ],
)
def test_people_after_titles_of_foreign_offices(text, expected):
    assert texts(text, "PER") == expected
    same_in_every_view(text)


# -- organisations: suffixes of world news, precincts, zone bureaus, generic nouns ----------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("在阿富汗政府軍幾乎毫無抵抗的情況下", ["阿富汗政府軍"]),
        ("被選為阿富汗過渡政府的領袖", ["阿富汗過渡政府"]),
        ("俄羅斯新聞社（RIA）則報導", ["俄羅斯新聞社", "RIA"]),
        ("美国中央司令部18日说", ["美国中央司令部"]),
        ("亦隨葡萄牙旅行社協會考察團來澳門", ["葡萄牙旅行社協會"]),
        ("經三重分局調查後", ["三重分局"]),  # a precinct by its district's bare name
        ("未來，合作區民生事務局將持續深化", ["合作區民生事務局"]),
        ("大型开国大典。中央人民政府主席毛泽东", ["中央人民政府"]),
        # Not bodies: generic nouns in a list, a multinational, a verb after a ministry's name.
        ("科研、公园、动物园、演出团体等单位饲养的", []),
        ("跨国公司不断深度嵌入中国产业体系", []),
        ("认真落实全国统一大市场建设部署要求", []),
    ],
)
def test_organisations_of_the_new_genres(text, expected):
    assert texts(text, "ORG") == expected
    same_in_every_view(text)


def test_a_centre_where_an_event_is_held_is_a_venue():
    text = "大学生邀请赛今天在澳门南湾湖水上活动中心举行，來自全球"
    assert texts(text, "LOC") == ["澳门南湾湖水上活动中心"]
    assert texts(text, "ORG") == []
    same_in_every_view(text)


# -- places: sites after a chain, regions, straits and routes -------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("夜赛龙舟竞逐浪，福建福州三溪村的夜赛龙舟习俗", ["福建福州三溪村"]),
        ("在河北省平山县西柏坡纪念馆前", ["河北省平山县西柏坡纪念馆"]),
        ("做好甘肃积石山地震等抢险救援", ["甘肃积石山"]),  # a province may open a chain alone
        ("贵州丹寨金泉街道的易地搬迁群众", ["贵州丹寨金泉街道"]),
        # A designation is no site name, and a city alone does not open a chain.
        ("加强上海市历史文化名镇保护", ["上海市"]),
        ("穿越霍尔木兹海峡的油轮", ["霍尔木兹海峡"]),
        ("关中、陕北、陕南产业协同", ["关中", "陕北", "陕南"]),
        ("中欧班列（西安）开行6037列", ["中欧班列", "西安"]),
    ],
)
def test_places_of_the_new_genres(text, expected):
    assert texts(text, "LOC") == expected
    same_in_every_view(text)


# -- dates, quantities and decree numbers ---------------------------------------------------


@pytest.mark.parametrize(
    "text, etype, expected",
    [
        ("代價高達2.26兆美元，其中", "QUANT", ["2.26兆美元"]),  # 兆 = 10^12 (Taiwan)
        ("6萬6000名阿富汗軍警", "QUANT", ["6萬6000名"]),
        ("擁有600萬人口的首都", "QUANT", ["600萬"]),  # 人口 is no measure word
        ("外送电量1116亿千瓦时，弗迪12吉瓦时动力电池", "QUANT", ["1116亿千瓦时", "12吉瓦时"]),
        ("工业和信息化部等5部门联合发布", "QUANT", ["5部门"]),
        (
            "4月15日（首映）、18、25、26日，5月2、3、9、10日",
            "DATE",
            ["4月15日", "18、25、26日", "5月2、3、9、10日"],
        ),
        ("活動日期：7月中下旬", "DATE", ["7月中下旬"]),
        ("一、二季度经济平稳增长", "DATE", ["一、二季度"]),
        ("人氣創新高！2026“澳門・橫琴藝墟”圓滿落幕", "DATE", ["2026"]),  # a year before a title
        ("今年前四个月，有超过3000家外资企业", "DATE", ["前四个月"]),
        (
            "原中华人民共和国国家发展计划委员会令第8号发布",
            "DOC",
            ["中华人民共和国国家发展计划委员会令第8号"],
        ),
        ("依照国家市场监督管理总局令第56号", "DOC", ["国家市场监督管理总局令第56号"]),
    ],
)
def test_dates_quantities_and_decrees(text, etype, expected):
    assert texts(text, etype) == expected
    same_in_every_view(text)


# -- people: later mentions of transliterations, surname + role, bylines, dotted names ------


def test_a_transliterated_name_recurs_glued_to_the_next_word():
    text = "美國總統拜登表示，儘管如此。許多共和黨人批評拜登政府，這將是拜登總統任期的污點。"
    assert texts(text, "PER") == ["拜登", "拜登", "拜登"]
    same_in_every_view(text)


def test_a_chinese_name_glued_to_a_character_is_still_another_name():
    assert texts("省长王强表示，王强国家队", "PER") == ["王强"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "外出倒垃圾時，謝姓警員（40歲）以女移工沒帶居留證，經調查後，認定謝員有執法違失",
            ["謝", "謝"],
        ),
        ("一名陳姓男子昨日被捕", ["陳"]),
        ("老百姓的心声，人员和成员", []),
        ("編譯：吳宗宜 8月15日，在阿富汗", ["吳宗宜"]),
        (
            "巴西國家旅行社協會主席安娜•卡羅萊娜•梅德羅斯（Ana Carolina Medeiros）亦",
            ["安娜•卡羅萊娜•梅德羅斯", "Ana Carolina Medeiros"],
        ),
        ("英國每日快報（Daily Express）引述", []),  # a paper and its own name
    ],
)
def test_people_by_surname_role_byline_and_dotted_names(text, expected):
    assert texts(text, "PER") == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("以总理称以军将维持在黎南部军事存在", ["以", "黎"]),
        ("可以南部为主", []),  # 以 inside a word
        ("加快推进西安都市圈同城化", ["西安都市圈"]),
        ("西安地铁运营里程422公里", ["西安地铁"]),
        ("西安地铁15号线通车运营", ["西安地铁15号线"]),
        ("乘坐地铁上班", []),
        (
            "金蓮花廣場、普濟禪院及祐漢街市等澳門特色地標",
            ["金蓮花廣場", "普濟禪院", "祐漢街市", "澳門"],
        ),
        ("澳門亮燈地點：澳門旅遊塔", ["澳門", "澳門旅遊塔"]),
        ("宜川、平利等5个县区被命名为", ["宜川", "平利"]),
        ("推动张三、李四等5个县区", []),
    ],
)
def test_more_places_of_the_new_genres(text, expected):
    assert texts(text, "LOC") == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "As The U.S.-Backed Government Collapses（NPR） Taliban enter（The Economic Times）",
            # Taliban as the gold marks it (round 15's Latin names of world news, orgs_media.txt)
            ["NPR", "Taliban", "The Economic Times"],
        ),
        ("GDP增长5%（GDP）", []),  # after Chinese text a bracketed Latin word is no source
        ("西北农大绘制全球首张小麦抗条锈病基因图谱", ["西北农大"]),
        ("中央财政加大对地方转移支付", []),  # 央财 is no university inside 中央财政
    ],
)
def test_sources_of_english_headlines_and_university_short_names(text, expected):
    assert texts(text, "ORG") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 两江交汇 counts two rivers (the gold marks 涪江 and 琼江 before it, not 两江).
        ("地处两江交汇处的重庆铜梁，碧波荡漾", ["重庆铜梁"]),
        ("2026年中华龙舟大赛四川巴中恩阳站圆满落幕", ["四川巴中恩阳"]),
        ("共叙邻里情。安徽无为市刘渡镇的包粽子比赛", ["安徽无为市刘渡镇"]),
        ("湖南岳阳汨罗江上，鼓声震天", ["湖南岳阳汨罗江"]),  # the river, not the county
        # The county must belong to the place before it: 和平区 is in Tianjin.
        ("北京和平解放", ["北京"]),
        ("京津冀、长三角、粤港澳、成渝四大城市群", ["京津冀", "长三角", "粤港澳", "成渝"]),
    ],
)
def test_a_county_named_bare_after_its_province(text, expected):
    assert texts(text, "LOC") == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("建立黄河流域陕晋豫段生态保护横向补偿", ["黄河流域陕晋豫段"]),
        ("黄河干流陕西段连续4年保持Ⅱ类水质", ["黄河干流陕西段"]),
        ("规划建设贵州航空产业城，以航空航天为重点", ["贵州航空产业城"]),
    ],
)
def test_reaches_of_rivers_and_industry_cities(text, expected):
    assert texts(text, "LOC") == expected
    same_in_every_view(text)
