"""A printed page's head and foot as a PDF's or a scan's text keeps them between a report's
paragraphs (round 21, docs/history/outline-log.md): the page number (「— 3 —」, GB/T 9704's form;
「- 7 -」, 「·5·」, 「第 3 页」, 「3 / 12」, 「Page 3 of 12」), a running foot that names the page
(「2025年统计公报 · 第 4 页」), a gazette's running head (「国务院公报 2025年第12号」, 「江苏省人民政府
公报 2025年第6期（总第789期）」), the document's title printed again as a running head or under the
text, and a closing bracket a scraper broke off a menu (「】」: no line of text is only that).

None of these is ever a sentence of a report, so they are furniture wherever they stand; the
title's copies are found by ``mark_title_copies`` (it needs the page's lines).
"""

from __future__ import annotations

from gui.core.patterns import LazyPattern

_DASH = r"[—－\-–―─·・•]"
_PAGE_NUMBER = LazyPattern(
    rf"{_DASH}{{1,3}}\s*\d{{1,4}}\s*{_DASH}{{1,3}}"
    r"|第\s*\d{1,4}\s*[页頁]|[Pp]age\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s+[/／]\s+\d{1,4}"
)
# A running foot: the report's short name, a separator, the page (「…公报 · 第 4 页」).
_RUNNING_FOOT = LazyPattern(
    r"[^。！？；，,]{2,30}?\s*[·・|｜—\-－]\s*第\s*\d{1,4}\s*[页頁]"
    r"(?:\s*[/／，,]?\s*共\s*\d{1,4}\s*[页頁])?"
)
# A gazette's running head: its name and the issue (「国务院公报 2025年第12号」).
_GAZETTE_ISSUE = LazyPattern(
    r"[^\s。！？；，,]{2,24}(?:公报|公報|政报|政報|年鉴|年鑒|通讯|通訊)\s*"
    r"\d{4}\s*年\s*第\s*\d{1,3}\s*[期号號]"
    r"(?:\s*[（(]\s*(?:总|總)第\s*\d{1,5}\s*期\s*[）)])?"
)
# A feed's copy of the headline, its bureau in brackets before it (Macau's 「【旅遊局】第十四屆澳門
# 國際旅遊（產業）博覽會圓滿舉行」; a joint release names each bureau: 「【治安警察局/澳門保安部隊
# 事務局】…」): over the text (``gui.core.furniture``) or under it.
BUREAU_COPY = LazyPattern(
    r"【[^】。，；：/／、]{2,12}(?:[/／、][^】。，；：/／、]{2,12}){0,3}】\s*(?P<copy>[^【】。！？；]+)"
)
_FOOTNOTE = LazyPattern(r"\s+|\[\d{1,2}\]$|［\d{1,2}］$")
_DIGIT = LazyPattern(r"\d")
_CLOSERS = LazyPattern(r"[】〗］\]]+")
#: The words a document's title ends with (a title's copy must name a kind of document).
_TITLE_KINDS = (
    "通知 通告 公告 意见 意見 报告 報告 公报 公報 办法 辦法 方案 规定 規定 决定 決定 通报 通報 批复 批覆 "
    "规划 規劃 纪要 紀要 细则 細則 条例 條例 规则 規則 名单 名單 决议 決議 解释 解釋 函 令 白皮书 白皮書"
).split()
_SENTENCE_END = "。！？；"
_DATE_START = "二〇○零"  # (a 成文日期 in words: 二〇一九年一月五日)


def page_mark(line: str) -> str | None:
    """``chrome`` for a stripped line that is a printed page's number, running head or foot,
    or a bracket a scraper broke off; else None."""
    if len(line) > 60:
        return None
    if line[0] in "】〗］]" and _CLOSERS.fullmatch(line):
        return "chrome"
    if _DIGIT.search(line) is None:
        return None
    if _PAGE_NUMBER.fullmatch(line):
        m = line.replace("／", "/").split("/")
        if len(m) == 2 and int(m[0]) > int(m[1]):  # (「12 / 3」: no page of a count)
            return None
        return "chrome"
    if ("页" in line or "頁" in line) and _RUNNING_FOOT.fullmatch(line):
        return "chrome"
    if _GAZETTE_ISSUE.fullmatch(line):
        return "chrome"
    return None


