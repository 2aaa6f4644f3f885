"""Script-insensitive search: the query and the text are compared on the Simplified pivot.

The pivot of each line comes from :class:`DocumentViews` (the Simplified view *is* the pivot),
so ``发展`` finds ``發展`` and vice versa whatever script the reader shows; hits come back in
text coordinates and the GUI maps them into the view it paints.
"""

from __future__ import annotations

from collections.abc import Sequence

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
    needle = pivot_query(query.strip("\n"))
    if not needle or "\n" in needle:
        return []
    hits: list[Span] = []
    for i in range(views.line_count):
        line = views.line(i, Script.HANS)
        hay = line.text.casefold()
        if len(hay) != len(line.text):  # casefold changed length (ß → ss): fall back
            hay = line.text
        pos = hay.find(needle)
        if pos < 0:
            continue
        base = views.line_range(i)[0]
        while pos >= 0:
            start, end = line.map.span_to_a(pos, pos + len(needle))
            hits.append(Span(base + start, base + end))
            pos = hay.find(needle, pos + len(needle))
    if skip:
        hits = [h for h in hits if not _inside(h, skip)]
    return hits


def _inside(hit: Span, spans: Sequence[Span]) -> bool:
    return any(s.start <= hit.start and hit.end <= s.end for s in spans)


def pivot_is_ready(views: DocumentViews) -> bool:
    """True when searching will not have to convert anything first."""
    return views.is_complete(Script.HANS)
