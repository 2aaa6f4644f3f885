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
