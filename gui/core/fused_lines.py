"""Numbered headings a page's scraper set without blank lines between them and their text.

A scraper that copies a 公文 out of a page often writes each of its paragraphs on a line of its
own with no blank line between (the Shanghai policy library's Markdown: 「…制定本实施意见。」 /
「一、适用范围」 / 「限额以下小型建设工程…」 / 「二、组织机构」). Markdown joins such lines into one
paragraph, and the document's whole outline then stands inside one line of text. The numbering
grammar tells where such a line was a line of its own: a line that opens with a heading number
(一、 （一） 1. （1） 第X条 …) right under a line that ends a sentence or a clause (。！？；：) opens a
paragraph, and so does the line under a numbered heading line — one short line (40 characters
at most) that opens with a heading number and holds no sentence (a heading over its text).

A paragraph hard-wrapped in the source (a line that stops mid-clause, the next one going on)
is joined as before: there the line above ends no clause, or the next line opens with no
number. An enumeration inside a sentence (「一是…二是…」, 「（一）…；（二）…」 on one line) is a
line's own words, never split: only the source's line breaks are read.

A line that holds one paragraph, its head run into its text where the page dropped only the
break after the head (round o40), is cut after the head where its form tells the end: a numbered
head before its year or its 统计公报 sectors (``head_end``, as inside a fused line), a headline in
【】 (``bracket_headline_end``), a label closed by ： before its list's first item
(``label_list_end``).
"""

from __future__ import annotations

from gui.core.numbering import numbered
from gui.core.patterns import LazyPattern

#: A numbered heading line is at most this long (a heading over its text, not a paragraph).
HEADING_CHARS = 40
_ENDS = "。！？!?；;：:"
_CLOSERS = "”’」』）)"
_SENTENCE_MARKS = "。！？!?；;，,"


def ends_clause(line: str) -> bool:
    """Whether ``line`` ends a sentence or a clause (a closing quotation mark or bracket may
    follow the stop: 「…。”」)."""
    line = line.rstrip()
    if not line:
        return False
    if line[-1] in _ENDS:
        return True
    return line[-1] in _CLOSERS and len(line) >= 2 and line[-2] in _ENDS


def is_heading_line(line: str) -> bool:
    """A numbered heading alone on its line: a heading number, then a short run with no
    sentence or clause in it (「一、适用范围」, 「（一）限额以下小型建设工程项目申报操作规程」)."""
    line = line.strip()
    number = numbered(line) if 0 < len(line) <= HEADING_CHARS else None
    if number is None or number[1] >= len(line):
        return False
    return not any(c in _SENTENCE_MARKS for c in line[number[1] :])


def _clause_heading(line: str) -> bool:
    """A numbered heading of two clauses (「（一）加强组织领导，落实工作责任」): at most 40
    characters, commas inside, no sentence and no clause left open at its end. Under it, a
    longer line is its text; a line no longer may be a wrapped paragraph's next line."""
    line = line.strip()
    number = numbered(line) if 0 < len(line) <= HEADING_CHARS else None
    if number is None or number[1] >= len(line) or line[-1] in "，,、：:；;":
        return False
    return not any(c in "。！？!?；;" for c in line[number[1] :])


def heading_number(line: str) -> tuple[float, int] | None:
    """(rank, value) of the heading number ``line`` opens with (「（三）…」 → (21, 3)), or
    None: no number of the 一、 （一） 1. （1） families, or none read."""
    line = line.strip()
    number = numbered(line)
    if number is None or number[0] < FIRST_ITEM_RANK:
        return None
    digits = "".join(c for c in line[: number[1]] if c.isdigit() or c in _DIGIT or c == "十")
    value = _value(digits)
    return None if value is None else (number[0], value)


