"""A speech's points closed by a stop, each alone on its line (round x25, session 25).

An address that announces its points (「我們將朝三個方向努力：」) may set each alone on its line
as one short sentence, 「第一，提供農工產業強力支持與必要的協助。」 over the paragraphs that argue
it, where round 24's points (``colon_heads.enumerated_points``) close by a colon. Run into its
paragraph, 「第一，…。…」 is a sentence's lead and body text; alone on its line, one sentence,
it heads what follows when two or more stand in order from 第一, each over a longer paragraph.
A run of 「第一，…。」 paragraphs that argue the points themselves (each several sentences, or one
long one) is body; so is a run out of order, and a run of points one under the other (a list).
Where a page breaks the line after every sentence, a sentence alone on its line says nothing:
the caller asks where the text's paragraphs hold sentences, or where blank lines part them and
the point is a paragraph of its own (a speech whose paragraphs are each one long sentence).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import Any

from gui.core.numbering import CN_NUM

#: 「第一，…。」: one sentence of 4 to 40 characters after the ordinal, no other stop in it.
_STOPPED_POINT = re.compile(rf"第([{CN_NUM}]{{1,3}})[，,][^。！？!?；;：:]{{4,40}}[。！!]")
_ORDER = "一二三四五六七八九十"
_SENTENCE_END = "。！？!?"


def stopped_points(
    body: Sequence[Any],
    found: list[Any],
    numbered: Collection[int],
    alone: Callable[[int], bool] | None = None,
) -> set[int]:
    """Lines of ``body`` that are a speech's points closed by a stop: two or more in order from
    第一, each alone on its line over a longer paragraph that holds a sentence's end (or opens
    a list with a colon) and is no point itself, none already a heading or numbered. A point out of order ends a run; a run
    may start again at 第一. ``alone`` (a line number → whether it is a paragraph of its own),
    when given, must hold of each point."""
    out: set[int] = set()
    run: list[int] = []
    for i in range(len(body) - 1):
        m = _STOPPED_POINT.fullmatch(body[i].text)
        if m is None or i in numbered or found[i] is not None:
            continue
        under = body[i + 1].text
        fits = (
            found[i + 1] is None
            and (alone is None or alone(i))
            and len(under) > len(body[i].text)
            and (any(c in under for c in _SENTENCE_END) or under[-1] in "：:")
            and _STOPPED_POINT.fullmatch(under) is None
        )
        if fits and m.group(1) == _ORDER[len(run) : len(run) + 1]:
            run.append(i)
            continue
        if len(run) >= 2:
            out.update(run)
        run = [i] if fits and m.group(1) == _ORDER[0] else []
    if len(run) >= 2:
        out.update(run)
    return out
