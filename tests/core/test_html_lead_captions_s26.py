"""The caption of a story's lead photo set between the headline and the body, outside the body's
container, is read under the title (task h26, issue #12: the reader "loses nothing"). Markup cut
from dev pages: 中時新聞網 (batch 45) puts the photo in ``<div class="main-figure"><figure>`` beside
the article body; 中央社 (batch 50) in ``<div class="fullPic">`` with ``<div class="picinfo">``.
"""

from __future__ import annotations

from pathlib import Path

from gui.core.formats.html import read_html

BODY = (
    '<div class="article-body"><p>有許多網紅推薦、團購的行動電源日前發生爆炸意外，廠商墨子科技今（25）日'
    "發文公布兩組產品序號讓用戶可以免費更換。</p><p>而今晚業者又發布緊急公告，表示有高達25萬名用戶受影響，"
    "目前線上客服及電話訊息量已滿載，請用戶耐心等待。</p></div>"
)
CAPTION = (
    "墨子科技販售的行動電源日前驚傳爆炸意外，業者緊急公告換新方案，有高達25萬名用戶受影響，"
    "導致線上客服及電話訊息量已滿載。（圖／民眾提供，于家麒傳真）"
)


def _lines(page: str) -> list[str]:
    return read_html(page.encode("utf-8"), Path("page.html")).text.splitlines()


def test_a_figcaption_beside_the_body_is_read_under_the_title() -> None:
    page = (
        '<body><article class="article-box"><div class="column-wrapper">'
        '<header class="article-header"><h1 class="article-title">網紅行動電源爆炸 舊換新影響25萬人'
        "</h1></header>"
        '<div class="column-left"><div class="main-figure"><figure data-media-type="photo">'
        f'<img class="photo" src="x.jpg"><figcaption>{CAPTION}</figcaption></figure></div>'
        f'<div class="row"><div class="col-xl-11">{BODY}</div></div></div></div></article></body>'
    )
    lines = _lines(page)
    assert lines[0] == "網紅行動電源爆炸 舊換新影響25萬人"
    assert lines[1] == CAPTION
    assert lines[2].startswith("有許多網紅推薦")
    source = read_html(page.encode("utf-8"), Path("page.html"))
    assert 1 in source.captions


def test_a_block_named_a_caption_is_read_as_one() -> None:
    page = (
        '<body><article class="article"><div class="centralContent"><h1>平鎮輪胎行惡火  疏散7人1女命喪</h1>'
        '<div class="fullPic"><div class="floatImg center"><div class="wrap"><img src="p.jpg"></div>'
        '<div class="picinfo">桃園市平鎮區一家輪胎行19日清晨發生大火，7人從火\n場中疏散，一名62歲女子逃生不及，'
        "命喪火窟。\n（消防局提供）\n中央社記者邱俊欽桃園傳真 105年3月19日</div></div></div>"
        '<div class="paragraph"><p>（中央社記者邱俊欽桃園19日電）桃園市平鎮區一家輪胎行今天清晨發生大火，'
        "7人從火場中疏散；由於火勢延燒猛烈，一名62歲女子逃生不及，命喪火窟。</p></div></div></article></body>"
    )
    lines = _lines(page)
    assert lines[1].startswith("桃園市平鎮區一家輪胎行19日清晨發生大火，7人從火場中疏散")
    assert lines[1].endswith("105年3月19日")
    assert lines[2].startswith("（中央社記者邱俊欽桃園19日電）")


def test_no_caption_before_the_title_or_after_the_body_is_pulled_in() -> None:
    # (invented) a site banner's photo caption over the headline, and a related story's photo
    # caption after the body: neither lies between the title and the body.
    page = (
        '<body><div class="wrap"><div class="pic-info">本網站首頁橫幅圖片說明文字在此</div>'
        "<h1>網紅行動電源爆炸 舊換新影響25萬人</h1>"
        f"{BODY}<figure><figcaption>另一則新聞的圖片說明文字不在此處</figcaption></figure></div></body>"
    )
    lines = _lines(page)
    assert not any("橫幅圖片" in line for line in lines)
    assert lines[1].startswith("有許多網紅推薦")


def test_a_word_that_only_contains_pic_is_no_caption_name() -> None:
    page = (
        '<body><div class="wrap"><h1>網紅行動電源爆炸 舊換新影響25萬人</h1>'
        '<div class="topic-list">熱門話題：行動電源、網紅團購、消費糾紛</div>'
        f"{BODY}</div></body>"
    )
    assert not any("熱門話題" in line for line in _lines(page))
