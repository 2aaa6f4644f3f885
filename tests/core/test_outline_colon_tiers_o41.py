"""Round o41: a Taiwan 令's ： lines (a header with no 主旨), and the points under a
numbered item that a list took (docs/outline.md, *Sections*; outline_lists.decide_colon_leads,
drop_orphan_tiers). Real lines of dev documents (batches 3, 27, 33, 51, 52), and the same lines
rearranged where a form needs its negative."""

from __future__ import annotations

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"

# gw-tw-fsc-insurer-public-offering-exemption-order-2012 (batch 52): a 令 of five points, no
# 主旨, 說明 or 事實 label; the gold heads none of them.
ORDER_HEAD = (
    "行政院金融監督管理委員會令：依據「保險法」第136條第5項規定，訂定保險公司得申請免辦理股票公開發行之條件，自即日生效",
    "行政院金融監督管理委員會令",
    "中華民國101年4月5日",
    "金管保理字第10102540661號",
)
LEAD_IN = "二、保險公司符合下列條件之一者，得申請免辦理股票公開發行："
DOCS_LEAD_IN = "三、保險公司依前點規定申請時，應檢附下列證明文件："
CASE_1 = "(一)依前點第一款條件申請者：依保險公司之申請個案認定。"
CASE_2 = "(二)依前點第二款條件申請者："
# gw-tw-moj-administrative-execution-amounts-notice-2010 (batch 33): the amounts under a
# 公告事項 point that is a list item.
MOJ = REAL / "gw-tw-moj-administrative-execution-amounts-notice-2010.txt"
# gw-tw-hakka-council-academic-subsidy-rules-2010 (batch 27): a 令's point headed by a label
# alone on its line, above any part label: gold heads it.
HAKKA = REAL / "gw-tw-hakka-council-academic-subsidy-rules-2010.txt"


def _headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


def _text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_an_orders_colon_points_head_nothing():
    doc = read_document(REAL / "gw-tw-fsc-insurer-public-offering-exemption-order-2012.txt")
    headings = _headings(doc)
    assert not [h for h in headings if h.endswith("：")]
    assert LEAD_IN not in headings and "(二)依前點第二款條件申請者：" not in headings


def test_the_same_points_under_a_subject_are_decided_by_their_tier():
    # (Rearranged: the order's own lines, with and without a 主旨 line — a 公告's or a
    # letter's subject — over them: there its tier of ： lines heads, as a decision's do.)
    points = (
        LEAD_IN,
        "(一)經營艱困、財務狀況特殊或併購後需要下市或撤銷公開發行。",
        "(二)單一股東。",
    )
    points += (
        DOCS_LEAD_IN,
        CASE_1,
        CASE_2,
        "１、經濟部核發之營業登記事項卡影本。",
        "２、股東名冊。",
    )
    order = _headings(document_from_text(_text(*ORDER_HEAD, *points)))
    assert not [h for h in order if h.endswith("：")]
    subject = "主　　旨：公告保險公司得申請免辦理股票公開發行之條件。"
    notice = _headings(document_from_text(_text(*ORDER_HEAD, subject, "公告事項：", *points)))
    assert LEAD_IN in notice and DOCS_LEAD_IN in notice


def test_a_short_label_alone_above_any_part_still_heads():
    assert "四、補助原則：" in _headings(read_document(HAKKA))


def test_points_under_a_numbered_list_item_are_the_lists():
    headings = _headings(read_document(MOJ))
    assert headings == ["公告事項："]
    assert not [h for h in headings if h.startswith("(一)北區")]


def test_points_under_a_missed_run_in_title_still_head():
    # wr-fj-pingtan-approval-bureau-2022-summary-2023-plan-part (batch 51): 「一、主要成效一年以来，…」
    # is a paragraph (its title run in, not found), its （一） points are headings of the gold.
    doc = read_document(REAL / "wr-fj-pingtan-approval-bureau-2022-summary-2023-plan-part.txt")
    headings = _headings(doc)
    assert "（一）政务服务综合能力显著提升。" in headings
    assert "（七）档案工作创新改革见行见效。" in headings


def test_a_decisions_colon_points_under_its_fact_label_still_head():
    headings = _headings(read_document(REAL / "decision-tw-fsc-hotai-2021.txt"))
    assert "(二)核銷作業流於形式：" in headings
    assert any(h.startswith("五、貴公司辦理工程險") for h in headings)


def test_an_article_put_in_between_is_headed_with_its_zhi_rank():
    # gw-tw-archives-act-enforcement-rules-amendment-2005 (batch 35): 「第十三條之一」 alone on
    # its line over its text; the gold heads it whole, not 「第十三條」.
    doc = read_document(REAL / "gw-tw-archives-act-enforcement-rules-amendment-2005.txt")
    headings = _headings(doc)
    assert "第十三條之一" in headings and "第十三條" not in headings
    # (A PRC law's form on one line, and a citation that is no article: invented.)
    text = _text(
        "第一百二十条 组织、领导恐怖活动组织的，处十年以上有期徒刑。",
        "第一百二十条之一 资助恐怖活动组织的，处五年以下有期徒刑。",
        "第一百二十条之二规定：准备实施恐怖活动的，依照前款的规定处罚。",
    )
    headings = _headings(document_from_text(text))
    assert headings[:2] == ["第一百二十条", "第一百二十条之一"]
    assert not [h for h in headings if h.startswith("第一百二十条之二")]


