"""Export a document's notes: Markdown, HTML, CSV and W3C Web Annotation JSON-LD.

One writer per format, all fed the same prepared items (reading order, section path,
paragraph number, quote in the chosen script), so the formats agree with each other. Output
is deterministic — it depends only on the document and the notes, never on the clock — so
golden files can pin it down.
"""

from __future__ import annotations

import csv
import html
import io
import json
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from gui.core.citation import paragraph_starts
from gui.core.document import Document, Section
from gui.core.notes import bookmark_export, webannotation
from gui.core.notes.bookmark_annotations import bookmark_to_annotation
from gui.core.notes.model import Note, NoteKind, reading_order_key, section_of_note
from gui.core.script import Script, ScriptView, convert_fragment, make_view
from gui.core.variants import detect_variant

UNTITLED = "(untitled section)"
OUTSIDE = "Outside the sections"
ORPHANS = "Orphaned notes (their passage was not found in this version)"
LANG = {"original": "zh", "hans": "zh-Hans", "hant": "zh-Hant", "tw": "zh-TW", "hk": "zh-HK"}
#: Highlight colours for HTML (light theme); the app's own palette lives in the GUI.
HTML_COLOURS = {
    "yellow": "#fff1a8",
    "green": "#c9efc4",
    "blue": "#c7e1ff",
    "pink": "#ffd3e2",
    "purple": "#e5d4ff",
    "orange": "#ffdcb0",
}
#: Cells starting with these are formulas to Excel, LibreOffice and Google Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportItem:
    note: Note
    sections: tuple[Section, ...]  # where it sits now (empty for orphans / outside)
    headings: tuple[str, ...]  # section path in the chosen script
    paragraph: int | None  # 1-based non-empty line number; None for orphans
    quote: str  # in the chosen script

    @property
    def is_section_note(self) -> bool:
        return self.note.kind == NoteKind.SECTION.value


@dataclass(frozen=True)
class ExportContext:
    document: Document
    script: Script
    items: tuple[ExportItem, ...]
    variant: str | None = None  # the document's Traditional variant (gui.core.variants)
    bookmarks: tuple = ()  # the document's bookmarks in reading order (JSON-LD carries them)
    bookmark_items: tuple[bookmark_export.BookmarkItem, ...] = ()  # as md, HTML, CSV show them

    @property
    def title(self) -> str:
        if self.document.title:
            return self._convert(self.document.title)
        return self.document.path.name if self.document.path else "Untitled document"

    @property
    def source_name(self) -> str:
        return self.document.path.name if self.document.path else ""

    def _convert(self, text: str) -> str:
        if self.script is Script.ORIGINAL:
            return text
        return convert_fragment(text, self.script, self.variant)


def prepare(
    document: Document,
    notes: Iterable[Note],
    script: Script | str = "original",
    bookmarks: Iterable = (),
) -> ExportContext:
    """Sort ``notes`` (already anchored on ``document``) and work out what every format
    shows: section path, paragraph number and the quote in ``script``."""
    script = Script(script)
    variant = None if script is Script.ORIGINAL else str(detect_variant(document.text))
    view: ScriptView | None = (
        None if script is Script.ORIGINAL else make_view(document.text, script, variant)
    )
    text = document.text
    starts = paragraph_starts(text)
    items = []
    headings_cache: dict[int, str] = {}
    for note in sorted(notes, key=reading_order_key):
        if note.orphaned or note.end > len(text):
            headings = tuple(
                h if script is Script.ORIGINAL else convert_fragment(h, script, variant)
                for h in note.section_path
            )
            quote = (
                note.anchor.exact
                if view is None
                else convert_fragment(note.anchor.exact, script, variant)
            )
            items.append(ExportItem(note, (), headings, None, quote))
            continue
        if note.kind == NoteKind.SECTION.value:
            section = section_of_note(document, note)
            sections = tuple(document.section_path(section.start if section else note.start))
        else:
            sections = tuple(document.section_path(note.start))
        headings = tuple(_heading(document, s, view, headings_cache) for s in sections)
        if view is None:
            quote = text[note.start : note.end]
        else:
            start, end = view.to_view(note.start, note.end)
            quote = view.text[start:end]
        paragraph = bisect_right(starts, note.start)
        items.append(ExportItem(note, sections, headings, max(paragraph, 1), quote))

    def in_script(start: int, end: int, exact: str) -> str:
        # A bookmark's quote as a note's: from the view, or its own quote when not placed.
        if start < 0:
            return exact if view is None else convert_fragment(exact, script, variant)
        if view is None:
            return text[start:end]
        begin, stop = view.to_view(start, end)
        return view.text[begin:stop]

    marks = bookmark_export.place_bookmarks(
        document,
        bookmarks,
        starts,
        lambda s: _heading(document, s, view, headings_cache),
        in_script,
    )
    ordered = tuple(item.bookmark for item in marks)
    return ExportContext(document, script, tuple(items), variant, ordered, marks)


