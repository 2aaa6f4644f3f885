"""Round 21's furniture families (`docs/history/outline-log.md`, "Round 21, furniture (session 17)"):
a printed page's head and foot (`gui/core/running_heads.py`), what WeChat articles, mainland apps
and portals and Hong Kong, Macau and Taiwan sites print (`gui/core/feed_notices.py`), and credits a
page sets between a story's paragraphs — on real lines of the corpus where it has the form, on
lines of `benchmarks/data/furniture_family_4.txt` (written before the rules) where it has none —
and the body lines each rule must leave alone.
"""

from __future__ import annotations

import json

import pytest

from gui.core.furniture import classify_line
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO, furniture_lines
from tests.core.furniture_story import BODY, TITLE, marked

REAL = REPO / "tests" / "data" / "real"


# Lines that are furniture wherever they stand: between two paragraphs of a story too.
ANYWHERE = [
    # a printed page's number, running foot and a gazette's running head
    "— 3 —",
    "－ 12 －",
    "- 7 -",
    "·5·",
    "第 3 页",
    "3 / 12",
    "Page 3 of 12",
    "2025年统计公报 · 第 4 页",
    "国务院公报 2025年第12号",
    "江苏省人民政府公报 2025年第6期（总第789期）",
    # WeChat
    "原创 李明 中国新闻周刊 2025-12-03 10:21 北京",
    "点击上方蓝字关注我们",
    "点击上方“学习强国”，关注更多精彩",
    "预览时标签不可点",
    "收录于合集 #经济观察 12个",
    "星标我们，第一时间获取推送",
    "往期推荐",
    "—END—",
    "- THE END -",
    "继续滑动看下一个",
    "文章已于2025-12-03修改",
    # mainland apps and portals
    "打开腾讯新闻，查看更多精彩",
    "打开网易新闻 查看精彩图片",
    "更多精彩内容，请关注我们的微信公众号",  # (set 2)
    "全国党媒信息公共平台提供信息发布传播服务",
    "本文由“中国经济网”授权发布",
    "查看原图",
    "加载更多",
    "正在加载...",
    "0条评论",
    "央视新闻客户端 2025-12-03 10:21",
    "2025-12-03 10:21",  # (set 3: a page stamp alone, with its clock time)
    "2025年12月3日 10:21",
    # Hong Kong, Macau and Taiwan sites
    "2025年12月3日（星期三）香港時間10時21分",
    "最後修訂日期：2025年12月3日",
    "更新日期：114-12-03",
    "重要告示 | 私隱政策 | 版權告示",
    "跳至主要內容",
    "【明報專訊】",
    "【星島日報報道】",
    "上一則：立法會休會待續議案",
    "返回新聞列表",
    "澳門特別行政區政府新聞局 版權所有",
    ":::",
    "網站導覽",
    "點閱次數：1234",
    "瀏覽人次：1,234",
    "字級設定：小 中 大",
    "訂閱RSS",
    "上稿時間：2025/12/03 10:21",
    # credits and notes between paragraphs (sets 1–3: they stayed there)
    "文：陳大文 圖：李小明",
    "文:陳大文 圖:李小明",
    "文字：李明 摄影：王强",
    "（記者 王大明）",
    "圖：中央社",
    "本文經授權轉載自：天下雜誌",
    "本文转载自微信公众号“中国新闻周刊”",
    "时间：2025-12-03 来源：市政府办公室 字号：[大 中 小]",
    "手机版 政务微博 政务微信",
]


@pytest.mark.parametrize("line", ANYWHERE)
def test_family_line_is_furniture_anywhere(line):
    assert classify_line(line, around_body=False) is not None
    middle = f"{TITLE}\n\n" + BODY.replace("\n\n", f"\n\n{line}\n\n")
    assert marked(middle, line)
    assert marked(f"{line}\n\n{TITLE}\n\n{BODY}", line)
    assert marked(f"{TITLE}\n\n{BODY}\n\n{line}", line)


def test_account_id_around_the_body_only():
    line = "微信号：rmrbwx"
    assert marked(f"{TITLE}\n\n{BODY}\n\n{line}", line)
    assert not marked(f"{TITLE}\n\n" + BODY.replace("\n\n", f"\n\n{line}\n\n"), line)


@pytest.mark.parametrize(
    "line",
    [
        # a 公文's signing date in words and figures, a table's cell
        "二〇二五年十二月三日",
        "2025年12月3日",
        "12 / 3",
        # a report's cover: who publishes it (outline_check2's bluebook)
        "发布单位：Datawhale",
        # sentences that use the words
        "本文数据来自国家统计局。",
        "详见本报告第3页。",
        "政务微信",
        "用户可通过点击上方菜单栏进入服务大厅办理业务。",
        "全年发布政府公报12期，刊登规范性文件86件。",
        "收录于年鉴的数据均经核实。",
        "参与讨论的代表一致同意。",
        "本市版权所有人登记数量增长百分之十。",
        "重要告示",
        "主办单位：市文化和旅游局",
    ],
)
def test_body_lines_stay_text(line):
    assert classify_line(line, around_body=False) is None
    middle = f"{TITLE}\n\n" + BODY.replace("\n\n", f"\n\n{line}\n\n")
    assert not marked(middle, line)


