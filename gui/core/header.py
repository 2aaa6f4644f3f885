"""The document header: title lines and the front and back matter of the three genres the
reader meets most.

- 公文 (GB/T 9704-2012): 发文机关 (the 版头 ``XX文件``, the 署名 over the date, or the title's
  ``XX关于``), 发文字号 (国发〔2019〕5号), 标题, 主送机关 (the first line ending in ：), 附件说明
  (``附件：…``), 发文机关署名, 成文日期, 印发/抄送 (版记). Scraped pages put the number under
  the title; printed ones above it: both orders are read. gov.cn's own metadata table
  (发文机关：/发文字号：/成文日期：…) wins when the page carries it.
- Work reports: the title, a ``——2026年1月25日在…会议上`` subtitle (occasion and date) and the
  speaker line (``市长 张建国``).
- News: 原标题 / 来源 / 时间 / 记者 / 责任编辑 lines.

Only the head and the tail of the text are read, so this costs next to nothing at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from gui.core import title_forms as titles
from gui.core.annexes import fused_annex_titles, is_annex_heading
from gui.core.closing_formula import closes_with_formula
from gui.core.copy_marks import copy_marks
from gui.core.datelines import read_dateline
from gui.core.decision_form import read_fields as read_decision_fields
from gui.core.document import DocumentHeader, Furniture, HeaderField, content_lines
from gui.core.front_lines import is_act_deck, read_front, read_plain_addressees
from gui.core.front_matter import (
    front_matter_around,
    front_matter_opens,
    front_matter_title,
    read_commencement,
    read_feed_front_matter,
    read_file_metadata,
    read_news_lines,
    read_site_table,
)
from gui.core.head_lines import (
    ANNEX_NOTE,
    DATE,
    DATE_LINE,
    DISTRIBUTION,
    DOC_NUMBER,
    ISSUER_BANNER,
    RELAY,
    TITLE_END,
    HeadLine,
    banner_issuer,
    banner_lines,
    field_of,
    looks_numbered,
    without_entities,
)
from gui.core.header_titles import (
    find_title_lines,
    headline_of_parts,
    is_number_line,
    is_title_text,
    read_order,
    split_title_line,
    title_issuer,
    title_under_issuers_heading,
    title_under_short_copy,
    wrapped_title,
)
from gui.core.page_dates import read_page_date
from gui.core.patterns import ORG_END, LazyPattern
from gui.core.run_on_head import read_run_on_head, read_title_number_run
from gui.core.subheads import is_office_signature
from gui.core.title_inference import RELEASE_KEY

#: The head of a document is read this far (non-blank lines) for the title and front matter.
_HEAD_LINES = 16
_TAIL_LINES = 40


def read_header(
    text: str,
    body_end: int,
    furniture: Iterable[Furniture] = (),
    title_line: int | None = None,
    find_title: bool = True,
    metadata: Mapping[str, str] | None = None,
) -> DocumentHeader:
    """Read the title and the front and back matter of ``text[:body_end]``, skipping
    furniture. ``title_line`` is a title the format marked; ``find_title`` false leaves the
    title to the format (HTML/DOCX headings)."""
    lines = [HeadLine(*ln) for ln in content_lines(text, body_end, furniture)]
    fields: dict[str, HeaderField] = {}
    marks = set(copy_marks(lines[:_HEAD_LINES]))  # 份号, 密级, 紧急程度, the red line
    used: list[int] = [lines[i].index for i in marks]
    lines = [ln for i, ln in enumerate(lines) if i not in marks]
    lines = lines[titles.leading_pieces(text, [ln.index for ln in lines[:_HEAD_LINES]]) :]
    head = lines[:_HEAD_LINES]
    read_site_table(furniture, text, fields)
    read_decision_fields(lines, fields)  # a Taiwan 裁處書: letterhead, 發文日期, 發文字號
    number_at = next((i for i, ln in enumerate(head) if is_number_line(ln.text)), None)
    if number_at is not None:
        ln = head[number_at]
        m = DOC_NUMBER.search(ln.text)
        assert m is not None
        fields.setdefault("number", HeaderField(m[0], ln.start + m.start(), ln.start + m.end()))
        used.append(ln.index)
    title_at: list[int] = []
    if title_line is not None:
        title_at = [i for i, ln in enumerate(lines) if ln.index == title_line]
        if not title_at:  # (the format's title taken as chrome: the text's own copy under it)
            title_at = _own_copy(text, title_line, lines[:_HEAD_LINES])
    elif find_title:
        title_at = find_title_lines(head, number_at)
    if not title_at and title_line is None and find_title and number_at is None and head:
        # (Round 21: a title wrapped after a clause mark that only the joined line shows.)
        release = RELEASE_KEY.search(text) is not None
        texts = [ln.text for ln in head]
        if titles.sentence_title_wrapped(text, texts, [ln.index for ln in head], release):
            title_at = [0, 1]
    if title_at == [0] and title_line is None:
        # (Round 21: a wire story without a headline, hard-wrapped: its lead's first piece.)
        if titles.first_piece_of_lead(text, [ln.index for ln in head[:2]], head[0].text):
            title_at = []
    title_field = None
    own_title = title_under_issuers_heading(head, title_at) or title_under_short_copy(
        head, title_at, number_at
    )  # (the format may mark either)
    if own_title is not None:
        title_at, title_field = [0, 1], own_title  # (the heading over it: a copy)
    elif len(title_at) == 1:
        title_field = split_title_line(lines[title_at[0]], fields)
    elif title_line is None and find_title:
        title_field = headline_of_parts(head, title_at, number_at)
    if title_at and title_line is None and find_title:
        # (Round 21: a category of a hard-wrapped front matter's list is no title when the
        # front matter names the title; nor are the wrapped pieces of the lead under front
        # matter that opens the text — the hard wrap reads its list as front matter too.)
        first, last = lines[title_at[0]], lines[title_at[-1]]
        if front_matter_around(furniture, first.start, last.end) or front_matter_opens(
            furniture, first.start
        ):
            named = front_matter_title(furniture, text)
            if named is not None:
                title_at, title_field = [], named
    if not title_at and find_title is not None and title_field is None:
        title_field = front_matter_title(furniture, text)
    banner = banner_lines(head, number_at) if number_at is not None else []
    if banner and not set(banner) & set(title_at):  # joint issuers: one name a line
        fields.setdefault("issuer", banner_issuer(head, banner))
        used += [head[i].index for i in banner]
    for i, ln in enumerate(head[: (number_at if number_at is not None else 0)]):
        m = ISSUER_BANNER.fullmatch(ln.text)
        if m and i not in title_at:
            fields.setdefault("issuer", field_of(ln, m, "issuer"))
            used.append(ln.index)
    if number_at is None and title_at == [0] and len(head) > 1:
        read_order(head, fields, used)
    after = (
        (max(title_at + ([number_at] if number_at is not None else [])) + 1)
        if (title_at or number_at is not None)
        else 0
    )
    official_title = bool(title_at) and bool(
        TITLE_END.search("".join(lines[i].text for i in title_at))
    )
    read_front(head, after, fields, used, official_title or "number" in fields)
    read_plain_addressees(head, after, fields)
    official = "number" in fields or "issuer" in fields
    attached = _read_tail(text, lines[after:], fields, used, official, title_at, lines)
    if title_at and not attached:
        title_text = "".join(lines[i].text for i in title_at)
        attached = _issued_title(lines[after:], title_text)
    attached = (
        attached
        + _further_carried(lines, attached)
        + (_annex_titles(lines[after:]) if official or "issuer" in fields else [])
        + fused_annex_titles(lines[after:])
    )
    used += _attached_notes(lines, attached)
    # (A 公文 title over its 主送机关 names its issuer too where the page left out the 文号.)
    if (
        "issuer" not in fields
        and title_at
        and (official or "date" in fields or "addressees" in fields)
    ):
        issuer = title_issuer(lines, title_at, fields.get("signature"))
        if issuer is not None:
            fields["issuer"] = issuer
    read_title_number_run(head, fields)  # title / 文号 / 主送机关, run into one line
    in_full = read_run_on_head(head, fields)  # 文号 / 发文机关 / title, run into one line or not
    if in_full is not None and title_field is None and _names_in_full(in_full, lines, title_at):
        title_field = in_full
    read_news_lines(furniture, text, fields)
    read_feed_front_matter(furniture, text, fields)
    read_file_metadata(metadata, fields)
    if not any(k in fields for k in ("number", "issuer", "subtitle", "signature")):
        read_dateline(lines, title_at, fields)  # a 公文 or a work report has no 电头
    genre = _genre(fields, [lines[i].text for i in title_at])
    signature = fields.get("signature")
    issuer = fields.get("issuer")
    if genre == "official" and signature is not None and (issuer is None or issuer.start is None):
        # GB/T 9704's 发文机关署名: a body's name signs what no title or number names (and
        # what the text signs wins over a file's metadata: 「发布单位: …文化和旅游局」 over
        # the 署名 「上海市奉贤区文物局」).
        if ORG_END.search(signature.text.split()[-1]):
            fields["issuer"] = signature
    if genre == "regulation":
        read_commencement(text, body_end, fields)
    return DocumentHeader(
        genre,
        tuple(lines[i].index for i in title_at),
        fields,
        tuple(sorted(set(used))),
        title_field,
        tuple(attached),
    )


def _names_in_full(in_full: HeaderField, lines: list[HeadLine], title_at: list[int]) -> bool:
    """Whether a run-on head's title in full (「上海市…委员会关于印发《…》的函」) names the
    document: no title was found, or the one found is that title without its issuer (a page
    copies the title above its head, 「关于印发《…》的函」)."""
    shown = "".join(lines[i].text for i in title_at)
    return not shown or (in_full.text.endswith(shown) and shown.startswith(("关于", "關於")))


def _read_tail(
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
    at = _signature_date(main, official or bool(title_at) or closing)
    attached: list[int] = []
    if at is not None:
        ln = main[at]
        m = DATE_LINE.fullmatch(ln.text)
        assert m is not None
        fields.setdefault("date", field_of(ln, m, "date"))
        used.append(ln.index)
        if m["signer"]:
            fields.setdefault("signature", field_of(ln, m, "signer"))
        elif at > 0 and _is_signer(without_entities(main[at - 1].text)):
            prev = main[at - 1]
            name = without_entities(prev.text)  # 「国务院办公厅 &bsp;」: the name alone
            fields.setdefault("signature", HeaderField(name, prev.start, prev.start + len(name)))
            used.append(prev.index)
        attached = _attached_title(main, at)
    elif "date" in fields and (signer := _office_signer(main)) is not None:
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


def _further_carried(lines: list[HeadLine], attached: list[int]) -> list[int]:
    """A notice may carry two documents of one genre (「…转制为企业和进一步支持文化企业发展两个
    规定的通知」): after the first carried document, a line standing alone that ends in the
    same genre word and opens a hierarchy of its own (一、, 第一章 or 第一条 again, within two
    lines) is the next one's title."""
    at = {ln.index: n for n, ln in enumerate(lines)}
    carried = [at[i] for i in attached if i in at]
    if not carried:
        return []
    m = TITLE_END.search("".join(lines[n].text for n in carried).replace(" ", ""))
    if m is None:
        return []
    genre = m[0].rstrip(")） ")
    found = []
    for n in range(max(carried) + 2, len(lines) - 1):
        text = lines[n].text
        if len(text) > 40 or not text.endswith(genre) or not is_title_text(text):
            continue
        if looks_numbered(text) or is_annex_heading(text):
            continue
        if any(ln.text.startswith(_FIRST_NUMBERS) for ln in lines[n + 1 : n + 3]):
            found.append(lines[n].index)
    return found


