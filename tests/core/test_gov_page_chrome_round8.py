"""Government web pages' chrome (round 8, `docs/outline.md`, *Page furniture*), demonstrated on
a dev page of the corpus: `wr-heilongjiang-2026.txt` (batch 4) is a provincial portal's page
text whose font-size menu a scraper set one item a line (「【字号：」 / 「加大」 / 「还原」 / 「减小」 /
「】」). Other government sites' menus offer 大 / 中 / 小 (「【字体：大 中 小】」 on the Shaanxi
government's pages; public scrapers of government sites delete 「字号」 「字体」 「大」 「中」 「小」 as
elements of their own, the form a page's text comes in when each link is a line), put their
share and print controls under the text (「扫一扫在手机打开当前页面」, the last line of the Guizhou
statistics bureau's pages; 「【打印本页】【关闭窗口】」; 「分享到：」; links to the articles before and
after, a links box, an attachment's file name, script residue: ``SUZHOU_TAIL``) and may glue the
column a page is filed under to its title (「XX要闻」 + the title: the breadcrumb's last item,
its separator lost).
The forms are set into the dev page's own text; the rules must leave its body alone."""

from __future__ import annotations

from pathlib import Path

from gui.core.formats.html import read_html
from gui.core.furniture import classify_line
from gui.core.reading import document_from_source, document_from_text
from tests.conftest import REPO

PAGE = REPO / "tests" / "data" / "real" / "wr-heilongjiang-2026.txt"
TITLE = "2026年黑龙江省政府工作报告"
STRONG_MENU = "【字号：\n加大\n还原\n减小\n】"
WEAK_MENU = "【字体：\n大\n中\n小\n】"


def page_text() -> str:
    return PAGE.read_text(encoding="utf-8")


def headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


def body_lines(doc) -> list[str]:
    """The page's lines that no furniture, footer or header line covers."""
    covered = [(f.start, f.end) for f in doc.furniture]
    out, pos = [], 0
    for line in doc.text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip() and not any(a <= start and end <= b for a, b in covered):
            out.append(line.strip())
    return out


def test_the_dev_page_as_delivered():
    doc = document_from_text(page_text())
    assert STRONG_MENU in page_text()
    assert doc.title == TITLE
    assert body_lines(doc)[0] == TITLE  # everything above the title is chrome


def test_a_menu_of_sizes_one_a_line_is_chrome():
    original = document_from_text(page_text())
    for menu in (
        WEAK_MENU,
        "字体：\n大\n中\n小",
        "【字号：\nA+\nA\nA-\n】",
        "【字体：大\n中\n小】",
        # …the menu opening at the end of the page's meta line
        "发布时间：2026-02-26 来源：黑龙江日报 【字体：\n大\n中\n小\n】",
    ):
        doc = document_from_text(page_text().replace(STRONG_MENU, menu))
        assert doc.title == TITLE, menu
        assert body_lines(doc)[0] == TITLE, menu
        assert headings(doc) == headings(original)


def test_sizes_are_chrome_only_under_the_menu():
    # 「大」 alone after another control (no font-size key) stays text, as before.
    text = page_text().replace(STRONG_MENU, "打印\n大\n中")
    doc = document_from_text(text)
    assert "大" in body_lines(doc)


def test_a_column_glued_to_the_title():
    original = document_from_text(page_text())
    for head in ("黑龙江要闻", "今日要闻"):
        doc = document_from_text(page_text().replace(f"\n{TITLE}\n", f"\n{head}{TITLE}\n"))
        assert doc.title == TITLE
        column = next(f for f in doc.furniture if head in doc.text[f.start : f.end])
        assert column.kind == "chrome" and doc.text[column.end - len(head) : column.end] == head
        assert headings(doc) == headings(original)
        # …also right after a menu the page ran its title on after (「【字号：大 中 小】…」).
        run_on = page_text().replace(f"{STRONG_MENU}\n{TITLE}", f"【字号：大 中 小】{head}{TITLE}")
        assert document_from_text(run_on).title == TITLE


