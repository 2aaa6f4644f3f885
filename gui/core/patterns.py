"""Regular expressions compiled on first use.

The furniture and header rules are many long patterns; compiling them all costs tens of
milliseconds, paid while the app starts (a report is read before the first paint) even for a
report whose lines never reach most of them (a line of body text is too long to be furniture).
A :class:`LazyPattern` compiles when a line first needs it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

#: One Han character, or any letter of a script other than Latin: ``[^\W\d_a-zA-Z]``.
#: Written as a negated category class rather than ``[\u4e00-\u9fff]``: ``re`` compiles a
#: range class by visiting each of its code points (~1 ms per occurrence; see
#: ``cleaning.is_han``), a category class at once.
HAN = r"[^\W\d_a-zA-Z]"


class LazyPattern:
    """A ``re.Pattern`` look-alike (match, fullmatch, search, finditer, findall, sub) that
    compiles ``pattern`` the first time it is used."""

    __slots__ = ("_compiled", "_flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.search(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)

    def findall(self, text: str) -> list:
        return self.compiled.findall(text)


#: What a body's name ends with (政府, 委员会, 办公厅, 局 …): an issuer, a signature.
ORG_END = LazyPattern(
    r"(?:政府|委员会|委員會|办公厅|辦公廳|办公室|辦公室|中心|[局部委厅廳院署会會办辦府])$"
)

#: Paragraphs run together on one line, each opened by two ideographic spaces (a feed that
#: lost its <p> tags): 「…部署十大重点工程 \u3000\u3000本报记者 包兴安 \u3000\u30001月24日，…」;
#: a scraper's <!-- marker --> glued to a paragraph's end, or a space after it (「来源 齐鲁观、青记
#: <!--article_adlist[…]-->」), is a paragraph of its own.
_RUN_TOGETHER = re.compile(r"\s\u3000{2}|(?<=\S)[ \t]*(?=<!--)")
#: …or with nothing before the two spaces (人民日报's pages of speeches and letters kept as one
#: line: 「…谢谢大家。\u3000\u3000（新华社北京3月26日电）\u3000\u3000《 人民日报 》…」): a line that
#: does so after two sentences' ends at least is such a feed; there every such gap opens a
#: paragraph (the signature's 「…习近平\u3000\u30002020年5月17日」 too).
_SENTENCE_GAP = re.compile(r"[。！？]\u3000{2}(?=\S)")
_IDEOGRAPHIC_GAP = re.compile(r"(?<=[^\s\u3000]{2})\u3000{2}(?=\S)")
#: A news page's tail run into the story's last paragraph (a feed that kept one line per
#: block): related reading, the news sources, the editors, each after a space
#: (「…的立場。 延伸閱讀  …  新聞來源：  …  責任編輯：羅元祺  核稿編輯：楊士範」).
_TAIL_KEYS = (
    "延伸閱讀 延伸阅读 相關閱讀 相关阅读 推薦閱讀 推荐阅读 新聞來源 新闻来源 資料來源 资料来源 "
    "責任編輯 责任编辑 核稿編輯 核稿编辑"
).split()
_TAIL_ANY = re.compile("|".join(_TAIL_KEYS))
_TAIL_CUT = re.compile(rf"(?<=\s)(?=(?:{'|'.join(_TAIL_KEYS)})(?:\s|[:：]))")
#: Paragraphs run together with one space (a feed that kept one line per block): 「…的決定。
#: 塔利班發表聲明稱…」. Taken apart only in a line that does so at least twice, and a news
#: subhead run in at a paragraph's start is a paragraph of its own: 「阿富汗政府潰敗，撤軍決定遭
#: 美國國內大肆抨擊 據布朗大學的資料，…」 (up to 30 characters, no sentence end, not numbered).
_SPACE_JOINED = re.compile(r"(?<=[。！？」”）)])\s(?=\S)")
_WIDE_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
#: In such a line, a numbered part's head on a paragraph of its own (a county portal's page
#: whose crawl wrote each paragraph after a space: 「…现将防治有关事项通知如下： 一、防治办法 1、人工
#: 捕捉：…。 二、防治主体 今年有桉树造林任务的乡镇…」, batch 55): the head opens after a sentence's
#: or a lead-in's end, or after the head above it; its words, a short run with no mark, end
#: before a space. Round o43.
_SPACED_HEAD = re.compile(
    r"(?<=[。！？：:”」）)]\s)(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}、)"
    r"(?P<words>[^\s，,。；;：:！？!?]{2,12}(?=\s))?"
)
_RUN_IN_SUBHEAD = re.compile(
    r"(?![一二三四五六七八九十百\d（(第])[^\s。；;：:]{4,30}(?<=[^\W\d_a-zA-Z」』”？！])"
    # …then a sentence: not a bracket, not a table row's figures (「外商投资企业 257981.5 15.3」)
    r"(?=\s(?![\d.\s%-]{6})[^\s（(「“，,、。].{19})"
)
#: A photo credit run in between paragraphs: 「Photo Credit: Reuters / 達志影像」.
_PHOTO_CREDIT = re.compile(
    r"(?:Photo Credit|圖片來源|图片来源)\s*[:：]\s*[^/]{1,40}?/\s*\S{1,12}(?=\s)"
)
#: A government release's credit run into its last paragraph, after the sentence's end
#: (「…帶動本市醫療品質再創新局。發稿人：醫事科 邱馨純電話：06-2679751分機124」): the release's
#: head keys, a paragraph of their own (news furniture in the page's tail).
_GLUED_CREDIT = re.compile(r"(?<=[。！？」）])(?=[發发]稿(?:人|單位|单位|日期)\s*[:：])")
#: A Taiwan 公文 (公告, 函) whose page lost its line breaks: its letterhead, fields and parts on one
#: line (「臺南市政府　公告發文日期：中華民國115年2月12日發文字號：…主旨：…。依據：…。公告事項：一、
#: …。二、…」). Each field and part label opens a paragraph, and so does each point after a
#: sentence's end — in such a line only: it holds two fields of the letter (發文日期, 發文字號,
#: 主旨 with its parts).
_LETTER_LABEL = re.compile(
    r"(?<=\S)(?=(?:發文日期|發文字號|受文者|速別|附件|主旨|說明|辦法|依據|公告事項|正本|副本)[:：])"
)
_LETTER_FIELDS = re.compile(r"發文日期[:：]|發文字號[:：]|主旨[:：]")
_LETTER_POINT = re.compile(
    r"(?<=[。：:])(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])"
)


def letter_cuts(raw: str) -> list[int]:
    """Where a Taiwan 公文's fields and parts run together on ``raw`` (see above), else []."""
    if len(_LETTER_FIELDS.findall(raw)) < 2:
        return []
    cuts = [m.start() for m in _LETTER_LABEL.finditer(raw)]
    return cuts + [m.start() for m in _LETTER_POINT.finditer(raw)] if cuts else []