# news-cn-sina-huashang-xian-industrial-power-use-2021 (batch 51): three paragraphs opening with
# a short sentence each; each reports a figure — findings, not headlines (the gold has none).
COAL = "煤炭消费同比减少83.46万吨。1-4月，全市规模以上工业煤炭消费340.95万吨，比去年同期减少83.46万吨。"
POWER = "电力消费同比增长18.3%。1-4月，全市规模以上工业电力消费39.07亿千瓦，同比增长18.3%，比去年同期提高19.4个百分点。"
GAS = "天然气消费同比增长23.4%。1-4月，规模以上工业天然气消费6.18亿立方米，同比增长23.4%。"


def test_lead_sentences_that_each_report_a_figure_head_nothing():
    doc = read_document(REAL / "news-cn-sina-huashang-xian-industrial-power-use-2021.html")
    assert not [h for h in _headings(doc) if h.endswith("万吨。") or h.endswith("%。")]
    assert not _headings(document_from_text(_text("西安工业能耗下降", COAL, POWER, GAS)))
    # (Invented: the same paragraphs led by headlines that name a trend are sections.)
    trends = [
        "煤炭消费明显减少。" + COAL.split("。", 1)[1],
        "电力消费较快增长。" + POWER.split("。", 1)[1],
        "天然气消费持续增长。" + GAS.split("。", 1)[1],
    ]
    headings = _headings(document_from_text(_text("西安工业能耗下降", *trends)))
    assert headings == ["煤炭消费明显减少。", "电力消费较快增长。", "天然气消费持续增长。"]


def test_a_labelled_notices_run_on_basis_line_is_body():
    # gw-tw-pcc-engineer-licence-renewal-notice-2005 (batch 37): 「依　　據：…」 carries its
    # text on its line, as 「主　　旨：…」 does; 「公告事項：」 alone heads.
    headings = _headings(read_document(REAL / "gw-tw-pcc-engineer-licence-renewal-notice-2005.txt"))
    assert "依　　據：技師執業執照換發辦法第10條" not in headings
    assert "公告事項：" in headings and "一、技師姓名：" in headings


# gw-tw-ey-controlled-drugs-schedule-amendment-notice-2009 (batch 43): a 公告 with a 說明 part.
DRUGS_HEAD = (
    "行政院公告",
    "中華民國98年4月9日",
    "院臺衛字第0980014883號",
    "主　　旨：修正「管制藥品分級及品項」部分分級及品項，並自中華民國九十八年四月九日生效。",
)


def test_the_points_of_a_letters_explanation_part_are_its_paragraphs():
    doc = read_document(REAL / "gw-tw-ey-controlled-drugs-schedule-amendment-notice-2009.txt")
    assert not [h for h in _headings(doc) if h.startswith("一、依「管制藥品管理條例」")]
    # Its label, spaced out as a letter sets it, heads the part (the gold's 「說　　明：」).
    assert "說　　明：" in _headings(doc)
    # (Invented points with a headline's form: under 說明 they are its paragraphs; under a
    # 公告事項 label the same lines head.)
    points = (
        "一、修正緣由",
        "為因應新興濫用藥物之管制需要，經管制藥品審議委員會審議通過，修正部分分級及品項。",
        "二、生效日期",
        "本次修正之分級及品項，自中華民國九十八年四月九日生效，請各機關依規定辦理。",
    )
    letter = _headings(document_from_text(_text(*DRUGS_HEAD, "說　　明：", *points)))
    assert "說　　明：" in letter
    assert not [h for h in letter if h.startswith(("一、", "二、"))]
    notice = _headings(document_from_text(_text(*DRUGS_HEAD, "公告事項：", *points)))
    assert "一、修正緣由" in notice and "二、生效日期" in notice


def test_a_decisions_header_run_into_one_line_still_has_its_subject():
    # (decision-tw-fsc-hotai-2021's own lines, its header's fields run into one line as a
    # scraper joins them: its 主旨 is still there, so the ： points are a decision's, not a
    # 令's provisions.)
    lines = (REAL / "decision-tw-fsc-hotai-2021.txt").read_text(encoding="utf-8").splitlines()
    facts = lines.index("事實：")
    text = _text(lines[0], "".join(ln.strip() for ln in lines[1:facts]), *lines[facts:])
    headings = _headings(document_from_text(text))
    assert "(二)核銷作業流於形式：" in headings
    assert any(h.startswith("二、貴公司給付錠嵂保經廣告費相關費用") for h in headings)


def test_points_under_a_short_head_a_list_took_still_head():
    # gw-sh-major-projects-preliminary-work-2017 (batch 23) with each gold section run into one
    # line: 「三、基本原则」 comes right after its siblings' run-in paragraphs and a list rule takes
    # it — a headline missed, not a list item: its （一） points stay.
    lead = "（一）创新机制，提高效率。在严格执行国家和本市有关法律法规和规定基础上，创新重大工程前期工作机制。"
    text = _text(
        "关于进一步改进和优化市重大工程建设项目前期工作的实施意见",
        "一、指导思想牢固树立创新、协调、绿色、开放、共享的发展理念，牢牢把握城市发展战略定位。",
        "二、总体思路坚持规划引领、问题导向，加大市重大工程政府投资项目前期研究力度，优化行政审批流程。",
        "三、基本原则",
        lead,
        "（二）简化环节，优化流程。对现行建设项目审批流程，最大限度地简化环节，优化程序。",
        "（三）依法合规，便捷高效。规范建设项目申报条件、申请材料、办理程序和办事指南。",
    )
    headings = _headings(document_from_text(text))
    assert "（一）创新机制，提高效率。" in headings and "（三）依法合规，便捷高效。" in headings
