"""Copy with citation: a passage with where it comes from (report title, section path,
paragraph), in the script the reader shows, as plain text or Markdown.

Like Zotero's "copy with citation", the reference travels with the quote, so a passage pasted
into someone's notes can be found again. Everything here is in text coordinates and Qt-free;
the labels ("paragraph %1") come from the UI, in its language.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from gui.core.document import Document
from gui.core.script import Script, convert_fragment
from gui.core.script_views import DocumentViews, section_heading


@dataclass(frozen=True)
class Citation:
    """A passage and its reference, every string in the shown script."""

    quote: str
    title: str
    headings: tuple[str, ...]  # the section path, outermost first
    paragraph: int  # 1-based, counting non-empty lines
    paragraphs: int  # how many non-empty lines the document has
    source: str  # the file name ("" for a document without a file)


@dataclass(frozen=True)
class CitationLabels:
    """The words of a reference in the UI's language. ``paragraph`` holds ``%1`` (the number)
    and ``%2`` (how many there are)."""

    paragraph: str = "paragraph %1 of %2"
    untitled: str = "Untitled report"


def view_text(views: DocumentViews, script: Script | str, start: int, end: int) -> str:
    """``text[start:end]`` as the reader shows it in ``script``: each line converted whole
    (phrase conversion needs the context), then cut at the mapped positions."""
    if start >= end:
        return ""
    parts = []
    for i in views.lines_between(start, end):
        line_start, line_end = views.line_range(i)
        a, b = max(start, line_start), min(end, line_end)
        _, column_a = views.to_view(script, a)
        _, column_b = views.to_view(script, b, end=True)
        parts.append(views.line(i, script).text[column_a:column_b])
    return "\n".join(parts)


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph of ``text`` starts (its non-blank lines: blank lines are not
    paragraphs), in order."""
    starts = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(offset)
        offset += len(line) + 1
    return starts


def paragraph_number(text: str, pos: int) -> tuple[int, int]:
    """``(the 1-based number of the paragraph at pos, how many paragraphs)``; blank lines are
    not paragraphs."""
    starts = paragraph_starts(text)
    return max(1, bisect_right(starts, pos)), max(1, len(starts))


def make_citation(
    doc: Document, views: DocumentViews, script: Script | str, start: int, end: int
) -> Citation:
    """The citation of ``doc.text[start:end]`` as shown in ``script``."""
    script = Script(script)
    # Paragraphs of the passage, without the blank lines between them.
    lines = (line.strip() for line in view_text(views, script, start, end).split("\n"))
    quote = "\n".join(line for line in lines if line)
    if doc.title:
        title = doc.title
        if script is not Script.ORIGINAL:
            title = convert_fragment(title, script, views.variant)
    else:
        title = ""
    headings = tuple(
        section_heading(doc, views, i, script)
        for i, section in enumerate(doc.sections)
        if section.start <= start < section.end and section.heading is not None
    )
    paragraph, paragraphs = paragraph_number(doc.text, start)
    source = doc.path.name if doc.path else ""
    return Citation(quote, title, headings, paragraph, paragraphs, source)


def _reference(citation: Citation, labels: CitationLabels, title: str, source: str) -> str:
    place = labels.paragraph.replace("%1", str(citation.paragraph)).replace(
        "%2", str(citation.paragraphs)
    )
    # A lead-sentence heading ends with 。; in a reference the comma follows it directly.
    headings = [h.rstrip("。．.：:；;，, ") for h in citation.headings]
    parts = [title, *headings, place, source]
    return ", ".join(p for p in parts if p)


def _title_and_source(citation: Citation, labels: CitationLabels, mark) -> tuple[str, str]:
    """The title part (the report's title, marked; else its file name) and the source part
    (the file name, when the title is not it)."""
    if citation.title:
        return mark(citation.title), citation.source
    return citation.source or labels.untitled, ""


def citation_plain(citation: Citation, labels: CitationLabels | None = None) -> str:
    """``“quote”`` and on the next line ``— 《Title》, 一、Heading, paragraph 3 of 40,
    file.txt``: the title in 《》 as Chinese writing cites a work; a report without a title is
    named by its file."""
    labels = labels or CitationLabels()
    title, source = _title_and_source(citation, labels, lambda t: f"《{t}》")
    quote = " ".join(citation.quote.split("\n"))
    return f"“{quote}”\n— {_reference(citation, labels, title, source)}"


def citation_markdown(citation: Citation, labels: CitationLabels | None = None) -> str:
    """The quote as a Markdown block quote (one ``>`` line per paragraph), then the
    reference with the title in italics."""
    labels = labels or CitationLabels()
    title, source = _title_and_source(citation, labels, lambda t: f"*{_markdown_escape(t)}*")
    quoted = "\n>\n".join(f"> {_markdown_escape(line)}" for line in citation.quote.split("\n"))
    escaped = Citation(
        citation.quote,
        citation.title,
        tuple(_markdown_escape(h) for h in citation.headings),
        citation.paragraph,
        citation.paragraphs,
        citation.source,
    )
    if not citation.title:
        title = _markdown_escape(title)
    reference = _reference(escaped, labels, title, _markdown_escape(source))
    return f"{quoted}\n\n— {reference}"


def _markdown_escape(text: str) -> str:
    """Escape what Markdown would read as markup inside a line (a report's ``*`` or ``_``,
    a heading's leading ``#``), so the passage pastes as it reads."""
    out = []
    for ch in text:
        if ch in "\\`*_[]<>|":
            out.append("\\" + ch)
        else:
            out.append(ch)
    escaped = "".join(out)
    if escaped.startswith(("#", "+", "-")):
        escaped = "\\" + escaped
    return escaped
