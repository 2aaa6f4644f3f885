"""News front and back matter as a page sets it around a story: ``key：value`` lines (原标题：
来源： 责任编辑：…), staff credits and bylines, time and update stamps, end marks, hashtags and
tags, a repost's note, and the appeals, related-reading lists and column cards of a page's tail.
The patterns ``gui.core.furniture`` classifies lines with (docs/outline.md, *Page furniture*).
"""

from __future__ import annotations

import re

from gui.core.patterns import HAN, LazyPattern

# News front and back matter: ``key：value`` lines. Strong keys are furniture anywhere;
# weak ones (a meeting notice has 时间：… lines of its own) only around the body.
NEWS_STRONG = (
    "原标题 原標題 责任编辑 責任編輯 核稿编辑 核稿編輯 责编 責編 编辑 編輯 校对 校對 审核 審核 审校 審校 "
    "终审 終審 监制 監製 图源 圖源 图片来源 圖片來源 文章来源 文章來源 稿件来源 稿件來源 "
    "信息来源 信息來源 发布时间 發布時間 發佈時間 发布日期 發布日期 發佈日期 更新时间 更新時間 "
    "最后更新时间 最後更新時間 最后更新 最後更新 发稿时间 發稿時間 发稿单位 發稿單位 发稿日期 發稿日期 "
    "发布机构 發布機構 信息发布人 資訊發布人 来源 來源 "
    # Round 16, from the genre: a mainland page's review chain and desk (初审 复审 终审, 值班编辑,
    # 编审, 美编) and the story's source said of itself (本文来源：…).
    "初审 初審 复审 複審 二审 二審 三审 三審 值班编辑 值班編輯 编审 編審 美编 美編 "
    # Round 18: a portal's item header names its outlet (「发布人：-广州日报」).
    "本文来源 本文來源 新闻来源 新聞來源 发布人 發布人 发布者 發布者 "
    # Round 19: a procurement portal's notice names where it was first posted (「公告信息来源：…」).
    "公告信息来源 公告信息來源 公告来源 公告來源 "
    # …and a story's words and pictures by one hand (「圖/文：中央社」, 「文/图：李明」, 「图文：张三」).
    "图/文 圖/文 文/图 文/圖 图文 圖文 "
    # Round 21: a Taiwan site's stamp of when the item went up (「上稿時間：2025/12/03 10:21」).
    "上稿時間 上稿时间 "
    # Round t27, from the genre: a video's or a clip's source (「（视频来源：央视新闻）」, 「影片來源：
    # YouTube」), the desk's chief and the layout's hand (主编, 排版).
    "视频来源 視頻來源 影片來源 影片来源 影音來源 画面来源 畫面來源 主编 主編 排版"
).split()
NEWS_WEAK = (
    "时间 時間 日期 作者 发稿人员 發稿人員 发稿人 發稿人 记者 記者 通讯员 通訊員 撰文 撰稿 编译 編譯 采访 採訪 剪辑 剪輯 文 图 圖 "
    "摄影 攝影 文字 摄像 攝像 制作 製作 出品 "
    # (round t27: a feature's credits, 「策划：林明 统筹：王强 设计：李丽」 — a plan's 统筹 and
    # 设计 lines are its own inside the text)
    "策划 策劃 统筹 統籌 设计 設計 视觉 視覺 制图 製圖 采写 採寫 海报 海報 "
    "文字記者 文字记者 攝影記者 摄影记者 實習記者 实习记者"
).split()
# One to four names of two to four letters (no digits, no Latin), set apart by 、 or a space.
_NAMES = r"[^\W\d_a-zA-Z]{2,4}(?:\s*[、，,\s]\s*[^\W\d_a-zA-Z]{2,4}){0,3}"
# A paragraph that is only a byline key and names is a byline wherever it stands (The News
# Lens puts 「編譯：吳宗宜」 under its lead paragraph).
KEYED_BYLINE = LazyPattern(
    r"(?:编译|編譯|撰文|记者|記者|作者|摄影|攝影|翻译|翻譯|整理|美術|美术)\s*[:：︰]\s*" + _NAMES
)
# A news page's staff credits without a colon: a role, a space, a name (「编辑 张三」,
# 「责编 王五」, 「统筹 张三」): the page's, wherever it sets them.
STAFF_CREDIT = LazyPattern(
    # …also after the outlet the staff work for (「山东商报·速豹新闻网编辑 董雪」).
    rf"(?:(?:{HAN}|·){{1,12}}[报報社台网網站])?"
    # (session 24: the or the page's desk and the editor's rank, 「本期资深编辑 邢潭」)
    r"(?:本期|本版|本文|本篇)?(?:资深|資深|值班|特约|特約|执行|執行)?"
    r"(?:责任编辑|責任編輯|编辑|編輯|责编|責編|审核|審核|审校|審校|校对|校對|统筹|統籌|监制|監製"
    r"|终审|終審|制图|製圖|策划|策劃)\s+" + _NAMES
)
# A page's source line with a space where the colon goes (「来源 齐鲁观、青记」), around the
# body only: the key, then a name or two (no sentence).
SOURCE_SPACED = LazyPattern(
    r"(?:来源|來源|稿件来源|稿件來源|信息来源|信息來源)[ \t\u3000]+"
    r"[^\s。！？；，,]{2,16}(?:[、 ][^\s。！？；，,]{2,16}){0,3}"
)
# (a Hong Kong paper's colon may be the vertical form ︰: 「記者︰脫芷晴」)
NEWS_KEY = LazyPattern(
    # (round t27: two roles may share the colon, 「採訪、撰文：陳大文」, 「文字、攝影：李明」; tried
    # after the key alone, so 「圖/文：」 stays the strong key it is)
    rf"[【\[（(]?(?:(?:{'|'.join(NEWS_WEAK)})[、/／])??(?P<key>{'|'.join(NEWS_STRONG + NEWS_WEAK)})"
    r"\s*[:：︰]"
)
NEWS_KEY_ANYWHERE = LazyPattern(rf"(?:^|\s)(?:{'|'.join(NEWS_STRONG)})\s*[:：]")
#: A time zone's letters a page writes before the time (「2018-07-02 HKT 12:58」, RTHK's page).
TIME_ZONE = r"(?:HKT|CST|GMT|UTC|JST|KST|SGT|BJT)"
# A date-time at the head of a line: "2026-01-25 10:30 来源：…", "2026年01月25日 09:12", its
# time zone before the time (batch 56; round o43).
DATETIME_HEAD = LazyPattern(
    r"\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"
    rf"(?:\s*(?:{TIME_ZONE}\s*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
)
CORRECTION = LazyPattern(r"[【\[](?:纠错|糾錯)[】\]]")
# A news release's end mark (完 / （完） / －完－ / Ends) and a press release's stamp of time
# (香港時間16時30分, 2024年1月5日（星期五）).
# (Round t26) …or a paper's note that the piece is cut, in brackets under it (「（節錄）」, 信報's
# columns, batch 48; 「（摘录）」).
END_MARK = LazyPattern(
    r"[（(【\[－\-—]*\s*(?:完|Ends)\s*[）)】\]－\-—]*|[（(](?:節錄|节录|摘錄|摘录|全文完|本文完)[）)]"
)
#: A release's clock time (香港時間16時30分) and its day (2024年1月5日（星期五）): each alone on
#: its line here, both on one line in ``gui.core.feed_notices``.
RELEASE_CLOCK = r"(?:香港|澳門|澳门|臺北|台北|北京)時間\s*\d{1,2}\s*時\s*\d{1,2}\s*分"
RELEASE_DAY = (
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[（(]\s*(?:星期|週|周)[一二三四五六日天]\s*[）)]"
)
RELEASE_TIME = LazyPattern(f"{RELEASE_CLOCK}|{RELEASE_DAY}")
# A news page's update stamp, alone on its line: a time (「1900更新」 — a Taiwan page's HHMM —
# 「19:00更新」), a date and time, or both and the update in brackets
# (「2021/08/16 19:00（8/16 19:30 更新）」, 「更新於 2024-01-05 10:30」); the 更新時間：key line is
# a news field already (``NEWS_KEY``).
STAMP = (
    r"(?:(?:\d{4}\s*[-./年]\s*)?\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}\s*[:：]\s*\d{2})?|\d{1,2}\s*[:：]\s*\d{2}|[01]\d[0-5]\d|2[0-3][0-5]\d)"
)
UPDATE_STAMP = LazyPattern(
    rf"(?:{STAMP}\s*)?[（(【\[]?\s*(?:"
    rf"{STAMP}\s*(?:最後|最后)?更新"
    rf"|(?:最後|最后)?更新(?:於|于)?\s*[:：]?\s*{STAMP})\s*[）)】\]]?"
)
# A news site's appeal to its readers under the story: subscribe or join, follow an account,
# download the app, related reading (請加入成為眾新聞的月費訂戶，長期支持我們的工作。; 关注
# 公众号; 立即下載App; 延伸閱讀：…). Only in the page's tail, after the story (``find_furniture``):
# inside a story, 「加入成為會員」 or 「下載App」 may be what the story is about.
APPEAL = LazyPattern(
    r"(?:加入|成為|成为|登記|登记|申請|申请).{0,12}(?:訂戶|订户|會員|会员)"
    r"|(?:訂閱|订阅).{0,12}(?:通訊|通讯|電子報|电子报|頻道|频道|newsletter|Newsletter)"
    r"|(?:關注|关注|追蹤|追踪|讚好|赞好|[Ll]ike).{0,12}"
    r"(?:公眾號|公众号|微信|微博|專頁|专页|Facebook|Instagram|YouTube|頻道|频道|帳號|账号)"
    r"|(?:下載|下载).{0,12}(?:App|APP|客戶端|客户端|應用程式|应用程序)"
)
# …addressed to the reader, by the site: a request, or the site speaking of itself (a story's
# last line may tell of a membership drive: 「團體呼籲市民加入成為會員。」).
APPEAL_VOICE = LazyPattern(
    r"請|请|歡迎|欢迎|立即|馬上|马上|我們|我们|本台|本報|本报|本網|本网|本站|本刊"
)
RELATED = LazyPattern(
    r"[【\[]?(?:相關新聞|相关新闻|相關報道|相关报道|延伸閱讀|延伸阅读|推薦閱讀|推荐阅读|"
    r"相關閱讀|相关阅读|熱門新聞|热门新闻|新聞來源|新闻来源|資料來源|资料来源|"
    r"文字解读|文字解讀|图文解读|圖文解讀|图解|圖解)[】\]]?"
    r"(?:\s*[:：]|\s\s)"
)
# A column's card closing the page: its label and blurb (「【眾城專欄】城裏城外，眾人之事。…」; a
# writer's own column labels it with the writer's name and the column's, 「【羅金義・風蕭蕭】羅金義，
# 香港教育大學…副教授」), the blog and column names over it (「博客 | 眾城」). A society's blog
# names itself and its column so too (「【華人基督徒義顯社・義顯之聲】組織使命為：…」, round 29).
COLUMN_CARD = LazyPattern(
    r"【[^】]{1,10}(?:專欄|专栏)】|【[^】・·]{2,10}[・·][^】・·]{2,8}】"
    r"|[^|｜\s]{1,8}\s*[|｜]\s*[^|｜\s]{1,8}$"
)
# A column's note on its author under the byline (「作者為註冊園境師、…系主任」).
# (also starred or in brackets, as Taiwan papers print it: 「（本文作者為…）」, 「＊作者為…」)
AUTHOR_NOTE = LazyPattern(
    r"[＊*※]?\s*[（(]?(?:本文)?(?:作者|筆者|笔者)(?:為|为|是|係|系)[^。！？，,；()（）]{2,60}[。]?[）)]?"
)
# A credit with a bar for its colon (「编辑 | 李四」, 「来源丨人民日报」, 「文 | 张三」: a WeChat
# account's form), the value without a bar of its own (a table's row has several).
BAR_CREDIT = LazyPattern(
    # (a reporter's is a byline: 「记者|戈振伟」)
    rf"(?P<key>{'|'.join(k for k in NEWS_STRONG + NEWS_WEAK if k[-1] not in '者员員')})"
    # (round t27: or a slash, as Taiwan's pages set it, 「責任編輯/陳大文」; 「文／王大明」 and
    # 「圖／中央社」 are the bylines and credits ``captions`` reads, where it reads them)
    r"\s*[|｜丨/／]\s*[^|｜丨/／\s][^|｜丨/／。！？]{0,30}"
)
BARS = LazyPattern(r"[|｜丨/／]")
# A line of a story's hashtags (「#台積電 #半導體」).
HASHTAGS = LazyPattern(rf"(?:[#＃][^\s#＃]*{HAN}[^\s#＃]*\s*){{1,10}}")
# A story's tags (「文章標籤：台積電 半導體」, 「標籤：」): a site's, anywhere; keywords (「关键词：
# 营商环境 改革」) only around the body (a paper's abstract has its own).
TAGS = LazyPattern(
    r"(?:文章|熱門|热门|相關|相关)?(?:标签|標籤|Tags?|TAGS?)\s*[:：](?:\s*[^\s。！？；，,]{1,16}){0,8}"
)
KEYWORDS = LazyPattern(r"(?:关键词|關鍵詞|关键字|關鍵字)\s*[:：](?:\s*[^\s。！？]{1,16}){0,8}")
# A repost's note of where the story first ran (「本文經授權轉載自：天下雜誌」, 「本文转载自微信公众号
# “中国新闻周刊”」, 「※本文原載於…」): around the body.
REPOST = LazyPattern(
    r"[※＊*]?\s*(?:本文|此文|原文)[^。！？]{0,16}?(?:转载自|轉載自|转自|轉自|原载于|原載於|原刊于|原刊於"
    r"|刊载于|刊載於|首发于|首發於|首发自|首發自|来自|來自)[^。！？]{1,50}[。]?"
)
# A writer's own column card: the blog named after the writer over the card that opens with the
# writer's name and the column's in brackets, then the writer's note (「博客 | 羅金義」 over
# 「【羅金義・風蕭蕭】羅金義，香港教育大學社會科學系副教授…」). A group's column (「博客 | 眾城」
# over 「【眾城專欄】…」) names no writer.
_WRITER_CARD = LazyPattern(
    rf"^(?:博客|Blog)\s*[|｜]\s*(?P<name>{HAN}{{2,4}})\n(?:.*\n){0, 3}?【(?P=name)[・·][^】\n]{{2,8}}】(?P=name)[，,]",
    re.MULTILINE,
)