def opens_own_line(
    above: str, line: str, above_own: bool, last_heading: tuple[float, int] | None = None
) -> bool:
    """Whether the source line ``line``, which Markdown would run on from ``above`` (the
    source line over it; ``above_own``: whether that opened a line of its own), stands on a
    line of its own: it opens with a heading number under a line that ends a sentence or a
    clause, or ``above`` is a numbered heading line standing alone, or ``above`` stands alone
    and ``line`` goes on counting the last numbered heading line's family (``last_heading``,
    ``heading_number``: 「1.适用范围」 / 「总投资在…项目」 / 「2.申报主体」)."""
    if above_own and is_heading_line(above):
        return True
    if above_own and _clause_heading(above) and len(line.strip()) > len(above.strip()):
        return True  # (「（一）加强组织领导，落实工作责任」 over its longer text)
    if numbered(line.strip()) is None:
        return False
    if ends_clause(above):
        return True
    if above_own and last_heading is not None:
        number = heading_number(line)
        return number is not None and number == (last_heading[0], last_heading[1] + 1)
    return False


#: The ranks of the item families (一、 （一） 1. （1）, ``numbering``).
FIRST_ITEM_RANK = 20
_CN_DIGITS = "一二三四五六七八九"
_DIGIT = {c: i + 1 for i, c in enumerate(_CN_DIGITS)} | {"两": 2}


def _value(digits: str) -> int | None:
    """An item's number: 「12」 → 12, 「十二」 → 12, 「二十」 → 20, 「三」 → 3."""
    if digits.isdigit():
        return int(digits)
    tens, ten_mark, ones = digits.partition("十")
    if not ten_mark:
        return _DIGIT.get(digits)
    ten = _DIGIT.get(tens) if tens else 1
    one = _DIGIT.get(ones) if ones else 0
    return None if not ten or one is None or len(digits) > 3 else 10 * ten + one


#: A line this long may be a page's paragraphs run into one (a paragraph of prose is rarely
#: longer, and one that is holds no counted run of 一、 二、 after its sentences' ends).
MIN_FUSED_CHARS = 300
# (The lookahead names every first character at once: re then skips to candidates ~40 % faster
# than through the bare alternation, 0.24 → 0.14 s on a 5-million-character line.)
_MARK = LazyPattern(
    r"(?=[一二三四五六七八九十（(\d])"
    r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.])"
)
_STOPS = "。！？!?"
_OPENERS = "：: \u3000"
#: An item's first sentence that is a headline: a short run with no clause mark, then its stop.
_HEADLINE_ITEM = LazyPattern(r"[^，,；;：:。！？!?]{2,14}[。！!]")


def fused_cuts(line: str) -> list[int]:
    """Where a line that runs a page's paragraphs into one (a scraper that dropped its line
    breaks) is cut back into them: before each heading number that follows a sentence's end
    (a closing quotation mark or bracket may stand between) or a numbered heading's short run
    (「三、工作流程1.限额以下…」), where the numbers of each family count on from the last one
    cut (一、 after the line's start, 二、 after 一、; a family starts again at one under a
    new number of an outer family). An enumeration inside a sentence (「一是…二是…」,
    「（一）…；（二）…」, 「如下：1.…。2.…」, 「第一，…第二，…」) counts from no cut: it stays."""
    if len(line) < MIN_FUSED_CHARS:
        return []
    last: dict[float, int] = {}
    opening = heading_number(line)
    if opening is not None:
        last[opening[0]] = opening[1]
    cuts: list[int] = []
    previous = 0  # where the last piece starts
    cut_rank = 0.0  # the family of the last number cut
    for m in _MARK.compiled.finditer(line, 1):
        at = m.start()
        number = heading_number(line[at : at + 12])
        if number is None or number[1] != last.get(number[0], 0) + 1:
            continue
        before = line[previous:at]
        stop = before.rstrip(_CLOSERS)[-1:] in _STOPS
        # The body's first 一、 after the opening's colon (「通知如下:一、」) or after a page's
        # chrome run in before it with a space (「微信 微博 QQ空间 一、综 合」).
        stop = stop or (not cuts and number == (FIRST_ITEM_RANK, 1) and before[-1:] in _OPENERS)
        # …and a deeper family's first item after the colon that closes a cut part's opening
        # paragraph (「一年来的主要工作和成效是：（一）“八大工程”引领发展。实施…」), its first
        # sentence a short headline: an enumeration in a sentence goes on with clauses.
        stop = stop or (
            bool(cuts)
            and number[1] == 1
            and number[0] > cut_rank
            and before[-1:] in "：:"
            and _HEADLINE_ITEM.compiled.match(line, m.end()) is not None
        )
        run = _heading_run(before, number[0])
        if not (stop or run):
            continue
        cuts.append(at)
        previous, cut_rank = at, number[0]
        last = {rank: value for rank, value in last.items() if rank < number[0]}
        last[number[0]] = number[1]
    return cuts


