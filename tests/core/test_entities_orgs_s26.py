"""Session 26 (e50, #13): organisations of news and Traditional text by their grammar — lines of
tuning dev documents (batches 1–12, 17–52), in every script view, with invented negatives where a
pattern needs one."""

from __future__ import annotations

import pytest

from tests.core.entity_views import of_type, same_in_every_view


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev, press-tw-president-whole-society-resilience-committee-seventh-meeting-2026
        ("面對中共對臺軍事野心持續加劇，我們必須", ["中共"]),
        ("中共卻用大規模軍演，試射飛彈", ["中共"]),
        # dev, news-hk-tung-chee-hwa-national-day-absence-2021
        ("今年7月4日出席慶祝中共成立的《1921》電影首映", ["中共"]),
        # dev, news-hk-hkcnews-cotton-tree-children-magazine-closure-2019
        ("專欄分了9個課題，以中共常用的宣傳口號來分章", ["中共"]),
        # dev, news-hk-hkcnews-china-dot-dot-dot-suspended-2021 (Cantonese particle)
        ("黨壓到死嘅時候，當時中共嘅生存之道係咩嘢", ["中共"]),
        # the longer names stay whole
        ("中共中央政治局召开会议", ["中共中央政治局"]),
        ("中共北京市委书记出席", ["中共北京市委"]),
    ],
)
def test_the_party_by_its_short_name_before_a_verb_or_particle(text, expected):
    assert of_type(text, "ORG") == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev, news-hk-cityu-student-reporters-2019: 烽火中|共赴, two words
        "也見到二號橋之役在烽火中共赴校難的段崇智",
        # invented: a word in 中 before it, a word in 共 after it
        "其中共有5家企业入选名单",
        "推动数据集中共享和开放",
        "引起观众心中共鸣的作品",
    ],
)
def test_zhong_gong_across_two_words_is_no_party(text):
    assert of_type(text, "ORG") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev, news-cn-aerospace-selldown-2026: a listed outlet, found before as now (航天环宇: a
        # listed company)
        ("拟定增募不超15.5亿\n中国经济网北京6月12日讯 航天环宇", ["中国经济网", "航天环宇"]),
        # invented on that line, the outlet renamed (no list knows it), with and without a place
        ("拟定增募不超15.5亿\n红星新闻北京6月12日讯 航天环宇", ["红星新闻", "航天环宇"]),
        ("拟定增募不超15.5亿\n潇湘晨报6月12日电 航天环宇", ["潇湘晨报", "航天环宇"]),
    ],
)
def test_the_outlet_that_opens_a_news_dateline(text, expected):
    assert of_type(text, "ORG") == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # invented: the house's own paper, and an outlet's word with no date after it
        "标题\n本报北京6月12日电 记者从会上获悉",
        "标题\n他在网上发了一条北京消息",
    ],
)
def test_no_outlet_without_a_dateline(text):
    assert of_type(text, "ORG") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev, news-hk-hket-rugby-sevens-women-team-defeats-2023
        ("【七欖比賽】女子港隊2戰惜敗市民撐「爭氣」", ["女子港隊"]),
        ("球賽女子隊賽事，紅衫加拿大對藍衫港隊，最終20比5", ["港隊"]),
        ("開局第12分鐘，在加拿大嚴密的防守下，港女隊由謝詠翹撲進第一球", ["港女隊"]),
        ("晚上8時33分將有男子港隊在B組首場賽事對法國", ["男子港隊"]),
        # invented: Macau's (or, in the mainland press, Australia's) team; the full name stays
        ("澳隊以2比1擊敗對手", ["澳隊"]),
        ("中国香港队获得冠军", ["中国香港队"]),
    ],
)
def test_hong_kong_and_macau_teams_by_their_one_character_names(text, expected):
    assert of_type(text, "ORG") == expected
    same_in_every_view(text)


