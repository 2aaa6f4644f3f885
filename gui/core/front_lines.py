"""The front lines under a title: a work report's subtitle (——…会议上) or occasion line, a
regulation's promulgation line or adoption note, and a 公文's 主送机关 (``gui.core.header`` reads
the rest of the head and the tail)."""

from __future__ import annotations

from gui.core.datelines import OUTLET_END
from gui.core.document import HeaderField
from gui.core.head_lines import (
    DASHES,
    DATE,
    DATE_TEXT,
    OCCASION_LINE,
    SUBTITLE,
    HeadLine,
    field_of,
    looks_numbered,
)
from gui.core.patterns import HAN, LazyPattern

# A regulation's promulgation line (2022年4月14日 国家市场监督管理总局令第56号公布) and its
# adoption note (（2025年12月30日上海市第十六届人民代表大会常务委员会第二十六次会议通过）, brackets
# or not: local regulations list each adoption, approval and amendment on a line of its own).
# (Round 31: in brackets with its commencement after it, as a ministry's page prints a 规章's
# note under its title: 「（2011年4月18日环境保护部令第17号公布 自2011年5月1日起施行）」; the gap
# may be an entity the page's Markdown copy kept, 「&emsp;」.)
_PROMULGATION = LazyPattern(
    rf"(?P<open>[（(])?\s*(?P<date>{DATE_TEXT})\s*(?P<number>(?P<issuer>{HAN}{{2,30}}?)令\s*第\s*\d+\s*号)"
    rf"\s*(?:公布|发布|發布)?(?(open)(?:(?:\s|&emsp;|&nbsp;)*自\s*{DATE_TEXT}\s*起\s*施行)?\s*[）)])"
)
_ADOPTION = LazyPattern(
    rf"[（(]?\s*(?P<date>{DATE_TEXT})\s*(?P<issuer>{HAN}(?:\n?{HAN}){{1,40}}?)第(?:{HAN}|\d){{1,6}}次"
    r"(?:全体)?会议"
    r"(?:通过|审议通过|修订|修正|批准)[^（()）]*[）)]?"
)


def _signed_paragraph(line: str) -> bool:
    """A paragraph of text (longer than a title, closed by a sentence's end) that a dashed
    line under it signs."""
    return len(line) > _SIGNED_CHARS and line.rstrip("”’」』）)")[-1:] in "。！？!?…"


#: A paragraph a dash signs is longer than this (a title, a subtitle's first line are not).
_SIGNED_CHARS = 60
#: A subtitle line this long holds more than its occasion: the report's text run on after it.
_RUN_ON_LINE = 200
#: …whose subtitle is the dash, the date and the occasion up to its 「会议上」.
_RUN_ON_OCCASION = LazyPattern(
    rf"[{DASHES}]{{1,2}}\s*(?:{DATE_TEXT})?\s*在[^。！？；，]{{4,80}}?(?:会议|會議|大会|大會)上"
)


# A 公文's 成文日期 in brackets alone under its title, as a paper or a news agency prints a
# central document (「中共中央 国务院关于实施乡村振兴战略的意见」 / 「（2018年1月2日）」).
_DATE_NOTE = LazyPattern(rf"[（(]\s*(?P<date>{DATE_TEXT})\s*[）)]")

#: A joint 解释's 题注: each body's adoption at its own meeting, listed with 、 (「2024年1月8日
#: 最高人民法院审判委员会第1911次会议、2024年7月23日最高人民检察院第十四届检察委员会第三十四次会议通过」).
_MEETING = rf"(?:{DATE_TEXT})\s*{HAN}{{2,40}}?第(?:{HAN}|\d){{1,6}}次(?:全体)?会议"
_JOINT_ADOPTION = LazyPattern(rf"[（(]?\s*{_MEETING}(?:[、，,和及]\s*{_MEETING})+\s*通过\s*[）)]?")


def read_joint_adoption(head: list[HeadLine], fields: dict, used: list[int]) -> None:
    """The 成文日期 of a joint 解释 from its 题注 in the head, above or under the title: every
    body's adoption date in reading order, joined by a space as joint issuers are."""
    for ln in head:
        if "会议" in ln.text and _JOINT_ADOPTION.fullmatch(ln.text) is not None:
            dates = list(DATE.compiled.finditer(ln.text))
            text = " ".join(m[0] for m in dates)
            fields.setdefault(
                "date", HeaderField(text, ln.start + dates[0].start(), ln.start + dates[-1].end())
            )
            used.append(ln.index)
            return


