"""Script-insensitive search: the query and the text are compared on the Simplified pivot.

The pivot of each line comes from :class:`DocumentViews` (the Simplified view *is* the pivot),
so ``发展`` finds ``發展`` and vice versa whatever script the reader shows; hits come back in
text coordinates and the GUI maps them into the view it paints.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from gui.core.document import Span
from gui.core.script import Script, to_pivot
from gui.core.script_views import DocumentViews


def pivot_query(query: str) -> str:
    """The query as it must appear in the pivot (OpenCC t2s), case-folded."""
    return to_pivot(query)[0].casefold()


def find_all(views: DocumentViews, query: str, skip: Sequence[Span] = ()) -> list[Span]:
    """Every non-overlapping occurrence of ``query`` in text coordinates, in reading order,
    except those inside ``skip`` (page furniture and the footer, which the reader dims).

    A match never crosses a line break: paragraphs are searched one by one."""
    return list(iter_hits(views, query, skip))


def iter_hits(views: DocumentViews, query: str, skip: Sequence[Span] = ()) -> Iterator[Span]:
    """The hits of :func:`find_all`, one at a time (lines are searched as they are asked)."""
    needle = pivot_query(query.strip("\n"))
    if not needle or "\n" in needle:
        return
    for i in range(views.line_count):
        yield from line_hits(views, i, needle, skip)


def line_hits(
    views: DocumentViews, i: int, needle: str, skip: Sequence[Span] = ()
) -> Iterator[Span]:
    """The hits of ``needle`` (a :func:`pivot_query`) in line ``i``, for a caller that
    searches a long report a slice of lines at a time."""
    line = views.line(i, Script.HANS)
    hay = line.text.casefold()
    if len(hay) != len(line.text):  # casefold changed length (ß → ss): fall back
        hay = line.text
    pos = hay.find(needle)
    if pos < 0:
        return
    base = views.line_range(i)[0]
    while pos >= 0:
        start, end = line.map.span_to_a(pos, pos + len(needle))
        hit = Span(base + start, base + end)
        if not (skip and _inside(hit, skip)):
            yield hit
        pos = hay.find(needle, pos + len(needle))


def hit_context(
    views: DocumentViews, script: Script | str, hit: Span, chars: int = 20
) -> tuple[str, str, str]:
    """``(before, match, after)`` of ``hit`` as the ``script`` view shows it: the match and up
    to ``chars`` characters of its paragraph on each side, ``…`` where the paragraph goes
    on, for a list of results that reads like the page."""
    i, start = views.to_view(script, hit.start)
    _, end = views.to_view(script, hit.end, end=True)
    text = views.line(i, script).text
    before = text[max(0, start - chars) : start]
    after = text[end : end + chars]
    if start > chars:
        before = "…" + before
    if end + chars < len(text):
        after = after + "…"
    return before, text[start:end], after


def _inside(hit: Span, spans: Sequence[Span]) -> bool:
    return any(s.start <= hit.start and hit.end <= s.end for s in spans)


def pivot_is_ready(views: DocumentViews) -> bool:
    """True when searching will not have to convert anything first."""
    return views.is_complete(Script.HANS)
