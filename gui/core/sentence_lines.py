"""Numbered sentences in a text that sets one sentence a line: headings or a list's items.

A page that breaks the line after every sentence (``line_layout.paragraphs_hold_sentences``
is false) leaves no paragraph whole: a numbered item's first sentence stands alone on its
line and the item's further sentences on the lines under it, so a line under a numbered
sentence is no sign that the sentence heads a section — it is as likely the rest of its own
paragraph. What the line layout hides, the numbering grammar still says:

- **A numbered sentence is a lead, not a heading line.** Alone on its line it reads as the
  first sentence of its paragraph would: a headline up to 30 characters after the number
  (「（一）大力推进现代化产业体系建设，加快发展新质生产力。」, a ``lead``), a long one (to 40,
  「一、日军遗弃化学武器是历史遗留问题，敏感性、专业性较强，情况复杂。」) only where a sibling is a
  headline (a ``long-lead``, ``outline_lists.decide_long_leads``), as it would in prose.
- **A tier with a list in it is a list.** Where three or more items of one tier stand in a
  row with nothing between them and are sentences (``outline_lists.drop_lists``), the tier's
  items are a list's, and so are the items of that tier whose further sentences happen to
  stand under them (a 实施意见's 「五、职责分工」 over 「1.镇规建办为…主管部门，…等工作。」 / 「对存在违法
  违规建设的项目…。」 / 「2.镇监察室负责…。」 / 「3.…。」 …): numbered items are alike per tier.

Prose text (paragraphs of several sentences) is left as it is: there a line holds its whole
paragraph and says itself where the item ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gui.core.numbering import numbered as numbered_line
from gui.core.outline_heads import MAX_NUMBERED_LEAD_CHARS
from gui.core.outline_lists import MIN_LIST_RUN, sibling_groups, sibling_runs
from gui.core.sentence_openers import is_run_in_title

_STOPS = "。！!"


def sentence_shapes(
    body: Sequence[Any], numbered: dict[int, tuple[float, str]]
) -> dict[int, tuple[float, str]]:
    """``numbered`` (line → (rank, shape)) as one sentence a line reads it: a numbered line
    that is one sentence is the lead of its paragraph — ``lead`` up to 30 characters after its
    number, ``long-lead`` beyond — whatever the lines under it."""
    out = {}
    for i, (rank, shape) in numbered.items():
        if shape == "sentence":
            shape = "long-lead"
        elif shape == "short" and body[i].text[-1] in _STOPS:
            number = numbered_line(body[i].text)
            after = len(body[i].text) - (number[1] if number is not None else 0)
            shape = "lead" if after <= MAX_NUMBERED_LEAD_CHARS else "long-lead"
        out[i] = (rank, shape)
    return out


def drop_list_tiers(
    body: Sequence[Any],
    found: list[Any],
    numbered: dict[int, tuple[float, str]],
    listed: set[int],
) -> None:
    """The sentence items of every tier that holds a list (``listed``: items
    ``drop_lists`` made list items in a run of three or more) head nothing either. A part
    title run into its text (a heading that stops before its line's end on no stop:
    「二、绪言本节由律师对…。」) is a title, not a sentence item."""
    if not listed:
        return
    for group in sibling_groups(numbered):
        if not listed.intersection(group):
            continue
        for k in group:
            if (
                found[k] is not None
                and body[k].text[-1] in _STOPS
                and not is_run_in_title(found[k])
            ):
                found[k] = None


def listed_runs(
    before: list[Any], after: list[Any], numbered: dict[int, tuple[float, str]]
) -> set[int]:
    """The items of every run of three or more siblings (``outline_lists.sibling_runs``) that
    ``drop_lists`` took an item out of (``before`` and ``after``: the headings found before
    and after it)."""
    out: set[int] = set()
    for run in sibling_runs(len(before), numbered):
        if len(run) >= MIN_LIST_RUN and any(
            before[k] is not None and after[k] is None for k in run
        ):
            out.update(run)
    return out
