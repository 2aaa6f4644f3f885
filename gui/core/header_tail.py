"""The tail of a 公文 (GB/T 9704-2012 7.3.5, 8) and the documents a notice carries after it.

``read_tail`` reads, after the front matter, the 附件说明 (``附件：`` and its numbered lines), the
发文机关署名 and 成文日期 (the first date alone on its line, or a web page's form of it:
``gui.core.page_dates``) and the 版记 (抄送/印发); a 印发/批转/转发 notice's signature and date may
be followed by the title of the document it carries, and a notice may carry two. The titles of
such documents and of each 附件 head annex sections in the outline. ``gui.core.header`` reads
the head and calls these.
"""

from __future__ import annotations

import re

from gui.core.annexes import is_annex_heading
from gui.core.closing_formula import closes_with_formula
from gui.core.document import HeaderField
from gui.core.head_lines import (
    ANNEX_NOTE,
    DATE,
    DATE_LINE,
    DISTRIBUTION,
    RELAY,
    TITLE_END,
    HeadLine,
    field_of,
    looks_numbered,
    without_entities,
)
from gui.core.header_titles import is_title_text, title_issuer, wrapped_title
from gui.core.page_dates import read_page_date
from gui.core.patterns import ORG_END, LazyPattern
from gui.core.subheads import is_office_signature

_TAIL_LINES = 40


def read_tail(
    text: str,
    rest: list[HeadLine],
    fields: dict,
    used: list[int],
    official: bool,
    title_at: list[int],
    lines: list[HeadLine],
) -> list[int]:
    """附件说明, 署名, 成文日期 (GB/T 9704's, or a web page's form of it under the signature:
    ``read_page_date``) and 版记 after the front matter; returns the line numbers of an issued
    document's title when one follows the date (a 印发 notice carries the plan it issues after
    its own signature and date)."""
    annex = next((i for i, ln in enumerate(rest) if is_annex_heading(ln.text)), len(rest))
    main = rest[:annex]
    closing = closes_with_formula([ln.text for ln in main])  # (a letter without its head)
    at = _signature_date(main, official or bool(title_at) or closing or "addressees" in fields)
    attached: list[int] = []
    if at is not None:
        ln = main[at]
        m = DATE_LINE.compiled.fullmatch(ln.text, 0, _without_note(ln.text))
        assert m is not None
        noted = fields.get("date")
        fields.setdefault("date", field_of(ln, m, "date"))
        used.append(ln.index)
        signed_block = bool(m["signer"])
        if m["signer"]:
            fields.setdefault("signature", field_of(ln, m, "signer"))
        elif at > 0 and _is_signer(without_entities(main[at - 1].text)):
            prev = main[at - 1]
            name = without_entities(prev.text)  # 「国务院办公厅 &bsp;」: the name alone
            fields.setdefault("signature", HeaderField(name, prev.start, prev.start + len(name)))
            used.append(prev.index)
            signed_block = True
        if signed_block and _noted_over_addressees(noted, fields.get("addressees")):
            # (o42: a notice adopted by a meeting, its note under the title — 「1997年9月24日
            # 最高人民检察院第八届检察委员会第七十四次会议通过」 — then its 主送机关, and signed and
            # dated under its text: the date the signature block gives is its 成文日期.)
            fields["date"] = field_of(ln, m, "date")
        attached = _attached_title(main, at)
    elif "date" in fields and (signer := _office_signer(main)) is None:
        # (o42: a Taiwan 函 signed by its office's name alone, 「國 防 部」, notes under it who
        # decided for the office: the document it carries follows that note.)
        delegated = next((i for i, ln in enumerate(main) if _DELEGATED.fullmatch(ln.text)), None)
        if delegated is not None:
            attached = _attached_title(main, delegated)
    elif "date" in fields and signer is not None:
        # A Taiwan 令 dates itself at its head and signs under its text (「部　　長　江宜樺」);
        # the document it issues follows, under its own title.
        fields.setdefault(
            "signature", HeaderField(main[signer].text, main[signer].start, main[signer].end)
        )
        used.append(main[signer].index)
        attached = _attached_title(main, signer)
    near_from = max(0, (at if at is not None else len(main)) - _TAIL_LINES)
    near = main[near_from:]
    # (where the signature stands in ``near``: an item's title may wrap above it)
    signed_at = -1 if at is None else at - near_from - (at > 0 and main[at - 1].index in used)
    for n, ln in enumerate(near):
        if ln.text[0] == "附" and ANNEX_NOTE.match(ln.text) and "annexes" not in fields:
            # 附件：1．… and the numbered lines after it: one 附件说明.
            last = ln
            for k, nxt in enumerate(near[n + 1 :], start=n + 1):
                if not (looks_numbered(nxt.text) and is_title_text(nxt.text)) and not (
                    k < signed_at and _wrapped_item(nxt.text)
                ):
                    break
                last = nxt
                used.append(nxt.index)
            used.append(ln.index)
            fields["annexes"] = HeaderField(
                "\n".join(x.text for x in near[n : near.index(last) + 1]), ln.start, last.end
            )
    for ln in rest[-_TAIL_LINES:]:
        if _is_distribution(ln.text) and ln.index not in used:
            prior = fields.get("distribution")
            start = prior.start if prior else ln.start
            fields["distribution"] = HeaderField(
                (prior.text + "\n" if prior else "") + ln.text, start, ln.end
            )
            used.append(ln.index)
    if "issuer" not in fields and title_at and (official or "signature" in fields):
        # The title's 「XX关于」 names the issuer in full; the signature may shorten it
        # (「市交通委 市公安局」 for 上海市交通委员会 上海市公安局, a 镇 without its city).
        issuer = title_issuer(lines, title_at, fields.get("signature"))
        if issuer is not None and ORG_END.search(issuer.text) and not RELAY.search(issuer.text):
            fields["issuer"] = issuer
    if "signature" in fields and "issuer" not in fields and official:
        fields["issuer"] = fields["signature"]
    if "date" not in fields and (official or "addressees" in fields) and title_at:
        signed = read_page_date(text, main, fields)  # (the page's 「2025-12-03」 under the name)
        if signed is not None:
            used.append(signed)
    return [main[i].index for i in attached]


