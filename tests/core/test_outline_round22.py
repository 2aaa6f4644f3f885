"""Round 22's rules (`docs/outline.md`, "Round 22"), on real lines of batch 17's dev part: a
Shanghai portal's page whose lines a Markdown reader joined (its information table without colons
run into the 公文 head, the page's controls glued to the last paragraph, the label over the
attachments' links, a 印发 letter's date run into the title of the document it issues), and a
notice's tail (office hours, a 附件说明 set one annex a line) — with the lines each rule must
leave alone."""

from __future__ import annotations

from gui.core.annexes import in_annex_list, issued_title
from gui.core.furniture import classify_line
from gui.core.fused_lines import headline_lead
from gui.core.patterns import (
    SCHEDULE_FIELD,
    controls_tail_start,
    is_table_run,
    paragraphs,
    table_run_end,
)
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"

# gw-sh-city-checkup-renewal-guideline-2025.md, its page head as the Markdown reader joins it.
TABLE_RUN = (
    "索取号3589258689/2025-00165载体类型发布机构上海市住房和城乡建设管理委员会文件编号"
    "沪建综规〔2025〕449 号记录形式公开类别主动公开关键词内容描述"
)
HEAD_RUN = "沪建综规〔2025〕449号上海市住房和城乡建设管理委员会关于印发《上海市城市体检促进城市更新的工作指引》的函各有关单位："
LETTER = (
    "为进一步提高城市体检成果质量，充分发挥城市体检对城市更新行动的支撑作用，一体化推进城市体检和"
    "城市更新，我委结合本市实际，制定了《上海市城市体检促进城市更新的工作指引》。现予印发，请结合"
    "实际，认真贯彻执行。"
)
ISSUED = "上海市城市体检促进城市更新的工作指引"
PREAMBLE = (
    "为深入贯彻习近平总书记关于城市体检工作的重要指示精神，落实《中共中央办公厅 国务院办公厅关于持续"
    "推进城市更新行动的意见》《中共中央 国务院关于推动城市高质量发展的意见》要求，坚持问题导向、目标"
    "导向、价值导向，强化成果应用，进一步提高城市体检成果质量，充分发挥城市体检对城市更新行动的支撑"
    "作用，一体化推进城市体检和城市更新，制定本指引。"
)
KEY_SENTENCE = "信息来源客观真实，内容应当简明准确、要素完整、重点突出，包括以下要素："
LAST = (
    "有关行业主管部门、重点区域建设单位组织开展的专项体检，应当纳入综合体检工作，统一部署、统筹开展、"
    "加强应用。附件：城市体检促进城市更新指标体系（试行）"
)


def test_a_portal_table_run_into_the_head_is_cut_off_and_is_furniture():
    line = TABLE_RUN + HEAD_RUN + LETTER
    assert table_run_end(line) == len(TABLE_RUN)
    assert [p[3] for p in paragraphs(line)][0] == TABLE_RUN
    assert is_table_run(TABLE_RUN)
    assert classify_line(TABLE_RUN, around_body=False) == "meta"
    # A sentence that names such keys is text; a table with colons is the older rule's.
    assert table_run_end(LETTER) is None
    # (gw-cn-boao-drug-import-2018: a sentence opening with one of the keys)
    assert table_run_end(KEY_SENTENCE) is None
    assert not is_table_run(KEY_SENTENCE)
    assert table_run_end("关键词：营商环境 改革" + LETTER) is None


def test_a_page_s_controls_glued_to_the_last_paragraph_are_cut_off():
    line = LAST + "收藏打印本页关闭窗口"
    assert controls_tail_start(line) == len(LAST)
    assert [p[3] for p in paragraphs(line)] == [LAST, "收藏打印本页关闭窗口"]
    assert classify_line("收藏打印本页关闭窗口") == "chrome"
    # One word of the kind ends a sentence of its own; a bar of controls alone is chrome already.
    assert controls_tail_start(LAST) is None
    assert controls_tail_start("收藏打印本页关闭窗口") is None


def test_the_label_over_the_attachments_links_is_chrome_not_an_annex():
    assert classify_line("附件（官方直链）") == "chrome"
    assert classify_line("附件链接：") == "chrome"
    assert classify_line("附件：城市体检促进城市更新指标体系（试行）") is None
    assert classify_line("附件1") is None


