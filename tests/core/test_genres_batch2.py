"""Rules for the genres the corpus's second batch brought, on its dev documents
(tests/data/real, batch 2, dev only): a news-programme digest's link labels, Taiwan news
pages (a byline under the lead paragraph, the tail run into the last paragraph), a Macau
release's event details, provincial work reports as their sites print them, a local
regulation's adoption lines."""

from __future__ import annotations

from gui.core.reading import read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def _furniture(doc, needle: str) -> bool:
    start = doc.text.index(needle)
    return doc.is_furniture(start, start + len(needle))


def _headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


def test_link_labels_of_a_digest_are_chrome_not_subheadings():
    doc = read_document(REAL / "news-cn-xwlb-digest-2026.md")
    labels = [f for f in doc.furniture if doc.text[f.start : f.end] == "查看视频 ↗"]
    assert len(labels) == doc.text.count("查看视频 ↗") >= 10
    assert all(f.kind == "chrome" for f in labels)
    assert "查看视频 ↗" not in _headings(doc)
    assert "[视频]国内联播快讯" in _headings(doc)


def test_a_taiwan_news_pages_byline_and_tail_are_furniture():
    doc = read_document(REAL / "news-tw-afghanistan-withdrawal-2021.txt")
    assert _furniture(doc, "編譯：吳宗宜")
    assert not _furniture(doc, "8月15日，在阿富汗政府軍幾乎毫無抵抗的情況下")  # the story goes on
    for tail in ("延伸閱讀  昔日被美國推翻的塔利班", "新聞來源  Bitter blow", "責任編輯：羅元祺"):
        assert _furniture(doc, tail), tail
    assert doc.header.get("reporter") == "吳宗宜"
    assert doc.header.get("editor") == "羅元祺"
    # The story's last paragraph, on the same line as the tail, is text.
    assert not _furniture(doc, "共和黨戰略分析師菲喜瑞")


def test_a_list_of_news_sources_is_not_the_source():
    doc = read_document(REAL / "news-tw-migrant-worker-police-2021.txt")
    assert _furniture(doc, "新聞來源：  中壢女師案翻版")
    assert _furniture(doc, "延伸閱讀：  在台菲律賓移工領袖")
    assert doc.header.get("source") is None
    assert doc.header.get("editor") == "杜晉軒"


def test_event_details_of_a_release_are_text_and_not_headings():
    doc = read_document(REAL / "press-mo-national-security-education-2026.html")
    for detail in ("日期：2026年4月15日晚上", "日期：4月18日晚上", "地點：澳門南灣雅文湖畔"):
        assert not _furniture(doc, detail), detail
    assert not any(h.startswith(("地點", "日期", "展期")) for h in _headings(doc))


def test_a_provincial_report_page_head_laid_out_one_field_a_line():
    doc = read_document(REAL / "wr-shaanxi-2026.txt")
    lines = doc.text.split("\n")
    head = lines[: lines.index("各位代表：")]
    title_line = doc.text.count("\n", 0, doc.title_span.start)
    assert doc.title == "陕西省2026年政府工作报告"
    # Every line of the head is furniture but the article's own title and occasion (the
    # banner above the breadcrumb prints them once more: chrome).
    kept, pos = [], 0
    for n, line in enumerate(head):
        if line.strip() and not doc.is_furniture(pos, pos + len(line)):
            kept.append(n)
        pos += len(line) + 1
    assert kept == [title_line, title_line + 1]
    assert doc.header.get("source") == "陕西省人民政府"
    assert doc.header.get("time") == "2026-02-02 09:20"
    assert doc.header.get("speaker") == "陕西省省长 赵刚"
    assert doc.header.get("date") == "2026年1月27日"


def test_an_occasion_in_brackets_under_a_work_reports_title():
    doc = read_document(REAL / "wr-guizhou-2026.txt")
    assert doc.title == "政府工作报告"
    assert doc.header.genre == "work-report"
    assert doc.header.get("subtitle") == "（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）"
    assert doc.header.get("date") == "2026年1月27日"
    assert _furniture(doc, "政府工作报告。 贵州日报天眼新闻记者 李森 摄")


