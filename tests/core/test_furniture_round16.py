"""Round 16's furniture (`docs/history/outline-log.md`, "Round 16, session 15 (furniture)"): the families of
page furniture news and government pages print, on the real lines the dev golds hold (as the
page's text gives them: structure stripped, or moved under the story) and, for the families the
dev golds show in one source or none, on lines written from what such sites print — and the
body lines every rule must leave alone, real lines of the corpus first.

The last test reads every dev document and both check sets, with their markup and as plain
text: the story's last body lines are never furniture nor footer (a page with no story, its
body headlines alone, is left out: it has no last paragraphs).
"""

from __future__ import annotations

import json
import re

import pytest

from gui.core.furniture import classify_line, find_furniture
from gui.core.reading import document_from_text, read_document
from tests.conftest import FRESH_BATCHES, REPO

REAL = REPO / "tests" / "data" / "real"
COLUMN = REAL / "news-hk-playable-city-space-2017.md"
FAIR = REAL / "news-cn-huangshi-investment-fair-2021.html"
READING_DRIVE = REAL / "news-hk-walking-library-reading-drive-2024.txt"
WHITE_PAPER = REAL / "outline_check2" / "ind-cn-cncc-sig-whitepaper-overview.md"
TOWNS = REAL / "reg-sh-historic-towns-2025.txt"


def _kinds(text: str) -> dict[str, str]:
    """Each furniture line of ``text`` (as plain text) and its kind."""
    doc = document_from_text(text)
    out = {}
    for f in doc.furniture:
        for line in doc.text[f.start : f.end].split("\n"):
            if line.strip():
                out[line.strip()] = f.kind
    return out


# --- photo captions and credits -----------------------------------------------------------


def test_hong_kong_captions_closed_by_where_the_photo_came_from():
    """A caption's sentence closed by the net, the writer or a body as the photo's source
    (眾新聞's column, read as page text: its Markdown images' captions are lines)."""
    doc = read_document(COLUMN)
    kinds = _kinds(doc.text)
    for line in (
        "1966年，艾倫夫人設計的兒童歷險空間。網絡照片",
        "意大利都靈一處路旁兒童遊樂空間。照片由筆者提供",
        "遊樂的種類及元素能啟發兒童不同方面的能力發展。照片來源：聯合國兒童基金香港委員會",
    ):
        assert kinds.get(line) == "caption", line
    # (the same words inside a story's sentence are text)
    assert classify_line("他說，照片由筆者提供給法庭作證據之用，並無不妥。", False) is None
    assert classify_line("（四）犬只照片两张；", False) is None  # a regulation's list item


def test_company_page_captions_as_plain_text():
    """A company's news page read as text (the centred layout that marked its captions gone):
    where people stand in the photo, a sitter's office and name, the scene."""
    doc = read_document(FAIR)
    kinds = _kinds(doc.text)
    for line in (
        "活动现场",
        "吴锦（右一）、魏华山（左一）会谈",
        "黄石市委副书记、市长吴锦",
        "项目签约仪式",
    ):
        assert kinds.get(line) == "caption", line
    headings = [s.heading for s in document_from_text(doc.text).sections if s.heading]
    assert not any(h in ("活动现场", "项目签约仪式") for h in headings)


def test_converter_residue_in_markdown_pages():
    """outline_check2's Markdown reports read as text: a page's script import, a converter's
    hard line break alone and a figure's caption with its picture's size are no text."""
    assert classify_line("import { onMounted } from 'vue';", False) == "chrome"
    assert classify_line("\\", False) == "chrome"
    line = '图 1：人工智能模型的开放访问等级{width="5.59375in" height="1.3909755030621171in"}'
    assert classify_line(line, False) == "caption"
    assert classify_line("图1：示意", False) is None  # (no picture's size: left to the outline)
    assert classify_line("import", False) is None


def test_a_photos_source_keyed_alone():
    assert classify_line("照片來源：中央社", around_body=False) == "caption"
    assert classify_line("扫码办事更便捷", around_body=False) is None  # a headline (round 9)


def test_a_list_of_members_is_no_run_of_captions():
    """A sitter's office and name is a caption only alone between two paragraphs: a notice's
    list of members sets such lines one under another."""
    para = (
        "为加强统筹协调，经国务院同意，建立部际联席会议制度，联席会议由以下成员组成，"
        "现将有关事项通知如下，请认真贯彻落实。"
    )
    members = ["教育部副部长 李四", "财政部副部长 王五", "人力资源社会保障部副部长 赵六"]
    text = "\n".join(["关于建立联席会议制度的通知", para, *members, para])
    assert not any(line in _kinds(text) for line in members)
    # One such line between the paragraphs of a story is a portrait's caption.
    text = "\n".join(["推介会在武汉举行", para, members[0], para])
    assert _kinds(text).get(members[0]) == "caption"


