"""Photo captions, credits and bylines as page text keeps them: a photo's credit in brackets
or closing its caption (…（图源：视觉中国）, …。何君健攝), a credit alone where the photo was
(资料图片), a caption naming the act it shows (…師生合影), a figure's label, the photo over a
work report (省长赵刚作政府工作报告) and the reporter and speaker lines around a story (本报记者 张三,
市长 张建国, 記者王大明／台北報導). ``gui.core.furniture`` asks ``caption_or_byline`` about each
line its own patterns leave; every form is one of the genre (docs/outline.md, *Page furniture*).
"""

from __future__ import annotations

import re

from gui.core.patterns import HAN, LazyPattern

# Captions and credits: a photo credit in brackets, or a line ending in a credit.
_NAME = rf"(?:{HAN}|·)(?:\s?(?:{HAN}|·)){{1,4}}"  # 杨 洁: two-character names spaced out
_CREDIT_PAREN = LazyPattern(
    r"[（(](?:图源|圖源|图片来源|圖片來源|图片|圖片|图|圖|摄影|攝影|摄|攝|来源|來源|视频|視頻)"
    r"\s*[:：/／]|[（(](?:资料图|資料圖|资料图片|資料圖片|新华社发|新華社發|受访者供图|受訪者供圖)"
    r"[^（()）]{0,12}[）)]\s*$"
    # …（商台片段截圖） / …（政府新聞處）: the picture's source closing a caption.
    r"|[（(][^（()）：:]{0,12}(?:截圖|截图|圖片|图片|供圖|供图|新聞處|新闻处)[）)]\s*$"
)
_CREDIT_TAIL = LazyPattern(
    rf"(?:记者|記者|通讯员|通訊員|摄影|攝影)\s+{_NAME}(?:\s*[、，,\s]\s*{_NAME})*\s*(?:摄|攝)?\s*$"
    rf"|(?:记者|記者|通讯员|通訊員|摄影|攝影|\s){_NAME}(?:\s*[、，,\s]\s*{_NAME})*\s+(?:摄|攝)\s*$"
    rf"|[（(][^（()）]{{0,16}}\s*(?:摄|攝)[）)]\s*$"
    # A caption's sentence, then the photographer: 「…須受到監察。何君健攝」.
    rf"|[。！!]\s*{_NAME}\s*(?:摄|攝)\s*$"
    r"|[。！!]\s*(?:網上圖片|网上图片|資料圖片|资料图片|資料圖|资料图)\s*$"
    # A Hong Kong page's caption closed by the agency it took the photo from: 「…。美聯社圖片」;
    # (round 29) the agency alone or its footage's frame: 「…會面。美聯社」, 「…受傷。美聯社片段截圖」.
    rf"|[。！!]\s*{HAN}{{1,4}}社\s*(?:照片|相片|圖片|图片|片段截圖|片段截图|截圖|截图)?\s*$"
    # Session 24: …by the source it took the picture from, a name and the picture's kind
    # (「…。維基百科照片」, 「…。中央台截圖」, 「…。木棉樹Facebook圖片」), or a photographer's name in
    # Latin letters (「…。Samson Huang攝」): a credit wherever the page sets the photo.
    rf"|[。！!]\s*{HAN}{{2,8}}(?:Facebook|facebook|FB|IG|Instagram)?"
    r"(?:照片|相片|圖片|图片|截圖|截图)\s*$"
    r"|[。！!]\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s*(?:摄|攝)\s*$"
    # Session 25: …by the site it took the picture from, whatever the site's name's length
    # (「…现场。清华大学艺术博物馆网站图片」).
    rf"|[。！!]\s*{HAN}{{2,16}}(?:网站|網站|官网|官網)(?:照片|相片|圖片|图片|截圖|截图)\s*$"
)
# Round 29: a frame of a programme or of footage, named alone (「《鏗鏘集：囚》影片截圖。」).
_SCREENSHOT = LazyPattern(r"[^。！？]{0,30}(?:影片|片段|視頻|视频|節目|节目)(?:截圖|截图)。?")
# …and a caption that says which side of the picture is which (「左為楊雪盈上載的版本，右為秘書處
# 發出版本。…」): only a caption points so at the image.
_SIDES = LazyPattern(r"(?:左|右)(?:為|为)[^。！？]{1,40}[，,；;]\s*(?:左|右)(?:為|为)")
# Round 16: a caption closed by where the photo came from — the net, the writer, a body
# (「…。網絡照片」, 「…。照片由筆者提供」, 「…。照片來源：聯合國兒童基金香港委員會」).
_CREDIT_SOURCE = LazyPattern(
    r"[。！!]\s*(?:網絡|网络|互聯網|互联网)(?:照片|圖片|图片|相片)\s*$"
    r"|[。！!]\s*(?:照片|相片|圖片|图片|影片|视频|視頻)(?:由[^。，,！？]{1,20}(?:提供|拍攝|拍摄)"
    r"|(?:來源|来源|提供)\s*[:：][^。！？]{1,30})\s*$"
    # (round 19: by the body or the person that gave it, 「…完成八位數美元新一輪募資。奧丁丁集團提供」)
    rf"|[。！!]\s*(?:(?:來源|来源)\s*[:：]\s*)?{HAN}{{2,12}}(?:提供|供圖|供图)\s*$"
)
_CREDIT_SOURCE_WORDS = LazyPattern("照片|相片|圖片|图片|影片|视频|視頻|提供|供圖|供图")
# A photo's credit alone where the photo was (「资料图片」, 「新华社发」, 「受访者供图」).
_CREDIT_ALONE = LazyPattern(
    r"[（(]?(?:资料图片|資料圖片|资料图|資料圖|网上图片|網上圖片|新华社发|新華社發|受访者供图|受訪者供圖"
    # (round t26: a Taiwan page's 「(資料照片)」, a file photo's or a sketch's note)
    r"|資料照片|资料照片|檔案照片|档案照片|示意圖|示意图"
    # (round t27: a sketch's or a picture's note of where it was taken from, 「（示意圖／翻攝自
    # Pixabay）」, 「（圖／翻攝自臉書）」)
    r"|(?:示意圖|示意图|圖|图|照片|影片)\s*[／/]\s*(?:翻攝|翻摄|取自|截自|摘自)自?\s*[^\s（）()]{1,16}"
    rf"|網絡照片|网络照片|網絡圖片|网络图片|(?:照片|相片|圖片|图片)由{HAN}{{1,10}}提供"
    # (round 29: a chart's maker, 「眾新聞製圖」)
    rf"|{HAN}{{2,8}}(?<![繪绘重])(?:製圖|制图)"
    rf"|图片|圖片)(?:\s*[:：/／]?\s*{_NAME}\s*(?:摄|攝)?)?[）)]?"
)
# A photographer's credit alone on its line, a name and 攝 (「何君健攝」, 「黎家威攝」): the caption's
# sentence above it on a line of its own (a page that breaks after every sentence, round 22). Not
# a verb's 攝 (拍攝, 航攝: 「禁止拍攝」).
_PHOTOGRAPHER_ALONE = LazyPattern(rf"{HAN}{{2,4}}(?<![拍航偷跟採采攝摄])(?:摄|攝)")
# One sentence closed by the news agency the photo came from: 「習近平抵達金邊，…訪問。（法新社）」,
# 「習近平在馬來西亞與安華會談。 (路透社)」 (a paragraph of several sentences may end in its source).
_AGENCY_CAPTION = LazyPattern(rf"[^。！？!?]{{2,120}}[。！!]\s*[（(]{HAN}{{1,4}}社[）)]\s*")
_CAPTION_HEAD = LazyPattern(r"(?:图为|圖為|上图|下图|上圖|下圖|左图|右图|▲|△)")
# The photo over a work report: 「省长赵刚作政府工作报告」 (a report never says so of itself).
_REPORT_PHOTO = LazyPattern(rf"{HAN}{{2,20}}作(?:政府)?工作报告[。.]?")
# A photo's credit left where the photo was: 「Photo Credit: Reuters / 達志影像」.
_PHOTO_CREDIT_LINE = LazyPattern(
    r"(?:Photo Credit|圖片來源|图片来源|照片來源|照片来源|相片來源|相片来源)\s*[:：]\s*\S.{0,40}"
)
_FIGURE_LABEL = LazyPattern(
    r"(?:图|圖|表)\s*[0-9０-９一二三四五六七八九十]+(?:[-－.．][0-9]+)?\s+\S"
    # (a figure's caption with the size a converter gave its picture: 「图 1：…{width="5.6in"}」)
    r"|(?:图|圖)\s*[0-9０-９]+(?:[-－.．][0-9]+)?\s*[:：].{1,80}\{width=[^{}]*\}\s*$"
)