def _heading(document: Document, section: Section, view: ScriptView | None, cache: dict) -> str:
    if section.heading is None or section.heading_start is None or section.heading_end is None:
        return UNTITLED
    if view is None:
        return section.heading
    if section.start not in cache:
        start, end = view.to_view(section.heading_start, section.heading_end)
        cache[section.start] = view.text[start:end]
    return cache[section.start]


def reference(item: ExportItem) -> str:
    """The back-reference: section path, paragraph number, offsets and note id."""
    path = " › ".join(item.headings) or OUTSIDE
    note = item.note
    place = f"paragraph {item.paragraph}" if item.paragraph is not None else "not placed"
    return f"{path} · {place} · characters {note.start}–{note.end} · note {note.id}"


def groups(context: ExportContext):
    """(heading sections to open, group label, items) in reading order: a new group starts
    whenever the innermost section changes; orphans come last in one group."""
    current: tuple[Section, ...] | tuple[str] | None = None
    group: list[ExportItem] = []
    opened: tuple = ()
    for item in context.items:
        key = ("orphans",) if item.note.orphaned or item.paragraph is None else item.sections
        if key != current:
            if group:
                yield opened, current, group
            shared = 0
            if current and key != ("orphans",):
                while shared < min(len(current), len(key)) and current[shared] == key[shared]:
                    shared += 1
            opened = tuple(range(shared, len(key))) if key != ("orphans",) else ()
            if not opened and key and key != ("orphans",):
                # Back in a parent after its subsection: repeat the parent's heading so its
                # notes do not read as the subsection's.
                opened = (len(key) - 1,)
            current, group = key, []
        group.append(item)
    if group:
        yield opened, current, group


# -- Markdown ------------------------------------------------------------------------------


def export_markdown(context: ExportContext) -> str:
    """Markdown: a heading per section (from the outline), quotes as blockquotes."""
    out = [f"# Notes: {context.title}", ""]
    out += _front_matter(context, "- ")
    for opened, key, group in groups(context):
        if key == ("orphans",):
            out += [f"## {ORPHANS}", ""]
        elif not key:
            out += [f"## {OUTSIDE}", ""]
        else:
            for depth in opened:
                level = min(6, depth + 2)
                out += [f"{'#' * level} {group[0].headings[depth]}", ""]
        for item in group:
            out += _markdown_item(item)
    out += bookmark_export.markdown_bookmarks(context.bookmark_items, OUTSIDE)
    return "\n".join(out).rstrip("\n") + "\n"


def _front_matter(context: ExportContext, bullet: str) -> list[str]:
    lines = []
    if context.source_name:
        lines.append(f"{bullet}Document: {context.source_name}")
    lines += [
        f"{bullet}Fingerprint: sha256:{context.document.fingerprint}",
        f"{bullet}Script: {context.script.value}",
        f"{bullet}Notes: {len(context.items)}",
    ]
    if context.bookmark_items:  # an export without bookmarks reads as it always has
        lines.append(f"{bullet}Bookmarks: {len(context.bookmark_items)}")
    return [*lines, ""]


