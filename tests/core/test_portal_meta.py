"""A portal's meta line under a story's headline, with no keys — the time in figures and the
outlet's name (「2015-07-21 17:36:12 华东五金网」) — gives the story's time and source (round 21,
``front_lines.read_front``). Real lines of batch-16 and batch-14 dev stories; control: a
paper's date and its section (「2018-08-02 港聞」), which names no outlet."""

from __future__ import annotations

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def test_the_time_and_outlet_line_under_the_headline():
    doc = read_document(REAL / "news-cn-hardware-chamber-belt-road-2015.txt")
    lines = [ln for ln in doc.text.split("\n") if ln.strip()]
    assert lines[1] == "2015-07-21 17:36:12 华东五金网"
    assert doc.header.get("time") == "2015-07-21 17:36:12"
    assert doc.header.get("source") == "华东五金网"
    # …and the line is the header's, no heading.
    assert all(s.heading != lines[1] for s in doc.sections)


def test_a_date_and_a_section_name_no_outlet():
    doc = read_document(REAL / "news-hk-us-tariff-escalation-2018.txt")
    assert "2018-08-02 港聞" in doc.text
    assert doc.header.get("source") != "港聞"


def test_the_line_under_a_headline_split_at_its_space():
    text = (REAL / "news-cn-hardware-chamber-belt-road-2015.txt").read_text("utf-8")
    title, rest = text.split("\n", 1)
    head, tail = title.split(" ", 1)
    doc = document_from_text(f"{head}\n{tail}\n{rest}")
    assert doc.title == title
    assert doc.header.get("source") == "华东五金网"
