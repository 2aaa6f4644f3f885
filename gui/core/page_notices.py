"""Round 19's furniture families (docs/history/outline-log.md, round 19): what the public pages of the
genre print around a story that rounds 8–18 did not know — a government site's foot bar
(主办单位：… 承办单位：…, 技术支持：…, 政务服务热线：12345), its language switch (简 | 繁 | EN)
and visitor counter (您是第 1234567 位访问者, 访问次数：1234), a self-media platform's statement
under a repost (…仅提供信息存储空间服务), a counter without its colon (阅读 1.2万), a folded
story's control (展开剩余85%, 返回搜狐，查看更多), and a Taiwan paper's stamp and byline on one
line (「2025-12-03 10:21 聯合報／ 記者王小明／台北即時報導」).

Every pattern names a form of a kind of page, never one page's line; ``gui.core.furniture``
asks ``page_notice`` once per short line.
"""

from __future__ import annotations

from gui.core.patterns import HAN, LazyPattern

# A site's foot bar: who runs the site, who builds and keeps it. Two of these keys on one line
# (「主办单位：…　承办单位：…」), or a key only a site has (技术支持, 网站维护, 运维单位, 网站主办).
_FOOT_KEYS = LazyPattern(
    r"(?:网站|網站)?(?:主办单位|主辦單位|主办|主辦|承办单位|承辦單位|承办|承辦|协办单位|協辦單位"
    r"|技术支持|技術支持|运维单位|運維單位|运行维护|運行維護|维护单位|維護單位|网站维护|網站維護)\s*[:：]"
)
_SITE_ONLY_KEY = LazyPattern(
    r"(?:网站主办|網站主辦|技术支持|技術支持|运维单位|運維單位|网站维护|網站維護|运行维护|運行維護)\s*[:：]"
)
# The site's hotline (「政务服务便民热线：12345」): a government service's, not a notice's
# 咨询电话 (a notice's own contact line is its text).
_SITE_HOTLINE = LazyPattern(
    r"(?:政务服务|政務服務|便民服务|便民服務|市民服务|市民服務|政府服务|政府服務)\S{0,6}"
    r"(?:热线|熱線|电话|電話)\s*[:：]?\s*[\d\-－ ]{5,20}"
)
# A visitor counter (「您是第 1234567 位访问者」, 「访问次数：1234」, 「总访问量：…」).
_VISITORS = LazyPattern(
    r"(?:您是|你是)?(?:本站)?第\s*[\d,]+\s*(?:位|个|個)\s*(?:访问者|訪問者|访客|訪客)"
    r"|(?:总|總|今日|累计|累計)?(?:访问次数|訪問次數|访问人次|訪問人次|访问量|訪問量)\s*[:：]\s*[\d,]*"
)
# A counter of reads or likes with a space for its colon (「阅读 1.2万」, 「閱讀 3,210」).
_COUNT_SPACED = LazyPattern(
    r"(?:阅读|閱讀|浏览|瀏覽|点赞|點讚|點贊|在看)\s+\d[\d,.]*\s*[万萬wWkK]?\+?"
)
# The language switch of a site's head (「简 | 繁 | EN」, 「繁體 / English」).
_LANG = r"(?:简体|簡體|繁体|繁體|简|簡|繁|EN|En|English|ENGLISH|中文|英文)"
_LANG_SWITCH = LazyPattern(rf"{_LANG}(?:\s*[|｜/／·]\s*{_LANG}){{1,3}}")
# A paper's prompt to subscribe to its letters (「訂閱我們的通訊」, 「立即订阅我们的电子报」).
_SUBSCRIBE = LazyPattern(
    r"(?:立即|馬上|马上|按此|點此|点此|免費|免费)?(?:訂閱|订阅)(?:我們|我们)的?"
    r"(?:通訊|通讯|電子報|电子报|頻道|频道|[Nn]ewsletter)[。！!]?"
)
# A font-size menu's sizes without its key, spaced out (「小 中 大」, 「A- A A+」).
_SIZES = LazyPattern(r"大\s+中\s+小|小\s+中\s+大|A\s*-\s+A\s+A\s*\+|A\s*\+\s+A\s+A\s*-")
# A WeChat account's credits, two or more with a bar for the colon (「文｜李明 图｜王强」).
_ROLE = r"(?:文|图|圖|摄影|攝影|编辑|編輯|排版|校对|校對|审核|審核|来源|來源)"
_BAR_CREDITS = LazyPattern(
    rf"{_ROLE}\s*[|｜丨]\s*{HAN}{{2,8}}(?:\s+{_ROLE}\s*[|｜丨]\s*{HAN}{{2,8}})+"
)
# A folded story's controls (「展开剩余85%」, 「返回搜狐，查看更多」).
_FOLD = LazyPattern(
    r"(?:展开|展開)(?:剩余|剩餘)\s*\d{1,3}\s*[%％]|返回\S{1,8}[，,]?\s*(?:查看更多|看更多)"
)
# A self-media platform's statement under a repost (搜狐号, 网易号, 澎湃号, 百家号: 「…本平台仅提供
# 信息存储服务。」), the platform speaking of what it stores.
_PLATFORM = LazyPattern(
    r"[^。]{0,90}(?:仅|僅)提供信息(?:存储|存儲|发布|發布)(?:空间|空間)?(?:服务|服務|平台|平臺)[^。]{0,30}。?"
)
_PLATFORM_WORDS = ("平台", "平臺", "号", "號", "自媒体", "自媒體")
# …and its note that the piece is its uploader's view (「本文为澎湃号作者…上传并发布，仅代表该作者
# 或机构观点」): around the body only (a report may state its own authors' views).
_UPLOADER_VIEW = LazyPattern(
    r"(?:(?:特别|特別)?(?:声明|聲明)\s*[:：]\s*)?[^。]{0,60}(?:仅代表|僅代表)(?:该|該)?"
    r"(?:作者|作者本人|作者或机构|作者或機構)(?:观点|觀點)?[^。]{0,70}。?"
)
# A Taiwan paper's web stamp, outlet and reporter on one line (「2025-12-03 10:21 聯合報／ 記者
# 王小明／台北即時報導」).
_STAMP_OUTLET_REPORTER = LazyPattern(
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s*)?"
    rf"{HAN}{{2,8}}\s*[/／]\s*(?:記者|记者){HAN}{{2,4}}\s*[/／]\s*{HAN}{{0,4}}(?:即時|即时|綜合|综合)?(?:報導|报道)"
)
#: A character one of these forms holds (most lines hold none: the patterns are not tried).
# (Round t26) A site's notice that the story is past what it shows for free, or gone: 「您所瀏覽的
# 新聞已過查詢時效。建議您加入中央社付費會員找尋您要的新聞。」 (中央社, batch 50) — the page you view,
# past its time or removed, then perhaps the offer to join or log in.
_EXPIRED = LazyPattern(
    r"(?:抱歉，?)?(?:您|你)所?(?:瀏覽|浏览|查詢|查询|訪問|访问|閱讀|阅读)的(?:新聞|新闻|網頁|网页|頁面|页面|文章|內容|内容)"
    r"(?:已(?:過|过|逾|超過|超过)[^。！]{0,8}(?:時效|时效|期限|期間|期间)|已(?:被)?(?:刪除|删除|下架|移除)|不存在)[。！!]?"
    r"(?:[^。！]{0,14}(?:會員|会员|登入|登录|訂閱|订阅)[^。！]{0,24}[。！!]?)?"
)
_GATE = LazyPattern(r"[办辦维維技热熱访訪位阅閱浏瀏赞讚贊看简簡繁EN展返仅僅報报訂订大小A|｜丨]")


