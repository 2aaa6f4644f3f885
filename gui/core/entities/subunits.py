"""A body's own unit written right after it is one body with it (the right edge of an ORG).

Chinese names a unit by its parent and its own name, with no mark between: 中国科学院东北地理与
农业生态研究所 (an institute of the Academy), 澳门特别行政区政府经济财政司 (a secretariat of the
government), 民政局生命事业科 (a section of a bureau), 环湖医院天塔院区 (a hospital's campus),
南开医院中西医结合临床中心 (a hospital's clinical centre). The gold of every dev batch marks such a
name whole; the recogniser found the parent alone (its known name or suffix) and either nothing
after it or the unit's head alone (临床中心).

The pattern is the parent's kind and the unit words that kind has: an academy or university has
institutes, schools and departments; a government has its secretariats, bureaux and offices; a
bureau has sections and divisions; a hospital has campuses, centres and clinical departments. Between the parent and
the unit word stand one to twelve name characters — never a function word at the start (科学院与
清华大学 are two bodies), never punctuation, never another body or a person.
"""

from __future__ import annotations

import re
from functools import cache

from gui.core.entities import lexicon as lx
from gui.core.entities import org_starts
from gui.core.entities.gazetteer import trie_pattern

Span = tuple[int, int, str]

# parent's last characters → the unit words such a parent has (longest first in the pattern).
_UNITS_OF = {
    ("科学院", "研究院", "工程院", "大学", "学院"): (
        "研究所",
        "研究中心",
        "研究院",
        "学院",
        "学系",
        "系",
    ),
    ("政府",): ("司", "局", "厅", "办公厅", "办公室", "委员会"),
    # … and its board (澳门金融管理局行政管理委员会, 安哥拉保险规范及监察局行政委员会).
    ("局", "署", "厅"): ("科", "处", "分局", "总队", "支队", "大队", "室"),  # 公安局交通管理总队
    # A bureau's or an agency's own centres, service stations and offices (卫生局急救培训中心,
    # 司法警察局反诈骗协调中心, 移民署台北市服务站; a bare 站 is left out: it cost a span on the
    # validation batches).
    ("局", "署"): ("中心", "服务站", "所"),
    # A force's, a school's or an army's guard of honour and band (治安警察局护旗队,
    # 澳门大学国旗仪仗队, 中国人民解放军仪仗队, 空军官校军乐队).
    ("局", "大学", "学校", "官校", "解放军", "部队"): ("仪仗队", "护旗队", "银乐队", "军乐队"),
    # Hong Kong's and Macau's forces and departments in 处 have their centres (警务处反诈骗协调中心).
    ("处",): ("中心", "科", "室"),
    # A liaison or commissioner's office has departments (联络办公室教育和青年部, 公署政策研究室).
    ("联络办公室", "公署"): ("部", "处", "室"),
    # A centre's, committee's or forum's secretariat (…经济贸易服务中心秘书处).
    ("中心", "委员会", "论坛", "组织"): ("秘书处",),
    # An international organisation's council (上海合作组织成员国元首理事会; an association's
    # 新一届理事会 is its term's council, no body of its own in the gold).
    ("组织",): ("理事会",),
    # A regulator's board (澳门金融管理局行政管理委员会, 安哥拉保险规范及监察局行政委员会).
    ("管理局", "监察局", "监管局"): ("行政委员会", "行政管理委员会"),
    # A bank's or a company's branches and a bank's head office in a city (…股份有限公司深圳龙华支行,
    # 中国银行澳门分行, 国家开发银行北京总行).
    ("银行", "公司"): ("分行", "支行", "分公司", "营业部", "总行"),
    # A hospital's clinical departments are named by their branch of medicine (胸外科, 心胸外科).
    ("医院", "医学中心"): ("院区", "分院", "临床中心", "医学中心", "外科", "内科", "科"),
    # A leading group or a headquarters for one task works through its office
    # (领导小组办公室设在生态环境部, 指挥部办公室).
    ("领导小组", "指挥部", "联席会议"): ("办公室",),
    # An exchange's committees (北京证券交易所上市委员会, …并购重组委员会).
    ("交易所",): ("委员会",),
    # A political organisation's executive organ (巴勒斯坦解放组织执行委员会).
    ("组织", "联盟", "同盟"): ("执行委员会",),
    # A company's board is one body with it (金叶集团董事局, 海尔集团监事会: the guideline's board).
    ("集团", "公司", "银行", "控股", "股份"): ("董事局", "董事会", "监事会"),
    # A department's staff associations (香港入境事务处人员协会, 香港入境处员佐级总会).
    ("处", "署"): ("员协会", "员工会", "员总会", "级协会", "级工会", "级总会"),
    # The national federation of a profession's or a trade's associations is named by them
    # (中华民国护理师护士公会全国联合会, 中华民国律师公会全国联合会: Taiwan's public register).
    ("公会",): ("联合会",),
    # A university's students' union and its organs, and its alumni association, right after it
    # with no name between, the university by its full or its short name (港大学生会, 城大学生会编委会,
    # 中文大学学生会干事会, 港大校友会): the Hong Kong and Taiwan press names them so.
    ("大学", "学院", "书院", "大"): (
        "学生会干事会",
        "学生会评议会",
        "学生会编委会",
        "学生会",
        "编委会",
        "校友会",
    ),
    # Any body, a company too, may have its research institute (隆源农业东北黑土地保护研究院).
    (): ("研究院", "研究所"),
}
# Characters that never open the unit's own name: conjunctions, prepositions, verbs of the
# genre and demonstratives (科学院与…, 政府和…, 局将…, 医院在…).
_NO_START = frozenset("副与和及或同跟在对向为由把被将已于是的等各每该本其这那之以而也都就还又")
# Characters never inside a unit's name: function characters (至 "to": 食环署转介至食安中心) and the
# marks of a clause.
_NAME = "[^\\W\\d的了在是对为把被从向于至等各每这那其之以而也都就还又将已、，。；：]"


