"""A pass's spans arranged for the window: grouped per entity for the dock, split per type for
the highlight layers and counted per section for the outline (:func:`arrange`), so the UI thread
only hands the result over. Qt-free; :mod:`gui.core.entity_pass` arranges a pass's answer here,
in the worker thread that waited for it.

The recogniser's child does most of that itself (:func:`group_spans`: the types' lists and the
groups, in arrays, which need nothing but the text), so that this process only leaves the page
furniture out and counts per section (:func:`arrange_grouped`), which need the outline the
child does not have: on a 1 M report ~0.25 s of Python in the window's process became ~0.1 s
of the child's and a few hundredths here.
"""

from __future__ import annotations

import time
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from gui.core.entity_spans import EntitySpan, SpanPairs, SpanTable

__all__ = ["EntityGroup", "GroupedSpans", "RecognitionResult", "arrange", "group_spans"]


@dataclass(eq=False, slots=True)  # a dock row: compared by identity, hashable; ~15,000 per 1 M
class EntityGroup:
    """Every occurrence of one entity (one type, one Simplified key)."""

    type: str
    key: str
    spans: SpanPairs = field(default_factory=SpanPairs)  # read as a list of (start, end)
    original: str = ""  # the most frequent original spelling


@dataclass
class RecognitionResult:
    """What a pass produced, already arranged for the window (so the UI thread only hands it
    over): spans sorted by position, the same per type, the dock's groups, and per-section
    counts per type. ``seconds`` is the whole background pass. The spans are kept in arrays
    (:mod:`gui.core.entity_spans`) and read as lists of ``EntitySpan`` and of pairs."""

    spans: SpanTable = field(default_factory=SpanTable)
    seconds: float = 0.0
    chunks: int = 1
    by_type: dict[str, SpanPairs] = field(default_factory=dict)
    groups: list[EntityGroup] = field(default_factory=list)
    section_counts: dict[str, dict[int, int]] = field(default_factory=dict)


def arrange(
    text: str,
    spans: SpanTable | list[EntitySpan],
    sections: list[tuple[int, int]],
    skip: list[tuple[int, int]] | None = None,
) -> RecognitionResult:
    """Group spans for the dock, split them per type and count them per section. Spans
    inside ``skip`` (page furniture, the footer) are highlighted but neither grouped nor
    counted."""
    if not isinstance(spans, SpanTable):
        spans = SpanTable(spans)
        spans.seal()
    by_type: dict[str, SpanPairs] = {}
    groups: dict[tuple[str, str], EntityGroup] = {}
    spellings: dict[tuple[str, str], dict[str, int]] = {}
    counts: dict[str, dict[int, int]] = {}
    starts = [s for s, _ in sections]
    for n, span in enumerate(spans):
        if n % 5000 == 4999:
            time.sleep(0)
        pair = (span.start, span.end)
        kind = by_type.get(span.type)
        if kind is None:
            kind = by_type[span.type] = SpanPairs()
        kind.append(pair)
        if skip and _inside(span.start, span.end, skip):
            continue
        k = (span.type, span.key)
        group = groups.get(k)
        if group is None:
            group = groups[k] = EntityGroup(span.type, span.key)
            spellings[k] = {}
        group.spans.append(pair)
        word = text[span.start : span.end]
        seen = spellings[k]
        seen[word] = seen.get(word, 0) + 1
        # The innermost section holding the span: the last one starting before it that
        # still contains it (sections nest).
        i = bisect_right(starts, span.start) - 1
        while i >= 0 and not sections[i][0] <= span.start < sections[i][1]:
            i -= 1
        if i >= 0:
            per_type = counts.setdefault(span.type, {})
            per_type[i] = per_type.get(i, 0) + 1
    for k, group in groups.items():
        best = max(spellings[k].items(), key=lambda kv: kv[1])[0]
        group.original = group.key if best == group.key else best  # one string, not two
    ordered = sorted(groups.values(), key=lambda g: (-len(g.spans), g.spans[0]))
    return RecognitionResult(spans, by_type=by_type, groups=ordered, section_counts=counts)


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)


