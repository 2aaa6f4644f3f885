"""Session 22's furniture families (task f22, ``docs/outline.md``): what a page's generator, a
legal database and a site's frame leave in the text as lines of their own, the same on every
page they make —

- a legal database's fields in brackets over the text it files (北大法宝's and the collections
  that copy its form: 「【发布部门】中共中央纪律检查委员会」, 「【发文字号】中共中央纪委[2005]8号」,
  「【效力级别】团体规定」): the site's information table, ``meta``;
- a Markdown generator's table-of-contents marker (「[TOC]」, 「[[toc]]」, 「${toc}」) and an
  image's markup the reader kept as text (「![1](https://…/1.jpg)」): chrome;
- a site's back-to-top link (「↑Top」, 「回到顶部↑」) and its visitor counter with a colon
  (「访客: 12305041」): chrome;
- a link to a topic's other stories (「更多【教協解散】文章結集」, 「更多相关新闻」) and a feed's stamp
  without its year (「08-02 06:31 Wind」): news;
- an extractor's stamp of when it took the page, its source named after it or not
  (「萃取時間: 2026-03-27T08:00:00+08:00 資料來源: 衛生福利部疾病管制署」, session 22, task o34):
  chrome — the tool's line, not the text's;
- a page's bar — breadcrumb, stamp and share buttons — that a crawl which dropped the page's
  line breaks ran the body on after (「当前位置： 首页政务公开… 时间：2020-01-06 15:11 微信 微博
  QQ空间 ——2020年1月5日在…」, session 24, task o39): chrome, up to its last button.

Every pattern names a form of a kind of page, never one page's line; ``gui.core.furniture``
asks ``page_residue`` once per short line.
"""

from __future__ import annotations

from gui.core.datelines import OUTLET_END
from gui.core.patterns import HAN, LazyPattern

