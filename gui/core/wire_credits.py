"""A wire story's own furniture and credits (中央社's form, which Taiwan papers reprint whole).

A wire story comes as one paragraph or a few, with no headline of its own in many feeds:

- a photo's caption may run into the lead, closed by its credit and the day it was taken,
  right before the dateline: 「高雄市副市長林欽榮（右）…。中央社記者林巧璉攝  114年5月16日
  （中央社記者郭建伸、林巧璉台北16日電）北院審理…」 — the caption, up to the date, is furniture;
- a paper's or a school's story closes with its writer in brackets (「（文/任伟  明德学院）」):
  furniture, the header's ``reporter`` (round 23);
- the story closes with its desk's credits in brackets and the wire's date code (the ROC year,
  month and day): 「…依法授權」。（編輯：謝佳珍）1140516」 — furniture; the editor (編輯) is the
  header's ``editor``, a 編譯 (who writes the Chinese story) its ``reporter``. (Other desk roles are
  left out on purpose: the one story of the corpus known to carry them is held out.)

The dateline itself stays body text (``gui.core.datelines`` reads it). Every pattern names the
wire's form, not one story's words.
"""

from __future__ import annotations

from gui.core.captions import place_byline
from gui.core.datelines import OUTLET_END, bracketed_dateline, closing_byline_at
from gui.core.document import Furniture, HeaderField
from gui.core.feed_notices import BRACKETED_REPORTER
from gui.core.patterns import HAN, HOTLINE, LazyPattern

_NAME = rf"{HAN}{{2,4}}"
_NAMES = rf"{_NAME}(?:[、，,]{_NAME}){{0,3}}"
# (a dateline's brackets: 「（中央社記者郭建伸、林巧璉台北16日電）」, 「（中央社首爾7日專電）」)
_DATELINE_AHEAD = r"(?=[（(][^（()）]{2,40}?(?:電|电)[）)])"
_RUN_IN_CAPTION = LazyPattern(
    rf"[^。！？\n]{{0,200}}[。！？][^\n]{{0,200}}?"
    rf"(?:{HAN}{{0,8}}(?:記者|记者))?{_NAME}\s*(?:攝|摄)"
    r"(?:\s*\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*" + _DATELINE_AHEAD
)
_ROLE = r"(?:編輯|编辑|編譯|编译)"
_CLOSING_CREDIT = LazyPattern(
    rf"[（(](?P<credits>{_ROLE}\s*[:：]\s*{_NAMES}(?:\s*[/／;；、]\s*{_ROLE}\s*[:：]\s*{_NAMES})*)"
    r"[）)]\s*(?:\d{6,8})?\s*$"
)
_CREDIT = LazyPattern(rf"(?P<role>{_ROLE})\s*[:：]\s*(?P<names>{_NAMES})")
# (round 23) A paper's or a school's story closed by its writer in brackets, run into its last
# paragraph, maybe with the writer's body after a space: 「…起到了积极的作用。（文/任伟  明德学院）」.
_CLOSING_BYLINE = LazyPattern(
    rf"[（(](?:文|撰文|撰稿|记者|記者)\s*[／/]\s*(?P<names>{_NAMES})(?:\s+{HAN}{{2,20}})?[）)]\s*$"
)
# (round 29) The site's sign-up box for its newsletter, its words spliced into the story's text
# where the box stood: 「…產品線。訂閱《早安世界》電子報 每天3分鐘掌握10件天下事 請輸入正確的電子信箱
# 格式訂閱感謝您的訂閱！台泥指出，…」 — the offer, the address field's prompt, the thanks.
_SIGN_UP = LazyPattern(
    r"(?:訂閱|订阅)[^。！？]{0,20}(?:電子報|电子报)[^。！？]{0,40}"
    r"(?:電子信箱|电子信箱|電子郵件|电子邮件|[Ee]-?mail)[^。！？]{0,20}(?:感謝|感谢)您的(?:訂閱|订阅)[！!。]?"
)
# (round t26) A photo's note in brackets run into the story where the photo stood, after a
# sentence (「…確保機關最大權益。(資料照片) 一、書面通知…」, 華視, batch 48): a file photo, a
# sketch; the note alone is furniture, the text around it the story's.
_RUN_IN_PHOTO_NOTE = LazyPattern(
    r"(?<=[。！？」”])\s*[（(](?:資料照片|资料照片|資料圖片|资料图片|檔案照片|档案照片|資料圖|资料图"
    r"|示意圖|示意图)[）)]"
)
# (Round t26) A portal's bar run on after the text's last words, a crawl joining the lines: the
# source's key and name, then the page's controls (「…2015年9月10日 来源：中国平潭 附件下载」, batches 38
# and 47): the bar is chrome from its key on; a sentence naming a source has no controls after it.
_RUN_ON_SOURCE_BAR = LazyPattern(
    r"(?<=\S)\s+(?:来源|來源)\s*[:：]\s*[^\s:：。，,；;]{2,24}"
    r"(?:\s+(?:附件下载|附件下載|打印本页|打印本頁|打印|列印|关闭窗口|關閉窗口|关闭|關閉|【打印】|【关闭】"
    r"|【關閉】|分享到|收藏))+\s*$"
)
# (round t28) A byline run into the lead's start: the outlet (a 全媒体 group, a paper, a site),
# the rank, 记者 and the name, the place and 报道, then the lead after a space (「南方财经全媒体见习
# 记者程浩 东莞报道 5月24日，…」): the byline is furniture, the header's source and reporter.
LEAD_BYLINE = LazyPattern(
    rf"(?:{HAN}{{2,10}}?(?:全媒体|全媒體|融媒体|融媒體)|(?!本){HAN}{{1,10}}?{OUTLET_END}|本报|本報)?"
    r"(?:资深|資深|首席|特约|特約|见习|見習|实习|實習)?(?:记者|記者)\s*"
    rf"{_NAMES}(?:\s+{_NAMES})?\s+{HAN}{{2,4}}(?:報導|报道)(?=\s+\S)"
)
_FIELD = {"編輯": "editor", "编辑": "editor"}
#: A letter's or a speech's date closing the line above a reprint's dateline.
_DAY_END = LazyPattern(r"\d{1,2}\s*日$")
_RUN_IN_BYLINE = LazyPattern(r"[。！？」”]\s+(?P<byline>[^。！？\s][^。！？]{3,30})$")
#: A closing credit ends a paragraph of the story: at least this much text before it.
_STORY_TEXT = 20