#: How a document's own hierarchy opens: 一、, 第一章, 第一条.
_FIRST_NUMBERS = ("一、", "第一章", "第一条")


#: A draft's table comparing its articles with the ones in force, printed after its 總說明 (「護理
#: 人員法施行細則第十七條之一修正草案條文對照表」 over 「修　正　條　文」 / 「現　行　條　文」 /
#: 「說　　　　　明」, a gazette's draft notice, batch 54): a carried part of its own (round o43).
_COMPARISON_TABLE = LazyPattern(r"[^\s，,。；;：:]{2,60}(?:條文|条文)?(?:對照表|对照表)")
_COLUMN_HEAD = LazyPattern(r"(?:修\s*正|現\s*行|现\s*行|新\s*增|原)\s*(?:條|条)\s*文")


def further_carried(lines: list[HeadLine], attached: list[int]) -> list[int]:
    """A notice may carry two documents of one genre (「…转制为企业和进一步支持文化企业发展两个
    规定的通知」): after the first carried document, a line standing alone that ends in the
    same genre word and opens a hierarchy of its own (一、, 第一章 or 第一条 again, within two
    lines) is the next one's title; so is a draft's 條文對照表 over its column heads, after its
    總說明 (``_COMPARISON_TABLE``, round o43)."""
    at = {ln.index: n for n, ln in enumerate(lines)}
    carried = [at[i] for i in attached if i in at]
    if not carried:
        return []
    m = TITLE_END.search("".join(lines[n].text for n in carried).replace(" ", ""))
    genre = None if m is None else m[0].rstrip(")） ")
    found = []
    for n in range(max(carried) + 2, len(lines) - 1):
        text = lines[n].text
        if text[-1] == "表" and _COMPARISON_TABLE.compiled.fullmatch(text):
            if any(_COLUMN_HEAD.compiled.fullmatch(ln.text) for ln in lines[n + 1 : n + 3]):
                found.append(lines[n].index)  # (a draft's 條文對照表 over its column heads)
            continue
        if genre is None or len(text) > 40 or not text.endswith(genre):
            continue
        if not is_title_text(text):
            continue
        if looks_numbered(text) or is_annex_heading(text):
            continue
        if any(ln.text.startswith(_FIRST_NUMBERS) for ln in lines[n + 1 : n + 3]):
            found.append(lines[n].index)
    return found


