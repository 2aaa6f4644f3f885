"""A 公文's 成文日期 in a web page's form beside its 落款 (round 19): the signature, an
organisation's name alone on its line, then the date as the page printed it — 「2025-12-03」,
「2025-12-03 10:21」, 「2025.12.03」, 「2025/12/3」, 「2025年12月3日 10:21」 or in brackets
「（2025年12月3日）」 — where GB/T 9704 prints 「2025年12月3日」 (read by ``gui.core.header``).
The date line may be furniture (a web stamp): the text under the signature is read as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from gui.core.document import HeaderField
from gui.core.head_lines import HeadLine
from gui.core.patterns import HAN, ORG_END, LazyPattern

_PAGE_DATE = LazyPattern(
    r"[（(]?\s*(?P<date>(?:19|20)\d{2}\s*(?:[-./／]\s*\d{1,2}\s*[-./／]\s*\d{1,2}"
    r"|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[）)]?"
)
_SIGNER = LazyPattern(rf"(?:{HAN}|[、 \u3000（）()]){{2,40}}")
# The line under the signature's, blank lines skipped.
_NEXT_LINE = LazyPattern(r"\n*([^\n]*)")
#: The signature stands this near the end of the text before the annexes.
_TAIL = 12


def read_page_date(
    text: str, rest: Sequence[HeadLine], fields: dict[str, HeaderField]
) -> int | None:
    """Sets ``date`` (and ``signature``) from a signature over a page-form date among the last
    lines of ``rest`` (the text after the title, before its annexes); returns the signature's
    line number, None when there is none."""
    for ln in reversed(rest[-_TAIL:]):
        name = ln.text.strip()
        if not (_SIGNER.fullmatch(name) and ORG_END.search(name.split()[-1])):
            continue
        below = _NEXT_LINE.match(text, ln.end)  # (no copy of the rest of the text)
        assert below is not None
        m = _PAGE_DATE.fullmatch(below[1].strip())
        if m is None:
            continue
        at = below.start(1) + below[1].index(m["date"])
        fields["date"] = HeaderField(m["date"], at, at + len(m["date"]))
        fields.setdefault("signature", HeaderField(name, ln.start, ln.start + len(name)))
        return ln.index
    return None
