"""Lead sentences as headings: a paragraph that opens with a short sentence ending in 。
(「财务造假是近年来最为突出的问题。」) heads a section, headed by that sentence, only where a run of
consecutive paragraphs opens so and nothing else structures the text; and when such a run heads
nothing, because the text already carries its structure. ``gui.core.outline`` collects the
candidates and calls ``head_lead_runs`` among its other heading styles.

In a plain text with a numbered hierarchy (一、, （一）) the leads are
emphasis inside its sections; so they are in a story whose sections stand under short subheads
of their own lines (「退市路径多元化」, 「四类问题凸显」: a news feature's form) — the leads there
are the points a paragraph announced (「凸显出四类问题。」), taken one a paragraph.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from gui.core.outline_heads import Heading
from gui.core.outline_levels import RANK_LEAD, RANK_ORDINAL
from gui.core.outline_lists import reports_figure
from gui.core.subheads import is_subheading

#: Lead sentences head sections when this many consecutive paragraphs open with one.
MIN_LEAD_RUN = 3

_SENTENCE_END = "。！？!?"
_CLAUSE_MARKS = "，,；;：:"
MAX_LEAD_CHARS = 30

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


def lead_sentence_end(line: str, after: int = 0) -> int | None:
    """End of a short first sentence (ending in 。) followed by more text, else None."""
    for i in range(after, min(len(line), after + MAX_LEAD_CHARS + 1)):
        c = line[i]
        if c in _CLAUSE_MARKS:
            return None
        if c in _SENTENCE_END:
            if c == "。" and i + 1 < len(line) and i - after >= 2:
                return i + 1
            return None
    return None


def head_lead_runs(
    body: Sequence[Any],
    found: list[Any],
    candidates: list[int],
    hints: Mapping[int, int] | None,
) -> None:
    """Head with its lead sentence each paragraph of ``candidates`` (paragraphs of ``body``
    that open with one) in a run of two or more, where some run holds ``MIN_LEAD_RUN``:
    two in a row happen in any news story."""
    # (Leads that each report a measured figure are findings, not headlines — a story's
    # 「煤炭消费同比减少83.46万吨。」 / 「电力消费同比增长18.3%。」 / 「天然气消费同比增长23.4%。」 —
    # as numbered findings are (``outline_lists.drop_findings``): round o41.)
    runs = [run for run in _runs(candidates) if not all(_finding(body[i].text) for i in run)]
    # In a plain text with a numbered hierarchy, unnumbered lead sentences are emphasis inside
    # its sections; they carry the structure only where nothing else does. (A page or a Word
    # file that marks its headings kept each <strong>…。</strong> lead on its own line: there
    # the leads under its headings stay.) A page that marks no heading reads as plain text:
    # a 统计公报 page whose 一、综合 is only bold runs its summary sentences into their
    # paragraphs (「国民经济继续健康稳定发展。2015年，全县…」).
    # (Round 31: as are they under a story's own short subheads: ``structured_without_leads``.)
    structured = structured_without_leads(body, found, hints, RANK_ORDINAL)
    if not structured and any(len(run) >= MIN_LEAD_RUN for run in runs):
        for run in runs:
            if len(run) < 2:
                continue
            for i in run:
                ln = body[i]
                lead_end = lead_sentence_end(ln.text)
                assert lead_end is not None
                found[i] = Heading(ln, RANK_LEAD, ln.offset, ln.offset + lead_end)


def _finding(line: str) -> bool:
    return reports_figure(line[: lead_sentence_end(line) or len(line)])


def _runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs
