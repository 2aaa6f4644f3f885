"""News furniture and the news header's fields, round t28 (session 28), on the forms batches
53–59's dev parts showed: Taiwan's statutory suicide-prevention notice, a paper's closing
credits and bylines, a run-in dateline byline, a stamp with a zone's letters, a fetch script's
keys, a government page's links under its text, a TV site's promotion of its own coverage.
Real lines are quoted from the dev documents named; each form has an invented negative that
keeps the story's own line."""

from __future__ import annotations

from pathlib import Path

from gui.core.furniture import classify_line
from gui.core.page_residue import page_residue
from gui.core.reading import document_from_text
from tests.core.test_furniture_s25 import _marked

#: An invented story (the genre's form: a lead, two paragraphs), in traditional script…
LEAD = (
    "北市士林區一處民宅16日下午驚傳意外，消防局據報派出人車趕往，"
    "在家屬要求下將兩人送往醫院急救，警方已到場調查，詳細原因仍待釐清。"
)
MIDDLE = "里長表示，兩人平時深居簡出，鄰居多半只在早晨見到兒子推著母親外出散步，言談間十分和氣。"
#: …and in simplified.
LEAD_S = (
    "今年上半年，又有3个博士创业项目入驻郯城的金谷博士创业园，在领军人才和创新团队的引领下，"
    "化学化工、电子信息、机械制造等一批高端项目迅速崛起。"
)
MIDDLE_S = "郯城县委、县政府组织专人提供服务，在办公厂房、研发场地、企业融资等方面提供便利和支持。"


def _doc(*lines: str, sep: str = "\n"):
    return document_from_text(sep.join(lines) + "\n", Path("page.txt"))


def _field(doc, name: str) -> str | None:
    field = doc.header.fields.get(name) if doc.header else None
    return field.text if field is not None else None


# news-tw-chinatimes-shilin-elderly-mother-son-deaths-2018.html (batch 58): the head, one field a
# line under the headline, and the notice the suicide-prevention law has such a story carry.
CHINATIMES_HEAD = ("悲慟！北市士林年邁母子 住處上吊自殺身亡", "15:31 2018/09/16", "中時", "謝明俊")
NOTICE = (
    "★中時電子報關心您：再給自己一次機會",
    "自殺諮詢專線：0800-788995（24小時）",
    "生命線：1995",
    "張老師專線：1980",
)


def test_the_suicide_prevention_notice_under_a_story_is_news_furniture():
    doc = _doc(*CHINATIMES_HEAD, LEAD, MIDDLE, *NOTICE, "(中時 )", "#上吊 #自殺 #士林區")
    for line in (*NOTICE, "(中時 )"):
        assert _marked(doc, line), line
    assert page_residue("衛福部安心專線：1925（依舊愛我）") == "news"
    assert (
        page_residue("自殺防治諮詢安心專線：1925；生命線協談專線：1995；張老師專線：1980") == "news"
    )
    # a story's sentence naming a helpline, a service's own line, a council's word of care: text
    for line in (
        "民眾可撥打生命線1995求助。",
        "服務專線：1999",
        "專線：02-2345-6789",
        "市府關心您：請注意安全",
    ):
        assert page_residue(line) is None, line


def test_a_head_of_stamp_outlet_and_writer_gives_the_three_fields():
    doc = _doc(*CHINATIMES_HEAD, LEAD, MIDDLE)
    assert (_field(doc, "time"), _field(doc, "source"), _field(doc, "reporter")) == (
        "15:31 2018/09/16",
        "中時",
        "謝明俊",
    )


def test_a_bracketed_name_under_the_story_is_a_credit_only_where_the_head_sets_it_alone():
    # (invented: a 公文's note in brackets under its text names nothing the head sets alone)
    doc = _doc(*CHINATIMES_HEAD, LEAD, MIDDLE, "(聯合報 )", "#上吊 #自殺 #士林區")
    assert not _marked(doc, "(聯合報 )")


def test_a_paper_s_closing_byline_in_brackets_gives_source_and_reporter():
    # news-cn-ce-shandong-tancheng-science-park-talent-2016.txt (batch 53), run into the last line
    last = "通过园区的集群效应，吸引更多高层次人才到郯城创新创业。（经济日报 记者 王金虎）"
    doc = _doc("山东郯城：建设科技园区服务创新团队", LEAD_S, MIDDLE_S, last)
    assert _marked(doc, "（经济日报 记者 王金虎）")
    assert (_field(doc, "source"), _field(doc, "reporter")) == ("经济日报", "王金虎")
    # news-hk-hkcnews-four-person-gathering-limit-no-end-2021.md (batch 54): those who helped
    assert classify_line("（本文協力：記者周滿鏗、鄭靖而）") == "news"
    doc = _doc(CHINATIMES_HEAD[0], LEAD, MIDDLE, "（本文協力：記者周滿鏗、鄭靖而）")
    assert _field(doc, "reporter") == "周滿鏗、鄭靖而"
    # a sentence about a reporter, in brackets or not, is the story's
    assert classify_line("（記者節當天，市長親自到場致意，並與各報記者合影留念）") is None


