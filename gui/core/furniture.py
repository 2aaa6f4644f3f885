"""Page furniture: the lines of a scraped page that belong to the site or the news page, not
to the report — site chrome (下载 打印 全屏 收藏 【字号：加大 还原 减小】, breadcrumbs, view
counters), news front and back matter (原标题：/来源：/时间：/记者 …/责任编辑：), photo captions
and credits (…（图源：视觉中国）, …记者 盛学卿 摄) and the speaker line under a work report's
title (市长 张建国).

Like the site footer (``cleaning.find_footer``) these are *marked*, never removed: the cleaned
text keeps every character, so offsets, notes and exports stay stable; the outline, the title
search and the reader's body styling leave them out.

Every rule names a form of the genre (see docs/outline.md), never one document's sentence.
The 公文 elements (发文字号, 主送机关, 成文日期 …) are not furniture: ``gui.core.header`` reads them.
Where the story's paragraphs are (and a caption run into its lead) is
``gui.core.story_paragraphs``'; a page head laid out one field a line, ``gui.core.head_rows``'.
"""

from __future__ import annotations

import re

from gui.core.captions import (
    caption_or_byline,
    chart_caption,
    is_standalone_caption,
    narrated_caption,
    stamp_captions,
)
from gui.core.document import Furniture
from gui.core.feed_notices import feed_notice
from gui.core.front_matter import PRINT_EDITION
from gui.core.head_rows import CRUMB_SEP, head_rows
from gui.core.line_layout import join_wrapped_lines
from gui.core.news_matter import (
    APPEAL,
    APPEAL_VOICE,
    AUTHOR_NOTE,
    BAR_CREDIT,
    BARS,
    COLUMN_CARD,
    CORRECTION,
    DATETIME_HEAD,
    END_MARK,
    HASHTAGS,
    KEYED_BYLINE,
    KEYWORDS,
    NEWS_KEY,
    NEWS_KEY_ANYWHERE,
    NEWS_STRONG,
    READING_LINK,
    RELATED,
    RELEASE_TIME,
    REPOST,
    SOURCE_SPACED,
    STAFF_CREDIT,
    TAGS,
    UPDATE_STAMP,
    mark_closing_outlet,
    mark_teaser_runs,
    writer_profile,
)
from gui.core.page_notices import page_notice
from gui.core.page_residue import (
    image_markup,
    page_residue,
    run_in_bar_end,
    story_notice,
)
from gui.core.patterns import (
    HAN,
    HOTLINE,
    REPRINT,
    STAMP_TAIL,
    TABLE_FIRST,
    LazyPattern,
    is_table_run,
    paragraphs,
)
from gui.core.running_heads import mark_title_copies, page_heads, page_mark
from gui.core.site_chrome import (
    is_app_prompt,
    is_control_line,
    mark_contents_containers,
    mark_labelled_urls,
    mark_link_lists,
    mark_menus,
)
from gui.core.story_paragraphs import (
    CSS,
    CSS_RULE,
    FETCH_CAPS,
    FETCH_KEY,
    YAML_KEY,
    is_body_paragraph,
    run_in_caption,
)
from gui.core.title_chrome import is_clock_stamp, is_label, is_page_chrome
from gui.core.wire_credits import wire_furniture

