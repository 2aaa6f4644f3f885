"""When a run of lead sentences heads nothing: the text already carries its structure.

A paragraph that opens with a short sentence (「财务造假是近年来最为突出的问题。」) heads a section
only where a run of paragraphs opens so and nothing else structures the text
(``gui.core.outline``). In a plain text with a numbered hierarchy (一、, （一）) the leads are
emphasis inside its sections; so they are in a story whose sections stand under short subheads
of their own lines (「退市路径多元化」, 「四类问题凸显」: a news feature's form) — the leads there
are the points a paragraph announced (「凸显出四类问题。」), taken one a paragraph.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from gui.core.subheads import is_subheading

#: Subheads that make a text's own structure (one may be a caption or a stray short line).
MIN_SUBHEADS = 2


def structured_without_leads(
    body: Sequence[Any], found: list[Any], hints: Mapping[int, int] | None, ordinal_rank: float
) -> bool:
    """Whether the text's structure stands without its lead sentences: a numbered hierarchy
    above the ordinal rank, or two subheads on lines of their own, in a text whose format
    marks no heading (``hints``: a page's marked headings keep their leads)."""
    if hints:
        return False
    if any(h is not None and h.rank < ordinal_rank for h in found):
        return True
    subheads = 0
    for i in range(len(body)):
        if found[i] is None and is_subheading(body, i, found):
            subheads += 1
            if subheads >= MIN_SUBHEADS:
                return True
    return False
