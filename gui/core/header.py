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
The 公文's tail (附件说明, 署名, 成文日期, 版记) and the documents a notice carries after it are
read in ``gui.core.header_tail``; the title lines in ``gui.core.header_titles``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from gui.core import title_forms as titles
from gui.core.annexes import fused_annex_titles
from gui.core.copy_marks import copy_marks
from gui.core.datelines import read_closing_byline, read_dateline, read_run_on_byline
from gui.core.decision_form import read_fields as read_decision_fields
from gui.core.document import DocumentHeader, Furniture, HeaderField, content_lines
from gui.core.front_lines import (
    is_act_deck,
    read_front,
    read_joint_adoption,
    read_plain_addressees,
)
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
    DOC_NUMBER,
    ISSUER_BANNER,
    TITLE_END,
    TITLE_ISSUER,
    HeadLine,
    banner_issuer,
    banner_lines,
    field_of,
    past_code_lead,
)
from gui.core.head_rows import copy_key
from gui.core.header_tail import (
    annex_title_lines,
    attached_notes,
    further_carried,
    issued_title_lines,
    read_tail,
)
from gui.core.header_titles import (
    NOTICE_KIND,
    find_title_lines,
    headline_of_parts,
    is_number_line,
    is_title_text,
    own_copy_over_number,
    read_order,
    split_title_line,
    title_issuer,
    title_under_issuers_heading,
    title_under_short_copy,
)
from gui.core.patterns import ORG_END, LazyPattern
from gui.core.run_on_head import (
    read_run_on_head,
    read_spaced_head_run,
    read_spaced_title_run,
    read_title_number_run,
    read_title_run_under_number,
)
from gui.core.title_chrome import chrome_lead
from gui.core.title_inference import RELEASE_KEY

