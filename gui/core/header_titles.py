"""The title lines of a document's head (``gui.core.header``): the line(s) above or below the
发文字号, a title wrapped over two or three lines, a title line that carries its occasion and
speaker, a 命令's banner and 令号, and the issuer a title's 「XX关于」 names.
"""

from __future__ import annotations

from gui.core import title_forms as titles
from gui.core.datelines import feature_title_at
from gui.core.decision_form import is_notice_letterhead
from gui.core.document import HeaderField
from gui.core.head_lines import (
    DATE,
    DOC_NUMBER,
    ISSUER_BANNER,
    MAX_TITLE_CHARS,
    ORDER_BANNER,
    ORDER_NUMBER,
    SENTENCE_END,
    SUBTITLE,
    TITLE_END,
    TITLE_ISSUER,
    TITLE_ISSUER_TO,
    TITLE_WITH_OCCASION,
    WRAP_CONNECTIVE,
    HeadLine,
    banner_lines,
    field_of,
    looks_numbered,
    same_body,
)
from gui.core.head_rows import copy_key
from gui.core.patterns import HAN, ORG_END, LazyPattern
from gui.core.title_chrome import (
    is_label,
    is_stamp,
    other_scripts,
    whole_official_title,
)
from gui.core.title_parts import split_headline

#: A site's name after a hyphen with no space (one or two, ASCII, full-width or an en dash),
#: closing a page's <title>.
_DASH_SITE = (
    # (round t27: or a full-width bar with no space, as Taiwan's magazines and portals set it,
    # 「…｜天下雜誌」; a magazine's, a weekly's and a newsletter's names end the name too)
    rf"(?:[-－–]{{1,2}}|｜){HAN}[^\s|｜\-－—–_。！？，,；;：:“”「」《》0-9]{{0,10}}"
    r"(?:网|網|新闻|新聞|频道|頻道|日报|日報|晚报|晚報|时报|時報|在线|在線|杂志|雜誌|周刊|週刊"
    r"|电子报|電子報)"
    r"(?:[（(][^()（）\s]{1,24}[)）])?"
)
#: (round t27) A site's Latin name closing a page's <title> after a spaced bar or hyphen: the
#: name (「BBC News 中文」, 「Yahoo奇摩新聞」, 「RTHK」, 「端傳媒 Initium Media」's second half) —
#: letters, then perhaps the edition's or the outlet's word in Han.
_LATIN_SITE = (
    r"[A-Z][A-Za-z0-9.&'’]*(?: [A-Za-z0-9.&'’]+){0,3}"
    r"(?: ?(?:中文|新聞|新闻|奇摩新聞|奇摩新闻|新聞網|新闻网|網|网|台|臺))?"
)
#: A browser's page title copied as the text's first line: the headline, then after spaced bars
#: the column and the site's name (「台泥完成購併NHΩA 進軍儲能、充電樁市場 | 證券 | 中央社 CNA」),
#: or after a spaced hyphen (round o32: 「…韩媒：更多的是担忧 - 国际频道」, 「审判参阅 - 河南省巩义市
#: 人民法院」, two sites' page titles), the name then opening with a Han character.
PAGE_TITLE_TAIL = LazyPattern(
    r"(?:\s+[|｜]\s+[^|｜\s。！？，,；;：:][^|｜。！？，,；;：:]{0,11}){1,3}"
    # (round t27: the last name may carry the site's Latin name after it, 「| 端傳媒 Initium
    # Media」, 「| 澎湃新闻 - The Paper」)
    rf"(?:(?:\s+[-–])?\s+{_LATIN_SITE})?"
    # (round t27: up to four names after spaced hyphens — a Hong Kong paper's <title> runs its
    # site, channel, section and column: 「… - 香港經濟日報 - 即時新聞頻道 - 國際 - 美洲」)
    rf"|(?:\s+-\s+{HAN}[^|｜\-。！？，,；;：:]{{0,11}}){{1,4}}"
    # (round t27) the site's Latin name alone after a spaced hyphen or bar (「… - BBC News 中文」,
    # 「… - Yahoo奇摩新聞」, 「… - RTHK」)
    rf"|\s+[-–|｜]\s+{_LATIN_SITE}"
    # (session 22) a page's <title> form with underscores, the site last — a name of a site,
    # a paper or a channel (「…地区稳定_光明网」, 「…_新闻_央视网(cctv.com)」): no headline holds
    # an underscore
    r"|(?:_[^_\s|｜。！？，,；;：:]{1,16}){0,2}_[^_\s|｜。！？，,；;：:]{0,16}"
    r"(?:网|網|网站|網站|报|報|新闻|新聞|频道|頻道|在线|在線|门户|門戶|\.com|\.cn|\.net)"
    r"(?:[（(][^()（）\s]{1,24}[)）])?"
    # (round t26) a hyphen or a dash with no space, the site's name last — a site's, a paper's
    # or a channel's (「…危及东亚地区稳定-光明网」, 「…--中国新闻网」): the common <title> form of
    # Chinese news sites (a dash 「——」 opens a subtitle: 「——访问新华网」 stays the title's)
    rf"|{_DASH_SITE}"
)
_SPACED_BAR = LazyPattern(
    rf"\s+[|｜]\s+|\s+-\s+(?={HAN})|_(?=[^_\s])|(?<=\S)(?={_DASH_SITE}$)"
    rf"|\s+[-–]\s+(?={_LATIN_SITE}$)"
)
#: The page's info bar run on after its title, a scraper joining the two (「张玉卓到集团公司驻河北
#: 企业调研来源：中国石化报 发布时间：2020-12-11」): the source's or the time's key, with a space
#: or nothing before it (a weaker key — 时间, 日期, 作者 — with a space), and a second key or a
#: date in what follows.
_INFO_BAR = LazyPattern(
    r"(?:来源|來源|发布时间|發布時間|发布日期|發布日期)\s*[:：]"
    # (round t26) weaker keys after a space: the bar may open with the time, the date or the
    # author (「… 时间：2023-08-25 10:30 来源：…」, 「… 作者：张三 来源：…」)
    r"|(?<=\s)(?:时间|時間|日期|作者|发布者|發布者|发稿时间|發稿時間|更新时间|更新時間)\s*[:：]"
)
_INFO_BAR_REST = LazyPattern(
    r"\s(?:来源|來源|发布时间|發布時間|发布日期|發布日期|作者|编辑|編輯|时间|時間)\s*[:：]"
    r"|\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}"
)

