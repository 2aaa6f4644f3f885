"""A numbered part title run into its text where the text opens with a sentence opener or the
first item of the tier under it (gui/core/sentence_openers.py; docs/outline.md, round s24).

The lines are dev documents' heading lines with the line under them run on (the stress form
``fused-sections`` of benchmarks/stress_outline.py: a scraper that dropped the line break), or a
document's own line where its source ran them into one (batch 47's Shandong notice).
"""

from __future__ import annotations

import pytest

from gui.core.outline_heads import run_in_title_end
from gui.core.reading import document_from_text
from gui.core.sentence_openers import opener_title_end
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # gw-cn-csrc-verification-record-rules-1998.txt (batch 26): 本节 opens the part's text
        (
            "二、绪言本节由律师对绪言中所载重要信息进行验证，确认人为发行人的董事（筹委会成员）及"
            "主承销商。",
            "二、绪言",
        ),
        # gw-gd-foshan-talent-housing-policy-guide-2019.html (batch 44): 本操作指南自…
        (
            "五、执行时间本操作指南自《佛山市人力资源和社会保障局佛山市住房和城乡建设局关于进一步"
            "完善人才住房政策的补充通知》发布之日起施行。",
            "五、执行时间",
        ),
        # gw-sh-foundation-pit-monitoring-plan-2023.md (batch 23): 本市 as the subject
        (
            "一、实施内容本市基坑工程，需按照规定使用基坑工程信息化管理系统（系统地址："
            "www.shsjk.net，具体操作详见使用手册）。",
            "一、实施内容",
        ),
        # gw-sd-medical-insurance-center-maternity-settlement-notice-2020.txt (batch 47): the
        # date the part reports, and the tier's first item run on in the source itself
        (
            "二、分步实现生育保险待遇联网结算2020年11月底前，在上述8家定点医疗机构实现生育定额"
            "医疗费、计划生育住院医疗费联网结算和生育津贴联网申领。",
            "二、分步实现生育保险待遇联网结算",
        ),
        ("三、生育保险待遇联网结算流程(一)生育联网备案。", "三、生育保险待遇联网结算流程"),
        ("四、有关要求(一)高度重视，专人负责。", "四、有关要求"),
    ],
)
def test_a_part_title_ends_where_its_text_opens(line: str, title: str):
    end = run_in_title_end(line)
    assert end is not None and line[:end] == title


@pytest.mark.parametrize(
    "line",
    [
        # gw-cn-mof-mfa-temporary-overseas-travel-funds-2013.md (batch 34): 本办法 of a noun
        # phrase (本办法的), no subject
        "（五）其他违反本办法的行为。",
        # gw-cn-suqian-online-rentals-minors-decision-2024.md (batch 40): 本决定 the object of
        # 违反
        "九、网约房经营者违反本决定接待未成年人入住，致使未成年人合法权益受到侵害，相关组织和个人未"
        "代为提起诉讼的，人民检察院有权督促、支持其提起诉讼；涉及公共利益的，人民检察院可以提起公益"
        "诉讼。",
        # gw-sh-huangpu-heritage-protection-measures-2023.md (batch 21): 按照 after a subject
        "（九）其他部门按照各自职责，协同做好相关工作。",
        # gw-sh-chongming-checkup-2021.md (batch 1): a sentence's subject and modal before 本区
        "（五）城市体检成果应用城市体检结果应反映本区人居环境质量状况，对照规划目标、国际城市先进"
        "水平、市民群众期盼等查找差距。",
        # gw-gd-foshan-talent-housing-policy-guide-2019.html (batch 44): 非本市 inside a clause
        "（一）持有优粤佛山卡A卡、B卡、C卡、T卡的非本市户籍人才，享受我市户籍人口购房政策。",
    ],
)
def test_an_opener_inside_a_sentence_cuts_no_title(line: str):
    assert opener_title_end(line) is None


# gw-cn-csrc-verification-record-rules-1998.txt (batch 26), its 正文's parts each run into its
# one sentence: a tier of titles, none a sentence item of a list.
CSRC = [
    "（正文）",
    "一、主要资料本节由律师对招股说明书主要资料部分进行验证，确认人为发行人的董事（筹委会成员）及"
    "相关中介机构。",
    "二、绪言本节由律师对绪言中所载重要信息进行验证，确认人为发行人的董事（筹委会成员）及主承销商。",
    "三、发售新股的有关当事人本节由律师对与本次发行、上市有关当事人的真实性、合法性进行验证，"
    "确认人为发行人的董事（筹委会成员）及主承销商。",
]


def test_run_in_titles_of_one_sentence_parts_head_them():
    doc = document_from_text("\n".join(["主承销商律师验证笔录", *CSRC]), REAL / "x.txt")
    headings = [s.heading for s in doc.sections if s.heading]
    assert headings[-3:] == ["一、主要资料", "二、绪言", "三、发售新股的有关当事人"]
