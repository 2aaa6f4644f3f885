"""Round 24's rules (`docs/outline.md`, "Round 24"), on real lines of batch 19's dev part: a
president's memorial address that takes its announced points in turn, each alone on its line
as 「第一，…：」 — with the same lines run into their paragraphs, or out of order, as controls."""

from __future__ import annotations

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
SPEECH = REAL / "press-tw-president-228-memorial-2026.txt"


def _paragraphs(path) -> list[str]:
    return [ln.strip() for ln in path.read_text("utf-8").split("\n") if ln.strip()]


def _headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


SPEECH_LINES = _paragraphs(SPEECH)
POINTS = [ln for ln in SPEECH_LINES if ln.startswith(("第一，", "第二，", "第三，"))]


def test_a_speechs_points_alone_on_their_lines_head_its_parts():
    assert POINTS == [
        "第一，加速政治檔案開放，追查真相：",
        "第二，政府會進一步落實轉型正義：",
        "第三，避免類似二二八不幸事件歷史重演：",
    ]
    doc = read_document(SPEECH)
    assert _headings(doc) == POINTS
    assert {s.level for s in doc.sections if s.heading} == {1}


def test_a_point_run_into_its_paragraph_stays_body():
    # The same speech with each point run into the paragraph under it: a sentence's lead.
    lines = list(SPEECH_LINES)
    for point in POINTS:
        at = lines.index(point)
        lines[at : at + 2] = [point + lines[at + 1]]
    doc = document_from_text("\n\n".join(lines) + "\n")
    assert _headings(doc) == []


def test_one_point_alone_or_out_of_order_is_no_run():
    second_only = [ln for ln in SPEECH_LINES if ln not in (POINTS[0], POINTS[2])]
    assert _headings(document_from_text("\n\n".join(second_only) + "\n")) == []
    # 第二 before any 第一: not a speaker taking points in turn.
    no_first = [ln for ln in SPEECH_LINES if ln != POINTS[0]]
    assert _headings(document_from_text("\n\n".join(no_first) + "\n")) == []


COLUMN = REAL / "news-hk-cityu-student-reporters-2019.md"
GROUP_COLUMN = REAL / "news-hk-playable-city-space-2017.md"  # batch 12, dev


def _tail_lines(doc, count: int) -> list[str]:
    return doc.text.rstrip("\n").split("\n")[-count:]


def test_a_writers_own_column_card_closes_the_page_as_furniture():
    doc = read_document(COLUMN)
    last, appeal, link, blog, blog_again, card = _tail_lines(doc, 6)
    assert blog == blog_again == "博客 | 羅金義"
    assert card.startswith("【羅金義・風蕭蕭】羅金義，")
    assert appeal.startswith("請加入成為眾新聞的月費訂戶")
    tail = "\n".join(doc.text[s.start : s.end] for s in doc.furniture_spans())
    for line in (appeal, link, blog, card):
        assert line in tail
    assert last.endswith("崇高敬意。") and last not in tail  # the story's end stays body


def test_the_writers_column_names_the_reporter_a_groups_does_not():
    assert read_document(COLUMN).header.fields["reporter"].text == "羅金義"
    group = read_document(GROUP_COLUMN)
    assert _tail_lines(group, 3)[0] == "博客 | 眾城"
    reporter = group.header.fields.get("reporter")
    assert reporter is None or reporter.text != "眾城"


CHARGING = REAL / "gw-sh-public-charging-inspection-2023.md"


def test_the_pages_own_title_under_the_issuers_heading_is_the_title():
    doc = read_document(CHARGING)
    heading = "上海市交通委员会、上海市发展和改革委员会 关于开展公共充电设施自查抽查工作的通知"
    own = "关于开展公共充电设施自查抽查工作的通知"
    assert doc.text.split("\n")[1:3] == [heading, own]
    assert doc.title == own
    assert doc.text[doc.title_span.start : doc.title_span.end] == own
    at = doc.text.index(heading)
    assert doc.is_furniture(at)  # the repository's heading: a copy


def test_a_heading_of_issuers_over_another_line_keeps_its_title():
    # The same heading over a line that is not its own title (the 主送机关 line): the heading
    # stays the title.
    heading = "上海市交通委员会、上海市发展和改革委员会 关于开展公共充电设施自查抽查工作的通知"
    text = f"{heading}\n各区交通行政管理部门、各相关单位：\n现将本市开展公共充电设施自查抽查工作通知如下：\n"
    assert document_from_text(text).title == heading


def test_an_attached_forms_title_and_its_long_label_head_the_form():
    doc = read_document(CHARGING)
    sections = [(s.heading, s.level) for s in doc.sections if s.heading]
    assert ("一、检查对象", 1) in sections
    form_at = sections.index(
        ("充电运营商自查表", 1)
    )  # 「附件充电运营商自查表充电运营商名称（盖章）：」
    assert sections[form_at + 1 :] == [
        ("下线充电设施（枪）的状况：", 2),
        ("实际在运营的充电设施（枪）对应的充电车位的车位管控措施状况：", 2),
    ]  # 「后续整改计划（…）：」, a field with nothing under it, stays body


def test_a_long_label_over_items_that_are_no_fields_stays_body():
    # The form's long label over the speech's dated items (sentences, not blanks to fill).
    label = "实际在运营的充电设施（枪）对应的充电车位的车位管控措施状况："
    items = [ln for ln in SPEECH_LINES if ln.startswith(("1、1986", "2、1986", "3、1987"))]
    assert len(items) == 3
    text = "\n\n".join([SPEECH_LINES[0], SPEECH_LINES[2], label, *items, SPEECH_LINES[2]]) + "\n"
    assert label not in _headings(document_from_text(text))