#: The card closes the page: it is looked for in this many last characters.
_CARD_TAIL = 1000


def column_writer(text: str) -> tuple[str, int] | None:
    """The writer of a column whose card closes the page, and where the blog line names the
    writer; None where no writer's own card is there."""
    tail = max(0, len(text) - _CARD_TAIL)
    m = _WRITER_CARD.search(text, tail)
    return None if m is None else (m["name"], m.start("name"))


# A writer's profile closing the page (round 29): the label alone on its line (「周浩霖簡歷 ：」,
# 「作者簡介：」), over one paragraph that names the writer (「駐緬甸仰光的…記者周浩霖（Thompson
# Chau）現時為…」), with only the page's tail under it.
PROFILE_LABEL = LazyPattern(
    rf"(?P<name>{HAN}{{2,4}}|作者|筆者|笔者)\s*(?:簡歷|简历|簡介|简介)\s*[:：]"
)
_ANY_WRITER = ("作者", "筆者", "笔者")
_PROFILE_RUN_IN = LazyPattern(
    rf"【\s*(?:(?P<name>{HAN}{{2,4}})\s*[．·・.]?\s*)?(?:作者|筆者|笔者)(?:簡介|简介|簡歷|简历)\s*】"
)


def writer_profile(texts: list[str], kinds: list[str | None]) -> tuple[int, int] | None:
    """The lines of the label and the profile of a writer's profile closing the page (every
    line under it furniture already), or None."""
    filled = [i for i, t in enumerate(texts) if t and kinds[i] is None]
    if filled and (m := _PROFILE_RUN_IN.match(texts[filled[-1]])) is not None:
        # (session 22: the label in brackets opening the profile's paragraph, 眾新聞's blogs:
        # 「【殷琦．筆者簡介】一舊蕃薯般的孤獨文青，…」)
        return (filled[-1], filled[-1]) if len(texts[filled[-1]]) > m.end() else None
    if len(filled) < 2:
        return None
    label, profile = filled[-2], filled[-1]
    m = PROFILE_LABEL.fullmatch(texts[label])
    if m is None or (m["name"] not in _ANY_WRITER and m["name"] not in texts[profile]):
        return None
    return label, profile


