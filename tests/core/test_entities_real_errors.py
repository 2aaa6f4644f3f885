"""The errors that issue #13 found on real documents (a State Council opinion, a city work report,
mainland and Hong Kong news), each on the real sentence or phrase it was seen in, and the rule of
the second edition of the guideline (docs/entity-guideline.md) that decides it."""

from __future__ import annotations

import pytest

from gui.core.entities import recognise
from gui.core.script import make_view


def found(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.text) for e in recognise(text)}


def texts(text: str, etype: str) -> list[str]:
    return [e.text for e in recognise(text) if e.type == etype]


# -- people after a title or role; later mentions -------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("中国科学院地理科学与资源研究所副所长白明介绍，", "白明"),
        ("中国人民大学新闻学院教授郭全中认为，", "郭全中"),
        ("新东方创始人俞敏洪表示，", "俞敏洪"),
        ("特首林鄭月娥今日表示，", "林鄭月娥"),
        ("港台周三起連續多日播出特首林鄭月娥親自主持的節目", "林鄭月娥"),
        ("安徽省委书记郑栅洁直指，蚌埠市经济失速", "郑栅洁"),
        ("记者：李金磊", "李金磊"),
        ("中新社發 岳路建 攝", "岳路建"),
    ],
)
def test_person_after_title_or_role(text, name):
    assert texts(text, "PER") == [name]


def test_second_mention_without_title_is_the_same_person():
    text = "代市长任振鹤作政府工作报告。会后，任振鹤在会上说明了情况。"
    assert texts(text, "PER") == ["任振鹤", "任振鹤"]


def test_married_name_and_its_short_form():
    text = "林鄭月娥有意角逐連任。特首林鄭月娥親自訪問選委，林鄭作為現任特首。"
    assert texts(text, "PER") == ["林鄭月娥", "林鄭月娥", "林鄭"]


def test_title_and_weekday_are_no_names():
    text = "審計署署長周三發表多份審計報告。"
    assert texts(text, "PER") == []
    assert ("ORG", "審計署") in found(text)


def test_name_alone_between_clause_marks():
    # A three-character name of clear name characters, standing as a list member.
    assert texts("获奖者为：李墨轩、王子涵。", "PER") == ["李墨轩", "王子涵"]


# -- organisations --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, org",
    [
        ("發展局、立法會、食環署及審計署均已回應。", "發展局"),
        ("發展局、立法會、食環署及審計署均已回應。", "立法會"),
        ("發展局、立法會、食環署及審計署均已回應。", "食環署"),
        ("發展局、立法會、食環署及審計署均已回應。", "審計署"),
        ("据时代周报报道，", "时代周报"),
        ("新东方和好未来均已转型。", "新东方"),
        ("新东方和好未来均已转型。", "好未来"),
        ("坚持党中央集中统一领导", "党中央"),
        ("并请市政协委员提出意见", "市政协"),
        ("市人大常委会听取报告", "市人大常委会"),
        ("北京市第十六届人民代表大会第四次会议", "北京市第十六届人民代表大会"),
        ("香港賽馬會慈善信託基金捐款", "香港賽馬會慈善信託基金"),
        ("經馬會慈善基金捐款，香港賽馬會表示", "香港賽馬會"),
        ("內政部長林右昌、行政院長陳建仁出席", "內政部"),
        ("內政部長林右昌、行政院長陳建仁出席", "行政院"),
        ("支持新疆生产建设兵团发展", "新疆生产建设兵团"),
        ("立法會帳委會聆訊", "立法會帳委會"),
        ("大律師公會認為", "大律師公會"),
    ],
)
def test_organisations_found(text, org):
    assert ("ORG", org) in found(text)


def test_places_inside_organisations_are_not_places():
    text = "香港賽馬會捐款支持新疆生产建设兵团的项目。"
    assert texts(text, "LOC") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("當時食環署委聘一間大學進行研究。", ["食環署"]),
        ("個案由食環署轉介至食安中心跟進。", ["食環署", "食安中心"]),
        ("一批科技人员走出研究院，", []),
        ("有一条大学路通往校园。", []),
        ("鼓励职业学校、公立医院和农机作业公司参与。", []),
        ("由发展改革、工业和信息化等部门负责。", []),
        (
            "国家发展改革委、教育部、发展改革、工业和信息化等部门按职责分工负责。",
            ["国家发展改革委", "教育部"],
        ),
    ],
)
def test_organisation_boundaries_and_generic_nouns(text, expected):
    assert texts(text, "ORG") == expected


