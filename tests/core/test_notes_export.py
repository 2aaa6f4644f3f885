"""Exports: golden files for every format, CSV formula safety, HTML escaping, script views.

Golden files live in tests/data/notes/. To regenerate them after a deliberate change of the
output, run ``REGENERATE_NOTES_GOLDEN=1 pytest tests/core/test_notes_export.py`` and review
the diff before committing.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import os
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from gui.core.notes import export_bytes, export_notes, make_anchor
from gui.core.notes.bookmarks import Bookmark, new_bookmark
from gui.core.notes.export import csv_cell
from gui.core.notes.model import Note, new_passage_note, new_section_note
from gui.core.reading import document_from_text
from tests.conftest import NOTES_GOLDEN

GOLDEN = NOTES_GOLDEN
STAMP = "2026-01-02T03:04:05Z"


def _fixed(note: Note, number: int, **changes) -> Note:
    """Give a note a fixed id and timestamps so that exports are reproducible."""
    return replace(
        note,
        id=f"00000000-0000-4000-8000-{number:012d}",
        created=STAMP,
        modified=changes.pop("modified", STAMP),
        **changes,
    )


def sample_notes(document) -> list[Note]:
    """A small fixed set of notes on the default report covering every case an export shows:
    a section note, passages with and without text, a multi-paragraph quote, tags, every
    colour, characters that need escaping, a formula-like note, and an orphan."""
    text = document.text

    def span(quote: str) -> tuple[int, int]:
        start = text.index(quote)
        return start, start + len(quote)

    policy = next(s for s in document.sections if s.heading and s.heading.startswith("出臺"))
    lead = document.sections[0]
    notes = [
        _fixed(
            new_passage_note(
                document,
                *span("國務院關于促進國家高新技術產業開發區高質量發展的若干意見"),
                body='The guiding State Council opinion — see <b>also</b> "§3" & annex.',
                colour="yellow",
                tags=["policy", "State Council"],
            ),
            1,
        ),
        _fixed(new_section_note(document, lead, body="Lead paragraph: goals.", colour="blue"), 2),
        _fixed(
            new_section_note(
                document, policy, body="Whole section: the policy system.", colour="green"
            ),
            3,
            tags=("policy",),
        ),
        _fixed(new_passage_note(document, *span("實現總產值140億元"), colour="pink"), 4),
        _fixed(
            new_passage_note(
                document,
                *span("為蘭白國家自主創新示范區建設提供了全方位的政策支撐。\n生物醫藥首位產業"),
                body="=SUM(A1:A9) looks like a formula\nsecond line",
                colour="purple",
                tags=["-minus", "@at"],
            ),
            5,
        ),
        _fixed(new_passage_note(document, *span("規?;?"), body="garbled run", colour="orange"), 6),
    ]
    orphan_anchor = make_anchor("這段文字已經從報告中刪除了,找不到。", 0, 10)
    notes.append(
        _fixed(
            replace(notes[0], anchor=orphan_anchor, section_path=("已刪除的章節",)),
            7,
            body="Its passage was deleted.",
            colour="green",
            tags=(),
            orphaned=True,
        )
    )
    return notes


def sample_bookmarks(document) -> list[Bookmark]:
    """Fixed bookmarks on the default report for the golden files: one at a section's
    heading, one inside a paragraph with a name that needs escaping, and one whose place is
    gone (orphaned) with a name a spreadsheet would run as a formula."""
    text = document.text
    inside = text.index("實現總產值140億元")
    orphan = make_anchor("這段文字已經從報告中刪除了,找不到。", 0, 10)
    marks = [
        new_bookmark(document, document.sections[3].start, "讀到這裡"),
        new_bookmark(document, inside, '<重點> & "產值"'),
        replace(
            new_bookmark(document, 0, '=HYPERLINK("x") 已刪的地方'), anchor=orphan, orphaned=True
        ),
    ]
    return [
        replace(mark, id=f"00000000-0000-4000-8000-{100 + n:012d}", created=STAMP)
        for n, mark in enumerate(marks, start=1)
    ]


def _check_golden(name: str, actual: bytes) -> None:
    path = GOLDEN / name
    if os.environ.get("REGENERATE_NOTES_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual)
    expected = path.read_bytes()
    if actual != expected:
        diff = difflib.unified_diff(
            expected.decode("utf-8-sig").splitlines(),
            actual.decode("utf-8-sig").splitlines(),
            f"golden/{name}",
            "actual",
            lineterm="",
        )
        pytest.fail(f"{name} differs from its golden file:\n" + "\n".join(diff))


@pytest.mark.parametrize(
    ("fmt", "script", "name"),
    [
        ("md", "original", "default-report.md"),
        ("md", "hans", "default-report.hans.md"),
        ("html", "original", "default-report.html"),
        ("csv", "original", "default-report.csv"),
        ("json", "original", "default-report.jsonld"),
    ],
)
def test_export_matches_golden_file(document, fmt, script, name):
    notes, marks = sample_notes(document), sample_bookmarks(document)
    _check_golden(name, export_bytes(document, notes, fmt, script, marks))


def test_export_is_deterministic_and_in_reading_order(document):
    notes = sample_notes(document)
    forward = export_notes(document, notes, "md")
    assert export_notes(document, list(reversed(notes)), "md") == forward
    starts = [n.start for n in sorted(notes, key=lambda n: n.start) if not n.orphaned]
    positions = [forward.index(f"characters {s}–") for s in starts]
    assert positions == sorted(positions)
    assert forward.index("Orphaned notes") > positions[-1]


def test_markdown_groups_notes_under_section_path(document):
    out = export_notes(document, sample_notes(document), "md")
    policy = next(s for s in document.sections if s.heading and s.heading.startswith("出臺"))
    heading = f"## {policy.heading}"
    assert out.count(heading) == 1
    section_part = out[out.index(heading) :]
    # The section note comes right under its heading, before the passages of the section.
    assert section_part.index("Note on the whole section") < section_part.index("> 為蘭白")
    assert "> 為蘭白國家自主創新示范區建設提供了全方位的政策支撐。\n> 生物醫藥首位產業" in out
    assert "- Tags: #policy, #State Council" in out


def test_markdown_quote_in_each_script(document):
    notes = sample_notes(document)[:1]
    assert "> 國務院關于促進" in export_notes(document, notes, "md", "original")
    assert "> 国务院关于促进" in export_notes(document, notes, "md", "hans")
    # Proper conversion through the Simplified pivot repairs 關于 → 關於.
    assert "> 國務院關於促進" in export_notes(document, notes, "md", "hant")
    assert "> 國務院關於促進" in export_notes(document, notes, "md", "tw")


def test_csv_has_bom_and_one_row_per_note(document):
    notes = sample_notes(document)
    data = export_bytes(document, notes, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == len(notes) + 1
    assert {row[0] for row in rows[1:]} == {n.id for n in notes}


def test_csv_cells_cannot_run_as_formulas():
    document = document_from_text('標題\n第一段文字在這裡。\n=HYPERLINK("http://evil")\n')
    hostile = ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]
    notes = [
        new_passage_note(document, 3, 8, body=body, tags=[f"x{i}"])
        for i, body in enumerate(hostile)
    ]
    start = document.text.index("=HYPERLINK")
    notes.append(new_passage_note(document, start, start + 10, body="quote is a formula"))
    notes.append(new_passage_note(document, 3, 8, body="ok", tags=["=tag"]))
    data = export_bytes(document, notes, "csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data)))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row
    bodies = {row[7] for row in rows[1:]}
    assert {"'" + b for b in hostile} <= bodies
    assert any(row[6] == "'=HYPERLINK" for row in rows[1:])
    assert any(row[8] == "'=tag" for row in rows[1:])
    assert csv_cell("safe") == "safe" and csv_cell("") == ""


class _TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs.extend(attrs)


def test_html_escapes_everything_and_is_self_contained():
    text = '<script>alert("heading")</script>\n正文<img src=x onerror=alert(1)>段落。\n'
    document = document_from_text(text)
    start = document.text.index("正文")
    note = new_passage_note(
        document,
        start,
        document.text.index("。", start) + 1,
        body='</p><script>alert("body")</script> & <a href="javascript:x">',
        tags=['<i>"tag"</i>'],
    )
    out = export_notes(document, [note], "html")
    parser = _TagCollector()
    parser.feed(out)
    assert parser.tags <= {
        "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "ul", "li",
        "div", "blockquote", "p", "strong", "span",
    }  # fmt: skip
    assert "script" not in parser.tags and "img" not in parser.tags and "a" not in parser.tags
    assert all(not (value or "").startswith(("http", "javascript")) for _, value in parser.attrs)
    assert "&lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt;" in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "<link" not in out and "src=" not in out.replace("&lt;img src=x", "")


def test_jsonld_is_a_web_annotation_collection(document):
    notes = sample_notes(document)
    data = json.loads(export_notes(document, notes, "json"))
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == len(notes)
    items = data["first"]["items"]
    first = items[0]
    assert first["type"] == "Annotation"
    assert first["target"]["source"] == f"urn:report-reader:document:sha256:{document.fingerprint}"
    kinds = [s["type"] for s in first["target"]["selector"]]
    assert kinds == ["TextPositionSelector", "TextQuoteSelector"]
    position, quote = first["target"]["selector"]
    assert document.text[position["start"] : position["end"]] == quote["exact"]
    tagged = next(i for i in items if i["id"].endswith("000000000001"))
    purposes = [(b["purpose"], b["value"]) for b in tagged["body"]]
    assert ("tagging", "policy") in purposes and purposes[0][0] == "commenting"
    assert tagged["urn:report-reader:ns:colour"] == "yellow"
    assert tagged["target"]["urn:report-reader:ns:quoteSimplified"]["exact"].startswith(
        "国务院关于"
    )
    highlight = next(i for i in items if i["id"].endswith("000000000004"))
    assert highlight["motivation"] == "highlighting" and "body" not in highlight


NESTED = (
    "關於工作的報告\n一、總體要求\n今年的工作總體要求是穩中求進。\n（一）指導思想\n"
    "堅持以人民為中心的發展思想。\n（二）主要目標\n經濟增長百分之五左右。\n"
    "二、重點任務\n加快建設現代化產業體系。\n"
)


def test_markdown_headings_follow_the_nested_outline():
    document = document_from_text(NESTED)
    text = document.text

    def note(quote: str) -> Note:
        start = text.index(quote)
        return new_passage_note(document, start, start + len(quote))

    out = export_notes(document, [note("經濟增長"), note("加快建設")], "md")
    headings = [line for line in out.splitlines() if line.startswith("#")]
    assert headings == [
        "# Notes: 關於工作的報告",
        "## 一、總體要求",
        "### （二）主要目標",
        "## 二、重點任務",
    ]
    assert "一、總體要求 › （二）主要目標 · paragraph 7" in out
    html = export_notes(document, [note("堅持以人")], "html")
    assert "<h2>一、總體要求</h2>\n<h3>（一）指導思想</h3>" in html