#: The headline before the bars is this long at least (before a hyphen, a column's name).
_PAGE_HEADLINE_CHARS = 8
_PAGE_HEADLINE_CHARS_HYPHEN = 4


#: (round t27) The page's time stamp alone run on after its title, after a space: a date in
#: figures with - / . between (a time after it or not: 「…首加入太空軍 2023-03-13 10:21」), or a
#: date in 年月日 with the time (a date alone in 年月日 may be the title's own: 「…會議 2023年3月13日」).
_STAMP_BAR = LazyPattern(
    r"\s+(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(?::\d{2})?"
    # (round o43) …or the date in brackets after a space (「沪整顿挂牌价格虚高，规范二手房市场秩序
    # ( 2021年07月12日 )」, a city bureau's news page, batch 57)
    r"|[（(]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*[）)])$"
)


def info_bar_at(line: str) -> int | None:
    """Where a page's info bar starts that a title ``line`` carries (see ``_INFO_BAR``), or
    None."""
    if line[-1:].isdigit() or line[-1:] in ")）":
        stamp = _STAMP_BAR.compiled.search(line, max(_PAGE_HEADLINE_CHARS, len(line) - 30) - 1)
        if stamp is not None and not any(c in line[: stamp.start()] for c in "。！？；"):
            return stamp.end() - len(stamp[0].lstrip())
    bar = _INFO_BAR.compiled.search(line, _PAGE_HEADLINE_CHARS)
    if bar is None or any(c in line[: bar.start()] for c in "。！？；"):
        return None
    rest = line[bar.end() :]
    return bar.start() if _INFO_BAR_REST.compiled.search(rest) and len(rest) <= 80 else None


