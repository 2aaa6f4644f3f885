"""A subhead told by where it stands among its siblings (round x25, session 25).

A release saved as page text keeps its subheads' places: each after a blank line, right over
its paragraph (「臺南市街區歡樂派對」 / 「臺南市政府觀光旅遊局主辦的…」), the paragraphs parted by
blank lines. Where three or more subheads found by their form stand so, and nearly all of them
do, a short line that stands the same way heads its paragraph too, though a comma kept the
form rules off it (「旅遊住臺南，減塑抽好禮(9/15-11/15)」 among the Tainan 觀光旅遊局's headlines):
no stop or colon closes it, it holds no sentence's end, and the paragraph under it is longer
and holds one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from gui.core.paragraph_pieces import blank_between

#: Subheads a text needs standing so, at least, and their share of its subheads.
MIN_SIBLINGS = 3
MIN_SHARE = 0.8
#: A line longer than this is no subhead told by its place alone.
MAX_CHARS = 40
_STOPS = "。！？!?；;：:"
_SENTENCE_END = "。！？!?"


def _stands_as_subhead(body: Sequence[Any], i: int) -> bool:
    """A blank line above ``body[i]`` and its paragraph right under it."""
    if i == 0 or i + 1 >= len(body):
        return False
    return blank_between(body[i - 1], body[i]) and not blank_between(body[i], body[i + 1])


def layout_subheads(
    body: Sequence[Any], found: list[Any], numbered: Collection[int], rank: float
) -> set[int]:
    """Lines of ``body`` that stand as the text's ``rank`` subheads stand (``_stands_as_subhead``)
    where three or more do and four in five of them do, short and unclosed, over a longer
    paragraph that ends a sentence."""
    subheads = [i for i, h in enumerate(found) if h is not None and h.rank == rank]
    standing = [i for i in subheads if _stands_as_subhead(body, i)]
    if len(standing) < MIN_SIBLINGS or len(standing) < MIN_SHARE * len(subheads):
        return set()
    out = set()
    for i, ln in enumerate(body):
        text = ln.text
        if found[i] is not None or i in numbered or "\n" in text or len(text) > MAX_CHARS:
            continue
        if text[-1] in _STOPS or any(c in text for c in _SENTENCE_END):
            continue
        if not _stands_as_subhead(body, i) or found[i + 1] is not None:
            continue
        under = body[i + 1].text
        if len(under) > len(text) and any(c in under for c in _SENTENCE_END):
            out.add(i)
    return out
