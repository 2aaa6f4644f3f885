"""Cleaning scraped report text.

Only glued pinyin annotations are removed — ``區(qū)`` → ``區`` — and only when the syllable in
the brackets is a real reading of the character before it, so genuine parentheses such as
``(北歐)``, ``(hi-tech)``, ``(2021)`` or ``新(擴)建`` stay. Everything else is kept: garbled runs
are reported as damaged spans, the site footer as a range, and punctuation is not rewritten.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from gui.core.document import Span
from gui.core.offsets import OffsetMap
from gui.core.patterns import OFFICE_TITLES, LazyPattern


def is_han(char: str) -> bool:
    """Whether ``char`` is a CJK ideograph (the URO, Extension A, the compatibility block and
    the supplementary planes 2-3).

    Tested in Python rather than with a regex character class: ``re`` compiles a class by
    visiting every code point of its ranges in Python, ~1 ms for these, per pattern, and these
    patterns are compiled while the app starts."""
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFF
    )


# A bracketed run of pinyin letters (tone marks, ü/v, optional digit); it is an annotation when
# a Han character comes right before it (checked with is_han) and the syllable is one of its
# readings. One capturing group: re.split keeps the runs.
_ANNOTATION = re.compile(r"([(（][a-zA-ZüÜ\u00c0-\u01dc\u0300-\u036f\u1e3f]{1,7}[1-5]?[)）])")


class ReadingTable:
    """Every reading of ~42,000 characters (pypinyin's Unihan-derived table, shipped as
    ``resources/pinyin/readings.tsv``; see its README): lines ``<hex code point>\t<readings>``
    sorted by code point.

    Looked up in place by binary search over the file's bytes, the way look(1) searches a
    sorted file: nothing is parsed up front (building a dict of every line cost ~30 ms of the
    app's start-up, for a report that asks about a few dozen characters)."""

    def __init__(self, data: bytes):
        self._data = data

    def get(self, code: int) -> str | None:
        """The comma-separated readings of the character ``code``, or None."""
        data = self._data
        lo, hi = 0, len(data)  # both always at the start of a line (or the end)
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", lo, mid) + 1 or lo
            end = data.find(b"\n", start, hi)
            if end < 0:
                end = hi
            tab = data.find(b"\t", start, end)
            if tab < 0:  # a blank line (only the end of the file)
                hi = start
                continue
            key = int(data[start:tab], 16)
            if key < code:
                lo = end + 1
            elif key > code:
                hi = start
            else:
                return data[tab + 1 : end].decode("utf-8")
        return None

    def items(self):
        """Every ``(code point, readings)`` pair, in order."""
        for line in self._data.decode("utf-8").splitlines():
            code, _, readings = line.partition("\t")
            yield int(code, 16), readings


@cache
def _readings() -> ReadingTable:
    from gui.core.paths import resource

    return ReadingTable(resource("pinyin", "readings.tsv").read_bytes())


def readings_of(char: str) -> list[str]:
    """The tone-marked readings of one character, the common one first (pypinyin's order)."""
    found = _readings().get(ord(char)) if len(char) == 1 else None
    return found.split(",") if found else []


def _plain(syllable: str) -> str:
    """Strip tone marks and numbers; ü and v are the same letter in typed pinyin."""
    decomposed = unicodedata.normalize("NFD", syllable.lower()).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c) and not c.isdigit())


@lru_cache(maxsize=65536)
def is_reading(char: str, syllable: str) -> bool:
    """Whether ``syllable`` (tone-marked, toneless or numbered) is a reading of ``char``."""
    readings = _readings().get(ord(char))
    if not readings:
        return False
    wanted = syllable.lower()
    plain = _plain(syllable)
    for reading in readings.split(","):
        if reading == wanted or _plain(reading) == plain:
            return True
    return False


@dataclass(frozen=True)
class CleanedText:
    text: str
    source_map: OffsetMap  # A = text, B = source
    annotations: int  # how many pinyin annotations were removed


def remove_pinyin(source: str) -> CleanedText:
    """Remove glued pinyin annotations and record the text → source map.

    A report scraped with pinyin glued on has an annotation every two characters (525,000 in
    a 10 MB file), so nothing here runs Python per annotation: ``re.split`` cuts the source
    into text and bracketed runs in C, each distinct (character before, run) pair is judged
    once, and the kept text and the map are built from the pieces' lengths."""
    parts = _ANNOTATION.split(source)  # text, run, text, run, …, text
    texts = parts[0::2]
    runs = parts[1::2]
    if not runs:
        return CleanedText(source, OffsetMap.identity(len(source)), 0)
    # Each run with the character before it ('' at the start of the source or right after
    # another run: never Han, so never an annotation); strings, not tuples, which the garbage
    # collector would walk.
    keys = list(map(operator.add, [t[-1:] for t in texts[:-1]], runs))
    verdict = {key: _is_annotation(key) for key in set(keys)}
    removed = list(map(verdict.__getitem__, keys))
    if not all(removed):
        texts, runs = _keep_runs(parts, removed)
    kept = list(map(len, texts))
    return CleanedText(
        "".join(texts), OffsetMap.with_deletions(kept, list(map(len, runs))), len(runs)
    )