# A legal database's field keys (北大法宝: 【发布部门】 【发文字号】 【发布日期】 【实施日期】
# 【时效性】 【效力级别】 【法规类别】; others: 【效力状况】, 【批准日期】, 【失效日期】 …).
_LAW_FIELD = LazyPattern(
    r"【(?:发布部门|發布部門|颁布部门|頒布部門|制定机关|制定機關|发文字号|發文字號|发布日期|發布日期"
    r"|颁布日期|頒布日期|实施日期|實施日期|施行日期|生效日期|失效日期|批准日期|批准部门|批准部門"
    r"|时效性|時效性|效力状况|效力狀況|效力级别|效力級別|法规类别|法規類別|法规类型|法規類型"
    r"|所属类别|所屬類別|类别|類別|标题|標題|文号|文號)】\s*\S[^【】]{0,80}"
)
# A Markdown generator's contents marker, alone on its line.
_TOC_MARK = LazyPattern(r"\[TOC\]|\[toc\]|\[\[_?TOC_?\]\]|\[\[toc\]\]|\$\{toc\}|\{:toc\}|@\[toc\]")
# An image's Markdown markup kept as text, alone on its line (a caption is the alt text's:
# ``formats.markdown`` reads an image the format marks).
_IMAGE_MARKUP = LazyPattern(r"!\[[^\[\]\n]{0,80}\]\(\s*\S+?\s*(?:\"[^\"]*\")?\)")
# A site's link back to the page's top.
_BACK_TO_TOP = LazyPattern(
    r"(?:[↑⬆^]\s*)?(?:Top|TOP|top|返回顶部|返回頂部|回到顶部|回到頂部|回顶部|回頂部)(?:\s*[↑⬆^])?"
)
# A visitor counter whose key is the visitor (「访客: 12305041」, 「訪客人次：1,234」).
_VISITOR_COUNT = LazyPattern(r"(?:访客|訪客)(?:人次|数|數|量)?\s*[:：]\s*[\d,]{1,12}")
# A link to a topic's or the site's other stories: 更多, the topic (in brackets or not), the
# kind of piece, a collection's word (「更多【教協解散】文章結集」, 「更多相关新闻」); a sponsor's or a
# topic's name may open it (「信義房屋更多相關新聞」, ETtoday's box under a story, round t26).
_MORE_STORIES = LazyPattern(
    # (round t27: or the site's Latin name, 「更多 TVBS 報導」, 「看更多 ETtoday 新聞」)
    rf"(?:{HAN}{{2,8}}?)?(?:更多|查看更多|看更多)\s*(?:【[^【】]{{1,12}}】|{HAN}{{0,6}}?|[A-Za-z]{{2,12}})\s*"
    r"(?:文章|新聞|新闻|報道|报道|報導|資訊|资讯|消息|內容|内容)(?:結集|结集|合集|專題|专题)?\s*(?:[>»›]+)?"
)
# (round t26) A site's card for its own video show, spliced into the story where the player stood:
# the show's name in 《》, the episode's number, then the episode's headline
# (「《地產詹哥老實說》EP251／別再亂看實價登錄！　5大錯誤用法當心「買貴賣便宜」」, ETtoday, batch 52).
_EPISODE_CARD = LazyPattern(
    r"《[^《》]{2,20}》\s*(?:EP|Ep|ep|E|第)\s*\d{1,4}\s*(?:集|期|話|话)?\s*[／/|｜:：]\s*\S.{2,60}"
)
# A feed's stamp without its year, over the story, alone or with its outlet (「08-02 06:31 Wind」,
# 「12-03 10:21 澎湃新闻」): the month and day, the clock time, a Latin name or an outlet's.
_SHORT_STAMP = LazyPattern(
    r"\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?"
    rf"(?:\s+(?:[A-Za-z][A-Za-z .]{{1,15}}|{HAN}{{1,10}}{OUTLET_END}))?"
)
# An extractor's stamp: when the page was taken (a date, a clock time in ISO form or not), then
# perhaps the source it was taken from. Only a tool's verbs: 采集时间 and 提取时间 are a
# sample's and a pick-up's in notices.
_TAKEN_AT = LazyPattern(
    r"(?:萃取|擷取|撷取|抓取|爬取)(?:時間|时间|日期)\s*[:：]\s*"
    r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"(?:\s+(?:資料來源|资料来源|數據來源|数据来源|來源|来源)\s*[:：]\s*\S{1,30})?"
)
# (round t27) The warnings Taiwan's law has a page print under a story that shows drink or
# tobacco (「飲酒過量 有害健康」, 「吸菸有害健康」, 「未滿18歲禁止飲酒」, 「禁止酒駕」), one or more, in
# brackets after 警語 or not.
_WARNING = (
    r"(?:(?:飲酒過量|饮酒过量|喝酒過量|吸菸|吸煙|吸烟)[，,\s]*(?:有害|危害)(?:身體|身体)?健康"
    r"|(?:未滿|未满)\s*18\s*(?:歲|岁)\s*(?:禁止|不得|請勿|请勿)(?:飲酒|饮酒|吸菸|吸烟)"
    r"|(?:禁止|拒絕|拒绝)酒(?:駕|驾)|(?:喝酒|飲酒|饮酒|酒後|酒后)不開車|(?:喝酒|饮酒|酒后)不开车)"
)
_WARNINGS = LazyPattern(
    rf"(?:[【\[]?(?:警語|警语)[】\]]?\s*[:：]?\s*)?{_WARNING}(?:[，,、。！\s]*{_WARNING}){{0,3}}[。！]?"
)
# (round t27) A pay wall's and a reader box's prompts under or inside a story (「已經是會員？登入」,
# 「喜歡這篇文章嗎？」): the site asking its reader.
_READER_PROMPT = LazyPattern(
    r"(?:已經|已经)?是(?:會員|会员|訂戶|订户)(?:了)?[？?]\s*(?:登入|登录|登錄|請登入|请登录)"
    r"|(?:喜歡|喜欢|覺得|觉得)(?:這篇|这篇|本篇|本)(?:文章|報導|报道)(?:嗎|吗)[？?][^。]{0,20}"
)
# (round t27) A site's reminder to its reader under a story, the site named in 《》 (「《TVBS》提醒您：
# 因應新冠肺炎疫情…」, 「《ETtoday新聞雲》提醒您：珍惜生命…」): the site speaks, whatever follows.
_SITE_REMINDER = LazyPattern(
    r"《[^《》]{2,16}》\s*(?:提醒您|提醒你|關心您|关心您|關心你|关心你)\s*[:：].{0,200}"
)
# (round t28) The notice Taiwan's suicide-prevention law (自殺防治法) has a story on a suicide
# carry under it: the helplines, one or more a line (「自殺諮詢專線：0800-788995（24小時）」,
# 「生命線：1995」, 「張老師專線：1980」, 「安心專線：1925（依舊愛我）」), and the site's word of care
# over them, the site named (「★中時電子報關心您：再給自己一次機會」). A story's sentence naming a
# line (「民眾可撥打生命線1995求助。」) is no list of numbers.
_HELPLINE = (
    r"(?:(?:衛福部|衛生福利部|卫福部)?(?:(?:自殺防治|自杀防治)?(?:諮詢|咨询)?(?:安心專線|安心专线)"
    r"|(?:自殺諮詢|自杀咨询|自殺防治|自杀防治)(?:諮詢|咨询)?(?:專線|专线))"
    r"|生命線(?:協談專線)?|生命线(?:协谈专线)?|張老師(?:專線)?"
    r"|张老师(?:专线)?)\s*[:：]?\s*\d[\d-]{2,11}(?:\s*[（(][^（）()]{1,10}[）)])?"
)
_HELPLINES = LazyPattern(rf"[★☆※]?\s*{_HELPLINE}(?:[，,；;、\s]+{_HELPLINE}){{0,3}}[。；;]?")
_SITE_CARE = LazyPattern(
    r"[★☆※]?\s*[^\s《》:：。，,]{1,12}?(?:電子報|电子报|新聞網|新闻网|新聞|新闻|網|网|報|报|雲|云|台)"
    r"(?:關心您|关心您|關心你|关心你)\s*[:：]\s*[^。！？]{2,40}[。！]?"
)
# (round t28) A news site's promotion of its own coverage set between a story's paragraphs, the
# site named in 《》 and the reader asked to stay tuned (「…，《TVBS新聞網》9/1-9/3連續3天，每天
# 16:00~22:00，都有颱風特別報導…，敬請鎖定。」); a show's channel named so is a story's.
_OWN_COVERAGE = LazyPattern(
    r"[^《》]{0,80}《[^《》]{1,12}(?:新聞網|新闻网|新聞台|新闻台|新聞|新闻)》[^《》]{0,160}"
    r"(?:敬請鎖定|敬请锁定|鎖定收看|锁定收看|請鎖定|请锁定)[^。！？]{0,12}[。！]?"
)
#: An image's markup is this long at most (its address may be long).
_IMAGE_CHARS = 1000
#: A character one of these forms holds (most lines hold none: the patterns are not tried).
_GATE = LazyPattern(
    r"[【\[$\{@!↑⬆^Tt回返访訪更查看\d萃擷撷抓爬《飲饮喝吸未禁拒酒警已是喜覺觉★☆※自生張张衛卫安專专諮咨]"
)