def profile_writer(chunk: str) -> str | None:
    """The writer a profile's label names (「周浩霖簡歷 ：」 → 周浩霖), for furniture that opens
    with one or holds one in brackets opening a line (「【殷琦．筆者簡介】…」 → 殷琦); None for
    「作者簡介：」 or any other chunk."""
    first = chunk.split("\n", 1)[0].strip()
    for line in chunk.split("\n"):  # (the label in brackets: the tail's last paragraph)
        run_in = _PROFILE_RUN_IN.match(line.strip())
        if run_in is not None:
            return run_in["name"]
    m = PROFILE_LABEL.fullmatch(first)
    return None if m is None or m["name"] in _ANY_WRITER else m["name"]


#: Session 26 (round t26): a box of other stories with no label over it, closing the page — each
#: a headline on its line, set as a headline is: its clauses parted by a space and no sentence's
#: end (中時's 「網紅行動電源爆炸險釀火災 業者赴金門道歉」, batch 45), or led by a pointer
#: (ETtoday's 「►80歲爺「飲水機按不出水」被陌生女飆罵：3歲小孩都會　他目睹傻眼」, batch 52).
_POINTER = "►▶▸➤➢"
_TEASER = LazyPattern(
    rf"[{_POINTER}]\s*\S.{{5,58}}"
    rf"|[^\s{_POINTER}][^。；;\t|｜]{{3,28}}[\u4e00-\u9fff」”》！？!?][ \u3000]+"
    r"[\u4e00-\u9fff「“《A-Za-z0-9][^。；;\t|｜ \u3000]{2,28}"
)
#: A key and its value (「電話：…」, 「活動時間：…」) or a telephone number: a release's own line.
_KEYED_OR_NUMBER = LazyPattern(r"^\S{2,6}[:：]|\d{6,}|\d{2,4}-\d{6,8}")
#: (Round t28) A teaser under the site's furniture: this long at most, no sentence's stop in it.
_LOOSE_CHARS = 40
_SENTENCE_MARK = LazyPattern(r"[。；;：:]")
_HEADLINE_MARK = LazyPattern(r"[，！？!?「」《》]")
_DATE_MARK = LazyPattern(r"\d\s*[年月日]|\d{4}[-/.]\d")
#: So many teasers in a row make a box (one short line under a story may be its own).
_TEASERS = 2