def markdown_quote_and_body(item: ExportItem, section_line: str) -> list[str]:
    """A note's Markdown lines up to its details: ``section_line`` for a section note, else
    the quote as a block quote; then the note's text."""
    if item.is_section_note:
        out = [section_line, ""]
    else:
        out = ["> " + line if line else ">" for line in item.quote.split("\n")] + [""]
    return out + ([item.note.body, ""] if item.note.body else [])


def _markdown_item(item: ExportItem) -> list[str]:
    note = item.note
    out = markdown_quote_and_body(item, f"**Note on the whole section** ({note.colour})")
    details = [f"Colour: {note.colour}"]
    if note.tags:
        details.append("Tags: " + ", ".join(f"#{t}" for t in note.tags))
    out += [f"- {d}" for d in details]
    out += [f"- Reference: {reference(item)}", ""]
    return out


# -- HTML ----------------------------------------------------------------------------------

_CSS = """body{font-family:"Noto Serif CJK SC","Source Han Serif",serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.7;color:#1d1d1f;background:#fff}
h1{font-size:1.6em}h2,h3,h4,h5,h6{margin-top:1.6em}
.meta{color:#555;font-size:.9em}
.note{margin:1em 0 1.6em}
blockquote{margin:.4em 0;padding:.4em .8em;border-left:.3em solid #999;white-space:pre-wrap}
.body{white-space:pre-wrap}
.tag{display:inline-block;padding:0 .4em;margin-right:.3em;border-radius:.3em;background:#eee}
.ref{color:#555;font-size:.85em}"""


def html_head(lang: str, title: str, css: str) -> list[str]:
    """The lines of a self-contained page up to ``</head>``: ``css`` and the colour tints."""
    tints = "\n".join(
        f".c-{name}{{background:{value};border-left-color:{value}}}"
        for name, value in HTML_COLOURS.items()
    )
    return [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(title)}</title>",
        f"<style>\n{css}\n{tints}\n</style>",
        "</head>",
    ]


def export_html(context: ExportContext) -> str:
    """A self-contained HTML page (inline CSS, no scripts or external files); every piece of
    text is escaped."""
    e = html.escape
    lang = LANG[context.script.value]
    out = [
        *html_head(lang, f"Notes: {context.title}", _CSS),
        "<body>",
        f"<h1>Notes: {e(context.title)}</h1>",
        '<ul class="meta">',
    ]
    out += [f"<li>{e(line)}</li>" for line in _front_matter(context, "") if line]
    out.append("</ul>")
    for opened, key, group in groups(context):
        if key == ("orphans",):
            out.append(f"<h2>{e(ORPHANS)}</h2>")
        elif not key:
            out.append(f"<h2>{e(OUTSIDE)}</h2>")
        else:
            for depth in opened:
                level = min(6, depth + 2)
                out.append(f"<h{level}>{e(group[0].headings[depth])}</h{level}>")
        for item in group:
            out += _html_item(item, lang)
    out += bookmark_export.html_bookmarks(context.bookmark_items, lang, OUTSIDE)
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _html_item(item: ExportItem, lang: str) -> list[str]:
    e = html.escape
    note = item.note
    colour = note.colour if note.colour in HTML_COLOURS else "yellow"
    out = [f'<div class="note" id="note-{e(note.id)}">']
    if item.is_section_note:
        out.append(f'<p class="kind c-{colour}"><strong>Note on the whole section</strong></p>')
    else:
        out.append(f'<blockquote class="c-{colour}" lang="{lang}">{e(item.quote)}</blockquote>')
    if note.body:
        out.append(f'<p class="body">{e(note.body)}</p>')
    tags = "".join(f'<span class="tag">#{e(t)}</span>' for t in note.tags)
    out.append(f'<p class="meta">Colour: {e(note.colour)}{" · Tags: " + tags if tags else ""}</p>')
    out.append(f'<p class="ref">{e(reference(item))}</p>')
    out.append("</div>")
    return out


