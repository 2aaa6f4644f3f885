"""Page chrome over a title: the lines an unread site sets over a document's title when the page
is copied out whole, which no list of a site's words can name (#12; docs/outline.md, session 24).

A page's chrome differs from the title in form, whatever its words:

- a **stamp** — a line that is only a date or a time (「2008年01月09日」, 「2023-03-29T00:00:00」,
  「19:04 2023/08/25」, 「2023/8/23 15:06（8/23 15:31 更新）」): no title is a date alone;
- a **label** — a menu's item, a column's or a site's name (「金融」, 「產業觀光」, 「新聞類別」,
  「直击峰会全过程」): a few words with no mark, no digit and no genre word at its end — over a
  line that is a whole title in a form of its own: a 公文 title naming its issuer and 关于
  (「国务院办公厅关于…的复函」). (Not over a headline: a headline's first part set on a line of
  its own, 「市场出清提速」 over 「今年以来20家A股公司退市…」, has a label's form.)
- a **menu** — three labels or more in a row (「新聞類別」 / 「經濟」 / 「社會」 / …), over any title;
- a line in the **other script**: a Traditional label over a Simplified title (「市政府介紹」 over
  「政府工作报告」) or the reverse — a title is written in one script.

Session 25 (round t25) added the chrome that no title or title part ever is, wherever it
stands in the run (``is_page_chrome``): a clock time alone (「16:05:32」), a date's piece or a
separator alone (「07」, 「/」, 「>」: a stamp or a breadcrumb set one field a line), a
breadcrumb's step (「> 正文」), what a page's <title> leaves after its headline (「_光明网」,
「- 東方日報」), a column's path (「紀曉風獨眼香江_肺炎襲港」) and a keyed date (「日期：2025年2月26日
星期三」). Labels above such a line are chrome (a headline is not split by a stamp); over a
title, two labels or more, one of two or three characters, are a column's and a site's name
(「金融」 / 「新浪财经」), and so is such a name alone under chrome or with furniture between it and
the title (「19:04 2023/08/25」 / 「陳駿碩」; 「生活」 / 「2017/11/26」).

``gui.core.header_titles`` skips such lines over the title and does not join them to it as the
first line of a wrapped title.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from gui.core.head_lines import TITLE_END, TITLE_ISSUER, WRAP_CONNECTIVE
from gui.core.numbering import numbered
from gui.core.patterns import ORG_END, LazyPattern

_DAY = r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"
_TIME = r"\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?(?:\.\d+)?"
_ZONE = r"(?:Z|[+-]\d{2}:?\d{2})?"
# (round t28) A zone's letters before or after the time of day (RTHK's 「2018-07-02 HKT 12:58」).
_ZONE_NAME = r"(?:HKT|CST|GMT|UTC|JST|KST|SGT|BJT)"
_WEEKDAY = r"(?:\s*[（(]?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][）)]?)?"
_UPDATED = r"(?:\s*[（(][^（）()]{0,24}(?:更新|修改|updated?)[）)])?"
#: A line that is only a date, a time, or both (either first), maybe a weekday and an update note.
STAMP = LazyPattern(
    rf"\s*(?:{_DAY}(?:\s*T?\s*(?:{_ZONE_NAME}\s*)?{_TIME}{_ZONE}(?:\s*{_ZONE_NAME})?)?"
    rf"|{_TIME}\s+{_DAY}){_WEEKDAY}{_UPDATED}\s*"
)
#: A label: at most this many characters.
_MAX_LABEL = 12
#: Lines of chrome over a title looked at: a menu's items one a line.
_MAX_LEAD = 16
#: So many labels in a row are a menu whatever stands under them (a headline's first part set
#: on its own line is one line).
_MENU_LABELS = 3
#: A label this short (two characters or more) over a title is a column's or a person's name
#: (「生活」, 「金融」, 「陳駿碩」), not a headline's first part set on its own line.
_SHORT_LABEL = 3
#: Marks and digits a label has none of (a title's clause, a date, a count, a bracket).
_MARKS = set("，,。、：:；;！!？?《》“”「」『』（）()【】[]〔〕0123456789０１２３４５６７８９")
#: A separator a line ends on when its text goes on (「新闻联播文字稿 ·」 over its date).
_OPEN_END = set("·・|｜-–—/／>›")
#: A body's name that ORG_END does not end: one of joint issuers set apart (「中共中央」 over
#: 「国务院关于…的意见」) is the title's first part, not a label.
_BODY_END = LazyPattern(r"(?:中央|[党省市县縣区區州]委|人大|政协|政協|军委|軍委)$")

# Pairs of common characters written differently in the two scripts (Traditional, Simplified).
_PAIRS = (
    "們们這这來来對对說说時时國国會会為为學学發发經经與与從从點点問问題题開开關关區区書书"
    "無无過过見见麼么紹绍業业觀观產产聞闻類类別别視视報报導导歷历灣湾價价體体網网"
    "務务門门電电長长東东車车馬马縣县園园萬万條条動动員员實实證证頁页級级線线處处擊击聯联"
    "專专傳传統统總总場场廣广環环節节設设計计記记論论議议讀读術术應应當当將将戲戏邊边"
)
_TRADITIONAL = set(_PAIRS[0::2])
_SIMPLIFIED = set(_PAIRS[1::2])


def is_stamp(line: str) -> bool:
    """Whether ``line`` is only a date or a time (a page's stamp, never a title)."""
    return STAMP.fullmatch(line) is not None


#: A time of day with its seconds (a machine's stamp, never a schedule's hour).
_SECONDS = LazyPattern(r"\s*\d{1,2}:\d{2}:\d{2}\s*")
_HAS_TIME = LazyPattern(r"\d\s*[:：]\s*\d{2}")


def is_clock_stamp(line: str) -> bool:
    """Whether ``line`` is a machine's time stamp: a date with its time of day
    (「2023-03-31T20:36:00+08:00」, 「19:04 2023/08/25」) or a time with its seconds alone
    (「16:05:32」) — a page's, wherever it stands (a 公文's or a letter's date has no time)."""
    if _SECONDS.fullmatch(line):
        return True
    return is_stamp(line) and _HAS_TIME.search(line) is not None


def script_of(text: str) -> str | None:
    """ "t" or "s" where ``text``'s common characters are all of one script, else None."""
    trad = sum(c in _TRADITIONAL for c in text)
    simp = sum(c in _SIMPLIFIED for c in text)
    if trad and not simp:
        return "t"
    if simp and not trad:
        return "s"
    return None


def other_scripts(first: str, second: str) -> bool:
    """Whether ``first`` and ``second`` are written in different scripts (both tell)."""
    a, b = script_of(first), script_of(second)
    return a is not None and b is not None and a != b


def is_label(line: str) -> bool:
    """A menu item's, a column's or a site's name: short, no mark or digit, not a title's
    first line (no genre word, body's name or connective at its end), not numbered."""
    text = line.strip().lstrip("_-—|｜ ").strip()
    return (
        0 < len(text) <= _MAX_LABEL
        and not any(c in _MARKS for c in text)
        and not TITLE_END.search(text)
        and not (len(text) > 2 and ORG_END.search(text))  # (「社會」 is a column's name)
        and not _BODY_END.search(text)
        and text[-1] not in WRAP_CONNECTIVE
        and text[-1] not in _OPEN_END
        and not text.endswith(("关于", "關於", "印发", "印發"))
        and numbered(text) is None
    )


def whole_official_title(line: str) -> bool:
    """A 公文 title whole on its line: its issuer and 关于, a genre word at its end."""
    return (
        TITLE_ISSUER.match(line) is not None
        and TITLE_END.search(line) is not None
        and line.count("《") == line.count("》")
        and not any(c in line for c in "。；;！？!?")
    )


#: A clock time alone (「16:05:32」, 「19:04」): a page's stamp cut from its date.
_CLOCK = LazyPattern(rf"\s*{_TIME}\s*")
#: A date's piece alone (「2025」, 「07」, 「26」: a page's stamp set one field a line) or a
#: separator alone (「/」, 「>」, 「|」: a breadcrumb's or a stamp's).
_PIECE = LazyPattern(r"\s*(?:\d{1,4}|[/>›»＞|｜·•])\s*")
#: A breadcrumb's step (「> 正文」, 「› 时政」): a separator, then a label.
_CRUMB = LazyPattern(r"\s*[>›»＞]\s*(?P<rest>\S.*)")
#: What a page's <title> leaves after the headline it closes: the site's or the column's
#: name after 「_」, 「|」 or 「- 」 (「_光明网」, 「- 東方日報」, 「- 国际频道」,
#: 「- 河南省巩义市人民法院」); a dash with no space (「—」) opens a subtitle instead.
_TITLE_SUFFIX = LazyPattern(r"\s*(?:[_|｜]\s*|-\s+)(?P<rest>[^\s，,。；;！!？?：:]{2,20})\s*")
#: A date under its key (「日期：2025年2月26日星期三」, 「时间：2023/8/23 15:06」).
_KEYED_STAMP = LazyPattern(r"\s*[^\s：:，,。]{1,6}\s*[：:]\s*(?P<rest>.+)")
#: (round t27) A section's path over the headline, its steps parted by a spaced bar, slash or
#: arrow (「新聞 | 國際」, 「國際 > 美洲」, 「首頁 / 國際 / 美洲」).
_PATH_STEP = LazyPattern(r"\s+[|｜/／>›»＞]\s+|\s*[>›»＞]\s*")
#: (round t27) A paper's or a wire's name alone over its headline, the masthead a page keeps
#: (「自由時報」, 「南方都市报」, 「中央通訊社」, 「中時新聞網」), perhaps with its Latin name.
_MASTHEAD = LazyPattern(
    r"\s*[\u4e00-\u9fff]{1,8}(?:日报|日報|時報|时报|晚报|晚報|早报|早報|商報|商报|雜誌|杂志|週刊|周刊"
    r"|電子報|电子报|新聞網|新闻网|通訊社|通讯社)(?:\s*[A-Za-z][A-Za-z .]{1,20})?\s*"
)


def is_page_chrome(line: str) -> bool:
    """Whether ``line`` is a page's chrome whatever stands around it — a stamp, a clock time, a
    date's piece or a separator alone, a breadcrumb's step, a <title>'s site suffix, a keyed
    date: never a title nor a part of one."""
    if is_stamp(line) or _CLOCK.fullmatch(line) or _PIECE.fullmatch(line):
        return True
    m = _CRUMB.fullmatch(line)
    if m and is_label(m["rest"]):
        return True
    if _TITLE_SUFFIX.fullmatch(line):
        return True
    parts = line.strip().split("_")
    if len(parts) > 1 and all(is_label(part) for part in parts):
        return True  # (a column's path: 「紀曉風獨眼香江_肺炎襲港」)
    if len(line) <= 30 and _MASTHEAD.fullmatch(line):
        return True
    if len(line) <= 40:
        steps = _PATH_STEP.compiled.split(line.strip())
        if 1 < len(steps) <= 5 and all(is_label(step) for step in steps):
            return True
    m = _KEYED_STAMP.fullmatch(line)
    return bool(m and is_stamp(m["rest"]))


def chrome_lead(
    texts: Sequence[str],
    is_title_text: Callable[[str], bool],
    apart: Sequence[bool] = (),
) -> int:
    """How many of the first lines are page chrome over the title in ``texts[that]``: a run
    of chrome (``is_page_chrome``) and labels over a title (not a numbered line), where the
    labels under the run's last chrome line are a menu (three or more), stand over a whole 公文
    title or a line of the other script, or hold a name of two or three characters beside
    another label, or end in one under chrome or over furniture (``apart[i]``: the page set a
    line of furniture between ``texts[i]`` and the next); else the run up to its last line of
    chrome. 0 when the first line may be the title or a part of it."""
    limit = min(_MAX_LEAD, len(texts) - 1)
    lead = 0
    strong = -1
    while lead < limit:
        if is_page_chrome(texts[lead]):
            strong = lead
        elif not is_label(texts[lead]):
            break
        lead += 1
    nxt = texts[lead] if lead < len(texts) else ""
    labels = list(texts[strong + 1 : lead])
    # (A numbered line under the labels is a section's heading: the last label may be the title.)
    if nxt and is_title_text(nxt) and not is_label(nxt) and numbered(nxt) is None:
        if not labels:
            return lead
        if (
            len(labels) >= _MENU_LABELS
            or whole_official_title(nxt)
            or any(other_scripts(t, nxt) for t in labels)
            or (len(labels) > 1 and any(_is_name(t) for t in labels))
            or (
                _is_name(labels[-1])
                and (strong >= 0 or (lead - 1 < len(apart) and apart[lead - 1]))
            )
        ):
            return lead
    # (Labels in a run that no title follows: a menu over a text run into one line leaves the
    # title to other readings — only the stamps opening it are skipped, as before.)
    if strong >= 0 and len(labels) < _MENU_LABELS:
        return strong + 1  # (chrome is never a title, whatever follows it)
    at = _leading_stamps(texts, limit)
    return at if at < len(texts) and is_title_text(texts[at]) else 0


def _is_name(label: str) -> bool:
    """A column's or a person's name: two or three characters (one alone is a control's: 「大」)."""
    return 2 <= len(label.strip()) <= _SHORT_LABEL


def _leading_stamps(texts: Sequence[str], limit: int) -> int:
    at = 0
    while at < limit and is_stamp(texts[at]):
        at += 1
    return at
