"""Web pages nested deeper than libxml2 goes: flatten the markup, keep the text.

libxml2's HTML parser stops at 256 levels of nesting (2,048 with ``huge_tree``) and, in
recovery mode, silently drops everything below: a CMS template that wraps the article in 300
``<div>`` loses the article and the page reads as its title alone. When the parser reports
that limit, the markup is flattened here: tags that would open an element deeper than
:data:`MAX_DEPTH` are left out, with their matching end tags, and every character of text
is kept. The walk is one regular-expression pass over the tags, linear in the page.
"""

from __future__ import annotations

import re
from collections import Counter

#: Deepest nesting kept; a real article sits 10–40 levels deep.
MAX_DEPTH = 200

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)(?:\s[^>]*)?(/?)>")
_VOID = frozenset(
    "area base br col embed hr img input link meta source track wbr param keygen".split()
)
# Elements that HTML closes by itself when the next one opens (<p><p>, <li><li>).
_SELF_CLOSING_SIBLINGS = frozenset("p li dt dd option tr td th".split())


def is_too_deep(error_log) -> bool:
    """Whether an lxml parser's error log reports the nesting limit."""
    return any("Excessive depth" in entry.message for entry in error_log)


def flatten(markup: str, max_depth: int = MAX_DEPTH) -> str:
    """``markup`` without the tags that nest deeper than ``max_depth``; text untouched."""
    out: list[str] = []
    stack: list[str] = []
    dropped: Counter[str] = Counter()
    position = 0
    for match in _TAG.finditer(markup):
        closing, name, empty = match.group(1), match.group(2).lower(), match.group(3)
        keep = True
        if name in _VOID or empty:
            pass
        elif not closing:
            if name in _SELF_CLOSING_SIBLINGS and stack and stack[-1] == name:
                stack.pop()
            if len(stack) >= max_depth:
                keep = False
                dropped[name] += 1
            else:
                stack.append(name)
        elif dropped[name]:
            # Nesting closes innermost first: the end tags of the dropped (deepest)
            # elements come before those of the kept ones.
            keep = False
            dropped[name] -= 1
        elif name in stack:
            while stack.pop() != name:
                pass
        if not keep:
            out.append(markup[position : match.start()])
            position = match.end()
    out.append(markup[position:])
    return "".join(out)
