"""Round 29 (batch 25 dev and all dev), docs/history/outline-log.md "Round 29 (batch 25 dev,
precision, furniture), session 20": the page tail of Hong Kong columns and reports (a society's
column card, a writer's profile), a place's 專電 tag, … Real lines of dev documents of batch 25
(and of earlier dev batches as controls).
"""

from __future__ import annotations

import pytest

from gui.core.captions import chart_caption
from gui.core.datelines import starts_with_dateline
from gui.core.furniture import classify_line
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO
from tests.core.furniture_story import TITLE

REAL = REPO / "tests" / "data" / "real"
KOREA = REAL / "news-hk-korea-democracy-students-column-2021.md"
MYANMAR = REAL / "news-hk-myanmar-coup-china-2021.md"

# news-hk-myanmar-coup-china-2021.md (batch 25): a paragraph of the story, and the writer's
# profile closing the page (cut at its second sentence).
STORY = (
    "但中國立場上迴旋空間及時間恐怕已所剩無幾。有年輕的抗議者說，他們不會輕易忘記中方「隔岸觀火」。"
    "一位住在仰光、支持公民抗命的女示威者形容，這次軍變令緬甸人醒覺："
)
PROFILE = (
    "駐緬甸仰光的的中英雙語記者周浩霖（Thompson Chau）現時為英文媒體Frontier Myanmar的特約編輯和"
    "業務總監。他之前是《緬甸時報》（Myanmar Times）英文日報首席記者兼副主編，主責報社2020年緬甸"
    "大選報導並負責政經改革和國際關係新聞。"
)
APPEAL = (
    "請加入成為眾新聞的月費訂戶，長期支持我們的工作。所有訂戶都可以收到我們的「每周時事」通訊 。"
)


def _furniture(doc) -> str:
    return "\n".join(doc.text[f.start : f.end] for f in doc.furniture)


def test_a_societys_column_card_closes_the_page():
    furniture = _furniture(read_document(KOREA))
    tail = (
        APPEAL,
        "博客 | 華人基督徒義顯社",
        "【華人基督徒義顯社・義顯之聲】組織使命為：彰顯神國公義，普及社會倫理，結合靈修社參，服事華人教會。",
    )
    assert [line for line in tail if line not in furniture] == []
    # (the reference above the appeal is the column's)
    assert "南韓民主化進程" not in furniture


def test_a_writers_profile_closes_the_page_and_names_the_reporter():
    doc = read_document(MYANMAR)
    furniture = _furniture(doc)
    assert "周浩霖簡歷 ：" in furniture and "現時為英文媒體Frontier Myanmar的特約編輯" in furniture
    assert doc.header.fields["reporter"].text == "周浩霖"
    assert "source" not in doc.header.fields  # 【仰光專電】: a place, not an outlet


def test_a_profile_label_needs_the_writers_name_under_it():
    text = "\n\n".join((TITLE, STORY, PROFILE, APPEAL))
    doc = document_from_text(text.replace("周浩霖（", "（"), REAL / "x.txt")
    assert "現時為英文媒體" not in _furniture(doc)
    # …and a profile above the story's last paragraph is the story's
    doc = document_from_text("\n\n".join((TITLE, "周浩霖簡歷 ：", PROFILE, STORY)), REAL / "x.txt")
    assert "現時為英文媒體" not in _furniture(doc)


def test_a_place_of_filing_is_no_outlet():
    # (the outlets' tags keep giving the source: tests/core/test_datelines.py)
    lead = (
        "中國正深陷緬甸反軍事政變示威浪潮，示威者發動杯葛運動抵制中國品牌，中資工廠被不明人士攻擊，"
        "甚至威脅破壞對中國具戰略利益的中緬石氣油管，觸動北京神經。"
    )
    doc = document_from_text("\n\n".join((TITLE, "【仰光專電】" + lead, STORY)), REAL / "x.txt")
    assert "source" not in doc.header.fields
    assert starts_with_dateline("【仰光專電】" + lead)  # (still a dateline: body text)


SANDEL = REAL / "news-hk-sandel-common-good-column-2021.md"
TCC = REAL / "news-tw-tcc-nhoa-acquisition-2021.txt"