def test_scene_and_position_forms_left_alone():
    for line in (
        "6. 澳門、橫琴、珠海三地亮燈儀式",  # a numbered item of a Macau release
        "[视频]香港举行升旗仪式庆祝回归祖国29周年",  # a 新闻联播 item's title
        "習近平抵金邊機場有歡迎儀式　書面講話稱冀深化更高水平政治互信",  # an RTHK headline
    ):
        assert classify_line(line, around_body=False) is None, line
    # Over the body (a headline's place) a scene is no caption.
    assert classify_line("项目签约仪式", around_body=True) is None
    # A sentence that says where someone stood is text.
    assert classify_line("合影时，他站在校长（左二）身旁。大家都笑了。", False) is None


def test_act_captions_under_the_last_paragraph():
    """Round 15's act captions (…師生合影, …致辭) read between a story's paragraphs; moved under
    its last paragraph, where no headline stands, they are captions too."""
    text = READING_DRIVE.read_text(encoding="utf-8").rstrip("\n")
    for line in ("一眾嘉賓與油蔴地街坊會學校師生合影", "聯合出版集團董事長傅偉中致辭"):
        body = "\n".join(ln for ln in text.split("\n") if ln.strip() != line)
        assert _kinds(body + "\n" + line).get(line) == "caption", line
    # …and over the body it stays what it may be there, a headline.
    assert classify_line("聯合出版集團董事長傅偉中致辭", around_body=True) is None


# --- credits and bylines ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "初审：李明 复审：王强 终审：赵刚",  # a mainland page's review chain (written from the genre)
        "值班编辑：王五",
        "本文来源：经济日报",
        "编辑 | 李四",  # a WeChat account's bar for a colon
        "来源丨人民日报",
    ],
)
def test_credits_anywhere(line):
    assert classify_line(line, around_body=False) == "news"


@pytest.mark.parametrize(
    "line",
    [
        "□本报记者 张三",  # a paper's page marks its bylines
        "（本报记者 张三）",
        "〔記者王大明／台北報導〕",  # 自由時報's brackets
        "文 | 张三",
    ],
)
def test_bylines_around_the_body(line):
    assert classify_line(line, around_body=True) in ("byline", "news")


def test_bar_credits_keep_the_reporter_and_leave_tables():
    # Batch 1's Sina story: 「记者|戈振伟」 is its byline and gives the reporter.
    doc = read_document(REAL / "news-cn-shenzhen-work-report-2022.md")
    assert doc.header.fields["reporter"].text == "戈振伟"
    assert classify_line("时间 | 地点 | 内容", around_body=True) is None  # a table's head


# --- site chrome: share bars, pagers, comment boxes, app prompts, tags, notices -----------


@pytest.mark.parametrize(
    "line",
    [
        # Taiwan's and Hong Kong's share bars and page controls
        "Facebook LINE 複製連結",
        "列印 轉寄 分享",
        "字級：小 中 大",
        "回上一頁",
        # a pager and a reading counter
        "上一页 1 2 3 下一页",
        "第1页 共3页",
        "阅读：5632",
        # a comment box
        "我要评论",
        "已有0条评论",
        "请文明上网，理性发言",
        # boxes of more stories
        "热门推荐",
        "猜你喜欢",
        "看更多",
        "请继续往下阅读",
        # reprint and copyright notices, tags, a breadcrumb
        "版权声明：本文为本网原创，转载请注明出处。",
        "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。",
        "未经授权，不得转载。",
        "图片来源于网络，如有侵权请联系删除",
        "All rights reserved.",
        "文章標籤：台積電 半導體",
        "#台積電 #半導體",
        "您所在的位置：首页 > 新闻中心 > 要闻动态",
        # a second set, written after the rules were (docs/history/outline-log.md, round 16): the forms
        # it found missing
        "手机扫码阅读",
        "您当前所在位置：首页 > 新闻动态",
        "我要评论 0",
        "网友评论仅供其表达个人看法，并不表明本网同意其观点",
        "文章標籤",
        "版權所有，不得轉載",
    ],
)
def test_site_chrome_anywhere(line):
    assert classify_line(line, around_body=False) == "chrome"


@pytest.mark.parametrize(
    "line",
    ["打开新华社客户端，阅读体验更佳", "下载APP，看更多精彩内容", "加入中央社LINE好友"],
)
def test_app_and_account_prompts_anywhere(line):
    """The site addressing its reader, like the appeals under a story: ``news``."""
    assert classify_line(line, around_body=False) == "news"


@pytest.mark.parametrize(
    "line",
    [
        "关键词：营商环境 改革",
        # (a repost's note, 「本文經授權轉載自：天下雜誌」, is furniture between paragraphs too since
        # round 21: the article speaking of where it first ran, and nothing else;
        # tests/core/test_furniture_round21.py)
        "本文数据来自国家统计局",
        "（本文作者為台大經濟系教授）",
    ],
)
def test_around_the_body_only(line):
    assert classify_line(line, around_body=True) is not None
    # (inside a paper or a story these may be its own words)
    assert classify_line(line, around_body=False) is None


