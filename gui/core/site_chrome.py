"""A site's controls as page text keeps them: the words of its menus, buttons and boxes
(下载 打印 全屏 收藏 【字号：加大 还原 减小】, 扫一扫在手机打开当前页面, 分享到：), the links to the
articles before and after a page, attachments' file names, script and style residue, and two
runs of lines ``gui.core.furniture`` marks with them: a font-size menu set one size a line, and
the titles a links box lists under its label. Every form is a form of government and news web
pages (docs/outline.md, *Page furniture*)."""

from __future__ import annotations

import re

from gui.core.patterns import OFFICE_TITLES, LazyPattern, trie_pattern

# Site controls. A line made only of these (with brackets, bars and spaces between) is chrome.
_CHROME_WORDS = (
    "打印本页 打印本頁 关闭窗口 關閉窗口 关闭本页 關閉本頁 返回顶部 返回頂部 回到顶部 回到頂部 "
    "我要纠错 我要糾錯 分享到 扫一扫 掃一掃 视力保护色 視力保護色 无障碍 無障礙 "
    "下载 下載 打印 全屏 收藏 分享 关闭 關閉 纠错 糾錯 字号 字號 字体 字體 "
    "加大 还原 還原 减小 減小 默认 默認 繁体 繁體 简体 簡體 微信 微博 "
    "上一篇 下一篇 首页 首頁 放大 缩小 縮小 "
    # Link labels left when a page's links lose their targets (「查看视频 ↗」).
    "查看视频 查看視頻 观看视频 觀看視頻 播放视频 播放視頻 查看原文 阅读原文 閱讀原文 "
    "阅读全文 閱讀全文 查看全文 查看更多 展开全文 展開全文 点击查看 點擊查看 返回列表 "
    # An archive's or a repost's link to the text it copied (「點此觀看原始內容」: round 11).
    "點此觀看原始內容 点此观看原始内容 觀看原始內容 观看原始内容 查看原始內容 查看原始内容 "
    "點此查看原文 点此查看原文 點此閱讀原文 点此阅读原文 "
    # A picture's or a player's widget text left between paragraphs, and the share widget's
    # prompt (「点击查看大图」, 「视频加载中」, 「扫一扫在手机打开当前页」).
    "点击查看大图 點擊查看大圖 查看大图 查看大圖 点击播放 點擊播放 视频加载中 視頻加載中 "
    "在手机打开当前页 在手機打開當前頁 手机打开当前页 相关链接 相關鏈接 相關連結 "
    # Government pages' print, close and share controls and related-items boxes as extractors
    # list them (「打印此页」, 「【关闭页面】」, 「扫一扫在手机打开当前页面」, 「分享到：QQ空间」,
    # 「相关解读」): docs/history/outline-log.md, round 8.
    "打印此页 打印此頁 打印页面 打印頁面 关闭页面 關閉頁面 打印本稿 我要打印 扫码查看手机版 "
    "在手机打开当前页面 在手機打開當前頁面 手机打开当前页面 QQ空间 QQ空間 QQ好友 朋友圈 "
    "相关解读 相關解讀 相关文章 相關文章 在手机上查看当前页面 分享给您的微信好友 打印文章 "
    "添加收藏 发送网址给好友 返回上一页 下载文字版 下载图片版 网站导航 网站地图 附件下载 相关附件 "
    # A related-reading box's label alone on its line (with a ： it opens a list in the
    # page's tail: ``_RELATED``).
    "延伸阅读 延伸閱讀 相关阅读 相關閱讀 推荐阅读 推薦閱讀 相关新闻 相關新聞 "
    # A site's own links in its head and foot bars (「网站地图 | 关于我们 | 联系我们」) and its
    # reading modes (无障碍浏览, 长者模式, 关怀版): round 9.
    "关于我们 關於我們 联系我们 聯絡我們 聯繫我們 网站声明 網站聲明 隐私声明 隱私聲明 法律声明 "
    "法律聲明 使用帮助 使用幫助 设为首页 設為首頁 加入收藏 无障碍浏览 無障礙瀏覽 长者模式 長者模式 "
    "关怀版 關懷版 适老化 適老化 "
    # Round 16, from the genre (what news and government pages print around a story):
    # Taiwan's and Hong Kong's share bars and page controls (「Facebook LINE 複製連結」, 「列印
    # 轉寄 分享」, 「字級」, 「回上一頁」), a pager's words, a comment box's buttons and labels, and
    # the boxes of more stories under the text (「热门推荐」, 「猜你喜欢」, 「看更多」).
    "複製連結 复制链接 複製網址 复制网址 複製鏈接 分享至 列印 轉寄 字級 加入書籤 加入书签 "
    "回上一頁 回上頁 回上页 回到頁首 回頁首 回到页首 回首頁 回首页 "
    "Facebook LINE Line Twitter Telegram WhatsApp Email 微信好友 新浪微博 "
    "上一页 下一页 上一頁 下一頁 尾页 尾頁 末页 末頁 "
    "我要评论 我要評論 发表评论 發表評論 网友评论 網友評論 网友留言 網友留言 我要留言 發表留言 "
    "热门推荐 熱門推薦 热门文章 熱門文章 精彩推荐 精彩推薦 猜你喜欢 猜你喜歡 大家都在看 "
    "更多新闻 更多新聞 看更多 更多精彩 最新新聞 最新新闻 即時新聞 即时新闻 熱門新聞 热门新闻 "
    "相关稿件 相關稿件 相关报道 相關報道 相關報導 相关专题 相關專題 点击进入专题 點擊進入專題 "
    "文章標籤 文章标签 标签 標籤 原文链接 原文鏈接 原文連結 本文链接 本文鏈接 请继续往下阅读 請繼續往下閱讀 继续阅读 繼續閱讀 "
    # Round 19, from the genre: a government site's head bar (手机版, 无障碍阅读, 网站支持
    # IPv6), a portal's reaction bar and ad label (点赞 在看 举报 广告), the boxes of more stories
    # and notices (最新消息, 编辑推荐, 今日热门, 相关公告), a Hong Kong or Taiwan paper's subscribe
    # buttons and picture widget (立即訂閱, 訂閱電子報, 【點擊圖片放大】, 按此看更多圖片).
    "手机版 手機版 无障碍阅读 無障礙閱讀 网站支持IPv6 網站支援IPv6 "
    "点赞 點讚 點贊 在看 举报 舉報 广告 廣告 最新消息 编辑推荐 編輯推薦 今日热门 今日熱門 相关公告 相關公告 "
    "立即訂閱 立即订阅 按此訂閱 訂閱電子報 订阅电子报 訂閱 订阅 点击图片放大 點擊圖片放大 按此看大圖 "
    "按此看更多圖片 看更多圖片 看更多图片 更多圖片 更多图片 看更多新聞 看更多新闻 點我看更多 点我看更多 "
    "分享到手机 分享到手機 分享此文章 分享本文 网站纠错 網站糾錯 政府网站工作年度报表 政府网站年度工作报表 "
    "會員登入 会员登录 登入 登录 註冊 注册 搜尋 搜索 追蹤我們 追踪我们 列印本頁 列印此頁 字型大小 "
    "回到頂端 回到顶端 友善列印 TOP "
    # Round 21, from the genre: a WeChat article's widgets and boxes (预览时标签不可点, 往期推荐,
    # 继续滑动看下一个), a portal's picture and comment links, Hong Kong's and Taiwan's
    # skip links, site guides, news lists, size settings and feeds (跳至主要內容, 網站導覽, 字級設定).
    "预览时标签不可点 喜欢此内容的人还喜欢 往期推荐 往期回顾 往期精选 继续滑动看下一个 向上滑动看下一个 "
    "轻触阅读原文 查看原图 查看原圖 参与讨论 參與討論 跳至主要內容 跳至主要内容 跳到主要內容 跳到主要内容 "
    "跳到主要內容區塊 返回新聞列表 返回新闻列表 網站導覽 网站导览 字級設定 字级设定 字型設定 RSS "
    "上一則 下一則 上一则 下一则 "
    # Session 24: a picture widget's controls (「放大圖片 / 顯示原圖」).
    "放大圖片 放大图片 顯示原圖 显示原图 "
    # Round t27, from the genre: a comment box's and a reaction bar's labels (全部评论, 写评论,
    # 点赞 收藏 转发, 举报/反馈), the boxes of stories picked for the reader (为你推荐, 你可能也會
    # 喜歡), a follow button, a link to the whole story, an ad's label in English.
    "全部评论 全部評論 写评论 寫評論 写留言 寫留言 评论区 評論區 留言区 留言區 转发 轉發 反馈 "
    "分享此文 关注我们 關注我們 为你推荐 為你推薦 为您推荐 為您推薦 热点推荐 熱點推薦 相关推荐 相關推薦 "
    "你可能也会喜欢 你可能也會喜歡 您可能也喜欢 您可能也喜歡 你可能感兴趣 你可能感興趣 "
    "按此閱讀全文 按此阅读全文 點此閱讀全文 点此阅读全文 ADVERTISEMENT Advertisement "
    "原始連結 原始链接 本文出處 本文出处 看原文 小編推薦 小编推荐 今日推薦 今日推荐 最新文章 熱門話題 "
    "热门话题 熱搜 热搜 新聞推薦 新闻推荐 圖輯 图辑 "
    # Round t28: a government page's link to the file it publishes (「下载本信息公开文件」).
    "下载本信息公开文件 下載本信息公開文件 下载本文件 下載本文件 下载全文 下載全文 下载原文 下載原文"
).split()
# Weak words: only chrome next to a strong word (【字号：大 中 小】; a line "大" alone is text).
_CHROME_WEAK = (
    *("大", "中", "小", "A", "A+", "A-", "T", "T+", "T-", *(str(n) for n in range(21))),
    # (a government site's head bar: 「手机版 政务微博 政务微信」; 政务微信 alone heads a report's
    # section on government new media)
    *("政务微博 政務微博 政务微信 政務微信 政务头条 政务抖音".split()),
)
# A font-size menu's key (字号：, 【字体：): the menu's sizes may follow one a line.
_SIZE_KEY = LazyPattern(r"字号|字號|字体|字體")
_MENU_OPEN = LazyPattern(r"(?:字号|字號|字体|字體)[\s【\[〖:：]*$")
_SEP = r"[\s【】\[\]〖〗|｜/／·:：>＞»,，↗→›▶►▸.…]*"
_BRACKET_TAIL = re.compile(r"[】〗\]］]+")
# (The words as a trie: a line is tested against them at every separator, and the list is long.)
_WORDS = trie_pattern(_CHROME_WORDS)
CHROME_LINE = LazyPattern(
    rf"{_SEP}(?:{_WORDS}{_SEP})+"
    rf"(?:(?:{'|'.join(re.escape(w) for w in _CHROME_WEAK)}|{_WORDS}){_SEP})*"
)
_SIZES_LINE = LazyPattern(
    rf"{_SEP}(?:(?:{'|'.join(re.escape(w) for w in _CHROME_WEAK[:9])}){_SEP})+"
)
# A page's links to the articles before and after it, with their titles (「上一篇：关于…的通知」,
# 「下一篇：无」), maybe after the verb of a link (「阅读下一篇：」, session 25).
_PREV_NEXT = LazyPattern(
    r"(?:阅读|閱讀|查看|点击|點擊)?"
    r"(?:上一篇|下一篇|上一条|下一条|上一條|下一條|上一則|下一則|上一则|下一则)\s*[:：].{0,100}"
)
# An attachment's link: a file's name (「…的实施意见（苏府办〔2018〕238号）.pdf」), not a 公文's
# 附件说明 (「附件：1.…」, read by ``gui.core.header``) nor a numbered annex line.
_FILE_LINK = LazyPattern(
    r"(?![附\d０-９])\S.{0,100}\.(?:pdf|PDF|docx?|DOCX?|xlsx?|XLSX?|wps|ofd|zip|rar)"
    r"(?:\s*[（(]\s*[\d.]+\s*[KMG]?B?\s*[）)])?"
    # (round 23: a portal's stored name, letters and figures only — a digest or an id,
    # 「45004fd1f9c2cbf9aa21c0084febe8ba.pdf」 —, may open with a figure: no annex's number)
    r"|[0-9A-Za-z_\-]{8,64}\.(?:pdf|PDF|docx?|DOCX?|xlsx?|XLSX?|wps|ofd|zip|rar)"
    # A picture's file name or its editor's placeholder left alone on a line where the picture
    # was (「image.png」, 「image」: a report's text copied without its images).
    r"|[\w\-. ]{0,60}\.(?:png|PNG|jpe?g|JPE?G|gif|GIF|svg|SVG|webp|bmp)|image|img|图片|圖片"
)
# Script and style residue a page's text kept, one statement a line: 「$('#share-1').share();」,
# a style rule over lines (「img#imgConac {」 / 「height: 55px;」 / 「}」).
_CODE_LINE = LazyPattern(
    r"[\w$.#:\-\[\]=\"' >*,]{1,60}\{|[a-z-]{2,30}\s*:\s*[^;{}]{1,60};|\}"
    r"|[\w$.]{1,40}\(.{0,80}\)(?:\.[\w$]+\(.{0,80}\))*\s*;"
    # Round 16: a script's module import a Markdown page kept (「import { onMounted } from
    # 'vue';」) and a converter's hard line break left alone on its line (「\」).
    r"|import\s+[\w${}\s,*]{1,60}\s+from\s+['\"][^'\"]{1,60}['\"]\s*;?|\\+"
)
# The label a page (or its scraper) sets over the attachments' download links, naming them
# links: 「附件（官方直链）」, 「附件链接：」, 「附件（点击下载）」 (round 22; 「附件下载」 is a
# control word). Not a 附件说明 (「附件：…」 names an annex) nor an annex's label (「附件1」).
_ATTACHMENT_LINKS = LazyPattern(
    r"(?:附件|附表)\s*[（(【\[]?\s*(?:官方|原文|点击|點擊)?\s*(?:直链|直鏈|链接|鏈接|連結|下载|下載)"
    r"(?:地址|链接|鏈接)?\s*[）)】\]]?\s*[:：]?"
)
# The label of a page's box of links under the text (「相关链接：」, 「相关文章」): the titles listed
# one a line under it are links, not the document's text.
_LINKS_LABEL = LazyPattern(
    r"[【\[]?(?:相关链接|相關鏈接|相關連結|相关文章|相關文章|相关解读|相關解讀|相关新闻|相關新聞"
    r"|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀)[】\]]?\s*[:：]?"
)


