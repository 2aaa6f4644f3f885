"""How a plain text laid out its lines: hard-wrapped at one width, or one sentence a line.

**Hard wrap.** Its lines joined back into paragraphs for the outline.

Text copied out of a PDF page, a mail or a fixed-width file comes with every paragraph broken
into lines of one width: the lines of a paragraph fill the width, its last line stops short. A piece of such a line has the
form of a heading without its layout — a full line without a stop looks like a subhead that
lost its stop, a sentence's tail alone on its line (「展。」, 「持续扩大。」) like a headline
sentence over a longer paragraph. Where most of a text's long lines end at one width, a line
that fills the width runs on into the next line: the two are one paragraph, and only a
paragraph can head a section (a numbered heading wrapped over two lines heads with both).

A line that fills the width and ends a sentence ends its paragraph (the next line may be a
heading), so does a headline set whole in 【】 that happens to fill it, and a text whose lines
reach past that width more than a few times is not wrapped. Plain text only: a format that
marks its paragraphs (HTML, DOCX, PDF's own joining) is read by them.

**One sentence a line.** A page that breaks the line after every sentence sets each sentence
alone on its line: there a short sentence alone is the page's layout, not a headline's
(``paragraphs_hold_sentences``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from gui.core.formats._common import join_wrapped
from gui.core.running_heads import page_heads

#: A wrap width is at least this many columns (a Chinese character is two): 20 characters.
MIN_WRAP_COLUMNS = 40
#: A full line ends within this many columns of the width (a wide character that did not fit,
#: punctuation that may not open a line).
SLACK = 4
#: A paragraph's first line indented (the genre's two-character indent, which a PDF's text may
#: keep as one space or two) holds that much less text: it is full this many columns earlier.
INDENT = 4
#: Full lines a text needs before it counts as wrapped, and their share of its long lines.
MIN_FULL_LINES = 6
#: …or this many full lines that end within a column of the width (a short release of three
#: paragraphs wrapped at 80 columns fills five, all 79 or 80: round x25); lines of a page's own
#: paragraphs that happen to be long end a few columns apart (116, 116, 114, 114, 112).
MIN_EXACT_LINES = 4
EXACT_SLACK = 1
MIN_FULL_SHARE = 0.25
_SENTENCE_END = "。！？!?"
_CLOSERS = "”’」』）)"
#: A line this long is a paragraph no wrap broke (80 columns of Latin letters at the most,
#: or a page's width of Chinese): more than a few of them and the text is not wrapped.
MAX_WRAPPED_CHARS = 200


def columns(line: str) -> int:
    """The width of ``line`` on a fixed-width screen: one column per ASCII character, two per
    other character (Chinese, its punctuation, full-width forms; a text of this genre has
    few narrow characters outside ASCII)."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def wrap_width(widths: list[int], least: int = MIN_WRAP_COLUMNS, slack: int = SLACK) -> int | None:
    """The width a text's lines were wrapped at (columns), or None: the widest width that many
    long lines end within ``slack`` of, with hardly any line wider.

    The wrap is the text's widest line, not its commonest width: a news digest hard-wrapped
    at 80 columns has as many lines of one width below it that nothing wrapped — each item's
    link (「原始網址：https://news.rthk.hk/…」, all one length), its caption, its headline — and
    the widths are tried from the widest down, so that those lines count as long lines short
    of the wrap, not as the wrap with every full line wider than it."""
    ordered = sorted(widths)
    for w in sorted({w for w in ordered if w >= least}, reverse=True):
        n = bisect_right(ordered, w) - bisect_left(ordered, w - slack)
        if len(ordered) - bisect_right(ordered, w) > max(2, n // 10):
            return None  # (more lines wider than this than a wrap lets through)
        long_lines = len(ordered) - bisect_left(ordered, w // 2)
        if n >= MIN_FULL_LINES and n >= MIN_FULL_SHARE * long_lines:
            return w
        exact = bisect_right(ordered, w) - bisect_left(ordered, w - EXACT_SLACK)
        if exact >= MIN_EXACT_LINES and exact >= MIN_FULL_SHARE * long_lines:
            return w
    return None


def joined(span: str) -> str:
    """A paragraph a hard wrap broke over lines, as it was written: Chinese joined without a
    space, Latin words with one (``formats._common.join_wrapped``)."""
    pieces = span.split("\n")
    out = pieces[0]
    for piece in pieces[1:]:
        out = join_wrapped(out, piece)
    return out


def _ends_unit(text: str, start: int | None, end: int) -> bool:
    """Whether a full line ending at ``end`` ends its paragraph: it ends a sentence (a closing
    quotation mark or bracket may follow the stop), or it is
    one paragraph alone (``start``: where it opens) set whole in 【】 (a release's headline
    that happens to fill the width)."""
    if text[end - 1] in _SENTENCE_END:
        return True
    if text[end - 1] in _CLOSERS and end >= 2 and text[end - 2] in _SENTENCE_END:
        return True  # (a quotation or an aside that closes after its stop: 「…。”」, 「…。）」)
    return start is not None and text[start] == "【" and text[end - 1] == "】"


def join_wrapped_lines(
    text: str, paragraphs: list[tuple[int, int, int, str]]
) -> list[tuple[int, int, int, str]]:
    """``paragraphs`` (``patterns.paragraphs``: line number, start, end, stripped text) with
    the lines of a hard-wrapped text joined into their paragraphs: the last paragraph of a line
    that fills the wrap width and does not end a sentence there runs on into the first
    paragraph of the next line. The joined paragraph keeps the first line's number; its text
    is ``text[start:end]``, line breaks in. Unchanged when the text is not wrapped.

    A line repeated word for word under itself is never joined with it: a wrap does not break
    a paragraph into two equal lines, a page does set its title over the document's own (each
    filling the width: 「上海市…的通知」 twice)."""
    bounds: dict[int, tuple[int, int]] = {}  # line number → (first start, last end)
    for index, start, end, _ in paragraphs:
        first = bounds.get(index, (start, end))[0]
        bounds[index] = (first, end)
    lengths = [b - a for a, b in bounds.values()]
    if sum(1 for n in lengths if n > MAX_WRAPPED_CHARS) > 2:
        return paragraphs  # (most texts: paragraphs on lines of their own)
    widths = {
        index: columns(text[text.rfind("\n", 0, first) + 1 : last])
        for index, (first, last) in bounds.items()
    }
    width = wrap_width(list(widths.values()))
    if width is None:
        return paragraphs
    heads = page_heads([(index, stripped) for index, _, _, stripped in paragraphs])
    indented = {i for i, (first, _) in bounds.items() if first and text[first - 1] in " \u3000"}
    out: list[tuple[int, int, int, str]] = []
    last_line = -2  # the line number out[-1] ends on
    last_piece = ""  # the stripped text of out[-1]'s last line
    for index, start, end, stripped in paragraphs:
        if (
            out
            and index == last_line + 1
            and start == bounds[index][0]
            and stripped != last_piece
            and index not in heads  # (a page's running head is no paragraph's words)
        ):
            first, first_start, prev_end, _ = out[-1]
            least = width - SLACK - (INDENT if last_line in indented and first == last_line else 0)
            full = widths[last_line] >= least and prev_end == bounds[last_line][1]
            if full and not _ends_unit(text, first_start if first == last_line else None, prev_end):
                out[-1] = (first, first_start, end, text[first_start:end])
                last_line, last_piece = index, stripped
                continue
        out.append((index, start, end, stripped))
        last_line, last_piece = index, stripped
    # (nothing joined — every full line ends a sentence — is the text as it came)
    return out if len(out) < len(paragraphs) else paragraphs


#: Of a text's long lines that end a sentence, at least this share hold two or more, unless
#: the page breaks the line after every sentence.
MIN_PROSE_SHARE = 0.2
#: …counted over this many lines at least.
MIN_PROSE_LINES = 8
_STOP = re.compile("[。！？!?]")
_PROSE_LINE = 40


def paragraphs_hold_sentences(body: Sequence[Any]) -> bool:
    """Whether the text's paragraphs hold sentences, as prose does: of its lines of 40
    characters or more that end a sentence, a fifth or more hold two (eight such lines or more
    to tell). A page that breaks the line after every sentence holds none, and there a short
    sentence alone on its line is the page's layout, not a headline's (``headline_sentences``, ``is_ordinal_headline``)."""
    ends = "。！？!?"
    long_lines = [ln.text for ln in body if len(ln.text) >= _PROSE_LINE and ln.text[-1] in ends]
    if len(long_lines) < MIN_PROSE_LINES:
        return True  # (too few to tell a page's layout from a short text's one-sentence paragraphs)
    need = MIN_PROSE_SHARE * len(long_lines)
    prose = 0
    for line in long_lines:
        if _STOP.search(line, 0, len(line) - 2):
            prose += 1
            if prose >= need:
                return True  # (prose, as most texts: told after its first few paragraphs)
    return False
