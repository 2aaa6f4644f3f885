"""A news page's own headline, byline and time box above its article (session 23, o36): the
<h1> wins over a site's label merely named like a title that stands nearer the body (a font-size
control's 「字級設定：」, a contents widget's 「目次」, a time box of class ``page-title-text``), and
the byline and time blocks the markup names (``<time>``, ``class="author"``, ``"source"``,
``"reporter"``) are kept under it as the head's lines. Real dev pages of batches 44 and 45 (三立,
中時, 公視, a Foshan bureau), with two dev pages whose heads must not change (batches 8 and 38)."""

from __future__ import annotations

from pathlib import Path

from gui.core.formats.html_head import is_chrome_label
from gui.core.reading import read_document

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def _head(name: str, count: int) -> tuple[str | None, list[str]]:
    document = read_document(REAL / name)
    return document.title, document.text.split("\n")[:count]


def test_h1_beats_a_time_box_named_page_title():
    title, lines = _head("news-tw-setn-xindian-man-falls-after-quarrel-2018.html", 3)
    assert title == "與母爭吵疑失足墜樓 男子送醫搶救不治"
    assert lines[1:] == ["2018/02/21 18:03:00", "社會中心／綜合報導"]


def test_h1_with_its_time_source_and_author_blocks():
    title, lines = _head("news-tw-chinatimes-power-bank-explosion-replacement-2023.html", 6)
    assert title == "網紅行動電源爆炸 舊換新影響25萬人 業者緊急公告再道歉"
    # The <time>'s two <span>s are two words; the author's link to his page is his byline.
    assert lines[1:4] == ["19:04 2023/08/25", "中時新聞網", "陳駿碩"]
    # (session 26: the lead photo's <figcaption>, beside the body's container, is read under the head)
    assert lines[4].startswith("墨子科技販售的行動電源日前驚傳爆炸意外")
    assert lines[5].startswith("有許多網紅推薦、團購的行動電源日前發生爆炸意外")
    assert "字級設定" not in "\n".join(lines)


def test_h1_with_its_reporter_span_and_time_lines():
    title, lines = _head("news-tw-pts-us-space-force-korea-drill-explainer-2023.html", 5)
    assert title == "美韓軍演首納太空軍 一文了解太空軍是什麼"
    assert lines[1:4] == [
        "陳宥蓁／綜合報導",
        "發布時間：2023-08-22 18:28",
        "更新時間：2023-08-22 18:29",
    ]
    assert "目次" not in lines


def test_h3_headline_when_the_title_named_block_is_the_field_line():
    title, lines = _head("gw-gd-foshan-talent-housing-policy-guide-2019.html", 2)
    assert title == "《关于进一步完善人才住房政策的补充通知》操作指引"
    assert lines[1] == "信息来源：本网发布时间：2019-12-04 17:53"


def test_year_led_title_and_a_date_span_line_stay_as_they_were():
    # A title block whose text opens with a year is a title (「2012年…公报」), not a date line.
    title, _ = _head("stats-cn-pingtan-2012-statistical-bulletin.html", 1)
    assert title == "2012年平潭综合实验区国民经济和社会发展统计公报"
    # A head line holding a date span (class "date") stays one line with its other spans.
    _, lines = _head("stats-jx-wanzai-2015.html", 2)
    assert lines[1] == "来源：访问量：199 发布日期：2017-05-15 10:49:00"


def test_chrome_labels():
    for label in (
        "字級設定：",
        "目次",
        "2018/02/21 18:03:00",
        "信息来源：本网发布时间：2019-12-04",
    ):
        assert is_chrome_label(label), label
    for title in ("2012年平潭综合实验区国民经济和社会发展统计公报", "美國太空軍是什麼？"):
        assert not is_chrome_label(title), title
