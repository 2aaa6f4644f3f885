"""Script views built paragraph by paragraph, so a large report converts lazily.

OpenCC splits its input on whitespace and punctuation before matching phrases, and a newline is
whitespace, so converting each line on its own gives exactly the text that converting the whole
document gives. That lets the reader convert the
visible paragraphs first and the rest later, with one small :class:`OffsetMap` per line instead
of one map over a million characters.

Line ``i`` covers ``text[start:end]`` (``end`` excludes the newline); line numbers are the block
numbers of the reader's document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

from gui.core.document import Document, Section
from gui.core.offsets import OffsetMap
from gui.core.script import Script, ScriptView, from_pivot, make_view, shows_own_forms

_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class LineView:
    """One line in one script: its text and the map from the line's text to it."""

    text: str
    map: OffsetMap  # A = the line in the cleaned text, B = ``text``


#: Kept in a view's cache for a line that reads the same in that script as in the text (every
#: line of a Simplified report in 简, the pivot; a Traditional one in its own variant): the
#: line's text is a slice of the document's, its map the identity, so neither is kept. A
#: LineView of its own (text, map, their objects) was ~700 bytes a line: 44 MB for the 63,000
#: lines of a 10 MB Simplified report, in the window's process, by the pivot warm-up.
_SAME: LineView | None = cast("LineView", object())


