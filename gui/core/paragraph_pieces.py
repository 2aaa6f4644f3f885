"""A line inside a paragraph that blank lines set apart is a piece of it, not a heading.

A plain text that separates its paragraphs by blank lines sets a heading as a paragraph of its
own: a blank line above it or under it. When such a text arrives with its paragraphs broken
into lines — a PDF page copied out or a mail's hard wrap whose width the outline did not find,
a page that breaks the line after every sentence — a piece of a paragraph (「服務輸出」,
「受惠於高就業和收入」: a sentence's first words on the line after a stop, the rest on the next
line) has a short unpunctuated line's form, the form of a heading that lost its mark. The piece
has a line of its paragraph right above it and right under it, no blank line either side;
a heading there would be run into the paragraph around it, which a text that parts its
paragraphs by blank lines does not do (round x25, session 25).

The text must part its paragraphs so (``blank_parted``): blank lines between a fair share of
its lines, and most of its headings found by their form alone on one side. Numbered headings,
headings the format or Markdown marks, and a line under a line that heads (a heading and its
deck, a label over a subhead) are left to their own rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from gui.core.numbering import numbered
from gui.core.outline_heads import Heading, Line
from gui.core.title_inference import MARKDOWN

#: Blank gaps a text needs between its body lines, at least, to count as parted by them…
MIN_GAPS = 4
#: …and their share of the transitions between its body lines.
MIN_GAP_SHARE = 0.15


def _last_line(line: Line) -> int:
    """The number of ``line``'s last line (a hard wrap's joined paragraph keeps its first)."""
    return line.index + line.text.count("\n")


def blank_between(a: Line, b: Line) -> bool:
    """A blank line between ``a`` and the line ``b`` after it."""
    return b.index > _last_line(a) + 1


def parted_alone(body: Sequence[Line], i: int) -> bool:
    """``body[i]`` is a paragraph blank lines part from the lines above and under it."""
    above = i == 0 or blank_between(body[i - 1], body[i])
    return above and (i + 1 == len(body) or blank_between(body[i], body[i + 1]))


def blank_parted(body: Sequence[Line]) -> bool:
    """Whether ``body``'s lines are parted by blank lines often enough that a paragraph is a
    run of lines between blanks: at least ``MIN_GAPS`` blank gaps and ``MIN_GAP_SHARE`` of the
    steps from a line to the next."""
    steps = len(body) - 1
    if steps < MIN_GAPS:
        return False
    gaps = sum(1 for a, b in zip(body, body[1:], strict=False) if blank_between(a, b))
    return gaps >= MIN_GAPS and gaps >= MIN_GAP_SHARE * steps


def _whole_line(text: str, line: Line) -> bool:
    """``line`` is a line of ``text`` whole, not a piece a scraper's run-on line was cut into."""
    head = text[text.rfind("\n", 0, line.offset) + 1 : line.offset]
    nl = text.find("\n", line.end)
    tail = text[line.end : len(text) if nl < 0 else nl]
    return not head.strip() and not tail.strip()


def _inside_paragraph(text: str, body: Sequence[Line], i: int, heads: set[int]) -> bool:
    """``body[i]`` has a body line right above it and right under it, no blank between."""
    if i == 0 or i + 1 >= len(body):
        return False
    above, line, under = body[i - 1], body[i], body[i + 1]
    if i - 1 in heads or not _whole_line(text, line):
        return False  # (a heading's deck, a label's subhead: a heading pair, read by its rules)
    return not blank_between(above, line) and not blank_between(line, under)


_STOPS = "。！？!?"


def _wrapped_prose(line: Line) -> bool:
    """``line`` is a paragraph a hard wrap broke over lines (joined back: its text holds the
    line breaks) that holds a sentence's end before its last character: prose, which no
    heading is, though a short line under it may have made it look like a subhead's sibling
    (a statistics bulletin's lead paragraph over 「01综合」, wrapped at 80 columns)."""
    text = line.text
    return "\n" in text and any(c in _STOPS for c in text[:-2])


def drop_paragraph_pieces(text: str, body: Sequence[Line], found: list[Heading]) -> list[Heading]:
    """``found`` without the unnumbered, unmarked headings that are prose a hard wrap broke
    (``_wrapped_prose``) or, in a plain text parted by blank lines, stand inside a paragraph
    (a line of it right above and right under)."""
    if len(found) == 0:
        return found
    parted = blank_parted(body)
    at = {id(ln): i for i, ln in enumerate(body)}
    heads = {at[id(h.line)] for h in found if id(h.line) in at}
    out = []
    for h in found:
        i = at.get(id(h.line))
        if i is None or numbered(h.line.text) is not None or MARKDOWN.match(h.line.text):
            out.append(h)
            continue
        if _wrapped_prose(h.line):
            continue
        if parted and "\n" not in h.line.text and _inside_paragraph(text, body, i, heads):
            continue
        out.append(h)
    return out