def mark_teaser_runs(
    lines: list[tuple[int, int, str]], kinds: list[str | None], last_body: int
) -> None:
    """Under the story's last paragraph, a run of other stories' headlines (``_TEASER``, two or
    more) with nothing but furniture and blank lines under it: the site's box of related stories,
    news furniture."""
    run: list[int] = []
    for i in range(len(lines) - 1, last_body, -1):
        line = lines[i][2]
        if not line:
            continue
        if kinds[i] is not None and not run:
            continue  # (the page's furniture under the box: hashtags, a footer's lines)
        if (
            kinds[i] is None
            and len(line) <= 60
            and line[-1] not in "。；;：:，,"
            and _TEASER.fullmatch(line)
            and _KEYED_OR_NUMBER.search(line) is None
        ):
            run.append(i)
            continue
        break
    if len(run) >= _TEASERS:
        for i in run:
            kinds[i] = "news"
    else:
        _mark_loose_teasers(lines, kinds, last_body)


def _mark_loose_teasers(
    lines: list[tuple[int, int, str]], kinds: list[str | None], last_body: int
) -> None:
    """(Round t28) Under a line of furniture the site set under the story (a link: 「直播連結：
    https://…」), any short lines with no sentence's stop in them, two or more, with nothing but
    furniture under them: the site's teasers (TVBS's 「今年太多好劇可以看！幫你精選好立刻開追」 /
    「《免費索票》TVBS 30互動特展 沉浸體驗AR、HTC VR新科技」, batch 58)."""
    run: list[int] = []
    for i in range(len(lines) - 1, last_body, -1):
        line = lines[i][2]
        if not line:
            continue
        if kinds[i] is not None:
            if not run:
                continue  # (the page's furniture under the box)
            # (a headline's marks in one line at least: a 公文's signature and date under an
            # attachment's link are no teasers)
            if len(run) >= _TEASERS and any(_HEADLINE_MARK.search(lines[j][2]) for j in run):
                for j in run:
                    kinds[j] = "news"
            return
        if (
            len(line) > _LOOSE_CHARS
            or _SENTENCE_MARK.search(line) is not None
            or _DATE_MARK.search(line) is not None
            or line[-1] in "，,"
            or _KEYED_OR_NUMBER.search(line) is not None
        ):
            return
        run.append(i)


