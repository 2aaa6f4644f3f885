"""The blocks of a Markdown file that are markup, not text (``gui.core.formats.markdown``): a
container's fences (markdown-it-container, VuePress, Docusaurus, Pandoc's fenced divs: 「::: info
附录」 … 「:::」), lines of their own, each container that holds a heading recorded as a box the
outline ranks apart; and a stand-alone HTML comment (CommonMark's HTML block of type 2), which
is no line of the text (a law collection's info-end mark among them: the info block's title
is set apart by the lines around the mark, :func:`info_block_copy`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from gui.core.formats._common import LineBuilder
from gui.core.head_rows import INFO_END, copy_key

#: How many lines an HTML comment block may run over before its close: a 「<!--」 left open
#: (a scrape cut off) hides nothing.
_MAX_COMMENT_LINES = 200


def comment_end(lines: list[str], first: int, closers: list[int]) -> tuple[int, str] | None:
    """The last line of the HTML comment that opens ``lines[first]`` and what follows its
    「-->」 there; None when no line closes it within :data:`_MAX_COMMENT_LINES`. ``closers``:
    the lines that hold a 「-->」, in order."""
    at = lines[first].find("-->", lines[first].find("<!--") + 4)
    if at >= 0:
        return first, lines[first][at + 3 :]
    k = bisect_right(closers, first)
    if k == len(closers) or closers[k] >= first + _MAX_COMMENT_LINES:
        return None
    last = lines[closers[k]]
    return closers[k], last[last.find("-->") + 3 :]


def is_info_end(lines: list[str], first: int, last: int) -> bool:
    """Whether the comment on ``lines[first:last + 1]`` is a law collection's info-end mark."""
    return first == last and lines[first].strip() == INFO_END


def info_block_copy(builder: LineBuilder, end: int | None) -> None:
    """A law collection's info block (LawRefBook: the title the collection files the text under,
    the dates it was adopted and took effect) over the text that prints its own title first:
    the block's copy is chrome, as ``gui.core.head_rows.info_title_copy`` reads it in a text
    that keeps the mark. The reader drops the mark, so the block is read here: ``end`` is the
    line the mark stood before (None: no mark)."""
    if end is None or not 0 < end < 8 or end >= len(builder.lines) or 0 in builder.chrome:
        return
    if copy_key(builder.lines[0]) == copy_key(builder.lines[end]) != "":
        builder.chrome.add(0)


#: A container's fence: three colons or more, then the opener's kind and label (「::: info 附录」,
#: 「::: {.note}」, 「:::tip[提示]」) or nothing (the closing fence).
CONTAINER = re.compile(r" {0,3}(:{3,})[ \t]*([^\s:][^\n]*?)?[ \t]*")


def container_fence(
    builder: LineBuilder, boxes: list[tuple[int, int, int]], fence: re.Match[str]
) -> None:
    """Add a container's fence as a line of markup; a closing fence ends the innermost open
    box, and the outermost one, when it holds a heading, is recorded as a box of its own."""
    colons = len(fence.group(1))
    if fence.group(2):
        boxes.append((colons, len(builder.lines), len(builder.headings)))
    builder.add(fence.group().strip(), chrome=True)
    if fence.group(2) or not boxes or colons < boxes[-1][0]:
        return
    box = boxes.pop()
    if not boxes:
        close_box(builder, box, len(builder.lines) - 1)


def close_box(builder: LineBuilder, box: tuple[int, int, int], last: int) -> None:
    if len(builder.headings) > box[2]:
        builder.boxes.append((box[1], last))
