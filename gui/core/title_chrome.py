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
_WEEKDAY = r"(?:\s*[（(]?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][）)]?)?"
_UPDATED = r"(?:\s*[（(][^（）()]{0,24}(?:更新|修改|updated?)[）)])?"
#: A line that is only a date, a time, or both (either first), maybe a weekday and an update note.
STAMP = LazyPattern(
    rf"\s*(?:{_DAY}(?:\s*T?\s*{_TIME}{_ZONE})?|{_TIME}\s+{_DAY}){_WEEKDAY}{_UPDATED}\s*"
)
#: A label: at most this many characters.
_MAX_LABEL = 12
#: Lines of chrome over a title looked at: a menu's items one a line.
_MAX_LEAD = 12
#: So many labels in a row are a menu whatever stands under them (a headline's first part set
#: on its own line is one line).
_MENU_LABELS = 3
#: Marks and digits a label has none of (a title's clause, a date, a count, a bracket).
_MARKS = set("，,。、：:；;！!？?《》“”「」『』（）()【】[]〔〕0123456789０１２３４５６７８９")
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


def chrome_lead(texts: Sequence[str], is_title_text: Callable[[str], bool]) -> int:
    """How many of the first lines are page chrome over the title in ``texts[that]``: a run
    of stamps and labels over a line that is a whole 公文 title or a line of the other script,
    or three labels or more (a menu's items, one a line) over any title; else the stamps alone.
    0 when the first line may be the title or a part of it."""
    stamps = 0
    while stamps < min(_MAX_LEAD, len(texts) - 1) and is_stamp(texts[stamps]):
        stamps += 1
    lead = stamps
    while lead < min(_MAX_LEAD, len(texts) - 1) and (
        is_stamp(texts[lead]) or is_label(texts[lead])
    ):
        lead += 1
    nxt = texts[lead] if lead < len(texts) else ""
    labels = [t for t in texts[:lead] if not is_stamp(t)]
    if labels and nxt and is_title_text(nxt) and not is_label(nxt):
        if (
            len(labels) >= _MENU_LABELS
            or whole_official_title(nxt)
            or any(other_scripts(t, nxt) for t in labels)
        ):
            return lead
    return stamps if stamps < len(texts) and is_title_text(texts[stamps]) else 0