def annex_title_lines(rest: list[HeadLine]) -> list[int]:
    """The title under each 「附件N」 label of a 公文, joined when wrapped: it heads the annex."""
    starts = [i + 1 for i, ln in enumerate(rest[:-1]) if is_annex_heading(ln.text)]
    starts = [i for i in starts if is_title_text(rest[i].text) and not looks_numbered(rest[i].text)]
    return [rest[k].index for i in starts for k in _annex_title(rest, i)]


def _annex_title(rest: list[HeadLine], first: int) -> list[int]:
    """An annex's title under its label, joined when wrapped (``wrapped_title``) — or wrapped
    after a word no title ends on and before the annex's text (「促进3岁以下婴幼儿照护服务发展」 /
    「工作部门职责分工」 / 「省发展改革委负责…。」): a second title line, not numbered, that ends
    no genre word either, with a sentence under it (o42)."""
    lines = wrapped_title(rest, first)
    last = lines[-1]
    if len(lines) > 1 or last + 2 >= len(rest) or TITLE_END.search(rest[last].text):
        return lines
    nxt, under = rest[last + 1].text, rest[last + 2].text
    if (
        is_title_text(nxt)
        and len(nxt) <= 30
        and not looks_numbered(nxt)
        and not is_annex_heading(nxt)
        and under[-1] in "。；;"
        and not is_title_text(under)
    ):
        return [*lines, last + 1]
    return lines


def _noted_over_addressees(noted: HeaderField | None, addressees: HeaderField | None) -> bool:
    """Whether a date was read from the head above the 主送机关 (a 题注's or note's date)."""
    return (
        noted is not None
        and addressees is not None
        and noted.start is not None
        and addressees.start is not None
        and noted.start < addressees.start
    )


def _office_signer(main: list[HeadLine]) -> int | None:
    """The first line among the first ``_TAIL_LINES`` that is an office's signature."""
    return next(
        (i for i, ln in enumerate(main[:_TAIL_LINES]) if is_office_signature(ln.text)), None
    )


#: A 公文's note of how it is published run onto its 成文日期's line (「2016年11月24日（此件有删改）」,
#: batch 59's 国发 notice; round o43).
_PUBLISHED_NOTE = LazyPattern(r"\s*[（(]此件[^（）()]{1,12}[）)]$")


def _without_note(text: str) -> int:
    """Where a date line ends before the note run onto it (``_PUBLISHED_NOTE``), if any."""
    if text[-1:] not in "）)":
        return len(text)
    note = _PUBLISHED_NOTE.compiled.search(text)
    return len(text) if note is None else note.start()


def _signature_date(main: list[HeadLine], allowed: bool) -> int | None:
    """The 成文日期 line: the first date standing alone on its line (or after the signer on
    its line). Dates in body text sit inside sentences; a 印发 notice's own date comes before
    the plan it carries, whose dates come later."""
    if not allowed:
        return None
    for i, ln in enumerate(main):
        end = _without_note(ln.text)
        if len(ln.text) > 60 or ln.text[end - 1] != "日":
            continue
        m = DATE_LINE.compiled.fullmatch(ln.text, 0, end)
        if m is not None and (not m["signer"] or _is_signer(m["signer"])):
            return i
    return None


_ISSUING = LazyPattern(r"(?:印发|批转|转发|印發|批轉|轉發)[^《]{0,20}《(?P<issued>[^《》]{4,80})》")


#: A Taiwan 令 that enacts or amends rules names them in 「」 (「公平交易委員會令：訂定「違反…計算辦法」」,
#: 「…令：修正「…補助作業要點」第4點規定」) and prints them under its signature (o42).
_ENACTING = LazyPattern(r"(?:訂定|修正|廢止|发布|發布|公布|订定)「(?P<issued>[^「」]{4,80})」")
#: …the amended rule's own title may add the part it amends (「…作業要點第四點修正規定」).
_AMENDED_PART = 12


def issued_title_lines(rest: list[HeadLine], title: str) -> list[int]:
    """The line(s) of the document a 印发/批转/转发 notice issues: its 《title》 standing
    alone (or wrapped over two lines) later in the text; or the rules a 令 enacts in 「」,
    their title standing alone, the amended part named after it."""
    m = _ISSUING.search(title)
    enacted = _ENACTING.search(title) if m is None and "「" in title else None
    if enacted is not None:
        name = re.sub(r"\s+", "", enacted["issued"])
        for ln in rest:
            text = re.sub(r"\s+", "", ln.text)
            if text.startswith(name) and len(text) - len(name) <= _AMENDED_PART:
                if text == name or TITLE_END.search(text):
                    return [ln.index]
        return []
    if m is None:
        return []
    issued = re.sub(r"\s+", "", m["issued"])
    for i, ln in enumerate(rest):
        text = re.sub(r"\s+", "", ln.text)
        if text == issued:
            return [ln.index]
        if issued.startswith(text) and len(text) >= 4 and i + 1 < len(rest):
            if text + re.sub(r"\s+", "", rest[i + 1].text) == issued:
                return [ln.index, rest[i + 1].index]
    return []


