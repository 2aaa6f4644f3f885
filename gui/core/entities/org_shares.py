"""Organisation candidates in the language of shareholdings (market news, listing notices).

股份 is a company's suffix (中牧股份) and the word for "shares"; 控股 is a holding company's
suffix and the first half of 控股股东 "controlling shareholder"; 方 closes a party's word
(出让方 "the transferring party"). Read on the Simplified pivot, each a frame of the language:

- X股份 before a count of shares or 不 (减持魅视科技股份不超过1,434,321股, 持有的晶丰明源股份不
  参与…) is the shares of X: the company is X;
- a stem that holds a verb of owning or issuing (发行股份, 所持首发前股份, 间接持有公司) is a
  clause, no name;
- X控股 before 股东 is X's controlling shareholder: the company is X;
- a party word's 方 (出让方, 受让方, 交易对方, 甲方) is no part of the body named after it.
"""

from __future__ import annotations

import re

from gui.core.entities.names import MASK, Candidate

#: What follows 股份 when it means shares: a count (masked or in figures) or a negation.
_SHARE_COUNT = re.compile(f"[{MASK}0-9０-９不]")
#: Verbs of holding shares inside a candidate that ends in 股份 or 公司 (间接持有公司): a clause,
#: no name. Not 转让 (全国中小企业股份转让系统有限责任公司 is a company).
_HOLDING_VERB = re.compile("持有|所持|减持|增持")
#: Verbs of issuing shares before 股份 (向特定对象发行股份): a clause; before 公司 they may
#: name a trade (a 发行 company distributes books), so only before 股份.
_ISSUING_VERB = re.compile("发行|认购|增发")
#: The characters before 方 that make it a party's word (出让方, 交易对方, 甲方, 买方).
_PARTY_BEFORE = frozenset("让对甲乙丙买卖")


def _reshaped(masked: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of the body in the ORG candidate ``masked[s:e]``; None if it names none."""
    if masked[s : s + 1] == "方" and masked[s - 1 : s] in _PARTY_BEFORE:
        s += 1
    name = masked[s:e]
    stem = name[:-2]
    if name.endswith(("股份", "公司")) and _HOLDING_VERB.search(stem):
        return None
    if name.endswith("股份") and _ISSUING_VERB.search(stem):
        return None
    if name.endswith("股份") and _SHARE_COUNT.match(masked, e):
        e -= 2
    elif name.endswith("控股") and masked.startswith("股东", e):
        e -= 2
    return (s, e) if e - s >= 2 else None


def share_frames(masked: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the ORG spans of a shareholding frame cut to the body they name, and
    those that name none (发行股份) left out."""
    if "股" not in masked and "方" not in masked:
        return candidates
    out: list[Candidate] = []
    for c in candidates:
        s, e = c[0], c[1]
        if c[2] != "ORG" or not (
            masked[s : s + 1] == "方" or masked.endswith(("股份", "公司", "控股"), s, e)
        ):
            out.append(c)
            continue
        span = _reshaped(masked, s, e)
        if span is not None:
            out.append((span[0], span[1], *c[2:]) if span != (s, e) else c)
    return out