def test_stamp_with_its_outlet_on_a_real_page():
    """华东五金网's page: its stamp and its name on one line under the headline (the gold's
    furniture): marked, and the time and the outlet read as the news fields; the outlet before
    the stamp too."""
    doc = read_document(REAL / "news-cn-hardware-chamber-belt-road-2015.txt")
    assert "2015-07-21 17:36:12 华东五金网" in furniture_lines(doc)
    assert doc.header.fields["time"].text == "2015-07-21 17:36:12"
    assert doc.header.fields["source"].text == "华东五金网"
    text = f"某地新闻标题在此\n\n央视新闻客户端 2025-12-03 10:21\n\n{BODY}"
    fields = document_from_text(text).header.fields
    assert (fields["source"].text, fields["time"].text) == ("央视新闻客户端", "2025-12-03 10:21")
    assert text[fields["source"].start : fields["source"].end] == "央视新闻客户端"
    # a place after the stamp is no outlet (「2018-09-19 15:13 香港」)
    text = f"某地新闻标题在此\n\n2018-09-19 15:13 香港\n\n{BODY}"
    assert "source" not in document_from_text(text).header.fields


@pytest.mark.parametrize(
    "name", ["stats-jx-wanzai-2015", "gw-sh-historic-buildings-management-2025"]
)
def test_title_printed_again_under_the_text(name):
    """A page's copy of the title (the gold's furniture: a banner's copy over the text) set
    under the last line or between two paragraphs — a running head: marked, the title kept."""
    gold = json.loads((REAL / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    title = gold["title"]
    paragraphs = gold["text"].split("\n")
    body_at = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
    for lines in (
        [*paragraphs, title],
        [*paragraphs[: body_at + 1], title, *paragraphs[body_at + 1 :]],
    ):
        text = "\n".join(lines)
        doc = document_from_text(text)
        at = text.rindex(title)
        assert doc.is_furniture(at, at + len(title))
        assert doc.title == title


def test_signature_that_repeats_a_head_line_is_no_title_copy():
    """A 公文 whose issuer heads the page and signs it over the 成文日期: the signature stays
    (it names no kind of document); so does a line naming one when a date is under it."""
    text = f"上海市人民政府\n{TITLE}\n\n{BODY}\n\n上海市人民政府\n2025年12月3日\n"
    assert not marked(text[10:], "上海市人民政府")
    text = f"{TITLE}\n\n{BODY}\n\n{TITLE}\n二〇二五年十二月三日\n"
    at = text.rindex(TITLE)
    assert not document_from_text(text).is_furniture(at, at + len(TITLE))


def test_closing_bracket_broken_off_a_menu_anywhere():
    """「】」 alone (wr-hubei-2026's size menu closes on its own line): no line of text is only
    that, wherever the scraper put it."""
    gold = json.loads((REAL / "gold" / "wr-hubei-2026.json").read_text(encoding="utf-8"))
    assert "】" in gold["text"].split("\n")
    for text in (f"{TITLE}\n\n{BODY}\n\n】", f"{TITLE}\n\n" + BODY.replace("\n\n", "\n\n】\n\n")):
        at = text.index("】")
        assert document_from_text(text).is_furniture(at, at + 1)


@pytest.mark.parametrize(
    ("name", "last"),
    [
        # a 公文's 成文日期 in words, a release's table row, a list's name and office
        ("gw-cn-badong-geohazard-reply-2004", "二〇〇四年九月二十三日"),
        (
            "press-mo-crane-traffic-arrangement-2026",
            "無出口道路 | 介乎燕主教街與卑度路街之間的一段通商新街",
        ),
        ("gw-cn-vocational-education-meeting-reply-2018", "洪天云 扶贫办副主任"),
        # a notice's bounds of an area, a figure's label
        ("gw-sh-industrial-renewal-areas-2024", "东至利民路，南至西门路，西至瀛岛路，北至岱山路"),
        ("outline_check/tw-taipei-lantern-traffic-measures-2026", "交通管制示意圖"),
    ],
)
@pytest.mark.parametrize(
    "foot", ["京ICP备05060933号", "版權所有，不得轉載", "© 2026 中央通訊社 版權所有"]
)
def test_footer_takes_no_line_of_the_document_above_it(name, last, foot):
    """A site's licence or copyright line under a real document's last lines: the footer is that
    line only, never the 成文日期, a table's row or a name and office above it (round 21)."""
    folder, _, name = name.rpartition("/")
    gold_path = REAL / folder / "gold" / f"{name}.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold["text"].rstrip("\n")
    assert last in text.split("\n")
    text = f"{text}\n{foot}\n"
    doc = document_from_text(text)
    assert doc.footer is not None
    assert text[doc.footer.start : doc.footer.end].strip() == foot
    at = text.rindex(last)
    assert not doc.is_furniture(at, at + len(last))


def test_links_box_lists_no_name_and_office_nor_table_row():
    """A related-links label set over a real 公文's list of members (a name and an office a line)
    or a release's table rows: the list is the document's, not the box's titles (round 21)."""
    gold = json.loads(
        (REAL / "gold" / "gw-cn-vocational-education-meeting-reply-2018.json").read_text(
            encoding="utf-8"
        )
    )
    text = gold["text"].replace("部际联席会议成员名单", "相关新闻：\n部际联席会议成员名单", 1)
    doc = document_from_text(text)
    at = text.index("洪天云 扶贫办副主任")
    assert not doc.is_furniture(at, at + 5)
    gold = json.loads(
        (REAL / "gold" / "press-mo-crane-traffic-arrangement-2026.json").read_text(encoding="utf-8")
    )
    text = gold["text"].replace("\n臨時交通措施 |", "\n相關新聞：\n臨時交通措施 |", 1)
    at = text.index("封閉交通 | 非利喇街")
    assert not document_from_text(text).is_furniture(at, at + 4)
    # the titles a box lists stay its own
    text = f"{TITLE}\n\n{BODY}\n\n相关链接：\n国务院办公厅关于印发《政府网站发展指引》的通知\n"
    at = text.index("国务院办公厅")
    assert document_from_text(text).is_furniture(at, at + 6)