#: The head of a document is read this far (non-blank lines) for the title and front matter.
_HEAD_LINES = 16


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
    chrome = 0
    if title_line is None and find_title:  # (session 24: a page's stamps and labels over it)
        head = lines[:_HEAD_LINES]
        raw = text[: head[-1].end].split("\n") if head else []
        apart = [  # (a line the page set between two, furniture: 「生活」 / 「2017/11/26」 / title)
            any(raw[j].strip() for j in range(a.index + 1, b.index))
            for a, b in zip(head, head[1:], strict=False)
        ]
        chrome = chrome_lead([ln.text for ln in head], is_title_text, apart)
    chrome_at, lines = tuple(ln.index for ln in lines[:chrome]), lines[chrome:]
    head = lines[:_HEAD_LINES]
    read_site_table(furniture, text, fields)
    read_decision_fields(lines, fields)  # a Taiwan 裁處書: letterhead, 發文日期, 發文字號
    number_at = next((i for i, ln in enumerate(head) if is_number_line(ln.text)), None)
    if number_at is not None:
        ln = head[number_at]
        m = DOC_NUMBER.search(ln.text)
        assert m is not None
        m = past_code_lead(ln.text, m)  # (a banner on the number's line: 「…文件鲁扶贫组字…」)
        # (「中国人民银行公开市场业务公告［2026］第6号」: a 公告's title names its kind before the
        # bracketed year, no 机关代字: the number is the year and the serial.)
        kind = NOTICE_KIND.match(m[0])
        at = m.start() + (kind.end() if kind else 0)
        fields.setdefault(
            "number", HeaderField(m[0][at - m.start() :], ln.start + at, ln.start + m.end())
        )
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
    own_at = own_copy_over_number(head, title_at, number_at) if title_line is None else None
    if own_title is not None:
        title_at, title_field = [0, 1], own_title  # (the heading over it: a copy)
    elif own_at is not None:
        own = head[own_at]  # (the heading over it, past its notes: a copy)
        title_at, title_field = [*title_at, own_at], HeaderField(own.text, own.start, own.end)
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
            if named is not None and not _same_title(named.text, lines, title_at):
                title_at, title_field = [], named
            # (o42: the text's own copy of the title a fetch script's 「TITLE: …」 names stays
            # the title's lines: the dateline and the 公文's head are read under it.)
    if not title_at and find_title is not None and title_field is None:
        title_field = front_matter_title(furniture, text)
        if title_field is not None and title_field.start is not None:
            # (round t28: a fetch script's 「TITLE: …」 holds the page's <title>, the column
            # and the site after bars: 「… | 要聞 | NOWnews今日新聞」)
            cut = split_title_line(HeadLine(-1, title_field.start, title_field.text), {})
            title_field = cut if cut is not None else title_field
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
    before = fields.get("issuer")
    read_front(
        head, _past_copy(head, after, title_at), fields, used, official_title or "number" in fields
    )
    noted = fields.get("issuer") if before is None else None  # (a 题注's or 令 line's body)
    if "date" not in fields:
        read_joint_adoption(head, fields, used)  # (a joint 解释's 题注, over the title or under)
    read_plain_addressees(head, after, fields)
    official = "number" in fields or "issuer" in fields
    attached = read_tail(text, lines[after:], fields, used, official, title_at, lines)
    if title_at and not attached:
        title_text = "".join(lines[i].text for i in title_at)
        attached = issued_title_lines(lines[after:], title_text)
    attached = (
        attached
        + further_carried(lines, attached)
        # (o42: or addressed and dated with no 文号 printed — the title names the issuer only
        # below — as a 实施意见 carries its 「附件」 / wrapped title after its date)
        + (annex_title_lines(lines[after:]) if official or _addressed(fields, title_at) else [])
        + fused_annex_titles(lines[after:])
    )
    used += attached_notes(lines, attached)
    title_text_of = "".join(lines[i].text for i in title_at)
    # (A 公文 title over its 主送机关 names its issuer too where the page left out the 文号.)
    if (
        "issuer" not in fields
        and title_at
        and (official or "date" in fields or "addressees" in fields or _acts_on(title_text_of))
    ):
        issuer = title_issuer(lines, title_at, fields.get("signature"))
        if issuer is not None:
            fields["issuer"] = issuer
    elif noted is not None and fields.get("issuer") is noted and title_at:
        _title_names_the_body(lines, title_at, fields, noted)
    read_title_number_run(head, fields)  # title / 文号 / 主送机关, run into one line
    if "number" not in fields:
        spaced = read_spaced_head_run(head, fields)  # the same joined with spaces by a collector
        if title_field is None and not title_at and spaced is not None:
            title_field = spaced
        read_spaced_title_run(head, fields)  # …and with no 文号 printed
    in_full = read_run_on_head(head, fields)  # 文号 / 发文机关 / title, run into one line or not
    if in_full is not None and title_field is None and _names_in_full(in_full, lines, title_at):
        title_field = in_full
    if title_field is None and not title_at and "number" in fields:
        title_field = read_title_run_under_number(head, fields)  # 版头, 文号, then run on
    read_news_lines(furniture, text, fields)
    read_feed_front_matter(furniture, text, fields)
    read_file_metadata(metadata, fields)
    if not any(k in fields for k in ("number", "issuer", "subtitle", "signature")):
        read_dateline(lines, title_at, fields)  # a 公文 or a work report has no 电头
        read_closing_byline(lines, fields)  # 「…咨询。（总台记者 田萌 王一丹）」
        read_run_on_byline(lines, fields)  # 「…送醫挽回一命。報導．攝影╱韓旭爾」
    genre = _genre(fields, [lines[i].text for i in title_at])
    signature = fields.get("signature")
    issuer = fields.get("issuer")
    if genre == "official" and signature is not None and (issuer is None or issuer.start is None):
        # GB/T 9704's 发文机关署名: a body's name signs what no title or number names (and
        # what the text signs wins over a file's metadata: 「发布单位: …文化和旅游局」 over
        # the 署名 「上海市奉贤区文物局」).
        # (…or an office, 室: 「中央国库现金管理操作室」 signs the treasury's tender notices.)
        if ORG_END.search(signature.text.split()[-1]) or signature.text.endswith("室"):
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
        chrome_at,
    )


def _past_copy(head: list[HeadLine], after: int, title_at: list[int]) -> int:
    """Where the front lines start: past the text's own copy of a one-line title, wrapped
    under it (a page heading over the document's title, 「三都水族自治县人民代表大会关于修改」 /
    「《…条例》」 / 「个别条款的决定」, then the 题注)."""
    if len(title_at) != 1:
        return after
    title, at, copied = head[title_at[0]].text if title_at[0] < len(head) else "", after, ""
    while at < len(head) and len(head[at].text) >= 4 and head[at].text in title:
        copied += head[at].text
        at += 1
    return at if copied == title else after


