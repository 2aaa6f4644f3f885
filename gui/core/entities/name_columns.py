"""People in the name columns of lists (PER): a 公文's group of members and a roll of candidates.

A notice that sets up a leading group, a roll of honour or a list of candidates writes one person
to a line: the name, often padded to three characters' width (冯 镭, 李 震), then the body or party
the person comes from in brackets (李红樱（市发改局）, 梁嘉善（公民黨）); the group's posts stand as
labels before the first name of each post (组 长：李文钢, 副组长：冯 镭, 成 员：巫振江（市府办）), and
the names of a post after its first stand alone on the next lines (沈 慧). No word around such a
name says "person": the column does. So a line is read as a name only in a column:

- a line of a name and a bracket is one where another such line stands within a few lines;
- a line of a post's label, a colon and a name (the label a post or a form's field for a person:
  …长, …员, …人, 姓名, 主任) is one by its label;
- a line of a name alone is one right after a line of either kind (the next name of the post).

Each name is a surname and one or two given-name characters that the statistics do not refuse
(the floor of a list's members), with the padding spaces inside the span as the text has them.
"""

from __future__ import annotations

import re
from functools import cache

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.given_names import plausible_name
from gui.core.entities.names import Candidate

_FLOOR = -4.0
_PAD = "[ \u3000]"
# Another name-and-bracket line within this many characters makes a column.
_NEAR = 120


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    surnames = "".join(sorted(lx.SURNAMES))
    name = f"[{surnames}](?:{_PAD}{{0,2}}[\u4e00-\u9fff]){{1,2}}"
    bracketed = re.compile(f"(?m)^({name}){_PAD}*[（(][^）)\n]{{2,20}}[）)]{_PAD}*$")
    labelled = re.compile(
        # (the line may open with an item's number: 一、技師姓名：楊明富)
        f"(?m)^(?:[一二三四五六七八九十]{{1,3}}、|\\d{{1,2}}[.、．])?"
        f"((?:[\u4e00-\u9fff]{_PAD}{{0,2}}){{1,4}})[：:]{_PAD}*({name})"
        f"(?={_PAD}*(?:$|[（(]|{_PAD}))"
    )
    alone = re.compile(f"(?m)^({name}){_PAD}*$")
    return bracketed, labelled, alone


# The posts of a group and the fields of a form that a person fills (组长, 成员, 联系人, 姓名, 主任).
_PERSON_LABEL = re.compile("(?:.*(?:长|员|人)|.{0,3}姓名|.?主任)")


def _name(masked: str, s: int, e: int, gaz: Gazetteer) -> bool:
    name = masked[s:e].replace(" ", "").replace("\u3000", "")
    return plausible_name(name, gaz, _FLOOR) and not gaz.org_re.match(name)


def column_names(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The names of a list's name column (see the module's docstring)."""
    bracketed, labelled, alone = _patterns()
    lines: list[tuple[int, int]] = []  # the spans of the name lines found, by their line's start
    marked = [m for m in bracketed.finditer(masked) if _name(masked, *m.span(1), gaz)]
    for i, m in enumerate(marked):
        near = (i and m.start() - marked[i - 1].end() <= _NEAR) or (
            i + 1 < len(marked) and marked[i + 1].start() - m.end() <= _NEAR
        )
        if near:
            lines.append(m.span(1))
    if "：" in masked or ":" in masked:
        for m in labelled.finditer(masked):
            label = re.sub(_PAD, "", m.group(1))
            if _PERSON_LABEL.fullmatch(label) and _name(masked, *m.span(2), gaz):
                lines.append(m.span(2))
    if not lines:
        return []
    heads = {masked.rfind("\n", 0, s) + 1: (s, e) for s, e in lines}
    out = [(s, e, "PER", 7) for s, e in lines]
    for m in alone.finditer(masked):
        # The line before holds a name of the column (not necessarily its first character).
        prev = masked.rfind("\n", 0, m.start() - 1) + 1
        if m.start() and prev in heads and _name(masked, *m.span(1), gaz):
            heads[m.start()] = m.span(1)
            out.append((*m.span(1), "PER", 7))
    return out