_BREADCRUMB = LazyPattern(
    r"(?:当前位置|當前位置|您的位置|你的位置|您现在的位置|所在位置|目前位置|現在位置|现在位置"
    r"|(?:您|你)?(?:当前|當前|目前|現在|现在)?所在(?:的)?位置|(?:您|你)(?:目前|現在|现在)(?:的)?位置)\s*[:：]"
    r"|(?:首页|首頁|网站首页|網站首頁)\s*[>＞»›/]"
)
# A site generator's template tags a page's source kept (a Hugo shortcode
# 「{{< video src="https://…" >}}」, a Jekyll/Liquid 「{% include … %}」): markup, never text.
_TEMPLATE_TAGS = LazyPattern(r"(?:(?:\{\{[<%][^{}]*[>%]\}\}|\{%[^{}]*%\})\s*)+")
# A server page's directives and code the server left in the page (「<%@ page contentType="…"
# language="java" %> <%@ taglib prefix="c" uri="…" %>」), one or more.
_SERVER_TAGS = LazyPattern(r"(?:<%[^%]*(?:%(?!>)[^%]*)*%>\s*)+")
# A label and a link, an address or a copyright: 原始網址：https://…, 電子郵件: cnews@rthk.hk,
# 月費訂戶 網址：hkcnews.com/aboutus/, © rthk.hk.
_LINK_LINE = LazyPattern(
    r"\S{1,12}(?:\s\S{1,8})?\s*[:：]\s*"
    r"(?:https?://|www\.|[\w.+-]+@|[a-z0-9-]+\.(?:com|hk|cn|org|net|tw|gov|mo)\b)\S*"
)
# …inside the body only with a label that names a page's link or address (a white paper lists
# its projects' 「主页：https://…」 / 「代码库：https://…」 as text).
_PAGE_LINK_LABEL = LazyPattern(
    r"網址|网址|網站|网站|链接|鏈接|連結|郵件|邮件|電郵|电邮|邮箱|郵箱|[Ee]-?mail|來源|来源|出處|出处|原文"
)
_COPYRIGHT_LINE = LazyPattern(r"(?:©|\([cC]\)|[Cc]opyright)\s*\S.{0,60}")
_RIGHTS_RESERVED = LazyPattern(r".{0,40}\b[Aa]ll [Rr]ights [Rr]eserved\.?")
# A scraper's or site's disclaimer: 「…仅供参考/检索查阅…以…为准」; or its note on the text it
# kept whole (「《新闻联播》2026年6月19日 全部 12 条文字稿，原文完整保留。」).
_DISCLAIMER = LazyPattern(
    r"仅供.{0,30}以.{0,40}为准|僅供.{0,30}以.{0,40}為準|(?:原文|全文)(?:已)?完整保(?:留|存)"
)
_COUNTER = LazyPattern(
    r"(?:浏览次数|瀏覽次數|阅读次数|閱讀次數|点击数|點擊數|访问量|阅读量)\s*[:：]"
)

#: An appeal is a short paragraph or two sentences; a list of related links or sources may
#: run longer (a feed puts it on one line).
_APPEAL_CHARS = 100
_RELATED_CHARS = 1000

# A site's name standing alone above the page (澳門特別行政區政府入口網站, 广东省人民政府门户网站,
# 中国政府网) and a column's label (新聞, 要闻, 新闻发布): chrome, at the head of the page.
_SITE_NAME = LazyPattern(
    r"\S{2,24}(?:网站|網站|入口网站|入口網站|门户网站|門戶網站|官网|官網|政府网|政府網|新闻网|新聞網)"
)
# …also a place's or a topic's 要闻 (「云南要闻」, 「今日要闻」), the column a provincial portal
# files its news and reports under.
_COLUMN_NEWS = LazyPattern(
    rf"{HAN}{{0,6}}(?:要闻|要聞)"
    # (round t27) …and a news site's section, the kicker its page sets over the headline or the
    # label under the story, in either script (「國際」, 「社会新闻」, 「財經頻道」, 「兩岸」): the
    # sections every news site files under, alone on the line, perhaps with 新聞, 頻道 or 版
    r"|(?:國際|国际|國內|国内|社會|社会|財經|财经|政治|兩岸|两岸|地方|體育|体育|娛樂|娱乐|生活|科技"
    r"|健康|軍事|军事|時事|时事|焦點|焦点|頭條|头条|即時|即时|港澳|台灣|臺灣|台湾|社論|社论|評論|评论"
    r"|觀點|观点|論壇|论坛|財金|产经|產經|文教|政經|政经)(?:新聞|新闻|頻道|频道|版|動態|动态)?"
)
_COLUMN_LABELS = frozenset(
    "新闻 新聞 新闻稿 新聞稿 新闻发布 新聞發布 新聞公報 新闻公报 要闻 要聞 政务动态 政務動態 "
    "通知公告 图片新闻 圖片新聞 本地新聞 港聞 港闻 澳聞 澳闻 政府公报 政府公報 正文".split()
)
# A row of stars, dashes or dots between the release and its notes.
_RULE_LINE = LazyPattern(r"[＊*※·•\-－—=＝_~～\s]{3,}")
#: A crawler's own lines over the page it saved (a county site's crawl, batches 38 and 47): the
#: rule that labels the text under it (「==================== 正文 ====================」) and
#: the note that names the file beside it (「页面链接与图片详见 links.tsv(同目录)」).
_CRAWL_LINE = LazyPattern(
    r"[=＝\-－]{4,}\s*[\u4e00-\u9fff]{1,6}\s*[=＝\-－]{4,}"
    r"|[^\s]{0,12}详见\s*[\w.-]+\.(?:tsv|csv|json|txt)\s*(?:[（(][^）)]{0,8}[）)])?"
)
#: Session 24: a crawler's header over each page it saved, fenced by rules, with the source's tag
#: or the text's length (「=== [gov_cn] 国务院关于印发《…》的通知 (15638字) ===」); its note where a
#: page's text is gone (「（正文缺失：原文字稿网页已失效，仅存标题。）」); and an index page's link bar
#: back to its lists (「共 19 条新闻 · 央视网《新闻联播》…播出 · ← 2003 年目录 · 首页」).
_CRAWL_HEADER = LazyPattern(
    r"[=＝]{3,}\s*(?:\[[\w.-]{1,24}\]\s*[^=＝]{1,160}|[^=＝]{1,160}[（(]\d+\s*字[）)])\s*[=＝]{3,}"
    r"|[（(](?:正文|全文|原文)(?:缺失|暂缺|暫缺|已失效|已删除|已刪除)[^（）()]{0,40}[）)]"
    r"|.{0,100}(?:←|目录|目錄).{0,30}[·|｜]\s*(?:首页|首頁)"
)