def _pattern(units: tuple[str, ...]) -> re.Pattern[str]:
    heads = "|".join(sorted(units, key=len, reverse=True))
    # A board, a guard of honour or a band may follow its body with no name of its own.
    least = (
        0
        if all(
            u.startswith(("行政", "执行", "董事", "监事"))
            or u.endswith(("队", "学生会", "干事会", "评议会", "编委会", "校友会"))
            for u in units
        )
        else 1
    )
    if units == ("办公室",):  # the office right after its group, nothing between (下设办公室)
        return re.compile(f"(?P<head>{heads})")
    return re.compile(f"{_NAME}{{{least},12}}?(?P<head>{heads})")


_PATTERNS = [(tails, _pattern(units)) for tails, units in _UNITS_OF.items()]
# An army's formations: a numbered division, brigade or regiment (新四军二师, 八路军一二九师) and
# its garrison of a place (中国人民解放军驻香港部队); the unit's number or place is its name.
# 一团 before 糟, 乱, 和 or 火 is "a mess", "a flurry" (国军一团糟), no regiment.
_PATTERNS.append(
    (
        ("军",),
        re.compile(
            "(?P<head>(?!一团[糟乱和火])[一二三四五六七八九十百零〇]{1,4}(?:师|旅|团|纵队)"
            "|驻[^\\W\\d]{1,4}部队)"
        ),
    )
)


# Verbs of founding and joint work between a body and an institute it set up (西南交通大学共建
# 产业技术研究院: the university co-founded the institute, which is no unit of it), and of one body
# directing another (委客运处指导市道运中心: the division guides the centre, no unit of its own).
_FOUNDING = re.compile(
    "共建|联建|合建|合办|筹建|组建|新建|成立|设立|牵头|依托|联合|携手|合作|指导|督促|会同|协助|配合"
)


