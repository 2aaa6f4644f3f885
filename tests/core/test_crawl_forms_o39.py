"""Session 24, task o39: what batches 49-50's dev documents showed of their publishing forms —
a county site's crawl that runs each page into one line under the crawler's fields (the Pingtan
archive: batches 38, 47, 49), a government spider's export (title / url / author / content), and
the gazette's 書函 printed like its 令 and 公告. Real lines of dev documents, with controls."""

from __future__ import annotations

from gui.core.fused_lines import fused_cuts
from gui.core.head_rows import outlet_column_day
from gui.core.page_residue import run_in_bar_end
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def _headings(name: str) -> list[str]:
    return [s.heading for s in read_document(REAL / name).sections if s.heading]


def test_a_gazette_letter_is_read_like_its_orders():
    # gw-tw-mnd-criminal-compensation-decision-letter-2012 (batch 50): the gazette's head.
    text = (
        "國防部書函：李柏淵因貪污案請求刑事補償，經國防部高等軍事法院高雄分院決定准予補償\n"
        "國防部書函\n"
        "中華民國101年3月30日\n"
        "國法審判字第1010001048號\n"
        "主　　旨：檢送國防部高等軍事法院高雄分院100年刑補重字第001號李柏淵違法案刑事補償事件"
        "決定書摘要，請惠予刊登。\n"
        "說　　明：依刑事補償法第27條規定，刑事補償決定確定後，應將主文及決定要旨登載公報。\n"
    )
    doc = document_from_text(text)
    assert (
        doc.title
        == "國防部書函：李柏淵因貪污案請求刑事補償，經國防部高等軍事法院高雄分院決定准予補償"
    )
    fields = {k: v.text for k, v in doc.header.fields.items()}
    assert fields["issuer"] == "國防部"
    assert fields["number"] == "國法審判字第1010001048號"
    assert fields["date"] == "中華民國101年3月30日"


def test_a_spiders_export_names_its_outlet_before_the_content_key():
    doc = read_document(REAL / "news-cn-scio-mfa-spokesman-kong-quan-briefing-20050310.txt")
    assert doc.header.fields["source"].text == "国务院新闻办公室网站"
    assert doc.title == "2005年3月10日外交部发言人孔泉在例行记者会上答记者问"


def test_a_crawl_with_no_title_in_its_text_takes_the_tables():
    # The Pingtan archive's report and bulletin: the page's title is only the crawler's field.
    for name, title in [
        ("wr-fj-pingtan-2025-work-report-review-part.txt", "政府工作报告（2025）"),
        ("wr-fj-pingtan-county-2020-work-report-review-part.txt", "政府工作报告（2020）"),
        (
            "stats-fj-pingtan-2015-statistical-bulletin.txt",
            "2015年平潭综合实验区国民经济和社会发展统计公报",
        ),
    ]:
        assert read_document(REAL / name).title == title
    # Control: a notice of the same archive whose text names its title in full keeps it.
    doc = read_document(REAL / "gw-cn-pingtan-public-hospitals-renaming-notice-2015.txt")
    assert doc.title == "平潭综合实验区管委会办公室关于我区两家公立医院更名的通知"


BAR = "当前位置： 首页政务公开政府工作报告 政府工作报告（2020） 时间：2020-01-06 15:11 微信 微博 QQ空间"
BODY = (
    "——2020年1月5日在平潭县第十七届人民代表大会第四次会议上各位代表：现在，我代表平潭县人民政府，"
    "向大会报告政府工作，请予审议，并请县政协委员提出意见。"
)


def test_a_page_bar_run_into_the_body_is_chrome_to_its_last_button():
    line = BAR + " " + BODY * 4
    assert run_in_bar_end(line) == len(BAR)
    # Controls: the bar alone (a short line, read by the whole-line rules) and a body that
    # names a breadcrumb in a sentence.
    assert run_in_bar_end(BAR) is None
    assert run_in_bar_end("当前位置：本文介绍如何在微信中分享，" + BODY * 4) is None
    doc = read_document(REAL / "wr-fj-pingtan-county-2020-work-report-review-part.txt")
    start = doc.text.index("当前位置")
    assert any(f.start == start and f.end == start + len(BAR) for f in doc.furniture)


def test_a_subtitle_run_into_the_report_leaves_the_report_its_text():
    doc = read_document(REAL / "wr-fj-pingtan-2025-work-report-review-part.txt")
    subtitle = doc.header.fields["subtitle"].text
    assert (
        subtitle
        == "—2025年1月7日在平潭综合实验区人大工作会议暨平潭县第十八届人民代表大会第四次会议上"
    )
    assert _headings("wr-fj-pingtan-2025-work-report-review-part.txt")[0] == "一、2024年工作回顾"