def test_a_port_word_before_team_members_is_no_team():
    # invented: 队员 are members, not the team (teams._NOT_AFTER)
    assert of_type("港隊員今日出發", "ORG") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev, press-mo-um-national-day-flag-raising-2026 (the full name from the release's
        # first lines, the short form of its body)
        (
            "澳門大學舉行升旗儀式。\n澳大國慶日舉行升旗儀式，展現澳大師生的愛國情操。",
            ["澳門大學", "澳大", "澳大"],
        ),
        # dev, press-mo-utm-barcelona-cett-agreement-2026, its partner's name left out
        (
            "澳門旅遊大學簽署合作協議。\n此合作進一步拓展澳旅大的全球合作網絡",
            ["澳門旅遊大學", "澳旅大"],
        ),
        # invented: the place's country stays a place (澳大利亚), and 大 + a word is no short name
        ("澳門大學代表團訪問澳大利亞", ["澳門大學"]),
        ("南京大学的学生在南大门前合影，南大校长致辞", ["南京大学", "南大"]),
    ],
)
def test_a_university_named_in_full_is_named_short_later(text, expected):
    assert of_type(text, "ORG") == expected
    same_in_every_view(text)


def test_no_short_name_without_the_full_name():
    # invented: 澳大 alone (no 澳門大學 in the text) is left to the lists, which do not hold it
    assert of_type("展現澳大師生的愛國情操。", "ORG") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev, news-hk-rthk-immigration-detention-2020
        ("入境處四會譴責偏頗\u3000港台：節目內已詳細交代回應", ["入境處", "港台"]),
        ("眾新聞向港台查詢會否因而展開內部調查", ["眾新聞", "港台"]),
        # dev, news-hk-hkcnews-china-dot-dot-dot-suspended-2021
        ("港台未有回應節目會否在奧運後恢復", ["港台"]),
        ("他指，尊重港台有權力作節目調整", ["港台"]),
    ],
)
def test_rthk_by_its_short_name_where_it_speaks_or_is_asked(text, expected):
    assert of_type(text, "ORG") == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # invented: Hong Kong and Taiwan, two places
        "港台明星纷纷发文祝贺",
        "近年引进港台节目的数量下降",
    ],
)
def test_hong_kong_and_taiwan_named_together_are_places(text):
    assert of_type(text, "ORG") == []
    assert of_type(text, "LOC") == ["港", "台"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev, gw-tw-moi-mainland-fingerprint-rules-2010
        ("署應將指紋檔案備份，送內政部警政署刑事警察局利用。", ["內政部警政署刑事警察局"]),
        # dev, gw-tw-mac-councillor-appointment-rules-amendment-2005
        ("本辦法依行政院大陸委員會組織條例第十九條規定訂定之。", ["行政院大陸委員會"]),
        # dev, press-tw-tainan-water-resources-dredging-funds-rebuttal-2026
        (
            "執行績效高居全國第一，另經濟部水利署「前瞻縣市管河川及區域排水整體改善計畫」",
            ["經濟部水利署"],
        ),
        # dev, press-mo-zhuhai-npc-rules-alignment-visit-2026
        (
            "行政法務司司長黃少澤率團訪珠海市人大常委會 加強規則銜接機制對接",
            ["行政法務司", "珠海市人大常委會"],
        ),
        # invented: the verb's character inside a place stays (上海), as does a body without a verb
        ("上海市人民政府办公厅印发通知", ["上海市人民政府办公厅"]),
    ],
)
def test_a_one_character_verb_before_a_known_body_or_place_ends_the_name(text, expected):
    assert of_type(text, "ORG") == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev, news-cn-sina-huashang-xian-industrial-power-use-2021
        ("西安制造业带动电力消费快速增长\n来源：华商报\n近日", ["华商报"]),
        # dev, news-cn-sysu-organ-donation-lecture-2014
        ("要把你的意愿告知你的家人。\n来源：家庭医生在线\n日期：2014年0", ["家庭医生在线"]),
        # dev, stats-fj-pingtan-2015-statistical-bulletin
        ("增速按可比价格计算。 来源：平潭综合实验区统计局 附件下载", ["平潭综合实验区统计局"]),
        # dev, news-hk-cityu-student-reporters-2019: a Chinese and a Latin member
        ("文件及文具散落一地。照片來源：城大編委Facebook\n照片", ["城大編委", "Facebook"]),
        # invented: two members
        ("来源：人民网、人民日报\n", ["人民网", "人民日报"]),
    ],
)
def test_the_members_of_a_source_field_are_bodies(text, expected):
    assert of_type(text, "ORG") == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev, gw-gd-foshan-talent-housing-policy-guide-2019: the house itself
        "操作指引\n信息来源：本网发布时间：2019-12-04",
        # dev, report-cn-jianyu-tender-subscription-weekly-brief-2019: a phrase, no source
        "中标单位 | 项目金额\n推荐来源：上周已推送的大额项目、上周未推送但强相关的项目",
        # invented: the net
        "图片来源：网络\n",
    ],
)
def test_no_body_in_a_source_field_that_names_none(text):
    assert of_type(text, "ORG") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev, news-cn-wind-morning-briefing-20240802
        ("管区域和自贸区统筹发展。\n6、据中国天气网，今年7月", ["中国天气网"]),
        ("增加220亿立方英尺。\n4、据上海有色网最新报价显示", ["上海有色网"]),
        # dev, gw-cn-badong-geohazard-reply-2004 (the line from its times on)
        ("20时40分和19日20时35分。据三峡地震台网测定，", ["三峡地震台网"]),
    ],
)
def test_a_website_cited_after_ju_is_a_body(text, expected):
    assert of_type(text, "ORG") == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # invented: the net itself
        "据互联网统计，今年网民增加",
        "据电网监测，负荷创新高",
    ],
)
def test_the_net_cited_after_ju_is_no_body(text):
    assert of_type(text, "ORG") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev, news-hk-hku-su-candidate-internships-2019
        ("中聯辦\u3000立場惹爭議\n港大學生會周年大選 將於下周（", ["中聯辦", "港大學生會"]),
        # dev, news-hk-civil-society-dissolutions-timeline-2021
        ("校方宣佈不再承認港大學生會作為獨立註冊社團", ["港大學生會"]),
        # invented: a university by its full name, and a list that keeps its first member apart
        ("北京大学学生会主席出席", ["北京大学学生会"]),
        ("清华大学与北京大学学生会合办", ["清华大学", "北京大学学生会"]),
    ],
)
def test_a_universitys_students_union_is_one_body_with_it(text, expected):
    assert of_type(text, "ORG") == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # dev, press-tw-cdc-world-health-day-one-health-action-plan-2026
        ("疾管署今（7日）發布公告，響應WHO今年主題「Together", ["疾管署", "WHO"]),
        # dev, press-mo-iam-us-avian-flu-poultry-imports-2026
        (
            "市政署亦會根據世界動物衛生組織(WOAH)的公布，持續監察",
            ["市政署", "世界動物衛生組織", "WOAH"],
        ),
        # invented: an English word in a line of capitals is no acronym
        ("I DON'T KNOW WHO IS THERE", []),
    ],
)
def test_intergovernmental_bodies_by_their_english_acronyms(text, expected):
    assert of_type(text, "ORG") == expected
    same_in_every_view(text)