# Round 9: a site's other controls and notices, as public cleaners of government pages list
# them and pages print them (docs/history/outline-log.md, round 9):
# - a QR code's prompt (「扫一扫关注官方微信公众号」, 「手机扫描二维码」, 「扫描二维码 关注我们」): a
#   scanning verb and what the code leads to (a bare 「扫码办事更便捷」 is a headline);
_QR_PROMPT = LazyPattern(
    r"(?:请|請)?(?:用)?(?:微信|手机|手機)?(?:扫一扫|掃一掃|扫描|掃描|扫码|掃碼|长按|長按|识别|識別)"
    r"[^。！？，,；;]{0,20}"
    r"(?:二维码|二維碼|公众号|公眾號|当前页|當前頁|手机版|手機版|客户端|客戶端|关注我们|關注我們"
    # (round 16: what the code opens, read or watched: 「手机扫码阅读」)
    r"|阅读|閱讀|观看|觀看|收听|收聽)"
    r"[^。！？，,；;]{0,12}"
)
# - an accessibility toolbar's instruction (「按回车键在当前窗口打开，…进入导盲模式。」);
_READER_MODE = LazyPattern(r".{0,60}(?:导盲模式|導盲模式|读屏模式|讀屏模式).{0,20}")
# - browser advice (「建议使用IE9以上浏览器，最佳分辨率：1366×768」);
_BROWSER_ADVICE = LazyPattern(
    r".{0,10}(?:建议使用|建議使用|推荐使用|推薦使用|最佳分辨率|最佳解析度).{0,40}"
    r"(?:浏览器|瀏覽器|分辨率|解析度|浏览|瀏覽|\d{3,4}\s*[×xX*]\s*\d{3,4}).{0,20}"
    # (round t27: a player's words where the browser cannot play it, 「您的浏览器不支持video标签」)
    r"|(?:您的|你的)?(?:浏览器|瀏覽器)(?:不支持|不支援|暂不支持|暫不支援)[^。]{0,30}。?"
)
# - a font-size menu of sizes alone in brackets (「【大 中 小】」, 「[A+ A A-]」);
_BRACKETED_SIZES = LazyPattern(
    r"[【\[〖]\s*(?:大\s*中\s*小|小\s*中\s*大|A\s*\+\s*A\s*A\s*-|A\s*-\s*A\s*A\s*\+)\s*[】\]〗]"
)
# - the site's licence and registration numbers wherever the scraper put them (「赣ICP备05005098号」,
#   「赣公网安备 36090202000101号」, 「网站标识码：3609000001」): the footer's when they end the page.
_LICENCE = LazyPattern(
    r".{0,12}(?:ICP\s*[备備证證]|公\s*[网網]\s*安\s*[备備]|网站标识码|網站標識碼|版[权權]所有\s*[:：]).{0,40}"
)


