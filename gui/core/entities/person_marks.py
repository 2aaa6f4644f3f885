"""Person names marked by what stands around them rather than by a title (PER), on the masked
pivot like :mod:`gui.core.entities.people`: a pseudonym marked as one (易晶（化名）表示), a
research team named by its leader after the institution (南京邮电大学王健团队), and the
neighbours of a person in a 、-list (李墨轩、王子涵)."""

from __future__ import annotations

import re
from functools import cache

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.given_names import FLOOR_SHORT_TITLED, FLOOR_TITLED, plausible_name
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.names import Candidate
from gui.core.entities.people import CLAUSE_START
from gui.core.entities.person_forms import dotted_neighbour
from gui.core.entities.speaker_turns import office_names, speaker_turns
from gui.core.entities.titled_names import after_title


def members_of_bodies(masked: str, candidates: list, gaz: Gazetteer) -> list[Candidate]:
    """A full name opening a clause before 是 and a body (李克东是隆源农业服务有限公司农机手):
    news features present the people they quote by the body they work for. The body is a
    candidate of its own (a suffix or a known name), so the clause reads person–is–member."""
    out: list[Candidate] = []
    starts = {c[0] for c in candidates if c[2] == "ORG" and c[1] - c[0] >= 4}
    for b in starts:
        if masked[b - 1 : b] != "是" or b < 5:
            continue
        s = b - 4
        name = masked[s : b - 1]
        if (s == 0 or masked[s - 1] in CLAUSE_START) and plausible_name(name, gaz, 0.0):
            out.append((s, b - 1, "PER", 6))
    # A member named right after the party or body he stands for, closed by a mark (民协何启明；
    # 人民力量陈志全；): lists of candidates and of the accused name people so.
    for e in {c[1] for c in candidates if c[2] == "ORG" and c[1] - c[0] >= 3}:
        name = masked[e : e + 3]
        if masked[e + 3 : e + 4] in _MEMBER_CLOSE and plausible_name(name, gaz, 0.0):
            if not after_title(masked, e + 3):
                out.append((e, e + 3, "PER", 6))
    return out


_MEMBER_CLOSE = frozenset("；，、。\n")


_PSEUDONYM = re.compile("[（(]化名[）)]")
_TEAM = re.compile("团队|课题组")
# The ends of an institution before its team leader's name (大学王健团队, 研究所李明课题组).
_AFFILIATION_ENDS = frozenset(("大学", "学院", "究所", "究院", "医院", "验室", "科院", "程院"))


# 公文 that set up a body list its members one to a line: the post's label, the name, a space
# and the post (总指挥：张小宏 副市长; 裴 晓 市住房城乡建设管理委副主任). A two-character name is
# often spaced out to the width of three (裴 晓): one span with its space.
_MEMBER_LINE = re.compile(
    r"(?m)^(?:[ \u3000]*[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,14}[：:])?[ \u3000]*"
    r"([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]|[\u4e00-\u9fff]{2}))[ \u3000]+(\S{2,30})$"
)


@cache
def _post_ends() -> tuple[str, ...]:
    # 党组成员, 部务会议成员: a seat on a body's leading group is a post too.
    posts = set(lx.PERSON_TITLES_AFTER) | set(lx.PERSON_TITLES_BEFORE) | {"成员"}
    return tuple(sorted(posts, key=len))


