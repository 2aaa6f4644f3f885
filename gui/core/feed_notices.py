"""Round 21's furniture families (docs/history/outline-log.md, round 21): what a WeChat article,
a mainland news app or portal, and Hong Kong, Macau and Taiwan government and news sites print
around a story that rounds 8–19 did not know, and the credits and notes a page sets between a
story's paragraphs as well as around them.

- a WeChat article's head line (「原创 李明 中国新闻周刊 2025-12-03 10:21 北京」), its follow and
  star prompts (「点击上方蓝字关注我们」, 「星标我们，第一时间获取推送」), its collection tag
  (「收录于合集 #经济观察 12个」), its edit stamp (「文章已于2025-12-03修改」) and end mark (「—END—」);
- an app's prompt without the word APP (「打开腾讯新闻，查看更多精彩」), an appeal to follow an
  account after a lead-in (「更多精彩内容，请关注我们的微信公众号」), a platform's service statement,
  a note that the piece was published with leave (「本文由“中国经济网”授权发布」), a list's loading
  text and comment count (「加载更多」, 「0条评论」);
- a page stamp with its outlet (「央视新闻客户端 2025-12-03 10:21」, 「2015-07-21 17:36:12 华东五金网」)
  or alone with its clock time (「2025-12-03 10:21」), a Hong Kong release's date and time on one
  line, a page's last-revised date (「最後修訂日期：2025年12月3日」), a site's foot bar of notices
  (「重要告示 | 私隱政策 | 版權告示」), its copyright after its name (「…新聞局 版權所有」), a paper's
  mark alone (「【明報專訊】」), a Taiwan site's counters (「點閱次數：1234」), an anchor (「:::」);
- credits that are furniture wherever a page sets them: two credits on one line (「文：陳大文
  圖：李小明」), a reporter in brackets (「（記者 王大明）」), a picture's source (「圖：中央社」), a
  repost's note (「本文转载自微信公众号“中国新闻周刊”」), a page's meta bar holding a size menu
  (「时间：… 来源：… 字号：[大 中 小]」).

Every pattern names a form of a kind of page, never one page's line; ``gui.core.furniture``
asks ``feed_notice`` once per short line. A weak form (a WeChat ID) counts around the body only.
"""

from __future__ import annotations

import re

from gui.core.news_matter import RELEASE_CLOCK, RELEASE_DAY
from gui.core.patterns import HAN, LazyPattern, trie_pattern