def test_short_names_do_not_fire_inside_places():
    # 北大 is a university's short name, but not in 湖北大力.
    assert found("湖北大力推进改革，北大和清华参与。") == {
        ("LOC", "湖北"),
        ("ORG", "北大"),
        ("ORG", "清华"),
    }


# -- places ---------------------------------------------------------------------------------


def test_bare_district_names():
    text = "海淀区和海淀的科技企业，浦东、昆山也有布局。"
    assert texts(text, "LOC") == ["海淀区", "海淀", "浦东", "昆山"]


def test_bare_names_need_a_word_boundary():
    # 台中 and 海淀 are places only at a word boundary: 平台中 is "in the platform".
    assert texts("在平台中运行", "LOC") == []


def test_station_and_zone_spans():
    text = "北京西站和北京西至雄安的列车，服务天津滨海-中关村科技园。"
    assert texts(text, "LOC") == ["北京西站", "北京西", "雄安", "天津滨海-中关村科技园"]


def test_one_character_abbreviations_after_verbs_of_motion():
    assert texts("旅客抵港後，本港及全港均受影響。", "LOC") == ["港"]


# -- document numbers, dates, quantities ----------------------------------------------------


def test_document_numbers_are_doc():
    text = "（国发〔2019〕5号）根据国办发〔2018〕108号和国务院令第722号，财税〔2018〕55号。"
    assert texts(text, "DOC") == [
        "国发〔2019〕5号",
        "国办发〔2018〕108号",
        "国务院令第722号",
        "财税〔2018〕55号",
    ]


def test_a_year_in_round_brackets_is_no_document_number():
    assert texts("截至（2023）年底共5号楼", "DOC") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("二〇二六年一月二十七日", ["二〇二六年一月二十七日"]),
        ("今日（十月二十五日）呼籲市民", ["十月二十五日"]),
        ("一季度、前三季度和上半年均增长", ["一季度", "前三季度", "上半年"]),
        ("2014年下半年", ["2014年下半年"]),
        ("统一季度报表", []),
    ],
)
def test_periods_and_chinese_numeral_dates(text, expected):
    assert texts(text, "DATE") == expected


def test_durations_are_quantities_not_dates():
    text = "申请人应在30日内提出，审理期限为19至55日，本月30日召开。"
    assert texts(text, "DATE") == ["30日"]
    assert texts(text, "QUANT") == ["30日", "19至55日"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("粮食产量保持在1100亿斤以上", ["1100亿斤"]),
        ("涉及款項6,621萬人民幣", ["6,621萬人民幣"]),
        ("共66,979 個單位", ["66,979 個"]),
        ("每股87.40元人民幣", ["87.40元人民幣"]),
    ],
)
def test_quantities_keep_measure_word_and_currency(text, expected):
    assert texts(text, "QUANT") == expected


# -- the contract: one set of spans in every script -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "特首林郑月娥今日表示，食环署委聘一间大学，审计署署长周三发表报告。",
        "国发〔2019〕5号要求，一季度粮食产量1100亿斤，涉及6,621万人民币。",
    ],
)
def test_traditional_text_gives_the_same_spans(text):
    hant = make_view(text, "hant")
    assert len(hant.text) == len(text)
    simplified = [(e.start, e.end, e.type) for e in recognise(text)]
    traditional = [(e.start, e.end, e.type) for e in recognise(hant.text)]
    assert simplified == traditional
    assert simplified


# -- Hong Kong release conventions (an Ombudsman press release, 2025) ------------------------


def test_hong_kong_number_and_date_conventions():
    text = (
        "由二○○五年的約18 900宗下降至近三年（即二○二二至二○二四年）每年平均約1 300宗。"
        "繼公署今年三月完成調查，房屋署於二○二四年十二月實施措施。"
    )
    assert texts(text, "DATE") == [
        "二○○五年",
        "二○二二至二○二四年",
        "三月",
        "二○二四年十二月",
    ]
    assert texts(text, "QUANT") == ["18 900宗", "1 300宗"]


def test_variant_character_in_a_body_name():
    # 衞 (kept by OpenCC's t2s) in 食物環境衞生署 is matched as 卫.
    assert texts("食物環境衞生署（食環署）", "ORG") == ["食物環境衞生署", "食環署"]


# -- boundaries seen in mainland news (a discipline-inspection report and a donation report) --


