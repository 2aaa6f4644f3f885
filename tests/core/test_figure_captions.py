"""Figure captions the format marks (``<figcaption>`` in HTML, and in the raw HTML a site's
Markdown embeds) and a site generator's template tags are page furniture, whatever their words:
a caption that names no photographer (「左為…，右為…」) is still a caption. Lines are the corpus's
(batch 6 dev: a Hong Kong news page kept as Markdown)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.formats.html import read_html
from gui.core.formats.markdown import read_markdown
from gui.core.furniture import classify_line
from gui.core.reading import document_from_source, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
WANCHAI = REAL / "news-hk-wanchai-council-walkout-2020.md"
CAPTION = "左為楊雪盈上載的版本，右為秘書處發出版本。秘書處上載到網頁的會議議程未載有要求警方發出不反對通知書的動議。"
BODY = "其後李卓人提到正申請不反對通知書，憂慮警方會藉疫打壓集會，陳天柱即時打斷，表示討論內容，與區議會職能有保留，隨即率領秘書處、康文署及警方代表等政府人員離場。"
SHORTCODE = '{{< video src="https://web.archive.org/web/20220119044236if_/https://www.youtube.com/embed/4ERxZhAvtxc" >}}'


def _kinds(document) -> dict[str, str]:
    return {document.text[f.start : f.end]: f.kind for f in document.furniture}


def test_the_real_pages_caption_and_shortcode_are_furniture():
    document = read_document(WANCHAI)
    kinds = _kinds(document)
    assert kinds.get(CAPTION) == "caption"
    assert kinds.get(SHORTCODE) == "chrome"
    # The body paragraph between them stays body, and so does every subhead.
    assert not any(f.start <= document.text.index(BODY) < f.end for f in document.furniture)
    assert "民政專員拉隊離場" in [s.heading for s in document.sections]


def _markdown(body: str, tmp_path: Path):
    path = tmp_path / "page.md"
    path.write_text(body, encoding="utf-8")
    return document_from_source(read_markdown(path.read_bytes(), path), path)


def test_a_markdown_figure_block_is_a_caption_and_its_neighbours_are_not(tmp_path):
    page = (
        f'# 灣仔區議會\n\n{BODY}\n\n<figure>\n<img src="a.png" alt="">\n'
        f"<figcaption>{CAPTION}</figcaption>\n</figure>\n\n### 民政專員拉隊離場\n\n{BODY}\n"
    )
    document = _markdown(page, tmp_path)
    assert _kinds(document) == {CAPTION: "caption"}
    assert document.text.count(CAPTION) == 1  # kept in the text: only marked


def test_text_after_the_figure_is_a_line_of_text_of_its_own(tmp_path):
    # A raw HTML block is read as a page is: the figure is a block, so the text run on after
    # it is the author's next line (text), and the figcaption stays a caption.
    page = f"# 灣仔區議會\n\n<figure><figcaption>{CAPTION}</figcaption></figure>{BODY}\n"
    document = _markdown(page, tmp_path)
    assert _kinds(document) == {CAPTION: "caption"}
    assert document.text.split("\n")[-2:] == [CAPTION, BODY]


def test_an_html_figcaption_is_a_caption(tmp_path):
    page = (
        "<html><head><title>灣仔區議會</title></head><body><article><h1>灣仔區議會</h1>"
        f"<p>{BODY}</p><figure><img src='a.png'><figcaption>{CAPTION}</figcaption></figure>"
        f"<p>{BODY}</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    document = document_from_source(read_html(path.read_bytes(), path), path)
    assert _kinds(document).get(CAPTION) == "caption"
    assert document.text.count(BODY) == 2
    assert not any(BODY in document.text[f.start : f.end] for f in document.furniture)


@pytest.mark.parametrize(
    "line",
    [
        SHORTCODE,
        '{{% youtube "4ERxZhAvtxc" %}}',
        '{% include figure.html src="a.png" %}',
        '{{< figure src="a.png" >}} {{< /figure >}}',
    ],
)
def test_template_tags_alone_on_a_line_are_chrome(line: str):
    assert classify_line(line, around_body=False) == "chrome"


@pytest.mark.parametrize(
    "line",
    [
        # Text that opens with a brace or holds a tag among words is not a template's tag.
        "{{< video >}}之後，楊雪盈指示繼續會議。",
        "{一}、本通知自2022年1月15日起實施。",
    ],
)
def test_text_around_braces_is_not_chrome(line: str):
    assert classify_line(line, around_body=False) is None
