"""The form of a Taiwan administrative decision (行政處分: a 裁處書 or 處分書).

The 文書處理手冊 sets a 處分書 out as fields, each a label closed by a colon (full-width or
half-width, the label's characters sometimes spaced out), one field to a line:

- a letterhead naming the authority and the document's kind: 「金融監督管理委員會 裁處書」;
- the letter's own fields: 受文者, 發文日期 (a 民國 date: 「中華民國103年6月25日」), 發文字號
  (「金管銀控字第1036000292G號」), and on some 速別 and 密等及解密條件或保密期限;
- the party (受處分人, with a qualifier: 受處分人姓名或名稱, 受處分人名稱; a 裁罰 summary's
  受裁罰之對象, a later form's 相對人), followed by its sub-lines (統一編號, 地址, 代表人或管理人
  姓名), then 主旨;
- the body in labelled parts (事實, 事實及理由, 理由及法令依據, 繳款方式, 注意事項 …), which
  ``gui.core.subheads`` reads.

Authorities publish each decision under a one-sentence summary of it (the FSC's 「中國信託商業
銀行辦理…，核處新臺幣200萬元罰鍰；…」), set right above the header: its title, however long,
and whatever it ends with.

The other Taiwan 公文 of the 公文程式條例 (art. 2: 令, 函, 公告) open the same way when a page
prints their head: a letterhead naming the authority and the kind (「臺南市政府　公告」,
「臺南市政府公告」, 「行政院 函」), then 發文日期 / 發文字號 / 附件 and 主旨; a 公告 then comes in
parts headed 依據： and 公告事項：, a 函 in 說明： and 辦法：. The city publishes each 公告 under its
主旨 sentence, above the letterhead. Such a letterhead counts only over the letter's own fields
(a 發文日期, 發文字號 or 受文者 line within the next lines): a mainland banner 「XX公告」 over its
「2019年第1号」 is GB/T 9704's, read by ``gui.core.header``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from gui.core.document import HeaderField
from gui.core.patterns import HAN, LazyPattern, letter_cuts

_CN_NUM = "一二三四五六七八九十"


def _spaced(word: str) -> str:
    """``word`` with white space allowed between its characters (「主　　旨」)."""
    return r"\s*".join(word)


#: The labels that open a decision's header, Traditional and Simplified. 受處分人 may carry a
#: qualifier before its colon (姓名或名稱, 名稱, 身分證統一號碼).
_HEADER_LABELS = (
    "受文者 發文日期 发文日期 發文字號 发文字号 發文機關 发文机关 速別 速别 "
    "受裁罰之對象 受裁罚之对象 處分對象 处分对象 處分之對象 处分之对象 相對人 相对人 "
    "裁罰時間 裁罚时间 處分時間 处分时间 主旨"
).split()
_PARTY = r"受\s*[處处]\s*分\s*人[^\s:：，。]{0,10}"
#: A header field line: an optional field number (一、 in a 裁罰 summary's numbered fields), a
#: label, a colon.
HEADER_FIELD = LazyPattern(
    rf"(?:[{_CN_NUM}]{{1,3}}\s*、\s*)?(?:{_PARTY}|"
    + "|".join(_spaced(w) for w in sorted(set(_HEADER_LABELS), key=len, reverse=True))
    + r")\s*[:：]"
)
#: The letterhead: the authority, then the document's kind, alone on the line.
LETTERHEAD = LazyPattern(
    rf"(?P<issuer>{HAN}[^\s:：，。]{{1,30}}?)\s*(?:裁\s*處\s*書|處\s*分\s*書|裁\s*处\s*书|处\s*分\s*书)"
)
#: A 公告, 函 or 令's letterhead: the authority (a body's name) and the kind, alone on the line.
#: (A 書函, the 函's shorter form for routine business — the 文書處理手冊's 其他公文 — prints
#: the same head in the gazette: 「國防部書函」 / 「中華民國101年3月30日」 / 「國法審判字第…號」.)
_AUTHORITY_NAME = (
    rf"{HAN}[^\s:：，。]{{1,30}}?(?:政府|委員會|委员会|中心|[局部署院處处會会所府館馆])"
)
NOTICE_LETTERHEAD = LazyPattern(rf"(?P<issuer>{_AUTHORITY_NAME})\s*(?:公\s*告|[書书]\s*函|函|令)")
_AUTHORITY = LazyPattern(rf"(?P<issuer>{_AUTHORITY_NAME})")
#: A notice's letterhead stands this close above the first field of its letter, a field in
#: Traditional characters (a mainland site's table may set a name over 「发文日期：」).
_LETTERHEAD_REACH = 3
_TW_LETTER_FIELD = LazyPattern(r"(?:受\s*文\s*者|發\s*文\s*(?:日\s*期|字\s*號))\s*[:：]")
#: Its issue date (發文日期) and number (發文字號): the value after the label.
DATE_FIELD = LazyPattern(
    r"[發发]\s*文\s*日\s*期\s*[:：]\s*(?P<value>(?:中華民國|中华民国|民國|民国)?\s*\d{2,4}\s*年"
    r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
)
NUMBER_FIELD = LazyPattern(
    r"[發发]\s*文\s*字\s*[號号]\s*[:：]\s*(?P<value>\S{1,12}字第\s*[0-9A-Za-z]{3,16}\s*[號号])"
)
ISSUER_FIELD = LazyPattern(r"[發发]\s*文\s*機\s*關\s*[:：]\s*(?P<value>[^\s，。]{2,30})")
# A 公告's record as a plan or a notice prints it under its authority: the date and number it
# was announced by (「中華民國 103 年 6 月 12 日府都規字第 10332006200 號公告公開展覽」, 「…號公告
# 發布實施」, 「…號函」), opening its line.
_RECORD = LazyPattern(
    r"(?P<date>(?:中華民國|中华民国|民國|民国)\s*\d{2,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*(?P<number>\S{1,12}字第\s*[0-9A-Za-z]{3,16}\s*[號号])\s*(?:公告|函|令)"
)
#: A 令 or 公告 as the gazette prints it: under the letterhead its date and number alone on
#: their lines, with no labels (「內政部令」 / 「中華民國99年5月25日」 / 「台內移字第0990930805號」).
#: (…the gazette's note 「（補登）」, "registered late", may follow the date: not part of it.)
_BARE_DATE = LazyPattern(
    r"(?P<value>(?:中華民國|中华民国|民國|民国)\s*\d{2,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"(?:\s*[（(](?:補登|补登)[）)])?"
)
_BARE_NUMBER = LazyPattern(r"(?P<value>[^\s，。：:]{1,12}字第\s*[0-9A-Za-z]{3,16}\s*[號号])")
_FIELD_FIRST = "受發发速處处相裁主" + _CN_NUM
#: How far into a text its header is looked for: it opens the text, under the summary.
HEADER_LINES = 20
#: A decision's summary sentence may run this long and still be its title.
MAX_SUMMARY_CHARS = 300


def is_header_line(line: str) -> bool:
    """Whether a stripped line is one of the fields (or the letterhead) that open a decision."""
    if not line:
        return False
    if line[-1] in "書书" and LETTERHEAD.fullmatch(line) is not None:
        return True
    # (The first character before the pattern: most lines open with no label and no number.)
    return line[0] in _FIELD_FIRST and HEADER_FIELD.match(line) is not None


def _bare_field(line: str) -> tuple[str, Any] | None:
    """A gazette's unlabelled date or number line (``_BARE_DATE``, ``_BARE_NUMBER``): its
    field's name and match."""
    if line[:1] in "中民" and (m := _BARE_DATE.fullmatch(line)) is not None:
        return "date", m
    if line[-1:] in "號号" and (m := _BARE_NUMBER.fullmatch(line)) is not None:
        return "number", m
    return None


