"""Names a document sets up itself: short names defined in brackets (錠嵂保險經紀人股份有限公司
(下稱錠嵂保經)), and the bureaus of the city that issues a release, named bare as the subject
of a sentence (農業局表示, 法制處指出) or by the city's one-character abbreviation (南市府).
And the committees of experts that a measure sets up and names by their remit
(设立文物保护专家委员会, 组织城市更新专家委员会): bodies without a place in their name.

Decisions, contracts and official letters name a party in full once and define the short name
they use afterwards in a bracket (下称 / 以下简称 / 下文简称 / 简称). The short name is then the same body
wherever it recurs (the recogniser's repeat stage tags every occurrence), and it tells where the
full name starts: a Chinese short name keeps the full name's first character (錠嵂保經 of
錠嵂保險經紀人…), so a stop word inside the full name (経 of 經紀) does not cut it.
"""

from __future__ import annotations

import re
from functools import cache

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer, trie_pattern
from gui.core.entities.given_names import plausible_name
from gui.core.entities.lexicon import is_cjk
from gui.core.entities.name_starts import name_start, stop_words
from gui.core.entities.names import is_generic, starts_with_place
from gui.core.entities.org_lists import NOT_BUREAU_BEFORE

Candidate = tuple[int, int, str, int]

# The bracket that defines a short name, in either bracket width, quoted or not.
_DEFINITION = re.compile(
    r"[（(](?:以下|下文|下)?(?:简称|称)[:：]?[“\"「]?([\u4e00-\u9fffA-Za-z]{2,8})[”\"」]?[）)]"
)
_REACH = 30  # longest full name looked at before the bracket
_PARTNERSHIP = frozenset(("（有限合伙）", "（普通合伙）", "(有限合伙)", "(普通合伙)"))
# A company's announcement calls itself 公司 or 本公司 (以下简称“公司”): a word, not a name.
_THE_COMPANY = frozenset(("公司", "本公司", "集团", "本集团", "银行", "本行"))


@cache
def _suffix_at_end() -> re.Pattern[str]:
    return re.compile(f"(?:{trie_pattern(lx.ORG_SUFFIXES)})$")