def test_a_glued_column_needs_a_title_after_it():
    # A news headline after the column (no document genre word) is left as it is, and a
    # column's name inside the body may head a digest's part.
    headline = "黑龙江要闻省政府召开常务会议"
    doc = document_from_text(page_text().replace(f"\n{TITLE}\n", f"\n{headline}\n"))
    assert doc.title == headline
    body = page_text().split("\n")
    body.insert(18, "今日要闻")
    doc = document_from_text("\n".join(body))
    assert "今日要闻" in body_lines(doc)


def test_print_close_and_share_lines_under_the_text():
    tail = [
        "扫一扫在手机打开当前页面",
        "【打印本页】【关闭窗口】",
        "分享到：QQ空间 微信 微博",
        "【打印文章】【添加收藏】",
        "相关解读",
        "扫一扫在手机上查看当前页面",
    ]
    original = document_from_text(page_text())
    doc = document_from_text(page_text().rstrip("\n") + "\n" + "\n".join(tail) + "\n")
    assert headings(doc) == headings(original)
    assert not set(tail) & set(body_lines(doc))


# The tail of a city government's page under a 实施意见 (苏州市人民政府办公室, 苏府办〔2018〕238号),
# as a public cleaner of government pages quotes it in its tests, with the page's links to the
# articles around it and a links box: a share widget's script, a style rule, the site's
# navigation and its list of sites, related links, the attachment's file name.
SUZHOU_TAIL = [
    "相关解读",
    "扫一扫在手机打开当前页",
    "分享到：",
    "$('#share-1').share();",
    "img#imgConac {",
    "height: 55px;",
    "}",
    "网站导航：",
    "中国政府网",
    "苏州辖市（区）网站",
    "苏州市政务网站",
    "相关链接：",
    "国务院办公厅关于印发《政府网站发展指引》的通知",
    "附件下载：",
    "市政府办公室关于进一步加强文物安全工作的实施意见（苏府办〔2018〕238号）.pdf",
    "上一篇：关于做好2026年春节期间有关工作的通知",
    "下一篇：无",
]


def test_a_government_pages_tail():
    original = document_from_text(page_text())
    doc = document_from_text(page_text().rstrip("\n") + "\n" + "\n".join(SUZHOU_TAIL) + "\n")
    assert headings(doc) == headings(original)
    assert not set(SUZHOU_TAIL) & set(body_lines(doc))


def test_tail_forms_that_stay_text():
    # A 公文's 附件说明 and numbered annex lines are the header's; an English sentence with a
    # semicolon is text; titles under the text with no links box label above them stay.
    for line in (
        "附件：工作方案.docx",
        "1.工作方案.pdf",
        'The report said: "yes";',
        "GDP: 5%;",
        "(see the table above);",
    ):
        assert classify_line(line) is None, line
    tail = ["国务院办公厅关于印发《政府网站发展指引》的通知"]
    doc = document_from_text(page_text().rstrip("\n") + "\n" + "\n".join(tail) + "\n")
    assert tail[0] in body_lines(doc)


def test_a_page_whose_links_are_lines():
    # Our own HTML reader gives each link of a menu a line: the same form.
    html = (
        "<html><head><meta charset='utf-8'></head><body>"
        "<div class='zoom'><span>【字体：</span><ul><li><a>大</a></li><li><a>中</a></li>"
        "<li><a>小</a></li></ul><span>】</span></div>"
        f"<h1>{TITLE}</h1>"
        + "".join(f"<p>{line}</p>" for line in page_text().split("\n")[15:20])
        + "<div>扫一扫在手机打开当前页面</div></body></html>"
    )
    doc = document_from_source(read_html(html.encode(), Path("page.html")))
    assert doc.text.startswith("【字体：\n大\n中\n小\n】\n")
    assert body_lines(doc)[0] == TITLE
    assert body_lines(doc)[-1] != "扫一扫在手机打开当前页面"