#: An article's number alone on its line (「第三条」, 「第二十一条」, 「第 五 條」).
_ARTICLE_NUMBER = LazyPattern(r"第[\s\u3000]*[一二三四五六七八九十百零〇\d]+[\s\u3000]*[条條]")


def is_article_text(above: str, line: str) -> bool:
    """Whether ``line`` is an article's text: it opens with the article's number, or stands
    under the number alone on its line (「第三条」 over 「人工智能各类活动应遵循以下基本伦理规范。
    （一）增进人类福祉。坚持以人为本，…（二）促进公平公正。…」). Its items, each a short head
    sentence going on as prose, are the article's own enumeration (a regulation's provisions),
    never a page's headings run together."""
    if _ARTICLE_NUMBER.compiled.match(line) is not None:
        return True
    return _ARTICLE_NUMBER.compiled.fullmatch(above.strip()) is not None


#: An article run on after the one before it, its number right after a sentence's stop
#: (「…制定本意见。第二条 本意见适用于…」): the first character a literal, one pass per line.
_RUN_ON_ARTICLE = LazyPattern(
    r"。[”’」』）)]*[ \u3000]*(?P<article>第[ \u3000]*(?P<n>[一二三四五六七八九十百零〇\d]{1,7})"
    r"[ \u3000]*[条條])(?![之第]|规定|規定|中|的)"
)


#: A chapter (or section) that opens a line, its name and first article run on after it.
_CHAPTER = LazyPattern(r"第[ \u3000]*[一二三四五六七八九十百零〇\d]{1,5}[ \u3000]*[章节節]")
_CHAPTER_HEAD = 40


def _article_value(digits: str) -> int | None:
    """An article's number: 「12」 → 12, 「十二」 → 12, 「一百零三」 → 103."""
    if digits.isdigit():
        return int(digits)
    hundreds, mark, rest = digits.partition("百")
    if not mark:
        return _value(digits)
    head = _DIGIT.get(hundreds)
    rest = rest.lstrip("零〇")
    tail = _value(rest) if rest else 0
    if (
        rest.startswith("十")
        and tail is not None
        and len(digits) > 2
        and digits[-len(rest) - 1] in "零〇"
    ):
        tail = None  # (「一百零十」 is no number)
    return None if head is None or tail is None else 100 * head + tail


def article_cuts(line: str) -> list[int]:
    """Where a line that runs a regulation's articles together (a page that dropped the line
    break between each article: 「第一条 为…，制定本意见。第二条 本意见适用于…。第三条 …」, o42)
    is cut back into them: before each 第X条 that follows a sentence's stop and numbers the
    next article, counting on from the article the line opens with. A citation
    (「依照本规定第七条…」) follows no stop, and numbers no next article."""
    if "条" not in line and "條" not in line:
        return []
    opening = _ARTICLE_NUMBER.compiled.match(line)
    if opening is None and _CHAPTER.compiled.match(line) is not None:
        # (…or a chapter's number and name before its first article: 「第二章 基本要求 第七条 …」)
        opening = _ARTICLE_NUMBER.compiled.search(line, 0, _CHAPTER_HEAD)
    if opening is None:
        return []
    last = _article_value("".join(c for c in opening[0][1:-1] if not c.isspace()))
    if last is None:
        return []
    cuts = []
    for m in _RUN_ON_ARTICLE.compiled.finditer(line, opening.end()):
        value = _article_value(m["n"])
        if value != last + 1:
            continue
        cuts.append(m.start("article"))
        last = value
    return cuts