@pytest.mark.parametrize(
    "line",
    [
        "第十条 未经著作权人许可，不得转载、摘编其作品。",  # an article of a regulation
        "第四条 请求行政执法委员会处理布图设计专有权侵权纠纷的，应当符合下列条件：",
        "10. 全民閱讀活動周",
        "●更多資料，可參閱以下連結：",
        "1",
        "2 3",
        "大",
        "据初步统计，本次活动相关报道总点击量超360万次。",
    ],
)
def test_text_left_alone(line):
    assert classify_line(line, around_body=False) is None


def test_a_white_papers_links_are_its_text():
    """Inside the body a label and a link are chrome only when the label names a page's link
    or address (原始網址, 電子郵件, 月費訂戶 網址); a white paper's 「主页：https://…」 and
    「代码库：https://…」 list its projects."""
    doc = read_document(WHITE_PAPER)
    furniture = "\n".join(doc.text[f.start : f.end] for f in doc.furniture)
    assert "主页：https://occlum.io/" not in furniture
    assert "代码库：https://github.com/occlum/occlum" not in furniture
    assert classify_line("原始網址：https://news.rthk.hk/rthk/ch/component/k2/1.htm", False)
    assert classify_line("主页：https://occlum.io/", around_body=True) == "chrome"


def test_a_contents_entry_is_no_banner():
    """A regulation's contents list repeats its chapters' headings: the first copy is the
    contents' entry, not a banner's copy of a title."""
    doc = read_document(TOWNS)
    assert not any(doc.text[f.start : f.end].startswith("第一章") for f in doc.furniture)


# --- the story's last lines stay body, whatever the footer split and the tail rules do ----


def _dev_golds():
    rows = (REAL / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    for row in rows:
        name, _kind, split, *rest = row.split("\t")
        if split == "dev" and (rest[0].strip() if rest else "1") not in FRESH_BATCHES:
            yield (
                REAL / name,
                json.loads(
                    (REAL / "gold" / (name.rsplit(".", 1)[0] + ".json")).read_text(encoding="utf-8")
                ),
            )
    for folder in ("outline_check", "outline_check2"):
        for gold in sorted((REAL / folder / "gold").glob("*.json")):
            data = json.loads(gold.read_text(encoding="utf-8"))
            yield REAL / folder / data["file"].rsplit("/", 1)[-1], data


def _last_body_lines(gold: dict, n: int = 3) -> list[tuple[int, int]]:
    """The last ``n`` lines of the gold's text that are neither furniture nor title, subtitle
    or a header line (one holding a header value), nor blank."""
    text = gold["text"]
    marked = [tuple(r) for r in gold.get("furniture", [])]
    marked += [tuple(gold[k]) for k in ("title_span", "subtitle_span") if gold.get(k)]
    values = []
    for value in (gold.get("document") or {}).values():
        values += [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
    out = []
    for m in re.finditer(r"[^\n]+", text):
        a, b = m.span()
        line = m[0].strip()
        if not line or any(s < b and a < e for s, e in marked):
            continue
        if any(len(v) >= 2 and v in line for v in values):
            continue
        out.append((a, b))
    return out[-n:]


def _has_running_text(gold: dict) -> bool:
    """Whether the gold's body holds a line that is no heading: a story or a report. A page
    whose body is headings alone (a site's front page: headlines between its menus, no story
    under any) has no last paragraphs for the sweep to keep."""
    headings = {(s["start"], s["end"]) for s in gold.get("sections", [])}
    return any(span not in headings for span in _last_body_lines(gold, n=10**9))


def test_the_last_body_lines_stay_body():
    taken = []
    read = headlines_only = 0
    for path, gold in _dev_golds():
        lines = _last_body_lines(gold)
        if lines and not _has_running_text(gold):
            headlines_only += 1
            continue
        doc = read_document(path)
        for reading, d in (("file", doc), ("text", document_from_text(doc.text))):
            if d.text != gold["text"]:
                continue
            read += 1
            spans = [(s.start, s.end) for s in d.furniture_spans()]
            for a, b in lines:
                chars = [i for i in range(a, b) if not d.text[i].isspace()]
                covered = sum(1 for i in chars if any(s <= i < e for s, e in spans))
                if covered * 2 > len(chars):
                    taken.append((path.name, reading, d.text[a:b][:40]))
    assert read >= 250  # (every dev document and check document, both ways)
    assert headlines_only <= 1  # (a news site's saved front page, batch 35)
    assert not taken


def test_find_furniture_marks_nothing_of_a_story_without_furniture():
    story = (
        "本市今年推进城市更新，完成老旧小区改造120个，惠及居民5万户，群众满意度明显提升。\n"
        "下一步，将继续加大投入，重点推进加装电梯、雨污分流和停车设施建设，让居民住得更舒心。\n"
        "市住房城乡建设管理委员会有关负责人表示，将会同各区抓好落实，确保年底前全面完成任务。"
    )
    assert find_furniture(story) == ()