def _unit_after(pivot: str, s: int, e: int) -> int:
    """Where the unit written right after the body ``pivot[s:e]`` ends (0 if none)."""
    name = pivot[s:e]
    if pivot[e : e + 1] in _NO_START or _FOUNDING.match(pivot, e):
        return 0
    for tails, pattern in _PATTERNS:
        if name.endswith(tails) if tails else len(name) >= 4:
            m = pattern.match(pivot, e)
            # A unit word of two characters or more is a word of its own (…研究院内); one
            # character needs the next one to end it (依法处理 is no 处).
            if m and (len(m.group("head")) >= 2 or _ends_word(pivot, m.end())):
                if pivot[m.end() : m.end() + 1] == "长" and name.endswith(m.group("head")):
                    return 0  # 水上分局|曾文勇分局长: the unit's word + 长 is its head's title
                return m.end()
    return 0


_CAMPUS = re.compile("[（(][\u4e00-\u9fff]{2,4}[）)]")


def _campus_after(pivot: str, s: int, e: int, following: Span) -> int:
    """A university's campus city in brackets is part of its name (中国地质大学（武汉））: the
    bracket holds one place and nothing else."""
    if not pivot.endswith(("大学", "学院"), s, e):
        return 0
    m = _CAMPUS.match(pivot, e)
    if m and following == (e + 1, m.end() - 1, "LOC"):
        return m.end()
    return 0


# After the unit word: the clause goes on (的, 和, a mark) or a title follows (生命事业科长陈龙政,
# 经济财政司司长, 研究所研究员, 交流合作处副处长); anything else makes the word part of another (依法处理, 科技,
# 系统: no unit).
_AFTER_UNIT = frozenset("长的和与及等在将已于是副代")


def _ends_word(pivot: str, end: int) -> bool:
    nxt = pivot[end : end + 1]
    if not nxt or not "\u4e00" <= nxt <= "\u9fff" or nxt in _AFTER_UNIT:
        return True
    return pivot[end : end + 2] == pivot[end - 1] + "长" or bool(_titles().match(pivot, end))


@cache
def _titles() -> re.Pattern[str]:
    return re.compile(trie_pattern(set(lx.PERSON_TITLES_AFTER) | set(lx.PERSON_TITLES_BEFORE)))


def join_units(pivot: str, spans: list[Span]) -> list[Span]:
    """``spans`` (sorted, not overlapping) with each body joined to the unit written right after
    it. The stretch of the unit may hold places (东北) and the unit's head found alone
    (临床中心), nothing else. A unit met once is the same unit wherever its full name recurs
    (…研究所研究员 … …研究所特别研究助理)."""
    spans = org_starts.external_starts(pivot, spans)  # a name cut inside 对外 gets its start back
    spans = org_starts.department_sites(pivot, spans)  # 本府|都市发展局|永华市政中心
    spans = org_starts.bilateral_names(pivot, spans)  # 中国—东盟中心
    first, joined = _join(pivot, spans, set())
    return _join(pivot, spans, joined)[0] if joined else first


def _join(pivot: str, spans: list[Span], known: set[str]) -> tuple[list[Span], set[str]]:
    out: list[Span] = []
    joined: set[str] = set()
    i = 0
    while i < len(spans):
        span = spans[i]
        s, e, t = span
        i += 1
        end = _unit_after(pivot, s, e) if t == "ORG" else 0
        if not end and t == "ORG" and i < len(spans):
            end = _campus_after(pivot, s, e, spans[i])
        if not end and t == "ORG" and known:
            longer = [len(n) for n in known if len(n) > e - s and pivot.startswith(n, s)]
            end = s + max(longer) if longer else 0
        if end:
            j = i
            while j < len(spans) and spans[j][0] < end:
                s2, e2, t2 = spans[j]
                if e2 > end or t2 not in ("LOC", "ORG") or (e2 == end) != (t2 == "ORG"):
                    # a person, a date or a longer name sits in the stretch, or the unit is a
                    # place itself (都市发展局|永华市政中心: the city hall's branch office)
                    end = 0
                    break
                j += 1
            if end:
                i = j
                e = end
                joined.add(pivot[s:e])
        out.append(span if e == span[1] else (s, e, t))  # a span unchanged stays the same tuple
    return out, joined