class DocumentViews:
    """Per-line script views of a cleaned text, converted on demand and cached."""

    def __init__(self, text: str):
        self.text = text
        self._starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self._cache: dict[Script, list[LineView | None]] = {}
        self._variant: str | None = None

    @property
    def variant(self) -> str:
        """The document's Traditional variant, read once from the whole text (a line alone
        may not tell), so that every line's view agrees with the whole view."""
        if self._variant is None:
            from gui.core.variants import detect_variant

            self._variant = str(detect_variant(self.text))
        return self._variant

    @property
    def variant_known(self) -> bool:
        """Whether :attr:`variant` has been read (reading it loads dictionaries and scans the
        text: tens of ms on a long report)."""
        return self._variant is not None

    # -- lines --------------------------------------------------------------------------

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_range(self, i: int) -> tuple[int, int]:
        """``(start, end)`` of line ``i`` in the text, the newline excluded."""
        start = self._starts[i]
        end = self._starts[i + 1] - 1 if i + 1 < len(self._starts) else len(self.text)
        return start, end

    def original_line(self, i: int) -> str:
        """Line ``i`` as it is in the text (a slice made when asked: a list of every line of
        a 10 MB report, to fill the reader from, was 12 MB more while the fill ran)."""
        start, end = self.line_range(i)
        return self.text[start:end]

    def line_at(self, pos: int) -> int:
        """The line containing text position ``pos`` (a newline belongs to its line)."""
        return max(0, bisect_right(self._starts, pos) - 1)

    def lines_between(self, start: int, end: int) -> range:
        """Lines that the text span ``[start, end)`` touches."""
        return range(self.line_at(start), self.line_at(max(start, end - 1)) + 1)

    # -- conversion ---------------------------------------------------------------------

    def _lines(self, script: Script) -> list[LineView | None]:
        lines = self._cache.get(script)
        if lines is None:
            lines = self._cache[script] = [None] * len(self._starts)
        return lines

    def is_converted(self, i: int, script: Script | str) -> bool:
        script = Script(script)
        return script is Script.ORIGINAL or self._lines(script)[i] is not None

    def cached(self, i: int, script: Script | str) -> LineView | None:
        """Line ``i`` in ``script`` if it was converted already, else None (not converted now)."""
        return self._entry(i, self._lines(Script(script))[i])

    def _entry(self, i: int, entry: LineView | None) -> LineView | None:
        """A cache entry as the line it stands for (see :data:`_SAME`)."""
        if entry is _SAME:
            start, end = self.line_range(i)
            return LineView(self.text[start:end], OffsetMap.identity(end - start))
        return entry

    def _keep(self, lines: list[LineView | None], i: int, view: LineView, raw: str) -> None:
        lines[i] = _SAME if view.text == raw and view.map.is_identity else view

    def unconverted(self, lines: list[int], script: Script | str) -> list[int]:
        """Those of ``lines`` not converted to ``script`` yet, in their order (one pass over
        the cache: a switch asks it of every line of the report in the turn it shows the
        new script, where a call per line cost ~20 ms on 18,000 lines)."""
        script = Script(script)
        if script is Script.ORIGINAL:
            return []
        cache = self._lines(script)
        return [i for i in lines if cache[i] is None]

    def line(self, i: int, script: Script | str) -> LineView:
        """Line ``i`` in ``script``, converted now if it was not yet."""
        script = Script(script)
        lines = self._lines(script)
        view = self._entry(i, lines[i])
        if view is None:
            start, end = self.line_range(i)
            hans = self._cache.get(Script.HANS)
            pivot = (
                self._entry(i, hans[i]) if hans is not None and script is not Script.HANS else None
            )
            raw = self.text[start:end]
            view = convert_line(raw, script, self.variant, pivot)
            self._keep(lines, i, view, raw)
        return view

    def convert_run(self, first: int, script: Script | str, chars: int = 4000) -> None:
        """Convert line ``first`` and the unconverted lines after it, up to about ``chars``
        characters, in one call (:func:`convert_lines`: the same lines as :meth:`line`)."""
        script = Script(script)
        lines = self._lines(script)
        run: list[int] = []
        size = 0
        i = first
        while i < len(lines) and lines[i] is None and (not run or size < chars):
            start, end = self.line_range(i)
            run.append(i)
            size += end - start + 1
            i += 1
        if script is Script.ORIGINAL or not run:
            return
        hans = self._cache.get(Script.HANS)
        pivots: list[LineView] | None = None
        if script is not Script.HANS and hans is not None:
            cached = [view for i in run if (view := self._entry(i, hans[i])) is not None]
            pivots = cached if len(cached) == len(run) else None
        raws = [self.text[slice(*self.line_range(i))] for i in run]
        views = convert_lines(raws, script, self.variant, pivots)
        for i, view, raw in zip(run, views, raws, strict=True):
            self._keep(lines, i, view, raw)

    def put(self, i: int, script: Script | str, view: LineView) -> None:
        """Keep line ``i`` converted elsewhere (a worker process: gui/core/script_workers.py);
        a line already converted here stays as it is (the two are equal)."""
        lines = self._lines(Script(script))
        if lines[i] is None:
            self._keep(lines, i, view, self.text[slice(*self.line_range(i))])

    def missing(self, script: Script | str, first: int = 0) -> Iterator[int]:
        """Lines not yet converted to ``script``: from ``first`` to the end, then from the top."""
        script = Script(script)
        if script is Script.ORIGINAL:
            return iter(())
        lines = self._lines(script)
        order = list(range(first, len(lines))) + list(range(0, first))
        return (i for i in order if lines[i] is None)

    def release(self, lines: int) -> bool:
        """Forget up to ``lines`` converted lines (they would be converted again if asked
        for); True once nothing is cached. A retired document's views are released a slice
        at a time: freeing the lines of a large report in one go stalls its caller for
        tens of milliseconds."""
        for cached in self._cache.values():
            end = len(cached)
            while end and cached[end - 1] is None:
                end -= 1
            if end:
                start = max(0, end - lines)
                cached[start:end] = [None] * (end - start)
                return False
        return True

    def is_complete(self, script: Script | str) -> bool:
        return next(self.missing(script), None) is None

    def view(self, script: Script | str) -> ScriptView:
        """The whole view (converting what is missing), equal to ``make_view(text, script)``."""
        script = Script(script)
        parts: list[str] = []
        pieces: list[tuple[int, int]] = []
        for i in range(self.line_count):
            line = self.line(i, script)
            if i:
                parts.append("\n")
                pieces.append((1, 1))
            parts.append(line.text)
            pieces.extend(line.map.pieces())
        return ScriptView(script, "".join(parts), OffsetMap(pieces))

    # -- positions ----------------------------------------------------------------------

    def to_view(self, script: Script | str, pos: int, end: bool = False) -> tuple[int, int]:
        """Text position → ``(line, column in the view line)``."""
        i = self.line_at(pos)
        start, line_end = self.line_range(i)
        offset = min(pos, line_end) - start
        m = self.line(i, script).map
        return i, (m.to_b_end(offset) if end else m.to_b(offset))

    def to_text(self, script: Script | str, i: int, column: int, end: bool = False) -> int:
        """``(line, column in the view line)`` → text position."""
        m = self.line(i, script).map
        return self.line_range(i)[0] + (m.to_a_end(column) if end else m.to_a(column))


def convert_line(raw: str, script: Script, variant: str, pivot: LineView | None = None) -> LineView:
    """``raw`` (one line of the cleaned text, of a document of ``variant``) in ``script``.
    ``pivot`` is the line's Simplified view if it was made already: the Traditional views
    start from it. The same function runs in the worker processes, so a line is the same
    wherever it was converted."""
    if pivot is not None and shows_own_forms(script, variant):
        pivot = None  # the original's own forms, not a round trip through the pivot
    if script is Script.ORIGINAL:
        return LineView(raw, OffsetMap.identity(len(raw)))
    if pivot is not None:
        # The Traditional views start from the Simplified pivot: when it is there
        # (search and the entity pass make it), half the work is done.
        converted = from_pivot(pivot.text, script)
        return LineView(converted.text, pivot.map.then(converted.map))
    converted = make_view(raw, script, variant)
    return LineView(converted.text, converted.map)