def test_a_box_of_related_links_above_the_appeal_is_the_pages():
    furniture = _furniture(read_document(SANDEL))
    for n, title in enumerate(
        (
            "美國大撕裂背後的精英霸權",
            "精英傲慢的前世今生",
            "成也資歷，敗也資歷？",
            "批判與抗衡精英體制",
        ),
        start=1,
    ):
        assert f"讀桑德爾札記（{n}）：{title}" in furniture
    assert "後記" not in furniture  # (the column's last subhead)


def test_a_newsletter_sign_up_box_inside_a_wire_story():
    doc = read_document(TCC)
    box = (
        "訂閱《早安世界》電子報 每天3分鐘掌握10件天下事 請輸入正確的電子信箱格式訂閱感謝您的訂閱！"
    )
    assert box in [doc.text[f.start : f.end] for f in doc.furniture]
    # the story's sentences on each side stay body
    furniture = _furniture(doc)
    assert "案場遍布歐洲" not in furniture and "台泥指出，NHΩA" not in furniture


MIDDAY = REAL / "news-cn-midday-market-review-2026.txt"


def test_a_market_notes_chart_caption_under_its_last_paragraph():
    doc = read_document(MIDDAY)
    assert _furniture(doc) == "A股市场板块涨跌幅排行"
    assert chart_caption("沪指分时走势图")
    # a sentence, or a clause, is not a caption
    assert not chart_caption("行业板块方面，贵金属、工业金属、小金属等板块涨幅居前")
    assert not chart_caption("A股市场板块涨跌幅排行。")


# news-hk-myanmar-coup-china-2021.md (batch 25): two of its three pull quotes set as ####
PULL_QUOTES = (
    "#### 在軍事政變以來，中國努力在緬甸改善形象的進展可謂一筆勾銷。",
    "#### 當緬甸本地，西方和日本的商界人士紛紛對緬甸政變及軍隊屠殺國民的惡行表達深切關注，"
    "唯獨中國企業至今保持沉默。",
)


def _md_headings(*lines: str) -> list[str]:
    doc = document_from_text("\n\n".join(("# " + TITLE, *lines)), REAL / "x.md")
    return [s.heading for s in doc.sections if s.heading]


def test_pull_quotes_marked_as_headings_head_nothing():
    assert read_document(MYANMAR).sections[0].heading is None
    assert len(read_document(MYANMAR).sections) == 1
    assert _md_headings(PULL_QUOTES[0], STORY, PULL_QUOTES[1], STORY) == []


def test_marked_headlines_and_numbered_heads_stay():
    lines = (
        # news-hk-palace-museum-funding-2017.md (batch 1): a headline closed by ？
        "## 西九故宮疑團再問　馬會點批35億？",
        STORY,
        # gw-sh-urban-transport-system-plan-2024.md (batch 25), marked here: a numbered head
        "### （一）编制体系规划。着力优化城市交通基础设施系统布局，编制上海大都市圈区域综合交通规划。",
        STORY,
        "### 全球化下的職場生態",  # news-hk-sandel-common-good-column-2021.md (batch 22)
        STORY,
    )
    headings = _md_headings(*lines)
    assert "西九故宮疑團再問　馬會點批35億？" in headings
    assert "全球化下的職場生態" in headings
    assert any(h.startswith("（一）编制体系规划。") for h in headings)


ACCIDENTS = REAL / "gw-sh-transport-accident-statistics-2024.md"


def test_an_annex_lists_wrapped_items_are_no_headings():
    doc = read_document(ACCIDENTS)
    headings = [s.heading for s in doc.sections if s.heading]
    assert headings[0] == "一、统计对象" and headings[-1] == "（三）强化通报考核。"
    assert not any(h.startswith(("6．", "7．")) for h in headings)
    annexes = doc.header.fields["annexes"].text
    assert annexes.startswith("附件：1．道路运输行业行车事故统计表")
    assert annexes.endswith("关制度（电子版）") and "\n月报\n" in annexes
    assert doc.header.fields["signature"].text == "上海市交通委员会"


def test_a_note_under_the_annex_list_is_not_an_item():
    lines = (
        "上海市交通委员会关于做好交通行业生产安全事故统计工作的通知",
        "各有关单位：",
        "（三）强化通报考核。市交通委安委办将运用会商核对、自查互查、抽样调查、督导核查等方法，"
        "加强事故统计数据核查，定期修正事故统计数据。",
        "附件：1．道路运输行业行车事故统计表",
        "2．地区港口生产安全事故综合情况",
        "（此件公开发布）",
        "上海市交通委员会",
        "2024年3月21日",
    )
    doc = document_from_text("\n\n".join(lines), REAL / "x.md")
    assert doc.header.fields["annexes"].text.endswith("2．地区港口生产安全事故综合情况")