def wire_furniture(lines: list[tuple[int, int, str]], kinds: list[str | None]) -> list[Furniture]:
    """Run-in captions and closing credits inside the body paragraphs ``lines`` (start, end,
    stripped text) that ``kinds`` leaves unmarked."""
    found: list[Furniture] = []
    for i, (start, end, line) in enumerate(lines):
        if kinds[i] is not None:
            continue
        # A paper's news hotline spliced into its story's text (「…购房。(法制周报新闻热线:
        # 0731-84802117)事后，…」): the hotline alone is furniture.
        if "线" in line or "線" in line:
            found.extend(
                Furniture(start + h.start(), start + h.end(), "news")
                for h in HOTLINE.finditer(line)
            )
        if "照" in line or "圖" in line or "图" in line:
            found.extend(
                Furniture(start + m.start(), start + m.end(), "caption")
                for m in _RUN_IN_PHOTO_NOTE.finditer(line)
            )
        if "来源" in line[-40:] or "來源" in line[-40:]:
            bar = _RUN_ON_SOURCE_BAR.search(line)
            if bar is not None and bar.start() >= _STORY_TEXT:
                found.append(Furniture(start + bar.start() + 1, end, "chrome"))
        if "訂閱" in line or "订阅" in line:
            found.extend(
                Furniture(start + m.start(), start + m.end(), "chrome")
                for m in _SIGN_UP.finditer(line)
            )
        # A paper's byline run into its lead's end (「…印证了这一说法。 文/图 本报特派记者刘新宇 天津报道」)
        tail = _RUN_IN_BYLINE.search(line) if line.endswith(("报道", "報導")) else None
        if (
            tail is not None
            and tail.start("byline") >= _STORY_TEXT
            and place_byline(tail["byline"])
        ):
            found.append(Furniture(start + tail.start("byline"), end, "byline"))
        if 0 < i < 3 and kinds[0] is None:
            copy = _title_clause_run_in(lines[0][2], line)
            if copy:
                found.append(Furniture(start, start + copy, "chrome"))
        if i < 3 and ("记者" in line[:24] or "記者" in line[:24]):
            lead = LEAD_BYLINE.match(line)
            if lead is not None and len(line) - lead.end() >= _STORY_TEXT:
                found.append(Furniture(start, start + lead.end(), "byline"))
        if i < 3:
            m = _RUN_IN_CAPTION.match(line)
            if m is not None:
                found.append(Furniture(start, start + m.end(), "caption"))
        if (
            i > 0
            and line[:1] in "（("
            and len(line) <= 30
            and bracketed_dateline(line, dated=not _ends_page(lines, kinds, i))
        ):
            # (round 22) The wire's dateline a paper's reprint sets alone under the text it
            # took (「谢谢大家。」 / 「（新华社北京3月26日电）」, 「2020年5月17日」 / 「（新华社北京5月18日电）」,
            # 人民日报's speech and letter pages, batches 30 and 34): the text ends above it.
            # Under the page's last paragraph the wire's name alone says so too (「本条例自
            # 2025年3月15日起施行。」 / 「（新华社电）」, a paper's reprint of a 条例, batch 51).
            above = lines[i - 1][2]
            if above[-1:] in "。！？" or _DAY_END.search(above):
                found.append(Furniture(start, end, "news"))
                continue
        if not line or not (line[-1].isdigit() or line[-1] in "）)"):
            continue  # (the credit closes its paragraph)
        m = _CLOSING_CREDIT.search(line) or _CLOSING_BYLINE.search(line)
        if m is not None and m.start() >= _STORY_TEXT and line[m.start() - 1] in "。！？」”":
            found.append(Furniture(start + m.start(), end, "news"))
    return found