def mark_title_copies(texts: list[str], kinds: list[str | None], first_body: int) -> None:
    """After the body's first paragraph, a line that repeats the document's title — a line
    above that paragraph naming a kind of document (通知, 报告, 公报 …; its footnote mark and
    spaces aside) — is the page's running head or a copy under the text: chrome; so is the
    headline again after its bureau in brackets. A copy signed over a date (a 公文's issuer)
    is the signature, never a title's copy."""
    above = [_FOOTNOTE.compiled.sub("", t) for t in texts[:first_body] if t]
    head = {
        t
        for t in above
        if 6 <= len(t) <= 60
        and not any(c in t for c in _SENTENCE_END)
        and any(t.endswith(k) for k in _TITLE_KINDS)
    }
    # (…or names it from its 关于 on: a page's copy with the issuers left out, spaced, or
    # written otherwise — 「关于印发《…》的函」 under 「上海市…委员会关于印发《…》的函」 — or from
    # the title wrapped over two or three lines above the text.)
    wrapped = {"".join(above[k : k + n]) for n in (1, 2, 3) for k in range(len(above) - n + 1)}
    subjects = {
        _subject(t)
        for t in wrapped
        if len(t) <= _MAX_TITLE_COPY
        and not any(c in t for c in _SENTENCE_END)
        and any(t.endswith(k) for k in _TITLE_KINDS)
    }
    subjects.discard(None)
    longest = _MAX_TITLE_COPY if subjects else _MAX_HEAD_COPY
    for i in range(first_body + 1, len(texts)):
        line = texts[i]
        if kinds[i] is not None or not line or len(line) > longest:
            continue
        bare = _FOOTNOTE.compiled.sub("", line)
        if bare in head or (
            subjects
            and any(bare.endswith(k) for k in _TITLE_KINDS)
            and _subject(bare) in subjects
            and not any(c in bare for c in _SENTENCE_END)
        ):
            below = next((t for t in texts[i + 1 :] if t), "")
            if not below or not (below[0].isdigit() or below[0] in _DATE_START):
                kinds[i] = "chrome"
        elif line[0] == "【" and (m := BUREAU_COPY.fullmatch(line)) and len(m["copy"]) >= 8:
            copy = _FOOTNOTE.compiled.sub("", m["copy"])
            if any(t.startswith(copy) for t in above):
                kinds[i] = "chrome"


def _subject(title: str) -> str | None:
    """A 公文 title from its 关于 on (its issuers left out), when that part is long enough to
    name one document."""
    at = max(title.find("关于"), title.find("關於"))
    return title[at:] if at >= 0 and len(title) - at >= _MIN_SUBJECT else None


#: A title's copy is a line of at most so many characters (a copy named from its 关于 on: a
#: whole 公文 title with its issuers may be longer than a running head).
_MAX_HEAD_COPY = 80
_MAX_TITLE_COPY = 100
#: A title's part from its 关于 on names one document from this many characters.
_MIN_SUBJECT = 10
#: A printed record's bare page number alone on its line (「5146」), next to its running head.
_BARE_NUMBER = LazyPattern(r"\d{1,5}")
#: A running head is a short line, but no table's cell (「合格」 beside the rows' numbers).
_MIN_HEAD_CHARS = 6
_MAX_HEAD_CHARS = 40
#: Consecutive pages' numbers: a page with no head (a chapter's first) may lie between.
_MAX_PAGE_STEP = 2


def page_heads(lines: list[tuple[int, str]]) -> set[int]:
    """The line numbers of a printed record's running heads and the bare page numbers beside
    them, of ``lines`` (line number, stripped text; blank lines left out).

    An official record's PDF text keeps each page's head between the paragraphs: the same
    short line (「立法會  ─  2013年 2月 27日」: the body and the sitting's date) with the page's
    number alone on the line above or below it (「5146」). Neither is ever a heading or a
    paragraph's words: the same line next to two or more bare numbers that count pages up
    (each next number one or two more) is the head."""
    found: dict[str, list[tuple[int, int, int]]] = {}  # head → (head line, number line, page)
    for k, (number_at, line) in enumerate(lines):
        if len(line) > 5 or _BARE_NUMBER.fullmatch(line) is None:
            continue
        for near in (k - 1, k + 1):
            if not 0 <= near < len(lines):
                continue
            at, head = lines[near]
            if abs(at - number_at) > 2 or not _MIN_HEAD_CHARS <= len(head) <= _MAX_HEAD_CHARS:
                continue
            if any(c in head for c in _SENTENCE_END) or _BARE_NUMBER.fullmatch(head):
                continue
            found.setdefault(head, []).append((at, number_at, int(line)))
    marked: set[int] = set()
    for pairs in found.values():
        pages = [page for _, _, page in pairs]
        steps = [b - a for a, b in zip(pages, pages[1:], strict=False)]
        if len(pairs) >= 2 and all(0 < step <= _MAX_PAGE_STEP for step in steps):
            for head_at, number_at, _ in pairs:
                marked.update((head_at, number_at))
    return marked