PLAN = REAL / "gw-sh-urban-transport-system-plan-2024.md"
# gw-sh-five-new-cities-approval-delegation-2023.md (batch 20): a table the 通知 itself carries
FIVE_CITIES = REAL / "gw-sh-five-new-cities-approval-delegation-2023.md"


def test_a_plans_own_table_heads_beside_its_parts_and_its_row_groups_head_nothing():
    sections = [(s.level, s.heading) for s in read_document(PLAN).sections if s.heading]
    assert sections[0] == (1, "上海市城市综合交通体系建设工作方案")
    assert sections[-1] == (2, "全面推进城市综合交通体系建设任务分解表")
    # 一、–三、 once each: the table's row groups that repeat them are cells
    assert [h for _, h in sections].count("一、科学编制并实施城市综合交通体系规划") == 1
    assert [lv for lv, h in sections if h.startswith(("一、", "二、", "三、", "四、"))] == [2] * 4


def test_a_table_the_notice_carries_stays_a_document_of_its_own():
    sections = [(s.level, s.heading) for s in read_document(FIVE_CITIES).sections if s.heading]
    assert sections == [
        (1, "一、授权下放具体内容"),
        (1, "二、具体要求"),
        (1, "授权下放“五个新城”审批事项清单"),
    ]


JOINT = REAL / "gw-tw-exam-yuan-ey-internship-rules-repeal-2010.txt"
# (batch 24) one authority's 令: the line above its letterhead is the title
MOI = REAL / "gw-tw-moi-mainland-fingerprint-rules-2010.txt"


def test_a_joint_gazette_orders_authorities_numbers_and_late_date():
    fields = read_document(JOINT).header.fields
    assert fields["issuer"].text == "考試院 行政院"
    assert fields["number"].text == "考臺組壹一字第09900029851號 院授人力字第0990061810號"
    assert fields["date"].text == "中華民國99年4月19日"  # without 「（補登）」
    doc = read_document(JOINT)
    for name in ("issuer", "number"):  # (the span runs from the first to the last)
        f = doc.header.fields[name]
        assert doc.text[f.start : f.end].split()[0] == f.text.split()[0]
        assert doc.text[f.start : f.end].endswith(f.text.split()[-1])


def test_one_authoritys_order_keeps_one_issuer_and_number():
    fields = read_document(MOI).header.fields
    assert fields["issuer"].text == "內政部"
    assert fields["number"].text == "台內移字第0990930805號"
    assert fields["date"].text == "中華民國99年5月25日"


@pytest.mark.parametrize(
    "line",
    [
        # news-hk-myanmar-coup-china-2021.md (batch 25): closed by the agency, or its footage
        "習近平去年訪問緬甸，與昂山素姬會面。美聯社",
        "軍警到蘭達亞區鎮壓，有市民受傷。美聯社片段截圖",
        # news-hk-rthk-immigration-detention-2020.md (batch 9): a programme's frame
        "《鏗鏘集：囚》影片截圖。",
        # news-hk-vaccine-side-effects-tally-2021.md: the chart's maker
        "眾新聞製圖",
        # news-hk-wanchai-council-walkout-2020.md: which side is which
        "左為楊雪盈上載的版本，右為秘書處發出版本。秘書處上載到網頁的會議議程未載有要求警方發出不反對通知書的動議。",
    ],
)
def test_hong_kong_captions_read_as_plain_text(line: str):
    assert classify_line(line, around_body=False) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        # news-hk-myanmar-coup-china-2021.md (batch 25): its sentences
        "中國自2月1日軍事政變以來，在緬甸當地遭受嚴厲批評。",
        "丹尼訪問後在臉書表示：「 先打垮緬軍，再打倒中共。」",
        # news-hk-wanchai-council-walkout-2020.md: the story's sentence under its caption
        "秘書處上載到網頁的會議議程未載有要求警方發出不反對通知書的動議。",
        # news-tw-tcc-nhoa-acquisition-2021.txt (batch 22): a sentence naming a body
        "張安平表示，能源布局不能只看台灣市場，必須具備國際市場競爭力。",
    ],
)
def test_sentences_near_the_caption_forms_stay_body(line: str):
    assert classify_line(line, around_body=False) is None