def _note_over_two_lines(ln: HeadLine, below: HeadLine) -> HeadLine:
    """A bracketed 题注 that a page wrapped onto the next line (「（2022年1月9日三都水族自治县第
    十七届人民代表」 / 「大会第一次会议通过　…批准）」), read as one line over the line break; ``ln``
    itself where the next line is not right below it."""
    if below.start != ln.end + 1:
        return ln
    return HeadLine(ln.index, ln.start, ln.text + "\n" + below.text)


# A release's deck naming the act its official performs (round 19: the Presidential Office's
# 「總統出席「二二八事件77周年中樞紀念儀式」」, 「副總統出席「…」」, 「總統接見「…」」, 「總統春節慰勉：…」),
# right under the headline: its subtitle.
_OFFICE = r"(?:副總統|總統|副总统|总统|院長|院长|部長|部长|市長|市长|縣長|县长|省長|省长|主席|主委|局長|局长)"
_ACT_DECK = LazyPattern(
    rf"{HAN}{{0,8}}?{_OFFICE}{HAN}{{0,4}}?"
    r"(?:出席|接見|接见|參加|参加|慰勉|視察|视察|訪視|访视|主持|會見|会见|拜會|拜会|致詞|致辞)"
    r"\s*(?:「[^「」。！？]{2,60}」|[:：]\s*[^。！？；：:]{2,40})"
)


# A portal's meta line under a story's headline, with no keys: the time in figures and the
# outlet's name (「2015-07-21 17:36:12 华东五金网」; round 21). Not in a 公文.
_PORTAL_META = LazyPattern(
    r"(?P<time>(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)"
    rf"\s+(?P<source>(?:{HAN}|[A-Za-z]){{2,12}}?{OUTLET_END})"
)


def is_adoption_note(text: str) -> bool:
    """A law's or a decision's adoption note (题注): 「（2024年6月27日宿迁市第六届人民代表大会常务委员会
    第十九次会议通过…）」."""
    return len(text) <= 300 and _ADOPTION.fullmatch(text) is not None


def is_act_deck(text: str) -> bool:
    """Whether a subtitle is a release's deck naming its official's act (``_ACT_DECK``): a
    press release's, no work report's."""
    return _ACT_DECK.fullmatch(text) is not None


