"""An alert feed's Markdown frame around a government release, and a label over a list the
format marks (task o35, session 23), read on real dev documents.

- ``gui.core.formats.feed_sections``: the epidemic-alert feed that carries batch 41's two
  疾管署 releases frames each in 「## 摘要」 (its own summary), 「## 詳細內容」 (over the
  release's text) and tag sections (「## 相關疾病」, 「## 影響地區」, each a short list): furniture,
  no sections. A report's own 「## 摘要」 over its parts is no frame.
- ``gui.core.subheads.is_list_caption``: a label closed by ： over a Markdown 「- 」 list heads
  it, as over ● items (docs/gold-outline.md, rule 4).
"""

from __future__ import annotations

from gui.core.formats._common import LineBuilder
from gui.core.formats.feed_sections import mark_feed_frame
from gui.core.reading import read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
SUSPENSION = REAL / "press-tw-cdc-flu-vaccine-batch-precautionary-suspension-2026.md"
REMINDER = REAL / "press-tw-cdc-flu-covid-vaccination-reminder-2026.md"
REPORT = REAL / "report-hk-gba-dining-digital-tourism-trend-2026.md"
FRAME = ("摘要", "詳細內容", "相關疾病", "影響地區")


def _headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


def _furniture(doc) -> list[str]:
    return [doc.text[f.start : f.end] for f in doc.furniture]


def test_the_feed_frame_is_furniture_and_heads_no_section():
    for path in (SUSPENSION, REMINDER):
        doc = read_document(path)
        assert not set(_headings(doc)) & set(FRAME), path.name
        furniture = _furniture(doc)
        assert "摘要" in furniture and "詳細內容" in furniture
        # (the feed's own summary of the release, under 摘要)
        assert any(f.startswith("疾管署提醒近期氣溫變化大") for f in furniture) or path != REMINDER
    furniture = _furniture(read_document(SUSPENSION))
    assert {"相關疾病", "流感（Influenza）", "影響地區", "台灣（新北市及14縣市）"} <= set(furniture)


def test_the_release_text_under_the_frame_stays_body():
    doc = read_document(SUSPENSION)
    body = [
        ln for ln in doc.text.split("\n") if ln.startswith("疾病管制署（疾管署）於115年3月24日")
    ]
    assert body
    start = doc.text.index(body[0])
    assert not any(f.start <= start < f.end for f in doc.furniture)


def test_a_label_over_a_markdown_list_heads_it():
    # 「**調查與處置措施**：」 over its 「- 經清查…」 steps; the bullets are gone from the text.
    assert _headings(read_document(SUSPENSION)) == ["調查與處置措施："]


def test_a_reports_own_summary_heading_is_no_frame():
    # A report's 「## 摘要」 is followed by its parts (「## 一、兩個趨勢如何改變旅遊競爭」), not by
    # 「## 詳細內容」: it stays a heading.
    doc = read_document(REPORT)
    assert _headings(doc)[:2] == ["摘要", "一、兩個趨勢如何改變旅遊競爭"]


def test_a_tag_section_holds_only_a_short_list():
    # The frame's lines (batch 41), with a paragraph after the last tag list: that section is
    # the release's, its heading kept.
    builder = LineBuilder()
    builder.add("摘要", level=2)
    builder.add("疾管署提醒近期氣溫變化大可能增加疾病傳播風險。")
    builder.add("詳細內容", level=2)
    builder.add("目前疾管署尚未接獲其他類似通報。")
    builder.add("影響地區", level=2)
    builder.add("台灣（新北市及14縣市）", item=True)
    builder.add("目前疾管署尚未接獲其他類似通報。")
    mark_feed_frame(builder)
    assert builder.chrome == {0, 1, 2}
    assert builder.headings == {4: 2}
