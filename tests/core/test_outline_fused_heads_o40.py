"""A head run into its text, where the page dropped the line break after it (round o40,
docs/outline.md): a task title before its task's first words (gui/core/sentence_openers.py), a
tier of such titles kept as sections (gui/core/outline_lists.py), and, in the reader's lines
(gui/core/fused_lines.py), a numbered head before its year or its sector list, a bracketed
headline before its paragraph and a label before its list's first item.

The lines are dev documents' heading lines with the line under them run on (the stress form
``fused-sections`` of benchmarks/stress_outline.py), each named with its document and batch;
the negatives are dev lines as the documents set them, or invented where marked.
"""

from __future__ import annotations

import pytest

from gui.core.fused_lines import bracket_headline_end, head_end, label_list_end
from gui.core.reading import document_from_text
from gui.core.sentence_openers import opener_title_end
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def _headings(lines: list[str]) -> list[str]:
    doc = document_from_text("\n".join(lines), REAL / "x.txt")
    return [s.heading for s in doc.sections if s.heading]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # gw-sh-jingan-relics-2018.md (batch 1): a task verb's title, the task's adverb after it
        (
            "（二）加强不可移动文物保护力度全面完成文物普查点的梳理工作，依法登记公布，纳入保护名录。",
            "（二）加强不可移动文物保护力度",
        ),
        # gw-sh-lingang-city-checkup-2024.md (batch 19): 依托 frames the task's first clause
        (
            "（七）健全信息系统依托新片区管委会、各镇既有的信息平台，持续完善城市体检数字化应用场景。",
            "（七）健全信息系统",
        ),
        # gw-sh-fengxian-relic-renovation-2024.md (batch 17): a part named by a noun phrase,
        # then 针对
        (
            "一、事前监管审批针对区文物保护单位(文物保护点)居民装修项目，本办法进一步优化审批流程，"
            "采取备案制管理制度，进一步提升审批速度，在保护文物的前提下给群众带来便利服务。",
            "一、事前监管审批",
        ),
    ],
)
def test_a_task_title_ends_where_its_text_opens(line: str, title: str):
    end = opener_title_end(line)
    assert end is not None and line[:end] == title


@pytest.mark.parametrize(
    "line",
    [
        # gw-sh-jiading-immovable-relics-2024.md (batch 12): a definition, 是指 before 针对
        "（一）保养维护工程是指针对文物的轻微损害所作的日常性、季节性的养护。",
        # invented: who acts, before the preposition that frames its sentence
        "（三）区文化部门针对文物保护单位的居民装修项目开展备案审查，每季度通报一次结果。",
        # gw-sh-huangpu-heritage-protection-measures-2023.md (batch 21): a subject and 按照
        "（九）其他部门按照各自职责，协同做好相关工作。",
        # invented: a task title that runs on into its own object (no opener after it)
        "（二）加强组织领导和统筹协调工作，确保各项任务落到实处。",
    ],
)
def test_no_task_title_inside_a_sentence(line: str):
    assert opener_title_end(line) is None


