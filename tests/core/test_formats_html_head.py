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


def test_page_with_an_h1_keeps_todays_text(tmp_path):
    # The <h1> is the title by markup; the date line between it and the body stays out.
    body = (
        '<h1>统计公报</h1><div class="info-head"><h3>四川铁科召开党委中心组学习会议</h3>'
        f'<p>2017-08-10</p></div><div class="info-items">{BODY}</div>'
    )
    source = read_source(_write(tmp_path, "p.html", _page(body)))
    assert source.text.split("\n")[0] == "统计公报"
    assert "2017-08-10" not in source.text


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