def _annex_titles(rest: list[HeadLine]) -> list[int]:
    """The title under each 「附件N」 label of a 公文, joined when wrapped: it heads the annex."""
    starts = [i + 1 for i, ln in enumerate(rest[:-1]) if is_annex_heading(ln.text)]
    starts = [i for i in starts if is_title_text(rest[i].text) and not looks_numbered(rest[i].text)]
    return [rest[k].index for i in starts for k in wrapped_title(rest, i)]


def _own_copy(text: str, title_line: int, head: list[HeadLine]) -> list[int]:
    """The first line of ``head`` after ``title_line`` that repeats it (a page's title set
    over the 公文's own, the first marked chrome), as a one-line title, else []."""
    start = 0
    for _ in range(title_line):
        start = text.find("\n", start) + 1
        if start == 0:
            return []
    end = text.find("\n", start)
    own = text[start : end if end >= 0 else len(text)].strip()
    return [i for i, ln in enumerate(head) if ln.index > title_line and ln.text == own][:1]


def _office_signer(main: list[HeadLine]) -> int | None:
    """The first line among the first ``_TAIL_LINES`` that is an office's signature."""
    return next(
        (i for i, ln in enumerate(main[:_TAIL_LINES]) if is_office_signature(ln.text)), None
    )


def _signature_date(main: list[HeadLine], allowed: bool) -> int | None:
    """The 成文日期 line: the first date standing alone on its line (or after the signer on
    its line). Dates in body text sit inside sentences; a 印发 notice's own date comes before
    the plan it carries, whose dates come later."""
    if not allowed:
        return None
    for i, ln in enumerate(main):
        if len(ln.text) > 60 or ln.text[-1] != "日":
            continue
        m = DATE_LINE.fullmatch(ln.text)
        if m is not None and (not m["signer"] or _is_signer(m["signer"])):
            return i
    return None