def test_a_issuing_letter_s_date_run_into_the_issued_title_heads_an_annex():
    line = HEAD_RUN + LETTER + "2025年9月18日" + ISSUED + PREAMBLE
    text = "关于印发《上海市城市体检促进城市更新的工作指引》的函\n" + line
    start = text.index(line)
    at = len(HEAD_RUN + LETTER + "2025年9月18日")
    assert issued_title(text, start, line) == (at, at + len(ISSUED))
    # Text after the date that opens with no title the letter names in 《》 is not cut.
    other = HEAD_RUN + LETTER + "2025年9月18日" + PREAMBLE
    assert issued_title(other, 0, other) is None
    # The issuer's signature may stand between the letter and its date (the 奉贤 notice fused).
    fused = FENGXIAN_LETTER + "上海市奉贤区文物局2024年7月23日" + FENGXIAN_TITLE + FENGXIAN_TEXT
    at = fused.rindex(FENGXIAN_TITLE)
    assert issued_title(fused, 0, fused) == (at, at + len(FENGXIAN_TITLE))
    # …and the title may open the line under the one the date ends (a page's sections fused).
    text = fused[:at] + "\n" + fused[at:]
    assert issued_title(text, at + 1, fused[at:]) == (0, len(FENGXIAN_TITLE))


def test_the_fused_letter_reads_as_its_gold_outline():
    doc = read_document(REAL / "gw-sh-city-checkup-renewal-guideline-2025.md")
    heads = [(s.level, s.heading) for s in doc.sections if s.heading]
    assert heads[:3] == [(1, ISSUED), (2, "一、基本要求"), (3, "（一）城市体检体系")]
    assert all("附件" not in h for _, h in heads)
    marked = {doc.text[f.start : f.end] for f in doc.furniture}
    assert TABLE_RUN in marked
    assert any(m.startswith("收藏打印本页关闭窗口\n附件（官方直链）") for m in marked)


# gw-sh-fengxian-relic-renovation-2024.md: its letter and issued title, and its tail.
FENGXIAN_LETTER = (
    "为进一步加强奉贤区不可移动文物保护工作，改善老建筑居民居住条件，奉贤区文物局研究制定了《奉贤区文物"
    "保护单位(文物保护点)居民装修项目审批管理办法》，现下发给你们，请结合实际认真贯彻落实。"
)
FENGXIAN_TITLE = "奉贤区文物保护单位(文物保护点)居民装修项目审批管理办法"
FENGXIAN_TEXT = "为进一步加强奉贤区不可移动文物保护工作，改善老建筑居民居住条件，根据《中华人民共和国文物保护法》等相关法律规定"
FENGXIAN_TAIL = """\
三、事后竣工验收

针对区文物保护单位(文物保护点)居民装修项目，在项目竣工后，报备人需组织设计、施工、监理单位对工程质量进行验评，准备好有关工程验收资料并交由区文物局组织验收。区文物局收取竣工报告、竣工图纸等资料并出具验收合格意见。对工程验收中发现的问题，由报备人负责组织整改。

材料受理时间：周一至周五  9:00-16:00(国定节假日除外)

地址：上海市奉贤区望园南路1529弄3号C栋2楼(奉贤区文化和旅游局受理窗口)  电话：021-33611832

附件1：奉贤区文物保护单位(文物保护点)居民装修报备表

附件2：奉贤区文物保护单位(文物保护点)居民装修承诺书

附件3：各级不可移动文物保护要求责任告知书

附件4：奉贤区文物保护单位(文物保护点)居民装修报备收件回执

附件5：奉贤区文物保护单位(文物保护点)居民装修报备意见表

附件6：奉贤区文物保护单位(文物保护点)居民装修项目验收表
"""


def test_office_hours_and_a_list_of_annexes_head_nothing():
    assert SCHEDULE_FIELD.match("材料受理时间：周一至周五  9:00-16:00(国定节假日除外)")
    assert SCHEDULE_FIELD.match("办公时间：工作日 8:30-17:00")
    assert not SCHEDULE_FIELD.match("城市体检时间安排与工作要求")
    lines = [ln for ln in FENGXIAN_TAIL.splitlines() if ln]
    listed = [i for i in range(len(lines)) if in_annex_list(lines, i)]
    assert [lines[i][:3] for i in listed] == [f"附件{n}" for n in range(1, 7)]
    doc = document_from_text(
        "关于印发《奉贤区文物保护单位（文物保护点）居民装修项目审批管理办法》的通知\n\n"
        + FENGXIAN_TAIL
    )
    assert [s.heading for s in doc.sections if s.heading] == ["三、事后竣工验收"]