def _is_annotation(key: str) -> bool:
    """Whether ``key`` (a character and a bracketed run) is a character and its reading."""
    return is_han(key[0]) and is_reading(key[0], key[2:-1])


def _keep_runs(parts: list[str], removed: list[bool]) -> tuple[list[str], list[str]]:
    """The texts between removed runs (each run that stays joined to the text around it) and
    the removed runs."""
    texts: list[str] = []
    runs: list[str] = []
    start = 0  # index in parts of the first piece of the current text
    for i, gone in enumerate(removed):
        if gone:
            texts.append("".join(parts[start : 2 * i + 1]))
            runs.append(parts[2 * i + 1])
            start = 2 * i + 2
    texts.append("".join(parts[start:]))
    return texts, runs


# -- damaged runs -------------------------------------------------------------------------

# U+FFFD anywhere; question marks standing for lost characters: two or more of them in a run
# that may mix in ';' (``規?;?、``), or a single one wedged between two Han characters
# (unless it follows a question particle: ``合理嗎?是的`` is a real question).
# (The last alternative's "between two Han characters" is checked with is_han.)
_DAMAGED = re.compile(r"\ufffd+|[?？](?:[;；]?[?？\ufffd])+|(?<![吗嗎呢么麼吧啊否])\?")


#: The characters every damaged run opens with (the first of each alternative above).
_DAMAGE_MARKS = "\ufffd?？"


def _damage_marks(text: str) -> list[int]:
    """Where ``text`` holds one of :data:`_DAMAGE_MARKS`, in order."""
    found = []
    for mark in _DAMAGE_MARKS:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def find_damaged(text: str) -> list[Span]:
    """Spans of text that the scrape garbled; they are flagged, never deleted.

    The pattern is tried only where one of the marks a run opens with stands (found by
    ``str.find``): ``finditer`` over a whole report tried it at every character in one C call,
    ~35 ms per million characters holding the GIL, a stall of the UI thread while a long
    report is read in the background (longer when the machine is busy). The spans are
    those ``finditer`` finds: a run can only start at a mark, and the lookbehind sees the
    character before where ``match`` starts."""
    spans: list[Span] = []
    end = 0
    for at in _damage_marks(text):
        if at < end:
            continue  # inside the run found last
        m = _DAMAGED.match(text, at)
        if m is None:
            continue
        start, end = m.span()
        if m[0] == "?" and not (
            start > 0 and end < len(text) and is_han(text[start - 1]) and is_han(text[end])
        ):
            continue  # a single ? that is not wedged between Han characters
        spans.append(Span(start, end))
    return spans


# -- site footer ---------------------------------------------------------------------------

_FOOTER_MARK = re.compile(
    r"ICP[备備证證]|公[网網]安[备備]|版[权權]所有|copyright|©|[主承]办单位|[主承]辦單位|[主承][办辦][:：]|"
    r"技[术術]支持|网站标识码|網站標識碼|(?:地址|[邮郵][编編]|[电電][话話]|[传傳]真|邮箱|郵箱)[:：]",
    re.IGNORECASE,
)
_SENTENCE_END = "。！？!?；;"
#: The document's own credit, though it gives a phone (a release's 「發稿人：國民健康科 張芸庭
#: 連絡電話：06-6357716」, also run into the last paragraph after its sentence's end): news
#: furniture of the release, never the site's footer. So is the unit in charge of the matter
#: with its contact run on after it (「承辦單位:空氣及噪音管理科聯絡人: 林郁嘉 聯絡電話:…」): a
#: site's 承办单位 names no contact person.
_CREDIT = re.compile(
    r"(?:^\s*|(?<=[。！？」）])|^\s*承[辦办](?:單位|单位)\s*[:：][^:：\n]{1,30}?)[（(]?"
    r"(?:[發发]稿(?:人|單位|单位|時間|时间|日期)|[聯連联]絡人|联系人|責任編輯|责任编辑)\s*[:：]"
)

#: A line naming the document's contact person (活動聯絡人：…, 联系人：…, 發稿人：…) …
_CONTACT = LazyPattern(r"(?:[聯連联][絡络繫系]人|[發发]稿人)\s*[:：]")
#: … and a line that gives only the contact's phone or fax numbers under it.
_CONTACT_PHONE = LazyPattern(
    r"\s*(?:(?:[聯連联][絡络繫系])?(?:電話|电话|傳真|传真|手機|手机)\s*[:：]?\s*"
    r"[（(]?\+?\d[\d\s\-－（）()]*(?:(?:分機|分机|轉|转)\s*\d+)?\s*[，,；;、]?\s*)+"
)