# - the site's own notice of its copyright (「本网站版权所有，未经许可不得转载。」): the site speaks.
_SITE_RIGHTS = LazyPattern(
    r"(?:本网站|本網站|本网|本網|本站|本报|本報|本刊|本台)[^。]{0,20}"
    r"(?:版[权權]所有|未[经經][^。]{0,10}(?:许可|許可|授权|授權|同意))[^。]{0,30}。?"
)


# Round 16, from the genre:
# - an app's prompt (「打开新华社客户端，阅读体验更佳」, 「下载APP，看更多精彩内容」) and an account to
#   follow or join (「加入中央社LINE好友」, 「追蹤我們的IG」): the verb, the app or the account;
_APP_PROMPT = LazyPattern(
    r"(?:点击|點擊|立即|马上|馬上|點我|点我|按此|按我|請|请)?(?:打开|打開|下载|下載|安装|安裝)[^。！？，,；]{0,12}"
    r"(?:客户端|客戶端|APP|App|app)(?:[，,\s]*[^。！？，,；]{0,16})?[。！!]?"
    r"|(?:加入|追蹤|追踪|關注|关注|訂閱|订阅)[^。！？，,；]{0,12}"
    r"(?:LINE|Line|IG|Instagram|Facebook|YouTube|Telegram|粉絲專頁|粉丝专页|粉專|官方帳號|官方账号"
    r"|公众号|公眾號|视频号|視頻號)(?:好友|頻道|频道)?[。！!]?"
    # (round 19: a portal's line that its app holds more, 「海量资讯、精准解读，尽在新浪财经APP」)
    r"|[^。！？]{0,20}(?:尽在|盡在)[^。！？，,；]{0,12}(?:客户端|客戶端|APP|App|app)[。！!]?"
    # (round t27: a portal's line to read the news in its app, 「不用抽 不用搶 現在用APP看新聞
    # 保證天天中獎」)
    r"|[^。！？]{0,20}(?:用|上)(?:客户端|客戶端|APP|App|app)(?:看|讀|读)(?:新聞|新闻)[^。！？]{0,20}"
)
# Session 21, from the genre: a promotion's link whose label and arrow close its line
# (「股民福利来了！十大金股送给你，带你掘金“黄金坑”！点击查看>>」, 「…100%中奖>>」): a Markdown
# page's raw HTML now read block by block sets it apart from the story. No sentence of a
# report ends in a double arrow, nor in one after 「点击查看」.
_CLICK_LINK = LazyPattern(
    r".{0,60}?(?:点击|點擊|点此|點此|猛戳|戳此)(?:查看|进入|進入|阅读|閱讀|了解|领取|領取|参与|參與)"
    r"[^。！？>＞]{0,6}?\s*(?:>>|＞＞|>|＞|→|»)"
)
# Round o32: a link that tells the reader to click for what it opens, alone on its line with no
# arrow (「点击查询所有巴士路线信息」, 「点击查询澳门对中国内地各城市的防疫政策」 on a tourism office's
# page): an imperative to the page's reader, no sentence of a report's text.
_CLICK_TO = LazyPattern(
    r"(?:点击|點擊)(?:查询|查詢|查看|浏览|瀏覽|下载|下載|进入|進入|了解|阅读|閱讀)"
    r"[^。！？!?，,；;：:、\s]{2,24}"
    # (round t27: a WeChat page's link to the original, 「点击“阅读原文”了解更多」)
    r"|(?:点击|點擊)[“\"「]?(?:阅读原文|閱讀原文)[”\"」]?[^。！？!?，,；;]{0,12}"
)
# - a comment box's count and its house rules (「已有0条评论」, 「请文明上网，理性发言」);
_COMMENT_BOX = LazyPattern(
    r"(?:已有|共有|共)\s*\d+\s*(?:条|條|則|则|个|個|人)?(?:评论|評論|留言|回复|回覆|参与|參與)"
    # (round t27: a count after the label, 「评论（0）」, 「留言 0」, and the prompt to log in first,
    # 「登录后参与评论」)
    r"|(?:评论|評論|留言|回复|回覆)\s*(?:[（(]\s*\d+\s*[）)]|\d+)"
    r"|(?:登录|登錄|登入)(?:后|後)?(?:参与|參與|发表|發表|才能|即可)?(?:评论|評論|留言)"
    r"|[^。]{0,10}(?:文明上网|文明上網|理性发言|理性發言|评论仅代表|評論僅代表|留言僅代表|评论仅供|評論僅供)[^。]{0,30}。?"
)
# - a pager (「第1页 共3页」, 「共3页」, 「1/3页」) and a reading counter with its figure
#   (「阅读：5632」, 「5632人已阅读」);
_PAGER = LazyPattern(
    r"(?:第\s*\d+\s*[页頁]\s*[/／,，]?\s*)?共\s*\d+\s*[页頁]|\d+\s*[/／]\s*\d+\s*[页頁]"
    r"|(?:阅读|閱讀|浏览|瀏覽|点击|點擊|人气|人氣|阅览|閱覽|热度|熱度|观看|觀看|播放)(?:次数|次數|量|数|數)?"
    r"\s*[:：]\s*\d[\d,.万萬wW+]*"
    r"|\d[\d,.万萬wW+]*\s*(?:人已阅读|人已閱讀|次阅读|次閱讀|次浏览|次瀏覽|人阅读|人閱讀)"
)
# - a reprint notice alone (「版权声明：本文为本网原创，转载请注明出处。」, 「未经授权，不得转载。」,
#   中央社's 「本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。」).
_REPRINT = LazyPattern(
    r"[【\[]?(?:版权声明|版權聲明)(?:[】\]]\s*[:：]?|\s*[:：]).{0,60}"
    # (round 19: after the outlet's name, 「自由時報版權所有不得轉載」)
    r"|[^。，,\s]{0,10}版[权權]所有\s*[，,、]?\s*(?:不得|严禁|嚴禁|禁止|请勿|請勿|翻印必究)[^。]{0,20}。?"
    # (the site's or the story's own words: a regulation's article 「第十条 未经许可，不得转载…」
    # is text)
    r"|(?:(?:本|此|凡|所有|文章|内容|內容|图文|圖文)[^。]{0,50})?"
    r"(?:未经|未經|非经|非經)[^。]{0,10}(?:授权|授權|许可|許可|同意)[^。]{0,4}"
    r"(?:不得|严禁|嚴禁|禁止|请勿|請勿)[^。]{0,12}(?:转载|轉載|复制|複製|摘编|摘編|使用)[^。]{0,30}。?"
    # …and the notice that a picture came from the net and is taken down on request
    # (「图片来源于网络，如有侵权请联系删除」), or that the article is its author's view alone.
    r"|[^。]{0,20}(?:如有侵权|如有侵權|如涉侵权|如涉侵權|若有侵权|若有侵權)[^。]{0,20}(?:删除|刪除)[^。]{0,8}。?"
    # (round t27: a portal's longer form, 「特别声明：本文为网易自媒体平台“网易号”作者上传并发布，
    # 仅代表该作者观点。网易仅提供信息发布平台。」, 「声明：本文转载…并不意味着代表本网站观点…」)
    r"|(?:(?:免责|特别|特別)?(?:声明|聲明)\s*[:：]\s*)?(?:本文|文章)[^。]{0,40}"
    r"(?:仅代表|僅代表|不代表|意味着代表|意味著代表)"
    r"[^。]{0,30}(?:观点|觀點|立场|立場)[^。]{0,30}。?(?:[^。]{0,12}(?:仅提供|僅提供)[^。]{0,20}。?)?"
    r"|(?:(?:本|此|凡|所有|文章|内容|內容|图文|圖文|如需|如要)[^。]{0,20})?"
    r"(?:转载|轉載)(?:请|請)(?:注明|註明)(?:出处|出處|来源|來源)[^。]{0,20}。?"
)
_NOTICE = LazyPattern(
    "|".join(
        f"(?:{p.pattern})"
        for p in (_QR_PROMPT, _READER_MODE, _BROWSER_ADVICE, _LICENCE, _SITE_RIGHTS)
    )
)
#: A character each of those notices holds, rare in text (扫/掃, 按 of 长按, 识/識, 盲/屏, 议/荐/佳 of
#: 建议/推荐/最佳, ICP, 备/備, 码/碼, 权/權, 许/授 of 许可/授权).
_NOTICE_CHARS = LazyPattern("[扫掃按识識盲屏议議荐薦佳I备備码碼权權许許授览覽]")
# Round 16's notices, each behind words it must hold (a plain test of a short line is cheaper
# than trying the pattern on every line of a report).
_GATED_NOTICES = tuple(
    (LazyPattern("|".join(words)), notice)
    for words, notice in (
        ("评论 評論 留言 回复 回覆 参与 參與 文明 理性".split(), _COMMENT_BOX),
        (
            "页 頁 阅读 閱讀 浏览 瀏覽 点击 點擊 人气 人氣 阅览 閱覽 热度 熱度 观看 觀看 播放".split(),
            _PAGER,
        ),
        ("转载 轉載 版权 版權 侵权 侵權 代表".split(), _REPRINT),
    )
)
#: A character of those gates' words, rarer in a report's text than the words' other
#: characters (复 of 回复, 击 of 点击, 观 of 观点 …).
_GATE_CHARS = LazyPattern("[评評留复覆网網页頁阅閱浏瀏览覽击擊转轉版侵观觀气氣热熱播]")
_APP_GATE = LazyPattern(
    "客户端|客戶端|粉|APP|App|app|LINE|Line|IG|Instagram|Facebook|YouTube|Telegram|帳號|账号"
    "|公众号|公眾號|视频号|視頻號"
)


