"""Person names (PER), on the masked pivot like :mod:`gui.core.entities.names`.

A name is a surname (the table in :mod:`~gui.core.entities.lexicon`) and one or two given-name
characters, scored with given-name statistics (``given_name_chars.tsv``: 轩 +4.4, 明 +1.8,
全 -0.6, 的 -3.3). Where it stands decides how good the score must be:

- next to a title or role, before (副所长白明, 教授郭全中, 特首林郑月娥, 记者 王晓明) or after it
  (徐明轩教授, 殷勇同志): any name that is not made of function characters;
- at the start of a clause before a speech or report verb (王晓明表示, 任振鹤作政府工作报告):
  a name whose characters are at least neutral;
- alone between clause marks (，李墨轩、…): a three-character name whose given-name characters
  are clearly name characters;
- in a 、-list or byline next to a name found so: a plausible name;
- the national leaders named in most work reports, always.

Hong Kong women's names carry their husband's surname first (林郑月娥, 范徐丽泰): after a title,
two surnames and two given characters are one name.
"""

from __future__ import annotations

import re
from functools import cache

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer, trie_pattern
from gui.core.entities.given_names import (
    FLOOR_AFTER_TITLE,
    FLOOR_ALONE,
    FLOOR_SHORT_TITLED,
    FLOOR_SPEECH,
    FLOOR_SPEECH_SHORT,
    FLOOR_TITLED,
    given_score,
    married_name,
    name_may_end,
    plausible_name,
    right_words,
    surname_len,
)
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.names import Candidate
from gui.core.entities.person_forms import transliterated_name_end
from gui.core.entities.titled_names import after_title, names_after_title