def page_residue(line: str, around_body: bool = True) -> str | None:
    """The furniture kind of a stripped short line of these families, or None. ``around_body``:
    the line is before the body's first paragraph or after its last (where a stamp sits; a
    dated line between paragraphs may be an itinerary's)."""
    if line[-1:] in "。！定看" and ("鎖定" in line or "锁定" in line) and len(line) <= 250:
        if _OWN_COVERAGE.fullmatch(line):
            return "news"
    if _GATE.match(line) is None and "更多" not in line[:12]:
        return None
    if image_markup(line):
        return "chrome"
    if line[0] == "《" and _SITE_REMINDER.fullmatch(line):
        return "news"
    if len(line) > 100:
        return None
    if line[0] == "【" and _LAW_FIELD.fullmatch(line):
        return "meta"
    if len(line) <= 12 and (_TOC_MARK.fullmatch(line) or _BACK_TO_TOP.fullmatch(line)):
        return "chrome"
    if len(line) <= 30 and _VISITOR_COUNT.fullmatch(line):
        return "chrome"
    if line[0] == "《" and _EPISODE_CARD.fullmatch(line):
        return "news"
    if len(line) <= 30 and _MORE_STORIES.fullmatch(line):
        return "news"
    if around_body and len(line) <= 30 and line[0].isdigit() and _SHORT_STAMP.fullmatch(line):
        return "news"
    if line[0] in "萃擷撷抓爬" and _TAKEN_AT.fullmatch(line):
        return "chrome"
    if len(line) <= 60 and _WARNINGS.fullmatch(line):
        return "news"
    if len(line) <= 40 and _READER_PROMPT.fullmatch(line):
        return "chrome"
    if len(line) <= 80 and ("線" in line or "线" in line or "老師" in line or "老师" in line):
        if _HELPLINES.fullmatch(line):
            return "news"
    if len(line) <= 60 and ("關心" in line or "关心" in line) and _SITE_CARE.fullmatch(line):
        return "news"
    return None