def _heading_run(piece: str, rank: float) -> bool:
    """A numbered heading's words alone, run into the first number of a family under its
    own (``rank``): 「三、工作流程」 before 「1.」."""
    outer = heading_number(piece)
    return outer is not None and outer[0] < rank and is_heading_line(piece)


def split_fused_lines(
    paragraphs: list[tuple[int, int, int, str]],
) -> list[tuple[int, int, int, str]]:
    """``paragraphs`` (``patterns.paragraphs``) with each line that runs a page's paragraphs
    into one cut back into them (``fused_cuts``); the pieces keep their line's number, as the
    paragraphs of a feed's run-together line do."""
    out: list[tuple[int, int, int, str]] = []
    above = ""
    for index, start, end, stripped in paragraphs:
        # (An article's text keeps its own enumeration; articles run on after it are cut.)
        article = is_article_text(above, stripped)
        cuts = article_cuts(stripped) if article else fused_cuts(stripped) or article_cuts(stripped)
        above_line, above = above, stripped
        lead = headline_lead(stripped) if not cuts else None
        if lead is None and not cuts and not is_article_text(above_line, stripped):
            # A line that holds one paragraph, its head run into its text (a page whose
            # scraper dropped the break after each head only): a numbered head's end, a
            # bracketed headline's 】, or a label's ： before its list's first item. An
            # article's text is the provision's own (「第六条 请求书应当记载以下内容：（一）…」:
            # its lead sentence and items, round p25), as above.
            lead = head_end(stripped) or bracket_headline_end(stripped) or label_list_end(stripped)
        cuts = with_head_ends(stripped, cuts) if lead is None else [lead]
        if not cuts:
            out.append((index, start, end, stripped))
            continue
        bounds = [0, *cuts, len(stripped)]
        for a, b in zip(bounds, bounds[1:], strict=False):
            piece = stripped[a:b]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                out.append((index, start + a + lead, start + a + lead + len(piece), piece))
    return out


#: A news headline in two clauses parted by a space (「何永賢指兩年半收回約8千公屋單位　稱可於旅遊
#: 片區用組裝合成件」, 「智障兒子簡單補牙要全身麻醉 陳生等足14個月」), run into its lead, which opens
#: by restating the headline's subject (「何永賢指出約兩年半間，…」): a page's sections fused, the
#: line break after the headline lost (round 22).
_CLAUSE_SPACE = LazyPattern(r"[^\s][ \u3000][^\s]")
_HAN3 = LazyPattern(r"[\u4e00-\u9fff]{3}")
_SUBJECT = 3  # the restated subject's characters
_HEADLINE_CHARS = (8, 40)
_LEAD_CHARS = 20
_CLAUSE_CHARS = 4  # the headline's second clause, after the space: 5 characters at least
#: A clause does not end on a structural particle, a preposition or a conjunction.
_OPEN_ENDS = "的地得了着在和与及或对为把被将从向以于跟同"


def headline_lead(line: str) -> int | None:
    """Where a news headline of two clauses parted by a space ends and its lead, restating the
    headline's first three characters, begins (see above); None where the line is not so."""
    number = numbered(line)
    s = number[1] if number is not None else 0
    subject = line[s : s + _SUBJECT]
    if len(line) < s + _HEADLINE_CHARS[0] + _LEAD_CHARS or not _HAN3.fullmatch(subject):
        return None
    at = line.find(subject, s + _HEADLINE_CHARS[0], s + _HEADLINE_CHARS[1] + _SUBJECT)
    if at < 0 or len(line) - at < _LEAD_CHARS:
        return None
    head = line[s:at].rstrip()
    if any(c in head for c in "。；！？，,;：:") or head[-1] in _OPEN_ENDS:
        return None  # (a sentence's or a clause's mark, or a clause left open: 「为期62天的」)
    space = _CLAUSE_SPACE.search(head)
    return at if space is not None and len(head) - space.end() >= _CLAUSE_CHARS else None