def split_title_line(ln: HeadLine, fields: dict) -> HeaderField | None:
    """A title line that also carries the occasion and the speaker, the column and the site
    a page's title appends after bars or underscores, or the page's info bar: the title alone."""
    feature = feature_title_at(ln.text)
    if feature is not None:  # (「新华网北京4月9日电 题：…」: the dateline's source and time too)
        at, spans = feature
        for name, (start, end) in spans.items():
            if name not in fields and end > start:
                fields[name] = HeaderField(ln.text[start:end], ln.start + start, ln.start + end)
        return HeaderField(ln.text[at:].rstrip(), ln.start + at, ln.end)
    bar = _SPACED_BAR.compiled.search(ln.text)
    least = (
        _PAGE_HEADLINE_CHARS if bar is None or "-" not in bar[0] else _PAGE_HEADLINE_CHARS_HYPHEN
    )
    if bar is not None and bar.start() >= least:
        if PAGE_TITLE_TAIL.compiled.fullmatch(ln.text, bar.start()):
            return HeaderField(ln.text[: bar.start()], ln.start, ln.start + bar.start())
    info = info_bar_at(ln.text)
    if info is not None:
        own = ln.text[:info].rstrip()
        return HeaderField(own, ln.start, ln.start + len(own))
    if "—" not in ln.text and "－" not in ln.text:
        return None
    m = TITLE_WITH_OCCASION.fullmatch(ln.text)
    if m is None or not DATE.search(m["occasion"]):
        return None
    if m["speaker"] and not _SPEAKER.fullmatch(m["speaker"]):
        return None
    fields["subtitle"] = field_of(ln, m, "subtitle")
    fields["occasion"] = field_of(ln, m, "occasion")
    d = DATE.search(ln.text, m.start("occasion"))
    if d is not None:
        fields.setdefault("date", HeaderField(d[0], ln.start + d.start(), ln.start + d.end()))
    if m["speaker"]:
        fields["speaker"] = field_of(ln, m, "speaker")
    return field_of(ln, m, "title")


_SPEAKER = LazyPattern(rf"(?:{HAN}|·){{2,20}}\s*(?:{HAN}|·){{2,5}}")


def read_order(head: list[HeadLine], fields: dict, used: list[int]) -> None:
    """A 命令 (令) set out as GB/T 9704 sets it: the issuer's name and 令 as its banner
    (「中华人民共和国国务院令」) over its 令号 (「第707号」, 「2019年第1号」)."""
    banner, number = head[0], head[1]
    m = ORDER_BANNER.fullmatch(banner.text)
    if m is None or ORDER_NUMBER.fullmatch(number.text) is None:
        return
    fields.setdefault("issuer", field_of(banner, m, "issuer"))
    fields.setdefault("number", HeaderField(number.text, number.start, number.end))
    used.append(number.index)


def title_issuer(
    lines: list[HeadLine], title_at: list[int], signature: HeaderField | None = None
) -> HeaderField | None:
    """The title's 「XX关于」 (or 「XX转发YY关于」), read on the title joined when wrapped
    (「国务院办公厅转发国家教委」 / 「关于…」): the issuer stands on its first line. A reply's
    「XX对…的答复」 names it too, where the ``signature`` agrees."""
    first = lines[title_at[0]]
    joined = "".join(lines[i].text for i in title_at)
    m = TITLE_ISSUER.match(joined)
    if m is None and signature is not None:
        m = TITLE_ISSUER_TO.match(joined)
        m = m if m is not None and same_body(m["issuer"], signature.text) else None
    if m is None or m.end("issuer") > len(first.text):
        return None
    return field_of(first, m, "issuer")


def is_number_line(line: str) -> bool:
    if len(line) > 50 or ("号" not in line and "號" not in line):
        return False  # before the regex: most lines are neither short nor numbered
    m = DOC_NUMBER.search(line)
    # The number alone, or with the 签发人 beside it; not a sentence that cites a number.
    return m is not None and len(line) - len(m[0]) <= 16 and line[-1] not in "。，；"


#: A 公告's or 通告's title before its bracketed year, in place of a 机关代字.
NOTICE_KIND = LazyPattern(r"\S*?(?:公告|通告)\s*(?=[\[［〔【(（])")