#: A body's session in a 题注 (「宿迁市第六届人民代表大会常务委员会」, 「最高人民检察院第八届检察委员会」).
_SESSION = LazyPattern(r"第[一二三四五六七八九十百\d]{1,4}[届屆]")


def _title_names_the_body(
    lines: list[HeadLine], title_at: list[int], fields: dict, noted: HeaderField
) -> None:
    """A 决定's or 解释's title naming the body its 题注 names with its session (「宿迁市人民代表
    大会常务委员会关于…的决定」 over 「（…宿迁市第六届人民代表大会常务委员会第X次会议通过）」): the
    issuer is the body as the title names it (a regulation's title names none: its 题注 stays)."""
    named = title_issuer(lines, title_at, fields.get("signature"))
    body = _SESSION.compiled.sub("", "".join(noted.text.split()))  # (a note over two lines)
    if named is not None and body.startswith(named.text):
        fields["issuer"] = named


def read_info_bar(header: DocumentHeader, text: str, bar: Furniture) -> DocumentHeader:
    """``header`` with the source and time of a page's info bar run on after its title
    (「…调研来源：中国石化报 发布时间：2020-12-11」), which is known only once the title's own
    span is: what the header does not have yet."""
    fields = dict(header.fields)
    read_news_lines((bar,), text, fields)
    if fields.keys() == header.fields.keys():
        return header
    return replace(header, genre=header.genre or _genre(fields, []), fields=fields)


def _names_in_full(in_full: HeaderField, lines: list[HeadLine], title_at: list[int]) -> bool:
    """Whether a run-on head's title in full (「上海市…委员会关于印发《…》的函」) names the
    document: no title was found, or the one found is that title without its issuer (a page
    copies the title above its head, 「关于印发《…》的函」)."""
    shown = "".join(lines[i].text for i in title_at)
    return not shown or (in_full.text.endswith(shown) and shown.startswith(("关于", "關於")))


def _own_copy(text: str, title_line: int, head: list[HeadLine]) -> list[int]:
    """The first line of ``head`` after ``title_line`` that repeats it (a page's title set
    over the 公文's own, the first marked chrome), as a one-line title, else []."""
    start = 0
    for _ in range(title_line):
        start = text.find("\n", start) + 1
        if start == 0:
            return []
    end = text.find("\n", start)
    own = copy_key(text[start : end if end >= 0 else len(text)])
    return [i for i, ln in enumerate(head) if ln.index > title_line and copy_key(ln.text) == own][
        :1
    ]


def _acts_on(title: str) -> bool:
    """A body's act on a work report (o42): 「第十一届全国人民代表大会第二次会议关于政府工作报告的决议」 —
    its issuer before 「关于」, a genre word other than 报告 at its end: a 公文, not the report (a
    title of that form on any other matter over no 主送机关 names no issuer: a story about it)."""
    end = TITLE_END.search(title)
    return (
        ("工作报告" in title or "工作報告" in title)
        and end is not None
        and not end[0].rstrip(")） ").endswith(("报告", "報告"))
        and TITLE_ISSUER.match(title) is not None
    )


def _addressed(fields: dict, title_at: list[int]) -> bool:
    """A 公文 with no 文号 or issuer read yet: a title over its 主送机关, or signed and dated."""
    return "issuer" in fields or (bool(title_at) and ("date" in fields or "addressees" in fields))


def _same_title(named: str, lines: list[HeadLine], title_at: list[int]) -> bool:
    """Whether the title lines read ``named`` (spaces aside): the text's own copy of the title
    that a fetch script's header line names above it (「TITLE: …」 / 「URL: …」, then the page)."""
    joined = "".join(lines[i].text for i in title_at)
    return bool(joined) and re.sub(r"\s+", "", joined) == re.sub(r"\s+", "", named)


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
    if "issuer" in fields and _acts_on(joined):
        return "official"  # (a body's act on a report: 「…会议关于政府工作报告的决议」)
    subtitle = fields.get("subtitle")
    report_subtitle = subtitle is not None and not is_act_deck(subtitle.text)
    if report_subtitle or (("工作报告" in joined or "工作報告" in joined) and not _acts_on(joined)):
        return "work-report"
    news = [
        fields[k] for k in ("original_title", "source", "editor", "reporter", "time") if k in fields
    ]
    if news and not ("signature" in fields and all(f.start is None for f in news)):
        return "news"  # (a file's own author and date name no genre; a 署名 the text signs does)
    if "signature" in fields and "date" in fields:
        return "official"
    return None