def test_a_byline_names_the_reporter_alone():
    # 「本报记者   苏雁」 (news-cn-gmrb-suzhou-museum-ideological-course-2024.md, batch 53), 「■記者
    # 蔡少玲」 (news-hk-appledaily-ban-sushi-founder-court-thermos-flasks-2019.html, batch 58)
    for byline, name in (("本报记者   苏雁", "苏雁"), ("■記者蔡少玲", "蔡少玲")):
        doc = _doc("苏州博物馆里上思政课", byline, LEAD_S, MIDDLE_S)
        assert _field(doc, "reporter") == name, byline
    # a line of two ranks stays as written (batch 1's gold)
    doc = _doc("苏州博物馆里上思政课", "本报记者 包兴安 见习记者 杨 洁", LEAD_S, MIDDLE_S)
    assert _field(doc, "reporter") == "本报记者 包兴安 见习记者 杨 洁"


def test_a_media_group_s_reporter_gives_the_outlet_as_source():
    # news-cn-sina-southern-finance-guangdong-jan-feb-economy-2021.html (batch 55)
    doc = _doc(
        "广东经济数据出炉", LEAD_S, MIDDLE_S, "（作者：南方财经全媒体记者 钟小韵 编辑：杜弘禹）"
    )
    fields = (_field(doc, "source"), _field(doc, "reporter"), _field(doc, "editor"))
    assert fields == ("南方财经全媒体", "钟小韵", "杜弘禹")
    # news-cn-sina-southern-finance-dongguan-doubling-plan-firms-2022.html (batch 55): run into
    # the lead, the byline alone is furniture
    lead = (
        "南方财经全媒体见习记者程浩 东莞报道 5月24日，东莞市倍增计划工作领导小组办公室开展"
        "2022年东莞市“倍增计划”企业动态遴选调整工作，共计1021家企业上榜。"
    )
    doc = _doc("东莞倍增计划企业名单出炉", lead, MIDDLE_S)
    assert _marked(doc, "南方财经全媒体见习记者程浩 东莞报道")
    assert (_field(doc, "source"), _field(doc, "reporter")) == ("南方财经全媒体", "程浩")
    assert not _marked(doc, "5月24日，东莞市倍增计划工作领导小组办公室开展")
    # a lead that opens with what a reporter learnt is the story's
    told = "记者从东莞市统计局获悉 今年一季度，东莞410家规模以上工业企业增加值同比增长8.7%。"
    doc = _doc("东莞倍增计划企业名单出炉", told, MIDDLE_S)
    assert not any(f.kind == "byline" for f in doc.furniture)


def test_a_stamp_with_a_zone_s_letters_is_the_time():
    # news-hk-rthk-hong-kong-airlines-okinawa-flights-delayed-2018.txt (batch 56)
    doc = _doc("香港航空往來沖繩4航班延至今日出發", "2018-07-02 HKT 12:58", LEAD, MIDDLE)
    assert _marked(doc, "2018-07-02 HKT 12:58")
    assert _field(doc, "time") == "2018-07-02 HKT 12:58"


def test_a_fetch_script_s_keys_in_capitals_are_meta_and_its_title_the_title():
    # news-tw-nownews-songshan-airport-relocation-explainer-2026.txt (batch 59)
    title = "懶人包／松山機場為何搬不了？最大難關在這 30年遷建夢迎轉折"
    doc = _doc(
        "URL: https://www.nownews.com/news/6881657",
        f"TITLE: {title} | 要聞 | NOWnews今日新聞",
        "OG: ",
        "STATUS: 200",
        "",
        LEAD,
        MIDDLE,
    )
    assert _marked(doc, "OG:") and _marked(doc, "STATUS: 200")
    assert doc.title == title
    # a figure's label in capitals between paragraphs is text
    assert classify_line("GDP: 5%，CPI: 2%，均較上季回升。", around_body=False) is None


def test_a_government_page_s_links_under_its_text_are_chrome():
    # gw-js-changzhou-real-estate-market-stability-notice-2020.html and
    # gw-fj-mingxi-real-estate-measures-revised-notice-2022.html (batch 57)
    assert classify_line("下载本信息公开文件") == "chrome"
    text = ("关于印发明溪县促进房地产市场平稳健康发展若干措施的通知", LEAD_S, MIDDLE_S)
    reading = "《明溪县促进房地产市场平稳健康发展若干措施(修订）》 政策解读"
    assert _marked(_doc(*text, reading), reading)
    # an interpretation's own title, over its text, is the title
    doc = _doc(reading, LEAD_S, MIDDLE_S)
    assert not _marked(doc, reading)