def defined_names(masked: str, orgs: frozenset[str] = frozenset()) -> list[Candidate]:
    """ORG candidates for a full name with an organisation suffix (or a known body of
    ``orgs``) right before a bracket that defines its short name, and for the short name
    inside the bracket."""
    if "称" not in masked:
        return []
    suffix = _suffix_at_end()
    out: list[Candidate] = []
    for m in _DEFINITION.finditer(masked):
        end = m.start()
        # A partnership's legal form in brackets ends its name (…合伙企业（有限合伙）（简称…）).
        outer = end
        if masked[end - 6 : end] in _PARTNERSHIP:
            end -= 6
        known = next((k for k in range(12, 3, -1) if masked[end - k : end] in orgs), 0)
        if known:
            # 科学技术发展基金（下称“科技基金”）: a known body without a suffix defines its short
            # name; the short name is then the body wherever it recurs.
            short = m.group(1)
            out.append((m.start(1), m.end(1), "ORG", 0))
            # Every other occurrence too (a headline may name it before the definition does)
            out += [
                (a, a + len(short), "ORG", 0)
                for a in _occurrences(masked, short, 0)
                if not end - known <= a < m.end()
            ]
            continue
        if not suffix.search(masked, max(0, end - 8), end):
            continue  # the defined thing is no body (a law, a plan, a place)
        short = m.group(1)
        lo = max(0, end - _REACH)
        if masked.endswith(short, lo, end) and short not in _THE_COMPANY:
            # 成立南北通道工程建设指挥部（以下简称“指挥部”）: the short name is the body's own
            # head, which the document then uses alone; the full name is found by its suffix.
            out.append((m.start(1), m.end(1), "ORG", 0))
            continue
        start = masked.rfind(short[0], lo, end - len(short))
        full = masked[start:end]
        if start < 0 or not all("\u4e00" <= ch <= "\u9fff" for ch in full):
            continue
        start = _abbreviated_start(masked, short, lo, end, start)
        full = masked[start:end]
        abbreviation = abbreviates(short, full)
        if stop_words(full[1:]) and not full.startswith(short) and not abbreviation:
            continue  # 区…领导小组下设办公室（简称…）: the short name names the office only
        out.append((start, outer, "ORG", 0))
        out.append((m.start(1), m.end(1), "ORG", 0))
        if (full.startswith(short) and len(short) >= 4) or abbreviation:
            # 长沙浩宇 after its definition: the body, though a place (长沙) opens it. Only a
            # short name that opens the full name, so that it is the body's own words.
            out += [(a, a + len(short), "ORG", 0) for a in _occurrences(masked, short, m.end())]
    return out


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` abbreviates ``full`` as bodies abbreviate their names: three characters
    or more, taken in order from the full name, its first and its last (台湾同运会 of
    台湾同志运动发展协会, 市监局 of 市场监督管理局)."""
    if len(short) < 3 or len(full) <= len(short) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    at = 0
    for ch in short:
        at = full.find(ch, at) + 1
        if not at:
            return False
    return True


def _abbreviated_start(masked: str, short: str, lo: int, end: int, start: int) -> int:
    """The full name's start when an earlier occurrence of the short name's first character
    opens a name the short name abbreviates (台湾同志运动发展协会（下称「台湾同运会」）: the
    rightmost 台 is inside 台湾, the name opens at the same 台 — but 同 of 同志 is no stop here)."""
    full = masked[start:end]
    if abbreviates(short, full):
        return start
    at = masked.rfind(short[0], lo, start)
    while at >= 0:
        wider = masked[at:end]
        if not all("\u4e00" <= ch <= "\u9fff" for ch in wider):
            break
        if abbreviates(short, wider):
            return at
        at = masked.rfind(short[0], lo, at)
    return start


def _occurrences(text: str, word: str, start: int) -> list[int]:
    """Where ``word`` occurs in ``text`` from ``start`` on."""
    found, at = [], text.find(word, start)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + len(word))
    return found


# Securities news names a listed company once with its stock code (航天环宇(688523.SH),
# 腾讯控股（00700.HK）, 平安银行（股票代码：000001）): the name before the code is the company,
# wherever it recurs.
_STOCK_CODE = re.compile(
    r"[（(](?<=[\u4e00-\u9fff][（(])(?:\d{6}\.(?:SH|SZ|BJ|SS)|\d{4,5}\.HK"
    r"|(?:股票|证券)代码[:：]?\s?\d{6})[）)]"
)
_LISTED_NAME = re.compile("[\u4e00-\u9fff]{2,8}$")


def listed_companies(masked: str) -> list[Candidate]:
    """ORG candidates for a name before its stock code, and for its later occurrences."""
    out: list[Candidate] = []
    for m in _STOCK_CODE.finditer(masked):
        name_m = _LISTED_NAME.search(masked, max(0, m.start() - 8), m.start())
        if not name_m:
            continue
        s = name_m.start()
        stops = stop_words(name_m.group())
        if stops:
            s += stops[-1].end()  # 昨晚披露航天环宇: the name starts after the last stop word
        name = masked[s : m.start()]
        if len(name) < 2:
            continue
        at = masked.find(name)
        while at >= 0:
            out.append((at, at + len(name), "ORG", 0))
            at = masked.find(name, at + len(name))
    return out


# A city's release names its own bureaus and offices without the city: two characters of remit
# and 局 / 处, opening a clause and followed by what the body says or does (環保局報告, 工務局亦
# 增派人力, 觀傳局補充, 觀傳局誠摯邀請) or ending a line (發稿單位：農業局). Taiwan's city governments go by the city's
# first character (南市府, 北市府). A spokesman or the data a bureau gives name it too
# (统计局新闻发言人, 据统计局提供).
# Found from the suffix and read backwards: a pattern opening with a lookbehind would be tried
# at every position of a long report.
_BUREAU_END = re.compile(
    "[局处](?=表示|指出|说明|报告|强调|提醒|呼吁|发布|也|亦|则|已|今|将|说|称|统计|透过|通过|每|$"
    "|补充|回应|澄清|重申|解释|坦言|诚挚|邀请|希望|宣布|公布|建议"
    "|(?:新闻)?发言人|提供)",
    re.M,
)
# … and as what a councillor asks, urges or thanks, or what a clause's 同时 turns to (要求交通局不要
# 「各做各的」, 要求社會局、警察局及民政局加速, 同時社會局應, 慰勉水利局同仁): a 、/及-list of such
# bureaus after the verb, each of them a body. Not a word of scope (相关局, 有关局处, 所属局) nor
# the bureau's head's title (要求环保局长), nor an office (秘书处: 要求秘书处, 要求进行处理): 局 only.
_ASKED_BUREAU = "(?![各本该全两多每这那此其相有所])[^\\W\\d局处]{2}局"
_ASKED_BUREAUS = re.compile(
    "(?:要求|期盼|慰勉|促请|敦促|责成|同时|建请|请求)"
    f"((?:{_ASKED_BUREAU}[、及和与])*{_ASKED_BUREAU})(?![长面势部限])"
)
_LIST_JOINS = re.compile("[、及和与]")
# The city government's own departments after 本府 / 市府 (本府政风处督同…, 向本府政风处检举,
# 本府都市发展局: two to four characters of remit).
# A commission's own bureaus after 本会 (副本：本会检查局, Taiwan's FSC). Words of scope (相关局处,
# 有关局) name no department: the city's departments in general.
_OWN_DEPARTMENT = re.compile(
    r"(?:本府|市府|县府|本会)((?![各本该全两多每这那]|相关|有关|所属|其他|其它)[^\W\d局处]{2,4}[局处])"
)
# Committees by their one-character short names standing alone (据农委提供数据): a closed
# class; after a level word they are bureaus (市农委) and found as such.
_SHORT_COMMITTEE = re.compile("[农科经教建计商侨民]委")
_COMMITTEE_SOURCE = re.compile("提供|发布|统计|数据")
_REMIT_PAIR = re.compile("(?![各本该全两多每这那])[^\\W\\d局处]{2}")
# A commission's work plan names its own divisions in a table's column of who does each task:
# a division alone on its cell's line, three to six characters of remit and 处 (综合规划处,
# 交通建设处, 设施养护处; two are found above). Not a word of scope (各相关处), nor a phrase whose
# last character makes a word with 处 (不足之处, 有关好处, 存在难处), nor a line that opens with a
# preposition of source (根据市府|财政处统计: the division is the clause's object).
_DIVISION_CELL = re.compile(
    "(?![各本该全两多每这那此其]|相关|有关|所属|其他|其它|依据|根据|按照|依照|遵照|据|经由|通过|透过|关于)"
    "[^\\W\\d局处的和与及或等之]{2,5}[^\\W\\d局处的和与及或等之好用长短益去住难深到四远近此彼]处"
)
# … and in its own notices as 委 + the division (（一）委客运处指导市道运中心开展…, 委港务监管处):
# 委 is the commission itself, and the division is part of the name. Opening a clause or an
# item; not its divisions in general (委有关职能处室, 委内各相关处室) nor 处 of a verb (处理, 处置).
_OWN_DIVISION = re.compile(
    "委(?![各本该全两多每这那此其内]|相关|有关|所属|其他|其它)[^\\W\\d局处委的]{2,5}?处"
    "(?![室理置罚分于在境长])"
)
_ITEM_BEFORE = re.compile("[（(][一二三四五六七八九十\\d]{1,3}[）)]$")
_CLAUSE_OPEN = frozenset("\n：:，。；、！？（")
# … and by its whole name before 市府 (台南市府), and the city council so too (南市议会); the
# city's bureaus by the short name too, with or without 府 (南市卫生局, 南市府卫生局, 北市教育局):
# two characters of remit, not a word the level character opens (市场, 市区, 市民 but 民政局, 市长).
_CITY_GOVERNMENT = re.compile(
    "[新台北桃中南高基竹嘉苗彰投屏宜花澎](?:(?<=[新台北桃中南高基竹嘉])(?<![\u4e00-\u9fff].)"
    "(?:(?<=新)北|(?<=台)北|(?<=桃)园|(?<=台)中|(?<=台)南|(?<=高)雄|(?<=基)隆|(?<=新)竹|(?<=嘉)义|(?<=[北桃中南高基竹嘉]))市"
    "(?:议会|府?(?![场区长内]|民(?!政))[^\\W\\d局处府]{2}[局处]|府)"
    # … and a county's government and council by the county's first character (竹县府, 彰县府,
    # 屏县议会, 投县府: Taiwan's press), where the county's full name is not written.
    "|(?<=[竹苗彰投嘉屏宜花澎])(?:(?<![\u4e00-\u9fff].)|(?<=[与和及同跟向由对].))"
    "县(?:议会|府))"
)


# A body named by its remit alone right before its own head's title (国民经济综合统计司司长,
# 统计局局长, 新闻办副主任, 职工会登记局局长; a congress's committee by its short name before its
# chair's title, 宪法法律委副主任委员, 财经委副主任委员): the title names the body as its head's.
_HEAD_TITLE = re.compile(
    "[局司署处厅办委](?:(?<=局)(?=副?局长)|(?<=司)(?=副?司长)|(?<=署)(?=副?署长)|(?<=处)(?=副?处长)"
    "|(?<=厅)(?=副?厅长)|(?<=办)(?:公室)?(?=副?主任)|(?<=委)员会(?=副?主任)|(?<=委)(?=副?主任委员))"
)
# … and with the title fused to the body's head, the head's character written once, right
# before the head's own name (Taiwan's releases: 水利局長邱忠川, 經發局長張婷媛; 药剂科长): the
# body is named as its head's. Only before a name that reads as one (surname and given-name
# characters) and no place (长江), after no character that makes the head another word (格局,
# 布局, 当局, 高处, 到处), so 格局长远, 布局长三角, 当局长期 and 高处长江 name no body.
# A qualifier before the head's character makes it part of a title (助理署长, 代理局长, 署理处长).
_TITLE_QUALIFIERS = ("助理", "代理", "署理", "常务", "执行", "首席", "副", "总", "分")
# (the title's character first, the one before it checked after: re skips to the candidates)
_FUSED_TITLE = re.compile("([局处署科])(?<=[\u4e00-\u9fff].)(?=长[\u4e00-\u9fff]{2,3})")


def heads_bodies(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for a body before its own head's title; the name reaches back to a stop
    word, and its remit must be two characters or more of no function word (各局局长, 分局局长,
    该局局长 name no body)."""
    out: list[Candidate] = []
    heads = [m.span() for m in _HEAD_TITLE.finditer(masked)]
    heads += [
        (m.start(), m.end())
        for m in _FUSED_TITLE.finditer(masked)
        if masked[m.start() - 1] != m.group()
        and masked[m.start() - 1] not in NOT_BUREAU_BEFORE.get(m.group(), "")
        and not masked.endswith(_TITLE_QUALIFIERS, 0, m.start())
        and not gaz.place_re.match(masked, m.end())  # 高处|长江, 新格局|长江经济带
        and _head_named(masked, m.end() + 1, gaz)
    ]
    for s, e in heads:
        start = name_start(masked, s, gaz)
        # 經發局長…: a clause's first two characters are the remit (經 there is no "via").
        if (
            s - start < 2
            and _opens_clause(masked, s - 2)
            and _REMIT_PAIR.fullmatch(masked, s - 2, s)
        ):
            start = s - 2
        if any(k.end() == e for k in gaz.org_re.finditer(masked, start, e)):
            continue  # a known body (政务司): found by its name, and where it begins
        remit = masked[start:s]
        if (
            len(remit) < 2
            or remit[:2] in gaz.function_words
            or remit[-1] in "分总副代"  # 治安警察局代局长: the acting head's title
            or remit[-1] == "前"  # 保安局前局长: a former head's title (the body is 保安局)
            or is_generic(remit)
        ):
            continue
        out.append((start, e, "ORG", 2))
    return out


def _head_named(masked: str, at: int, gaz: Gazetteer) -> bool:
    """Whether a person's name of two or three characters stands at ``at`` (邱忠川 after 局长)."""
    return any(plausible_name(masked[at : at + k], gaz) for k in (3, 2))


def _opens_clause(masked: str, s: int) -> bool:
    return s == 0 or (s > 0 and masked[s - 1] in _CLAUSE_OPEN)


#: Pairs that name no remit of a bureau of their own: a body's secretariat (秘书处) and the
#: management office every estate, park and building has (管理處報告, 向管理處申請).
_NO_REMIT = frozenset(("秘书", "管理"))


def bare_bureaus(masked: str) -> list[Candidate]:
    """ORG candidates for bureaus named bare as a clause's subject and for 南市府."""
    out: list[Candidate] = []
    for m in _BUREAU_END.finditer(masked):
        s = m.start() - 2
        if m.group() == "处" and masked[s - 1 : s] not in _CLAUSE_OPEN:
            line = masked.rfind("\n", 0, m.start()) + 1
            if _DIVISION_CELL.fullmatch(masked, line, m.end()):
                out.append((line, m.end(), "ORG", 1))  # 综合规划处 alone on its table cell's line
                continue
        if (
            s < 0
            or not _REMIT_PAIR.fullmatch(masked, s, m.start())
            or masked[s : s + 2] in _NO_REMIT
        ):
            continue  # 秘书处回应: a body's organ, no body of its own; 管理处: every estate's office
        if s == 0 or masked[s - 1] in _CLAUSE_OPEN or masked[max(0, s - 2) : s] == "本局":
            out.append((s, m.end(), "ORG", 1))
    for m in _OWN_DIVISION.finditer(masked):
        s = m.start()
        if s == 0 or masked[s - 1] in _CLAUSE_OPEN or _ITEM_BEFORE.search(masked, max(0, s - 5), s):
            out.append((s, m.end(), "ORG", 1))
    for m in _ASKED_BUREAUS.finditer(masked):
        pos = m.start(1)
        for item in _LIST_JOINS.split(m.group(1)):
            if item[1] not in NOT_BUREAU_BEFORE[item[2]]:
                out.append((pos, pos + 3, "ORG", 1))
            pos += 4
    out += [(m.start(), m.end(), "ORG", 1) for m in _CITY_GOVERNMENT.finditer(masked)]
    out += [(m.start(1), m.end(1), "ORG", 1) for m in _OWN_DEPARTMENT.finditer(masked)]
    for m in _SHORT_COMMITTEE.finditer(masked):
        s, e = m.span()
        before, after = masked[s - 1 : s], masked[e : e + 1]
        alone = not (before and is_cjk(before)) and not (after and is_cjk(after))
        if alone or (before in ("据", "由", "经", "向") and _COMMITTEE_SOURCE.match(masked, e)):
            out.append((s, e, "ORG", 1))
    return out


_EXPERT_COMMITTEE = re.compile("专家(?:咨询)?委员会")
# Words that give a committee's scope, not its remit (国内专家委员会, 相关专家委员会).
_SCOPE_WORDS = frozenset(
    "国内 国际 国外 外部 内部 相关 有关 各级 省级 市级 区级 县级 国家级 高端".split()
)


def expert_committees(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for a committee of experts named by its remit (文物保护专家委员会), with
    the verbs before it left out (设立|文物保护…, 组织|城市更新…); a level word stays
    (区城市更新专家委员会). Without a remit (组建专家委员会) it is a common noun."""
    out: list[Candidate] = []
    for m in _EXPERT_COMMITTEE.finditer(masked):
        start = name_start(masked, m.start(), gaz)
        while (
            masked[start : start + 2] in gaz.verbs
            or masked[start : start + 2] in gaz.function_words
        ):
            start += 2
        remit = masked[start : m.start()].lstrip("".join(lx.LEVEL_CHARS))
        if len(remit) >= 2 and remit[:2] not in _SCOPE_WORDS:
            out.append((start, m.end(), "ORG", 1))
    return out


# The working departments of a Party committee, written after the committee's level word
# (市委宣传部, 省委组织部, 区委统战部, 县委办公室, 市委党校) or after its place (甘肃省委宣传部,
# 中共北京市委组织部). The committee alone (市委, 区委) is generic; its department is one body, as
# a level word with a remit is (市商务局). 部门 ("departments") and 部们 are words, not a 部.
# And the courts, procuratorates and hospitals named by a level word and 人民 (市人民检察院,
# 省高级人民法院, 市第一人民医院), whose 人民 is no generic modifier there.
_LEVEL_BODY = re.compile(
    "(?:(?:自治区|自治州|[省市区县州盟旗])委"
    "(?:宣传部|组织部|统战部|统一战线工作部|社会工作部|政法委员会|政法委|办公厅|办公室|网信办"
    "|党校|外办|财办|农办|编办|政研室|政策研究室|老干部局|台办|港澳办|巡察办|教育工委|金融办"
    "|党史研究室|直属机关工委)(?![门们])"
    "|[省市区县](?:第[一二三四五六七八九十]{1,3})?(?:高级|中级)?人民(?:法院|检察院|医院))"
)
# The level's people's organisations and supply co-operative after its level word (省供销社,
# 区供销联社, 市总工会), found from the organisation's word (rare) and its level before it.
_LEVEL_ORG = re.compile(
    "[省市区县](?:供销合作社|供销联社|供销社|总工会|妇联|工商联|科协|残联|文联|侨联)(?![门们])"
)
# A level character that ends a word (城市, 超市) or stands for every body of its level (全市,
# 各区, 本县): no one body.
_LEVEL_IN_WORD = frozenset("城都超股门上")
_EVERY = frozenset("全各本该我两")


def level_bodies(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for a Party committee's department and a level's court, procuratorate or
    hospital after its level word, with the place (and 中共) when they are written before it."""
    out: list[Candidate] = []
    for m in _LEVEL_ORG.finditer(masked):
        s = m.start()
        if masked[s - 1 : s] not in _EVERY and not (s and masked[s - 1] in _LEVEL_IN_WORD):
            out.append((s, m.end(), "ORG", 1))
    if "委" not in masked and "人民" not in masked:
        return out
    for m in _level_body_matches(masked):
        s = m.start()
        before = masked[s - 1 : s]
        if before in _EVERY or (before in _LEVEL_IN_WORD and masked[s] == "市"):
            continue
        start = name_start(masked, s, gaz) if before and is_cjk(before) else s
        prefix = masked[start:s]
        place = prefix[2:] if prefix.startswith("中共") else prefix
        if prefix and not (place in gaz.full_places or gaz.place_re.fullmatch(place)):
            start = s - 2 if prefix.endswith("中共") else s
        out.append((start, m.end(), "ORG", 1))
    return out


# The CPPCC's committees by their term (政协第十四届全国委员会, 中国人民政治协商会议上海市第十四届
# 委员会) and their standing committees: the full name of the body, as the notices and the news
# of its meetings write it; the meeting after it (第五十二次主席会议) is an event.
_CPPCC_TERM = re.compile(
    "(?:中国人民政治协商会议|政协)[\u4e00-\u9fff]{0,8}?第[一二三四五六七八九十]+届(?:全国)?委员会"
    "(?:常务委员会)?"
)


def term_bodies(masked: str) -> list[Candidate]:
    """ORG candidates for the CPPCC's committees named by their term."""
    if "届" not in masked:
        return []
    return [(m.start(), m.end(), "ORG", 1) for m in _CPPCC_TERM.finditer(masked)]


_LEVEL_FIRST = frozenset("自省市区县州盟旗")


def _level_body_matches(masked: str) -> list[re.Match[str]]:
    """The matches of _LEVEL_BODY, found from its rare anchors (委, 人民) and read backwards: a
    scan from every level character (市, 区 are everywhere) costs a report ten times more."""
    found: dict[int, re.Match[str]] = {}
    for anchor, back in (("委", (3, 1)), ("人民", (5, 4, 3, 2, 1))):  # the longest first
        at = masked.find(anchor)
        while at >= 0:
            for k in back:
                if at < k or masked[at - k] not in _LEVEL_FIRST:
                    continue
                m = _LEVEL_BODY.match(masked, at - k)
                if m:
                    found.setdefault(m.start(), m)
                    break
            at = masked.find(anchor, at + len(anchor))
    return [found[k] for k in sorted(found)]


# A village's, town's or community's party organ is a body named with its place (河南村党支部,
# 左权县辽阳镇党委, 宽城区长山花园社区党委), as the place's government is (彭浦镇政府). A mine's
# or a company's 党委 is not joined (芦岭煤矿党委书记: the post's body is the mine).
_PARTY_ORGAN = re.compile("党(?<=[村镇乡区道]党)(?:委|支部|总支)")
_LOCAL_PLACE_ENDS = ("村", "镇", "乡", "社区", "街道")


def place_party_organs(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for a party organ after a place below the county that a place opens."""
    out: list[Candidate] = []
    for m in _PARTY_ORGAN.finditer(masked):
        start = name_start(masked, m.start(), gaz)
        part = masked[start : m.start()]
        if len(part) >= 3 and part.endswith(_LOCAL_PLACE_ENDS) and starts_with_place(part, gaz):
            out.append((start, m.end(), "ORG", 2))
    return out


# A government's own division by its remit and 处, written right after the government named by
# its place (屏东县政府社会处, 彰化县政府农业处, 台南市政府新闻及国际关系处, 某市政府办公厅秘书处):
# Taiwan's county governments are organised in 处, its cities in 局 and 处, and a name in 处 is
# no suffix of its own (处 is "place" and "to handle"). Two to eight characters of remit, 及 or
# 暨 inside (城市暨观光发展处); not a word of scope (各处, 相关处室), nor a place by the building
# (政府门口处, 政府大楼前处), nor 处 of a verb (处理, 处置, 处罚).
_GOVERNMENT_DIVISION = re.compile(
    "政府((?![各本该全两多每这那此其内下]|相关|有关|所属|其他|其它|直属)"
    "[^\\W\\d局处府委的和与或等之、]{1,7}[^\\W\\d局处府委的和与或等之、口前后旁边内外近面侧上下里间])处"
    "(?![理置罚分于在境所室])"
)


def government_divisions(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """ORG candidates for a division in 处 right after its place's government (屏东县政府社会处)."""
    out: list[Candidate] = []
    for m in _GOVERNMENT_DIVISION.finditer(masked):
        s = m.start()
        start = name_start(masked, s, gaz)
        if (
            s - start >= 2
            and masked[s - 1] in lx.LEVEL_CHARS
            and starts_with_place(masked[start:s], gaz)
        ):
            out.append((start, m.end(), "ORG", 2))
    return out
