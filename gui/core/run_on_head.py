"""A 公文's head in the order a page's scraper copies it — 发文字号, 发文机关, title, 主送机关 —
on lines of their own or run into one line (a Markdown reader joins the lines of a paragraph:
「沪建综规〔2025〕449号上海市住房和城乡建设管理委员会关于印发《…》的函各有关单位：为…」).

The title that stands after its 文号 and a body's name (「…委员会」, 「…局」: ``ORG_END``) names
that body as its issuer, as a title on its own line names the body before its 「关于」; the
主送机关 run on after such a title (「各有关单位：」 before the first sentence) is the
document's addressees. The title opens with 「关于」 and ends with a genre word (函, 通知 …),
its 《》 closed; run on, it is followed by the 主送机关 or by nothing.
"""

from __future__ import annotations

import re

from gui.core.document import HeaderField
from gui.core.front_lines import addressees_end
from gui.core.head_lines import (
    DATE,
    DOC_NUMBER,
    GENRE_WORDS,
    MAX_TITLE_CHARS,
    TITLE_END,
    TITLE_ISSUER,
    HeadLine,
    doc_numbers,
    field_of,
    past_code_lead,
)
from gui.core.header_titles import is_number_line
from gui.core.patterns import ORG_END, LazyPattern

#: The longest name of a body :data:`_BODY` takes.
_BODY_MAX = 40
#: A body's name alone: no punctuation, no title words, at most 40 characters.
_BODY = LazyPattern(rf"[^\s，,。；;：:、《》“”\"（）()]{{2,{_BODY_MAX}}}")
#: A title that opens with 「关于」 and ends with a genre word (each end tried, shortest first).
_TITLE_END = LazyPattern(rf"(?:{GENRE_WORDS})")
_OPENS = ("关于", "關於")
#: A 版头 「X文件」 run onto the 文号 after it: X a body's name alone.
_BANNER_END = LazyPattern(
    rf"(?P<issuer>[^\s，,。；;：:、《》“”\"（）()]{{2,{_BODY_MAX}}}?)\s*文\s*件\s*$"
)


def _body(text: str) -> bool:
    # (A 领导小组 issues 公文 too: 「山东省扶贫开发领导小组」.)
    return _BODY.fullmatch(text) is not None and (
        ORG_END.search(text) is not None or text.endswith("小组")
    )


def _banner(before: str) -> re.Match[str] | None:
    """The 版头 「X文件」 that ends ``before`` (the text ahead of a 文号 on its line), X a body."""
    found = _BANNER_END.compiled.search(before)
    return found if found is not None and _body(found["issuer"]) else None


def _title_end(text: str, run_on: bool) -> int | None:
    """Where the title that opens ``text`` ends: after a genre word, its 《》 closed, with the
    line's end or (``run_on``) a 主送机关 and its sentence after it."""
    if not text.startswith(_OPENS):
        return None
    for m in _TITLE_END.compiled.finditer(text, 2, 100):
        title, rest = text[: m.end()], text[m.end() :]
        if title.count("《") != title.count("》") or any(c in title for c in "。；;：:"):
            continue
        if not rest.strip():
            return m.end()
        if run_on and addressees_end(rest) is not None:
            return m.end()
    return None