# A web date and a clock time (2025-12-03 10:21, 2025/12/3 10:21:35, 2025年12月3日 10:21).
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_WEB_DATE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_DATE = rf"(?:{_WEB_DATE}|\d{{2,3}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})"  # (and a Taiwan 114-12-03)
_WEB_STAMP = rf"{_WEB_DATE}\s*{_CLOCK}"
# An outlet's name: a paper, a site, an app, a channel, an account.
_OUTLET = (
    r"[^\s。！？，,；;:：]{1,14}(?:客户端|客戶端|网|網|报|報|新闻|新聞|社|电视台|電視台|频道|頻道"
    r"|在线|在線|号|號|APP|App)"
)
_STAMP_WITH_OUTLET = LazyPattern(
    rf"(?P<o1>{_OUTLET})\s+(?P<s1>{_WEB_STAMP})|(?P<s2>{_WEB_STAMP})\s+(?P<o2>{_OUTLET})|{_WEB_STAMP}"
)
# A WeChat article's head line: 原创, the author, the account, the date (and time, and place).
_WECHAT_HEAD = LazyPattern(
    rf"原创\s+[^。！？]{{0,40}}?\d{{4}}-\d{{1,2}}-\d{{1,2}}(?:\s+{_CLOCK})?(?:\s+{HAN}{{2,4}})?"
)
# A follow prompt pointing at the account's name above or below (「点击上方蓝字关注我们」).
_FOLLOW = LazyPattern(
    r"[↑↓☝👆👇▲▼\s]*(?:点击|點擊|点|戳|轻触|輕觸)(?:上方|下方|上面|下面|顶部|頂部|底部|文末|右上角|左下角)"
    r"[^。！？]{0,24}?(?:关注|關注|订阅|訂閱|星标|星標|阅读原文|閱讀原文)[^。！？]{0,16}"
)
# The account's plea to be starred (「星标我们，第一时间获取推送」, 「记得把我们设为星标哦」).
_STAR = LazyPattern(
    r"[^。！？]{0,12}(?:星标|星標)[^。！？]{0,24}(?:推送|文章|我们|我們|公众号|公眾號)[^。！？]{0,12}"
    r"|[^。！？]{0,12}(?:设为|設為|标为|標為)(?:星标|星標)[^。！？]{0,16}"
)
_COLLECTION = LazyPattern(r"收录于(?:合集|话题|专辑)\s*[#＃]?[^。！？]{0,30}?(?:\s*\d+\s*个)?")
_EDITED = LazyPattern(rf"文章已于\s*{_WEB_DATE}\s*修改")
_END = LazyPattern(r"[-—–－_=~～\s]*(?:THE\s+)?END[-—–－_=~～\s]*")
# An app's prompt: open it and see more (「打开腾讯新闻，查看更多精彩」, 「打开网易新闻 查看精彩图片」).
_OPEN_APP = LazyPattern(
    r"(?:点击|點擊)?(?:打开|打開)[^。！？，,；\s]{2,10}[，,\s]*(?:查看|阅读|閱讀|观看|觀看|看)"
    r"(?:更多|精彩|高清|全文|完整|原图|原圖)[^。！？]{0,10}"
)
# …and an appeal after a lead-in (「更多精彩内容，请关注我们的微信公众号」).
_LEAD_APPEAL = LazyPattern(
    r"(?:更多|欲知|想看|想了解)[^。！？]{0,12}[，,]\s*(?:请|請|欢迎|歡迎|敬请|敬請)?"
    r"(?:关注|關注|订阅|訂閱|下载|下載|搜索|搜尋)[^。！？]{0,20}"
    r"(?:公众号|公眾號|微信|微博|客户端|客戶端|APP|App|頻道|频道|视频号|視頻號)[。！!]?"
)
# A platform's statement of the service it gives (「全国党媒信息公共平台提供信息发布传播服务」).
_PLATFORM_SERVICE = LazyPattern(
    r"[^。]{0,40}(?:平台|平臺)(?:仅|僅)?提供信息(?:发布|發布)?(?:传播|傳播)?(?:服务|服務)[。]?"
)
# Published with leave (「本文由“中国经济网”授权发布」).
_AUTHORISED = LazyPattern(
    r"[（(]?\s*(?:本文|此文)(?:由|经|經)[^。！？]{1,24}(?:授权|授權)(?:发布|發布|刊登|发表|發表)\s*[）)]?[。]?"
)
_LOADING = LazyPattern(
    r"(?:正在加载|正在載入|加载中|載入中|加载更多|載入更多|点击加载更多|點擊載入更多)[.。…]*"
)
_COMMENTS = LazyPattern(r"\d+\s*(?:条|條|則|则)\s*(?:评论|評論|留言)")
# A Hong Kong release's date and time on one line (「2025年12月3日（星期三）香港時間10時21分」).
_RELEASE_STAMP = LazyPattern(rf"{RELEASE_DAY}\s*{RELEASE_CLOCK}")
# A page's last-revised date (「最後修訂日期：2025年12月3日」, Taiwan's 「更新日期：114-12-03」).
_REVISED = LazyPattern(
    rf"(?:(?:最後|最后)(?:更新|修訂|修订|修改|審閱|审阅)|更新|修訂|修订)(?:日期|時間|时间)\s*[:：]\s*{_DATE}"
    rf"(?:\s*{_CLOCK})?"
)
# A site's foot bar of notices, two or more between bars (「重要告示 | 私隱政策 | 版權告示」).
_FOOT_LINKS = frozenset(
    "重要告示 私隱政策 私隐政策 隱私政策 隐私政策 隱私權政策 隐私权政策 私隱聲明 私隐声明 版權告示 版权告示 "
    "免責聲明 免责声明 使用條款 使用条款 版權聲明 版权声明 網站地圖 网站地图 聯絡我們 联络我们 聯繫我們 "
    "联系我们 關於我們 关于我们 無障礙 无障碍 無障礙瀏覽 网站声明 網站聲明 法律声明 法律聲明 意見反映 "
    "意见反馈 網站導覽 网站导览 常見問題 常见问题 English 简体 簡體 繁體 繁体".split()
)
_BAR = LazyPattern(r"\s*[|｜]\s*")
# The site's copyright after its name (「澳門特別行政區政府新聞局 版權所有」).
_NAMED_RIGHTS = LazyPattern(rf"{HAN}[^\s。！？，,；]{{1,30}}\s*版[权權]所有")
# A paper's mark alone on a line (「【明報專訊】」, 「【星島日報報道】」, 「【本報訊】」).
_PAPER_MARK = LazyPattern(
    r"[【\[](?:本報訊|本报讯|本報專訊|本报专讯|[^】\]\s]{1,8}(?:專訊|专讯)"
    r"|[^】\]\s]{1,8}(?:日報|日报|報|报|網|网|社|台)(?:報道|报道|訊|讯))[】\]]"
)
_COUNTERS = LazyPattern(
    r"(?:今日|累計|累计|總|总)?(?:點閱次數|点阅次数|點閱數|点阅数|瀏覽人次|浏览人次|點擊次數|点击次数"
    r"|閱覽次數|阅览次数|觀看次數|观看次数|點閱率|點擊率|点击率)\s*[:：]\s*[\d,]*"
)
# A Markdown container's fences (markdown-it-container, VuePress, Pandoc's fenced divs): the
# closing 「:::」 and the opening one with its kind and an optional label (「::: right」, 「:::
# warning 原文链接」, 「::: {.note}」, 「:::tip[提示]」); markup, not text.
_ANCHOR = LazyPattern(
    r":{3,}(?:[ \t]*(?:\{[^{}]{1,40}\}|[A-Za-z][\w-]{0,20}(?:\[[^\]]{0,30}\])?)"
    r"(?:[ \t]+[^\s:][^\n]{0,29})?)?[ \t]*"
)
# Two credits or more on one line (「文：陳大文 圖：李小明」, 「文字：李明 摄影：王强」): names, no
# sentence.
_CREDIT_ROLE = (
    r"(?:文字|撰文|撰稿|文|图片|圖片|图|圖|摄影|攝影|摄像|攝像|编辑|編輯|校对|校對|审核|審核|记者|記者"
    r"|美编|美編|视频|視頻|设计|設計|排版)"
)
_CREDIT_NAMES = rf"{HAN}{{2,4}}(?:[、，,]{HAN}{{2,4}}){{0,2}}"
_CREDITS = LazyPattern(
    rf"{_CREDIT_ROLE}\s*[:：︰]\s*{_CREDIT_NAMES}(?:\s+{_CREDIT_ROLE}\s*[:：︰]\s*{_CREDIT_NAMES})+"
)
# A reporter in brackets alone (「（記者 王大明）」, 「(本报记者 张三)」) — (round t28) or with the
# paper's name before (「（经济日报 记者 王金虎）」, a paper's closing byline), or after the key of
# those who helped write the piece (「（本文協力：記者周滿鏗、鄭靖而）」).
BRACKETED_REPORTER = LazyPattern(
    rf"[（(]\s*(?:(?:本文)?(?:協力|协力|採訪協力|采访协力)\s*[:：︰]\s*)?"
    rf"(?:(?P<outlet>{HAN}{{1,8}}?(?:日报|日報|晚报|晚報|报|報|社|网|網|台|臺|新闻|新聞))\s*)?"
    rf"(?:本報|本报)?(?:見習|见习|實習|实习)?(?:记者|記者)\s*(?P<names>{_CREDIT_NAMES})\s*[）)]"
)
# A picture's source alone (「圖：中央社」, 「图：新华社」): a name, no figure number.
_PICTURE_SOURCE = LazyPattern(r"(?:图|圖)\s*[:：︰]\s*[^\s。！？，,；:：\d]{2,10}")
# A repost's note between paragraphs too: the story says where it first ran, and nothing else.
_REPOST = LazyPattern(
    r"[※＊*]?\s*(?:本文|此文)[^。！？，,]{0,10}?(?:转载自|轉載自|转自|轉自|原载于|原載於|原刊于|原刊於"
    r"|首发于|首發於)[^。！？]{1,40}[。]?"
)
# A page's meta bar holding a font-size menu (「时间：2025-12-03 来源：… 字号：[大 中 小]」).
_SIZE_MENU = LazyPattern(
    r"(?:字号|字號|字体|字體|字級|字级)\s*[:：]?\s*[\[【〖(（]?\s*(?:大\s*中\s*小|小\s*中\s*大|加大\s*还原\s*减小)"
)
# A WeChat account's ID (「微信号：rmrbwx」): around the body (a notice may give its own).
_ACCOUNT_ID = LazyPattern(
    r"(?:微信号|微信號|公众号|公眾號)\s*(?:ID)?\s*[:：]\s*[A-Za-z][\w-]{3,30}"
)
# Each form behind the words it must hold, with the kind it gives (a literal test of a short
# line is cheaper than trying some twenty patterns on every line of a report). A word opening
# the line is given with a leading ^.
_FORMS = (
    (("原创",), _WECHAT_HEAD, "news"),
    ((":",), _STAMP_WITH_OUTLET, "news"),
    (("時間",), _RELEASE_STAMP, "news"),
    (("文章已于",), _EDITED, "news"),
    (("日期：", "日期:", "時間：", "時間:", "时间：", "时间:"), _REVISED, "news"),
    (("^【", "^["), _PAPER_MARK, "news"),
    (("：", ":", "︰"), _CREDITS, "news"),
    (("记者", "記者"), BRACKETED_REPORTER, "news"),
    (("本文", "此文"), _REPOST, "news"),
    (("授权", "授權"), _AUTHORISED, "news"),
    (("^图", "^圖"), _PICTURE_SOURCE, "caption"),
    (("关注", "關注", "订阅", "訂閱", "星标", "星標", "阅读原文", "閱讀原文"), _FOLLOW, "chrome"),
    (("星标", "星標"), _STAR, "chrome"),
    (("收录于",), _COLLECTION, "chrome"),
    (("END",), _END, "chrome"),
    (("打开", "打開"), _OPEN_APP, "chrome"),
    (("^更多", "^欲知", "^想看", "^想了解"), _LEAD_APPEAL, "chrome"),
    (("提供信息",), _PLATFORM_SERVICE, "chrome"),
    (("加载", "載入"), _LOADING, "chrome"),
    (("评论", "評論", "留言"), _COMMENTS, "chrome"),
    (("版权所有", "版權所有"), _NAMED_RIGHTS, "chrome"),
    (("次數", "次数", "人次", "點閱", "点阅", "點擊率", "点击率"), _COUNTERS, "chrome"),
    (("^:::",), _ANCHOR, "chrome"),
)
_SIZE_KEYS = ("字号", "字號", "字体", "字體", "字級", "字级")
_SIZE_KEY = LazyPattern("|".join(_SIZE_KEYS))
#: Any word a form must hold (a trie: most lines hold none), and what a line opens with.
_ANY_WORD = LazyPattern(
    trie_pattern(
        {w.lstrip("^") for words, _, _ in _FORMS for w in words}
        | {*_SIZE_KEYS, "|", "｜", "微信", "公众号", "公眾號"}  # (foot links, account IDs)
    )
)