@pytest.mark.parametrize(
    "text",
    [
        # dev, press-tw-cdc-flu-vaccine-batch-precautionary-suspension-2026
        "仍有該批號庫存的14縣市衛生局預防性暫時停用並收回",
        # dev, news-tw-cna-new-taipei-pork-sold-as-mutton-inspection-2023
        "件來自同樣源頭，地方衛生局皆依法裁罰",
        # dev, news-hk-myanmar-coup-china-2021
        "當中九成都由中資及當地合作公司中標。",
    ],
)
def test_a_bureau_of_every_place_or_of_the_local_one_is_a_kind(text):
    assert of_type(text, "ORG") == []


def test_a_real_name_that_opens_with_difang_stays():
    # invented: 地方金融监督管理局 is a body's own name after its city
    text = "北京市地方金融监督管理局发布通知"
    assert of_type(text, "ORG") == ["北京市地方金融监督管理局"]
    same_in_every_view(text)


def test_a_party_named_by_generic_words_is_listed():
    # dev, news-hk-rthk-greater-china-digest-2025
    text = "抵達金邊國際機場時，西哈莫尼及人民黨主席、參議院主席洪森"
    assert of_type(text, "ORG") == ["人民黨", "參議院"]
    same_in_every_view(text)
    # invented: the people's party members are no party
    assert of_type("为人民党员干部作报告", "ORG") == []