def read_run_on_head(head: list[HeadLine], fields: dict) -> HeaderField | None:
    """The issuer (and, run on after the title, the addressees) of a head set out in the
    scraped order 文号 / 发文机关 / title: run into one line, or on three adjacent lines.
    Run into one line, the head's title in full is returned: the issuer's name and the title
    that follows it (GB/T 9704-2012 7.3.1: 发文机关名称 + 事由 + 文种), spanning both."""
    for i, ln in enumerate(head):
        for found in doc_numbers(ln.text):
            m = past_code_lead(ln.text, found)
            # The body's name is at most 40 characters: 「关于」 is looked for in those and the
            # two after, not in the rest of the line (a copy and a scan per 文号 found: half a
            # second on a 10 MB report run into one line).
            window = ln.text[m.end() : m.end() + _BODY_MAX + len(_OPENS[0])]
            opens = min((window.find(w) for w in _OPENS if w in window), default=-1)
            # (No body's name holds 号: what stands before the last one is a field of the head
            # run in, a telegram's 机要 number left blank, 「鲁机发号」.)
            named = window.rfind("号", 0, max(opens, 0)) + 1
            # A title right after the 文号 names no body: the 版头 before the code does
            # (GB/T 9704-2012 7.2.1: 「山东省医疗保险事业中心文件鲁医保中心发〔2020〕11号关于…的通知」).
            banner = _banner(ln.text[: m.start()]) if opens == named == 0 else None
            if opens < 0 or (banner is None and not _body(window[named:opens])):
                continue
            rest = ln.text[m.end() :]
            end = _title_end(rest[opens:], run_on=True)
            if end is None:
                continue
            at = ln.start + m.end()
            # (The 文号 the run opens with is the document's: its body and title follow it.)
            fields.setdefault("number", HeaderField(m[0], ln.start + m.start(), at))
            if banner is not None:
                named_at = ln.start + banner.start("issuer")
                issuer = fields.setdefault(
                    "issuer",
                    HeaderField(banner["issuer"], named_at, named_at + len(banner["issuer"])),
                )
            else:
                issuer = fields.setdefault(
                    "issuer", HeaderField(rest[named:opens], at + named, at + opens)
                )
            after = rest[opens + end :]
            names = addressees_end(after) if after.strip() else None
            if names is not None and "addressees" not in fields:
                start = at + opens + end
                fields["addressees"] = HeaderField(after[:names], start, start + names)
            if "date" not in fields:
                _read_run_on_date(ln, m.end() + opens + end, fields, issuer.text)
            return HeaderField(rest[named : opens + end], at + named, at + opens + end)
        if i + 2 < len(head) and is_number_line(ln.text):
            body, title = head[i + 1], head[i + 2]
            if body.index != ln.index + 1 or title.index != body.index + 1:
                continue
            if _body(body.text) and _title_end(title.text, run_on=False) is not None:
                fields.setdefault("issuer", HeaderField(body.text, body.start, body.end))
                return None
    return None


def read_title_number_run(head: list[HeadLine], fields: dict) -> None:
    """The 发文字号 (and the 主送机关 after it) of a head a page's scraper set as title /
    文号 / 主送机关 / 正文 without blank lines between under the page's heading, which a
    Markdown reader runs into one line (「关于印发《…》的通知沪规划资源详〔2023〕376号各区人民政府、
    各管委会，市相关部门:根据…」): the line opens with the title the heading above gave (a title
    closed by its genre word), the 文号 right after it, then the names and their first
    sentence. (The heading's copy tells where the title ends: a 文号's code may hold a genre
    word itself, 「沪规划资源详」.)"""
    if "number" in fields:
        return
    for i, ln in enumerate(head):
        for above in head[:i]:
            title = above.text
            if not ln.text.startswith(title) or TITLE_END.search(title) is None:
                continue
            number = DOC_NUMBER.compiled.match(ln.text, len(title))
            if number is None:
                continue
            fields["number"] = HeaderField(
                number[0], ln.start + len(title), ln.start + number.end()
            )
            after = ln.text[number.end() :]
            names = addressees_end(after)
            if names is not None and "addressees" not in fields:
                at = ln.start + number.end()
                fields["addressees"] = HeaderField(after[:names], at, at + names)
            return


#: How far into a line a spaced run's 文号 is looked for (a title is at most 100 characters).
_SPACED_NUMBER_WITHIN = 120