_SURNAME_CLASS = "".join(sorted(lx.SURNAMES))
#: The common surnames, read before a form of address, a title or Hong Kong's short 生/太 (陈先生,
#: 苏太, 蔡总统) whatever stands before them.
_COMMON_SURNAMES = (
    "陈苏黄梁林李王张刘吴何郑谢罗叶邓曾蔡许冯郭杨周赵徐朱胡马余卢麦谭莫关彭潘钟蒋姚邱严赖萧"
)
#: The other surnames, read before a form of address alone: not those that are prepositions or
#: adverbs first (向先生们致敬, 于女士们中间, 应先生之邀, 时先生 …: the word, not the name), and not the
#: common ones, which the address pattern reads already.
_ADDRESS_SURNAMES = "".join(
    sorted(lx.SURNAMES - set("向于应时和成全常安明文") - set(_COMMON_SURNAMES))
)
#: Forms of address after a surname that no word ends in (陈先生, 尹女士, 金伯伯).
_ADDRESS_FORMS = "先生|太太|女士|小姐|伯伯|叔叔|婆婆|阿姨"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "title_after": re.compile(trie_pattern(lx.PERSON_TITLES_AFTER)),
        "title_before": re.compile(
            "(?:"
            + trie_pattern(lx.PERSON_TITLES_BEFORE)
            # A signature spaces the name out from the title (市长   黄伟哲); Hong Kong press
            # puts the post's remit in brackets between them (副处长（行动）邓炳强).
            # News names a candidate or an official by the post before 的 (参选台北市长的谢长廷,
            # 时任台北市副市长的黄珊珊): read in code, a full name of clear name characters only.
            + ")(?:[:：|｜]|[ \u3000]{1,4}|[（(][\u4e00-\u9fff]{1,6}[）)]|的)?(?=[\u4e00-\u9fff]{2,4})"
        ),
        # A filing names the holders of its roles after 为 (保荐代表人为李运、胡涛; 法定代表人为王强).
        "role_is": re.compile(
            "(?:保荐代表人|法定代表人|实际控制人|控股股东|负责人|联系人)(?:分别)?为(?=[\u4e00-\u9fff]{2,4})"
        ),
        "leaders": re.compile(trie_pattern(lx.LEADERS)),
        "speech": re.compile(trie_pattern(lx.SPEECH_VERBS)),
        # The patterns below are found from their tail or delimiter (a pattern that opens with a
        # lookbehind or a run of any ideographs is tried at every position) and read backwards.
        # Biographies: 梁仪坚，男，汉族，1955年11月出生; 梁仪坚简历; 梁仪坚同志简历.
        "bio": re.compile(
            "[，,（(同简](?:(?<=[，,])[男女][，,]|(?<=[，,（(])(?:现任|曾任|历任|现为|原任|生于|出生于)"
            "|(?<=同)志简历|(?<=简)历)"
        ),
        # Photo credits: 中新社记者 陈文 摄, 中新社发 岳路建 摄.
        "credit": re.compile("摄(?![\u4e00-\u9fff])"),
        # A story's byline credit opening a bracket or a line: （文/任伟  明德学院）, 图／王明.
        # A column's byline: 文/刘书沛, 【撰文：陈元敬】, a blog's header 博客 | 罗金义.
        "byline": re.compile(
            "文字[/／╱]|撰文[/／╱]|图文[/／╱]|文[/／╱]|图[/／╱]|撰文[：:]"
            # Taiwan's papers credit the reporter after a caption: 報導．攝影╱韓旭爾, 攝影／王明.
            "|报导(?:[．·、](?:报导|报道|摄影))?[/／╱]|报道(?:[．·、](?:报导|报道|摄影))?[/／╱]"
            "|摄影(?:[．·、](?:报导|报道|摄影))?[/／╱]"
            "|博客[ \u3000]*[|｜][ \u3000]*|部落格[ \u3000]*[|｜][ \u3000]*"  # (部落格: Taiwan's word for a blog)
        ),
        "foreign": re.compile(trie_pattern(lx.FOREIGN_TITLES_AFTER)),
        "address": re.compile(
            f"[{_COMMON_SURNAMES}](?={_ADDRESS_FORMS}|医生|总统|执行长)"
            # Hong Kong press: 陈生 "Mr Chan", 苏太 "Mrs So"; what follows is checked in code.
            f"|[{_COMMON_SURNAMES}](?=[生太])"
        ),
        # Any other surname of the table before a form of address that no word ends in (尹先生,
        # 田女士, 金伯伯); the common surnames above take the short forms and the titles too.
        "address_any": re.compile(f"[{_ADDRESS_SURNAMES}](?={_ADDRESS_FORMS})"),
        # Appointments and removals in 公文 (任命王强为…, 免去李华的…职务, 提名张明担任…).
        "appointment": re.compile(
            "[任免提聘推选委增补以](?:"  # (the first character taken first: re skips to it)
            "(?:(?<=任)命|(?<=免)去|(?<=提)名|(?<=聘)任|(?<=聘)请|(?<=推)选|(?<=选)举|(?<=委)任"
            "|(?<=委)派|(?<=推)荐|(?<=增)补|(?<=补)选)"
            f"([{_SURNAME_CLASS}][\\u4e00-\\u9fff]{{1,2}}?)(?=为|担任|同志|的|兼任|出任|任)"
            # A body led by a person (以张国勇为主席的主席团, 以刘广润院士为组长的专家组).
            f"|(?<=以)([{_SURNAME_CLASS}][\\u4e00-\\u9fff]{{1,2}}?)"
            "(?=为(?:主席|组长|团长|会长|队长|理事长|主任|首)))"
        ),
        "spaced": re.compile(
            "(?:记者|省长|市长|区长|县长|队长|主任|书记)[ \u3000]{1,3}([\u4e00-\u9fff])[ \u3000]{1,2}"
            "([\u4e00-\u9fff])(?![^\\W摄])"
        ),
        # Only where surnames open the run (a character class, so the engine filters).
        "married": re.compile(
            f"[的，。、：（“\\n]([{_SURNAME_CLASS}][{_SURNAME_CLASS}][\\u4e00-\\u9fff]{{2}})"
        ),
        "alone": re.compile(
            f"[，。；：、（(“\\n\\x00]([{_SURNAME_CLASS}][\\u4e00-\\u9fff]{{2}})(?=[，。；、）)”])"
        ),
    }