def is_notice_letterhead(lines: Sequence[str], i: int) -> bool:
    """``lines[i]`` is a 公告's, 函's or 令's letterhead (「臺南市政府　公告」) over its letter's
    fields (發文日期, 發文字號, 受文者 within the next lines)."""
    line = lines[i]
    if line and line[-1] not in "告函令" and i + 1 < len(lines):
        # (The authority alone, its letter's first field right under it: 「臺南市政府」 over
        # 「發文日期：中華民國115年4月17日」.)
        return (
            _AUTHORITY.fullmatch(line) is not None
            and _TW_LETTER_FIELD.match(lines[i + 1]) is not None
        )
    if not line or NOTICE_LETTERHEAD.fullmatch(line) is None:
        return False
    # (A gazette's 令 has its date and number under it with no labels: ``_bare_field``.)
    return any(
        _TW_LETTER_FIELD.match(nxt) or _bare_field(nxt)
        for nxt in lines[i + 1 : i + 1 + _LETTERHEAD_REACH]
    )


def header_start(lines: Sequence[str]) -> int | None:
    """The index of the first header line among the first lines of a text, else None."""
    for i, line in enumerate(lines[:HEADER_LINES]):
        if is_header_line(line) or is_notice_letterhead(lines, i):
            return i
    return None