def read_front(
    head: list[HeadLine], after: int, fields: dict, used: list[int], official: bool
) -> None:
    """Subtitle (——…会议上), a regulation's promulgation line or adoption note, a portal's
    time-and-outlet line under a story's headline and, in a 公文, the 主送机关 right after the
    title."""
    for n, ln in enumerate(head[after : after + 3], after):
        if n + 1 < len(head) and ln.text[0] in "（(" and ")" not in ln.text and "）" not in ln.text:
            ln = _note_over_two_lines(ln, head[n + 1])
        if "令" in ln.text or "会议" in ln.text.replace("\n", ""):
            m = _PROMULGATION.fullmatch(ln.text) or _ADOPTION.fullmatch(ln.text)
            if m is not None:
                for name in ("date", "number", "issuer"):
                    if name in m.re.groupindex and name not in fields:
                        fields[name] = field_of(ln, m, name)
                used.append(ln.index)
                continue
        dated = _DATE_NOTE.fullmatch(ln.text) if official and n == after else None
        if dated is not None and "date" not in fields:
            fields["date"] = field_of(ln, dated, "date")
            used.append(ln.index)
            continue
        occasion_line = OCCASION_LINE.fullmatch(ln.text) if "subtitle" not in fields else None
        if occasion_line is not None:
            end = occasion_line.start("speaker") if occasion_line["speaker"] else len(ln.text)
            fields["subtitle"] = HeaderField(ln.text[:end].rstrip(), ln.start, ln.start + end)
            for name in ("occasion", "date", "speaker"):
                if occasion_line[name] and name not in fields:
                    fields[name] = field_of(ln, occasion_line, name)
            used.append(ln.index)
            continue
        if ln is head[after] and "subtitle" not in fields and is_act_deck(ln.text):
            fields["subtitle"] = HeaderField(ln.text, ln.start, ln.end)
            used.append(ln.index)
            continue
        # (A dash under a paragraph of text signs that paragraph — a reader's letter on a Q&A
        # page: 「…要“离场”了，…？」 / 「——人民网网友18****2」 — no subtitle.)
        signs = n > after and _signed_paragraph(head[n - 1].text)
        if (
            ln.text[0] in DASHES
            and SUBTITLE.match(ln.text)
            and "subtitle" not in fields
            and not signs
        ):
            # (A crawl that ran the page into one line runs the report on after its occasion:
            # the subtitle ends at 「…会议上」 and the line stays the body's.)
            run_on = _RUN_ON_OCCASION.match(ln.text) if len(ln.text) > _RUN_ON_LINE else None
            end = run_on.end() if run_on is not None else len(ln.text)
            fields["subtitle"] = HeaderField(ln.text[:end], ln.start, ln.start + end)
            occasion = ln.text[:end].lstrip("—－─- ").strip()
            offset = ln.text.find(occasion)
            fields["occasion"] = HeaderField(occasion, ln.start + offset, ln.start + end)
            d = DATE.search(ln.text[:end])
            if d and "date" not in fields:
                fields["date"] = HeaderField(d[0], ln.start + d.start(), ln.start + d.end())
            if run_on is None:
                used.append(ln.index)
            continue
        meta = None if official or "time" in fields else _PORTAL_META.fullmatch(ln.text)
        if meta is not None:
            for name in ("time", "source"):
                fields.setdefault(name, field_of(ln, meta, name))
            used.append(ln.index)
            continue
        if official and "addressees" not in fields:
            names_end = addressees_end(ln.text)
            if names_end is not None:
                fields["addressees"] = HeaderField(
                    ln.text[:names_end], ln.start, ln.start + names_end
                )
                break


# What one addressee's name ends with: a body (单位, 部门, 人民政府, 委员会, 局 …) or a person
# addressed by office (「马万祺副主席：」, a 复函's addressee), or as the member or deputy whose
# proposal or suggestion a reply answers (「王超斌委员：」, 「…代表：」).
_ADDRESSEE_END = LazyPattern(
    r"(?:单位|單位|部门|部門|机构|機構|机关|機關|政府|委员会|委員會|中心|公司|企业|企業|学校|學校"
    r"|[委办辦局厅廳院署会會部处處府]|同志|主席|总理|總理|部长|部長|省长|省長|市长|市長|先生|女士|委员|委員|代表)$"
)
_ADDRESSEE_PART = 40


#: A 主送机关 a page ran into the body's first paragraph (「各有关单位：为加快…」) is read where
#: the names close by this far into the line and a paragraph of text follows them.
_RUN_IN_NAMES = 60
_RUN_IN_TEXT = 20


def addressees_end(text: str) -> int | None:
    """Where the 主送机关 that opens ``text`` ends (before its ：): the whole line, or the
    names a page ran into the first paragraph (their line break lost, as a Markdown reader
    joins a paragraph's lines) when a sentence follows them."""
    if is_addressees(text):
        return len(text) - 1
    colon = text.find("：", 0, _RUN_IN_NAMES)
    if colon < 0:
        # (A half-width colon as some pages type it — 「市相关部门:根据…」, 「…部门(单位):2021年
        # 1月7日8时，…」 —, not a clock's 16:00: a figure on both sides.)
        colon = text.find(":", 0, _RUN_IN_NAMES)
        clock = text[colon - 1 : colon].isdigit() and text[colon + 1 : colon + 2].isdigit()
        colon = -1 if colon > 0 and clock else colon
    if colon < 0 or len(text) - colon - 1 < _RUN_IN_TEXT:
        return None
    if "。" not in text[colon:] and not text.endswith(("如下：", "如下:")):
        return None  # (a sentence follows, or the lead-in 「…通知如下：」 the first paragraph is)
    # (A level's alternatives in brackets are names: 「各市（州）、县（市、区）人民政府」.)
    names = _LEVEL_ALTERNATIVES.compiled.sub("", text[:colon])
    if any(c.isdigit() or c in "()（）" for c in names):
        return None  # names, not a date or a time (「2月26日(四)開幕日及假日，自 16：」)
    return colon if is_addressees(text[: colon + 1]) else None


