"""Short sentences standing alone as headlines under a numbered heading
(``gui.core.headline_lines.headline_sentences``): the bold leads of a work report that a page sets on
lines of their own. Tested on the national work report of the dev corpus (wr-cn-2024), whose
leads run into their paragraphs (body, gold rule 5), and on the same real lines with each lead
set on its own line as scraped pages do (headings, gold rule 4)."""

from __future__ import annotations

import re

from gui.core.numbering import numbered
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REPORT = REPO / "tests" / "data" / "real" / "wr-cn-2024.txt"
TEXT = REPORT.read_text(encoding="utf-8")
#: A paragraph opening with a short sentence (no comma or —— lead) and running on.
_LEAD = re.compile(r"([^。！？；：，,—]{4,30}。)(.{40,})")


def _split_leads(text: str) -> tuple[str, list[str]]:
    """The text with each such lead set on a line of its own, and the leads."""
    out: list[str] = []
    leads: list[str] = []
    for line in text.split("\n"):
        m = _LEAD.fullmatch(line.strip())
        if (
            m
            and numbered(line.strip()) is None
            and not re.match(r"[一二三四五六七八九十]+是", line.strip())
        ):
            leads.append(m[1])
            out += [m[1], m[2]]
        else:
            out.append(line)
    return "\n".join(out), leads


def _outline(doc) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in doc.sections if s.heading]


def test_leads_run_into_their_paragraphs_are_body():
    headings = [h for _, h in _outline(read_document(REPORT))]
    _, leads = _split_leads(TEXT)
    assert len(leads) >= 10
    assert not set(leads) & set(headings)


def test_leads_standing_alone_under_numbered_headings_are_headlines():
    text, leads = _split_leads(TEXT)
    outline = _outline(document_from_text(text))
    levels = {h: level for level, h in outline}
    assert set(leads) <= set(levels)
    # One level under the numbered heading they stand in: 3 under （一）, 2 under 二、.
    assert (
        levels["推动产业链供应链优化升级。"]
        == levels["（一）大力推进现代化产业体系建设，加快发展新质生产力。"] + 1
    )
    assert levels["增强宏观政策取向一致性。"] == 2


def test_one_sentence_alone_under_a_heading_is_body():
    text, leads = _split_leads(TEXT)
    # Keep the first split lead of the （一） section only: no sibling, no headline.
    first = "推动产业链供应链优化升级。"
    lines = text.split("\n")
    kept = []
    for line in lines:
        if line in leads and line != first:
            continue
        kept.append(line)
    section = [h for _, h in _outline(document_from_text("\n".join(kept)))]
    assert first not in section


def test_standalone_sentences_with_no_numbered_heading_stay_body():
    # A news story's short paragraphs (「近期，各超硬材料公司纷纷启动扩产计划。」 …) carry commas
    # and stand under no numbered heading (batch-4 dev news).
    doc = read_document(REPO / "tests" / "data" / "real" / "news-cn-diamond-cooling-2026.txt")
    assert not any(h.endswith("。") for _, h in _outline(doc))