#: (Round t28) A link to a document's reading (解读) or its chart version, the document named in
#: 《》, alone on the page's last lines (``gui.core.furniture``'s tail).
READING_LINK = LazyPattern(
    r"《[^《》]{4,80}》\s*(?:的)?(?:政策解读|政策解讀|解读|解讀|图解|圖解|一图读懂|一圖讀懂)"
)
#: (Round t28) A paper's closing credit, its name alone in brackets (「(中時 )」 under the story).
_BRACKETED_NAME = LazyPattern(r"[（(]\s*(\S{2,8}?)\s*[）)]")


def mark_closing_outlet(texts: list[str], kinds: list[str | None], first_body: int) -> None:
    """(Round t28) The paper's name alone in brackets under the story, among the tail's
    furniture, where a line of the page's head is that name alone (「中時」 under the headline's
    stamp, 「(中時 )」 under the text): its closing credit. A 公文's 「（此件公开发布）」 names
    nothing the page's head sets alone."""
    head = set(texts[:first_body])
    for i in range(len(texts) - 1, first_body, -1):
        if kinds[i] is not None or not texts[i]:
            continue
        name = _BRACKETED_NAME.fullmatch(texts[i]) if len(texts[i]) <= 12 else None
        if name is not None and name[1] in head:
            kinds[i] = "news"
        return