def read_spaced_head_run(head: list[HeadLine], fields: dict) -> HeaderField | None:
    """The 发文字号 and 主送机关 of a head a collector joined into one line with a space
    between the page's lines (「国务院关于印发《…》的通知 国发〔2026〕15号 各省、…各直属机构：
    现将…」): a title closed by its genre word, a space, the 文号, a space, the names and their
    first sentence. The spaces tell where the title ends and where the 文号 does. Returns the
    title where the run opens its line (a State Council 批复 whose page was one line, batch 59:
    the title is the line's start, round o43)."""
    for ln in head:
        window = ln.text[:_SPACED_NUMBER_WITHIN]
        for number in DOC_NUMBER.compiled.finditer(window):
            before, at = window[: number.start()], number.end()
            if not before[-1:].isspace() or not ln.text[at : at + 1].isspace():
                continue
            if TITLE_END.search(before.rstrip()) is None or any(c in before for c in "。；;："):
                continue
            if _read_spaced_fields(ln, number, (0, number.start()), ln.text[at:].lstrip(), fields):
                title = before.rstrip()
                return HeaderField(title, ln.start, ln.start + len(title))
    _read_spaced_number_first(head, fields)
    return None


def _read_spaced_fields(
    ln: HeadLine, number: re.Match[str], title: tuple[int, int], after: str, fields: dict
) -> bool:
    """The fields of a spaced run once its 文号 (``number``) is found: the names that open
    ``after`` (the rest of the line after the title and the 文号) and their first sentence make
    the 主送机关; the title, at ``title`` (start, end) in the line, names its issuer (「国务院关于…」);
    the 署名 and 成文日期 close the 正文 on the same line (「…请认真贯彻执行。 国务院 2026年5月30日
    （本文有删减）」). False, and nothing set, when ``after`` opens with no names."""
    names = addressees_end(after)
    if names is None:
        return False
    start = ln.start + len(ln.text) - len(after)
    fields["number"] = HeaderField(number[0], ln.start + number.start(), ln.start + number.end())
    if "addressees" not in fields:
        fields["addressees"] = HeaderField(after[:names], start, start + names)
    named = TITLE_ISSUER.compiled.match(ln.text, *title)
    if named is not None and "issuer" not in fields:
        fields["issuer"] = field_of(ln, named, "issuer")
    if "date" not in fields:
        issuer = fields["issuer"].text if "issuer" in fields else ""
        _read_run_on_date(ln, start + names - ln.start, fields, issuer)
    return True


#: How far into a line the standard order's 文号 is looked for: after a page's breadcrumb and
#: share bar run onto the same line (「当前位置：…时间：… 微信 微博 QQ空间 岚综管综〔2021〕3号 …」).
_NUMBER_FIRST_WITHIN = 400


def _read_spaced_number_first(head: list[HeadLine], fields: dict) -> None:
    """The same run in the standard order of GB/T 9704-2012 — the 文号 above the title: a 文号
    standing between spaces, a title closed by its genre word, a space, the names and their
    first sentence (「岚综管综〔2021〕3号 平潭综合实验区管委会关于印发《…》的通知 各片区管理局，
    区直各单位…：《…》已经…研究同意」); the 署名 and the 成文日期 close the 正文 further on."""
    if "number" in fields:
        return
    for ln in head:
        for number in DOC_NUMBER.compiled.finditer(ln.text[:_NUMBER_FIRST_WITHIN]):
            at = number.end()
            if number.start() and not ln.text[number.start() - 1].isspace():
                continue
            if not ln.text[at : at + 1].isspace():
                continue
            rest = ln.text[at:].lstrip()
            title = rest.split(None, 1)[0] if rest else ""
            if TITLE_END.search(title) is None or any(c in title for c in "。；;："):
                continue
            title_at = len(ln.text) - len(rest)
            span = (title_at, title_at + len(title))
            if _read_spaced_fields(ln, number, span, rest[len(title) :].lstrip(), fields):
                return


