"""A 公文's closing formula (GB/T 9704-2012 7.3.3 puts the 署名 and 成文日期 under the text's
last words): 「特此通知。」, 「特此函复。」, 「特此批复。」, 「此复。」 alone on the body's last line.

A page that copied a letter without its title or 文号 (a ministry's 复函 scraped from its body
down) still ends with one; the name and the date under it are the document's 署名 and 成文日期,
not a news page's byline and stamp.
"""

from __future__ import annotations

from gui.core.patterns import LazyPattern

#: The formula alone on its line, its 。 optional; 「特此」 and a genre's verb or noun. The
#: indent may be spaces or the entities a page's Markdown copy keeps (「&emsp;&emsp;特此函复。」).
_FORMULA = LazyPattern(
    r"(?:&(?:emsp|ensp|nbsp|#12288|#160);|[ \t\u3000])*"
    r"(?:特此(?:通知|函复|函覆|函復|函告|批复|批覆|批復|复函|復函|公告|通告|报告|報告|告知"
    r"|说明|說明|证明|證明|答复|答覆|回复|回覆|函达|函達)|此复|此覆|此復)[。.]?"
)
#: How many lines above the date the formula may stand (the 署名 between, or two names).
_REACH = 3


def closes_with_formula(texts: list[str]) -> bool:
    """Whether a line of ``texts`` is a closing formula with a date alone on its line among
    the few lines under it (the 署名 between)."""
    for i, text in enumerate(texts):
        if "此" in text and len(text) <= 40 and _FORMULA.fullmatch(text):
            below = texts[i + 1 : i + 2 + _REACH]
            return any(t.endswith("日") and len(t) <= 20 for t in below)
    return False