@dataclass(eq=False)
class GroupedSpans:
    """A pass's spans as the child answers them: the table, each type's pairs, and the groups
    in the dock's order (furniture not left out yet), all in arrays. Group ``g``'s pairs are
    ``group_pairs[2 * group_ends[g - 1] : 2 * group_ends[g]]`` (from 0 for the first); its
    type and key are indices into the table's names; ``originals[g]`` is its most frequent
    spelling, or ``""`` when that is the key itself."""

    table: SpanTable
    by_type: dict[str, SpanPairs]
    group_of: array  # each span's group
    group_pairs: array
    group_ends: array
    group_type: array
    group_key: array
    originals: list[str]

    def __len__(self) -> int:
        return len(self.table)


def group_spans(text: str, table: SpanTable) -> GroupedSpans:
    """In the recogniser's child: ``table``'s spans split per type and grouped per entity, in
    the order :func:`arrange` gives (most spans first, then the first span's position).

    Two loops over the spans and nothing per span kept but arrays: this runs after the pass,
    in the child whose memory peaks the long report's session (a 10 MB report has 211,000
    spans; a dict of spellings per group and a sorted list of span indices were ~20 bytes a
    character)."""
    starts, ends = table.starts, table.ends
    flat_of: dict[int, array] = {}  # type id → start, end, …
    ids: dict[int, int] = {}  # key id << 8 | type id → group, in order of first span
    first = array("i")  # each group's first span
    group_of = array("i")
    # A spelling's count per type (name id << 8 | type id), in order of first span: a group's
    # spellings are the names of its key under its type.
    names: dict[str, int] = {}
    spelled = array("i")  # each name's key id
    counts: dict[int, int] = {}
    for n, (start, end, t, k) in enumerate(
        zip(starts, ends, table.type_ids, table.key_ids, strict=True)
    ):
        flat = flat_of.get(t)
        if flat is None:
            flat = flat_of[t] = array("i")
        flat.append(start)
        flat.append(end)
        combo = k << 8 | t
        g = ids.get(combo)
        if g is None:
            g = ids[combo] = len(first)
            first.append(n)
        group_of.append(g)
        word = text[start:end]
        w = names.get(word)
        if w is None:
            w = names[word] = len(spelled)
            spelled.append(k)
        spelling = w << 8 | t
        counts[spelling] = counts.get(spelling, 0) + 1
    sizes = array("i", bytes(4 * len(first)))
    for g in group_of:
        sizes[g] += 1
    order = sorted(range(len(first)), key=lambda g: (-sizes[g], starts[first[g]], ends[first[g]]))
    place = array("i", bytes(4 * len(order)))  # a group's place in ``order``
    group_ends = array("i")
    total = 0
    for r, g in enumerate(order):
        place[g] = r
        total += sizes[g]
        group_ends.append(total)
    # Each group's spans, group after group, each group's in position order.
    cursor = array("i", [0]) + group_ends[:-1] if order else array("i")
    pairs = array("i", bytes(8 * len(group_of)))
    for n, g in enumerate(group_of):
        r = group_of[n] = place[g]
        at = cursor[r]
        cursor[r] = at + 1
        pairs[2 * at] = starts[n]
        pairs[2 * at + 1] = ends[n]
    # The first of the most frequent spellings (as ``max`` over them in order of first span).
    best: dict[int, tuple[int, int]] = {}  # group → (count, name id)
    for spelling, count in counts.items():
        w, t = spelling >> 8, spelling & 0xFF
        g = ids[spelled[w] << 8 | t]
        if count > best.get(g, (0, 0))[0]:
            best[g] = (count, w)
    words = list(names)
    keys = table.key_names
    combos = list(ids)
    originals = []
    for g in order:
        word = words[best[g][1]]
        originals.append("" if word == keys[combos[g] >> 8] else word)
    return GroupedSpans(
        table,
        {table.type_names[t]: SpanPairs.from_flat(flat) for t, flat in flat_of.items()},
        group_of,
        pairs,
        group_ends,
        array("B", [combos[g] & 0xFF for g in order]),
        array("i", [combos[g] >> 8 for g in order]),
        originals,
    )