@pytest.mark.parametrize(
    "text, expected",
    [
        ("经甘肃省委批准立案的省监狱管理局原政委梁仪坚", ["甘肃省委", "省监狱管理局"]),
        ("审议并报甘肃省委批准", ["甘肃省委"]),
        # The bureau's division before its head's title is one body with the bureau (a unit
        # right after its body, docs/entity-guideline.md; batch 10's gold: 安徽省经贸委煤炭工业
        # 管理办公室主任); 任 still ends the name on the left.
        ("1987.10-1995.03 任甘肃省监狱管理局宣教处副处长", ["甘肃省监狱管理局宣教处"]),
        ("来源：每日经济新闻综合中央纪委国家监委网站", ["每日经济新闻", "中央纪委国家监委"]),
        ("腾讯决定透过旗下腾讯基金会追加4000万", ["腾讯", "腾讯基金会"]),
        ("1971年10月加入中国共产党。", ["中国共产党"]),
    ],
)
def test_names_stop_at_verbs_of_report_prose(text, expected):
    assert texts(text, "ORG") == expected


def test_currency_after_yuan_and_a_comma_inside_a_number():
    text = "将向香港社会捐助1000万元港币现金，总计向香港抗疫支援港币5，000万元。"
    assert texts(text, "QUANT") == ["1000万元港币"]


# -- work-report and official-news patterns ---------------------------------------------------


def test_districts_in_a_list_include_those_that_are_common_words():
    # 朝阳 alone is a common word ("morning sun"); between 海淀 and 丰台 it is a district.
    text = "海淀、朝阳、丰台、石景山等区加快建设。支持门头沟、房山、昌平生态涵养区建设。"
    assert texts(text, "LOC") == ["海淀", "朝阳", "丰台", "石景山", "门头沟", "房山", "昌平"]
    assert texts("朝阳产业发展迅速", "LOC") == []


def test_venues_lines_and_national_halls():
    text = "国家会议中心二期、大兴国际机场建成，京雄高速、京唐城际铁路、地铁17号线开通运营。"
    assert texts(text, "LOC") == [
        "国家会议中心二期",
        "大兴国际机场",
        "京雄高速",
        "京唐城际铁路",
        "地铁17号线",
    ]
    assert texts(text, "ORG") == []


def test_ministers_with_rarer_surnames_and_a_biography():
    assert texts("教育部部长怀进鹏、科技部部长阴和俊出席会议。", "PER") == ["怀进鹏", "阴和俊"]
    text = "省监狱管理局原政委梁仪坚严重违纪违法。梁仪坚简历：梁仪坚，男，汉族，1955年11月出生。"
    assert texts(text, "PER") == ["梁仪坚", "梁仪坚", "梁仪坚"]


# -- Hong Kong commentary: colloquial function words and council names ------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("何俊仁去年替支聯會發聲", ["支聯會"]),
        ("梁耀忠去信葵青區議會", ["葵青區議會"]),
        ("紛紛標榜公司業績", []),
        ("有一些會員連保險公司都唔認識", []),
        ("新界南總區高級警司表示", []),
    ],
)
def test_hong_kong_commentary_boundaries(text, expected):
    assert texts(text, "ORG") == expected


def test_person_name_containing_a_place_name():
    # 嘉興 is a city, but inside a person's name found next to a title it is the name.
    text = "藝術家陳嘉興在網上發文。陳嘉興過往曾以藝術行為抗議。"
    assert texts(text, "PER") == ["陳嘉興", "陳嘉興"]
    assert texts(text, "LOC") == []


# -- Shanghai district documents and State Council letters (dev documents of the corpus kind) --


@pytest.mark.parametrize(
    "text, expected",
    [
        ("完善文物保护单位、博物馆等机构的公共文化服务功能", []),
        ("区更新办设在区建设管理委。", ["区更新办", "区建设管理委"]),
        ("市交通委会同市公安局制定方案", ["市交通委", "市公安局"]),
        ("可通过购买服务等方式委托相关机构具体承担", []),
        ("目前，除太钢外，宝钢、莱钢等钢铁企业以及一些化工等企业也取得了成效。", ["宝钢", "莱钢"]),
        ("向各民主党派、各人民团体致以敬意", []),
        ("65是住房城乡建设部确定的基础性指标", ["住房城乡建设部"]),
        ("环保总局拟积极推广太钢等企业减污节水经验", ["环保总局", "太钢"]),
    ],
)
def test_government_document_boundaries(text, expected):
    assert texts(text, "ORG") == expected