# A byline: an office or a newsroom, then one to three names (市长 张建国 / 本报记者 李四).
_OFFICE = (
    r"(?:省长|省長|市长|市長|区长|區長|县长|縣長|州长|州長|主席|总理|總理|主任|书记|書記|部长|部長|"
    r"厅长|廳長|局长|局長|院长|院長|秘书长|秘書長|行政长官|行政長官|署长|署長|司长|司長|盟长|盟長|旗长|旗長)"
)
_REPORTER = r"(?:记者|記者|通讯员|通訊員)"
_NAMES = rf"{_NAME}(?:\s*[、，,\s]\s*{_NAME}){{0,3}}\s*"
# (a portrait's sitter may hold a company's, a school's or a society's office)
_SITTER_OFFICE = (
    rf"(?:{_OFFICE}|董事长|董事長|总经理|總經理|总裁|總裁|校长|校長|会长|會長|理事长|理事長|社长|社長"
    r"|所长|所長|议员|議員)"
)
_SITTER = LazyPattern(_SITTER_OFFICE)
_OFFICE_NAME = LazyPattern(rf"(?:{HAN}|·|、){{0,14}}{_SITTER_OFFICE}\s*{_NAMES}")
_BYLINE = LazyPattern(
    rf"(?:{HAN}|·){{0,14}}{_OFFICE}\s*{_NAMES}"
    rf"|(?:(?:{HAN}|·){{0,12}}[报報社台网網站])?{_REPORTER}\s*[|｜]?\s*{_NAMES}"
    rf"|{_REPORTER}\s*[|｜\s]\s*{_NAMES}"
)
# Taiwan and Hong Kong bylines: 「記者王大明／台北報導」, 「王大明 台北報導」, 「文／王大明」,
# 「圖／中央社」 (a slash between the role and the name, or the name and the place).
_PLACE_BYLINE = LazyPattern(
    rf"(?:文\s*[／/]\s*[图圖]\s+)?"  # (「文/图 本报特派记者刘新宇 天津报道」)
    # (round t27: a TV station's or a site's name before it, 「民視新聞／王大明、李小明 台北報導」)
    rf"(?:{HAN}{{1,8}}(?:新聞|新闻|[報报台網网社])\s*[／/]\s*)?"
    rf"(?:(?:{HAN}{{0,8}}){_REPORTER}\s*)?{_NAMES}[／/\s]\s*{HAN}{{2,4}}(?:綜合)?(?:報導|报道)"
)
_SLASH_BYLINE = LazyPattern(
    rf"(?:文|圖|图|攝影|摄影|記者|记者|撰文|撰稿)\s*[／/]\s*{_NAMES}"
    rf"(?:\s*[、，,\s]\s*(?:文|圖|图|攝影|摄影)\s*[／/]\s*{_NAMES})?"
)
# A photo between a story's paragraphs, captioned by who does what in it (「一眾嘉賓與…師生合影」,
# 「…校長黃穎詩致辭」, 「…局長麥美娟參觀VR體驗展」): a phrase ending in the act, no stop in it.
_ACT_CAPTION = LazyPattern(
    r"[^。！？；：:]{2,58}(?:合影|合影留念|合照|致辭|致辞|致詞|致词)|[^。！？；：:]{0,58}合影留念"
    rf"|[^。！？；：:，,]{{0,40}}{_OFFICE}{HAN}{{2,4}}(?:參觀|参观|視察|视察)[^。！？；：:，,]{{1,20}}"
)
_BYLINE_MARK = re.compile(r"^[□■◎●◆◇▲★☆]\s*")
_BYLINE_SPACED = LazyPattern(rf"\S{{1,16}}{_OFFICE}\s+{_NAME}\s*$")
# Round 16, from the genre: where people stand in a photo (「吴锦（右一）、魏华山（左一）会谈」,
# 「（前排左三）」) — only a caption counts them off so; a line with it and no sentence in it.
_POSITION = LazyPattern(
    r"[（(](?:前排|後排|后排|中排)?(?:左|右)(?:起)?[一二三四五六七八九\d]?[）)]"
)
# …and a scene named by the event's part it shows, between a story's paragraphs (「活动现场」,
# 「签约现场」, 「项目签约仪式」): a short phrase ending in the scene.
_CLAUSE_MARKS = LazyPattern("[，,。：:；！？]")
_SCENE = LazyPattern(rf"{HAN}{{2,8}}(?:现场|現場|仪式|儀式)")


