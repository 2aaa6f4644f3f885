"""Round p25's precision audit of session 25's outline rules (docs/history/outline-log.md): where
round o40's cuts of a head run into its text (gui/core/fused_lines.py) cut what is no head — an
article's lead sentence before its items, a sentence that counts the list it leads into, who
tells the news in 【】, a sentence's clause before the year it names.

The lines are dev documents' lines as the documents set them or as a stress form of
benchmarks/stress_outline.py runs them on (each named with its document, batch and form);
the positives are round o40's, kept.
"""

from __future__ import annotations

import pytest

from gui.core.fused_lines import (
    bracket_headline_end,
    head_end,
    label_list_end,
    split_fused_lines,
)
from gui.core.reading import document_from_text
from gui.core.sentence_openers import opener_title_end
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def _headings(lines: list[str]) -> list[str]:
    doc = document_from_text("\n".join(lines), REAL / "x.txt")
    return [s.heading for s in doc.sections if s.heading]


def _pieces(lines: list[str]) -> list[str]:
    text = "\n".join(lines)
    paragraphs, at = [], 0
    for i, line in enumerate(lines):
        paragraphs.append((i, at, at + len(line), line))
        at += len(line) + 1
    return [piece for *_, piece in split_fused_lines(paragraphs)] if text else []


@pytest.mark.parametrize(
    "line",
    [
        # gw-sh-ferry-measures-extension-2025.md (batch 5), its item run on (form sentences)
        "第十三条  乘客应当遵守下列要求：（一）听从乡镇渡口运营人指挥，从规定的进出口处出入渡口，"
        "并依次上下渡船。",
        # reg-cn-national-holidays-measures-2013.md (batch 38), its items run on
        "第二条 全体公民放假的节日：(一)新年，放假1天(1月1日)；(二)春节，放假3天(农历除夕、正月"
        "初一、初二)；(三)清明节，放假1天(农历清明当日)。",
    ],
)
def test_an_articles_lead_and_items_stay_one_provision(line: str):
    assert _pieces(["第一条 为规范管理，制定本办法。", line]) == [
        "第一条 为规范管理，制定本办法。",
        line,
    ]


@pytest.mark.parametrize(
    "line",
    [
        # press-tw-tainan-typhoon-relief-2025.txt (batch 3): who proposes, a count, the list
        "會中法制處提出五項補償建議：(1)災區月租費減免2個月；(2)免費換卡；(3)換機7折；(4)延長繳費"
        "期限；(5)專人協助申辦。",
        # press-mo-gcs-government-headquarters-open-day-flower-show-2026.html (batch 46)
        "花卉展共有四大主題展示區：1.禮賓樓前院展示區，位於禮賓樓正門外兩側花壇，以翩翩起舞的蝴蝶"
        "為主要設計元素。",
        # gw-cn-mof-mfa-temporary-overseas-travel-funds-2013.md (batch 34): 下列 (form sentences)
        "国际旅费按照下列规定执行：（一）选择经济合理的路线。出国人员应当优先选择由我国航空公司运营"
        "的国际航线。",
        # reg-cn-ic-layout-enforcement-2001.md (batch 11): 以下
        "请求书应当记载以下内容：（一）请求人的姓名或者名称、地址，法定代表人或者主要负责人的姓名和"
        "职务。",
    ],
)
def test_a_sentence_that_leads_into_its_list_is_no_label(line: str):
    assert label_list_end(line) is None


def test_a_label_that_opens_on_its_count_stays_a_label():
    # invented after round o40's 「五大行動路徑：1. 新興…」: the count opens the label
    line = "五大行動路徑：1. 新興產業發展與投資招商，推動產業升級轉型並帶動就業，打造城市經濟。"
    assert label_list_end(line) == len("五大行動路徑：")


@pytest.mark.parametrize(
    "line",
    [
        # press-mo-iris-clearance-extension-2026.html (batch 7): the issuing bodies
        "【治安警察局/澳門保安部隊事務局】虹膜通關擴展適用至外地僱員及在澳就讀高等院校之外地學生"
        "為持續優化通關服務，當局將擴展適用範圍。",
        # news-hk-korea-democracy-students-column-2021.md (batch 25): a body and its column
        "【華人基督徒義顯社・義顯之聲】組織使命為：彰顯神國公義，普及社會倫理，結合靈修社參，服事"
        "華人社會。",
        # news-cn-camp-david-summit-reactions-2023.txt (batch 30): the reporters' credit
        "【环球时报驻韩国、日本特约特派记者 刘信 岳林炜 环球时报特约记者刘波】“美国、日本和韩国三国"
        "领导人将在18日的会议上签署一项新的安全承诺。”",
    ],
)
def test_who_tells_the_news_in_brackets_is_no_headline(line: str):
    assert bracket_headline_end(line) is None