_ISSUING = LazyPattern(r"(?:印发|批转|转发|印發|批轉|轉發)[^《]{0,20}《(?P<issued>[^《》]{4,80})》")


def _issued_title(rest: list[HeadLine], title: str) -> list[int]:
    """The line(s) of the document a 印发/批转/转发 notice issues: its 《title》 standing
    alone (or wrapped over two lines) later in the text."""
    m = _ISSUING.search(title)
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


def _attached_title(main: list[HeadLine], at: int) -> list[int]:
    """A title line right after the date (notes in brackets aside) with body text under it."""
    i = at + 1
    while i < len(main) and NOTE.fullmatch(main[i].text):
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
    return wrapped


def _attached_notes(lines: list[HeadLine], attached: list[int]) -> list[int]:
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


_REGULATION_TITLE = LazyPattern(r"(?:条例|規定|规定|办法|辦法|细则|細則)$")


def _genre(fields: dict, title: list[str]) -> str | None:
    joined = "".join(title)
    number = fields.get("number")
    if number is not None and "令" in number.text:
        return "regulation"  # promulgated by an order (…令第56号)
    if _REGULATION_TITLE.search(joined) and "issuer" in fields and "number" not in fields:
        return "regulation"  # adopted by a congress (…会议通过)
    addressed = "date" in fields or "addressees" in fields
    if "number" in fields or ("issuer" in fields and addressed and TITLE_END.search(joined)):
        if not ("subtitle" in fields and ("报告" in joined or "報告" in joined)):
            return "official"
    subtitle = fields.get("subtitle")
    report_subtitle = subtitle is not None and not is_act_deck(subtitle.text)
    if report_subtitle or "工作报告" in joined or "工作報告" in joined:
        return "work-report"
    news = [
        fields[k] for k in ("original_title", "source", "editor", "reporter", "time") if k in fields
    ]
    if news and not ("signature" in fields and all(f.start is None for f in news)):
        return "news"  # (a file's own author and date name no genre; a 署名 the text signs does)
    if "signature" in fields and "date" in fields:
        return "official"
    return None