def caption_or_byline(line: str, around_body: bool) -> str | None:
    """``caption``, ``byline`` or None for a stripped line of at most
    ``furniture.MAX_FURNITURE_CHARS`` characters; ``around_body`` as ``classify_line``'s."""
    if _PHOTO_CREDIT_LINE.fullmatch(line) or (len(line) <= 20 and _CREDIT_ALONE.fullmatch(line)):
        return "caption"
    if len(line) <= 5 and line[-1] in "摄攝" and _PHOTOGRAPHER_ALONE.fullmatch(line):
        return "caption"
    if around_body and _REPORT_PHOTO.fullmatch(line):
        return "caption"
    if not around_body and len(line) <= 60 and _ACT_CAPTION.fullmatch(line):
        return "caption"
    if (
        len(line) <= 60
        and ("左" in line or "右" in line)
        and _POSITION.search(line)
        and not any(c in line[:-1] for c in "。！？；")
    ):
        return "caption"
    if _CREDIT_PAREN.search(line) or _CAPTION_HEAD.match(line) or _FIGURE_LABEL.match(line):
        return "caption"
    if line[-2:] in ("截圖", "截图", "圖。", "图。") and _SCREENSHOT.fullmatch(line):
        return "caption"
    if line[0] in "左右" and _SIDES.match(line):
        return "caption"
    if line[-1] in "）)" and _AGENCY_CAPTION.fullmatch(line):
        return "caption"
    if len(line) <= 80 and _CREDIT_SOURCE_WORDS.search(line[-30:]) and _CREDIT_SOURCE.search(line):
        return "caption"
    if _CREDIT_TAIL.search(line) and len(line) <= 80:
        return "caption" if not around_body or "摄" in line or "。" in line else "byline"
    # (a paper's page sets a byline after a mark — 「□本报记者 张三」, 「■记者 李四」 — or in
    # brackets: 「（本报记者 张三）」, 「〔記者王大明／台北報導〕」)
    if len(line) > 30:
        return None
    inner = _byline_text(line)
    if (
        around_body
        and inner
        and (_BYLINE.fullmatch(inner) or _BYLINE_SPACED.match(inner))
        and not line.startswith(
            ("关于", "關於")
        )  # a title's topic (「关于…在温家宝总理考察工作时」)
    ):
        return "byline"
    if inner and (_PLACE_BYLINE.fullmatch(inner) or _SLASH_BYLINE.fullmatch(inner)):
        return "byline"
    return None