def is_numbered_notice_title(line: str) -> bool:
    """A 公告's title that carries its own number and nothing else on its line
    (「中国人民银行公开市场业务公告［2026］第6号」, 「公开市场买断式逆回购招标公告 [2026]第16号」): the
    serial notices of a central body (a central bank's, a customs' or a tax office's 公告) are
    titled so, the body and kind of notice before the bracketed year; the line is both the title
    and the 发文字号 (the number read from its bracket on, ``header.read_header``)."""
    m = DOC_NUMBER.search(line)
    if m is None or m[0] != line[m.start() :].rstrip():
        return False
    kind = NOTICE_KIND.match(m[0])
    return kind is not None and len(kind[0].strip()) >= 4


def is_title_text(line: str) -> bool:
    return (
        len(line) <= MAX_TITLE_CHARS
        and line[-1] not in SENTENCE_END
        and not is_number_line(line)
        and not SUBTITLE.match(line)
        and not DATE.fullmatch(line)
        and not is_stamp(line)
        and not _ADOPTION_NOTE.fullmatch(line)
        and not _ADOPTION_NOTE_WRAPPED.match(line)
        and not line.endswith(_ADOPTED)
    )


#: A law's or a judicial interpretation's note of when it was adopted and took effect (题注),
#: set over or under its title: 「2024年11月4日 最高人民法院审判委员会第1930次会议、…会议通过」,
#: 「2025年1月18日 施行」 (LawRefBook's info block), 「（2021年4月29日第十三届全国人民代表大会常务委员会
#: 第二十八次会议通过）」 — a date opening it, the act closing it: never the title.
_ADOPTION_NOTE = LazyPattern(
    r"[（(]?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。！？]{0,120}?"
    r"(?:通过|通過|施行|公布|發布|发布|修正|修订|修訂|批准)[）)]?"
)
#: …its last line (「十四届检察委员会第三十二次会议通过」): no title ends with the meeting's act.
_ADOPTED = ("会议通过", "會議通過", "会议通过）", "會議通過）")
#: …its first line where the note wraps (「2024年11月4日 最高人民法院审判委员会第1930次会议、…检察院第」):
#: the date, a space and the numbered meeting that adopted it.
_ADOPTION_NOTE_WRAPPED = LazyPattern(
    r"[（(]?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s+[^。！？]{0,40}?第[^。！？]{1,12}次(?:会议|會議)"
)


def find_title_lines(head: list[HeadLine], number_at: int | None) -> list[int]:
    """The title: the line(s) above the 发文字号 (scraped order) or below it (printed order),
    or the first line; a title wrapped over two or three lines is joined, and so is a
    headline set on two lines at the space between its parts."""
    if number_at is not None:
        banner = banner_lines(head, number_at)  # the 版头 over a printed 公文's number
        above = [
            i
            for i in range(number_at)
            if is_title_text(head[i].text)
            and not (ISSUER_BANNER.fullmatch(head[i].text) or i in banner)
        ]
        if above:
            return wrapped_title(head, above[0], limit=number_at)
        below = number_at + 1 < len(head) and is_title_text(head[number_at + 1].text)
        if is_numbered_notice_title(head[number_at].text) and not (
            below and TITLE_END.search(head[number_at + 1].text)
        ):
            return [number_at]  # (a 公告's title with its number: the line is both)
        if number_at + 1 < len(head) and is_title_text(head[number_at + 1].text):
            return wrapped_title(head, number_at + 1)
        return []
    if len(head) > 2 and titles.wrapped_at_clause(head[0].text, head[1].text):
        return [0, 1]  # a headline wrapped after its comma or colon
    if len(head) < 2 or not is_title_text(head[0].text):
        return titles.official_title_after_notes([ln.text for ln in head[:3]])
    if looks_numbered(head[0].text):
        return []
    if _VOLUME_LABEL.fullmatch(head[0].text) and _names_its_volume(head[0].text, head[1].text):
        return wrapped_title(head, 1)  # (round 19: the volume's label over its title)
    found = wrapped_title(head, 0)
    if found == [0] and _parts_on_two_lines(head):
        return [0, 1]  # (round 21)
    return found


def _parts_on_two_lines(head: list[HeadLine]) -> bool:
    """A headline's parts on two lines, one right under the other (no blank line and no
    furniture between them): ``title_parts.split_headline``."""
    adjacent = len(head) > 2 and head[1].index == head[0].index + 1
    return adjacent and split_headline([ln.text for ln in head])