def test_a_county_city_name_inside_a_word_is_no_place():
    assert texts("建立与之相应城市体检机制", "LOC") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("原中华人民共和国国家发展计划委员会发布", ["中华人民共和国国家发展计划委员会"]),
        ("历史上曾经作为政治、经济、文化、交通中心或者军事要地", []),
        ("支持深圳建设国际科技产业创新中心", []),
        ("西九管理局首次收到嚴先生提交展覽中心方案", ["西九管理局"]),
        ("總統感謝美國商會長期支持", ["美國商會"]),
        ("澳洲辦事處副代表司徒安出席", ["澳洲辦事處"]),
        ("在頂尖大學成立6所半導體學院，以縮短大學教育與產業的差距", []),
    ],
)
def test_corpus_dev_boundaries(text, expected):
    assert texts(text, "ORG") == expected


def test_stand_is_no_station_and_queensland_holds_no_lanzhou():
    assert texts("澳洲會與臺灣站在一起，例如昆士蘭州東南部", "LOC") == ["澳洲", "臺灣", "昆士蘭州"]


# -- Taiwan presidential releases (dev documents): name before title, foreign names -----------


def test_name_before_title_and_foreign_names():
    text = (
        "蔡英文總統今（8）日接見訪團。賴清德副總統當選下一任總統。"
        "諾伊曼眾議員致詞時表示，華勒斯眾議員也出席。包括總統府資政沈榮津、文化部長史哲。"
    )
    assert texts(text, "PER") == ["蔡英文", "賴清德", "諾伊曼", "華勒斯", "沈榮津", "史哲"]


def test_given_name_with_a_common_character():
    assert texts("二二八事件紀念基金會董事長薛化元、嘉義市市長出席", "PER") == ["薛化元"]


def test_minguo_calendar_dates():
    text = "中華民國113年2月28日公布，113年度預算，民國38年遷臺，共113年歷史。"
    assert texts(text, "DATE") == ["中華民國113年2月28日", "113年度", "民國38年"]


def test_quoted_speech_is_no_term_but_slogans_are():
    text = (
        "陳積志表示：「民生無小事，冷氣機滴水可能造成滋擾。」"
        "蚌埠要求以“一日无为，三日难安”的责任意识推进，作为‘主抓手’。"
    )
    assert texts(text, "TERM") == ["“一日无为，三日难安”", "‘主抓手’"]


def test_quoted_organisation_names_are_org_without_marks():
    text = "由“全港社区抗疫连线”统筹，并邀请「香港教育专业人员协会」参与。"
    assert found(text) == {("TERM", "“全港社区抗疫连线”"), ("ORG", "香港教育专业人员协会")}


# -- Hong Kong commentary: verbs before common-noun suffixes (function_words.txt) -------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("許承俊在英國讀大學及工作", []),
        ("區議員投訴西九龍中心管理不善", ["西九龍中心"]),
        ("院長處理學院事務", []),
        ("中國船舶集團第七二五研究所、中信重工等企業", ["中國船舶集團第七二五研究所", "中信重工"]),
        ("湖南省先進製造技術研究院總投資約5億元", ["湖南省先進製造技術研究院"]),
    ],
)
def test_verbs_before_common_noun_suffixes(text, expected):
    assert texts(text, "ORG") == expected


# -- Taiwan releases (corpus dev gold): one-character country names ----------------------------


def test_one_character_country_names_in_pairs_lists_and_after_verbs():
    text = "深化臺美經貿，支持臺澳洽簽協定，與美、英、日合作，加對臺投資，訪團來臺。"
    assert texts(text, "LOC") == ["臺", "美", "臺", "澳", "美", "英", "日", "臺", "臺"]
    assert texts("在台上發言，台風來襲", "LOC") == []