def test_a_local_regulations_adoption_line_without_brackets():
    doc = read_document(REAL / "reg-zj-river-chief-2017.md")
    assert doc.header.genre == "regulation"
    assert doc.header.get("issuer") == "浙江省第十二届人民代表大会常务委员会"
    assert doc.header.get("date") == "2017年7月28日"
    assert _headings(doc)[:2] == ["第一条", "第二条"]


def test_a_subhead_and_a_photo_credit_run_into_a_taiwan_news_line():
    doc = read_document(REAL / "news-tw-afghanistan-withdrawal-2021.txt")
    # 「…的民調也顯示… 阿富汗政府潰敗，撤軍決定遭美國國內大肆抨擊 據布朗大學的資料，…」
    assert "阿富汗政府潰敗，撤軍決定遭美國國內大肆抨擊" in _headings(doc)
    assert _furniture(doc, "Photo Credit: Reuters / 達志影像")
    assert "中國不願干涉阿富汗主權，間接對塔利班支持" in _headings(doc)
    # A name broken by a space inside brackets is no subhead (「錢尼（Liz Cheney）也表示」).
    assert not any(h.endswith("（Liz") or "根據華爾街日報" == h for h in _headings(doc))


def test_a_table_row_run_into_a_feed_line_is_no_subhead():
    # The statistical release's table, flattened: 「外商及港澳台商投资企业 257981.5 15.3 …」.
    doc = read_document(REAL / "stats-cn-industrial-profits-2021.md")
    assert "外商及港澳台商投资企业" not in _headings(doc)


def test_a_digests_programme_line_is_its_title_and_the_sites_lead_is_chrome():
    doc = read_document(REAL / "news-cn-xwlb-digest-2026.md")
    # The first heading has nothing of its own (a link label) over the items of its level.
    assert doc.title == "《新闻联播》 20260619 19:00"
    assert _furniture(doc, "《新闻联播》2026年6月19日 全部 12 条文字稿，原文完整保留。")
    assert _headings(doc)[0] == "[视频]【新思想引领新征程】弘扬爱国主义精神 奋楫民族复兴新征程"
    assert {s.level for s in doc.sections if s.heading} == {1}


def test_a_tier_whose_first_items_head_nothing_is_a_list():
    # 1.–3. stand in a row with nothing under them; 4.–11. have 日期：/地點： lines: one tier.
    doc = read_document(REAL / "press-mo-national-security-education-2026.html")
    assert not any(h[:2] in ("1.", "4.", "11") for h in _headings(doc))


def test_the_three_more_subheads_of_a_taiwan_news_line():
    doc = read_document(REAL / "news-tw-afghanistan-withdrawal-2021.txt")
    for subhead in (
        "美國對阿富汗政府軍潰敗速度震驚，但反駁是「西貢淪陷」翻版",  # 28 characters
        "承認塔利班？俄國可能合作，英國籲別過早承認",  # a question inside
        "歐盟憂心忡忡，難民問題再起？",  # a question
    ):
        assert subhead in _headings(doc)


def test_labelled_subheads_after_a_plain_one_are_a_tier_under_it():
    doc = read_document(REAL / "news-cn-q3-gdp-nbs-2021.md")
    levels = {s.heading: s.level for s in doc.sections if s.heading}
    assert levels["热点问题一一回应"] == 1
    assert levels["关于能源供应：能源供应偏紧是阶段性的，对经济的影响可控"] == 2
    assert levels["关于政策走向：货币政策仍有较大空间"] == 2


def test_a_regulations_commencement_article_gives_its_effective_date():
    doc = read_document(REAL / "reg-ly-dog-keeping-2010.md")
    assert doc.header.get("effective") == "1999年1月1日"
    assert doc.header.get("date") == "1998年6月30日"  # the first adoption