def is_app_prompt(line: str) -> bool:
    """Whether a stripped line is a page's prompt to open or download its app or to follow or
    join its account — the site addressing its reader, like the appeals under a story
    (``gui.core.furniture``'s ``news`` kind)."""
    return (
        len(line) <= 80 and _APP_GATE.search(line) is not None and bool(_APP_PROMPT.fullmatch(line))
    )


def is_control_line(line: str) -> bool:
    """Whether a stripped line is made of a site's controls (or is a page's link to the
    articles around it, an attachment's file name, a line of script or style, a QR code's
    prompt, a reading-mode or browser notice, the site's licence numbers)."""
    if CHROME_LINE.fullmatch(line) or _PREV_NEXT.fullmatch(line) or _FILE_LINK.fullmatch(line):
        return True
    if len(line) <= 80:
        if _NOTICE_CHARS.search(line) and _NOTICE.fullmatch(line):
            return True  # (a character class first: most lines hold none of these notices')
        if _GATE_CHARS.search(line):
            for gate, notice in _GATED_NOTICES:
                if gate.search(line) and notice.fullmatch(line):
                    return True
    if line[-1] in ">＞→»" and len(line) <= 80:
        if line.endswith((">>", "＞＞", "»")) or _CLICK_LINK.fullmatch(line):
            return True
        # Round o32: a server template's code left where its fields were not filled in, closed
        # by its tag (「Q：question)?>」, 「answer)?>」 on a PHP FAQ page); no text ends so.
        if line.endswith(("?>", "%>")):
            return True
    if line[0] in "点點" and len(line) <= 30 and _CLICK_TO.fullmatch(line):
        return True
    if line[0] in "【[〖" and _BRACKETED_SIZES.fullmatch(line):
        return True
    if line[0] == "附" and len(line) <= 16 and _ATTACHMENT_LINKS.fullmatch(line):
        return True
    return line.isascii() and _CODE_LINE.fullmatch(line) is not None