def test_reservoirs_and_ports_are_venues():
    assert texts("建设铁岗水库和新皇岗口岸", "LOC") == ["铁岗水库", "新皇岗口岸"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("于2025年5月底完成，11月末规模以上", ["2025年5月底", "11月末"]),
        ("Release date: Mon, 24 Jan 2022 23:40", ["24 Jan 2022"]),
        ("蔡英文總統今（28）日上午前往嘉義", ["今（28）日"]),
        ("早在2017 年我們宣示，去年 11 月啟用，出席2024人權新聞獎", ["2017 年", "11 月", "2024"]),
        ("由今日起一連9日發布影片", []),
    ],
)
def test_date_forms_of_releases_and_news(text, expected):
    assert texts(text, "DATE") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "区消防救援支队、区大数据中心、区政务服务办、区经委等部门",
            ["区消防救援支队", "区大数据中心", "区政务服务办", "区经委"],
        ),
        ("2024年3月5日在第十四届全国人民代表大会第二次会议上", ["第十四届全国人民代表大会"]),
        ("根據《經濟學人資訊社》發布的報告，《眾新聞》查詢", ["經濟學人資訊社", "眾新聞"]),
        ("事件中以軍犯錯；關於侵华日军遺棄化學武器", ["以軍", "侵华日军"]),
        ("在微博、微信等第三方平台上开设账号", ["微博", "微信"]),
        ("市里举办活动，区域性中心城市", []),
    ],
)
def test_level_led_bodies_term_numbers_media_armies(text, expected):
    assert texts(text, "ORG") == expected


def test_latin_glosses_after_names():
    text = (
        "出席「台灣美國商會」（AmCham Taiwan）晚宴，美國在台協會處長孫曉雅（Sandra Oudkirk）、"
        "執行長銀丹（Dan Silver）致詞。"
    )
    assert found(text) >= {
        ("ORG", "AmCham Taiwan"),
        ("PER", "Sandra Oudkirk"),
        ("PER", "銀丹"),
        ("PER", "Dan Silver"),
    }


def test_parliaments_pilot_zones_and_broken_titles():
    text = "也在澳洲國會跨黨派的努力下，國務院決定在海南博鳌乐城国际医疗旅游先行区暂时调整实施"
    assert found(text) >= {("ORG", "澳洲國會"), ("LOC", "海南博鳌乐城国际医疗旅游先行区")}
    assert texts("实施《中华人民共和国药品管理法\n实施条例》有关规定", "DOC") == [
        "《中华人民共和国药品管理法\n实施条例》"
    ]
    assert texts("保持人民币汇率在合理均衡水平上，外商及港澳台商投资企业", "LOC") == []


@pytest.mark.parametrize(
    "text, etype, expected",
    [
        ("围绕以上8方面，迎接建党100周年，立法 45 週年", "QUANT", ["8方面", "100周年", "45 週年"]),
        (
            "高于全国GDP5.5%的增长目标，成立1年多以来，达到415億澳幣",
            "QUANT",
            ["5.5%", "1年多", "415億澳幣"],
        ),
        ("2022年4月14日 国家市场监督管理总局令第56号公布", "DOC", ["国家市场监督管理总局令第56号"]),
        ("「原本只是補牙，結果就拔了四隻智慧齒。」我們啟用「國際人才服務及延攬中心」", "TERM", []),
        ("我們啟用「國際人才服務及延攬中心」", "ORG", ["國際人才服務及延攬中心"]),
        ("投資推廣署助理署長吳國才今日出發", "ORG", ["投資推廣署"]),
        ("对太原钢铁（集团）有限公司进行调研", "ORG", ["太原钢铁（集团）有限公司"]),
        ("制定本市高效办成大件运输方案，按照本市规定办理手续", "ORG", []),
        ("總統接見澳洲跨黨派國會議員訪團", "ORG", ["澳洲跨黨派國會"]),
    ],
)
def test_dev_gold_patterns(text, etype, expected):
    assert texts(text, etype) == expected


def test_latin_glossed_names_after_bodies_verbs_and_list_marks():
    text = "我要先恭喜銀丹（Dan Silver）會長，美國商會林博智（Patrick P. Lin）執行長、貝爾（Angie Bell）。"
    assert texts(text, "PER") == [
        "銀丹",
        "Dan Silver",
        "林博智",
        "Patrick P. Lin",
        "貝爾",
        "Angie Bell",
    ]


def test_people_list_after_ji_and_no_person_in_a_place_run():
    assert texts("頒發證書予家屬杜春源、江榮森及何黎蘭。", "PER") == ["杜春源", "江榮森", "何黎蘭"]
    assert texts("推动宝安燕罗、龙岗宝龙、龙华九龙山、坪山高新南", "PER") == []


def test_the_airport_is_no_named_venue():
    text = "他觀察到現時機場多了便衣，大兴国际机场和香港機場則如常。"
    assert texts(text, "LOC") == ["大兴国际机场", "香港機場"]