# gw-sh-chongming-checkup-2021.md (batch 1): the parts of 二、工作方式, each title run into its
# paragraph (the longer ones cut after their first sentences); two of them tell where they end
# (the text restates the title's last words), three do not. A statement never opens on a title: the tier is sections, not a list of statements.
CHONGMING = [
    "2021年崇明区城市体检工作方案",
    "二、工作方式",
    "（一）开展区级城市体检区级城市体检主要从生态宜居、健康舒适、安全韧性、交通便捷、风貌特色、"
    "整洁有序、多元包容、创新活力等8个方面开展评估，区级体检指标传导沿用住房城乡建设部65个基础性"
    "指标和市级新增34个指标的同时，结合本区自身发展战略、发展阶段、发展特征和城市人文环境，增加"
    "体现本区特色的指标，并调整个别市级指标的评价方法，最终明确评价标准。区级体检工作围绕以上指标"
    "开展。",
    "（二）开展乡镇体检试点乡镇、社区层级城市体检试点内容应侧重城市居民现实生活需求，围绕服务设施、"
    "市政设施、公共空间环境、生活安全、居民满意度和认同感、社区治理等方面设置体检指标，并同本地老旧"
    "小区改造、完整居住社区建设等工作紧密结合。",
    "（三）搭建体检信息系统整合利用现有数字化建设工作基础，逐步搭建区级、乡镇级城市体检信息系统，与"
    "本区已有系统平台做好对接，加强城市体检数据管理、综合评价和监测预警。",
    "（四）编制体检工作报告工作报告成果主要包括体检指标数据、报告和重点行动计划三部分内容。指标数据应"
    "准确说明城市体检各项指标的解释、计算方法、数据来源、现状数值、参考标准值等。",
    "（五）城市体检成果应用城市体检结果应反映本区人居环境质量状况，对照规划目标、国际城市先进水平、"
    "市民群众期盼等查找差距。",
    "三、工作步骤",
]


def test_a_tier_with_run_in_titles_keeps_them():
    headings = _headings(CHONGMING)
    assert "（一）开展区级城市体检" in headings
    assert "（四）编制体检工作报告" in headings
    # (the siblings whose end no word tells stay body: no whole paragraph heads)
    assert not any(h.startswith("（三）") for h in headings)


# gw-sh-fire-inspection-2025.md (batch 4, the paragraphs cut after their first sentences):
# provisions, each opening with who acts; 「二、建设单位」
# read as a part title would keep the tier, but an agent's name is the sentence's subject.
FIRE = [
    "上海市住房和城乡建设管理委员会关于进一步规范建设单位竣工验收消防查验工作的通知",
    "一、建设单位应严格落实《暂行规定》和《管理办法》的相关规定，落实建设工程消防施工质量首要责任。"
    "建设单位组织有关单位进行建设工程竣工验收时，应对建设工程是否符合消防要求进行查验，经消防查验"
    "不符合规定的，不得编制《工程竣工验收报告》。",
    "二、建设单位申请消防验收或消防验收备案时，提交的《工程竣工验收报告》中应当包含《上海市建设工程"
    "竣工验收消防查验表》（采用告知承诺制办理消防验收备案的一般项目除外）。",
    "三、建设单位可自行开展竣工验收消防查验，也可委托具备从业条件的消防技术服务机构开展消防查验，"
    "鼓励建设单位优先选择通过质量管理体系认证的消防技术服务机构开展消防查验。",
]


def test_a_tier_of_provisions_opening_with_who_acts_stays_a_list():
    assert not any(h.startswith(("一、", "二、", "三、")) for h in _headings(FIRE))


@pytest.mark.parametrize(
    ("line", "head"),
    [
        # stats-cn-pingtan-2012-statistical-bulletin.html (batch 38): the year the part reports
        (
            "四、固定资产投资2012年，全区完成全社会固定资产投资334.37亿元，比增72.8%。",
            "四、固定资产投资",
        ),
        # the same bulletin: a 统计公报's sectors joined by 、
        (
            "五、交通、邮电全区各种运输方式完成交通货运周转量1252224万吨公里，客运周转量72114万人公里。",
            "五、交通、邮电",
        ),
    ],
)
def test_a_numbered_head_ends_before_its_text_on_a_line_of_its_own(line: str, head: str):
    end = head_end(line)
    assert end is not None and line[:end] == head
    assert head in _headings(["2012年平潭综合实验区国民经济和社会发展统计公报", line])


def test_a_provision_dated_in_its_text_is_no_head():
    # invented (after gw-gz-anshun-housing-fund-withdrawal-loan-policy-notice-2022, batch 44:
    # 「本通知自2022年4月6日起执行。」): the document as the provision's subject
    assert head_end("六、本通知自2022年4月6日起执行。") is None