def test_a_first_item_after_a_parts_colon_is_cut_when_it_is_a_headline():
    assert _headings("wr-fj-pingtan-county-2020-work-report-review-part.txt") == [
        "一、2019年工作回顾",
        "（一）“八大工程”引领发展。",
        "（二）经济发展稳中向好。",
        "（三）两岸融合走深走实。",
        "（四）改革开放纵深推进。",
    ]
    # Controls (clauses of a dev 七宝镇 办法 and headlines of gw-cn-gov-new-media-2018): under a cut part, an enumeration whose first
    # item is a clause, not a headline, stays in its sentence; with no part cut before it, a
    # colon's first item stays whatever it is.
    pad = "为进一步规范七宝镇建设工程管理工作，" * 20
    part = pad + "特制定本办法。一、主要任务" + pad + "主要任务如下："
    clause = "1.镇规建办为限额以下工程项目管理的主管部门。2.镇监察室负责监督。"
    assert fused_cuts(part + clause) == [part.index("一、")]
    headline = "1.加强组织领导。镇规建办为限额以下工程项目管理的主管部门。2.加强人员培训。镇监察室负责监督。"
    assert fused_cuts(part + headline) == [
        part.index("一、"),
        len(part),
        len(part) + headline.index("2."),
    ]
    assert fused_cuts(pad + "主要任务如下：" + headline) == []


def test_a_papers_reporters_before_its_print_edition():
    # The 人民日报 Markdown pages of batches 47 and 49: byline and print edition on one line.
    for name, names in [
        ("news-cn-rmrb-private-enterprises-readers-question-2025.md", "葛孟超  戴林峰"),
        ("news-cn-rmrb-shanxi-major-projects-year-2025.md", "刘鑫焱  付明丽"),
    ]:
        fields = read_document(REAL / name).header.fields
        assert fields["reporter"].text == names and fields["reporter"].start is not None
        assert fields["source"].text == "人民日报"


def test_a_dash_under_a_readers_letter_signs_it():
    doc = read_document(REAL / "news-cn-rmrb-private-enterprises-readers-question-2025.md")
    assert doc.header.genre == "news" and "subtitle" not in doc.header.fields
    # Control: a report's dashed subtitle right under its title stays one (wr-shanghai-2026).
    doc = read_document(REAL / "wr-shanghai-2026.txt")
    assert (
        doc.header.fields["subtitle"].text
        == "——2026年2月3日在上海市第十六届人民代表大会第四次会议上"
    )


def test_a_crawls_outlet_and_column_over_the_day():
    # Taiwan-news-crawlers' pages of two outlets (batches 48 and 50).
    for name, outlet in [
        ("news-tw-tvbs-penghu-doctor-hou-wu-chung-mourned-2017.txt", "tvbs"),
        ("news-tw-cts-coast-guard-ching-fu-contract-termination-2017.txt", "華視"),
    ]:
        doc = read_document(REAL / name)
        assert doc.header.fields["source"].text == outlet
        at = doc.text.index(outlet)
        assert any(f.start <= at < f.end and f.kind == "news" for f in doc.furniture)
    # Controls: a short line over the day that is no column (a sentence), a date not bare.
    assert not outlet_column_day(["tvbs", "生活。", "2017/11/26"])
    assert not outlet_column_day(["華視", "政治", "2017年11月26日星期日"])
    assert outlet_column_day(["華視", "政治", "2017/11/26"])


def test_a_page_bar_is_chrome_when_the_reader_cut_its_run_together_line_at_a_heading():
    # Round fx25: batch 55's Pingtan notice (dev), one line that the reader cuts into
    # paragraphs at its numbered heads: its first piece, bar and all, is shorter than a
    # run-in line, the text's line is not.
    name = "gw-fj-pingtan-eucalyptus-cutworm-control-urgent-notice-2011.txt"
    doc = read_document(REAL / name)
    bar_end = doc.text.index("QQ空间") + len("QQ空间")
    assert any(f.start == 0 and f.end == bar_end for f in doc.furniture)
    first_piece = doc.text[: doc.text.index(" 一、防治办法")]
    assert run_in_bar_end(first_piece) is None
    assert run_in_bar_end(first_piece, len(doc.text)) == bar_end
    # Control: a short line of its own (the bar alone) stays with the whole-line rules.
    assert run_in_bar_end(BAR, len(BAR)) is None


def test_a_piece_inside_a_run_together_line_is_no_title_guess_over_the_site_table():
    # Round fx25: batch 51's Pingtan notice (dev) with its bar now chrome: the first line the
    # outline could guess a title from is its 署名, cut out of the run-together line after the
    # 正文 (「…请认真组织实施。 平潭综合实验区管委会 2021年1月15日…」); the site's table titles it.
    doc = read_document(REAL / "gw-fj-pingtan-rural-homestay-measures-notice-2021-part.txt")
    bar_at = doc.text.index("当前位置")
    assert any(f.start == bar_at and f.kind == "chrome" for f in doc.furniture)
    assert doc.title == "平潭综合实验区管委会关于印发 《平潭综合实验区乡村民宿管理办法》的通知"
    # Control: batch 55's Pingtan story has no table and no such line: no piece of its text is
    # its title; since round o43 the page title inside its bar is (the gold's title).
    story = read_document(REAL / "news-cn-pingtan-cppcc-science-members-inspection-2011.txt")
    assert story.title == "全国政协科协界委员来岚考察"
