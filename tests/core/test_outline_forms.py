"""Outline forms found on the corpus's dev documents (tests/data/real, dev only): a news subhead
set over two lines, a list's caption, numbered labels over bullet items, and marked headings
that are a list of questions. Each rule is tested on the document it was seen in and on its
real lines rearranged so that the structure, not the words, decides."""

from __future__ import annotations

import pytest

from gui.core.reading import document_from_text, read_document
from gui.core.script import Script
from gui.core.script_views import DocumentViews, section_heading
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"

# Real lines of the dev documents, used to build texts whose structure differs.
BODY_1 = "“三季度主要宏观指标处于合理区间，就业基本稳定，民生继续改善，结构调整稳步推进，质量效益持续提升，为实现全年经济社会发展目标打下了良好基础。” 付凌晖说。"  # noqa: E501
BODY_2 = "消费和服务业的快速恢复，成为三季度经济亮点。"
BODY_3 = "数据显示，9月份，消费同比增长4.4%，较上月回升1.9个百分点。"
SUBHEAD_1 = "消费、服务业是亮点"
SUBHEAD_2 = "增速均出现反弹"
SUBHEAD_3 = "热点问题一一回应"


def _headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


def _text(*paragraphs: str) -> str:
    return "\n".join(paragraphs) + "\n"


# -- a subhead over two lines -------------------------------------------------------------


def test_a_subhead_split_over_two_paragraphs_is_one_heading():
    doc = read_document(REAL / "news-cn-q3-gdp-nbs-2021.md")
    joined = [h for h in _headings(doc) if h.startswith(SUBHEAD_1)]
    # One heading; in the outline its halves are joined by one space, not the feed's 「　　」.
    assert joined == [f"{SUBHEAD_1} {SUBHEAD_2}"]
    assert SUBHEAD_2 not in _headings(doc)
    # A sibling of the one-line subheads around it.
    levels = {s.heading: s.level for s in doc.sections if s.heading}
    assert levels[joined[0]] == levels["三季度GDP增速放缓至4.9%"] == levels[SUBHEAD_3] == 1
    # The section starts at its first line and its body follows the second.
    section = next(s for s in doc.sections if s.heading == joined[0])
    span = doc.text[section.heading_start : section.heading_end]
    assert span.startswith(SUBHEAD_1) and span.endswith(SUBHEAD_2)
    assert doc.text[section.heading_end :].lstrip().startswith(BODY_2)


def test_two_subhead_lines_on_lines_of_their_own():
    doc = document_from_text(_text(BODY_1, SUBHEAD_1, SUBHEAD_2, BODY_2, BODY_3))
    assert _headings(doc) == [f"{SUBHEAD_1} {SUBHEAD_2}"]


def test_three_short_lines_are_a_list_not_a_split_subhead():
    doc = document_from_text(_text(BODY_1, SUBHEAD_1, SUBHEAD_2, SUBHEAD_3, BODY_2, BODY_3))
    assert _headings(doc) == []


def test_a_table_row_is_not_half_a_subhead():
    # Rows of a Markdown table kept as text under a heading: 「指标 | 数值」.
    doc = document_from_text(_text("二、科技创新", "指标 | 数值", "高新技术企业 | 612家", BODY_3))
    assert _headings(doc) == ["二、科技创新"]


# -- a list's caption ---------------------------------------------------------------------


def test_a_short_label_over_a_list_of_events_heads_it():
    doc = read_document(REAL / "press-mo-national-security-education-2026.html")
    assert _headings(doc) == ["重點活動一覽："]
    assert doc.sections[-1].level == 1


def test_a_sentence_leading_into_its_list_is_not_a_caption():
    # A regulation's article: 「…应当具备下列条件：」 over （一）…；（二）…； items.
    doc = read_document(REAL / "reg-sh-historic-towns-2025.txt")
    assert "历史文化名镇应当具备下列条件：" not in _headings(doc)
    # The salutation of a work report stands over body text, not a list.
    report = read_document(REAL / "wr-cn-2024.txt")
    assert "各位代表：" not in _headings(report)