def arrange_grouped(
    text: str,
    grouped: GroupedSpans,
    sections: list[tuple[int, int]],
    skip: list[tuple[int, int]] | None = None,
) -> RecognitionResult:
    """What :func:`arrange` makes of ``grouped.table``, from the child's grouping: the groups
    that hold a span inside ``skip`` are grouped again without it, and every other span is
    counted per section."""
    table = grouped.table
    skipped = _skipped(table, skip or [])
    types, keys = table.type_names, table.key_names
    groups: list[EntityGroup] = []
    begin = 0
    for g, end in enumerate(grouped.group_ends):
        if g % 2000 == 1999:
            time.sleep(0)
        key = keys[grouped.group_key[g]]
        spans = SpanPairs.from_flat(grouped.group_pairs[2 * begin : 2 * end])
        groups.append(
            EntityGroup(types[grouped.group_type[g]], key, spans, grouped.originals[g] or key)
        )
        begin = end
    if skipped:
        groups = _regroup(text, grouped, groups, skipped)
    return RecognitionResult(
        table,
        by_type=grouped.by_type,
        groups=groups,
        section_counts=_section_counts(table, sections, skipped),
    )


def _skipped(table: SpanTable, skip: list[tuple[int, int]]) -> set[int]:
    """The spans inside one of ``skip``'s ranges (as :func:`_inside` tells)."""
    out: set[int] = set()
    for a, b in skip:
        i, j = bisect_left(table.starts, a), bisect_left(table.starts, b)
        out.update(n for n in range(i, j) if table.ends[n] <= b)
    return out


def _regroup(
    text: str, grouped: GroupedSpans, groups: list[EntityGroup], skipped: set[int]
) -> list[EntityGroup]:
    """``groups`` with the ``skipped`` spans left out: their groups' spans and spellings again
    (a group left empty goes), and the order again."""
    table = grouped.table
    touched = {grouped.group_of[n] for n in skipped}
    kept: dict[int, SpanPairs] = {g: SpanPairs() for g in touched}
    spellings: dict[int, dict[str, int]] = {g: {} for g in touched}
    for n in range(len(table)):
        g = grouped.group_of[n]
        if g in touched and n not in skipped:
            start, end = table.starts[n], table.ends[n]
            kept[g].add(start, end)
            seen = spellings[g]
            word = text[start:end]
            seen[word] = seen.get(word, 0) + 1
    for g in touched:
        group = groups[g]
        group.spans = kept[g]
        if spellings[g]:
            best = max(spellings[g].items(), key=lambda kv: kv[1])[0]
            group.original = group.key if best == group.key else best
    out = [g for g in groups if g.spans]
    out.sort(key=lambda g: (-len(g.spans), g.spans[0]))
    return out


def _section_counts(
    table: SpanTable, sections: list[tuple[int, int]], skipped: set[int]
) -> dict[str, dict[int, int]]:
    """Per type, the spans (but the ``skipped``) in each innermost section, as :func:`arrange`
    counts them."""
    counts: dict[str, dict[int, int]] = {}
    starts = [s for s, _ in sections]
    types = table.type_names
    for n, (start, t) in enumerate(zip(table.starts, table.type_ids, strict=True)):
        if n % 5000 == 4999:
            time.sleep(0)
        if n in skipped:
            continue
        i = bisect_right(starts, start) - 1
        while i >= 0 and not sections[i][0] <= start < sections[i][1]:
            i -= 1
        if i >= 0:
            per_type = counts.setdefault(types[t], {})
            per_type[i] = per_type.get(i, 0) + 1
    return counts
