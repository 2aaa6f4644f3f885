"""A pass's spans arranged for the window: grouped per entity for the dock, split per type for
the highlight layers and counted per section for the outline (:func:`arrange`), so the UI thread
only hands the result over. Qt-free; :mod:`gui.core.entity_pass` arranges every pass's answer
here, in the worker thread that waited for it.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from dataclasses import dataclass, field

from gui.core.entity_spans import EntitySpan, SpanPairs, SpanTable

__all__ = ["EntityGroup", "RecognitionResult", "arrange"]


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