_GATED = tuple(
    (
        LazyPattern(
            "|".join("^" + re.escape(w[1:]) if w[0] == "^" else re.escape(w) for w in words)
        ),
        form,
        kind,
    )
    for words, form, kind in _FORMS
)


def feed_notice(line: str, around_body: bool) -> str | None:
    """The furniture kind of a stripped short line of these families, or None."""
    if len(line) > 100 or _ANY_WORD.search(line) is None:
        return None
    if len(line) <= 60:
        for gate, form, kind in _GATED:
            if gate.search(line) is not None and form.fullmatch(line):
                return kind
    if _foot_links(line) or (_SIZE_KEY.search(line) and _SIZE_MENU.search(line)):
        return "chrome"
    if around_body and len(line) <= 40:
        return "chrome" if _ACCOUNT_ID.fullmatch(line) else None
    return None


def outlet_and_stamp(line: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of the outlet and the stamp in a stripped page stamp that names its outlet
    (「2015-07-21 17:36:12 华东五金网」, 「央视新闻客户端 2025-12-03 10:21」): a news page's source
    and time; None for any other line."""
    m = _STAMP_WITH_OUTLET.fullmatch(line) if len(line) <= 60 else None
    if m is None or not (m["o1"] or m["o2"]):
        return None
    return (m.span("o1"), m.span("s1")) if m["o1"] else (m.span("o2"), m.span("s2"))


def _foot_links(line: str) -> bool:
    """Whether a line is a site's foot bar of notices: two or more between bars, nothing else."""
    if "|" not in line and "｜" not in line:
        return False
    items = [i for i in _BAR.compiled.split(line.strip()) if i]
    return len(items) >= 2 and all(i in _FOOT_LINKS for i in items)