def mark_menus(lines: list[tuple[int, int, str]], kinds: list[str | None]) -> None:
    """Chrome after chrome: a menu's sizes one a line, a closing bracket broken off."""
    # A font-size menu a scraper set one size a line (「【字体：」 / 「大」 / 「中」 / 「小」 /
    # 「】」: a page's links each a line): its sizes after its key are chrome, and so is the
    # closing bracket of a chrome line broken onto the next line (「【字号： 加大 还原 减小」 /
    # 「】」: ``patterns.paragraphs`` cuts it off what follows).
    # The menu may open at the end of a page's meta line (「发布时间：2026-01-27 来源：… 【字体：」).
    menu = False
    for i in range(1, len(lines)):
        line, before = lines[i][2], lines[i - 1][2]
        if kinds[i - 1] == "chrome":
            menu = menu or bool(_SIZE_KEY.search(before))
        else:
            menu = kinds[i - 1] is not None and _MENU_OPEN.search(before) is not None
        if kinds[i] is None and (menu or kinds[i - 1] == "chrome"):
            if _BRACKET_TAIL.fullmatch(line) or (menu and _SIZES_LINE.fullmatch(line)):
                kinds[i] = "chrome"


# (round 21) A table's row (「封閉交通 | 非利喇街」) or a list's name and office (「洪天云 扶贫办副主任」)
# is the document's, no title a links box lists: the list ends there.
_NO_LINK = LazyPattern(rf"[|｜\t]|^\S{{2,4}}\s+\S{{0,20}}(?:{OFFICE_TITLES})$")


