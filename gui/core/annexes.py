"""A 公文's annexes (GB/T 9704-2012 7.3.5, 8): the label that opens each (附件, 附件2, 附表1) and
the title under it. ``gui.core.header`` finds the titles; ``gui.core.outline`` heads the annex
sections with them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from gui.core.patterns import LazyPattern

_LABEL = r"(?:附\s*件|附\s*表|附\s*录|附\s*錄)\s*"
_NUMBER = r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[A-Z])"
_ANNEX_HEADING = LazyPattern(rf"{_LABEL}{_NUMBER}?\s*[:：]?")
# A label run into the title after it, as a reader joins a paragraph's lines (「附件」 /
# 「2022年度…汇总表」 → 「附件2022年度…汇总表」): the label's number never runs on in digits.
ANNEX_LABEL = LazyPattern(rf"{_LABEL}(?:{_NUMBER}(?![0-9０-９]))?\s*")


class _Line(Protocol):
    """A line of the head reader (``gui.core.head_lines.HeadLine``, not imported: it imports
    the outline, which imports this module)."""

    @property
    def index(self) -> int: ...

    @property
    def text(self) -> str: ...


def is_annex_heading(line: str) -> bool:
    """``附件`` / ``附件2`` / ``附表1`` / ``附录A`` standing alone: an annex starts here."""
    line = line.strip()
    return line[:1] == "附" and _ANNEX_HEADING.fullmatch(line) is not None


def fused_annex_titles(rest: Sequence[_Line]) -> list[int]:
    """Lines that are an annex's label and, run into it, a title that a 附件说明 above names
    (「附件：2022年度…汇总表」, 「附件：1．…」; the label's own line break lost): each heads its
    annex, without the label."""
    found = []
    for k, ln in enumerate(rest):
        m = ANNEX_LABEL.match(ln.text) if ln.text[:1] == "附" else None
        if m is None or m.end() == len(ln.text):
            continue
        above = "\n".join(_squeezed(x.text) for x in rest[:k])
        title = re.escape(_squeezed(ln.text[m.end() :]))
        number = r"[0-9０-９]{1,2}[.．、]"
        if re.search(rf"(?:附件[:：](?:{number})?|\n{number}){title}(?:\n|$)", above):
            found.append(ln.index)
    return found


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)