def read_spaced_title_run(head: list[HeadLine], fields: dict) -> None:
    """The 主送机关 of a spaced run that a page printed without a 文号 (a county portal's old
    notices, the page run into one line after its bar: 「关于加强桉树“小地老虎”虫害防治的紧急通知
    各乡镇林业站： 今年我县…」): the line opens with a title closed by its genre word, no space
    inside it, then a space, the names and their first sentence."""
    if "addressees" in fields:
        return
    for ln in head:
        parts = ln.text.split(None, 1)
        if len(parts) < 2 or len(parts[0]) > MAX_TITLE_CHARS:
            continue
        title, after = parts
        if not title.startswith(_OPENS) or TITLE_END.search(title) is None:
            continue
        if any(c in title for c in "。；;：:"):
            continue
        names = addressees_end(after)
        if names is not None:
            start = ln.start + len(ln.text) - len(after)
            fields["addressees"] = HeaderField(after[:names], start, start + names)
            return


#: What follows a date that a sentence goes on from (「2025年9月18日起」, 「…日，市政府…」).
_SENTENCE_GOES_ON = "，,、。；;：:起前后後以至到止的及和与與"


#: The spaces a signature block may set between the 正文, the 署名 and the date.
_SIGNATURE_GAP = 24
_SPACES = re.compile(r"\s+")


def _read_run_on_date(ln: HeadLine, after: int, fields: dict, issuer: str = "") -> None:
    """The 成文日期 of a run-on head's 公文: the first date after the title that stands right
    after a sentence's end (the 正文 closes, the date follows it) or after the 发文机关署名
    (the ``issuer`` as the head names it: 「…确保黄河防凌安全。山东省人民政府办公厅2021年1月8日」,
    「…2.报名回执山东省扶贫开发领导小组2021年1月13日」) and opens no sentence — the issued
    document's title or nothing runs on after it (「…认真贯彻执行。2025年9月18日上海市
    城市体检促进城市更新的工作指引为深入…」)."""
    for m in DATE.compiled.finditer(ln.text, after):
        # (the 署名 may be spaced out and set apart by runs of spaces: 「…作出贡献。  国　务　院
        # 一九九九年十月三十一日」, round o43)
        before = ln.text[max(after, m.start() - 3 * len(issuer) - _SIGNATURE_GAP) : m.start()]
        before = _SPACES.sub("", before)
        if not before.endswith("。") and not (issuer and before.endswith(issuer)):
            continue
        goes_on = ln.text[m.end() : m.end() + 1]
        if goes_on and goes_on in _SENTENCE_GOES_ON:
            continue
        fields["date"] = HeaderField(m[0], ln.start + m.start(), ln.start + m.end())
        return


def read_title_run_under_number(head: list[HeadLine], fields: dict) -> HeaderField | None:
    """The title of a 公文 printed in order — 版头 「X文件」, 发文字号, then the title — whose title,
    主送机关 and text a page ran into one line under the 文号 line (「上海市住房和城乡建设管理委员会
    关于印发《…》的函各有关单位：为进一步…」, o42): the title (a body's name or none, 「关于」, a
    genre word), with the 主送机关 and the 成文日期 it runs on into read too. None unless the
    line under the 文号 line opens so."""
    at = next((i for i, ln in enumerate(head) if is_number_line(ln.text)), None)
    if at is None or at + 1 >= len(head):
        return None
    ln = head[at + 1]
    window = ln.text[: _BODY_MAX + len(_OPENS[0])]
    opens = min((window.find(w) for w in _OPENS if w in window), default=-1)
    if opens < 0 or (opens > 0 and not _body(ln.text[:opens])):
        return None
    end = _title_end(ln.text[opens:], run_on=True)
    if end is None or not ln.text[opens + end :].strip():
        return None  # (a title alone on its line is the title finder's)
    end += opens
    names = addressees_end(ln.text[end:])
    prior = fields.get("addressees")
    if names is not None and (prior is None or prior.start == ln.start):
        # (…the title taken for the names' first, run on as it is)
        fields["addressees"] = HeaderField(
            ln.text[end : end + names], ln.start + end, ln.start + end + names
        )
    if "date" not in fields:  # (the 成文日期 runs on too, after the text or its signature)
        issuer = fields.get("issuer")
        _read_run_on_date(ln, end, fields, issuer.text if issuer else ln.text[:opens])
    return HeaderField(ln.text[:end], ln.start, ln.start + end)