def headline_of_parts(
    head: list[HeadLine], title_at: list[int], number_at: int | None
) -> HeaderField | None:
    """The title of a headline set on two lines at the space between its parts, its parts
    set apart by a space again (「海尔产业园区本月开建 年内启动LED工业项目」), spanning both lines;
    None for any other title (a wrapped title's lines join with nothing between them)."""
    if title_at != [0, 1] or number_at is not None or wrapped_title(head, 0) != [0]:
        return None
    if titles.wrapped_at_clause(head[0].text, head[1].text):
        return None  # (a headline wrapped after its comma or its cry: no space)
    if not _parts_on_two_lines(head):
        return None
    first, second = head[0], head[1]
    return HeaderField(f"{first.text} {second.text}", first.start, second.end)


# A bound volume's label on its cover, over the title (「臺北市都市計畫書」 over 「臺北市內湖區都市
# 計畫通盤檢討（主要計畫）案」): a place or a body and the kind of volume, a 書.
_VOLUME_LABEL = LazyPattern(
    rf"{HAN}{{2,12}}(?:計畫書|计划书|計劃書|報告書|报告书|說明書|说明书|規劃書|规划书|白皮書|白皮书)"
)


def _names_its_volume(label: str, line: str) -> bool:
    """Whether ``line``, longer than the volume's ``label``, names the label's kind of text
    (「都市計畫」 of 「臺北市都市計畫書」) and can be a title."""
    return len(line) > len(label) and label[-5:-1] in line and is_title_text(line)


def wrapped_title(head: list[HeadLine], first: int, limit: int | None = None) -> list[int]:
    """``first`` and the lines that continue it: a short line without end punctuation after
    a line that cannot end a title (it ends in a connective such as 和/的/关于) or that does
    not end in a genre word while the joined title does."""
    limit = len(head) if limit is None else limit
    out = [first]
    joined = head[first].text
    for i in range(first + 1, min(limit, first + 3)):
        nxt = head[i].text
        if not is_title_text(nxt) or len(joined) + len(nxt) > 2 * MAX_TITLE_CHARS:
            break
        rest = "".join(ln.text for ln in head[i : min(limit, first + 3)])  # (a copy, wrapped)
        if looks_numbered(nxt) or ISSUER_BANNER.fullmatch(nxt) or titles.two_titles(joined, rest):
            break
        if nxt[-1] in "令告函" and is_notice_letterhead([ln.text for ln in head], i):
            break  # (a Taiwan 令's letterhead over its date and number: 「內政部令」)
        ends_open = joined[-1] in WRAP_CONNECTIVE or joined.endswith(("关于", "關於", "印发"))
        # (A title set letter-spaced, 「协 调 委 员 会 组 建 方 案」, ends in its genre too.)
        completes = (
            not TITLE_END.search(joined)
            and TITLE_END.search(_YEARS_PART.compiled.sub("", nxt.replace(" ", "")))
            and not _names_a_document(joined, nxt)
            and not other_scripts(joined, nxt)  # (session 24: a label of the other script)
        )
        above_number = limit < len(head) and i < limit and not _whole_above(joined, nxt)
        if not (ends_open or completes or above_number):
            break
        out.append(i)
        joined += nxt
    return out


#: The years a plan covers, in brackets after its genre word (「…三年行动计划（2024—2026年）」,
#: 「…规划（2021-2025年）」): the title still ends in the genre word.
_YEARS_PART = LazyPattern(r"[（(](?:19|20)\d{2}年?度?(?:[-—–－~至到](?:19|20)\d{2}年?度?)?[）)]$")


def _whole_above(joined: str, nxt: str) -> bool:
    """Whether a title above the 发文字号 is whole before ``nxt``: it ends in its genre word,
    its 《》 closed, and ``nxt`` neither ends a longer title in a genre word nor adds a part in
    brackets (「（试行）」): a line between the title and its number is then something else (a
    page's subhead or deck set under the title: 「…的通知」 / 「[视频]各地开展主题党日活动迎“七一”」)."""
    if not TITLE_END.search(joined) or joined.count("《") != joined.count("》"):
        return False
    return not (TITLE_END.search(nxt.replace(" ", "")) or nxt[:1] in "（(")


