"""Companies and bodies written in Latin letters inside Chinese text, with no Chinese name
beside them (Lenovo於IFA展期間…, 表示，OneWeb原先…, 志願組織London Play): the names Taiwan and
Hong Kong news keeps in the original. The ideographs around a Latin name give no suffix to
read, so two frames of the sentence name it: a company's act after a mixed-case name (推出,
宣布, 签署 …: products and acronyms such as ThinkPad, GDP or AI do not act), and a kind of body
right before it (业者, 组织, 公司 …: an apposition). Every further occurrence of a name found so
is tagged by the recogniser's repeat stage."""

from __future__ import annotations

import re

from gui.core.entities.names import Candidate
from gui.core.patterns import trie_pattern

#: A Latin name: capitalised words joined by single spaces (OneWeb, London Play, SpaceX).
_RUN = re.compile(r"[A-Z][A-Za-z0-9&]*(?: [A-Z][A-Za-z0-9&]*)*")
#: A company's acts right after its name (Simplified pivot): launching, announcing, signing,
#: and the adverbs of time that open such a clause (还, 此次, 原先, 未来, 将).
_ACTS = re.compile(
    "(?:推出|发布|发表|宣布|宣告|签署|签订|携手|投资|收购|于|还|此次|原先|未来|将|已经|也已)"
)
#: Kinds of body right before a name, which the name is an instance of (低轨卫星业者OneWeb).
_KINDS = ("业者", "组织", "公司", "企业", "厂商", "机构", "集团", "品牌")
#: What a person's Latin name looks like: two or more plain capitalised words (Kevin Rudd).
_PERSON_LIKE = re.compile(r"[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+)+")


#: A company's legal form written after its Latin name (Airway Shield S.L., Onkos Diagnósticos
#: Moleculares LTDA, Acme Holdings Ltd.; Aristo Market Research & Consulting Company Limited: the
#: words may be joined by &, and, of, for): the name of a company whatever the sentence says.
_LEGAL = re.compile(
    r"[A-Z][A-Za-z\u00c0-\u00ff0-9&'\-]*(?: (?:(?:&|and|of|for) )?[A-Z][A-Za-z\u00c0-\u00ff0-9&'\-]*)*"
    r" (?:S\.L\.|S\.A\.|S\.p\.A\.|S\.R\.L\.|B\.V\.|N\.V\.|LTDA|Ltda\.?|Lda\.?|GmbH|AG|LLC|plc|PLC"
    r"|Co\., Ltd\.?|Co\.,Ltd\.?|Pte\. Ltd\.?|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation)(?![A-Za-z])"
)
#: An acronym right before the head of a body is that body's name (ASF行政委员会, IBM公司).
_ACRONYM_BODY = re.compile(
    "[A-Z]{2,6}(?:行政委员会|执行委员会|委员会|理事会|协会|基金会|集团|公司|银行)"
)

#: A stock's short name behind the exchanges' mark of risk (*ST创兴, ST华微): the mark is part of
#: the name the market trades it under; the name behind it is two characters.
_MARKED_STOCK = re.compile("ST[\u4e00-\u9fff]{2}")  # a literal first: a fast scan
#: Words of the market after the mark name a kind of stock, not one (ST/*ST公司, ST股, ST板块).
_MARKET_WORDS = ("公司", "企业", "股", "个股", "板块", "概念", "风险", "类", "制度", "帽")


def _latin(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "-_./@")


def latin_orgs(masked: str) -> list[Candidate]:
    """Latin names of companies and bodies in a sentence frame that names them."""
    out: list[Candidate] = []
    for pattern in (_LEGAL, _ACRONYM_BODY):
        for m in pattern.finditer(masked):
            if not (m.start() and _latin(masked[m.start() - 1])):
                out.append((m.start(), m.end(), "ORG", 0))
    for m in _MARKED_STOCK.finditer(masked) if "ST" in masked else ():
        s, e = m.span()
        if masked[s - 1 : s] == "*":
            s -= 1  # *ST: the mark of delisting risk
        if not (s and _latin(masked[s - 1])) and not masked.startswith(_MARKET_WORDS, e - 2):
            out.append((s, e, "ORG", 0))
    for m in _RUN.finditer(masked):
        s, e = m.span()
        if e - s < 2 or (s and _latin(masked[s - 1])) or (e < len(masked) and _latin(masked[e])):
            continue  # inside a longer Latin word, an address, a number
        name = m.group()
        if masked[s - 2 : s] in _KINDS:
            out.append((s, e, "ORG", 0))
            continue
        if not any(c.islower() for c in name) or (s and masked[s - 1] in "（("):
            continue  # acronyms (GDP, AI, CVD) also name things; a gloss is read elsewhere
        if _PERSON_LIKE.fullmatch(name) or len(name) < 3:
            continue
        if _ACTS.match(masked, e):
            out.append((s, e, "ORG", 0))
    return out


_JOINS = frozenset("与和及、／")


def _run_at(masked: str, s: int) -> int:
    """The end of the Latin name that starts at ``s`` (0 if none stands there)."""
    m = _RUN.match(masked, s)
    if not m or m.end() - s < 2 or (m.end() < len(masked) and _latin(masked[m.end()])):
        return 0
    return m.end()


def paired_latin_orgs(masked: str, spans: list, taken: bytearray) -> list[Candidate]:
    """A Latin name joined by 与, 和, 及, 、 or ／ to an organisation found is one too (Lenovo与Intel
    的密切合作, 復星／BioNTech疫苗): like with like, as in the 、-lists of :mod:`org_lists`; so is every further
    occurrence of that name standing as a word of its own."""
    names = set()
    for _s, e, t in spans:
        if t == "ORG" and masked[e : e + 1] in _JOINS:
            end = _run_at(masked, e + 1)
            if (
                end
                and not any(taken[e + 1 : end])
                and any(c.islower() for c in masked[e + 1 : end])
            ):
                names.add(masked[e + 1 : end])
    out: list[Candidate] = []
    if not names:
        return out
    # One pass over the text for all of them (a long list of pairs would be one pass each).
    for m in re.finditer(trie_pattern(names), masked):
        s, e = m.span()
        if (s and _latin(masked[s - 1])) or (e < len(masked) and _latin(masked[e])):
            continue
        if not any(taken[s:e]):
            out.append((s, e, "ORG", 0))
    return out
