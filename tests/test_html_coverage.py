"""benchmarks/html_coverage.py: the page's blocks read apart from the app, and what counts as lost."""

from __future__ import annotations

from benchmark_modules import load_benchmark

coverage = load_benchmark("html_coverage")

PAGE = """<html><head><title>標題</title><script>var a = "腳本裡的中文字不是正文";</script></head>
<body><div class="nav"><ul><li>首頁新聞中心公司新聞列表</li></ul></div>
<div class="main"><h1>網紅行動電源爆炸舊換新影響</h1>
<figure><figcaption>墨子科技販售的行動電源日前驚傳爆炸意外</figcaption></figure>
<div class="body">有許多網紅推薦團購的行動電源<br>日前發生爆炸意外<p>廠商墨子科技今日發文公布兩組產品序號</p></div>
<p>短句</p></div></body></html>"""


def test_blocks_are_the_pages_text_outside_scripts():
    blocks = coverage.page_blocks(PAGE)
    assert [(b.tag, coverage.cjk(b.text)) for b in blocks] == [
        ("li", "首頁新聞中心公司新聞列表"),
        ("h1", "網紅行動電源爆炸舊換新影響"),
        ("figcaption", "墨子科技販售的行動電源日前驚傳爆炸意外"),
        ("div", "有許多網紅推薦團購的行動電源日前發生爆炸意外"),  # its own text, less the <p>
        ("p", "廠商墨子科技今日發文公布兩組產品序號"),
    ]  # 「短句」 has fewer than 8 Chinese characters; the script and <title> are not read
    assert blocks[0].names.startswith("div.nav")


def test_a_block_split_over_lines_or_repunctuated_is_not_lost():
    app = "網紅行動電源爆炸舊換新影響\n有許多網紅推薦、團購的行動電源\n日前發生爆炸意外。\n廠商墨子科技今日發文公布兩組產品序號"
    _, lost = coverage.audit(PAGE, app)
    assert [(item.block.tag, item.missing) for item in lost] == [
        ("li", 12),
        ("figcaption", 19),
    ]


def test_missing_counts_only_characters_no_window_covers():
    assert coverage.missing_chars("一二三四五六七八九十", "一二三四五六七八") == 2
    assert coverage.missing_chars("一二三四五六七八九十", "甲乙一二三四五六七八九十") == 0


def test_held_out_and_check_sets_are_never_readable():
    assert coverage.READABLE == {"dev", "other"}
    assert coverage.set_of("heldout", 3) == "heldout"
    assert coverage.set_of("dev", 14) == "validation"
    assert coverage.set_of("dev", 54) == "new-dev"
    assert coverage.set_of("dev", 52) == "dev"


def test_kinds_of_lost_blocks_by_markup():
    blocks = {coverage.cjk(b.text)[:4]: b for b in coverage.page_blocks(PAGE)}
    assert coverage.kind_of(blocks["墨子科技"]) == "caption"
    assert coverage.kind_of(blocks["首頁新聞"]) == "list item"
    assert coverage.kind_of(blocks["有許多網"]) == "paragraph"
    # A CNA page's caption block: 「<div class="picinfo">桃園市平鎮區一家輪胎行19日清晨發生大火…</div>」
    cna = '<div class="fullPic"><div class="picinfo">桃園市平鎮區一家輪胎行19日清晨發生大火</div></div>'
    (block,) = coverage.page_blocks(f"<html><body>{cna}</body></html>")
    assert coverage.kind_of(block) == "caption"
    # a class that only holds a caption word further up is the block's ancestor's, not its own
    other = '<div class="photo-text"><p>一段圖片說明之外的正文段落文字</p></div>'
    (block,) = coverage.page_blocks(f"<html><body>{other}</body></html>")
    assert coverage.kind_of(block) == "paragraph"


def test_text_in_no_block_is_the_bodys_own_block():
    page = "<html><body><font>一份只用字型標籤排版的頁面</font><br>第二行也不在任何段落之中</body></html>"
    (block,) = coverage.page_blocks(page)
    assert block.tag == "body"
    assert coverage.cjk(block.text) == "一份只用字型標籤排版的頁面第二行也不在任何段落之中"
    # kept over two lines by the app: not lost
    assert coverage.audit(page, "一份只用字型標籤排版的頁面\n第二行也不在任何段落之中")[1] == []


def test_prose_is_running_text_not_a_menu():
    para = coverage.Block("p", "墨子科技販售的行動電源日前驚傳爆炸意外，業者緊急公告換新方案。", "")
    menu = coverage.Block("li", "網上政務服務平台承辦建議提案工作政府網站年度工作報表", "")
    assert coverage.is_prose(para)
    assert not coverage.is_prose(menu)  # long enough, but no sentence's stop
