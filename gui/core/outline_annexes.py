"""Annex sections in the outline (``gui.core.outline``): where a 公文's annexes open and what
heads them.

A ``附件``/``附表``/``附录`` label alone on its line opens a top-level section headed by the label
and, on the next line, the annex's own title; where the header found that title
(``annex_lines``, ``gui.core.header``) the title alone heads it, wrapped lines joined. A 印发
notice's date, the title of the document it issues and that document's text, run into one
line by a scraper, are cut apart here (``annexes.issued_title``): the issued title heads an
annex too. The label and title forms themselves are ``gui.core.annexes``'.
"""

from __future__ import annotations

from collections.abc import Collection

from gui.core.annexes import ANNEX_LABEL, FORM_RUN_IN, issued_title
from gui.core.numbering import numbered
from gui.core.outline_heads import Heading, Line
from gui.core.outline_levels import RANK_ANNEX
from gui.core.patterns import LazyPattern
from gui.core.subheads import NO_HEADING_END

_ANNEX = LazyPattern(
    r"(?:附\s*件|附\s*表|附\s*录|附\s*錄|附\s*注|附\s*註)\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[A-Z])?\s*[:：]?"
)


def issued_titles(
    text: str, lines: list[Line], annex_lines: Collection[int]
) -> tuple[list[Line], set[int]]:
    """``lines`` with a 印发 notice's date, the title of the document it issues and that
    document's text, run into one line, cut apart (``annexes.issued_title``), and where each
    such title starts (it heads an annex). Lines the header found annex titles on stay."""
    issued: set[int] = set()
    if "《" not in text:
        return lines, issued
    out: list[Line] = []
    for ln in lines:
        title = None if ln.index in annex_lines else issued_title(text, ln.offset, ln.text)
        if title is None:
            out.append(ln)
            continue
        bounds = sorted({0, *title, len(ln.text)})
        for a, b in zip(bounds, bounds[1:], strict=False):
            piece = ln.text[a:b].strip()
            at = ln.offset + a + len(ln.text[a:b]) - len(ln.text[a:b].lstrip())
            out.append(Line(ln.index, at, at + len(piece), piece, at))
        issued.add(ln.offset + title[0])
    return out, issued


def labelled_annex(
    body: list[Line], i: int, annex_lines: Collection[int], consumed: set[int]
) -> Heading | None:
    """The annex heading of ``body[i]`` when it is an annex label alone on its line (附件,
    附件1：, 附表2 …), else None; the title lines it takes in are added to ``consumed``."""
    ln = body[i]
    if not _ANNEX.fullmatch(ln.text):
        return None
    if i + 1 < len(body) and body[i + 1].index in annex_lines:
        # 「附件1」 over its title (found by the header): the section opens at the
        # label and is headed by the title alone.
        consumed.add(i + 1)
        return titled_annex(body, i, i + 1, annex_lines, consumed)
    heading = _annex_heading(body, i)
    if heading.heading_end > ln.offset + len(ln.text):
        # (the label over the annex's own title: the section opens at the label and is headed
        # by the title alone, rule 7 — 「附件」 / 「住房消费补贴申请需提供的材料和发放流程」, batch 57)
        consumed.add(i + 1)
        nxt = body[i + 1]
        return Heading(ln, RANK_ANNEX, nxt.offset, heading.heading_end, nxt.text)
    return heading


def titled_annex(
    body: list[Line], at: int, first: int, annex_lines: Collection[int], consumed: set[int]
) -> Heading:
    """An annex section opening at ``body[at]`` and headed by its title: ``body[first]`` and
    the annex lines right after it (a title wrapped over lines, joined without breaks)."""
    last = first
    while last + 1 < len(body) and body[last + 1].index in annex_lines:
        last += 1
        consumed.add(last)
    title = body[first : last + 1]
    start, end = title[0].offset, title[-1].offset + len(title[-1].text)
    label = ANNEX_LABEL.match(title[0].text) if at == first and last == first else None
    if label is not None and title[0].text[0] == "附":
        form = FORM_RUN_IN.compiled.fullmatch(title[0].text, label.end())
        end = start + form.end("title") if form else end  # (a form's first field run in)
        return Heading(body[at], RANK_ANNEX, start + label.end(), end)  # 「附件」 run into it
    return Heading(body[at], RANK_ANNEX, start, end, "".join(ln.text for ln in title))


def _annex_heading(body: list[Line], i: int) -> Heading:
    """附件N and, on the next line, the annex's own title."""
    ln = body[i]
    end = ln.offset + len(ln.text)
    if i + 1 < len(body):
        nxt = body[i + 1]
        title_like = 0 < len(nxt.text) <= 60 and nxt.text[-1] not in NO_HEADING_END
        if title_like and numbered(nxt.text) is None:
            end = nxt.offset + len(nxt.text)
    return Heading(ln, RANK_ANNEX, ln.offset, end)


#: A comparison table's title (``header_tail._COMPARISON_TABLE``): its article cells are no
#: articles of the text.
_TABLE_TITLE_END = ("對照表", "对照表")


def drop_table_articles(found: list[Heading], article_rank: float) -> list[Heading]:
    """The articles quoted in the cells of a draft's 條文對照表 (「第十七條之一　本法第三十七條所稱…」
    under 「修　正　條　文」): table content (docs/gold-outline.md rule 5, batch 54's reading), up to
    the next annex. Round o43."""
    out: list[Heading] = []
    table = False
    for h in found:
        if h.rank == RANK_ANNEX:
            table = (h.text or h.line.text).endswith(_TABLE_TITLE_END)
        elif table and h.rank == article_rank:
            continue
        out.append(h)
    return out
