"""The report with its highlights and notes as one HTML page, for printing and PDF.

The page is what the reader shows, in the script it shows: the title, the headings by level,
every paragraph, highlights as light tints behind the passage, and each note's text in a small
indented block right after the paragraph it belongs to, numbered ``[1]``, ``[2]`` … with the
number also after the passage. Notes whose passage was not found in this version of the report
are listed at the end. The HTML keeps to what Qt's rich-text engine (``QTextDocument``) lays
out and paginates; no Qt here.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from gui.core.document import Document
from gui.core.notes.export import HTML_COLOURS
from gui.core.notes.model import Note, NoteKind, reading_order_key
from gui.core.script import Script, convert_fragment
from gui.core.script_views import DocumentViews

#: Page furniture and the footer: greyed, as the reader dims them.
DIM_CSS = "color:#777777"
HEADING_SIZES = {1: "150%", 2: "125%", 3: "112%"}


@dataclass(frozen=True)
class PrintLabels:
    """The page's own words, in the UI's language."""

    subtitle: str = ""  # under the title, e.g. the file name and the script
    orphans: str = "Notes whose passage was not found in this version"
    tags: str = "Tags: %1"


def _segments(
    length: int, spans: Iterable[tuple[int, int, str]], cuts: Iterable[int] = ()
) -> list[tuple[int, int, str]]:
    """Cut ``[0, length)`` where any styled span starts or ends (and at ``cuts``); each piece
    gets the CSS of every span over it."""
    spans = [(max(0, a), min(length, b), css) for a, b, css in spans if b > a]
    points = {0, length, *(a for a, _, _ in spans), *(b for _, b, _ in spans)}
    points |= {c for c in cuts if 0 < c < length}
    edges = sorted(points)
    return [
        (a, b, ";".join(c for s, e, c in spans if s <= a and b <= e))
        for a, b in zip(edges, edges[1:], strict=False)
    ]


def _paragraph_html(
    text: str, spans: list[tuple[int, int, str]], markers: Mapping[int, list[int]]
) -> str:
    """``text`` with ``spans`` styled and note numbers (``markers``: column → numbers)
    after their columns."""
    pieces = [_marker(n) for n in markers.get(0, [])]
    for a, b, css in _segments(len(text), spans, markers):
        chunk = html.escape(text[a:b])
        pieces.append(f'<span style="{css}">{chunk}</span>' if css else chunk)
        pieces.extend(_marker(n) for n in markers.get(b, []))
    return "".join(pieces)


def _marker(number: int) -> str:
    return f'<sup style="color:#555555">[{number}]</sup>'


def annotated_html(
    doc: Document,
    views: DocumentViews,
    script: Script | str,
    notes: Iterable[Note],
    labels: PrintLabels | None = None,
    tints: Mapping[str, str] | None = None,
) -> str:
    """The report in ``script`` with ``notes`` (anchored on ``doc``) as an HTML page."""
    script = Script(script)
    labels = labels or PrintLabels()
    tints = tints or HTML_COLOURS
    notes = sorted(notes, key=reading_order_key)
    placed = [n for n in notes if not n.orphaned and n.end <= len(doc.text)]
    orphans = [n for n in notes if n not in placed]
    numbers: dict[str, int] = {}
    for note in [*placed, *orphans]:
        if note.body.strip():
            numbers[note.id] = len(numbers) + 1

    by_line: dict[int, list[Note]] = {}
    for note in placed:
        for i in views.lines_between(note.start, max(note.end, note.start + 1)):
            by_line.setdefault(i, []).append(note)
    headings = {s.heading_start: s for s in doc.sections if s.heading_start is not None}
    dim = [(s.start, s.end) for s in doc.furniture_spans()]
    title_line = views.line_at(doc.title_span.start) if doc.title_span else -1
    lang = {"original": "zh", "hans": "zh-Hans", "hant": "zh-Hant"}.get(script.value, "zh")
    out = [f'<html><body lang="{lang}">']
    if doc.title:
        title = doc.title if script is Script.ORIGINAL else convert(doc.title, script, views)
        out.append(f"<h1>{html.escape(title)}</h1>")
    if labels.subtitle:
        out.append(f'<p style="color:#555555">{html.escape(labels.subtitle)}</p>')
    for i in range(views.line_count):
        start, end = views.line_range(i)
        if i == title_line and doc.title or not doc.text[start:end].strip():
            continue
        line = views.line(i, script).text

        def column(pos: int, at_end: bool = False, i: int = i) -> int:
            return views.to_view(script, pos, end=at_end)[1]

        spans: list[tuple[int, int, str]] = []
        markers: dict[int, list[int]] = {}
        line_notes: list[Note] = []
        for a, b in dim:
            if a < end and b > start:
                spans.append((column(max(a, start)), column(min(b, end), True), DIM_CSS))
        for note in by_line.get(i, ()):
            a, b = column(max(note.start, start)), column(min(note.end, end), True)
            if note.kind == NoteKind.PASSAGE.value:
                spans.append((a, b, f"background-color:{tints.get(note.colour, '#fff1a8')}"))
            if start <= note.end - 1 < end or note.end == end:
                if note.id in numbers:
                    markers.setdefault(b, []).append(numbers[note.id])
                    line_notes.append(note)
        section = headings.get(start)
        if section is not None and section.heading_end is not None and section.heading_end < end:
            spans.append((0, column(section.heading_end, True), "font-weight:bold"))
            section = None  # a lead sentence: bold inside its paragraph
        body = _paragraph_html(line, spans, markers)
        if section is not None:
            level = min(section.level + 1, 4)
            size = HEADING_SIZES.get(section.level, "100%")
            out.append(f'<h{level} style="font-size:{size}">{body}</h{level}>')
        else:
            out.append(f'<p style="line-height:150%">{body}</p>')
        out.extend(_note_block(n, numbers[n.id], labels, tints) for n in line_notes)
    if any(n.id in numbers for n in orphans):
        out.append(f"<h2>{html.escape(labels.orphans)}</h2>")
        for note in orphans:
            if note.id in numbers:
                quote = note.anchor.exact
                if script is not Script.ORIGINAL:
                    quote = convert(quote, script, views)
                out.append(f"<p>「{html.escape(quote)}」</p>")
                out.append(_note_block(note, numbers[note.id], labels, tints))
    out.append("</body></html>")
    return "\n".join(out)


def convert(text: str, script: Script, views: DocumentViews) -> str:
    """A fragment (title, quote) in ``script``, read as the document's views read it."""
    return convert_fragment(text, script, views.variant)


def _note_block(note: Note, number: int, labels: PrintLabels, tints: Mapping[str, str]) -> str:
    """A note's text under its paragraph: indented, smaller, on the note's colour."""
    body = "<br>".join(html.escape(line) for line in note.body.strip().split("\n"))
    tags = ""
    if note.tags:
        tags = "<br><i>" + html.escape(labels.tags.replace("%1", ", ".join(note.tags))) + "</i>"
    colour = tints.get(note.colour, "#fff1a8")
    return (
        '<table width="100%" cellpadding="6" style="margin-left:24px;margin-bottom:8px">'
        f'<tr><td style="background-color:{colour};font-size:90%">'
        f"<b>[{number}]</b> {body}{tags}</td></tr></table>"
    )