def convert_lines(
    raws: list[str], script: Script, variant: str, pivots: list[LineView] | None = None
) -> list[LineView]:
    """``[convert_line(raw, script, variant, pivot) for …]``, converted as one text.

    The lines are joined with newlines, where OpenCC splits (no match crosses them, and no
    table writes one), converted in one call, and cut apart again with their maps: the same
    lines and maps, without a call per line (a report's lines average ~55 characters; the
    matcher's fixed cost per call was half of its time on them). ``pivots`` are the lines'
    Simplified views, made here when not given."""
    if not raws:
        return []
    if script is Script.ORIGINAL or (
        script is not Script.HANS and shows_own_forms(script, variant)
    ):
        return [convert_line(raw, script, variant) for raw in raws]
    if script is Script.HANS or pivots is None:
        from gui.core.script import to_pivot

        text, pivot_map = to_pivot("\n".join(raws))
        hans = _cut(text, pivot_map.pieces(), [len(r) for r in raws])
        made = [LineView(t, OffsetMap(p)) for t, p in hans] if hans is not None else None
        if made is None:
            made = [convert_line(raw, Script.HANS, variant) for raw in raws]
        if script is Script.HANS:
            return made
        pivots = made
    converted = from_pivot("\n".join(p.text for p in pivots), script)
    cut = _cut(converted.text, converted.map.pieces(), [len(p.text) for p in pivots])
    if cut is None:
        return [convert_line(r, script, variant, p) for r, p in zip(raws, pivots, strict=True)]
    return [
        LineView(t, p.map.then(OffsetMap(pieces)))
        for (t, pieces), p in zip(cut, pivots, strict=True)
    ]


def _cut(
    text: str, pieces: list[tuple[int, int]], lengths: list[int]
) -> list[tuple[str, list[tuple[int, int]]]] | None:
    """The converted ``text`` of lines of ``lengths`` joined by newlines, cut back into each
    line's text and pieces; None if a newline is not where the lines say (then the caller
    converts line by line)."""
    texts = text.split("\n")
    if len(texts) != len(lengths):
        return None
    out: list[tuple[str, list[tuple[int, int]]]] = []
    stack = list(reversed(pieces))
    for k, length in enumerate(lengths):
        line: list[tuple[int, int]] = []
        need = length
        while need:
            if not stack:
                return None
            a, b = stack.pop()
            if a <= need:
                line.append((a, b))
                need -= a
            elif a == b:  # a run of one-to-one characters goes on past the line's end
                line.append((need, need))
                stack.append((a - need, a - need))
                need = 0
            else:
                return None
        if sum(b for _a, b in line) != len(texts[k]):
            return None
        out.append((texts[k], line))
        if k + 1 < len(lengths):  # the newline: one character for one
            while stack and stack[-1] == (0, 0):
                stack.pop()
            if not stack or stack[-1][0] != stack[-1][1]:
                return None
            a, _b = stack.pop()
            if a > 1:
                stack.append((a - 1, a - 1))
    return out


def section_index_at(sections: tuple[Section, ...], pos: int) -> int:
    """Index of the innermost section containing ``pos``, or -1 (title, footer).

    Sections are in reading order: the innermost one is the last to start at or before
    ``pos`` that still contains it. Found by bisection and a walk back over the siblings that
    ended before ``pos`` (a scan from the top cost 13 ms per call on a report of 7,000
    sections, and this runs on every scroll)."""
    i = bisect_right(sections, pos, key=lambda s: s.start) - 1
    while i >= 0:
        if pos < sections[i].end:
            return i
        i -= 1
    return -1


#: Two or more white-space characters: a paragraph break inside a feed's line.
_GAP = re.compile(r"\s{2,}")


def section_heading(
    doc: Document, views: DocumentViews, index: int, script: Script | str, lead_chars: int = 16
) -> str:
    """The heading of ``doc.sections[index]`` as shown in ``script``; an untitled lead
    section is named by its opening words."""
    section = doc.sections[index]
    if section.heading_start is not None and section.heading_end is not None:
        start, end = section.heading_start, section.heading_end
    else:
        start = section.start
        end = min(section.end, start + lead_chars, views.line_range(views.line_at(start))[1])
    line, a = views.to_view(script, start)
    last, b = views.to_view(script, end, end=True)
    if last == line:
        shown = views.line(line, script).text[a:b].strip()
    else:  # a heading over lines (an annex and its title, a subhead set over two lines)
        pieces = [views.line(line, script).text[a:]]
        pieces += [views.line(k, script).text for k in range(line + 1, last)]
        pieces.append(views.line(last, script).text[:b])
        shown = " ".join(p.strip() for p in pieces if p.strip())
    if section.heading and not _GAP.search(section.heading):
        # The outline joins a heading's paragraphs with one space (「消费、服务业是亮点」 and
        # 「增速均出现反弹」, run together in a feed's line by 「　　」): show it so.
        shown = _GAP.sub(" ", shown)
    if section.heading_start is None and end < section.end:
        shown += "…"
    return shown