#: A field of the header's party block: a short label and its value, or the label alone with
#: its value on the next line (「營利事業統一編號：略」, 「代表人或管理人姓名：蔡○○」, 「地址：」).
_PARTY_FIELD = LazyPattern(r"[^\s，。；:：]{1,14}\s*[:：]")
_SUBJECT = LazyPattern(r"(?:[一二三四五六七八九十]{1,3}\s*、\s*)?主\s*旨\s*[:：]")
#: Distribution lines at the foot (正本, 副本, 抄本): fields, never the label of a part.
DISTRIBUTION_LABEL = LazyPattern(r"[正副抄]\s*本\s*[:：]")


def has_subject(lines: Sequence[str]) -> bool:
    """Whether a header (``lines``) holds a 主旨 field (「主　　旨：…」, 「四、主旨：…」, or run
    into the line of the fields above it, as a scraper joins them): a letter's, a 公告's or a
    decision's subject. A 令 has none: its header ends with its 字號 and its points follow."""
    return any(_SUBJECT.compiled.search(line) for line in lines)


def is_order(lines: Sequence[str]) -> bool:
    """Whether a header (``lines``) is a 令's: a letterhead whose kind is 令 (「經濟部令」, a joint
    令's 「考試院」 / 「行政院令」) over its letter's 字號 (the gazette's bare 「經投字第09603270960號」
    or a 發文字號 field) within the next lines, and no 主旨 (``has_subject``: a 令 has none). A
    header that merely lacks its 主旨 line (a decision's, scraped without it, or one whose block
    ``header_end`` closed early) is no 令: round o41 took it for one (review rv26, task fx26)."""
    if has_subject(lines):
        return False
    for i, line in enumerate(lines):
        if line[-1:] != "令" or not is_notice_letterhead(lines, i):
            continue
        for nxt in lines[i + 1 : i + 1 + _LETTERHEAD_REACH]:
            bare = _bare_field(nxt)
            if (bare is not None and bare[0] == "number") or NUMBER_FIELD.match(nxt):
                return True
    return False


#: A part's label run on with its text: two to six characters, spaced out or not (any white
#: space, as ``_spaced``: a page's &nbsp; as well as 「依　　據」's ideographic spaces), ：, text.
_RUN_ON_LABEL = LazyPattern(r"[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,5}\s*[:：]\s*\S")


def is_run_on_label(line: str) -> bool:
    """A part's label with its text on the same line (「依　　據：技師執業執照換發辦法第10條」,
    「事實及理由：…」): body in a document set out in labelled parts, like 「主旨：…」 — the line
    form decides (docs/gold-outline.md, batches 9 and 10). Round o41."""
    return _RUN_ON_LABEL.match(line) is not None


def header_end(lines: Sequence[str]) -> int | None:
    """The index of the last line of a decision's header (its 主旨 line, or else the last
    field line of the block that opens at ``header_start``), None when the text has none.
    The body's labelled parts (事實：, 理由及法令依據： …) come after it."""
    start = header_start(lines)
    if start is None:
        return None
    last = start
    for i in range(start, len(lines)):
        line = lines[i]
        if _SUBJECT.match(line):
            return i
        if is_header_line(line) or _PARTY_FIELD.match(line) or _bare_field(line):
            last = i
        elif i > last + 1:
            break  # (a value on the line under its label is part of the block)
    return last


def is_summary_title(lines: Sequence[str]) -> bool:
    """``lines[0]`` is a decision's summary sentence: a line of text (not a header field)
    right above the decision's header."""
    return (
        len(lines) >= 2
        and 0 < len(lines[0]) <= MAX_SUMMARY_CHARS
        and not is_header_line(lines[0])
        and (is_header_line(lines[1]) or is_notice_letterhead(lines, 1))
    )