# press-tw-tainan-typhoon-relief-2025.txt (batch 3): the release's 【】 subheads run into their
# paragraphs (each cut after its first sentences).
TAINAN = [
    "丹娜絲風災住屋毀損慰助金申請已逾萬戶 南市府爭取中央提早撥款加速復原",
    "【住屋慰助金申請簡便 線上申請快速免排隊】有關補助的申請，已滾動式調整精進，精簡原本的表單數量，"
    "其實申請程序很簡便，民眾只要帶著身分證、存摺影本，以及屋損照片，填好申請書以及領據，即可申辦。",
    "【各界支援逾3.7萬人次 協力投入災後服務】民政局指出，截至7月22日，全市共動員37,009人次投入災後"
    "支援。包含屏東、高雄支援人力665人次。",
]


def test_a_bracketed_headline_heads_the_paragraph_it_runs_into():
    assert bracket_headline_end(TAINAN[1]) == len("【住屋慰助金申請簡便 線上申請快速免排隊】")
    headings = _headings(TAINAN)
    assert "【住屋慰助金申請簡便 線上申請快速免排隊】" in headings
    assert "【各界支援逾3.7萬人次 協力投入災後服務】" in headings


@pytest.mark.parametrize(
    "line",
    [
        # news-hk-hkcnews-front-page-2018 (batch 35): a topic tag before its headline
        "【旺角衝突】向天開兩槍交警：開槍「別無他選」 開槍前沒有請示上司",
        # news-cn-cctv-xwlb-transcript-20021001 (batch 42): a tag, its colon and the item's
        # headline, its paragraph run on (cut after its first clause)
        "【神州报捷】：大连快速轨道交通今天全线试通车央视国际消息（新闻联播）：今天，大连城市快速轨道"
        "交通工程全线试通车，",
        # press-tw-tainan-nanshan-cemetery-2026.txt (batch 5): a label and its subtitle
        "【分區規劃、分期推動】逐步改善環境、提升服務量能民政局生命事業科長陳龍政表示，整體規劃以"
        "「重點整理、功能提升、適度保留」為原則，採分區規劃、分期推動。",
    ],
)
def test_a_tag_in_brackets_is_no_headline_of_its_own(line: str):
    assert bracket_headline_end(line) is None


@pytest.mark.parametrize(
    ("line", "label"),
    [
        # gw-tw-immigration-residence-permit-revocation-notice-2010.txt (batch 29)
        (
            "公告事項：一、外僑EARL KELTON DREW等32人於居留期間內，居留原因消失，爰依法廢止其居留"
            "許可，並註銷其外僑居留證。",
            "公告事項：",
        ),
        # gw-gd-foshan-talent-housing-policy-guide-2019.html (batch 44): a numbered label
        (
            "（一）购买新建商品房申请流程：1.购房人如实填写《购房人申明陈述书》，向房地产开发企业提交"
            "购房相关材料；2.房地产开发企业对购房人提交的材料原件进行查验，并在所有留存的复印件上注明"
            "“原件已核”并盖章。",
            "（一）购买新建商品房申请流程：",
        ),
    ],
)
def test_a_label_ends_before_its_lists_first_item(line: str, label: str):
    end = label_list_end(line)
    assert end is not None and line[:end] == label


@pytest.mark.parametrize(
    "line",
    [
        # stats-cn-industrial-profits-2021.md (batch 1): a sentence leading into its reasons
        "其主要原因是：（一）根据统计制度，每年定期对规模以上工业企业调查范围进行调整。",
        # press-tw-hsinchu-mayor-profile-page.md (batch 29): a short run of items, the line whole
        "學歷：一、中華大學科技管理研究所碩士二、中華大學企業管理系",
    ],
)
def test_no_label_cut_before_a_sentences_list(line: str):
    assert label_list_end(line) is None