def test_a_label_over_body_text_is_not_a_caption():
    items = [
        "1. “人工智能護國安”徵文比賽及短視頻比賽",
        "2. 大灣區青少年人工智能及網絡安全挑戰賽2025",
        "3. 總體國家安全觀主題宣講澳門展演",
    ]
    over_list = document_from_text(_text(BODY_1, "重點活動一覽：", *items, BODY_3))
    assert "重點活動一覽：" in _headings(over_list)
    over_body = document_from_text(_text(BODY_1, "重點活動一覽：", BODY_2, BODY_3))
    assert "重點活動一覽：" not in _headings(over_body)


# -- numbered labels over bullet items ----------------------------------------------------

PALACE = REAL / "news-hk-palace-museum-funding-2017.md"
GROUPS = [
    "一、財務資料：",
    "●機構為計劃所承擔的款項",
    "●資助計劃的其他來源",
    "二、由合資格建築師/工料測量師草擬的",
    "●建議中的建築物的設計詳圖",
    "●建築計劃時間表，包括估計可獲政府核准建築圖則及招標的時間",
    "三、背景資料：",
    "●可行性研究及報告（如適用）",
    "●獲政府政策上支持的證明",
]


def test_numbered_labels_over_bullets_are_groups_of_a_list():
    doc = read_document(PALACE)
    assert not any(h.startswith(("一、", "二、", "三、")) for h in _headings(doc))
    assert not _headings(document_from_text(_text(BODY_1, *GROUPS, BODY_3)))


def test_the_same_numbers_over_body_text_head_sections():
    # The labels' siblings over paragraphs instead of bullets: sections again.
    lines = [BODY_2 + BODY_3 if line.startswith("●") else line for line in GROUPS]
    doc = document_from_text(_text(BODY_1, *lines))
    assert "二、由合資格建築師/工料測量師草擬的" in _headings(doc)


# -- marked headings that are a list ------------------------------------------------------


def test_a_run_of_marked_questions_is_a_list():
    doc = read_document(PALACE)
    assert not any(h.startswith(("疑問", "## 疑問")) for h in _headings(doc))
    assert "疑問1：" in doc.text


def test_marked_questions_over_their_own_text_stay_headings():
    text = PALACE.read_text(encoding="utf-8")
    questions = [line for line in text.split("\n") if line.startswith("## 疑問")]
    assert len(questions) == 4
    answered = _text(BODY_1, *(f"{q}\n{BODY_2}{BODY_3}" for q in questions))
    together = _text(BODY_1, *questions, BODY_2)
    assert len(_headings(document_from_text(answered))) == 4
    assert _headings(document_from_text(together)) == []


@pytest.mark.parametrize("script", [Script.ORIGINAL, Script.HANT])
def test_the_shown_heading_joins_its_two_lines_with_one_space(script):
    """The status bar, find results and citations show a section's heading in the script
    view: a two-line subhead reads as its two halves and one space, whether the feed ran them
    into one line (「　　」 between them) or they stand on lines of their own."""
    run_in = read_document(REAL / "news-cn-q3-gdp-nbs-2021.md")
    own_lines = document_from_text(_text(BODY_1, SUBHEAD_1, SUBHEAD_2, BODY_2, BODY_3))
    expected = f"{SUBHEAD_1} {SUBHEAD_2}"
    if script is Script.HANT:
        expected = "消費、服務業是亮點 增速均出現反彈"
    for doc in (run_in, own_lines):
        views = DocumentViews(doc.text)
        index = next(
            i for i, s in enumerate(doc.sections) if s.heading == f"{SUBHEAD_1} {SUBHEAD_2}"
        )
        assert section_heading(doc, views, index, script) == expected


def test_a_heading_with_its_own_spacing_keeps_it():
    # A regulation's chapter set with ideographic spaces (「第一章　总　　则」) is shown as written.
    doc = read_document(REAL / "reg-sh-historic-towns-2025.txt")
    views = DocumentViews(doc.text)
    index = next(i for i, s in enumerate(doc.sections) if (s.heading or "").startswith("第一章"))
    assert section_heading(doc, views, index, Script.ORIGINAL) == doc.sections[index].heading
    assert "　　" in doc.sections[index].heading