#: A numbered head that runs into its text in a fused line, where the text's first words tell
#: where the head ends: a head set two characters apart (「一、综 合全年实现…」: a part title
#: spaced to the width of its siblings); a head followed by the text's year (「二、时间地点2021年
#: 1月17日…」, 「二、分步实现生育保险待遇联网结算2020年11月底前…」, 「四、固定资产投资2015年，…」) —
#: not a provision's subject and its preposition (「六、本通知自2022年…」); a 统计公报's part title,
#: two or more of the genre's sectors joined by 、 (「五、交通、邮电全区各种运输方式…」).
_HEAD_NUMBER = r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
#: A preposition that opens a clause inside the words before the year (「（一）圆满完成…任务在天津
#: 举办2025年…」, 「(二)专项体检结合奉贤区2026年重点工作部署，…」): those words are a sentence whose
#: object the year opens, not a head (round p25); 存在, 现在, 所在 and 实在 are words of their own.
_CLAUSE_PREPOSITION = r"(?<![存现現所实實正])在|结合|結合|根据|根據|依据|依據|按照|针对|針對|围绕|圍繞|通过|通過|对照|對照"
_SPACED_HEAD = LazyPattern(
    rf"{_HEAD_NUMBER}[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff](?=[\u4e00-\u9fff\d])"
)
_DATED_HEAD = LazyPattern(
    rf"{_HEAD_NUMBER}(?!本)(?:(?!{_CLAUSE_PREPOSITION})[^\s\d，,。；;：:、！？!?（）()“”\"《》]){{2,24}}"
    r"(?<![自至于於在到从從止为為是的了将將起由])(?=(?:19|20)\d\d年)"
)
_SECTOR = (
    r"(?:固定资产投资|工业和建筑业|对外经济|国内贸易|人民生活|社会保障|安全生产|科学技术|城乡建设"
    r"|建筑业|综合|农业|工业|交通|邮电|运输|旅游|金融|保险|财政|证券|教育|科技|文化|卫生|体育"
    r"|计生|人口|资源|环境|物价|价格|能源|就业)"
)
_SECTOR_HEAD = LazyPattern(rf"{_HEAD_NUMBER}{_SECTOR}(?:、{_SECTOR})+(?=[^\s、，,。；;：:])")


def head_end(piece: str) -> int | None:
    """Where a numbered head that a fused line runs into its text ends (see above), or None."""
    for pattern in (_SPACED_HEAD, _DATED_HEAD, _SECTOR_HEAD):
        m = pattern.compiled.match(piece)
        if m is not None and m.end() < len(piece):
            return m.end()
    return None


def with_head_ends(line: str, cuts: list[int]) -> list[int]:
    """``cuts`` (``fused_cuts``) with a cut after each piece's numbered head where the head
    runs into its text (``head_end``): the head stands on a line of its own, as it did on the
    page."""
    out: list[int] = []
    for a, b in zip(cuts, [*cuts[1:], len(line)], strict=False):
        out.append(a)
        end = head_end(line[a:b])
        if end is not None:
            out.append(a + end)
    return out