NOTE = LazyPattern(r"[（(][^（()）]{2,30}[）)]")
#: A Taiwan 函's note under its signature of who decided for the office (「依權責劃分規定授權業務
#: 主管決行」, 「依分層負責規定授權業務主管決行」): part of the signature block, no title (o42).
_DELEGATED = LazyPattern(r"\s*依[^，。；\s]{2,12}規定授權[^，。；\s]{0,10}決行\s*")


def _attached_title(main: list[HeadLine], at: int) -> list[int]:
    """A title line right after the date (notes in brackets aside) with body text under it."""
    i = at + 1
    while i < len(main) and (NOTE.fullmatch(main[i].text) or _DELEGATED.fullmatch(main[i].text)):
        i += 1
    if i + 1 >= len(main):
        return []
    line = main[i].text
    if not is_title_text(line) or looks_numbered(line) or _is_distribution(line):
        return []
    # Wrapped like any title (「文化体制改革中经营性文化事业单位」 / 「转制为企业的规定」).
    wrapped = wrapped_title(main, i)
    joined = "".join(main[k].text for k in wrapped).replace(" ", "")
    if _is_signer(line) and len(line) <= 12 and not TITLE_END.search(joined):
        # A second signer (联合发文) is a body's name; a short line ending in a document's
        # genre (「上海市乡镇渡口管理办法」) is the title of the document the notice carries.
        return []
    after = wrapped[-1] + 1
    if after + 1 < len(main) and _VERSION_NOTE.compiled.fullmatch(main[after].text):
        wrapped = [*wrapped, after]  # (「…若干措施」 / 「（修订）」: the title's last line)
    return wrapped


#: A carried document's version set on a line of its own under its title (「明溪县促进房地产市场平稳
#: 健康发展若干措施」 / 「（修订）」, batch 57; round o43).
_VERSION_NOTE = LazyPattern(
    r"[（(]\s*(?:\d{4}年)?(?:修订|修訂|修正|试行|試行|暂行|暫行|修订稿|修訂稿|征求意见稿|徵求意見稿)\s*[）)]"
)


def attached_notes(lines: list[HeadLine], attached: list[int]) -> list[int]:
    """The bracketed note right under a carried document's title that names its author and
    date (「（民政部 一九九七年一月二十八日）」 under a relayed 意见): part of its title block, no
    heading."""
    at = {ln.index: n for n, ln in enumerate(lines)}
    notes = []
    for index in attached:
        n = at.get(index)
        if n is None or n + 1 >= len(lines) or lines[n + 1].index in attached:
            continue
        nxt = lines[n + 1]
        if NOTE.fullmatch(nxt.text) and DATE.search(nxt.text):
            notes.append(nxt.index)
    return notes


def _wrapped_item(text: str) -> bool:
    """The rest of a 附件说明 item's title wrapped onto a line of its own above the signature
    (「5．交通运输行业建设工程生产安全事故统计」 / 「月报」, 「7．《…工作办法》等相」 / 「关制度（电子版）」):
    a short piece, no clause, not a note of its own (「（此件公开发布）」). Round 29."""
    return (
        len(text) <= _WRAPPED_ITEM_CHARS
        and not text.startswith(("（", "("))
        and not any(c in text for c in "。，；：,;:！？")
        and not DATE.search(text)
    )


_WRAPPED_ITEM_CHARS = 20


def _is_signer(text: str) -> bool:
    text = text.strip()
    return (
        2 <= len(text) <= 40
        and not any(c in text for c in "。，；：,;:！？")
        and not DATE.search(text)
        and sum("\u4e00" <= c <= "\u9fff" for c in text) >= 2
    )


def _is_distribution(line: str) -> bool:
    """A 版记 line: 抄送：… / 印发：… / 「XX办公厅 2019年1月5日印发」."""
    if len(line) > 200 or (line[0] not in "抄印分" and line[-1] not in "发發"):
        return False
    return DISTRIBUTION.match(line) is not None
