"""Unnumbered headline lines: the forms of a news subhead, and of a list's caption.

A **subheading** is a short line (≤ 25 characters) with no sentence punctuation between body
paragraphs, mostly Han characters, not a bullet item, not a label and its value. A news page
may set one over **two lines** (「消费、服务业是亮点」 / 「增速均出现反弹」, the two halves of one
headline, each a paragraph of the feed): two such lines together between body paragraphs are
one heading. A **list's caption** — a short label closed by ： standing alone over a run of
numbered items that are a list (a press release's 「重點活動一覽：」 over its 1.–11. events) —
heads that list, as a subhead heads its paragraphs.

``body`` is the outline's list of paragraphs (objects with ``index``, ``offset`` and ``text``:
``gui.core.outline._Line``) and ``found`` its candidate heading per paragraph (None: none).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

from gui.core.annexes import in_annex_list
from gui.core.decision_form import DISTRIBUTION_LABEL, HEADER_LINES, header_end
from gui.core.numbering import CN_NUM
from gui.core.patterns import SCHEDULE_FIELD, LazyPattern

#: Ends that close a sentence or a clause: a line ending so is not a subheading.
NO_HEADING_END = "。！？!?；;：:，,、…"
BULLETS = "●○■□◆◇▪▫•·◎☆★►▶-*"
#: A person's name alone on a line — a signature, a speaker, an author or a photo's credit
#: left where the picture was, never a headline: a common surname (one character, or a
#: compound one) and a given name of one or two, a two-character name spaced out as pages
#: set it (「张　三」). Subheads this short are rare (none in the dev gold) and name a topic;
#: surnames that open common words (金融, 高校, 方案, 江苏, 黄河, 林业, 夏粮, 苏州,
#: 范围, 顾问 …) are left out.
_SURNAMES = (
    "王李张張刘劉陈陳杨楊赵趙吴吳徐孙孫朱胡郭罗羅郑鄭梁冯馮邓鄧曹彭肖萧蕭袁潘蒋蔣蔡杜叶葉魏吕"
    "呂丁沈姚卢盧姜崔谭譚汪廖贾賈韦韋傅邹鄒孟熊邱尹薛闫閆侯陶黎贺賀郝龚龔邵钱錢覃戴莫孔葛伍殷"
)
_COMPOUND_SURNAMES = "欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|夏侯|皇甫|公孙|公孫|司徒|令狐|慕容"
PERSON_NAME = LazyPattern(
    rf"(?:[{_SURNAMES}][\s\u3000]*[\u4e00-\u9fff]{{1,2}}|(?:{_COMPOUND_SURNAMES})[\u4e00-\u9fff]{{1,2}})"
)
#: A table of contents' label, its characters spaced out or not (「目　　录」).
CONTENTS_WORDS = frozenset({"目录", "目錄", "目次"})
#: Bullets that mark a list's items (not the · or - a name or a range may open with).
LIST_BULLETS = "●○■□◆◇▪▫•◎☆★►▶"
#: A field line: a label of up to four characters, then its value (日期： 地點： 展期：).
FIELD_LINE = re.compile(r"[\u4e00-\u9fff]{1,4}\s*[:：]")
MAX_SUBHEADING_CHARS = 25
#: …and a subhead among siblings (``sibling_subheads``).
MAX_SIBLING_CHARS = 45
#: A headline set whole in 【】 (a Taiwan city release's 「【通訊中斷影響大 市府爭取五大補償方案
#: 業者允諾一周內回覆】」): the brackets mark it, so it may run longer than a bare subhead.
MAX_BRACKETED_CHARS = 40
#: A list's caption is a name, not a sentence (「重點活動一覽：」, 「主要措施：」).
MAX_CAPTION_CHARS = 15
#: Words that point forward to what follows: a sentence leading into its list
#: (「历史文化名镇应当具备下列条件：」, 「主要内容如下：」), not a caption naming it.
_LEAD_IN = re.compile(r"下列|如下|以下|下述|下面|如次|(?:是|有|包括|包含|分为|分為)\s*[：:]\s*$")
#: A headline's first part closed by ！ or ？ and a second part after it (「連假出遊再抽好禮！「2026
#: 臺南購物節」消費50元就有抽獎機會」, 「承認塔利班？俄國可能合作，…」): every ！/？ followed by four
#: characters or more, none a closing quote (a quoted cry, 「救佢啦！」」, is a sentence's), and the
#: line not opening on a quote.
_INNER_CRY = LazyPattern(
    r"(?![「『“\"])(?:[^！？!?]+[！？!?](?![」』”\"])(?=[^！？!?]{4}))+[^！？!?]+"
)
#: A word in Latin letters (a product's or a project's name): one unit of a headline, like a Han character.
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def is_lead_in(line: str) -> bool:
    """A sentence leading into what follows (「…应当具备下列条件：」, 「…SIG的愿景是：」 over its
    points), not a label naming it."""
    return _LEAD_IN.search(line) is not None


#: A member or participant list's entry ends with the office its person holds (「王训国
#: 市规划资源局副局长」, 「总   指   挥：张小宏 副市长」): a 公文 names a body's members so, and a
#: headline never ends with a post title.
_OFFICE_END = re.compile(
    r"(?:[市区县省镇乡區縣鎮鄉]长|[市区县省镇乡區縣鎮鄉]長|主任|[局处科院校所部厅司署社行会館馆]长"
    r"|[局處科院校所部廳司署社行會館]長|书记|書記|秘书长|秘書長|总裁|總裁|经理|經理|董事长|董事長"
    r"|主席|委员|委員|[队组隊組]长|[隊組]長|理事长|理事長|总指挥|總指揮|总监|總監|专员|專員"
    r"|巡视员|巡視員|调研员|調研員)$"
)
#: A photo's caption names who stands where in the picture (「吴锦（右一）、魏华山（左一）会谈」,
#: 「（前排左三）」): a place in brackets that no headline gives.
_PICTURE_PLACE = re.compile(
    r"[（(](?:前排|后排|後排)?[左右中](?:[一二三四五六七八九]|起[一二三四五六七八九])?[）)]"
)
#: …and one closes with an office and the name of who holds it (「黄石市委副书记、市长吴锦」, a
#: speaker's 「市长 张建国」): the person pictured or the speaker, never a headline's end.
_OFFICE_NAME_END = LazyPattern(
    _OFFICE_END.pattern.removesuffix("$") + r"[\s\u3000]*" + PERSON_NAME.pattern + "$"
)
#: A 公文's closing formula (结束语) ends its text whatever stands after it: 「特此通知」,
#: 「此复」, 「妥否，请批示」, 「请遵照执行」, 「以上意见如无不妥，请批转各地执行」.
CLOSING_FORMULA = re.compile(
    r"(?:特此|专此|專此)(?:通知|通告|公告|批复|批覆|函复|函覆|函告|函达|函達|报告|報告|说明|說明"
    r"|证明|證明|致谢|致謝|布告|决定|決定|函|复|覆|復)"
    r"|此复|此覆|此復|妥否[，,]?\s*请(?:批示|示|审批|批复)"
    r"|请(?:遵照|认真|结合实际|结合实际认真|认真遵照)?(?:贯彻)?(?:执行|落实|贯彻执行|贯彻落实)"
    r"|以上(?:意见|意見|报告|報告|请示|請示|方案)[^。！？]{0,24}(?:执行|執行|批示|审批|審批)"
)


#: 一是 / 二是 … standing alone as a line: a headline under the numbered headings.
ORDINAL_LEAD = LazyPattern(rf"[{CN_NUM}]+是")
MAX_HEADLINE_CHARS = 40


def mostly_han(line: str) -> bool:
    """At least two Han characters, and at least half of the line, a word in Latin letters
    counting as one (a product's name in a headline: 「自行車與 YouBike 管制」)."""
    han = sum(1 for c in line if "\u4e00" <= c <= "\u9fff")
    if han < 2 or han * 2 >= len(line):
        return han >= 2
    return han * 2 >= len(LATIN_WORD.sub("A", line))


def is_short_line(line: str) -> bool:
    """A line short enough for a subhead and without a closing sentence or clause mark."""
    return bool(line) and len(line) <= MAX_SUBHEADING_CHARS and line[-1] not in NO_HEADING_END


def _run_in(body: Sequence[Any], i: int) -> bool:
    """Whether paragraph ``i`` shares its line with a neighbour (a feed's run-together line)."""
    ln = body[i]
    return (i > 0 and body[i - 1].index == ln.index) or (
        i + 1 < len(body) and body[i + 1].index == ln.index
    )


def is_bracketed(line: str) -> bool:
    """The whole line is one 【…】 (a single pair: not 「【新聞局】…」 or two bracketed labels)."""
    return line.startswith("【") and line.endswith("】") and line.count("】") == 1


def has_subhead_form(
    body: Sequence[Any], i: int, longest: int | None = None, *, field: bool = False
) -> bool:
    """The form of a subhead, whatever stands around it (up to ``longest`` characters when
    given: ``sibling_subheads``; a field's form too when ``field``: ``colon_heads``)."""
    ln = body[i]
    # A subhead a feed ran into its paragraphs' line was cut off by its form already
    # (``patterns.paragraphs``): it may run to 30 characters and ask a question
    # (「承認塔利班？俄國可能合作，英國籲別過早承認」, 「歐盟憂心忡忡，難民問題再起？」).
    run_in = _run_in(body, i)
    longest_sibling = longest
    longest, stops = (30, "。；;") if run_in else (MAX_SUBHEADING_CHARS, "。！？!?；;")
    if is_bracketed(ln.text):
        longest = max(longest, MAX_BRACKETED_CHARS)
    longest = max(longest, longest_sibling or 0)
    end = ln.text[-1:] if not (run_in and ln.text[-1:] in "？?") else ""
    if not ln.text or len(ln.text) > longest or end in NO_HEADING_END and end:
        return False
    if longest_sibling and not run_in and _INNER_CRY.fullmatch(ln.text):
        stops = "。；;"  # (a sibling's first part may exclaim or ask: 「連假出遊再抽好禮！…」)
    if any(c in ln.text for c in stops) or not mostly_han(ln.text):
        return False
    if ln.text[0] in BULLETS:
        return False  # ●/■/◆ items are a list, whatever their length
    if any(c in ln.text for c in "|｜\t"):
        return False  # a table's row (「指标 | 数值」), not a headline
    if _OFFICE_END.search(ln.text) or CLOSING_FORMULA.fullmatch(ln.text):
        return False  # a member list's entry (a name and an office), a 公文's 结束语
    if _OFFICE_NAME_END.search(ln.text) or _PICTURE_PLACE.search(ln.text):
        return False  # a photo's caption: an office and a name, who stands where
    if len(ln.text) <= 6 and PERSON_NAME.fullmatch(ln.text):
        return False  # a name alone: a signature, a byline or a credit
    if is_office_signature(ln.text):
        return False  # 「部　　長　江宜樺」: a Taiwan 令's signature
    if "".join(ln.text.split()) in CONTENTS_WORDS:
        return False  # a table of contents' label (「目　　录」), whatever follows it
    if ln.text[0] in "（(" and ln.text[-1] in "）)" and ln.text.count(ln.text[0]) == 1:
        return False  # a note in brackets (「（此件公开发布）」, 「（记者 张三）」), no headline
    if SCHEDULE_FIELD.match(ln.text) or (ln.text[0] == "附" and _annex_list_item(body, i)):
        return False  # office hours; a 附件说明 one annex a line (round 22)
    # 「地點：澳門南灣雅文湖畔」: a short label and its value, not a headline.
    return field or not FIELD_LINE.match(ln.text)


def is_office_signature(line: str) -> bool:
    """An office of up to five characters, set out with spaces as a signature is
    (「部　　長　江宜樺」, 「市長　黃偉哲」), then a name of two to four characters after a space."""
    parts = line.split()
    if len(parts) < 2 or not 2 <= len(parts[-1]) <= 4 or not mostly_han(parts[-1]):
        return False
    office = "".join(parts[:-1])
    return len(office) <= 5 and _OFFICE_END.search(office) is not None


def _annex_list_item(body: Sequence[Any], i: int) -> bool:
    near = [body[k].text if 0 <= k < len(body) else "" for k in (i - 1, i, i + 1)]
    return in_annex_list(near, 1)


def is_subheading(
    body: Sequence[Any], i: int, found: list[Any], longest: int | None = None
) -> bool:
    """A subhead's form, over body text, not in a run of short lines."""
    if not has_subhead_form(body, i, longest):
        return False
    if i + 1 >= len(body) or found[i + 1] is not None:
        return False  # a subheading heads body text
    # A run of short lines is a list or an address block, not headings.
    if is_short_line(body[i + 1].text):
        return False
    return not (i > 0 and found[i - 1] is None and is_short_line(body[i - 1].text))


def is_split_subheading(
    body: Sequence[Any], i: int, found: list[Any], numbered: Collection[int]
) -> bool:
    """Paragraphs ``i`` and ``i + 1`` are one subhead set over two lines: both have a
    subhead's form, a body paragraph (not a short line) or a heading stands above them and
    body text under them — a third short line makes a list or an address block instead. Not
    two lines that open with the same two characters: a wrap does not break a headline so that
    its second half starts as its first did, a label over its first point does (「审议意见」 /
    「审议会议提出问询的主要问题」), and so do a series' titles (「讀桑德爾札記（1）：…」 /
    「讀桑德爾札記（2）：…」)."""
    if i + 2 >= len(body) or any(k in numbered or found[k] is not None for k in (i, i + 1)):
        return False
    if not (has_subhead_form(body, i) and has_subhead_form(body, i + 1)):
        return False
    if found[i + 2] is not None or is_short_line(body[i + 2].text):
        return False
    if body[i + 1].text[:2] == body[i].text[:2]:
        return False  # (two lines that open alike are parallel: a heading over its own)
    return i > 0 and not (found[i - 1] is None and is_short_line(body[i - 1].text))


def _has_label_form(
    body: Sequence[Any],
    i: int,
    found: list[Any],
    numbered: Collection[int],
    most: int = MAX_CAPTION_CHARS,
) -> bool:
    """A short label closed by ： with no clause inside it, on a line of its own."""
    line = body[i].text
    if not 2 < len(line) <= most or line[-1] not in "：:":
        return False
    # (A Taiwan letter spaces its labels out: 「說　　明：」, round o41.)
    if any(c in line[:-1] for c in "，,、；;。：:") or not mostly_han("".join(line.split())):
        return False
    if _LEAD_IN.search(line):
        return False  # 「…应当具备下列条件：」: a sentence that leads into its list
    return i not in numbered and found[i] is None and not _run_in(body, i)


def labelled_parts_from(body: Sequence[Any]) -> int | None:
    """Where a document set out in labelled parts starts, else None: the first of the field
    lines that open a Taiwan 公文's text (受文者 or a 裁處書's 受處分人, then 主旨), looked for
    among its first lines (``gui.core.decision_form``: the letterhead, 受文者, 發文日期,
    受處分人 in its variants, 主旨). Under them the text comes in parts headed by labels alone on their
    lines (說明：, 辦法：; 事實：, 繳款方式：, 注意事項：) whose numbered points head with a
    headline closed by ： — forms of that genre only. Elsewhere a label over a numbered heading
    is an address or a lead-in (a work report's 「各位代表：」, a 公文's 「各有关单位：」, 「体检报告
    主要内容包括：」), and the hierarchy is GB/T 9704's 一、 > （一） > 1. > （1） alone."""
    # (Its header ends with 主旨: the labels above it are the header's fields.)
    return header_end([ln.text for ln in body[: 2 * HEADER_LINES]])


def part_labels(
    body: Sequence[Any], numbered: Collection[int], parts_from: int | None
) -> list[int]:
    """The label lines of a document set out in labelled parts, below the fields that open it
    (「事實：」, 「繳款方式：」 alone on their lines): each opens a part with tiers of its own."""
    if parts_from is None:
        return []
    blank: list[Any] = [None] * len(body)
    return [
        i for i in range(parts_from + 1, len(body)) if _has_label_form(body, i, blank, numbered)
    ]


def is_section_label(
    body: Sequence[Any],
    i: int,
    found: list[Any],
    numbered: Collection[int],
    parts_from: int | None = None,
) -> bool:
    """A label standing alone on its line in a document set out in labelled parts, below the
    fields that open it (``labelled_parts_from``): it heads one of its parts (a Taiwan
    裁處書's 「事實：」 over its 一、 points, 「事實及理由：」 over its text, 「繳款方式：」) — the
    line form decides. A label with its text on the same line (「法令依據：銀行法…」) is body,
    and the 正本/副本 lines at the foot are fields."""
    return (
        parts_from is not None
        and i > parts_from
        and i + 1 < len(body)
        and _has_label_form(body, i, found, numbered)
        and not DISTRIBUTION_LABEL.match(body[i].text)
    )


def is_list_caption(
    body: Sequence[Any],
    i: int,
    found: list[Any],
    numbered: Collection[int],
    list_items: Collection[int] = (),
) -> bool:
    """A short label closed by ： (no clause inside it) standing alone over numbered items
    that head nothing, or over bullet items (●…, or a list the format marks: ``list_items``,
    a Markdown 「- 」 list's lines, whose bullets the text no longer shows): the caption of that list (「重點活動一覽：」 over its events, a release's
    「登記方式：」 over its ● ways, a 疾管署 release's 「調查與處置措施：」 over its 「- 」 steps).
    A label over body text (「各位代表：」 over the report) or over headings is not one. In a fill-in form, whose
    numbered items are fields with their blanks (「（1）具备地锁的充电设施（枪）数量（个）：」),
    the label names what they count and may run to ``MAX_FORM_LABEL_CHARS``."""
    fields = _form_fields(body, i, numbered)
    if not _has_label_form(
        body, i, found, numbered, MAX_FORM_LABEL_CHARS if fields else MAX_CAPTION_CHARS
    ):
        return False
    bullets = 0
    for k in range(i + 1, len(body)):
        if k in numbered or (
            body[k].text[:1] not in LIST_BULLETS and body[k].index not in list_items
        ):
            break
        bullets += 1
    if bullets >= 2:
        return True
    items = 0
    for k in range(i + 1, len(body)):
        if k not in numbered:
            break
        if found[k] is not None:
            return False
        items += 1
    return items >= 2


#: A fill-in form's label over its numbered fields (「实际在运营的充电设施（枪）对应的充电车位的
#: 车位管控措施状况：」) names what they count, at a field's length.
MAX_FORM_LABEL_CHARS = 30


def _form_fields(body: Sequence[Any], i: int, numbered: Collection[int]) -> bool:
    """Whether two or more numbered fields, each closed by ： for its blank, follow ``i``."""
    count = 0
    for k in range(i + 1, len(body)):
        if k not in numbered:
            break
        if body[k].text[-1] not in "：:":
            return False
        count += 1
    return count >= 2