def test_annexes_with_their_text_between_are_still_annexes():
    lines = ["附件1：报备表", "报备人应如实填写下列各项。", "附件2：承诺书"]
    assert not any(in_annex_list(lines, i) for i in range(3))
    # The numbers must count on: two labels that do not are no list.
    assert not in_annex_list(["附件1：报备表", "附件3：告知书"], 0)


# news-cn-xwlb-digest-2026.md: an item's headline, its video link's label and its story, as a
# page's sections fused run them into one line.
XWLB_HEADLINE = "[视频]【新思想引领新征程】弘扬爱国主义精神 奋楫民族复兴新征程"
XWLB_STORY = "央视网消息（新闻联播）：习近平总书记指出，在中华民族几千年绵延发展的历史长河中，"


def test_a_link_label_with_its_arrow_inside_a_line_is_a_paragraph_of_its_own():
    line = XWLB_HEADLINE + "查看视频 ↗" + XWLB_STORY
    assert [p[3] for p in paragraphs(line)] == [XWLB_HEADLINE, "查看视频 ↗", XWLB_STORY]
    assert classify_line("查看视频 ↗") == "chrome"
    # Without its arrow the label is words of a sentence (「…请点击查看视频」 stays whole).
    assert len(paragraphs(XWLB_HEADLINE + "查看视频" + XWLB_STORY)) == 1


# news-hk-rthk-local-digest-2025.md: a headline of two clauses parted by an ideographic space,
# and the lead (its photo's caption) restating its subject.
RTHK_HEADLINE = "何永賢指兩年半收回約8千公屋單位　稱可於旅遊片區用組裝合成件"
RTHK_LEAD = "何永賢指出約兩年半間，已收回約8000個公屋單位，涉及約80億元。"
RTHK_DISNEY = "香港迪士尼樂園20周年期間限定活動\u30006月28日展開橫跨一年"
RTHK_DISNEY_LEAD = (
    "香港迪士尼樂園宣布，慶祝開幕20周年的期間限定活動，將於6月28日正式展開，並橫跨一年，"
    "將包括周年限定城堡演出、樂園史上最大型巡遊表演、以及歷來最盛大夜間匯演。"
)
RTHK_UNION = "職工會修訂條例草案刊憲　加強規管職工會以維護國家安全"
RTHK_UNION_LEAD = (
    "《2025年職工會（修訂）條例草案》刊憲，政府表示，今次修例旨在加強規管職工會以維護國家安全，"
)


def test_a_two_clause_headline_run_into_a_lead_that_restates_its_subject_is_cut():
    assert headline_lead(RTHK_HEADLINE + RTHK_LEAD) == len(RTHK_HEADLINE)
    # The subject found again inside the headline's short second clause is no lead.
    assert headline_lead(RTHK_UNION + RTHK_UNION_LEAD) is None
    # A headline without its clause space, or a sentence, is not cut.
    assert headline_lead(RTHK_LEAD + RTHK_LEAD) is None
    assert headline_lead(RTHK_HEADLINE.replace("\u3000", "") + RTHK_LEAD) is None
    # Items of the digest, each headline run into its lead, head their story.
    text = "\n\n".join(
        [RTHK_DISNEY + RTHK_DISNEY_LEAD, RTHK_HEADLINE + RTHK_LEAD, RTHK_UNION + RTHK_UNION_LEAD]
    )
    doc = document_from_text(text)
    assert doc.title == RTHK_DISNEY  # (the digest has no title of its own: its first item)
    assert [s.heading for s in doc.sections if s.heading] == [RTHK_HEADLINE]


def test_a_photographer_s_credit_alone_on_its_line_is_a_caption():
    # news-hk-dental-pilot-2017.md: the caption 「陳先生表示，…其子可以局部麻醉就能補牙。何君健攝」
    # one sentence a line; news-hk-john-lee-acting-ce-2021.md: 「黎家威攝」.
    assert classify_line("何君健攝", around_body=False) == "caption"
    assert classify_line("黎家威攝", around_body=False) == "caption"
    # A short subhead of the corpus stays text (tw-g0v-ministers-without-portfolio-notes.md).
    assert classify_line("探討", around_body=False) is None