def place_byline(text: str) -> bool:
    """「記者王大明／台北報導」, 「文/图 本报特派记者刘新宇 天津报道」: a byline with the place."""
    return _PLACE_BYLINE.fullmatch(text) is not None


def is_standalone_caption(line: str) -> bool:
    """A scene (「活动现场」, 「项目签约仪式」) or a sitter's office and name (「黄石市委副书记、市长吴锦」):
    captions only where the line stands alone between a story's paragraphs (``find_furniture``
    checks the paragraphs; a list of members sets such lines one under another)."""
    if len(line) > 30 or _CLAUSE_MARKS.search(line):
        return False
    if len(line) <= 10 and line[-1] in "场場式" and _SCENE.fullmatch(line):
        return True
    return _SITTER.search(line) is not None and _OFFICE_NAME.fullmatch(line) is not None


# Round 29: a market note's chart, dropped by the feed, left its caption under the story's last
# paragraph (「A股市场板块涨跌幅排行」, 「沪指分时走势图」): a name closed by the chart's kind.
_CHART_CAPTION = LazyPattern(
    rf"(?:[A-Za-z0-9]|{HAN}){{2,24}}(?:排行|排行榜|走势图|走勢圖|分时图|分時圖|[Kk]线图|[Kk]線圖)"
)