# -- CSV -----------------------------------------------------------------------------------

CSV_COLUMNS = (
    "note_id",
    "kind",
    "section",
    "paragraph",
    "start",
    "end",
    "quote",
    "note",
    "tags",
    "colour",
    "created",
    "modified",
    "orphaned",
    "document",
    "name",  # a bookmark's name (added with bookmarks: the columns before it are as they were)
)


def csv_cell(value: object) -> str:
    """A cell that a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def export_csv(context: ExportContext) -> str:
    """One row per note, then one per bookmark (``kind`` ``bookmark``); encode with
    ``utf-8-sig``: Excel needs the BOM to read UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    document_name = context.source_name or context.document.fingerprint
    for item in context.items:
        note = item.note
        row = (
            note.id,
            note.kind,
            " › ".join(item.headings),
            item.paragraph if item.paragraph is not None else "",
            note.start,
            note.end,
            item.quote,
            note.body,
            "; ".join(note.tags),
            note.colour,
            note.created,
            note.modified,
            "yes" if note.orphaned else "no",
            document_name,
            "",
        )
        writer.writerow([csv_cell(cell) for cell in row])
    for row in bookmark_export.csv_bookmark_rows(context.bookmark_items, document_name):
        writer.writerow([csv_cell(cell) for cell in row])
    return buffer.getvalue()


# -- JSON-LD -------------------------------------------------------------------------------


def export_jsonld(context: ExportContext) -> str:
    """A W3C ``AnnotationCollection``. Quotes stay in the text's own script (they must match
    the text the selectors point into); the Simplified quote travels alongside."""
    notes = [item.note for item in context.items]
    data = webannotation.collection(notes, context.document.fingerprint, f"Notes: {context.title}")
    if context.bookmarks:
        marks = [bookmark_to_annotation(m) for m in context.bookmarks]
        data["first"]["items"] += marks
        data["total"] += len(marks)
    # One annotation per line: still readable and diffable note by note, and it lets the C
    # encoder do the work (json's indent= falls back to the pure-Python one, 4x slower).
    items = data["first"]["items"]
    if not items:
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    data["first"]["items"] = [_ITEMS_MARK]
    skeleton = json.dumps(data, ensure_ascii=False, indent=2)
    indent = " " * 6
    lines = f",\n{indent}".join(
        json.dumps(item, ensure_ascii=False, separators=(", ", ": ")) for item in items
    )
    return skeleton.replace(json.dumps(_ITEMS_MARK), lines, 1) + "\n"


_ITEMS_MARK = "\x00annotations\x00"


# -- registry ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportFormat:
    name: str
    extension: str
    encoding: str
    writer: Callable[[ExportContext], str]


EXPORT_FORMATS: dict[str, ExportFormat] = {
    "md": ExportFormat("Markdown", ".md", "utf-8", export_markdown),
    "html": ExportFormat("HTML", ".html", "utf-8", export_html),
    "csv": ExportFormat("CSV", ".csv", "utf-8-sig", export_csv),
    "json": ExportFormat("Web Annotation JSON-LD", ".jsonld", "utf-8", export_jsonld),
}


def export_notes(
    document: Document,
    notes: Iterable[Note],
    fmt: str,
    script: Script | str = "original",
    bookmarks: Iterable = (),
) -> str:
    """The notes and ``bookmarks`` of ``document`` as text in format ``fmt`` (``md``,
    ``html``, ``csv``, ``json``). Raises ``KeyError`` for an unknown format."""
    return EXPORT_FORMATS[fmt].writer(prepare(document, notes, script, bookmarks))


def export_bytes(
    document: Document,
    notes: Iterable[Note],
    fmt: str,
    script: Script | str = "original",
    bookmarks: Iterable = (),
) -> bytes:
    """As :func:`export_notes`, encoded for a file (CSV with a UTF-8 BOM)."""
    text = export_notes(document, notes, fmt, script, bookmarks)
    return text.encode(EXPORT_FORMATS[fmt].encoding)