def page_notice(line: str, around_body: bool) -> str | None:
    """The furniture kind of a stripped short line of these families, or None."""
    if len(line) <= 80 and line[0] in "您你抱" and _EXPIRED.fullmatch(line):
        return "chrome"
    if len(line) > 160 or _GATE.search(line) is None:
        return None
    if len(line) <= 40 and (
        _VISITORS.fullmatch(line)
        or _LANG_SWITCH.fullmatch(line)
        or _FOLD.fullmatch(line)
        or _COUNT_SPACED.fullmatch(line)
        or _SUBSCRIBE.fullmatch(line)
        or _SIZES.fullmatch(line)
    ):
        return "chrome"
    if any(w in line for w in _PLATFORM_WORDS) and _PLATFORM.fullmatch(line):
        return "chrome"
    if around_body:
        if (
            len(line) <= 80
            and _FOOT_KEYS.match(line)
            and (len(_FOOT_KEYS.findall(line)) >= 2 or _SITE_ONLY_KEY.match(line))
        ):
            return "chrome"
        if len(line) <= 40 and _SITE_HOTLINE.fullmatch(line):
            return "chrome"
        if _UPLOADER_VIEW.fullmatch(line):
            return "chrome"
        if len(line) <= 60 and _BAR_CREDITS.fullmatch(line):
            return "news"
    if len(line) <= 60 and _STAMP_OUTLET_REPORTER.fullmatch(line):
        return "news"
    return None
