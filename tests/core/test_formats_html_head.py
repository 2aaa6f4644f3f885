"""A saved page's own title where its markup does not name it: a headline of any level (or a
title line) in the head block above the article (``gui.core.formats.html_head``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.loading import read_source
from gui.core.reading import read_document

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
BODY = (
    "<p>8月8日下午，四川铁科建设监理有限公司召开党委中心组（扩大）学习会议，会议以"
    "“学先进转作风强执行，全面推动下半年任务目标落实”为主题。</p>"
    "<p>此次中心组会上，集中学习了全国优秀县委书记廖俊波同志先进事迹，"
    "学习了中铁科研院西北院风火山冻土科研团队的先进事迹。</p>"
)


def _page(body: str, title: str = "") -> bytes:
    head = f'<meta charset="utf-8"><title>{title}</title>' if title else '<meta charset="utf-8">'
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- HTML: real dev pages (batches 26 and 27) ---------------------------------------------------


def test_news_page_h3_headline_and_its_date_line_are_read():
    document = read_document(REAL / "news-cn-sichuan-tieke-party-study-2017.html")
    assert document.title == "四川铁科召开党委中心组学习会议 学先进转作风强执行"
    lines = document.text.split("\n")
    assert lines[:2] == [
        "四川铁科召开党委中心组学习会议 学先进转作风强执行",
        "2017-08-10来源：四川铁科建设监理有限公司",
    ]
    assert lines[2].startswith("8月8日下午，四川铁科建设监理有限公司召开党委中心组")
    assert "下一篇" not in document.text  # the previous/next links under the body stay out


def test_notice_title_line_replaces_the_detail_pages_label():
    document = read_document(REAL / "gw-cn-sichuan-policy-self-inspection-notice-page-2014.html")
    assert document.title == "关于立即开展落实民生19项核查点情况意见通知"
    lines = document.text.split("\n")
    assert lines[1] == "发布人：刘东 联络点：下寺镇查点 时间：7月8号"
    assert lines[2].startswith("各市（州）、县（市、区）人民政府，省政府各部门、各直属机构：")
    assert "接访信息详情" not in document.text  # the page's label is chrome
    assert "评论回复" not in document.text


# -- HTML: written pages --------------------------------------------------------------------------


@pytest.mark.parametrize("tag", ["h3", "h4", "strong"])
def test_headline_of_any_level_in_the_head_block_is_the_title(tmp_path, tag):
    headline = f"<{tag}>四川铁科召开党委中心组学习会议</{tag}>"
    if tag == "strong":
        headline = f"<div>{headline}</div>"
    body = (
        f'<div class="info-head">{headline}<p>2017-08-10 来源：四川铁科</p></div>'
        f'<div class="info-items">{BODY}</div>'
    )
    document = read_document(_write(tmp_path, "p.html", _page(body, title="公司新闻")))
    assert document.title == "四川铁科召开党委中心组学习会议"
    assert document.text.split("\n")[1] == "2017-08-10 来源：四川铁科"
    assert "公司新闻" not in document.text


def test_page_with_an_h1_keeps_its_date_line_not_a_headline_under_it(tmp_path):
    # The <h1> is the title by markup; the date line between it and the body is kept under it,
    # the <h3> of the head block is not read (only the head's info lines are).
    body = (
        '<h1>统计公报</h1><div class="info-head"><h3>四川铁科召开党委中心组学习会议</h3>'
        f'<p>2017-08-10</p></div><div class="info-items">{BODY}</div>'
    )
    source = read_source(_write(tmp_path, "p.html", _page(body)))
    assert source.text.split("\n")[:2] == ["统计公报", "2017-08-10"]
    assert source.title_line == 0
    assert "四川铁科召开党委中心组学习会议" not in source.text


@pytest.mark.parametrize(
    "head",
    [
        "<p>2017-08-10 来源：四川铁科</p>",  # a date line alone: no title in it
        "<p>会议要求全体干部、党员立足岗位率先垂范。</p>",  # a sentence, not a title
        '<div><a href="/a">首页</a> <a href="/b">公司新闻</a> <a href="/c">正文</a></div>',
    ],
)
def test_head_without_a_title_line_leaves_the_page_title(tmp_path, head):
    body = f'<div class="info-head">{head}</div><div class="info-items">{BODY}</div>'
    source = read_source(_write(tmp_path, "p.html", _page(body, title="学习会议_公司新闻")))
    assert source.text.split("\n")[0] == "学习会议"
    assert source.title_line == 0
    assert "来源" not in source.text and "首页" not in source.text


# -- HTML: a title by markup keeps the head's info lines under it ---------------------------------


def test_h1_news_page_keeps_its_date_line_under_the_title():
    # batch 28 dev: <h1 class="title"> then <p class="res"><span>发布日期：…</span>阅读次数：…</p>
    document = read_document(REAL / "news-cn-xiaoshan-supply-coop-visit-2019.html")
    assert document.title == "全国供销合作总社党组成员、理事会副主任王伟一行调研我社为农服务工作"
    lines = document.text.split("\n")
    assert lines[1] == "发布日期：2019-11-29阅读次数：1627"
    assert lines[2].startswith("11月22日，中华全国供销合作总社党组成员")
    assert "上一条" not in document.text  # the previous/next links under the body stay out


def test_h1_stats_page_keeps_its_source_and_date_line_only():
    # batch 8 dev: the <h1>, an empty <h2> subtitle, the 来源/访问量/发布日期 line and the
    # print / font-size icons; then the body, which repeats the title.
    source = read_source(REAL / "stats-jx-wanzai-2015.html")
    lines = source.text.split("\n")
    assert lines[:3] == [
        "万载县2015年国民经济和社会发展统计公报",
        "来源：访问量：199 发布日期：2017-05-15 10:49:00",
        "万载县2015年国民经济和社会发展统计公报",
    ]
    assert source.title_line == 0


def test_h1_page_leaves_a_view_count_and_related_list_out():
    # batch 5 dev: only 「访问量：2487」 and an empty 「关联稿件：」 list stand between the <h1>
    # and the body; neither is a line of the head's fields (chrome, as before).
    text = read_source(REAL / "stats-jx-jiangxi-2022.html").text
    assert text.split("\n")[0] == "江西省2022年国民经济和社会发展统计公报"
    assert "访问量" not in text and "关联稿件" not in text


_HEAD_CHROME = (
    '<div class="share">分享到：<a href="/wb">微博</a> <a href="/wx">微信</a></div>'
    "<div>【字体：<span>大</span> <span>中</span> <span>小</span>】</div>"
)


@pytest.mark.parametrize("tag", ["h1", "h2"])
def test_title_by_markup_keeps_its_info_lines_and_no_chrome(tmp_path, tag):
    body = (
        f'<div class="top"><{tag}>四川铁科召开党委中心组学习会议</{tag}>'
        '<div class="info"><span>来源：四川铁科</span> <span>作者：党群工作部</span></div>'
        f"<p>发布时间：2017-08-10</p><p>点击数：23</p>{_HEAD_CHROME}</div>"
        f'<div class="content">{BODY}</div>'
    )
    source = read_source(_write(tmp_path, "p.html", _page(body, title="公司新闻")))
    assert source.text.split("\n")[:4] == [
        "四川铁科召开党委中心组学习会议",
        "来源：四川铁科 作者：党群工作部",
        "发布时间：2017-08-10",
        "点击数：23",
    ]
    assert source.title_line == 0
    assert source.text.split("\n")[4].startswith("8月8日下午")
    assert "分享" not in source.text and "字体" not in source.text


def test_info_line_goes_under_the_bodys_repeat_of_the_title(tmp_path):
    # The body opens with the <h1>'s words: that line is the title, the date line under it.
    body = (
        "<h1>四川铁科召开党委中心组学习会议</h1><p>2017-08-10 来源：四川铁科</p>"
        f'<div class="content"><p>四川铁科召开党委中心组学习会议</p>{BODY}</div>'
    )
    source = read_source(_write(tmp_path, "p.html", _page(body)))
    assert source.text.split("\n")[:2] == [
        "四川铁科召开党委中心组学习会议",
        "2017-08-10 来源：四川铁科",
    ]
    assert source.title_line == 0
    assert source.text.count("四川铁科召开党委中心组学习会议") == 1


@pytest.mark.parametrize(
    "between",
    [
        # a long block (an English summary) ends the head before the date line under it
        "<div>" + "The committee met on 8 August to study. " * 8 + "</div><p>2017-08-10</p>",
        # a list of dated links (another column's items), not the head's line
        '<ul><li><a href="/a">2017-08-09 公司召开安全生产会议</a></li>'
        '<li><a href="/b">2017-08-08 公司开展党员学习活动</a></li></ul>',
        # a subtitle heading that happens to start with a date
        "<h3>2017年8月 党委中心组学习</h3>",
    ],
)
def test_title_by_markup_reads_nothing_else_between_it_and_the_body(tmp_path, between):
    body = f'<h1>四川铁科召开党委中心组学习会议</h1>{between}<div class="content">{BODY}</div>'
    source = read_source(_write(tmp_path, "p.html", _page(body)))
    lines = source.text.split("\n")
    assert lines[0] == "四川铁科召开党委中心组学习会议"
    assert lines[1].startswith("8月8日下午")


def test_title_named_block_keeps_todays_text(tmp_path):
    # Only an <h1>/<h2> title brings its head's lines: a block merely named "title" does not.
    body = (
        '<div class="title">四川铁科召开党委中心组学习会议</div><p>2017-08-10 来源：四川铁科</p>'
        f'<div class="content">{BODY}</div>'
    )
    source = read_source(_write(tmp_path, "p.html", _page(body)))
    assert source.text.split("\n")[0] == "四川铁科召开党委中心组学习会议"
    assert "来源" not in source.text


# -- the head's info line is news furniture: the header reads its time ----------------------------


def test_info_line_under_an_h1_is_news_furniture_with_the_storys_time():
    # batch 28 dev: the 阅读次数 counter alone would make the line chrome, which the header
    # never reads; the reader marks it as the page's news line.
    document = read_document(REAL / "news-cn-xiaoshan-supply-coop-visit-2019.html")
    line = "发布日期：2019-11-29阅读次数：1627"
    at = document.text.index(line)
    assert [(f.start, f.end, f.kind) for f in document.furniture if f.start <= at < f.end] == [
        (at, at + len(line), "news")
    ]
    assert {k: v.text for k, v in document.header.fields.items()} == {"time": "2019-11-29"}


def test_info_line_leaves_the_h1_copy_chrome_and_an_empty_source_unread():
    # batch 8 dev: the <h1> line and the info line were one chrome range; the <h1> line stays
    # chrome, the info line is news, and its empty 「来源：」 takes nothing (not 「访问量：199」).
    document = read_document(REAL / "stats-jx-wanzai-2015.html")
    lines = document.text.split("\n")
    kinds = [(document.text[f.start : f.end], f.kind) for f in document.furniture[:2]]
    assert kinds == [(lines[0], "chrome"), (lines[1], "news")]
    assert {k: v.text for k, v in document.header.fields.items()} == {"time": "2017-05-15 10:49:00"}


def test_written_page_info_line_gives_time_and_source(tmp_path):
    body = (
        "<h1>四川铁科召开党委中心组学习会议</h1>"
        "<p>来源：四川铁科 点击数：23 发布时间：2017-08-10</p>"
        f'<div class="content">{BODY}</div>'
    )
    document = read_document(_write(tmp_path, "p.html", _page(body)))
    assert document.text.split("\n")[1] == "来源：四川铁科 点击数：23 发布时间：2017-08-10"
    fields = {k: v.text for k, v in document.header.fields.items()}
    assert fields == {"source": "四川铁科", "time": "2017-08-10"}
