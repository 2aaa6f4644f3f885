"""Notes exported for people to read: the report's title, the notes under the report's own
headings, the bookmarks, labels in the reader's language — and none of the machinery
(fingerprints, character offsets, note ids) unless "technical details" are asked for.

The machine formats (:mod:`gui.core.notes.export`: Markdown, HTML, CSV, JSON-LD) stay as
they are, for tools and version control. These two share their preparation (``prepare``:
reading order, section paths, quotes in the chosen script), so both kinds agree.

Labels come in as a mapping (``LABELS`` holds the English ones): the GUI passes them
translated into its language; the core stays free of Qt.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from gui.core.document import Document
from gui.core.notes.bookmarks import Bookmark
from gui.core.notes.export import (
    HTML_COLOURS,
    LANG,
    UNTITLED,
    ExportContext,
    ExportItem,
    groups,
    html_head,
    markdown_quote_and_body,
    prepare,
)
from gui.core.notes.model import Note
from gui.core.script import Script, convert_fragment

#: English labels; ``%1``… are filled in. The GUI passes the same keys translated.
LABELS: dict[str, str] = {
    "summary": "%1 notes · %2 bookmarks",
    "whole_section": "On the whole section",
    "untitled": "Opening",
    "outside": "Outside the sections",
    "orphans": "Notes whose passage is no longer in the report",
    "tags": "Tags: %1",
    "bookmarks": "Bookmarks",
    "technical": "Technical details",
    "document": "File: %1",
    "fingerprint": "Fingerprint: %1",
    "script": "Script: %1",
    "reference": "paragraph %1 · characters %2–%3 · note %4",
}

#: One family for Latin and CJK: each of these CJK families carries Latin letters too, so a
#: page never mixes a Latin face with a CJK one (the first found on the reader's system wins:
#: Linux, macOS, Windows). Serif-less, as the app's reading view.
FONT_STACK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
    '"Microsoft YaHei", sans-serif'
)


@dataclass(frozen=True)
class ReaderExport:
    """What the two reader formats are given besides the notes."""

    labels: Mapping[str, str] = field(default_factory=lambda: dict(LABELS))
    technical: bool = False
    bookmarks: tuple[Bookmark, ...] = ()
    #: Each quote with its word-level pinyin (gui.core.reading_aids): a line under it in
    #: Markdown, ruby over each word in HTML.
    pinyin: bool = False

    def label(self, key: str, *values: object) -> str:
        text = self.labels.get(key) or LABELS[key]
        for number, value in enumerate(values, start=1):
            text = text.replace(f"%{number}", str(value))
        return text


def reader_title(context: ExportContext) -> str:
    """The report's title in the export's script; a report without one is named by its file
    name without the extension (never a fingerprint)."""
    if context.document.title:
        return context.title
    path = context.document.path
    return Path(path).stem if path else "—"


def _bookmark_rows(context: ExportContext, options: ReaderExport) -> list[tuple[str, str]]:
    """``(name, section heading)`` of the placed bookmarks in reading order."""
    doc, rows = context.document, []
    for mark in sorted(options.bookmarks, key=lambda b: b.start):
        if mark.orphaned or mark.start >= len(doc.text):
            continue
        path = doc.section_path(mark.start)
        heading = path[-1].heading if path and path[-1].heading else ""
        if heading and context.script is not Script.ORIGINAL:
            heading = convert_fragment(heading, context.script, context.variant)
        rows.append((mark.name, heading if heading != mark.name else ""))
    return rows


def _group_title(key, depth: int, item: ExportItem, options: ReaderExport) -> str:
    if key == ("orphans",):
        return options.label("orphans")
    if not key:
        return options.label("outside")
    heading = item.headings[depth]
    return options.label("untitled") if heading == UNTITLED else heading


def _reference(item: ExportItem, options: ReaderExport) -> str:
    note = item.note
    return options.label("reference", item.paragraph or "—", note.start, note.end, note.id)


def _technical_lines(context: ExportContext, options: ReaderExport) -> list[str]:
    lines = []
    if context.source_name:
        lines.append(options.label("document", context.source_name))
    lines.append(options.label("fingerprint", f"sha256:{context.document.fingerprint}"))
    lines.append(options.label("script", context.script.value))
    return lines


# -- Markdown ------------------------------------------------------------------------------


def export_reader_markdown(context: ExportContext, options: ReaderExport | None = None) -> str:
    """Markdown for reading: title, headings of the report, quotes, notes, bookmarks."""
    options = options or ReaderExport()
    bookmarks = _bookmark_rows(context, options)
    out = [f"# {reader_title(context)}", ""]
    out += [f"*{options.label('summary', len(context.items), len(bookmarks))}*", ""]
    for opened, key, group in groups(context):
        depths = opened if key and key != ("orphans",) else (0,)
        for depth in depths:
            level = min(6, depth + 2) if key and key != ("orphans",) else 2
            out += [f"{'#' * level} {_group_title(key, depth, group[0], options)}", ""]
        for item in group:
            out += _markdown_note(item, options)
    if bookmarks:
        out += [f"## {options.label('bookmarks')}", ""]
        out += [f"- {name}" + (f" — {heading}" if heading else "") for name, heading in bookmarks]
        out.append("")
    if options.technical:
        out += [f"## {options.label('technical')}", ""]
        out += [f"- {line}" for line in _technical_lines(context, options)]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _markdown_note(item: ExportItem, options: ReaderExport) -> list[str]:
    note = item.note
    out = markdown_quote_and_body(item, f"*{options.label('whole_section')}*")
    if options.pinyin and not item.is_section_note:
        # Inside the block quote, after the quote's lines (before its blank line).
        after = len(item.quote.split("\n"))
        out[after:after] = [">", *(f"> *{line}*" for line in _pinyin_lines(item.quote))]
    if note.tags:
        out += [options.label("tags", ", ".join(f"#{t}" for t in note.tags)), ""]
    if options.technical:
        out += [f"<small>{_reference(item, options)}</small>", ""]
    return out


# -- HTML ----------------------------------------------------------------------------------

_CSS = f"""body{{font-family:{FONT_STACK};max-width:42em;margin:2em auto;padding:0 1em;line-height:1.75;color:#1d1d1f;background:#fff}}
h1,h2,h3,h4,h5,h6,blockquote,p,li{{font-family:inherit}}
h1{{font-size:1.7em;margin-bottom:.2em}}h2,h3,h4,h5,h6{{margin-top:1.8em}}
.summary{{color:#555}}
.note{{margin:1em 0 1.6em}}
blockquote{{margin:.4em 0;padding:.5em .9em;border-left:.3em solid #999;white-space:pre-wrap}}
.body{{white-space:pre-wrap}}
.tags,.ref{{color:#555;font-size:.9em}}"""
#: Only pages with pinyin carry it (the plain page stays as it was).
_RUBY_CSS = "rt{font-size:.55em;color:#555}"


def export_reader_html(context: ExportContext, options: ReaderExport | None = None) -> str:
    """A self-contained page for reading (inline CSS, no scripts); all text escaped."""
    options = options or ReaderExport()
    e = html.escape
    lang = LANG[context.script.value]
    title = reader_title(context)
    bookmarks = _bookmark_rows(context, options)
    out = [
        *html_head(lang, title, _CSS + ("\n" + _RUBY_CSS if options.pinyin else "")),
        "<body>",
        f"<h1>{e(title)}</h1>",
        f'<p class="summary">{e(options.label("summary", len(context.items), len(bookmarks)))}</p>',
    ]
    for opened, key, group in groups(context):
        depths = opened if key and key != ("orphans",) else (0,)
        for depth in depths:
            level = min(6, depth + 2) if key and key != ("orphans",) else 2
            text = _group_title(key, depth, group[0], options)
            out.append(f"<h{level}>{e(text)}</h{level}>")
        for item in group:
            out += _html_note(item, options, lang)
    if bookmarks:
        out.append(f"<h2>{e(options.label('bookmarks'))}</h2>")
        out.append("<ul>")
        out += [
            f"<li>{e(name)}" + (f" — {e(heading)}" if heading else "") + "</li>"
            for name, heading in bookmarks
        ]
        out.append("</ul>")
    if options.technical:
        out.append(f"<h2>{e(options.label('technical'))}</h2>")
        out.append('<ul class="ref">')
        out += [f"<li>{e(line)}</li>" for line in _technical_lines(context, options)]
        out.append("</ul>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _html_note(item: ExportItem, options: ReaderExport, lang: str) -> list[str]:
    e = html.escape
    note = item.note
    colour = note.colour if note.colour in HTML_COLOURS else "yellow"
    out = ['<div class="note">']
    if item.is_section_note:
        out.append(f'<p class="c-{colour}"><em>{e(options.label("whole_section"))}</em></p>')
    else:
        quote = _ruby(item.quote) if options.pinyin else e(item.quote)
        out.append(f'<blockquote class="c-{colour}" lang="{lang}">{quote}</blockquote>')
    if note.body:
        out.append(f'<p class="body">{e(note.body)}</p>')
    if note.tags:
        tags = ", ".join(f"#{t}" for t in note.tags)
        out.append(f'<p class="tags">{e(options.label("tags", tags))}</p>')
    if options.technical:
        out.append(f'<p class="ref">{e(_reference(item, options))}</p>')
    out.append("</div>")
    return out


# -- pinyin --------------------------------------------------------------------------------


def _pinyin_lines(quote: str) -> list[str]:
    """Word-level pinyin of each non-empty line of ``quote`` (银行 → yínháng, not yín háng)."""
    from gui.core.reading_aids.pinyin import text_pinyin

    return [text_pinyin(line) for line in quote.split("\n") if line.strip()]


def _ruby(quote: str) -> str:
    """``quote`` as escaped HTML with each dictionary word (or single character) in a
    ``<ruby>`` carrying its pinyin: one reading over the whole word, as it is read."""
    from gui.core.reading_aids.pinyin import segment

    e = html.escape
    return "".join(
        f"<ruby>{e(r.word)}<rt>{e(r.pinyin)}</rt></ruby>" if r.syllables else e(r.word)
        for r in segment(quote)
    )


# -- entry point ---------------------------------------------------------------------------

#: ``{format: (extension, writer)}``; both are UTF-8 text.
READER_FORMATS = {
    "reader-md": (".md", export_reader_markdown),
    "reader-html": (".html", export_reader_html),
}


def export_for_readers(
    document: Document,
    notes: Iterable[Note],
    fmt: str,
    script: Script | str = "original",
    options: ReaderExport | None = None,
) -> bytes:
    """The notes (and ``options.bookmarks``) of ``document`` in reader format ``fmt``
    (``reader-md`` or ``reader-html``), UTF-8. Raises ``KeyError`` for another format."""
    _extension, writer = READER_FORMATS[fmt]
    return writer(prepare(document, notes, script), options).encode("utf-8")