def mark_link_lists(
    lines: list[tuple[int, int, str]], kinds: list[str | None], last_body: int
) -> None:
    """Under the text, the titles a links box lists one a line under its label (「相关链接：」 /
    「国务院办公厅关于印发《政府网站发展指引》的通知」): short lines without a sentence's end
    (a headline's ？ or ！ may close one: 「讀桑德爾札記（3）：成也資歷，敗也資歷？」)."""
    listing = False
    for i in range(last_body + 1, len(lines)):
        line = lines[i][2]
        if kinds[i] is not None:
            listing = bool(_LINKS_LABEL.fullmatch(line))
        elif (
            listing
            and len(line) <= 60
            and not any(c in line[:-1] for c in "。！？；")
            and line[-1] not in "。；"
            and _NO_LINK.search(line) is None
        ):
            kinds[i] = "chrome"
        else:
            listing = False
    # (Round t26) A links box under its label alone at the page's end whose cards ran together
    # where the page lost their breaks (中央社's 「延伸閱讀」 over 「巴沙魚究竟是什麼？不肖業者冒充…
    # 主廚逆轉判無罪…」 / 「林金富」 / …, batch 43): a card of two headlines is as long as a paragraph,
    # so the story's end is read under it; every line under the label to the end is a title, a
    # name or furniture (no sentence's end), the box is.
    _mark_box_to_end(lines, kinds)
    # (session 22) Between the paragraphs, the one card right under a related label: a story's
    # headline in a Hong Kong site's form, its topic in brackets (「相關新聞：」 / 「【銀髮後援】老友記
    # 探監師陪家人探手足：「何以要把苦難帶給年輕人？」」, 眾新聞; 立場新聞 and 852郵報 title so).
    for i in range(1, min(last_body + 1, len(lines))):
        line = lines[i][2]
        if (
            kinds[i] is None
            and kinds[i - 1] is not None
            and line.startswith("【")
            and len(line) <= 60
            and _TOPIC_CARD.match(line)
            and not any(c in line[:-2] for c in "。；")
            and _LINKS_LABEL.fullmatch(lines[i - 1][2])
        ):
            kinds[i] = "news"


