"""A 公文's part title run into its text with no mark between (``outline_heads._PART_TITLE``,
docs/history/outline-log.md "Round 26 (stress), session 19"): a scraper that dropped the line
break after 「一、指导思想」 leaves 「一、指导思想坚持以人民为中心…」, and the part is headed by its
number and its title (a word naming a part of the genre's plan: 思想, 原则, 保障 …), and so is
an item whose text opens by restating its title (``outline_heads.run_in_title_end``: 「（二）区域
更新区域更新的操作流程…」), and a 政府工作报告's part title (「一、2023年工作回顾过去一年，…」).
Real lines of dev documents (batches 1, 3, 4, 5, 8 and 19), each heading
run into the first sentence of its text as ``stress_outline.py``'s fused-sections form runs
them; controls: a headline that opens with a preposition or holds a negation, a title that
goes on in brackets, a title without a part word.
"""

from __future__ import annotations

import pytest

from gui.core.reading import document_from_text
from tests.benchmark_modules import load_benchmark
from tests.conftest import REPO

stress = load_benchmark("stress_outline")

REAL = REPO / "tests" / "data" / "real"
TITLE = "嘉定区城市更新实施意见"


def _headings(*lines: str) -> list[str]:
    doc = document_from_text("\n".join((TITLE, *lines)), REAL / "x.txt")
    return [s.heading for s in doc.sections if s.heading]


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        # gw-sh-jiading-renewal-2023.md (batch 1)
        ("一、指导思想", "坚持以人民为中心的发展思想，践行新发展理念，构建新发展格局。"),
        (
            "六、保障机制",
            "区更新办牵头区城市更新领导小组各成员单位，对标对表市、区城市更新部署要求，"
            "及时制定或修订完善城市更新相关政策措施。",
        ),
        (
            "（三）资金保障",
            "镇级政府应当安排资金，对旧住房更新等涉及民生保障以及其他涉及公共利益的城市更新项目"
            "予以保障，区级按照规定给予相应的资金补助。",
        ),
        # gw-sh-chongming-checkup-2021.md (batch 1)
        (
            "一、工作内容",
            "围绕生态宜居、健康舒适、安全韧性、交通便捷、风貌特色、整洁有序、多元包容、创新活力"
            "等8个方面开展评估。",
        ),
        (
            "四、组织保障",
            "区政府是推进本区城市体检工作的责任主体，由分管副区长牵头统筹协调城市体检工作中的"
            "重大事项。",
        ),
        # wr-cn-2024.txt (batch 1): a 政府工作报告's part titles (_REPORT_PART)
        (
            "一、2023年工作回顾",
            "过去一年，是全面贯彻党的二十大精神的开局之年，是本届政府依法履职的第一年。",
        ),
        (
            "三、2024年政府工作任务",
            "党中央对今年工作作出了全面部署，我们要深入贯彻落实，紧紧抓住主要矛盾，着力突破瓶颈制约，"
            "扎实做好各项工作。",
        ),
        # wr-tianjin-2026.txt (batch 5)
        (
            "一、2025年和“十四五”时期工作回顾",
            "过去一年是天津大事要事难事集中交织的一年。",
        ),
        # wr-heilongjiang-2026.txt (batch 4): the title goes on after 回顾 with 和
        (
            "一、2025年工作回顾和“十四五”时期发展成就",
            "2025年是“十四五”收官之年。",
        ),
    ],
)
def test_a_part_title_run_into_its_text_heads_the_part(heading: str, text: str):
    assert _headings(heading + text) == [heading]


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        # gw-sh-jiading-renewal-2023.md (batch 1)
        (
            "（二）区域更新",
            "区域更新的操作流程分为城市更新行动计划制定、统筹主体确定、区域更新方案编制和项目实施四部分。",
        ),
        (
            "（一）区城市更新领导小组",
            "区城市更新领导小组负责统筹、协调全区城市更新工作，研究、审议城市更新相关重大事项。",
        ),
        # stats-jx-wanzai-2015.html (batch 8): a 统计公报's part over its summary sentence
        (
            "二、农业",
            "农业综合生产能力稳步提高。全县农业总产值282563万元，按可比价格计算，比上年增长5.04%。",
        ),
        # gw-sh-lingang-city-checkup-2024.md (batch 19): the text restates the title's last word
        (
            "（二）采集填报数据",
            "数据采集采用“新片区—镇—社区”三级联动，社区、居民、物业、企业、专业单位等共同参与的方式。",
        ),
    ],
)
def test_a_title_its_text_restates_heads_the_item(heading: str, text: str):
    assert _headings(heading + text) == [heading]


@pytest.mark.parametrize(
    "line",
    [
        # gw-sh-jingan-relics-2018.md (batch 1): headlines, not part titles — 保障 and 责任 are
        # a verb and a word of the sentence here.
        "（二）为保障人民群众基本文化权益服务完善文物保护单位、博物馆等机构的公共文化服务功能，"
        "扩大公共文化服务覆盖面。",
        "（一）保障经费投入加大对文物责任单位的保障经费投入，将国有尚未核定公布为文物保护单位的"
        "不可移动文物纳入基本公共文化服务范畴。",
        "（三）严格责任追究对不依法履行职责、决策失误、失职渎职，导致文物遭受破坏，以及失盗、"
        "失火的，要依法追究有关人员的责任。",
        # decision-tw-fsc-hotai-2021.txt (batch 3): a finding whose sentence names 內容.
        "(一)未對合約內容妥適性、適法性建立評估檢核內部管控機制，致合約內容約定未妥：貴公司與錠嵂"
        "保經100年7月12日活動廣告贊助合約及104年6月22日增補合約書，均約定單方發函通知對方。",
        # gw-sh-fire-inspection-2025.md (batch 4): a provision whose subject is a party.
        "一、建设单位应严格落实《暂行规定》和《管理办法》的相关规定，落实建设工程消防"
        "施工质量首要责任。",
        # gw-sh-chongming-checkup-2021.md (batch 1): the title goes on in brackets.
        "（一）建立工作机制（2021年8月）。结合本区实际，编制本区城市体检工作方案，确定体检指标体系。",
    ],
)
def test_a_headline_is_not_cut_at_a_part_word(line: str):
    number_end = min(line.find(c) for c in "、）)" if c in line[:4]) + 1
    cut = [h for h in _headings(line) if len(h) <= number_end + 6]
    assert cut == []


def test_the_fused_sections_form_of_a_dev_policy_finds_its_part_titles():
    """gw-sh-jiading-renewal-2023.md read as ``stress_outline.py``'s fused-sections form (each
    gold section's lines run into one): its part titles are headings again."""
    path = REAL / "gw-sh-jiading-renewal-2023.md"
    gold = next(g for _, p, g in stress.documents(REPO) if p == path)
    doc = document_from_text(stress.fuse_sections(gold), path.with_suffix(".txt"))
    headings = [s.heading for s in doc.sections if s.heading]
    for part in ("一、指导思想", "二、基本原则", "三、适用范围", "四、操作流程", "六、保障机制"):
        assert part in headings
    assert "（三）资金保障" in headings
