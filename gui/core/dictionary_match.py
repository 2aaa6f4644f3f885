"""OpenCC's matching rule over one dictionary group, re-walked so that each converted piece
says how many characters it came from (gui/core/script.py builds the views' offset maps from
those pieces).

A group is a list of dictionaries ``(max key length, min key length, mapping)`` tried in
order; in each, the longest key wins, and for one length the leftmost position
(opencc-python-reimplemented's rule). Only Python: no OpenCC import, so it costs nothing until
a conversion is first needed.
"""

from __future__ import annotations


def char_translation(group) -> dict[int, str] | None:
    """A ``str.translate`` table equal to ``group`` when it maps single characters to single
    characters only; else None."""
    table: dict[int, str] = {}
    for max_len, min_len, mapping in group:
        if max_len != 1 or min_len != 1:
            return None
        for key, value in mapping.items():
            first = value.split(" ")[0]
            if len(first) != 1:
                return None
            table.setdefault(ord(key), first)
    return table


def group_triggers(group) -> tuple[frozenset[str], ...]:
    """Sets of characters a chunk must meet for ``group`` to change it; a chunk disjoint from
    any of them comes out of the group unchanged (keys that map to themselves change nothing,
    whatever they match). Two exact sets: the first characters of the keys that change their
    text; and, when every such longer key contains a one-character key (the variant tables,
    where a phrase is an exception for a character the group converts; t2s, whose phrases all
    hold a Traditional character), the one-character keys."""
    changing = [k for _, _, mapping in group for k, v in mapping.items() if v.split(" ")[0] != k]
    sets = [frozenset(k[0] for k in changing)]
    singles = frozenset(k for _, _, mapping in group for k in mapping if len(k) == 1)
    if all(not singles.isdisjoint(k) for k in changing):
        sets.append(singles)
    return tuple(sets)


def find_match(s: str, table: tuple[int, int, dict[str, str]], hint: int | None):
    """OpenCC's rule: the longest key first, and for one length the leftmost position.

    The same answer as trying every length at every position (the library's loop), found by
    looking only where a key can start: at a position whose two characters begin some key,
    and no longer than the longest such key. Over a report that is ~5x fewer lookups."""
    max_len, min_len, mapping = table
    n = len(s)
    test_len = min(n, max_len)
    if hint:
        test_len = min(test_len, hint)
    if test_len < min_len:
        return None, 0, 0
    best_len, best_i = 0, 0
    if test_len >= 2:
        starts = key_starts(mapping)
        for i in range(n - 1):
            longest = starts.get(s[i : i + 2])
            if longest is None:
                continue
            length = min(longest, n - i, test_len)
            while length > best_len:  # only a longer key beats a match further left
                if s[i : i + length] in mapping:
                    best_len, best_i = length, i
                    break
                length -= 1
            if best_len == test_len:
                break
    if best_len:
        return mapping[s[best_i : best_i + best_len]].split(" ")[0], best_i, best_len
    if min_len <= 1:
        for i, ch in enumerate(s):
            value = mapping.get(ch)
            if value is not None:
                return value.split(" ")[0], i, 1
    return None, 0, 0


#: Per dictionary: the first two characters of its keys of 2+ characters → the longest such key.
_STARTS: dict[int, tuple[dict[str, str], dict[str, int]]] = {}


def key_starts(mapping: dict[str, str]) -> dict[str, int]:
    """``mapping``'s first two characters of its keys of 2+ characters → the longest such key
    (made once per dictionary and kept)."""
    entry = _STARTS.get(id(mapping))
    if entry is None or entry[0] is not mapping:
        starts: dict[str, int] = {}
        for key in mapping:
            if len(key) >= 2 and len(key) > starts.get(key[:2], 0):
                starts[key[:2]] = len(key)
        entry = _STARTS[id(mapping)] = (mapping, starts)  # the mapping kept: ids are reused
    return entry[1]


def group_matches(s: str, group) -> list[tuple[str, str | None]]:
    """One dictionary group applied to ``s`` (tried in order; a match is final for the group),
    as ``(source piece, converted value or None)`` in reading order."""
    # Work items: (string, index of the dictionary to try, length hint). The result list keeps
    # reading order: each item expands in place into [left, match, right].
    result: list[tuple[str, str | None]] = []
    stack: list[tuple[str, int, int | None] | tuple[str, str]] = [(s, 0, None)]
    while stack:
        item = stack.pop()
        if len(item) == 2:
            result.append(item)  # a finished match
            continue
        piece, di, hint = item
        if not piece:
            continue
        if di >= len(group):
            result.append((piece, None))
            continue
        table = group[di]
        if table[0] == 1:  # a dictionary of single characters: one pass, same result
            if di + 1 < len(group):
                stack.extend(reversed(characters(piece, table[2], di + 1)))
            else:  # the group's last: every piece it makes is final, in reading order
                characters_final(piece, table[2], result)
            continue
        value, i, length = find_match(piece, table, hint)
        if value is None:
            stack.append((piece, di + 1, None))
            continue
        # Push in reverse so that the left part is processed (and emitted) first.
        stack.append((piece[i + length :], di, length))
        stack.append((piece[i : i + length], value))
        stack.append((piece[:i], di, length))
    return result


def convert_group(s: str, group) -> tuple[str, list[tuple[int, int]]]:
    """Apply one dictionary group; return the result and its ``(in_len, out_len)`` pieces."""
    out = []
    pieces = []
    for src, value in group_matches(s, group):
        if value is None:
            out.append(src)
            pieces.append((len(src), len(src)))
        else:
            out.append(value)
            pieces.append((len(src), len(value)))
    return "".join(out), pieces


def characters(piece: str, mapping: dict[str, str], next_di: int) -> list:
    """What the general loop makes of ``piece`` with a single-character dictionary (leftmost
    match, then the rest to its right): each mapped character is final, each run of unmapped
    ones goes on to the next dictionary."""
    items: list[tuple[str, int, None] | tuple[str, str]] = []
    run_start = 0
    for i, ch in enumerate(piece):
        value = mapping.get(ch)
        if value is not None:
            if run_start < i:
                items.append((piece[run_start:i], next_di, None))
            items.append((ch, value.split(" ")[0]))
            run_start = i + 1
    if run_start < len(piece):
        items.append((piece[run_start:], next_di, None))
    return items


def characters_final(
    piece: str, mapping: dict[str, str], result: list[tuple[str, str | None]]
) -> None:
    """:func:`characters` for the last dictionary of a group, straight into ``result``
    (Traditional text converts nearly every character: no work items for them)."""
    run_start = 0
    get = mapping.get
    for i, ch in enumerate(piece):
        value = get(ch)
        if value is not None:
            if run_start < i:
                result.append((piece[run_start:i], None))
            result.append((ch, value.split(" ")[0]))
            run_start = i + 1
    if run_start < len(piece):
        result.append((piece[run_start:], None))