#: A numbered item of the text (「九、本案承辦人：…，聯絡電話：…，地址：…」, a 公告's last point): a
#: site's footer never numbers its lines.
_NUMBERED_ITEM = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])"
)


def _contact_sentence(line: str) -> bool:
    """A sentence of the text that gives its contacts' phones in brackets after their names
    (a release's last line: 「如欲了解活動詳情，可於辦公時間內致電勞工局就業廳聯絡羅小姐或林小姐(電話：
    8399 9851、8399 9886），又或致電…(電話：28569362）。」): closed by a sentence's end, every
    footer mark inside brackets that text opens. A site's footer sets its marks as keys of a
    line of their own (「地址：…　電話：…」), never in a sentence's brackets."""
    body = line.strip()
    if body.rstrip("”’」』")[-1:] not in "。！？!?":
        return False
    for m in _FOOTER_MARK.finditer(body):
        before = body[: m.start()]
        opened = before.count("(") + before.count("（") - before.count(")") - before.count("）")
        if opened <= 0 or not before.lstrip("(（"):
            return False
    return True


def find_footer(text: str) -> Span | None:
    """The trailing site footer: the last lines that carry footer marks (licence numbers,
    copyright, address, postcode, phone, fax), plus a short publisher line just before them."""
    lines = _lines(text)
    i = len(lines)
    while i > 0 and not text[lines[i - 1][0] : lines[i - 1][1]].strip():
        i -= 1  # trailing blank lines
    end_line = i
    while i > 0:
        start, end = lines[i - 1]
        line = text[start:end]
        if not line.strip() and i < end_line:
            i -= 1
            continue
        if (
            _FOOTER_MARK.search(line)
            and len(line) <= 300
            and not _CREDIT.search(line)
            and not _contact_sentence(line)
            and not _NUMBERED_ITEM.match(line)
        ):
            i -= 1
            continue
        break
    # A contact's phone under the line that names the contact (「新聞資料聯絡人：公關與新聞科 …」
    # over 「電話：03-5216121分機213」, a release's last lines) is the document's, as the contact.
    above = i - 1
    while above >= 0 and not text[lines[above][0] : lines[above][1]].strip():
        above -= 1
    if above >= 0 and _CONTACT.search(text[lines[above][0] : lines[above][1]]):
        while i < end_line and _CONTACT_PHONE.fullmatch(text[lines[i][0] : lines[i][1]]):
            i += 1
    if i == end_line:
        return None
    # Skip blank lines between the body and the first footer line when looking for the
    # publisher line.
    first = i
    while first < end_line and not text[lines[first][0] : lines[first][1]].strip():
        first += 1
    j = first
    while j > 0 and not text[lines[j - 1][0] : lines[j - 1][1]].strip():
        j -= 1
    if j > 0 and j - 1 > 0:  # never swallow the first line of the document
        start, end = lines[j - 1]
        candidate = text[start:end].strip()
        if _is_publisher_line(candidate):
            first = j - 1
    if first == 0:
        return None  # a "footer" that is the whole document is not a footer
    start = lines[first][0]
    end = lines[end_line - 1][1]
    return Span(start, end)


_NOT_PUBLISHER = re.compile(
    r"[:：]|^[（(【\[]|\d{4}\s*年|^\d"
    # (round 21) a 成文日期 in words (二〇〇四年九月二十三日), a table's row (封閉交通 | 非利喇街),
    # a list's name and office (洪天云 扶贫办副主任), a clause (东至利民路，南至西门路…), a
    # figure's label (交通管制示意圖): the document's lines, never a publisher
    r"|年\s*[〇○零一二三四五六七八九十\d]{1,3}\s*月|[|｜\t，,]|[图圖]$"
    rf"|(?:{OFFICE_TITLES}|区长|區長|县长|縣長|行长|行長|校长|校長|经理|經理)$"
)


# Session 24: a publisher names a body or a site (科学技术部火炬高技术产业开发中心, 新华网, 某某市科技局);
# a table's last cell (「行政检查」), a 公文's blank date form (「年　月　日」), a title in book marks
# or a contact's e-mail address over a licence line a page sets under the text stay the document's.
_PUBLISHER_END = LazyPattern(
    r"(?:网|網|站|局|厅|廳|委|会|會|院|部|办|辦|室|中心|政府|社|报|報|台|公司|集团|集團|处|處|署|所"
    r"|馆|館|组|組|科)$"
)


def _is_publisher_line(line: str) -> bool:
    """A short name line (the site's publisher) may open the footer. Not a note in brackets
    (a 公文's （此件公开发布）), a ``key：value`` line (责任编辑：…, furniture of the page, marked
    apart), a date (a 公文's 成文日期, in figures or words), a table's row or a person's office:
    those belong to the document. A publisher's name ends as a body's or a site's does."""
    return (
        0 < len(line) <= 30
        and line[-1] not in _SENTENCE_END + "，,：:。"
        and _NOT_PUBLISHER.search(line) is None
        and _PUBLISHER_END.search(line) is not None
    )


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