# A government site's information table (gov.cn: 索引号 主题分类 发文机关 成文日期 标题 发文字号
# 发布日期): keys may be spaced out (标　　题：). ``gui.core.header`` reads the values.
META_KEYS = (
    "索引号 主题分类 主题词 发文机关 發文機關 发文字号 發文字號 成文日期 发布日期 發布日期 "
    "公文种类 公文種類 文号 文號 标题 標題 "
    # Provincial and city sites' tables (名称： 分类： 发布机构： 有效性：…): weak keys.
    "名称 名稱 分类 分類 发布机构 發布機構 有效性 生效日期 废止日期 體裁分類 体裁分类 组配分类 "
    "服务对象 栏目 欄目 本地目录"
).split()
_META_LINE = LazyPattern("(?:" + "|".join(r"\s*".join(k) for k in META_KEYS) + r")\s*[:：]")
_META_STRONG = 2  # keys on one line, or a line opening with one of the first eight keys

#: Lines this long are report text whatever they open with.
MAX_FURNITURE_CHARS = 120
#: How a style sheet's rule opens: a class, an id or a tag name.
_SELECTOR_FIRST = frozenset(".#_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def classify_line(line: str, around_body: bool = True) -> str | None:
    """The furniture kind of one stripped line, or None for report text. ``around_body``:
    the line is before the body's first paragraph or after its last, where news front and
    back matter and bylines sit."""
    if not line:
        return None
    if around_body and len(line) <= 1000 and len(YAML_KEY.findall(line)) >= 2:
        return "meta"  # front matter run together, URLs and all
    if line.startswith("<!--") or (line.startswith(("&#123;", "{")) and CSS.match(line)):
        return "chrome"  # a scraper's markers and the style sheet it dragged along
    if line[0] in _SELECTOR_FIRST and CSS_RULE.match(line):
        return "chrome"  # (…its rules, selector first)
    if line.startswith("{") and len(line) <= 2000 and _TEMPLATE_TAGS.fullmatch(line):
        return "chrome"
    if line.startswith("<%") and len(line) <= 2000 and _SERVER_TAGS.fullmatch(line):
        return "chrome"  # (session 22: a Java or ASP page's directives the server left)
    if line[0] in TABLE_FIRST and is_table_run(line):
        return "meta"  # a portal's information table run into one line, keys without colons
    if image_markup(line):
        return "chrome"  # (an image's markup kept as text: its address may be long)
    if len(line) > MAX_FURNITURE_CHARS:
        return None
    if is_control_line(line) or _BREADCRUMB.match(line) or _COUNTER.search(line):
        return "chrome"
    if is_app_prompt(line):
        return "news"
    # (Round 19: 眾新聞 sets its appeal above the title as well as under the story; a sentence,
    # no headline.)
    if around_body and line[-1] in "。！!" and _site_appeal(line):
        return "news"
    if len(line) <= 200 and (
        _COPYRIGHT_LINE.fullmatch(line) or ("ights" in line and _RIGHTS_RESERVED.fullmatch(line))
    ):
        return "chrome"
    if len(line) <= 200 and _LINK_LINE.fullmatch(line):
        label = re.split(r"\s*[:：]", line, maxsplit=1)[0]
        if around_body or _PAGE_LINK_LABEL.search(label):
            return "chrome"
    if line[0].isascii() and ":" in line:
        if around_body and (YAML_KEY.match(line) or (line[0].isupper() and FETCH_KEY.match(line))):
            return "meta"
        # (round t28: a fetch script's keys in capitals wherever they stand: 「TITLE: …？」, 「OG:」)
        if FETCH_CAPS.match(line):
            return "meta"
    if _DISCLAIMER.search(line):
        return "chrome"
    meta = _META_LINE.match(line)
    if meta is not None and (
        around_body or len(_META_LINE.findall(line)) >= _META_STRONG or _strong_meta(meta[0])
    ):
        return "meta"
    if CORRECTION.search(line) and len(line) <= 40:
        return "news"
    if len(line) <= 60 and _CRAWL_LINE.fullmatch(line):
        return "chrome"
    if line[0] in "=＝（(" or line[-2:] in ("首页", "首頁"):
        if _CRAWL_HEADER.fullmatch(line):
            return "chrome"
    if _RULE_LINE.fullmatch(line):
        return "chrome"  # 「＊＊＊＊＊＊＊＊」 under a press release's title, any length
    if len(line) <= 12 and END_MARK.fullmatch(line):
        return "news"
    if PRINT_EDITION.fullmatch(line) or ("》" in line and _bylined_edition(line)):
        return "news"
    if around_body and (
        _SITE_NAME.fullmatch(line) or line in _COLUMN_LABELS or _COLUMN_NEWS.fullmatch(line)
    ):
        return "chrome"
    if len(line) <= 40 and RELEASE_TIME.fullmatch(line.strip()):
        return "news"
    if len(line) <= 50 and "更新" in line and UPDATE_STAMP.fullmatch(line):
        return "news"
    key = NEWS_KEY.match(line)
    if key is not None and (around_body or key["key"] in NEWS_STRONG):
        return "news"
    bar = BAR_CREDIT.fullmatch(line) if len(line) <= 40 and BARS.search(line) else None
    if bar is not None and (around_body or bar["key"] in NEWS_STRONG):
        if bar["key"] in NEWS_STRONG or not ("/" in line or "／" in line):
            return "news"
        # (round t27: a role and a name after a slash, 「文／王大明」, is the byline the captions
        # reader reads, where it reads one; a credit of the page's else)
        return caption_or_byline(line, around_body) or "news"
    if len(line) <= 80 and line[0] in "#＃" and HASHTAGS.fullmatch(line):
        return "chrome"
    if KEYED_BYLINE.fullmatch(line) or (len(line) <= 30 and STAFF_CREDIT.fullmatch(line)):
        return "news"
    if len(line) <= 40 and HOTLINE.fullmatch(line):
        return "news"
    if around_body and AUTHOR_NOTE.fullmatch(line):
        return "news"
    if (
        len(line) <= 80
        and ("：" in line or ":" in line)
        and (TAGS.fullmatch(line) or (around_body and KEYWORDS.fullmatch(line)))
    ):
        return "chrome"
    if around_body and "文" in line[:4] and (REPOST.fullmatch(line) or REPRINT.fullmatch(line)):
        return "news"
    if around_body and len(line) <= 40 and SOURCE_SPACED.fullmatch(line):
        return "news"
    stamp = DATETIME_HEAD.match(line) if around_body else None
    if stamp is not None:
        rest = line[stamp.end() :]
        # A web time stamp (2026-01-25 10:30) alone, or one before 来源：…; a bare
        # 2018年12月12日 is a 公文's 成文日期 (``gui.core.header``), not furniture.
        web = ":" in stamp[0] or "年" not in stamp[0]
        bare = not rest.strip() or STAMP_TAIL.fullmatch(rest)  # (…or 「… 15:13 香港」)
        if (web and bare) or NEWS_KEY_ANYWHERE.search(" " + rest):
            return "news"
    if around_body and story_notice(line):
        return "news"
    if CRUMB_SEP.fullmatch(line):
        return "chrome"
    notice = (
        page_notice(line, around_body)  # round 19's families
        or feed_notice(line, around_body)  # round 21's
        or page_mark(line)
        or page_residue(line, around_body)  # session 22's
    )
    return notice if notice is not None else caption_or_byline(line, around_body)


def _mark_tail(texts: list[str], kinds: list[str | None]) -> None:
    """The page's tail: appeals between the story's end and the rest of the tail's furniture."""
    for i in range(len(texts) - 1, -1, -1):
        if kinds[i] is not None:
            continue
        line = texts[i]
        appeal = _site_appeal(line)
        related = len(line) <= _RELATED_CHARS and RELATED.match(line)
        card = len(line) <= _APPEAL_CHARS * 2 and COLUMN_CARD.match(line)
        stamp = is_clock_stamp(line)  # (session 25: the page's time stamp set under the text)
        # (round t28: a government page's link to the reading of the document it publishes,
        # under it: 「《…若干措施(修订）》 政策解读」)
        reading = len(line) <= _RELATED_CHARS and READING_LINK.fullmatch(line) is not None
        if not (appeal or related or card or stamp or reading):
            break
        kinds[i] = "chrome" if stamp or reading else "news"


def _mark_stamps_under_headline(
    lines: list[tuple[int, int, str]], kinds: list[str | None], first_body: int
) -> None:
    """(Round t26) A machine's time stamp — a date with its time of day — on the line under the
    page's first line, a one-line headline (「2023-03-31T20:36:00+08:00」 under 經濟日報's
    headline, batch 45): news. Only there: a stamp over the title is the page's chrome that
    ``gui.core.title_chrome`` skips (and it tells the labels under it are chrome too); a stamp
    under a headline set on two lines tells the header where the headline ends. A 公文's or a
    letter's date has no time; in the tail ``_mark_tail`` takes it."""
    above = [i for i in range(min(first_body, len(lines))) if lines[i][2] and kinds[i] is None]
    if len(above) < 2:
        return
    headline, stamp = lines[above[0]][2], lines[above[1]][2]
    if (
        len(stamp) <= 40
        and is_clock_stamp(stamp)
        and not is_label(headline)
        and not is_page_chrome(headline)
    ):
        kinds[above[1]] = "news"


def _bylined_edition(line: str) -> bool:
    """A paper's reporters before its print edition, one credit (「本报记者  刘鑫焱  付明丽《人民日报》
    （2025年03月01日第 01 版）」): the page's wherever it stands (session 24)."""
    edition = PRINT_EDITION.search(line)
    if edition is None or edition.end() != len(line) or edition.start() == 0:
        return False
    return caption_or_byline(line[: edition.start()].strip(), around_body=True) == "byline"


def _site_appeal(line: str) -> bool:
    """The site's appeal to its reader (``APPEAL`` in the site's voice), a sentence or two."""
    return len(line) <= _APPEAL_CHARS and bool(APPEAL.search(line) and APPEAL_VOICE.search(line))


def _paragraph_or_end_below(
    texts: list[str], kinds: list[str | None], paragraphs_at: set[int], i: int
) -> bool:
    """Whether the nearest line below line ``i`` that is not blank is one of the story's
    paragraphs (``paragraphs_at``), furniture, or none."""
    j = next((k for k in range(i + 1, len(texts)) if texts[k]), None)
    return j is None or kinds[j] is not None or j in paragraphs_at


def _strong_meta(key: str) -> bool:
    key = re.sub(r"[\s:：]", "", key)
    return key in META_KEYS[:8]


def find_furniture(text: str, body_end: int | None = None) -> tuple[Furniture, ...]:
    """Furniture lines of ``text[:body_end]`` (the site footer is found apart), merged into
    runs of one kind, in text order."""
    body_end = len(text) if body_end is None else body_end
    joined = join_wrapped_lines(text, paragraphs(text, body_end))
    lines = [(start, end, stripped) for _, start, end, stripped in joined]
    # (a printed record's running head and page number: never the body, never its heading)
    at_heads = page_heads([(index, stripped) for index, _, _, stripped in joined])
    heads = {start for index, start, _, _ in joined if index in at_heads}
    # (…and a copy of a running head elsewhere, away from its page number: the same head)
    head_texts = {s for index, _, _, s in joined if index in at_heads and len(s) >= 6}
    heads |= {start for _, start, _, s in joined if s in head_texts}
    caption = run_in_caption(lines)
    # (A scraper's disclaimer over the page, 「本文正文由脚本自…提取，仅供检索查阅；…」, or a fetch
    # script's header line, 「TITLE: 懶人包／…？」 (o43), is never the body's first paragraph.)
    body = [
        i
        for i, (_, _, s) in enumerate(lines)
        if is_body_paragraph(s)
        and classify_line(s, around_body=False) is None
        and not (s[:1].isupper() and FETCH_KEY.match(s))
    ]
    first_body = body[0] if body else len(lines)
    last_body = body[-1] if body else -1
    kinds = [
        "chrome" if start in heads else classify_line(s, i < first_body or i > last_body)
        for i, (start, _, s) in enumerate(lines)
    ]
    mark_link_lists(lines, kinds, last_body)
    _mark_stamps_under_headline(lines, kinds, first_body)
    if caption is not None:
        kinds[caption] = "caption"
    # After the story's last long paragraph, weak keys and bylines count only in the tail of
    # furniture that ends the page: a release may end with short lines of its own (an event's
    # 「日期：4月18日晚上」 / 「地點：…」 under each item).
    tail = len(lines)
    while tail > 0 and (kinds[tail - 1] is not None or not lines[tail - 1][2]):
        tail -= 1
    for i in range(max(last_body + 1, first_body), tail):
        if kinds[i] is not None:
            kinds[i] = classify_line(lines[i][2], around_body=False)
    # (…but a box of links under its label stays the page's: 「相關文章：」 over 「讀桑德爾札記（1）：…」
    # above a card the tail's reading has not reached yet, round 29)
    mark_link_lists(lines, kinds, last_body)
    mark_labelled_urls(lines, kinds)
    mark_contents_containers(lines, kinds)
    mark_teaser_runs(lines, kinds, last_body)
    # A photo's caption under the story's last paragraph reads as one between its paragraphs
    # (「…師生合影」, 「活动现场」): no headline stands under a story.
    for i in range(max(last_body + 1, first_body + 1), len(lines)):
        if kinds[i] is None and lines[i][2] and len(lines[i][2]) <= MAX_FURNITURE_CHARS:
            line = lines[i][2]
            if caption_or_byline(line, around_body=False) == "caption" or chart_caption(line):
                kinds[i] = "caption"
    # A scene or a sitter's office and name alone between two of the story's paragraphs (or
    # under its last): a photo's caption.
    texts = [t for _, _, t in lines]
    paragraphs_at = set(body)
    above = first_body  # (the nearest line above that is not blank)
    for i in range(first_body + 1, len(lines)):
        line = texts[i]
        if kinds[i] is None and 0 < len(line) <= 30 and above in paragraphs_at:
            if is_standalone_caption(line) and _paragraph_or_end_below(
                texts, kinds, paragraphs_at, i
            ):
                kinds[i] = "caption"
        if kinds[i] is None and above in paragraphs_at and line.endswith("。"):
            # (…or the sitters and their act, narrated by the paragraph under it)
            j = next((k for k in range(i + 1, len(texts)) if texts[k]), None)
            if j in paragraphs_at and narrated_caption(line, texts[j]):
                kinds[i] = "caption"
        if line:
            above = i
    _mark_tail(texts, kinds)
    profile = writer_profile(texts, kinds)
    for i in profile or ():
        kinds[i] = "news"
    if profile is not None:
        _mark_tail(texts, kinds)  # (the blog's cards and appeals over the writer's profile)
    head_rows(texts[:first_body], kinds)
    mark_title_copies(texts, kinds, first_body)
    stamp_captions(texts, kinds, first_body, last_body)
    mark_closing_outlet(texts, kinds, first_body)
    mark_menus(lines, kinds)
    for i, (start, _, _) in enumerate(lines):
        if start in heads:
            kinds[i] = "chrome"  # (whatever the tail's second reading made of it)
    # A short line between two lines of front matter (a category of a YAML list) is too.
    for i in range(1, len(lines) - 1):
        if kinds[i] is None and kinds[i - 1] == "meta" and len(lines[i][2]) <= 12:
            if any(k == "meta" for k in kinds[i + 1 : i + 3]):
                kinds[i] = "meta"
    found: list[Furniture] = []
    for (start, end, _), kind in zip(lines, kinds, strict=True):
        if kind is None:
            continue
        if found and found[-1].kind == kind and _only_space(text, found[-1].end, start):
            # (blank lines and a run-together paragraph's ideographic spaces between)
            found[-1] = Furniture(found[-1].start, end, kind)
        else:
            found.append(Furniture(start, end, kind))
    found += wire_furniture(lines, kinds)  # inside paragraphs: a wire's caption and credits
    for (start, _, line), kind in zip(lines, kinds, strict=True):
        whole = text.find("\n", start)  # (the text's line that the piece opens, cut or not)
        whole = (len(text) if whole < 0 else whole) - start
        bar = run_in_bar_end(line, whole) if kind is None else None
        if bar is not None:  # (a page's bar a crawl ran the body on after)
            found.append(Furniture(start, start + bar, "chrome"))
    return tuple(sorted(found, key=lambda f: f.start))


def _only_space(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()