def read_fields(lines: Sequence[Any], fields: dict[str, HeaderField]) -> None:
    """A decision's issuer (its letterhead, or a 發文機關 line), issue date (發文日期) and
    number (發文字號), from the header at the head of ``lines`` (objects with ``start`` and
    ``text``: ``gui.core.header``'s lines). Fields already read are kept."""
    head = _pieces(lines[: 2 * HEADER_LINES])
    texts = [ln.text for ln in head]
    start = header_start(texts)
    if start is None:
        _read_record(head, fields)
        return
    end = header_end(texts)
    for i in range(start, (end if end is not None else start) + 1):
        ln = head[i]
        letterhead = LETTERHEAD.fullmatch(ln.text) if ln.text[-1] in "書书" else None
        if letterhead is None and is_notice_letterhead(texts, i):
            letterhead = NOTICE_LETTERHEAD.fullmatch(ln.text) or _AUTHORITY.fullmatch(ln.text)
        if letterhead is not None:
            _joint_letterhead(head, i, letterhead, fields)
            _set(fields, "issuer", ln, letterhead, "issuer")
        for name, pattern in (
            ("date", DATE_FIELD),
            ("number", NUMBER_FIELD),
            ("issuer", ISSUER_FIELD),
        ):
            m = pattern.match(ln.text)
            if m is not None:
                _set(fields, name, ln, m, "value")
        if i > start and (bare := _bare_field(ln.text)) is not None:
            above = _bare_field(head[i - 1].text)
            if bare[0] == "number" and above is not None and above[0] == "number":
                _add_number(fields, ln, bare[1])
            _set(fields, bare[0], ln, bare[1], "value")
    # (The letter's own header first: a gazette 令 carries a regulation whose history lines
    # under its title are records too, 「民國81年1月24日（81）陸法字第0311號令發布」.)
    _read_record(head, fields)


#: A joint 令's other authority stands alone over the letterhead: a short line.
_JOINT_AUTHORITY_CHARS = 12


def _joint_letterhead(head: Sequence[Any], i: int, letterhead: Any, fields: dict) -> None:
    """Round 29: a joint 令 (會銜) prints its authorities one a line, the kind after the last
    (「考試院」 / 「行政院令」): ``issuer`` names both, set apart by a space."""
    above = head[i - 1] if i > 0 else None
    if above is None or len(above.text) > _JOINT_AUTHORITY_CHARS or "issuer" in fields:
        return
    # (…its name letter-spaced as the gazette prints it: 「內　  政  　部」, batch 39)
    if head[i].text[-1:] != "令" or _AUTHORITY.fullmatch("".join(above.text.split())) is None:
        return
    end = head[i].start + letterhead.end("issuer")
    fields["issuer"] = HeaderField(f"{above.text} {letterhead['issuer']}", above.start, end)


def _add_number(fields: dict, ln: Any, m: Any) -> None:
    """A joint 令's second 字號 on the line under the first (「院授人力字第0990061810號」): the
    ``number`` names both, set apart by a space."""
    first = fields.get("number")
    if first is not None and first.start is not None:
        value = f"{first.text} {m['value']}"
        fields["number"] = HeaderField(value, first.start, ln.start + m.end("value"))


def _read_record(head: Sequence[Any], fields: dict[str, HeaderField]) -> None:
    """The date and number of a 公告's record line (``_RECORD``) among the first lines, and its
    authority alone on the line above."""
    for i, ln in enumerate(head[:HEADER_LINES]):
        if ln.text[:1] not in "中民" or (m := _RECORD.match(ln.text)) is None:
            continue
        _set(fields, "date", ln, m, "date")
        _set(fields, "number", ln, m, "number")
        if i > 0 and (a := _AUTHORITY.fullmatch(head[i - 1].text)) is not None:
            _set(fields, "issuer", head[i - 1], a, "issuer")
        return


@dataclass(frozen=True)
class _Piece:
    start: int
    text: str


def _pieces(lines: Sequence[Any]) -> list[Any]:
    """``lines``, a letter's fields run together on one line taken apart (a page that lost
    its line breaks: 「臺南市政府　公告發文日期：…發文字號：…主旨：…」, ``patterns.letter_cuts``)."""
    out: list[Any] = []
    for ln in lines:
        cuts = letter_cuts(ln.text) if len(ln.text) > 40 else []
        if not cuts:
            out.append(ln)
            continue
        bounds = sorted({0, *cuts, len(ln.text)})
        for a, b in zip(bounds, bounds[1:], strict=False):
            piece = ln.text[a:b].rstrip()
            if piece:
                out.append(_Piece(ln.start + a, piece))
    return out


def _set(fields: dict[str, HeaderField], name: str, ln: Any, m: Any, group: str) -> None:
    if name not in fields:
        fields[name] = HeaderField(m[group], ln.start + m.start(group), ln.start + m.end(group))