#: A release's subhead in 【】, run into its paragraph (「【住屋慰助金申請簡便 線上申請快速免排隊】有關
#: 補助的申請，…」, 「【中央及地方提供多元災後慰助】社會局表示，…」: a Tainan release whose page lost
#: the break after each): a headline of ten characters or more in the brackets — a topic tag
#: (「【旺角衝突】」, 「【回應民意】」, 「【分區規劃、分期推動】」) is shorter, and the headline goes on
#: after it — then a paragraph that reaches a sentence's end.
_BRACKET_HEADLINE = LazyPattern(r"【(?P<inner>[^【】。！？!?\n]{10,45})】")
_PARAGRAPH_CHARS = 20
#: A tag in 【】 that names who tells the news (round p25), not a headline: a reporter's credit
#: (「【环球时报驻韩国、日本特约特派记者 刘信 …】」), the bodies that issue a release, parted by / or
#: ・ (「【治安警察局/澳門保安部隊事務局】」, 「【華人基督徒義顯社・義顯之聲】」).
_SOURCE_TAG = LazyPattern(r"记者|記者|特派|通讯员|通訊員|[/／・·]")


def bracket_headline_end(line: str) -> int | None:
    """Where a bracketed headline that opens a paragraph ends (after its 】), or None."""
    m = _BRACKET_HEADLINE.compiled.match(line) if line[:1] == "【" else None
    if m is None or len(line) - m.end() < _PARAGRAPH_CHARS:
        return None
    rest = line[m.end() :]
    if _SOURCE_TAG.compiled.search(m["inner"]) is not None:
        return None  # (who tells the news, not its headline)
    if rest[0] in "：:，,、；;" or not any(c in rest for c in "。！？!?"):
        return None  # (「【神州报捷】：…」 a tag and its headline; no sentence: a title)
    return m.end()


#: A label closed by ： right before its list's first item (「公告事項：一、外僑…」, 「依據：一、都市
#: 計畫法…」, 「五大行動路徑：1. 新興…」, 「登記方式：●使用…」, 「（一）购买新建商品房申请流程：1.购房人…」):
#: a page that dropped the line break after the label. The label is at most 16 characters (a
#: Chinese number before it allowed), with no clause mark or sentence in it — 「…办理程序如下：1.…」
#: of a sentence holds its clauses — and no sentence's verb leading into a list at its end
#: (「其主要原因是：（一）…」, 如下, 包括, 有); the item is the first of its family, or a bullet.
_LABEL_LIST = LazyPattern(
    r"(?P<number>[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,2}[）)])?"
    r"[^\s，,。；;：:！？!?、（）()“”「」《》0-9][^，,。；;：:！？!?、“”「」《》]{1,15}"
    r"(?<![是为為有下如括])[：:]"
    r"(?=[一1１][、.．]|[（(][一1１][）)]|[●•■◆▪])"
)
#: A sentence's lead into its list, not a label (round p25): the list named as 下列, 以下 or 如下
#: (「乘客应当遵守下列要求：」, 「请求书应当记载以下内容：」), or counted after who says it and its
#: verb (「會中法制處提出五項補償建議：」, 「花卉展共有四大主題展示區：」) — a label's count opens
#: it (「五大行動路徑：」).
_LIST_LEAD = LazyPattern(
    r"下列|以下|如下|(?<=\S)(?<![第（(一二三四五六七八九十两兩\d])[一二三四五六七八九十两兩\d]+"
    r"[项項个個大类類条條点點方面部分种種]"
)
_LIST_CHARS = 40
_LABEL_SPAN = 24  # (a number and a label of sixteen characters: where its ： stands at the latest)


def label_list_end(line: str) -> int | None:
    """Where a label run into its list's first item ends (after its ：), or None."""
    head = line[:_LABEL_SPAN]
    m = _LABEL_LIST.compiled.match(line) if "：" in head or ":" in head else None
    if m is None or _LIST_LEAD.compiled.search(m[0][len(m["number"] or "") :]) is not None:
        return None
    items = line[m.end() :]
    if len(items) < _LIST_CHARS and not any(c in items for c in "。！？!?"):
        return None  # (a short run of items, 「學歷：一、…碩士二、…系」: the label's line whole)
    return m.end()
