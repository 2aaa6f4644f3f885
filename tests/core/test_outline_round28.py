"""Round 28 (batches 23 and 24 dev), docs/history/outline-log.md "Round 28 (batches 23–24),
session 19": a plan's numbered steps labelled before their text
(「（1）开展前期方案研究：…。」). Real lines of dev documents of batch 24 (and of earlier dev
batches as controls).
"""

from __future__ import annotations

import pytest

from gui.core.numbering import step_colon_end
from gui.core.reading import document_from_text, read_document
from gui.core.subheads import is_office_signature
from tests.conftest import REPO
from tests.core.furniture_story import TITLE

REAL = REPO / "tests" / "data" / "real"

# gw-sh-major-transport-works-factor-guarantee-2024.md (batch 24)
STEPS = (
    "（2）摸排占用要素数量和权属：专业技术单位根据初步稳定的总体方案，在实施层面摸排占用水、"
    "林绿、土地、房屋和管线等要素情况，开展权属预调查，明确要素权属。",
    "（3）汇总形成要素保障章节：项目建议书编制单位汇总各类要素摸排成果，在要素保障章节形成全要素"
    "摸排的初步成果。",
    "（4）征询要素占用情况意见：全要素摸排初步成果经征询行业主管部门或权属单位等意见后，优化方案"
    "形成全要素摸排的阶段性成果；规划编制单位在规划层面稳定各要素统筹平衡方案。",
)


def _headings(*lines: str) -> list[str]:
    doc = document_from_text("\n".join((TITLE, *lines)), REAL / "x.txt")
    return [s.heading for s in doc.sections if s.heading]


def test_a_plans_steps_are_headed_by_their_labels():
    assert _headings(*STEPS) == [
        "（2）摸排占用要素数量和权属：",
        "（3）汇总形成要素保障章节：",
        "（4）征询要素占用情况意见：",
    ]


@pytest.mark.parametrize(
    ("line", "number_len"),
    [
        # decision-tw-fsc-hotai-2021.txt (batch 3): a field's key, four characters
        ("一、繳款期限：自本處分送達之次日起10日內繳納。", 2),
        # news-hk-palace-museum-funding-2017.md (batch 1): a timeline's date
        ("4. 2016年10月： **馬會董事局通過撥款35億元予西九故宮項目** 。", 3),
    ],
)
def test_a_field_or_a_date_is_no_step(line: str, number_len: int):
    assert step_colon_end(line, number_len) is None


def test_a_step_label_ends_at_its_colon():
    end = step_colon_end(STEPS[1], 3)
    assert end is not None and STEPS[1][:end] == "（3）汇总形成要素保障章节："


def test_a_step_alone_in_its_tier_is_no_heading():
    # one labelled line among sentences: the tier decides, as for a decision's colon leads
    lines = (
        STEPS[0],
        "（3）项目建议书编制单位汇总各类要素摸排成果，在要素保障章节形成全要素摸排的初步成果。",
        "（4）全要素摸排初步成果经征询行业主管部门或权属单位等意见后，优化方案形成阶段性成果。",
    )
    assert not [h for h in _headings(*lines) if h.endswith("：")]


# gw-tw-moi-mainland-fingerprint-rules-2010.txt (batch 24): a Taiwan 令 as the gazette prints
# it — its summary, the letterhead, date and number alone on their lines, the order, the
# minister's signature and the regulation it amends, its articles' numbers spaced out.
ORDER = "\n".join(
    (
        "內政部令：修正「大陸地區人民按捺指紋及建檔管理辦法」第5條、第7條條文",
        "內政部令",
        "中華民國99年5月25日",
        "台內移字第0990930805號",
        "修正「大陸地區人民按捺指紋及建檔管理辦法」第五條、第七條條文。",
        "附修正「大陸地區人民按捺指紋及建檔管理辦法」第五條、第七條條文",
        "部　　長　江宜樺",
        "大陸地區人民按捺指紋及建檔管理辦法第五條、第七條修正條文",
        "第　五　條　按捺單位應利用資訊科技設施或其他方式，將指紋資料建檔儲存，並透過網路",
        "指紋檔案及資料庫，應由專責人員管理及維護，並永久保存。",
        "第　七　條　入出國及移民署應將指紋檔案備份，送內政部警政署刑事警察局利用。",
    )
)