#: How a document's name opens on its own: its year (「2021年」, 「2022年度」) or its place
#: (「上海市」, 「静安区」, 「柘林镇」: two or more characters and the unit).
_NAME_OPENS = LazyPattern(rf"(?:(?:19|20)\d{{2}}\s*年度?|{HAN}{{2,5}}?[省市区區县縣镇鎮乡鄉])")


def _names_a_document(joined: str, nxt: str) -> bool:
    """Whether ``nxt``, a line ending in a genre word under a first line that does not, is a
    document's own name (a page's subhead, or the first of a list of documents) rather than
    the end of a wrapped title: it opens with 关于, its year or its place (「上海市乡镇渡口管理办法」,
    「2021年崇明区城市体检工作方案」). Not under a body's name (GB/T 9704's title in two lines,
    「上海市交通委员会」 / 「上海市公安局关于印发…的通知」), nor where the first line leaves a
    《 open (「…关于印发《」 / 「关于推进嘉定区…》的通知」)."""
    if ORG_END.search(joined) or joined.count("《") != joined.count("》"):
        return False
    if is_label(joined) and whole_official_title(nxt):
        return True  # (session 24: a page's label over a 公文 title naming its issuer)
    return nxt.startswith(("关于", "關於")) or _NAME_OPENS.match(nxt) is not None


def title_under_issuers_heading(head: list[HeadLine], title_at: list[int]) -> HeaderField | None:
    """The page's own title under a heading that names the issuers before it: a repository of
    Shanghai's 公文 heads each file with 「上海市交通委员会、上海市发展和改革委员会 关于开展…的通知」
    (the issuers, a space, the title) over the page's own 「关于开展…的通知」. The title is the
    page's line; the heading is a copy (``reading._title_copy`` makes it chrome). None unless
    the first line is the issuers' names — each ending in a body's word — a space, and then
    the line right under it, whole."""
    if title_at != [0] or len(head) < 2 or head[1].index != head[0].index + 1:
        return None
    first, own = head[0].text, head[1].text
    names, space, rest = first.rpartition(" ")
    if not space or rest != own or not is_title_text(own) or not TITLE_END.search(own):
        return None
    if not all(ORG_END.search(name) for name in names.strip().split("、")):
        return None
    return HeaderField(own, head[1].start, head[1].end)


def title_under_short_copy(
    head: list[HeadLine], title_at: list[int], number_at: int | None
) -> HeaderField | None:
    """The page's own title right under a heading that copies it with a character or two
    dropped (a repository's 「上海市交通委员关于…的通知」 over the page's 「上海市交通委员会关于…的
    通知」), and right above the 发文字号: the page's line is the title, the heading a copy. None
    unless the heading's characters are the page line's, in order, with at most two missing."""
    if title_at != [0] or number_at != 2 or head[1].index != head[0].index + 1:
        return None
    copy, own = head[0].text, head[1].text
    if not 0 < len(own) - len(copy) <= 2 or not TITLE_END.search(own):
        return None
    chars = iter(own)
    if not all(c in chars for c in copy):  # (the heading's characters, in the line's order)
        return None
    return HeaderField(own, head[1].start, head[1].end)


def own_copy_over_number(
    head: list[HeadLine], title_at: list[int], number_at: int | None
) -> int | None:
    """The document's own copy of the title, the line right above its 发文字号, under a page's
    heading that prints the same title first (LawRefBook's 「最高人民法院、最高人民检察院关于…的解释」
    over the adoption notes, then 「最高人民法院 最高人民检察院 关于…适用法律 若干问题的解释」 over
    「法释〔2024〕4号」; a portal's heading over the 公文 it carries): the first of a title printed
    twice is a copy (``reading._title_copy`` makes it chrome), as in every format's form of the
    page. The two compared as ``copy_key`` compares copies (spaces and 「、」 aside); None unless
    they read the same (eight characters or more) and the own copy stands right above the
    number."""
    if number_at is None or not title_at or title_at[0] != 0 or number_at <= title_at[-1] + 1:
        return None
    own = number_at - 1
    if len(head[own].text) < 8 or not is_title_text(head[own].text):
        return None
    copy = copy_key("".join(head[i].text for i in title_at))
    return own if copy == copy_key(head[own].text) else None