def test_a_release_headline_in_brackets_still_heads():
    # press-tw-tainan-typhoon-relief-2025.txt (batch 3), round o40's positive
    line = (
        "【中央及地方提供多元災後慰助】社會局表示，除了住屋毀損慰助金，中央及地方也提供多項慰助，"
        "民眾可洽區公所。"
    )
    assert bracket_headline_end(line) == len("【中央及地方提供多元災後慰助】")


@pytest.mark.parametrize(
    "line",
    [
        # gw-sh-fengxian-city-checkup-plan-2026.md (batch 26), form fused-sections: 结合 frames
        # the first clause, the year is its object
        "(二)专项体检结合奉贤区2026年重点工作部署，本年度计划开展城市更新和完整社区建设专项体检。",
        # wr-tianjin-2026.txt (batch 5), form fused-sections: 在 opens the clause
        "（一）圆满完成上合天津峰会筹备和服务保障任务在天津举办2025年上海合作组织峰会，充分体现了"
        "习近平总书记、党中央对天津的巨大信任和亲切关怀。",
    ],
)
def test_no_head_ends_before_a_year_inside_a_clause(line: str):
    assert head_end(line) is None


def test_a_head_over_its_year_still_ends_there():
    # stats-cn-pingtan-2012-statistical-bulletin.html (batch 38), round o40's positive; 存在
    # (invented) is a word, not the preposition
    assert head_end("四、固定资产投资2012年，全区完成全社会固定资产投资334.37亿元。") == 8
    assert head_end("三、存在问题2023年以来，部分项目进度滞后。") == len("三、存在问题")


def test_a_task_title_framed_by_its_clause_heads_with_its_own_words():
    # gw-sh-fengxian-city-checkup-plan-2026.md (batch 26): the part title run into its text,
    # cut where 结合 opens it (sentence_openers), no longer before the year (main: 「(二)专项
    # 体检结合奉贤区」 a false heading)
    headings = _headings(
        [
            "2026年奉贤区城市体检工作方案",
            "一、工作任务",
            "(一)综合体检",
            "区级体检全面开展，各街镇同步推进。",
            "(二)专项体检结合奉贤区2026年重点工作部署，本年度计划开展城市更新和完整社区建设专项体检。",
            "二、工作要求",
        ]
    )
    assert "(二)专项体检" in headings
    assert "(二)专项体检结合奉贤区" not in headings


def test_a_labels_basis_closed_by_its_colon_is_no_frame():
    # gw-tw-doh-nursing-personnel-act-rules-draft-notice-2012.txt (batch 54): 依據 closed by ：
    # is the label's noun (the 公告's basis), not a preposition opening the part's text
    line = "二、修正依據：護理人員法第五十六條。"
    assert opener_title_end(line) is None
    headings = _headings(
        [
            "行政院衛生署公告",
            "公告事項：",
            "一、修正機關：行政院衛生署。",
            line,
            "三、「護理人員法施行細則第十七條之一修正草案」如附件。",
        ]
    )
    assert "二、修正" not in headings


def test_a_frame_that_opens_the_parts_text_still_cuts():
    # gw-sh-lingang-city-checkup-2024.md (batch 19), round o40's positive
    line = (
        "（七）健全信息系统依托新片区管委会、各镇既有的信息平台，持续完善城市体检数字化应用场景。"
    )
    assert line[: opener_title_end(line)] == "（七）健全信息系统"


# gw-sh-lingang-city-checkup-2024.md (batch 19), form fused-sections: each part's head run into
# its text. 「（二）」 and 「（四）」 are titles run in before 结合 (round o40); 「（三）」's title has
# no word to tell its end, its first sentence a short lead.
LINGANG_FUSED = [
    "临港新片区城市体检实施方案（试行）",
    "二、体检范围按照市住建委提出的“市区持续深化、街镇全面覆盖、社区扩大试点”的原则，聚焦城市建设"
    "领域，划细体检单元。",
    "（一）新片区城市体检以“产城融合区”为体检总范围，并根据管委会承接事权的实际情况划定各项体检范围，"
    "把新片区作为“有机生命体”，查找影响新城竞争力、承载力和可持续发展的短板弱项。",
    "（二）镇城市体检结合新片区实际，管委会会同浦东新区和奉贤区每年在浦东新区南汇新城镇（滴水湖核心"
    "片区）、书院镇、万祥镇、泥城镇和奉贤区四团镇范围内选取4个试点镇开展城市体检。",
    "（三）社区城市体检每个试点镇各选取1-2个社区开展体检试点。试点社区居住人口规模宜为5000-12000人，"
    "以居民委员会管辖和服务范围为基础。",
    "（四）专项体检结合新片区特色，聚焦重点工作，逐步对城市建设转运营精细化管理、新城产业配套等方面"
    "开展专项体检，与城市体检工作做好衔接。",
]


def test_run_in_titles_vouch_for_no_siblings_first_sentence():
    headings = _headings(LINGANG_FUSED)
    assert "（二）镇城市体检" in headings and "（四）专项体检" in headings
    assert not any(h.startswith("（三）") for h in headings)  # (main: its first sentence)
