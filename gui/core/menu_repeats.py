"""A site's menu printed again (session 23): a page sets its menus — the categories of a news
site, a breadcrumb, a column list — in its head and again in a side bar or its foot, and a
scraper keeps both copies. Where the first copy is chrome (its words, or the format's markup,
told so), the lines that repeat it in order are chrome too, wherever they stand.

眾新聞's front page (batch 35) sets its category menu 「眾聞」 / 「新聞類別」 / 「眾聞」 / 「經濟」 /
「社會」 / … under each card; the reader's markup marks the first copy. Only short lines count
(menu items, ``_MAX_ITEM_CHARS``), three or more in a row, never a numbered line: a title block a
page prints twice (the later copy the document's own, ``reading._title_copy``) or a table of
contents over the headings it lists is no menu.
"""

from __future__ import annotations

from gui.core.document import Furniture
from gui.core.head_lines import looks_numbered

#: A menu's item is this short at most (「新聞類別」, 「政府信息公开」, 「>」).
_MAX_ITEM_CHARS = 10
#: A repeat is this many lines in a row at least.
_MIN_REPEAT = 3
#: Where one line's words stand in the chrome runs, this many places are tried.
_MAX_PLACES = 4
#: A long line's row (one shared tuple: a large report's paragraphs cost a list slot each).
_BREAK = (-1, "", False)


def repeated_menu_lines(
    text: str, furniture: tuple[Furniture, ...], body_end: int
) -> frozenset[int]:
    """The 0-based numbers of the lines before ``body_end`` that repeat, three or more in a
    row, a run of short chrome lines: a menu printed again."""
    chrome = sorted((f.start, f.end) for f in furniture if f.kind == "chrome")
    if not _has_menu(text, chrome):
        return frozenset()
    # (non-blank lines; a long one kept as a break only, its text never copied)
    rows: list[tuple[int, str, bool]] = []  # (line number, stripped text, chrome)
    at, start, number = 0, 0, 0
    while start < body_end:
        stop = text.find("\n", start, body_end)
        stop = body_end if stop < 0 else stop
        if stop - start > 4 * _MAX_ITEM_CHARS:  # (a long line: a break, never an item)
            rows.append(_BREAK)
        elif line := text[start:stop].strip():
            begin = text.index(line, start)
            end = begin + len(line)
            while at < len(chrome) and chrome[at][1] < end:
                at += 1
            covered = any(a <= begin and end <= b for a, b in chrome[max(0, at - 1) : at + 1])
            rows.append((number, line if len(line) <= _MAX_ITEM_CHARS else "", covered))
        start, number = stop + 1, number + 1
    places: dict[str, list[int]] = {}  # a short chrome line's words -> its places in ``rows``
    for i, (_, line, covered) in enumerate(rows):
        if covered and _is_item(line):
            spots = places.setdefault(line, [])
            if len(spots) < _MAX_PLACES:
                spots.append(i)
    marked: set[int] = set()
    i = 0
    while i < len(rows):
        best = 0
        if not rows[i][2] and _is_item(rows[i][1]):
            for k in places.get(rows[i][1], ()):
                if k >= i:
                    continue
                n = 0
                while (
                    i + n < len(rows)
                    and k + n < i
                    and rows[k + n][2]
                    and rows[i + n][1] == rows[k + n][1]
                    and _is_item(rows[i + n][1])
                ):
                    n += 1
                best = max(best, n)
        if best >= _MIN_REPEAT:
            marked.update(rows[j][0] for j in range(i, i + best) if not rows[j][2])
            i += best
        else:
            i += 1
    return frozenset(marked)


def _is_item(line: str) -> bool:
    return 0 < len(line) <= _MAX_ITEM_CHARS and not looks_numbered(line)


def _has_menu(text: str, chrome: list[tuple[int, int]]) -> bool:
    """Whether the chrome holds a menu at all: ``_MIN_REPEAT`` short lines in a row (read from
    the chrome's spans alone: most reports have none, and the lines are then never walked)."""
    run, end = 0, -1
    for start, stop in chrome:
        lines = [ln.strip() for ln in text[start:stop].split("\n")] if stop - start < 400 else []
        apart = end < 0 or start - end > 8 or bool(text[end:start].strip())
        if not lines or apart:
            run = 0  # (text between two chrome spans, or a long span: a run ends)
        for line in lines:
            run = run + 1 if _is_item(line) else 0
            if run >= _MIN_REPEAT:
                return True
        end = stop
    return False