# One-character adverbs between a speaker and the verb (也说, 亦指出, 还表示, 则认为).
_ADVERBS = frozenset("也亦还则又却便")  # not 才, 更: given names (俊才)
# A pen name closing a column's bracketed byline (【撰文：鸣晖】).
_PEN_NAME = re.compile("[\u4e00-\u9fff]{2,4}(?=】)")
# Words of rank or reach before a title (资深协理, 全球副总裁, 区域总监).
_TITLE_MODIFIERS = frozenset("资深 全球 区域".split())
_BEFORE_NAME_OK = set("校院所系部科会的了和与及由请是为对向同长任席授士员、，,。；（( \n\x00")
# Before a bare name + speech verb (王晓明表示) only punctuation will do.
_CREDIT_BEFORE = set(" \u3000\n。，；：（(、")
# A closing quote ends what someone said; the speaker's name may open the next clause
# (…苗情还不错。”李克东说, 」陈生表示).
CLAUSE_START = set("、，,。；;：:（(“「”」 \n\x00")
# 据王晓明介绍: a name after 据 is the source of what follows.
_SPEECH_START = CLAUSE_START | {"据"}


def _clause_goes_on(masked: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether a clause goes on at ``pos`` after a short form of address (陈生|说, 苏太|：):
    punctuation, a word that follows names (说, 等, 表示) or a verb."""
    nxt = masked[pos : pos + 1]
    if not nxt or not is_cjk(nxt):
        return nxt not in ("", "\x00")
    pair = masked[pos : pos + 2]
    return bool(right_words().match(masked, pos)) or pair in gaz.verbs or pair in gaz.function_words


def _word_across(masked: str, s: int, gaz: Gazetteer) -> bool:
    """Whether a word of the lists ends on a name's first character at ``s`` (攀登|盛会 holds no
    登盛): a short name in the leaders' list is then no name."""
    pair = masked[s - 1 : s + 1]
    return len(pair) == 2 and any(
        pair in words
        for words in (gaz.verbs, gaz.rare_verbs, gaz.function_words, gaz.abbreviation_words)
    )


def _word_before(masked: str, s: int, gaz: Gazetteer) -> bool:
    """Whether the two characters at ``s`` are a word (日前, 目前, 提前 — not a name's end)."""
    pair = masked[s : s + 2]
    # 之前, 以前 "before": postpositions of time that the word lists lack.
    return (
        pair in gaz.function_words
        or pair in gaz.verbs
        or pair in lx.PERSON_RIGHT
        or (pair in ("之前", "以前"))
    )


