"""A news piece's dateline (电头): the outlet, place and date that open its lead paragraph.

News in Chinese states who filed a story and when at the head of its first paragraph, in a few
fixed forms (a wire's 电头, a site's 讯, a bracketed tag, a Taiwan paper's reporter note):

- 「新华社北京12月3日电」, 「中国经济网北京6月12日讯」, 「中央社台北12日電」 — outlet, place, date,
  then 电/讯 (電/訊);
- 「【眾新聞】」, 「【南市博通報】」 — the outlet or issuing unit in brackets (通報/讯… dropped);
- 「（記者王大明／台北報導）」 — the reporter and place of a Taiwan paper's story;
- 「(星島日報報道)」 — a Hong Kong paper naming its own report.

The dateline stays body text (the author wrote it), but gives the header's ``source`` and
``time`` as written — like a byline gives ``reporter`` (``docs/gold-outline.md``). Only the
document's own lead counts: a digest's items each open with their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from gui.core.document import HeaderField
from gui.core.head_lines import HeadLine
from gui.core.patterns import HAN, LazyPattern

# What an outlet's name ends with: a news agency (社, 通讯社), a site (网), a paper (报, 日报),
# a broadcaster (台, 电视台), a news service (新闻), a channel (频道).
#: How an outlet's name ends (新华社, 中国经济网, 人民日报, 華東五金網 …).
OUTLET_END = r"(?:通讯社|通訊社|电视台|電視台|新闻|新聞|频道|頻道|社|网|網|报|報|台|臺)"
_DAY = r"(?:(?:19|20)\d{2}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日"
_WIRE = LazyPattern(
    rf"[（(]?(?P<source>(?:{HAN}|[A-Za-z·]){{1,10}}?{OUTLET_END})"
    rf"(?:(?P<place>{HAN}{{0,8}}?)(?P<time>{_DAY})|(?P<bare>))"
    r"\s*(?:电|電|讯|訊)[）)]?"
)
_TAG = LazyPattern(
    rf"【(?P<source>(?:{HAN}|[A-Za-z·]){{2,12}}?)(?P<kind>通報|通报|讯|訊|专电|專電|电|電|快讯|快訊)?】"
)
_TAG_SOURCE_END = LazyPattern(rf"{OUTLET_END}$")
_REPORTER_NOTE = LazyPattern(
    rf"[（(](?:記者|记者)\s*(?P<reporter>{HAN}{{2,4}}(?:[、，,]{HAN}{{2,4}})*)\s*[／/]\s*"
    rf"{HAN}{{2,4}}(?:綜合)?(?:報導|报道)[）)]"
)
# A wire's dateline naming its reporters (中央社's form): 「（中央社記者郭建伸、林巧璉台北16日電）」,
# 「（中央社記者廖禹揚首爾7日專電）」 — outlet, 記者 and the names, place, day, 電 or 專電. (A name
# is read as three characters first, the common length: 「廖禹揚首爾」 is 廖禹揚 in 首爾.)
_NAME = rf"(?:{HAN}{{3}}|{HAN}{{2}}|{HAN}{{4}})"
_WIRE_REPORTER = LazyPattern(
    rf"[（(](?P<source>(?:{HAN}|[A-Za-z·]){{1,10}}?{OUTLET_END})(?:記者|记者)"
    rf"(?P<reporter>{_NAME}(?:[、，,]{_NAME}){{0,3}})"
    rf"(?P<place>{HAN}{{1,8}}?)(?P<time>{_DAY})\s*(?:專|专|特)?(?:電|电)[）)]"
)
# A mainland wire's or paper's reporters in brackets after its dateline, correspondents
# (通讯员) after them: 「科技日报兰州6月11日电 （记者颉满斌 通讯员余若怡）锂同位素…」.
_WIRE_NOTE = LazyPattern(
    rf"\s*[（(](?:記者|记者)\s*(?P<reporter>{HAN}{{2,4}}(?:[、，,\s]{HAN}{{2,4}})*?)"
    rf"(?:\s*(?:通讯员|通訊員|实习生|實習生)\s*{HAN}{{2,4}}(?:[、，,\s]{HAN}{{2,4}})*)?[）)]"
)
# A site's or station's 消息 opening its lead (「央视网消息（新闻联播）：」, 「新华网北京12月3日消息：」):
# the outlet, a place and date, 消息, the programme in brackets, the colon.
_MESSAGE = LazyPattern(
    rf"(?P<source>(?:{HAN}|[A-Za-z·]){{1,10}}?{OUTLET_END})"
    rf"(?:(?P<place>{HAN}{{0,8}}?)(?P<time>{_DAY}))?消息"
    r"(?:[（(][^）)\n]{1,12}[）)])?\s*[：:]"
)
# A Hong Kong paper's note of its own report opening the lead (「(星島日報報道)中美貿易戰…」):
# the outlet and 報道 in brackets (round 19).
_PAPER_REPORT = LazyPattern(
    rf"[（(](?P<source>(?:{HAN}|[A-Za-z·]){{1,10}}?{OUTLET_END})\s*(?:報道|报道|報導)[）)]"
)
# The paper, site or station naming itself (本报讯, 本网北京电): no outlet named.
_SELF = ("本报", "本報", "本网", "本網", "本台", "本臺", "本刊")
#: A dateline opens a paragraph of text: at least this much follows it on its line.
_LEAD_TEXT = 10


def read_dateline(lines: Sequence[HeadLine], title_at: Sequence[int], fields: dict) -> None:
    """Fill ``source``, ``time`` (and ``reporter``) from the dateline that opens the lead
    paragraph — the first line under the title, or the first line where there is no title —
    where the header has none of them yet."""
    at = max(title_at) + 1 if title_at else 0  # (a wire story may come without a headline)
    if at >= len(lines):
        return
    lead = lines[at]
    found = _dateline(lead.text)
    if found is None:
        found = _message(lead.text, lines)
    if found is None:
        return
    for name, (start, end) in found.items():
        value = lead.text[start:end]
        if name not in fields and value:
            fields[name] = HeaderField(value, lead.start + start, lead.start + end)


#: A bracketed byline closing the piece's last paragraph (「…12320咨询。（总台记者 田萌 王一丹）」):
#: the outlet, if named, and the reporters.
_CLOSING_BYLINE = LazyPattern(
    # (round t28: a space between the paper and 记者, 「…创业。（经济日报 记者 王金虎）」)
    rf"[。！？”」][（(](?P<source>(?:{HAN}|[A-Za-z·]){{0,8}}?)\s?(?:記者|记者)\s*"
    rf"(?P<reporter>{HAN}{{2,4}}(?:[、\s]{HAN}{{2,4}}){{0,3}})[）)]$"
)


def read_closing_byline(lines: Sequence[HeadLine], fields: dict) -> None:
    """Fill ``reporter`` (and ``source``) from a bracketed byline that closes the text's last
    paragraph, where the header has no reporter yet (``docs/gold-outline.md``: inline
    furniture, as a paper's 「文/图 本报特派记者…报道」)."""
    if not lines or "reporter" in fields:
        return
    last = lines[-1]
    m = _CLOSING_BYLINE.compiled.search(last.text[-40:])
    if m is None:
        return
    at = last.start + len(last.text) - len(last.text[-40:])
    fields["reporter"] = HeaderField(
        m["reporter"], at + m.start("reporter"), at + m.end("reporter")
    )
    if m["source"] and not m["source"].startswith(_SELF) and "source" not in fields:
        fields["source"] = HeaderField(m["source"], at + m.start("source"), at + m.end("source"))


#: A Taiwan paper's byline run onto the end of the lead paragraph (「…送醫挽回一命。報導．攝影╱韓旭爾」).
_RUN_ON_BYLINE = LazyPattern(
    rf"[。！？”」](?:報導|报道|撰文|採訪|采访)(?:[．・·、](?:攝影|摄影))?\s*[╱／/]\s*(?P<reporter>{HAN}{{2,4}})$"
)
#: The run-on byline is read in the first lines of the text.
_RUN_ON_LINES = 8


def closing_byline_at(line: str) -> int | None:
    """(Round t26) Where a byline run onto the end of a paragraph starts on ``line`` — a bracketed
    one (``_CLOSING_BYLINE``: 「…12320咨询。（总台记者 田萌 王一丹）」) or a Taiwan paper's
    (``_RUN_ON_BYLINE``: 「…送醫挽回一命。報導．攝影╱韓旭爾」) —, after the sentence it closes;
    None when the line ends otherwise. The header reads the reporter from it; it is furniture."""
    if (
        not line
        or line[-1] not in "）)"
        and "╱" not in line[-8:]
        and "／" not in line[-8:]
        and "/" not in line[-8:]
    ):
        return None
    for pattern, tail in ((_CLOSING_BYLINE, 40), (_RUN_ON_BYLINE, 24)):
        m = pattern.compiled.search(line[-tail:])
        if m is not None:
            return len(line) - len(line[-tail:]) + m.start() + 1
    return None


def read_run_on_byline(lines: Sequence[HeadLine], fields: dict) -> None:
    """Fill ``reporter`` from a byline a page ran onto the end of a paragraph in the first
    lines (furniture inside the line, ``docs/gold-outline.md``, batch 39)."""
    for ln in lines[:_RUN_ON_LINES]:
        if "reporter" in fields:
            return
        m = _RUN_ON_BYLINE.compiled.search(ln.text[-24:])
        if m is not None:
            at = ln.start + len(ln.text) - len(ln.text[-24:])
            fields["reporter"] = HeaderField(
                m["reporter"], at + m.start("reporter"), at + m.end("reporter")
            )


#: A wire's feature set under its dateline with the headline after 题： (「新华网北京4月9日电 题：高校
#: 博物馆：大学里的“大学”」, batch 51 — 新华社's form for its features, 「新华社北京3月5日电 题：…」):
#: the dateline, then 题：, then the headline.
_FEATURE = LazyPattern(r"\s*(?:[（(][^（）()]{1,20}[）)]\s*)?[题題]\s*[:：]\s*")
#: The headline after 题： is this long at least.
_FEATURE_TITLE_CHARS = 4


def feature_title_at(line: str) -> tuple[int, dict[str, tuple[int, int]]] | None:
    """Where the headline starts on a feature's title line that opens with its dateline and 题：,
    and the dateline's fields (``source``, ``time``) as spans of ``line``; None for any other
    line."""
    if "题" not in line and "題" not in line:
        return None
    wire = _WIRE.match(line)
    if wire is None or wire["time"] is None:
        return None
    feature = _FEATURE.match(line, wire.end())
    if feature is None or len(line) - feature.end() < _FEATURE_TITLE_CHARS:
        return None
    return feature.end(), {name: wire.span(name) for name in ("source", "time")}


def bracketed_dateline(line: str, dated: bool = True) -> bool:
    """Whether ``line`` is a wire's dated dateline in brackets and nothing else
    (「（新华社北京3月26日电）」): the credit a paper's reprint sets under the text it took
    from the wire — a speech's 「谢谢大家。」, a letter's date —, no lead's opening. With
    ``dated`` False the wire's name and 电 alone count too (「（新华社电）」)."""
    m = _WIRE.fullmatch(line)
    return m is not None and line[0] in "（(" and line[-1] in "）)" and bool(m["time"] or not dated)


def starts_with_dateline(text: str) -> bool:
    """Whether ``text`` opens with a news dateline (「新华社北京12月3日电」, 「（中央社記者…電）」)."""
    return _dateline(text) is not None


def _dateline(text: str) -> dict[str, tuple[int, int]] | None:
    """Where the dateline at the start of ``text`` names its outlet, date and reporter."""
    m = _WIRE_REPORTER.match(text)
    if m is not None and len(text) - m.end() >= _LEAD_TEXT and _reads_on(text[m.end() :]):
        return {name: m.span(name) for name in ("source", "time", "reporter")}
    m = _PAPER_REPORT.match(text)
    if m is not None and not m["source"].startswith(_SELF) and len(text) - m.end() >= _LEAD_TEXT:
        return {"source": m.span("source")} if _reads_on(text[m.end() :]) else None
    m = _WIRE.match(text) or _TAG.match(text) or _REPORTER_NOTE.match(text)
    if m is None or len(text) - m.end() < _LEAD_TEXT or not _reads_on(text[m.end() :]):
        return None
    out: dict[str, tuple[int, int]] = {}
    if m.re is _REPORTER_NOTE.compiled:
        return {"reporter": m.span("reporter")}
    if m.re is _TAG.compiled:
        if not (_TAG_SOURCE_END.search(m["source"]) or m[0][-2] in "報报讯訊电電"):
            return None  # a topic or a bureau (【旅遊局】), not who filed the piece
        if m["source"].startswith(_SELF):
            return None  # 【本报讯】: the paper names no outlet
        if m["kind"] in ("专电", "專電") and not _TAG_SOURCE_END.search(m["source"]):
            return {}  # 【仰光專電】: where the piece was filed, not who filed it (round 29)
        return {"source": m.span("source")}
    if m["bare"] is not None and not text[m.end() :][:1].isspace():
        return None  # 「国家电网电力…」: no date, nothing setting the dateline off
    if not m["source"].startswith(_SELF):
        out["source"] = m.span("source")
    if m["time"]:
        out["time"] = m.span("time")
        note = _WIRE_NOTE.match(text, m.end())
        if note is not None and _reads_on(text[note.end() :]):
            out["reporter"] = note.span("reporter")
    return out or None


def _message(text: str, lines: Sequence[HeadLine]) -> dict[str, tuple[int, int]] | None:
    """Where a 消息 dateline opening ``text`` names its outlet and date — unless other lines
    open with the same words: a digest's items each carry their own (the 新闻联播 digests)."""
    m = _MESSAGE.compiled.match(text)
    if m is None or m["source"].startswith(_SELF) or not _reads_on(text[m.end() :]):
        return None
    if sum(ln.text.startswith(m[0]) for ln in lines) > 1:
        return None
    return {name: m.span(name) for name in ("source", "time") if m[name]}


def _reads_on(rest: str) -> bool:
    """Text follows the dateline: the lead's first words, not a list's or a table's."""
    rest = rest.lstrip(" \u3000：:")
    return bool(rest) and (rest[0].isalnum() or rest[0] in "“「《(（")