def test_a_tv_site_s_byline_and_its_promotion_of_its_own_coverage():
    # news-tw-tvbs-typhoon-haikui-japan-forecast-track-2023.html (batch 58)
    promo = (
        "海葵颱風直撲北台而來，《TVBS新聞網》9/1-9/3連續3天，每天16:00~22:00，都有颱風特別報導，"
        "跟主播互動分享各地風雨狀況。陪您掌握海葵颱風最新動態，敬請鎖定。"
    )
    doc = _doc("海葵會變強烈颱風 日本預測路徑曝", "編輯 陳妍如 報導", LEAD, promo, MIDDLE)
    assert _field(doc, "reporter") == "陳妍如"
    assert _marked(doc, promo)
    # a show's channel named in a story's sentence is the story's (invented)
    show = "該劇將於週五晚間在《三立台灣台》首播，劇組邀請觀眾一同追劇，敬請鎖定。"
    assert page_residue(show) is None


def test_an_outlet_s_credit_and_a_source_before_the_page_s_controls():
    # news-tw-ettoday-top-ten-national-snacks-2025.txt (batch 56)
    doc = _doc("台灣10大國民小吃出爐", "2025年04月21日 18:12", "圖文／鏡週刊", LEAD, MIDDLE)
    assert _field(doc, "source") == "鏡週刊"
    # a person's credit names no outlet
    doc = _doc("台灣10大國民小吃出爐", "2025年04月21日 18:12", "圖文／王大明", LEAD, MIDDLE)
    assert _field(doc, "source") is None
    # news-cn-pingtan-cppcc-science-members-inspection-2011.txt (batch 55): 「附件下载」 is a control
    doc = _doc("全国政协科协界委员来岚考察", "来源：中国平潭网 附件下载", LEAD_S, MIDDLE_S)
    assert _field(doc, "source") == "中国平潭网"


def test_a_copy_of_the_title_s_last_clause_run_into_the_lead_is_chrome():
    # press-tw-tncc-regular-session-general-interpellation-2026.txt (batch 56)
    title = "為臺南市政健檢，市議會定期會24日起進行市政總質詢"
    lead = (
        "市議會定期會24日起進行市政總質詢臺南市議會本屆第8次定期會自24日起，上午議程進入市政總質詢，"
        "每日3名議員為地方建設把關，與市長及市府團隊面對面探討市政議題。"
    )
    doc = _doc(title, "", lead, MIDDLE)
    assert _marked(doc, "市議會定期會24日起進行市政總質詢臺")
    assert doc.title == title
    # a lead taking the clause up with a stop after it is the story's (invented)
    own = "市議會定期會24日起進行市政總質詢，每日3名議員為地方建設把關，與市長及市府團隊面對面探討市政議題。"
    doc = _doc(title, "", own, MIDDLE)
    assert not any(f.start < len(title) + 10 < f.end for f in doc.furniture)
    assert not _marked(doc, own)


def test_short_lines_under_the_site_s_link_under_the_story_are_its_teasers():
    # news-tw-tvbs-typhoon-haikui-japan-forecast-track-2023.html (batch 58): under the live
    # coverage's link, three teasers close the page
    teasers = (
        "今年太多好劇可以看！幫你精選好立刻開追",
        "《免費索票》TVBS 30互動特展 沉浸體驗AR、HTC VR新科技",
        "演藝圈「愛貓魔人」吳慷仁，首次揭露私下相處秘密",
    )
    link = "直播連結：https://news.tvbs.com.tw/live/news4live/34664"
    doc = _doc("海葵會變強烈颱風 日本預測路徑曝", LEAD, MIDDLE, link, *teasers)
    for line in teasers:
        assert _marked(doc, line), line
    # a 公文's signature and date under an attachment's link are no teasers (invented)
    tail = ("常州市人民政府办公室", "2020年9月11日")
    doc = _doc(
        "关于进一步促进我市房地产市场平稳健康发展的通知", LEAD_S, MIDDLE_S, "附件.pdf", *tail
    )
    assert not any(_marked(doc, line) for line in tail)
    # …nor short lines of the story right under its last paragraph, no furniture over them
    own = ("防颱準備不可少！", "各地風雨請多留意")
    doc = _doc("海葵會變強烈颱風 日本預測路徑曝", LEAD, MIDDLE, *own)
    assert not any(_marked(doc, line) for line in own)