#: A page's bar run into the body's line: a breadcrumb opens it, share buttons close it, and
#: the body follows a space after the last button, this far into the line at most.
_RUN_IN_BAR = LazyPattern(
    r"(?:当前位置|當前位置|您的位置|您现在的位置|您現在的位置)\s*[:：][^。！？\n]{1,200}?"
    r"(?:微信|微博|QQ空间|QQ空間|朋友圈)(?:\s+(?:微信|微博|QQ空间|QQ空間|朋友圈))*(?=\s+\S)"
)
#: A body runs on after it when its line is at least this long.
_RUN_IN_BODY = 300


def run_in_bar_end(line: str, whole: int | None = None) -> int | None:
    """Where a page's bar that opens a run-together line (``_RUN_IN_BAR``) ends, or None.
    ``whole``: the length of the text's line when ``line`` is its first piece (a run-together
    line the reader cut into paragraphs at its numbered heads: 「…QQ空间 关于…的紧急通知 各乡镇
    林业站： 今年我县…」 up to 「一、防治办法」)."""
    if max(len(line), whole or 0) < _RUN_IN_BODY or line[0] not in "当當您":
        return None
    m = _RUN_IN_BAR.compiled.match(line)
    return None if m is None else m.end()


#: The page's own title inside such a bar, between the breadcrumb — its steps run together
#: with the separators dropped, 「首页政务公开公示公告」 — and the page's stamp: 「当前位置： 首页政务
#: 公开公示公告 全国政协科协界委员来岚考察 时间：2011-08-16 16:39 微信 …」.
_BAR_TITLE = LazyPattern(
    r"\S+\s*[:：]\s*(?:首页|首頁)\S*\s+(\S(?:[^\n]{0,98}\S)?)\s+"
    r"(?:时间|時間|发布时间|發布時間|日期)\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}"
)


def run_in_bar_title(line: str) -> tuple[int, int] | None:
    """Where the page title inside a run-in bar (``run_in_bar_end``) starts and ends on its
    line, or None: a crawl that ran the page into one line kept the title only there when the
    text under the bar opens with the body (a Pingtan news item, a work report with its 题注
    under the bar; batches 55 and 57). Round o43."""
    bar = run_in_bar_end(line)
    if bar is None:
        return None
    m = _BAR_TITLE.compiled.match(line, 0, bar)
    return None if m is None else m.span(1)


def image_markup(line: str) -> bool:
    """Whether the stripped ``line`` is an image's Markdown markup and nothing else (its
    address may run past a furniture line's length)."""
    return line[:2] == "![" and len(line) <= _IMAGE_CHARS and bool(_IMAGE_MARKUP.fullmatch(line))


#: A page's time stamp by the day's name, its column after it (「今日 15:23 中國財經」, a Hong Kong
#: paper's page, batch 56; round o43).
_RELATIVE_STAMP = LazyPattern(
    r"(?:今日|今天|昨日|昨天)\s*\d{1,2}:\d{2}(?:\s+[\u4e00-\u9fff]{2,6})?"
)


def story_notice(line: str) -> bool:
    """Whether a stripped line around the story is a page's stamp by the day's name
    (``_RELATIVE_STAMP``): news furniture (round o43; a Taiwan paper's suicide-prevention
    notice is ``_HELPLINES`` and ``_SITE_CARE``'s, round t28)."""
    return line[:1] in "今昨" and _RELATIVE_STAMP.fullmatch(line) is not None