def member_lines(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The names of a member list's lines (a name, a space, a post that ends in a title).
    Where three lines or more read so, the text is a member list: the others' names need only
    a surname (王为人 市政府副秘书长, 马正其 市场监管总局副局长: 为 and 其 are function characters
    elsewhere)."""
    out: list[Candidate] = []
    doubtful: list[Candidate] = []
    for m in _MEMBER_LINE.finditer(masked):
        s, e = m.span(1)
        name = m.group(1).replace(" ", "").replace("\u3000", "")
        if not m.group(2).endswith(_post_ends()) or name[:1] not in lx.SURNAMES:
            continue
        if plausible_name(name, gaz, FLOOR_SHORT_TITLED if len(name) == 2 else FLOOR_TITLED):
            out.append((s, e, "PER", 5))
        elif len(name) == 3 and name not in gaz.places:
            doubtful.append((s, e, "PER", 5))
    return out + doubtful if len(out) >= 3 else out


# A surname with an office or a form of address stands for the person (guideline: 陈先生 → 陈,
# 周院长 → 周) even where the full name is not in the text: 蔡前总统, 苏太. At a clause's start
# or after a preposition only, so that the surname is no word's last character (由于市长).
_SURNAME_OFFICE = re.compile(
    f"([{''.join(sorted(lx.SURNAMES))}])"
    # A closing quote ends what someone said; the next clause may open with the speaker (」苏太).
    r"(?:(?<=[，。；：、！？（“「”」\n].)|(?<![\s\S][\s\S])|(?<=[在从由对向与和及将把经].))"
    "(?=前总统|前主席|前院长|前市长|前总理|前特首|总统(?!府)|太(?:太)?(?=[患爽说表称在的，：:])"
    "|先生|女士|小姐)",
    re.M,
)


def surnames_in_office(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """A surname before an office (蔡前总统) or a form of address (苏太, 陈先生) at a clause's
    start: the surname is the person."""
    out: list[Candidate] = []
    for m in _SURNAME_OFFICE.finditer(masked):
        s = m.start(1)
        if masked[s - 1 : s + 1] in gaz.function_words or masked[s - 1 : s + 1] in gaz.verbs:
            continue  # 由于市长: the surname ends a word
        out.append((s, s + 1, "PER", 5))
    return out


_CELL = re.compile(r"[ \u3000]*([^|｜\n]*?)[ \u3000]*(?:[|｜]|$)", re.M)


def name_column(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The cells of a table's column headed 姓名 "name" (姓名 | 職稱 / 林萬億 | 政務委員): a
    surname and one to three characters there is a person, in every row until the table ends
    (a line without the header's cell marks)."""
    out: list[Candidate] = []
    for head in re.finditer(r"(?m)^.*[|｜].*$", masked):
        cells = [c.strip(" \u3000") for c in re.split("[|｜]", head.group())]
        if "姓名" not in cells:
            continue
        column, width = cells.index("姓名"), len(cells)
        pos = head.end() + 1
        while pos < len(masked):
            end = masked.find("\n", pos)
            end = len(masked) if end < 0 else end
            row = [m for m in _CELL.finditer(masked, pos, end) if m.start() < end][:width]
            if masked.count("|", pos, end) + masked.count("｜", pos, end) != width - 1:
                break
            s, e = row[column].span(1)
            if (
                2 <= e - s <= 4
                and plausible_name(masked[s:e], gaz)
                or (e - s == 4 and masked[s : s + 2] in lx.COMPOUND_SURNAMES)
            ):
                out.append((s, e, "PER", 5))
            pos = end + 1
    return out


def marked_people(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """PER candidates next to a pseudonym mark, before a research team, on the lines of a
    member list or in a table's column of names."""
    out: list[Candidate] = member_lines(masked, gaz) if "\n" in masked else []
    out += name_column(masked, gaz) if "姓名" in masked else []
    out += surnames_in_office(masked, gaz)
    out += surname_and_sex(masked) if "姓" in masked else []
    out += aged_names(masked, gaz) if "\x00）" in masked or "\x00)" in masked else []
    out += kin_owners(masked, gaz)
    out += surnames_counted(masked) if "、" in masked else []
    out += commemorated(masked, gaz) if "诞辰" in masked or "逝世" in masked else []
    out += contacts(masked, gaz) if "电话" in masked or "人" in masked else []
    out += speaker_turns(masked, gaz) if "\n" in masked else []
    out += office_names(masked, gaz)
    for m in _PSEUDONYM.finditer(masked):
        s = m.start()
        for k in (3, 2):
            name = masked[s - k : s] if s >= k else ""
            left = s - k
            opens = left == 0 or not is_cjk(masked[left - 1]) or after_title(masked, left)
            # 生产商罗侠（化名）: a three-character reading needs a boundary or a title before
            # it (商 is a surname too); two characters need only the mark.
            if name and (opens or k == 2) and plausible_name(name, gaz):
                out.append((left, s, "PER", 5))
                break
    for m in _TEAM.finditer(masked):
        s = m.start()
        for k in (3, 2):
            left = s - k
            name = masked[left:s] if left >= 0 else ""
            if not name or name in gaz.verbs:
                continue  # 施工团队, 管理团队: a verb, not a leader
            opens = left == 0 or masked[left - 1] in CLAUSE_START
            floor = FLOOR_TITLED if k == 3 else FLOOR_SHORT_TITLED
            if (opens or masked[left - 2 : left] in _AFFILIATION_ENDS) and plausible_name(
                name, gaz, floor
            ):
                out.append((left, s, "PER", 5))
                break
    return out


_NEIGHBOUR_RIGHT = re.compile(r"[\u4e00-\u9fff]{2,3}(?=[、，。；,;）)（(]|等|和|及)")
# A short gloss in brackets after a name in a list (許智峯（港島）、尹兆堅（新界西）: the member's
# constituency, party or age) is passed over to the list's next mark.
_GLOSS = re.compile(r"[（(][^（()）\n]{1,8}[）)]")
_LIST_END = re.compile("同志|[两三四五六七八九十][名位]")
# An adverb after the list's last name (陈大文、李小明及黄志强|同被控, …|均否认): the name ends.
_LIST_ADVERBS = frozenset("同均都亦也则将已曾")
# A name alone on its line, with at most a gloss in brackets (梁嘉善（公民黨）): the next member of
# a list of names written one a line, as candidates' lists are.
_NAME_LINE = re.compile(r"([\u4e00-\u9fff]{2,3})(?:[（(][^（()）\n]{1,8}[）)])?[ \u3000]*(?=\n|$)")
# 授予 opens a list of the people awarded (授予马善祥、王於昌、…“七一勋章”).
_NEIGHBOUR_LEFT = re.compile(r"(?<=[、，：:（(\n\x00 予])[\u4e00-\u9fff]{2,3}$")


def list_neighbours(
    masked: str, spans: list[tuple[int, int]], gaz: Gazetteer, taken: bytearray
) -> list[Candidate]:
    """Names next to a person in a 、-list (李墨轩、王子涵) are people too: lists hold like
    with like. A neighbour needs only to read as a name."""
    out: list[Candidate] = []
    todo = list(spans)
    seen = set(spans)
    while todo:
        s, e = todo.pop()
        candidates = []
        gloss = _GLOSS.match(masked, e)
        r = gloss.end() if gloss else e  # where the list's mark stands
        if masked[r : r + 1] in ("、", "及", "和", "与"):  # 江荣森及何黎兰
            m = _NEIGHBOUR_RIGHT.match(masked, r + 1)
            if m:
                candidates.append(m.span())
            else:  # the list's last name before a verb, 同志 or a count (方一峰进行质询)
                candidates += [
                    (r + 1, r + 1 + k)
                    for k in (3, 2)
                    if masked[r + 1 + k : r + 3 + k] in gaz.verbs
                    or masked[r + 1 + k : r + 3 + k] in gaz.function_words
                    or _LIST_END.match(masked, r + 1 + k)
                    or masked[r + 1 + k : r + 2 + k] in _LIST_ADVERBS
                ][:1]
        elif masked[r : r + 1] == "\n":  # a list of names one a line (賴政婷\n戴穎姿\n)
            m = _NAME_LINE.match(masked, r + 1)
            if m:
                candidates.append(m.span(1))
        if s > 0 and masked[s - 1] in ("、", "及", "和", "与"):  # 齐北松和李克东
            m = _NEIGHBOUR_LEFT.search(masked, max(0, s - 5), s - 1)
            if m:
                candidates.append(m.span())
            else:  # the list's first name after a verb (邀集吳祥木、葉志仙、林華韋等)
                candidates += [
                    (s - 1 - k, s - 1)
                    for k in (3, 2)
                    if (w := masked[s - 3 - k : s - 1 - k]) in gaz.verbs
                    or w in gaz.rare_verbs
                    or w in gaz.function_words
                    or w in gaz.role_nouns  # 领导|杜源生、张茂于
                ][:1]
        dotted = dotted_neighbour(masked, s, e)  # 李连成、吾哈斯·苏来曼、吴亚琴
        for cs, ce in candidates + dotted:
            if (cs, ce) in seen or any(taken[cs:ce]):
                continue
            if (cs, ce) not in dotted and not plausible_name(masked[cs:ce], gaz):
                continue
            seen.add((cs, ce))
            todo.append((cs, ce))
            out.append((cs, ce, "PER", 5))
    return out


# Hong Kong police and court news name a person by surname before the role (姓李铁骑士, 一名姓
# 陈男子) and then by surname and sex (李男, 陈女). Not 百姓, 同姓, 贵姓 (the word, no person).
_SURNAME_FIRST = re.compile(
    f"姓(?<![百同贵复单]姓)([{''.join(sorted(lx.SURNAMES))}])"
    "(?=男|女|铁骑士|司机|少年|少女|老翁|老妇|妇人|学生|职员|警员|的男|的女)"
)


# … or after the person and before a mark or an age (死者姓梁，59岁; 事主姓陈（40岁）; 涉案男子姓周).
_SURNAME_AFTER = re.compile(
    f"姓(?<=[者主人子犯员机]姓)([{''.join(sorted(lx.SURNAMES))}])(?=[，,、。；（(0-9０-９])"
)


# … or before 姓 and the person (陈姓男子, 李姓司机): found as a surname before 姓 elsewhere.
_SURNAME_BEFORE = re.compile(
    f"([{''.join(sorted(lx.SURNAMES))}])姓(?=男|女|司机|少年|少女|老翁|老妇|妇人|学生|职员|警员|员警)"
)


def surname_and_sex(masked: str) -> list[Candidate]:
    """The surname after 姓 before a role (姓李铁骑士) or after the person (死者姓梁，), and its
    later mentions as surname and sex (李男送院): the person of the story."""
    out: list[Candidate] = []
    named = set()
    for m in (*_SURNAME_FIRST.finditer(masked), *_SURNAME_AFTER.finditer(masked)):
        out.append((m.start(1), m.end(1), "PER", 5))
        named.add(m.group(1))
    named.update(m.group(1) for m in _SURNAME_BEFORE.finditer(masked))  # 陈姓男子 … 陈男
    for name in named:
        for m in re.finditer(f"{name}(?=[男女](?![子人孩童生装性士排足篮]))", masked):
            if masked[m.start() - 1 : m.start()] != "姓":
                out.append((m.start(), m.end(), "PER", 5))
    return out


# Surnames alone in a 、-list closed by their count of people (涉及李、黄、杨三名负责人, 王、李二人):
# news that names the accused by surname only.
_SURNAMES_COUNTED = re.compile(
    f"[{''.join(sorted(lx.SURNAMES))}](?<![{''.join(sorted(lx.SURNAMES))}].)"
    f"(?:、[{''.join(sorted(lx.SURNAMES))}])+(?=[二两三四五六七八九]{{1,2}}[名位人])"
)


def surnames_counted(masked: str) -> list[Candidate]:
    """Each surname of a 、-list of single surnames that a count of people closes."""
    out: list[Candidate] = []
    for m in _SURNAMES_COUNTED.finditer(masked):
        out += [(m.start() + k, m.start() + k + 1, "PER", 5) for k in range(0, len(m.group()), 2)]
    return out


# News gives a person's age in brackets right after the name (黄志强（32岁）被控, 死者为78岁的黄秀英
# is another shape): the bracket is a name's, where a clause opens before the name. The age is
# a quantity by now, masked (two to four mask characters: 32岁).
_AGED = re.compile("[（(]\x00{2,4}[）)]")
_TIME_ENDS = frozenset("天日年月晚早午时周")


def aged_names(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """A surname and one or two characters at a clause's start before their age in brackets."""
    out: list[Candidate] = []
    for m in _AGED.finditer(masked):
        s = m.start()
        for k in (3, 2):
            left = s - k
            if left < 0 or (left > 0 and masked[left - 1] not in CLAUSE_START):
                continue
            if masked[s - 1] in _TIME_ENDS:
                break  # 明天（7月1日）: a day and its date
            if plausible_name(masked[left:s], gaz, 1.5 if k == 2 else -1.5):
                out.append((left, s, "PER", 5))
                break
    return out


# A full name opening a clause before a kinship noun is the person whose kin is meant (陈一心儿子
# 患…, 。李美玲丈夫表示): stories of families name the parent so. The kinship noun is evidence as a
# title is, so the floor is low (陈一心 −1.9: 一, 心 are common); runs of common words stay out
# (。全体员工家属, 。许多人家属).
_KIN = re.compile("(?:儿子|女儿|妻子|丈夫|母亲|父亲|太太|家人|家属)")


def kin_owners(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """A surname and two characters at a clause's start before a kinship noun."""
    out: list[Candidate] = []
    for m in _KIN.finditer(masked):
        left = m.start() - 3
        if left < 0 or (left > 0 and masked[left - 1] not in CLAUSE_START):
            continue
        if plausible_name(masked[left : m.start()], gaz, -2.0):
            out.append((left, m.start(), "PER", 5))
    return out


# A person remembered by the anniversary of a birth or a death (纪念缪鹏飞诞辰90周年, 毛泽东同志
# 诞辰130周年, 逝世十周年): a name, after 纪念 / 缅怀 or a clause's start, before 诞辰 or 逝世
# (with 同志 or 先生 between). No body and no place is born or dies (round 26).
_ANNIVERSARY = re.compile(
    "同志(?:诞辰|逝世)|先生(?:诞辰|逝世)|女士(?:诞辰|逝世)|诞辰|逝世"  # (?:同志|先生|女士)?(?:诞辰|逝世)
)


def commemorated(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """A two- or three-character name before the anniversary of its birth or death."""
    out: list[Candidate] = []
    for m in _ANNIVERSARY.finditer(masked):
        s = m.start()
        for k in (3, 2):
            left = s - k
            if left < 0:
                continue
            opens = left == 0 or masked[left - 1] in CLAUSE_START
            if (opens or masked[left - 2 : left] in ("纪念", "缅怀")) and plausible_name(
                masked[left:s], gaz, FLOOR_TITLED if k == 3 else FLOOR_SHORT_TITLED
            ):
                out.append((left, s, "PER", 5))
                break
    return out


# A notice's contact line names its person in a field before the telephone (市级平台技术支持：
# 周天卉，联系电话：…; 联系人：张英杰，电话：…): whatever the field is called, a name of two or
# three characters between its colon and 电话 is the person to call (round 26). The field may
# give the person's office first, set off by a space (联系人：办公室 王建国; 聯絡人：公關與新聞科 梁瑞君
# ⏎電話：…), a space may follow the colon (聯絡人: 林郁嘉 聯絡電話:…), a form of address the name
# (林郁嘉小姐，06-…), and the telephone may be the next line's field. After a field that names a
# person to call (联系人, 联络人, 承办人员, 经办人) the name stands without 电话 (承辦人員: 林郁嘉
# 小姐，06-2686751): the field says it is a person (round e51).
_CONTACT = re.compile(
    "[：:][ \u3000]*(?:[\u4e00-\u9fff]{1,12}?(?:科|处|室|股|组|课|部|中心|办)[ \u3000]+)?"
    "([\u4e00-\u9fff]{2,3})(?:先生|女士|小姐)?"
    "(?:[，,、；; \u3000\n]*(?:联系|联络|办公|咨询)?(电话)|(?=[ \u3000，,；;（(\n]|$))"
)
_CONTACT_FIELD = re.compile("(?:联系人|联络人|承办人员?|经办人)[ \u3000]*$")


def contacts(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The name of a contact line, between a field's colon and its telephone, or after a
    field that names the person to call."""
    return [
        (m.start(1), m.end(1), "PER", 5)
        for m in _CONTACT.finditer(masked)
        if (m.group(2) or _CONTACT_FIELD.search(masked, max(0, m.start() - 8), m.start()))
        and plausible_name(m.group(1), gaz, FLOOR_SHORT_TITLED)
    ]