def chart_caption(line: str) -> bool:
    """Whether ``line``, under a story's last paragraph, is a chart's caption (see above)."""
    return len(line) <= 30 and _CHART_CAPTION.fullmatch(line) is not None


# Round 23: a photo's caption between a story's paragraphs in the form of the page's marked
# captions — the sitters by office and name and what they do, one sentence — that the paragraph
# under it narrates (「…总裁袁汉源与兴业银行西安分行行长蔡斌代表双方签署战略合作协议。」 over
# 「…袁汉源和…蔡斌分别代表双方企业签订了战略合作协议…」): the same people, the same act's object.
_SITTER_NAMED = LazyPattern(rf"{_SITTER_OFFICE}(?={HAN})")
_NARRATED_CHARS = (10, 60)
_SITTER_AT = 16  # the first sitter's office ends this far into the line at most
_ACT_OBJECT = 4  # the act's last characters, before the stop


def narrated_caption(line: str, below: str) -> bool:
    """Whether ``line``, standing between a story's paragraphs, is a photo's caption that the
    paragraph ``below`` narrates (see above): one sentence with no clause in it, opening with a
    sitter's office and name; each sitter's name and the act's last four characters are in
    ``below``, a longer paragraph."""
    if not _NARRATED_CHARS[0] <= len(line) <= _NARRATED_CHARS[1] or line[-1] != "。":
        return False
    if any(c in line[:-1] for c in "，,。；;：:！？!?“”「」") or len(below) <= len(line):
        return False
    sitters = list(_SITTER_NAMED.finditer(line))
    if not sitters or sitters[0].end() > _SITTER_AT or line[-1 - _ACT_OBJECT : -1] not in below:
        return False
    return all(
        line[m.end() : m.end() + 3] in below or line[m.end() : m.end() + 2] in below
        for m in sitters
    )


def _byline_text(line: str) -> str:
    """A byline's text without the mark a paper's page sets before it (「□本报记者 张三」,
    「■记者 李四」) or the brackets around it (「（本报记者 张三）」)."""
    inner = _BYLINE_MARK.sub("", line) if line[0] in "□■◎●◆◇▲★☆" else line
    if inner and inner[0] in "〔【[（(" and inner[-1] in "〕】]）)":
        inner = inner[1:-1].strip()
    return inner


# Round 19: a Hong Kong daily's page (星島, 東方) sets its lead photo's caption, one short
# sentence, between the page's stamp line (「2018-09-19 15:13 香港」, 「2018-08-02 港聞」) and the
# story's first paragraph, and its other photos' captions, each one sentence, under the story.
_ONE_SENTENCE = LazyPattern(r"[^。！？!?；;：:]{4,44}。")


def stamp_captions(
    texts: list[str], kinds: list[str | None], first_body: int, last_body: int
) -> None:
    """Marks the captions of such a page: the one-sentence line right above the story's first
    paragraph, under a stamp line (``kinds`` ``news``); then the one-sentence lines under the
    story's last paragraph."""
    above = [i for i in range(first_body) if texts[i]]
    if len(above) < 2 or kinds[above[-1]] is not None or kinds[above[-2]] != "news":
        return
    if not _ONE_SENTENCE.fullmatch(texts[above[-1]]) or not _STAMP_HEAD.fullmatch(texts[above[-2]]):
        return
    kinds[above[-1]] = "caption"
    for i in range(last_body + 1, len(texts)):
        if kinds[i] is None and texts[i] and _ONE_SENTENCE.fullmatch(texts[i]):
            kinds[i] = "caption"


# (the page's stamp: the day, maybe the time, and the place or the column, 2 or 3 characters —
# a mainland page's 「… 来源：…」 line is another form, whose short lead stays text)
_STAMP_HEAD = LazyPattern(
    rf"\d{{4}}\s*[-./]\s*\d{{1,2}}\s*[-./]\s*\d{{1,2}}(?:\s+\d{{1,2}}:\d{{2}})?\s+{HAN}{{2,3}}"
)
