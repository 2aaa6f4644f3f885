"""A council release's photo caption run into its lead (round 8, `docs/history/outline-log.md`): the Tainan
city council's releases open with the item's subject and the report it was, then, without a
break, the lead (「探討本市海岸嚴重流失因應對策及解決辦法專案報告臺南市議會第8次定期會31日上午召開…」;
the council's other releases open the same way: docs/gold-outline.md, batch 8). The caption
repeats the title's subject; the lead after it is the release's text.

Real lines: the dev release `press-tw-tncc-coastal-erosion-2026.txt` (batch 8)."""

from __future__ import annotations

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

RELEASE = REPO / "tests" / "data" / "real" / "press-tw-tncc-coastal-erosion-2026.txt"
CAPTION = "探討本市海岸嚴重流失因應對策及解決辦法專案報告"
LEAD = "臺南市議會第8次定期會31日上午召開"


def test_the_dev_release():
    doc = read_document(RELEASE)
    start = doc.text.index(CAPTION)
    assert [(f.kind, doc.text[f.start : f.end]) for f in doc.furniture] == [("caption", CAPTION)]
    # The lead after it is body: the release's one section starts there.
    assert doc.sections[0].start == doc.text.index(LEAD) == start + len(CAPTION)
    assert doc.title == "南市議會專案報告探討本市海岸嚴重流失因應對策及解決辦法"


def test_only_a_caption_that_repeats_the_title():
    text = RELEASE.read_text(encoding="utf-8")
    # Another title: the opening names no subject of the title, so it is the lead's own words.
    other = text.replace(
        "南市議會專案報告探討本市海岸嚴重流失因應對策及解決辦法", "南市議會第8次定期會召開"
    )
    doc = document_from_text(other)
    assert not doc.furniture
    assert doc.sections[0].start == doc.text.index(CAPTION)
    # A lead that says a report was given is no caption (its sentence runs on, commas and all).
    lead = (
        "市府今日就本市海岸嚴重流失因應對策及解決辦法提出專案報告，議員要求詳加研議並向中央反映。"
    )
    doc = document_from_text(text.replace(CAPTION + LEAD, lead + LEAD))
    assert not doc.furniture


def test_a_report_name_that_opens_a_sentence_is_text():
    # 「…專案報告，…」: the report's name as the subject of the lead's sentence.
    text = RELEASE.read_text(encoding="utf-8").replace(CAPTION + LEAD, CAPTION + "，" + LEAD)
    assert not document_from_text(text).furniture
