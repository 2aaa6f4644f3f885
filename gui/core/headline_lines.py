"""Headlines that stand alone as sentences: a 一是/二是 line over its paragraph, and a work
report's bold leads set on lines of their own under a numbered heading (moved out of
``gui.core.subheads`` in round 24, which keeps the subheads' and labels' forms)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from gui.core.line_layout import paragraphs_hold_sentences
from gui.core.numbering import numbered
from gui.core.subheads import MAX_HEADLINE_CHARS, ORDINAL_LEAD, is_short_line, mostly_han


def is_ordinal_headline(body: Sequence[Any], i: int, found: list[Any]) -> bool:
    """A 一是/二是 line that is one short sentence ending in 。 standing alone above a longer
    paragraph of body text: a headline (an 一是 lead inside a paragraph is body text). The
    caller asks only where the text's paragraphs hold sentences (``paragraphs_hold_sentences``):
    where a page sets each sentence on a line of its own, a line alone is no headline's layout."""
    line = body[i].text
    if not ORDINAL_LEAD.match(line) or len(line) > MAX_HEADLINE_CHARS or line[-1] not in "。！!":
        return False
    if any(c in line[:-1] for c in "。！？!?；;：:"):
        return False
    if i + 1 >= len(body) or found[i + 1] is not None or not mostly_han(line):
        return False
    nxt = body[i + 1].text
    if len(nxt) <= len(line) or numbered(nxt) is not None:
        return False
    return not (i > 0 and found[i - 1] is None and is_short_line(body[i - 1].text))


#: Headline sentences standing alone come in runs: this many under one numbered heading.
MIN_HEADLINE_RUN = 2


def headline_sentences(
    body: Sequence[Any], found: list[Any], numbered_at: Collection[int]
) -> list[int]:
    """Short sentences standing alone as headlines under a numbered heading: a work report's
    bold leads (「推动产业链供应链优化升级。」 under 「（一）大力推进现代化产业体系建设…」) that a
    page sets on lines of their own, each over a paragraph at least twice its length, two or
    more under the same heading (docs/gold-outline.md rule 4; run into their paragraph they
    are body, rule 5). One sentence, up to 40 characters, closed by 。 or ！, with no comma (a
    body sentence standing alone opens with 「此外，」, 「一年来，」: as for the 一是 lines' test,
    only an ordinal lead may carry one), no —— lead and no 一是 (``is_ordinal_headline``). None
    where the text's paragraphs do not hold sentences (``paragraphs_hold_sentences``: a page
    that breaks the line after every sentence sets every sentence alone)."""
    if not paragraphs_hold_sentences(body):
        return []
    runs: dict[int, list[int]] = {}
    parent = None
    for i, ln in enumerate(body):
        if i in numbered_at:
            parent = i if found[i] is not None else parent
            continue
        line = ln.text
        if parent is None or found[i] is not None or not _is_headline_sentence(line):
            continue
        if i + 1 >= len(body) or found[i + 1] is not None or (i + 1) in numbered_at:
            continue
        if len(body[i + 1].text) < 2 * len(line):
            continue
        if i > 0 and found[i - 1] is None and is_short_line(body[i - 1].text):
            continue  # a run of short lines: a list or an address block
        runs.setdefault(parent, []).append(i)
    return [i for run in runs.values() if len(run) >= MIN_HEADLINE_RUN for i in run]


def _is_headline_sentence(line: str) -> bool:
    if not 4 <= len(line) <= MAX_HEADLINE_CHARS or line[-1] not in "。！!":
        return False
    if line[0] in "—－-" or ORDINAL_LEAD.match(line) or not mostly_han(line):
        return False
    return not any(c in line[:-1] for c in "。！？!?；;：:，,")