#: An administrative level's alternatives in brackets after a level (「市（州）」, 「县（市、区）」), and
#: the bodies 「有关部门（单位）」 addresses.
_LEVEL_ALTERNATIVES = LazyPattern(
    r"(?<=[省市州县縣区區旗盟])[（(][省市州县縣区區旗盟、]{1,5}[)）]|(?<=部门|部門)[（(](?:单位|單位)[)）]"
)
#: A 公文's first paragraph opens so after its 主送机关 (「现将…转发你们」, 「根据…」, 「为…」).
_BODY_OPENING = ("现将", "現將", "根据", "根據", "为", "為", "按照", "经", "經", "近期", "近日")


#: A reply's (批复, 复函, 答复) first sentence: the request it answers received (「你市《关于恳请
#: 批复鹰潭港总体规划的请示》（鹰府文〔2020〕5号）收悉。」, 「您提出的…建议收悉，现答复如下：」).
_REPLY_OPENING = LazyPattern(r"[^。！？\n]{2,200}?收悉[。，,；]")


def _opens_body(text: str) -> bool:
    """Whether ``text`` opens as a 公文's first paragraph does under its 主送机关."""
    return text.startswith(_BODY_OPENING) or _REPLY_OPENING.compiled.match(text) is not None


def read_plain_addressees(head: list[HeadLine], after: int, fields: dict) -> None:
    """The 主送机关 a page ran into a 公文's first paragraph under a heading that names no genre
    (a portal's 「接访信息详情」 over 「各市（州）、…各直属机构：现将…」): read only where the
    names address every body of a kind (「各…」) and the paragraph opens as a 公文's does.
    A head whose title and 文号 a crawl dropped opens with its 主送机关 (「鹰潭市人民政府：」 over
    「你市《…》收悉。」, 江西's portal crawled body only): its first line's names, alone on the
    line or run into the paragraph, are read where that paragraph opens as a 公文's does."""
    if "addressees" in fields or after >= len(head):
        return
    ln = head[after]
    names_end = addressees_end(ln.text)
    if names_end is None:
        return
    if ln.text.startswith("各"):
        if is_addressees(ln.text) or ln.text[names_end + 1 :].startswith(_BODY_OPENING):
            fields["addressees"] = HeaderField(ln.text[:names_end], ln.start, ln.start + names_end)
        return
    if after != 0:
        return  # (under a title, read_front reads the names of a 公文's head)
    if is_addressees(ln.text):
        below = head[after + 1].text if after + 1 < len(head) else ""
    else:
        below = ln.text[names_end + 1 :].lstrip()
    if _opens_body(below):
        fields["addressees"] = HeaderField(ln.text[:names_end], ln.start, ln.start + names_end)


def is_addressees(text: str) -> bool:
    """A 主送机关 line (GB/T 9704-2012 7.3.2): names closed by ：, listed with 、 and ，
    (「各区人民政府，市政府各委、办、局：」) or one name alone (「各有关单位：」, 「湖北省人民政府：」).
    Not a lead-in sentence (「…精神，具体通知如下：」): no sentence end, no title in 《》, every
    listed part a name's length; not a speech's salutation (「各位代表：」)."""
    if len(text) < 3 or text[-1] not in "：:" or looks_numbered(text) or len(text) > 200:
        return False
    names = text[:-1].strip()
    if any(c in names for c in '。！？；;《“"') or names.endswith(("如下", "下列", "以下")):
        return False
    if names.startswith("各位") or names.endswith("们"):
        return False  # a speech's salutation (「各位代表：」, 「同志们：」), not a 主送机关
    parts = [p.strip() for p in names.replace("，", "、").replace(",", "、").split("、")]
    if len(parts) > 1:
        return all(0 < len(p) <= _ADDRESSEE_PART for p in parts)
    return len(names) <= _ADDRESSEE_PART and bool(
        names.startswith("各") or _ADDRESSEE_END.search(names)
    )