#: A links box's line under its label at the page's end is this long at most (cards run
#: together); at least this many lines under the label.
_BOX_LINE_CHARS = 120
_BOX_LINES = 2


def _mark_box_to_end(lines: list[tuple[int, int, str]], kinds: list[str | None]) -> None:
    """The last links label alone on its line (``_LINKS_LABEL``) with only titles, names and
    furniture under it to the page's end (``_BOX_LINES`` lines of text or more, none with a
    sentence's end or longer than ``_BOX_LINE_CHARS``): the label and the lines are chrome."""
    below: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i][2]
        if not line:
            continue
        if _LINKS_LABEL.fullmatch(line) and not line.endswith(("：", ":")):
            if len(below) >= _BOX_LINES:
                for j in (i, *below):
                    kinds[j] = kinds[j] or "chrome"
            return
        if kinds[i] is not None:
            continue  # (the page's furniture among and under the cards)
        below.append(i)
        if (
            len(line) > _BOX_LINE_CHARS
            or any(c in line for c in "。；;")
            or _NO_LINK.search(line) is not None
        ):
            return


#: A story's card: its topic in brackets, then its headline.
_TOPIC_CARD = LazyPattern(r"【[^【】\s]{2,10}】\S")
#: A label that names the link under it (「原文链接」, 「原文網址」, 「本文链接：」), at the end of
#: a furniture line (a Markdown container's opener 「::: warning 原文链接」 holds one).
_URL_LABEL = LazyPattern(
    r"(?:原文|原始|本文|文章|来源|來源|网页|網頁)(?:链接|鏈接|連結|地址|网址|網址)(?:地址)?\s*[:：]?"
)
#: A line that is only an address (an autolink's 「<https://…>」 read to its text).
_BARE_URL = LazyPattern(r"<?(?:https?://|www\.)[^\s<>]{4,}>?")