#: A feed's line holds one block of a page; a longer line (a file that lost its line breaks)
#: is not searched for the feed forms below, so that a huge single line costs no more time.
MAX_FEED_LINE = 100_000
#: A byline opening a paragraph before its first sentence: 「編譯：吳宗宜 8月15日，在阿富汗…」.
_LEAD_BYLINE = re.compile(
    r"\s*(?:編譯|编译|撰文|記者|记者|作者|文)\s*[:：]\s*[^\W\d_a-zA-Z]{2,4}(?=\s)"
)


def paragraphs(text: str, end: int | None = None) -> list[tuple[int, int, int, str]]:
    """``(line number, start, end, stripped text)`` of each paragraph of ``text[:end]``: its
    non-blank lines, with paragraphs run together on one line (two ideographic spaces
    opening each) taken apart. ``start``/``end`` bound the stripped text."""
    end = len(text) if end is None else end
    out: list[tuple[int, int, int, str]] = []
    pos = 0
    for index, raw in enumerate(text[:end].split("\n")):
        cuts = [0]
        if "\u3000\u3000" in raw or "<!--" in raw:
            # (and a scraper's <!-- marker --> glued to the end of a paragraph)
            cuts += [m.start() + (m.end() > m.start()) for m in _RUN_TOGETHER.finditer(raw)]
            if len(_SENTENCE_GAP.findall(raw, 0, MAX_FEED_LINE)) >= 2:
                cuts += [m.end() for m in _IDEOGRAPHIC_GAP.finditer(raw)]
        if 40 < len(raw) <= MAX_FEED_LINE:
            cuts = sorted({*cuts, *_feed_cuts(raw)})
        # (Slices only: a line may be a 10 MB file without line breaks.)
        if raw[:16].lstrip()[:1] in _LINE_START_CLOSERS or "字" in raw[:MAX_MENU_AT]:
            cuts = sorted({*cuts, *_chrome_cuts(raw)})
        if raw[:1] in _TABLE_OPENERS and (table := table_run_end(raw)) is not None:
            cuts = sorted({*cuts, table})  # (a portal's table run into the text: round 22)
        if raw[-1:] in _CONTROL_LAST and (controls := controls_tail_start(raw)) is not None:
            cuts = sorted({*cuts, controls})  # (a page's controls glued to its last line)
        if "↗" in raw:  # (a link's label and arrow a reader joined to the lines around it)
            cuts = sorted({*cuts, *(i for m in _LINK_LABEL.finditer(raw) for i in m.span())})
        if "要" in raw[:MAX_MENU_AT] and len(raw) <= MAX_GLUED_TITLE:
            glued = [_GLUED_COLUMN.match(raw, at) for at in cuts]
            cuts = sorted({*cuts, *(m.end("column") for m in glued if m is not None)})
        cuts.append(len(raw))
        for a, b in zip(cuts, cuts[1:], strict=False):
            piece = raw[a:b]
            stripped = piece.strip()
            if stripped:
                start = pos + a + len(piece) - len(piece.lstrip())
                out.append((index, start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return out


#: A link's label left without its link, with its arrow (「查看视频 ↗」: a news digest's link to
#: each item's video), inside a line: a reader joined it to the item's headline above and its
#: story below (round 22). A paragraph of its own, chrome (``site_chrome``).
_LINK_LABEL = re.compile(
    r"(?:查看视频|查看視頻|观看视频|觀看視頻|播放视频|播放視頻|阅读原文|閱讀原文|查看原文|阅读全文|閱讀全文)"
    r"\s*↗\s*"
)


#: A field that gives a schedule — a service window's or an event's hours: a label ending in
#: 时间 / 时段, then days or clock times (「材料受理时间：周一至周五  9:00-16:00(国定节假日除外)」,
#: 「办公时间：工作日 8:30-17:00」) — is a notice's field wherever it stands, never a headline.
SCHEDULE_FIELD = LazyPattern(
    rf"{HAN}{{0,8}}(?:时间|時間|时段|時段)\s*[:：].{{0,12}}?"
    r"(?:[周週星][期]?[一二三四五六日天]\s*[至到\-－—~～]|工作日|\d{1,2}\s*[:：]\d{2}\s*[\-－—~～至到])"
)


#: Closing brackets of page chrome (【字号：…】, 〖打印〗). No line of Chinese text opens with a
#: closing bracket (the line-start rule of Chinese typesetting): one that does carries the
#: end of the line above — a scraper broke 「【字号： 加大 还原 减小」 / 「】…」 — and is a
#: paragraph of its own (``furniture`` makes it chrome when it closes a chrome line).
_LINE_START_CLOSERS = "】〗"
#: A site's font-size menu in brackets (「【字号： 加大 还原 减小 】」, 「〖字号：大 中 小〗」),
#: looked for near a line's start: page chrome, a paragraph of its own when the page ran the
#: text on after it (「【字号：大 中 小】陕西省2026年政府工作报告」).
#: Its sizes (大 中 小, 加大 减小, A+ A-) tell it from an article's bracketed title (「【字号】」).
_FONT_MENU = re.compile(
    r"[【〖\[]\s*(?:字号|字號|字体|字體)[^】〗\]。，；]{0,30}?[大小A][^】〗\]。，；]{0,20}[】〗\]]"
)
MAX_MENU_AT = 60
#: A site's column name glued before the page's title (「云南要闻2026年政府工作报告」: the
#: breadcrumb's last item and the title, the separator between them lost): a place's or a
#: topic's 要闻, then a title ending in a document's genre word, no sentence inside. The
#: column is a paragraph of its own (page chrome at the page's head: ``furniture``).
_GLUED_COLUMN = re.compile(
    r"\s*(?P<column>[\u4e00-\u9fff]{0,6}?(?:要闻|要聞))"
    r"(?=[\d\u4e00-\u9fff《“][^。！？；;，,：:]{5,}(?:报告|報告|公报|公報|通知|意见|意見|决定|決定"
    r"|办法|辦法|规定|規定|方案|通报|通報|规划|規劃|纲要|綱要)\s*$)"
)
MAX_GLUED_TITLE = 100
_LEAD_SPACE = re.compile(r"\s*")
_TEXT_AFTER = re.compile(r"\S")


def _chrome_cuts(raw: str) -> list[int]:
    """Cuts after a line's opening closing brackets and after a font-size menu near its start."""
    cuts: list[int] = []
    space = _LEAD_SPACE.match(raw)
    lead = at = space.end() if space else 0
    while at < min(len(raw), lead + 8) and raw[at] in _LINE_START_CLOSERS:
        at += 1  # (a few: a line may be 10 MB of brackets)
    if at > lead:
        cuts.append(at)
    menu = _FONT_MENU.search(raw, 0, MAX_MENU_AT + 40)
    if menu is not None and menu.start() <= MAX_MENU_AT and _TEXT_AFTER.search(raw, menu.end()):
        cuts.append(menu.end())
    return cuts


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, so that the engine tests each
    character once instead of each word; longer words win over their prefixes."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        keys = sorted(k for k in node if k)
        if not keys:
            return ""
        alternatives = [re.escape(k) + build(node[k]) for k in keys]
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def _feed_cuts(raw: str) -> list[int]:
    """Where a feed's long line holds more than one paragraph (see the patterns above)."""
    cuts: list[int] = []
    byline = _LEAD_BYLINE.match(raw)
    if byline is not None:
        cuts.append(byline.end())
    tail = len(raw)
    if _TAIL_ANY.search(raw):
        tail_cuts = [m.start() for m in _TAIL_CUT.finditer(raw)]
        cuts += tail_cuts
        tail = min(tail_cuts, default=tail)
    if "稿" in raw:
        cuts += [m.start() for m in _GLUED_CREDIT.finditer(raw)]
    if "主旨" in raw or "發文" in raw:
        cuts += letter_cuts(raw)
    if "Credit" in raw or "片來源" in raw or "片来源" in raw:
        for m in _PHOTO_CREDIT.finditer(raw):
            cuts += [m.start(), m.end()]
    # (most lines have no such join: one search before listing them all)
    first = _SPACE_JOINED.search(raw, 0, tail)
    joined = [m.end() for m in _SPACE_JOINED.finditer(raw, first.start(), tail)] if first else []
    if len(joined) >= 2:
        # (the tail's lists of links are one paragraph each, not subheads)
        # Two spaces or more set off a block the page inserted (a card linking to
        # another story): its own paragraph.
        # (Not in a feed that opens paragraphs with ideographic spaces: there two
        # spaces part a table's label from its title, 「表2  2021年…指标」.)
        if "\u3000\u3000" not in raw:
            joined += [m.end() for m in _WIDE_GAP.finditer(raw, 0, tail)]
        for m in _SPACED_HEAD.finditer(raw, 0, tail):
            cuts += [m.start(), m.end()] if m["words"] else [m.start()]
        starts = {len(raw) - len(raw.lstrip()), *joined, *cuts}
        cuts += joined
        for at in sorted(starts):
            while at < tail and raw[at].isspace():
                at += 1
            sub = _RUN_IN_SUBHEAD.match(raw, at, tail)
            if sub is not None and _mostly_han(sub[0]) and _balanced(sub[0]):
                cuts.append(sub.end())
    return cuts


def _mostly_han(text: str) -> bool:
    return sum(1 for c in text if "\u4e00" <= c <= "\u9fff") * 4 >= len(text) * 3


def _balanced(text: str) -> bool:
    return all(text.count(a) == text.count(b) for a, b in ("（）", "()", "「」", "“”", "《》"))


# A paper's news hotline in brackets, under a story or between its parts
# (「(法制周报新闻热线:0731-84802117)」): the paper's, wherever it stands.
HOTLINE = LazyPattern(
    r"[（(]\S{0,12}(?:新闻|新聞|报料|報料|爆料)?(?:热线|熱線)\s*[:：]?\s*[\d\-－ ]{7,20}[）)]"
)
#: After a web time stamp, a Taiwan page's outlet and writer: 「壹 蘋新聞網 / 呂承哲 綜合報導」.
STAMP_BYLINE = (
    r"(?P<outlet>[^/／\s](?:[^/／]{0,18}[^/／\s])?)\s*[/／]\s*(?P<writer>"
    + HAN
    + r"{2,4})\s*(?:綜合|综合)?(?:報導|报道)"
)
#: …or the place it was filed from (「2018-09-19 15:13 香港」): a line of furniture.
STAMP_TAIL = LazyPattern(rf"\s*(?:{HAN}{{2,3}}|{STAMP_BYLINE})\s*")
#: A reprint's note of the outlet that allowed it (「（本文由「工商時報」授權轉載）」): furniture,
#: and the story's source.
REPRINT = LazyPattern(
    # (round t27: a note's mark before it, 「※ 本文由 天下雜誌 授權轉載」)
    r"[※＊*]?\s*[（(]?\s*(?:本文|此文|原文)(?:由|經|经)\s*[「《『]?(?P<outlet>[^」》』（()）\s]{2,20}?)[」》』]?"
    r"\s*(?:授權|授权)(?:轉載|转载)\s*[）)]?[。.]?"
)


#: An office's title closing a person's line in a list (「洪天云 扶贫办副主任」): the document's
#: line, never a site's (``cleaning``'s publisher line, ``site_chrome``'s links box).
OFFICE_TITLES = (
    "部长|部長|主任|局长|局長|厅长|廳長|署长|署長|主席|书记|書記|省长|省長|市长|市長|委员|委員"
    "|秘书长|秘書長|司长|司長|处长|處長|院长|院長"
)


# A page's table and controls that a reader joining its lines ran into the text (round 22).
# A Markdown reader joins the lines of a paragraph without a break: a scraper that wrote a
# government portal's page one field a line and without blank lines gets back one line that
# opens with the page's information table — its keys without colons, values after them
# (「索取号3589258689/2025-00165载体类型发布机构上海市住房和城乡建设管理委员会文件编号…关键词内容描述」,
# the Shanghai portals' 索取号 / 载体类型 / 记录形式 / 公开类别 / 内容描述 table) — and runs the text on
# after it, and one whose last paragraph ends with the page's controls (「…（试行）收藏打印本页关闭窗口」).
# ``paragraphs`` cuts both off as paragraphs of their own (page furniture: ``gui.core.furniture``).

# The keys of a government portal's information table (信息公开 page head), as the page prints
# them above the document: gov.cn's 索引号 主题分类 发文机关 成文日期 发布日期, and the city and
# district portals' 索取号 载体类型 发布机构 文件编号 记录形式 公开类别 公开方式 关键词 内容描述.
TABLE_KEYS = (
    "索取号 索引号 主题分类 体裁分类 组配分类 服务对象 载体类型 发布机构 發布機構 发文机关 發文機關 "
    "文件编号 發文字號 发文字号 成文日期 发布日期 發布日期 生成日期 记录形式 公开类别 公开方式 "
    "公开范围 公开时限 信息来源 关键词 关键字 内容描述 内容概述 有效性"
).split()
TABLE_FIRST = frozenset(k[0] for k in TABLE_KEYS)
_TABLE_OPENERS = TABLE_FIRST | frozenset(" \t\u3000")  # (a line's first character)
_KEY = "|".join(sorted(TABLE_KEYS, key=len, reverse=True))
_KEYS = re.compile(rf"(?:{_KEY})(?![:：])")
#: A table's run: the line opens with a key, and at least this many keys follow one another,
#: each within ``_VALUE_CHARS`` of the last (a value is a number, a name or a date).
MIN_TABLE_KEYS = 4
MAX_TABLE_CHARS = 2000
_VALUE_CHARS = 40
#: A table's values are numbers, names and dates: a clause's or a sentence's mark is text's.
_CLAUSE = re.compile(r"[，,。；;！？]")
_OPENS_WITH_KEY = re.compile(rf"\s*(?:{_KEY})(?![:：])")

# A page's print, close and keep controls, two or more run together at a line's end: the
# words a government page's control bar prints (收藏 打印本页 关闭窗口, 【打印】【关闭】).
_CONTROL = (
    r"(?:收藏|打印本页|打印本頁|打印此页|打印页面|打印|列印|关闭窗口|關閉窗口|关闭本页|關閉本頁"
    r"|关闭页面|关闭|關閉|返回顶部|返回頂部|分享)"
)
_CONTROLS_TAIL = re.compile(rf"(?:[【\[]?{_CONTROL}[】\]]?\s*){{2,}}$")
_CONTROL_ENDS = ("藏", "印", "页", "頁", "窗口", "閉", "闭", "部", "享", "】", "]")
#: Their last characters: the cheap test ``paragraphs`` makes before looking for them.
_CONTROL_LAST = frozenset(end[-1] for end in _CONTROL_ENDS)
_PRINT_OR_CLOSE = re.compile(r"打印|列印|关闭|關閉")


def table_run_end(raw: str) -> int | None:
    """Where the information table a line opens with ends (after its last key; the value of
    that key, when it has one, cannot be told from the text run on after it), or None: the
    line opens with no table of ``MIN_TABLE_KEYS`` keys or more."""
    if _OPENS_WITH_KEY.match(raw) is None:
        return None
    keys = 0
    end = 0
    for m in _KEYS.finditer(raw, 0, MAX_TABLE_CHARS):  # (a line may be a 10 MB file)
        if keys and m.start() - end > _VALUE_CHARS:
            break
        keys += 1
        end = m.end()
    if keys < MIN_TABLE_KEYS or end >= len(raw.rstrip()) or _CLAUSE.search(raw, 0, end):
        return None
    return end


def is_table_run(line: str) -> bool:
    """A whole line (or a cut paragraph) that is such a table run: its keys alone, values
    between them, nothing after the last key's value beyond ``_VALUE_CHARS``."""
    if len(line) > 400 or _OPENS_WITH_KEY.match(line) is None:
        return False
    keys = list(_KEYS.finditer(line))
    if len(keys) < MIN_TABLE_KEYS:
        return False
    gaps = [b.start() - a.end() for a, b in zip(keys, keys[1:], strict=False)]
    if max(gaps, default=0) > _VALUE_CHARS or len(line) - keys[-1].end() > _VALUE_CHARS:
        return False
    return _CLAUSE.search(line) is None


def controls_tail_start(raw: str) -> int | None:
    """Where a page's controls glued to the end of a line's text start (「…（试行）收藏打印本页
    关闭窗口」), or None: two controls or more, one of them a print or a close, after text."""
    tail = raw.rstrip()
    if not tail.endswith(_CONTROL_ENDS):
        return None
    m = _CONTROLS_TAIL.search(tail, max(0, len(tail) - 40))
    if m is None or m.start() == len(raw) - len(raw.lstrip()):
        return None  # (a line of controls alone is chrome already)
    # (the shortest tail of controls that is still two words: a sentence's own 打印 stays)
    run = m[0]
    if _PRINT_OR_CLOSE.search(run) is None or len(re.findall(_CONTROL, run)) < 2:
        return None
    return m.start()