#: (Round t28) Where a title breaks into clauses.
_CLAUSE_BREAK = LazyPattern(r"[，,：:\s\u3000]+")
#: A clause this long at least is a copy, not a lead's words that a title took up.
_COPY_CHARS = 8


def _title_clause_run_in(title: str, line: str) -> int:
    """(Round t28) How long a copy of the title's last clause is that a page ran into the lead
    with no stop after it (the headline's kicker set again over the text, the text's first words
    run on: 「為臺南市政健檢，市議會定期會24日起進行市政總質詢」 over 「市議會定期會24日起進行市政
    總質詢臺南市議會本屆第8次定期會自24日起，…」); 0 when the line opens otherwise. A lead that
    takes the headline's words up goes on with a stop or a clause of its own."""
    last = _CLAUSE_BREAK.compiled.split(title.strip())[-1]
    if len(last) < _COPY_CHARS or last == title.strip() or not line.startswith(last):
        return 0
    after = line[len(last) : len(last) + 1]
    if not after or not after.isalnum() or len(line) - len(last) < _STORY_TEXT:
        return 0
    return len(last)


def _ends_page(lines: list[tuple[int, int, str]], kinds: list[str | None], i: int) -> bool:
    """Whether no line of text stands under line ``i`` (blank lines and furniture only)."""
    return all(kinds[j] is not None or not lines[j][2] for j in range(i + 1, len(lines)))


def closing_bylines(
    text: str, furniture: tuple[Furniture, ...], body_end: int
) -> tuple[Furniture, ...]:
    """(Round t26) The bylines run onto the end of a paragraph (``datelines.closing_byline_at``:
    「…12320咨询。（总台记者 田萌 王一丹）」, 「…送醫挽回一命。報導．攝影╱韓旭爾」) as ``byline``
    furniture — marked after the header has read its reporter from them."""
    added: list[Furniture] = []
    start = 0
    for line in text[:body_end].split("\n"):
        stripped = line.rstrip()
        at = closing_byline_at(stripped) if len(stripped) > _STORY_TEXT else None
        if at is not None and at >= _STORY_TEXT:
            begin, end = start + at, start + len(stripped)
            if not any(f.start < end and begin < f.end for f in furniture):
                added.append(Furniture(begin, end, "byline"))
        start += len(line) + 1
    return tuple(sorted([*furniture, *added], key=lambda f: f.start)) if added else furniture


def read_wire_credits(text: str, furniture, fields: dict) -> None:
    """``editor`` and ``reporter`` from a closing credit that ``wire_furniture`` marked."""
    for f in furniture:
        if f.kind != "news":
            continue
        chunk = text[f.start : f.end]
        m = _CLOSING_CREDIT.match(chunk)
        if m is None:
            by = _CLOSING_BYLINE.match(chunk)
            if by is None and chunk[:1] in "（(" and ("记者" in chunk or "記者" in chunk):
                # (round t28: 「（经济日报 记者 王金虎）」 — the paper is the source)
                by = BRACKETED_REPORTER.fullmatch(chunk.split("\n", 1)[0].rstrip())
                if (
                    by is not None
                    and by["outlet"]
                    and not by["outlet"].startswith(("本报", "本報"))
                ):
                    at = f.start + by.start("outlet")
                    fields.setdefault(
                        "source", HeaderField(by["outlet"], at, at + len(by["outlet"]))
                    )
            if by is not None:
                at = f.start + by.start("names")
                fields.setdefault("reporter", HeaderField(by["names"], at, at + len(by["names"])))
            continue
        for c in _CREDIT.finditer(m["credits"]):
            name = _FIELD.get(c["role"], "reporter")
            at = f.start + m.start("credits") + c.start("names")
            fields.setdefault(name, HeaderField(c["names"], at, at + len(c["names"])))