def mark_labelled_urls(lines: list[tuple[int, int, str]], kinds: list[str | None]) -> None:
    """A bare address on the line under a furniture line that labels it (「原文链接」 over
    「https://www.mee.gov.cn/…html」): the page's link to its source, chrome. An address under
    a sentence (「如欲查詢更詳盡資料，請瀏覽：」) stays text."""
    above: int | None = None
    for i, (_, _, line) in enumerate(lines):
        if not line:
            continue
        if (
            kinds[i] is None
            and above is not None
            and kinds[above] is not None
            and len(line) <= 300
            and _BARE_URL.fullmatch(line)
        ):
            label = lines[above][2]
            m = _URL_LABEL.compiled.search(label, max(0, len(label) - 12))
            if m is not None and m.end() == len(label):
                kinds[i] = "chrome"
        above = i


#: A container's opener whose label names a table of contents (「::: details 目录」).
_CONTENTS_OPENER = LazyPattern(
    r":{3,}[ \t]*[A-Za-z][\w-]{0,20}[ \t]+(?:目录|目錄|本页目录|本頁目錄)"
)
_FENCE_CLOSE = LazyPattern(r":{3,}")


def mark_contents_containers(lines: list[tuple[int, int, str]], kinds: list[str | None]) -> None:
    """The lines of a Markdown container that a page's opener labels its table of contents
    (「::: details 目录」 / 「第1~17条：」 / the articles' anchors 「1 2 3 … 17」 / 「:::」): a
    page's links to its own parts, chrome, up to the container's closing fence (none: nothing)."""
    for i, (_, _, line) in enumerate(lines):
        if line[:3] != ":::" or kinds[i] is None or not _CONTENTS_OPENER.fullmatch(line):
            continue
        end = next(
            (
                j
                for j in range(i + 1, min(len(lines), i + 40))
                if _FENCE_CLOSE.fullmatch(lines[j][2])
            ),
            None,
        )
        for j in range(i + 1, end or i + 1):
            if lines[j][2] and kinds[j] is None:
                kinds[j] = "chrome"