def people(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """PER candidates in the masked pivot (place names are never people)."""
    out: list[Candidate] = []
    pats = _patterns()
    out += [
        (m.start(), m.end(), "PER", 3)
        for m in pats["leaders"].finditer(masked)
        if m.end() - m.start() > 2 or not _word_across(masked, m.start(), gaz)
    ]
    for m in pats["title_after"].finditer(masked):
        t = m.start()
        if masked[t - 1 : t] == "前" and t >= 3 and not _word_before(masked, t - 2, gaz):
            t -= 1  # 苏焕智前县长, 陈水扁前总统: "former" goes with the title, not the name
        elif masked[t - 2 : t] in _TITLE_MODIFIERS and t >= 4:
            t -= 2  # 林世哲资深协理, 金庆柏全球副总裁: the rank or reach goes with the title
        for k in (3, 2):
            name = masked[t - k : t] if t >= k else ""
            before = masked[t - k - 1 : t - k] if t - k > 0 else "\n"
            # A one-character given name before a title is often a word (文化部长, 包括总统):
            # it needs a character that is not against names.
            floor = FLOOR_TITLED if k == 3 else FLOOR_SHORT_TITLED
            if name and plausible_name(name, gaz, floor) and before in _BEFORE_NAME_OK:
                out.append((t - k, t, "PER", 5))
                break
            # A full name that reads as one well (落实曾培炎副总理, 大学刘广润院士) needs no
            # boundary before it: the title and the name's own evidence are enough.
            if k == 3 and name and plausible_name(name, gaz, FLOOR_AFTER_TITLE):
                verb = masked[t - 4 : t - 2]  # 感谢川普总统, 祝贺川普总统: 谢, 贺 end a verb
                if verb not in gaz.verbs and verb not in lx.GREETING_VERBS:
                    out.append((t - k, t, "PER", 5))
                break
    for m in pats["speech"].finditer(masked):
        t = m.start()
        if masked[t - 1 : t] in _ADVERBS and t >= 3:
            t -= 1  # 罗侠也说: the adverb goes with the verb, not the name
        for k in (3, 2):
            name = masked[t - k : t] if t >= k else ""
            before = masked[t - k - 1 : t - k] if t - k > 0 else "\n"
            # A one-character given name before a verb is as often a phrase (应先要求): it
            # needs a clear name character.
            floor = FLOOR_SPEECH if k == 3 else FLOOR_SPEECH_SHORT
            # Hong Kong and Taiwan news put the member's party before the speaker (民主黨林卓廷
            # 認為, 公民黨陳淑莊則詢問): a full name after 党 is as clear as after a mark.
            party = k == 3 and before == "党"
            if name and (before in _SPEECH_START or party) and plausible_name(name, gaz, floor):
                if not gaz.org_re.fullmatch(name):
                    out.append((t - k, t, "PER", 6))
                break
        # A transliterated name opening a clause before a speech verb (罗德里格斯表示, 若斯潘说):
        # 31 of 31 such runs of three or more characters in People's Daily are people. Any
        # name of the same length found otherwise (巴基斯坦, a known body) wins.
        k = t
        while k > 0 and t - k < 6 and masked[k - 1] in _TRANSLIT_SET:
            k -= 1
        if t - k >= 3 and (k == 0 or masked[k - 1] in CLAUSE_START):
            out.append((k, t, "PER", 8))
    for m in pats["title_before"].finditer(masked):
        if masked[m.end() - 1] == "的":
            name = masked[m.end() : m.end() + 3]
            if (
                plausible_name(name, gaz)
                and surname_len(name) == 1
                and (
                    name_may_end(masked, m.end() + 3)
                    or masked[m.end() + 3 : m.end() + 5] in gaz.verbs  # 黄珊珊|参选市长时
                )
            ):
                out.append((m.end(), m.end() + 3, "PER", 5))
            continue
        out += names_after_title(masked, m.end(), gaz)
        if m.group().rstrip(" \u3000:：|｜") in _LEADER_TITLES:
            # 总统普京, 秘书长古特雷斯: a transliterated name after a head of state's title.
            end = transliterated_name_end(masked, m.end(), _TRANSLIT_SET, gaz, name_may_end)
            name = masked[m.end() : end]
            if end > 0 and (
                len(name) >= 4
                or not surname_len(name)
                or _foreign_before(masked, m.start(), gaz)  # 美国副总统万斯
            ):
                out.append((m.end(), end, "PER", 6))
    if "人为" in masked or "股东为" in masked or "别为" in masked:
        for m in pats["role_is"].finditer(masked):
            out += names_after_title(masked, m.end(), gaz)
    for m in pats["byline"].finditer(masked):
        before = masked[m.start() - 1 : m.start()]
        if before in ("", "（", "(", "\n", "【") or (
            before in "。」" and masked[m.start()] in "报摄"
        ):
            found = names_after_title(masked, m.end(), gaz)
            pen = _PEN_NAME.match(masked, m.end())
            if not found and pen and masked[m.start() - 1 : m.start()] == "【":
                found = [(pen.start(), pen.end(), "PER", 5)]  # 【撰文：鸣晖】: a pen name
            out += found
    for m in pats["bio"].finditer(masked):
        s = m.start()
        for k in (3, 2):
            name = masked[s - k : s]
            if s - k >= 0 and (s - k == 0 or not is_cjk(masked[s - k - 1])):
                if plausible_name(name, gaz):
                    out.append((s - k, s, "PER", 5))
                break
    for m in pats["credit"].finditer(masked):
        s = m.start()
        if masked[s - 1 : s] in (" ", "\u3000"):
            s -= 1
        for k in (3, 2):
            before = masked[s - k - 1 : s - k] if s - k > 0 else "\n"
            if before in _CREDIT_BEFORE and plausible_name(masked[s - k : s], gaz):
                out.append((s - k, s, "PER", 5))
                break
    # A surname with a form of address or a title stands for the person (陈先生, 苏太, 蔡总统):
    # the surname alone is the name (second edition: no titles in PER spans).
    for m in pats["address"].finditer(masked):
        after = m.start() + 1
        if masked[after] in "生太" and not _clause_goes_on(masked, after + 1, gaz):
            continue  # 陈生荣 is a given name, 卫生 a word; 陈生说, 苏太：, 陈生等 are people
        out.append((m.start(), after, "PER", 6))
    for m in pats["address_any"].finditer(masked):
        s = m.start()
        if masked[s - 1 : s] in lx.SURNAMES or masked[max(0, s - 2) : max(0, s - 1)] in lx.SURNAMES:
            continue  # 李明先生, 王小明女士: the last character of a full name, read as one
        out.append((s, s + 1, "PER", 6))
    for m in pats["appointment"].finditer(masked):
        group = 1 if m.group(1) else 2
        if plausible_name(m.group(group), gaz, FLOOR_SPEECH):
            out.append((m.start(group), m.end(group), "PER", 5))
    # Spaced two-character names in bylines and signatures (见习记者 杨 洁, 记者 林 君摄, 上海市
    # 市长 龚 正); a list of speakers spaces them wider (党总支书记  邓  艳, 副队长   李  辉).
    for m in pats["spaced"].finditer(masked):
        if m.group(1) in lx.SURNAMES:
            out.append((m.start(1), m.end(2), "PER", 5))
    # Hong Kong married names stand alone too (参选特首的林郑月娥日前解画).
    for m in pats["married"].finditer(masked):
        name = m.group(1)
        if (
            married_name(name, gaz)
            and given_score(name, 2, gaz) >= FLOOR_AFTER_TITLE
            and name_may_end(masked, m.end(1))  # 龙华九龙山 is a place, not 龙华九龙 + 山
        ):
            out.append((m.start(1), m.end(1), "PER", 5))
    for m in pats["foreign"].finditer(masked):
        # 诺伊曼众议员: a run of transliteration characters (not a Chinese name: 陈先生).
        s = k = m.start()
        while k > 0 and s - k < 5 and masked[k - 1] in lx.TRANSLIT_CHARS:
            k -= 1
        if s - k < 2:
            continue
        if k == 0 or not is_cjk(masked[k - 1]) or masked[k - 1] in "同与和向对":
            name = masked[k:s]
            if not surname_len(name) or len(name) >= 4:  # 穆罕默德王储: no Chinese name
                out.append((k, s, "PER", 6))
        else:
            # Between a post and 先生 (欧盟委员会主席巴罗佐先生, 高级代表索拉纳先生): the
            # titles on both sides leave no other reading of three or more such characters
            # (the post may end in one of them: 主席|巴罗佐).
            at = next((j for j in range(k, s - 2) if after_title(masked, j)), -1)
            if at >= 0:
                out.append((at, s, "PER", 6))
    # Transliterated names with a middle dot (唐纳德·特朗普, 伊万．纳威): each part is made of
    # transliteration characters (上生·新所, a venue, is not).
    for m in _dotted(gaz).finditer(masked):
        # 华特·克朗凯特新闻学院 names a school, not him; 简·迪安·米勒教授 is the professor.
        end = m.end()
        if not (name_may_end(masked, end) or pats["title_after"].match(masked, end)):
            end = _dotted_end(masked, m.start(), end, gaz)
        if end > 0:
            start = m.start()
            first_dot = start + len(re.split(_DOTS, m.group(), maxsplit=1)[0])
            # 主席安娜·卡罗莱娜: the title's last character is no part of the name.
            for k in range(start + 1, first_dot):
                if after_title(masked, k):
                    start = k
                    break
            else:
                if first_dot - start == 1:  # a first part cut short (雪克来|提·扎克尔)
                    start = _dotted_head(masked, start, gaz)
            out.append((start, end, "PER", 4))
    # Taiwan and HK news name people by surname and role (谢姓员警, 陈姓男子; then 谢员记过1次).
    by_surname = set()
    for m in _SURNAME_ROLE.finditer(masked):
        out.append((m.start(), m.start() + 1, "PER", 5))
        if masked[m.end() : m.end() + 2] in ("员警", "警员"):
            by_surname.add(m.group(1))
    if by_surname:
        for m in _SURNAME_OFFICER.finditer(masked):
            if m.group(1) in by_surname:
                out.append((m.start(), m.start() + 1, "PER", 5))
    for m in pats["alone"].finditer(masked):
        name = m.group(1)
        if plausible_name(name, gaz, FLOOR_ALONE) and not gaz.org_re.match(name):
            out.append((m.start(1), m.end(1), "PER", 7))
    return out


def _dotted_head(masked: str, start: int, gaz: Gazetteer) -> int:
    """Where a dotted name whose first part holds characters beyond the transliteration list
    starts (。雪克来提·扎克尔: 雪, 来 are Uyghur names' too): back over at most three characters to
    a clause's start, when they hold no function word or verb. Asked only where the part of
    transliteration characters before the dot is one long (提·扎克尔; not 另据|安娜·…)."""
    k = start
    while k > 0 and start - k < 3 and is_cjk(masked[k - 1]) and masked[k - 1] not in CLAUSE_START:
        k -= 1
    head = masked[k:start]
    if k == start or (k > 0 and masked[k - 1] not in CLAUSE_START):
        return start
    if any(ch in _NOT_IN_DOTTED_HEAD for ch in head):
        return start
    pairs = [masked[i : i + 2] for i in range(k, start)]
    if any(p in gaz.function_words or p in gaz.verbs for p in pairs):
        return start
    return k


_NOT_IN_DOTTED_HEAD = frozenset("的了是在和与及说称对向为把被从于等也都就")


def _dotted_end(masked: str, start: int, end: int, gaz: Gazetteer) -> int:
    """Where a dotted name that runs on into a word ends (-1 if nowhere): before a verb or
    function word (维姆·杜伊森贝赫|出任, 詹姆斯·伯德|捆绑), giving back the greedy last characters
    of its last part; never inside its first part."""
    lo = masked.rfind("·", start, end)
    for e in range(end, max(lo, masked.rfind("．", start, end)) + 2, -1):
        pair = masked[e : e + 2]
        if pair in gaz.verbs or pair in gaz.function_words:
            return e
    return -1


def _foreign_before(masked: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether a foreign country is named just before ``pos`` (美国副总统, 英国国防大臣,
    美国国防部长): the title of a foreign office, after which a transliterated name that
    looks like a Chinese one (万斯, 华勒斯) is still a transliteration."""
    window = masked[max(0, pos - 8) : pos]
    return any(
        window[i:j] in gaz.countries
        for i in range(len(window) - 1)
        for j in range(i + 2, min(len(window), i + 6) + 1)
    )


_DOTS = "[·．•‧・]"
_SURNAME_ROLE = re.compile(
    f"([{_SURNAME_CLASS}])姓(?=员警|警员|警察|员工|男子|女子|男童|女童|少年|少女|妇人|老翁|老妇|司机"
    "|学生|民众|移工|嫌犯|嫌疑人|患者|病患|医师|护理师|教师|店员|船长|议员|职员|官员|事主|死者|伤者"
    "|被告|疑犯|保安|乘客|途人|住客|业主|东主|男|女)"
)
_SURNAME_OFFICER = re.compile(f"([{_SURNAME_CLASS}])员(?![工会额外])")
_TRANSLIT = "".join(sorted(lx.TRANSLIT_CHARS | set("登顿朗普卜杜勒兹拜瑟京茨思瑞锡强都川别昆茹")))
_TRANSLIT_SET = frozenset(_TRANSLIT)
_LEADER_TITLES = frozenset(
    "总统 副总统 总理 首相 国王 女王 王储 外长 国务卿 秘书长 总干事 议长 大使 部长 防长 主席 总书记"
    " 大臣 领袖 上将 中将 少将 将军 司令 指挥官 国防部长 外交部长 发言人".split()
)
_dotted_patterns: dict[frozenset[str], re.Pattern[str]] = {}


def _dotted(gaz: Gazetteer) -> re.Pattern[str]:
    """Names with middle dots, each part a run of transliteration characters: the hand list and
    the characters of jieba's transliterated names (约翰·马吉: 翰 is in the second only)."""
    key = gaz.translit_chars
    if key not in _dotted_patterns:
        chars = "".join(sorted(set(_TRANSLIT) | key))
        _dotted_patterns[key] = re.compile(f"[{chars}]{{1,6}}(?:{_DOTS}[{chars}]{{1,8}})+")
    return _dotted_patterns[key]
