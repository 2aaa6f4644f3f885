import json
from pathlib import Path

import pytest

from gui.core.outline import build_outline
from gui.core.reading import document_from_text, read_document
from tests.conftest import DATA, DEFAULT_REPORT

OUTLINE_DIR = DATA / "outline"
SAMPLES = sorted(p for p in OUTLINE_DIR.iterdir() if not p.name.endswith(".json"))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_reports_have_their_expected_outline(path: Path):
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    doc = read_document(path)
    assert doc.title == expected["title"]
    assert [[s.level, s.heading] for s in doc.sections] == expected["sections"]
    for s in doc.sections:
        if s.heading is not None:
            assert doc.text[s.heading_start : s.heading_end] == s.heading
    if "footer_starts_with" in expected:
        assert doc.footer is not None
        assert doc.text[doc.footer.start :].startswith(expected["footer_starts_with"])
        assert all(s.end <= doc.footer.start for s in doc.sections)


def test_default_report_outline_matches_gold(seed_gold):
    doc = read_document(DEFAULT_REPORT)
    assert doc.text == seed_gold["text"]
    got = [(s.start, s.heading) for s in doc.sections]
    assert got == [(s["start"], s["heading"]) for s in seed_gold["sections"]]
    assert doc.footer.start == seed_gold["footer"]["start"] == 1109
    assert doc.sections[-1].end == 1109
    assert [doc.text[d.start : d.end] for d in doc.damaged] == ["?;?"]


def test_sections_nest_and_partition_the_body():
    doc = read_document(OUTLINE_DIR / "work-report-numbered.txt")
    top = [s for s in doc.sections if s.level == 1]
    for a, b in zip(top, top[1:], strict=False):
        assert a.end == b.start
    assert top[-1].end == len(doc.text)
    child = next(s for s in doc.sections if s.level == 2)
    parent = doc.section_path(child.start)[0]
    assert parent.start <= child.start and child.end <= parent.end


def test_inline_enumeration_is_not_a_heading():
    doc = document_from_text("报告\n报告共分两个部分:一、过去工作回顾;二、今后目标任务。\n正文。")
    assert all("两个部分" not in (s.heading or "") for s in doc.sections)
    doc = document_from_text("标题\n一、加强领导；二、完善机制；三、强化保障。\n正文内容。")
    assert all(s.heading is None for s in doc.sections)


def test_single_lead_sentence_paragraph_is_not_a_heading():
    doc = document_from_text("会议指出。要坚持稳中求进。\n全年经济运行平稳，主要指标增长。")
    assert [s.heading for s in doc.sections] == [None]


def test_unnumbered_short_lines_in_a_run_are_not_headings():
    text = "联系我们\n甘肃省兰州市\n城关区\n张掖路1号\n第一段正文内容，说明情况。"
    doc = document_from_text(text)
    assert [s.heading for s in doc.sections if s.heading] == []


def test_format_heading_hints_set_levels():
    text = "标题\n概况\n正文一。\n细节\n正文二。"
    outline = build_outline(text, headings={1: 1, 3: 2}, title_line=0)
    assert outline.title == "标题"
    assert [(s.level, s.heading) for s in outline.sections] == [(1, "概况"), (2, "细节")]


def test_empty_body_has_no_sections():
    assert build_outline("").sections == ()