def test_a_gazette_order_reads_its_letterhead_date_and_number():
    doc = document_from_text(ORDER, REAL / "x.txt")
    fields = {k: v.text for k, v in doc.header.fields.items()}
    assert doc.title == "內政部令：修正「大陸地區人民按捺指紋及建檔管理辦法」第5條、第7條條文"
    assert fields["issuer"] == "內政部"
    assert fields["date"] == "中華民國99年5月25日"
    assert fields["number"] == "台內移字第0990930805號"
    assert fields["signature"] == "部\u3000\u3000長\u3000江宜樺"


def test_the_regulation_an_order_carries_heads_its_spaced_articles():
    doc = document_from_text(ORDER, REAL / "x.txt")
    assert [(s.level, s.heading) for s in doc.sections if s.heading] == [
        (1, "大陸地區人民按捺指紋及建檔管理辦法第五條、第七條修正條文"),
        (2, "第\u3000五\u3000條"),
        (2, "第\u3000七\u3000條"),
    ]


@pytest.mark.parametrize(
    ("line", "signature"),
    [
        ("部　　長　江宜樺", True),
        # gw-tw-moi-mainland-fingerprint-rules-2010.txt: an article is no signature
        ("第　五　條", False),
        # news-hk-postponed-election-candidates-2020.md (batch 23): a candidate list's entry
        ("油尖旺區議員 林兆彬", False),
    ],
)
def test_an_office_and_a_name_spaced_out_sign(line: str, signature: bool):
    assert is_office_signature(line) is signature


# news-cn-lanzhou-lithium-isotope-detection-2026.txt (batch 24): the paper's dateline, then its
# reporter and a correspondent in brackets
LEAD = (
    "科技日报兰州6月11日电 （记者颉满斌 通讯员余若怡）锂同位素高精度分析技术研究取得重要进展。"
    "记者11日从兰州大学获悉，该校稀有同位素前沿科学中心、核科学与技术学院刘作业教授团队首次在"
    "激光诱导击穿光谱（LIBS）中同时实"
)


def test_a_wires_reporter_in_brackets_after_its_dateline():
    doc = document_from_text("锂同位素高精度原位检测成功实现\n" + LEAD, REAL / "x.txt")
    fields = {k: v.text for k, v in doc.header.fields.items()}
    assert fields["source"] == "科技日报"
    assert fields["reporter"] == "颉满斌"


def test_a_joint_title_under_its_chrome_copy_names_its_issuers():
    # gw-sh-construction-business-environment-plan-2026.md (batch 24): the file's metadata
    # names one issuer, the title (its heading taken as the page's copy) both
    doc = read_document(REAL / "gw-sh-construction-business-environment-plan-2026.md")
    issuer = doc.header.fields["issuer"]
    assert issuer.text == "上海市住房和城乡建设管理委员会 上海市规划和自然资源局"
    assert issuer.start is not None


def test_a_plans_scenes_labelled_by_four_character_phrases_head_their_text():
    # Real lines of a dev 行动方案's appendix of scenes (gw-sh-transport-business-environment-plan-2026,
    # batch 26): 「1.简政提效：」 heads its scene as a step's label does.
    line = "1.简政提效：深化行政审批改革集成增效。持续推进“一件事”改革，新增6个“一件事”。"
    assert step_colon_end(line, 2) == line.index("：") + 1
    # Controls: a two-character key and a field's four-character key stay no label.
    assert (
        step_colon_end("1.时间：2026年4月15日上午九时起在市交通委大楼三楼会议室举行。", 2) is None
    )
    assert (
        step_colon_end("1.办理时间：每周一至周五上午九时至下午五时，节假日另行通知安排。", 2)
        is None
    )
