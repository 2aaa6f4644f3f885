"""Person names (PER): a surname and one or two characters next to a title (徐明轩教授,
记者王晓明, 省长 李建华), and the national leaders named in most work reports.

Works on the masked pivot, like :mod:`gui.core.entities.names`.
"""

from __future__ import annotations

import re
from functools import cache

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer, trie_pattern
from gui.core.entities.names import Candidate, is_cjk


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "title_after": re.compile(trie_pattern(lx.PERSON_TITLES_AFTER)),
        "title_before": re.compile(
            "(?:" + trie_pattern(lx.PERSON_TITLES_BEFORE) + ")[ \u3000]?(?=[\u4e00-\u9fff]{2,3})"
        ),
        "leaders": re.compile(trie_pattern(lx.LEADERS)),
        "speech": re.compile("表示|介绍|指出|强调|认为|透露|坦言|说道"),
    }


_NOT_IN_GIVEN_NAME = set(
    "级副总首常务名位个省市区县部局厅委会院所校企业司员长席的了和与及在是对为等各该本全其这那此"
    "目体品量产场地门料件制度策法规单表类型性化率额费税款价值数点线期批次项们向外内上下前后间边"
)
_BEFORE_NAME_OK = set("校院所系部科的了和与及由请是为对向同长任席授士员、，,。；（( \n\x00")
# Before a bare name + speech verb (王晓明表示) only punctuation will do.
_CLAUSE_START = set("、，,。；;：:（(“ \n\x00")


def _surname_len(name: str) -> int:
    if name[:2] in lx.COMPOUND_SURNAMES:
        return 2
    return 1 if name[:1] in lx.SURNAMES else 0


def _plausible_name(name: str) -> bool:
    k = _surname_len(name)
    if not all(is_cjk(ch) for ch in name):
        return False
    return k > 0 and len(name) - k in (1, 2) and not (set(name) & _NOT_IN_GIVEN_NAME)


def people(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """PER candidates in the masked pivot (place names are never people)."""
    out: list[Candidate] = []
    pats = _patterns()
    out += [(m.start(), m.end(), "PER", 3) for m in pats["leaders"].finditer(masked)]
    for m in pats["title_after"].finditer(masked):
        t = m.start()
        for k in (3, 2):
            name = masked[t - k : t] if t >= k else ""
            before = masked[t - k - 1 : t - k] if t - k > 0 else "\n"
            if name and _plausible_name(name) and before in _BEFORE_NAME_OK:
                if name not in gaz.places:
                    out.append((t - k, t, "PER", 5))
                break
    for m in pats["speech"].finditer(masked):
        t = m.start()
        for k in (3, 2):
            name = masked[t - k : t] if t >= k else ""
            before = masked[t - k - 1 : t - k] if t - k > 0 else "\n"
            if name and before in _CLAUSE_START and _plausible_name(name):
                if name not in gaz.places and not gaz.org_re.fullmatch(name):
                    out.append((t - k, t, "PER", 6))
                break
    right = tuple(lx.PERSON_RIGHT)
    for m in pats["title_before"].finditer(masked):
        e = m.end()
        for k in (3, 2):
            name = masked[e : e + k]
            after = masked[e + k : e + k + 3]
            if len(name) == k and _plausible_name(name):
                if not after or not ("\u4e00" <= after[0] <= "\u9fff") or after.startswith(right):
                    if name not in gaz.places:
                        out.append((e, e + k, "PER", 5))
                    break
    return out
