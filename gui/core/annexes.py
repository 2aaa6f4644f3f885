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
        after = ln.text[m.end() :]
        form = FORM_RUN_IN.fullmatch(after)
        number = r"[0-9０-９]{1,2}[.．、]"
        for title in (after, form["title"] if form else None):
            named = title and re.escape(_squeezed(title))
            if named and re.search(rf"(?:附件[:：](?:{number})?|\n{number}){named}(?:\n|$)", above):
                found.append(ln.index)
                break
    return found


#: A form's title with its first field run in after it, the label's line breaks lost
#: (「附件充电运营商自查表充电运营商名称（盖章）：」 → the title 「充电运营商自查表」, then the field
#: 「充电运营商名称（盖章）：」): a title ending in the form's word, a field's label and a colon.
FORM_RUN_IN = LazyPattern(
    r"(?P<title>[^：:，,。]{2,40}?(?:表|单|單|书|書))(?P<field>[^：:，,。表]{2,20}[：:])"
)


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


# The date closing a 印发 notice (its 成文日期, after the letter's last sentence and the issuer's
# signature if it has one), then the title
# of the document it issues, then that document's text — one line where a reader joined the
# page's lines (「…认真贯彻执行。2025年9月18日上海市城市体检促进城市更新的工作指引为深入贯彻…」).
_DATE_AFTER_STOP = LazyPattern(
    r"[。！）)]\s*(?:[^\W\d_a-zA-Z]{2,30}?\s*)?(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*"
    r"[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*"
)
_NAMED = re.compile(r"《([^《》\n]{4,60})》")
#: The notice naming the document is this close above its date (a letter's few sentences),
#: or among the page's first characters (its title: 「关于印发《…》的函」).
_NOTICE_CHARS = 2000
_HEAD_CHARS = 300


def issued_title(text: str, start: int, line: str) -> tuple[int, int] | None:
    """Where in ``line`` (at ``start`` of ``text``) the title of the document a 印发 notice
    issues stands, right after the notice's date — on the line, its letter's last sentence
    (and the signature) before it, or at the line's start under a line ending in the date —
    when the notice names that title in 《》 above the date (its own title or its letter);
    else None. The title may run on into the document's text. (The caller looks only where
    the text holds a 《 at all.)"""
    dates = [m.end() for m in _DATE_AFTER_STOP.finditer(line)] if "年" in line else []
    if start > 0 and _DATE_ENDING.compiled.search(text, max(0, start - 40), start):
        dates.insert(0, 0)
    for at in dates:
        above = text[max(0, start + at - _NOTICE_CHARS) : start + at] + "\n" + text[:_HEAD_CHARS]
        rest = line[at:]
        for name in sorted(set(_NAMED.findall(above)), key=len, reverse=True):
            if rest.startswith(name):
                return at, at + len(name)
    return None


_DATE_ENDING = LazyPattern(
    r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$"
)


_LISTED = LazyPattern(rf"{_LABEL}(?P<n>[0-9０-９]{{1,2}})\s*[:：]\s*\S")


def in_annex_list(texts: Sequence[str], i: int) -> bool:
    """Whether ``texts[i]`` is an item of a 附件说明 set one annex a line — 「附件1：…报备表」 over
    「附件2：…承诺书」, the numbers counting on with no text between — the list of what the
    notice carries, not the annexes themselves (gold rule 7: a header element)."""

    def number(k: int) -> int | None:
        if not 0 <= k < len(texts) or texts[k][:1] != "附":
            return None
        m = _LISTED.match(texts[k])
        return int(m["n"]) if m is not None and m["n"].isascii() else None

    n = number(i)
    return n is not None and (number(i - 1) == n - 1 or number(i + 1) == n + 1)
