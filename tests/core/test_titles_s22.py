"""Session 22's title families (task f22, issue #12), on real lines of dev documents and
the lines each rule must leave alone: a law collection's info block (LawRefBook's 「<!-- INFO
END -->」) over a text that prints its own title again, its wrapped lines set apart by spaces and
its joint issuers without 「、」 — the block's copy is chrome, the text's own line the title
(batches 28 and 30: the three joint interpretations of the 最高人民法院 and 最高人民检察院) —; and
a law's adoption note (题注) is never a title, whole, wrapped or in its last line.
"""

from __future__ import annotations

import pytest

from gui.core.header_titles import info_bar_at, is_title_text
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO, furniture_lines

REAL = REPO / "tests" / "data" / "real"
ASSAULT = REAL / "gw-cn-spc-spp-police-assault-interpretation-2025.md"
TAX = REAL / "gw-cn-spc-spp-tax-collection-crimes-interpretation-2024.md"
ARTICLE12 = REAL / "gw-cn-spp-criminal-law-article12-notice-1997.md"


@pytest.mark.parametrize(
    ("path", "title"),
    [
        (ASSAULT, "最高人民法院 最高人民检察院 关于办理袭警刑事案件适用法律 若干问题的解释"),
        (TAX, "最高人民法院 最高人民检察院 关于办理危害税收征管刑事案件适用法律 若干问题的解释"),
    ],
)
def test_the_texts_own_title_under_a_collections_info_block(path, title) -> None:
    doc = read_document(path)
    assert doc.title == title
    banner = doc.text.split("\n", 1)[0]
    assert banner.startswith("最高人民法院、最高人民检察院关于")
    assert banner in furniture_lines(doc)  # the block's copy: chrome
    assert doc.header.get("issuer") is not None
    # …and so as plain text that keeps the collection's mark (the Markdown reader drops it as a
    # stand-alone comment and reads the block itself: gui.core.formats.markdown_blocks)
    lines = doc.text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.endswith("施行"))
    kept = "\n".join([*lines[: at + 1], "<!-- INFO END -->", *lines[at + 1 :]])
    assert document_from_text(kept).title == title


def test_a_block_over_a_text_without_its_own_title_keeps_the_blocks() -> None:
    doc = read_document(ARTICLE12)
    assert doc.title == "最高人民检察院关于检察工作中具体适用修订刑法第十二条若干问题的通知"
    assert doc.title not in furniture_lines(doc)


@pytest.mark.parametrize(
    "line",
    [
        "2024年11月4日 最高人民法院审判委员会第1930次会议、2024年6月27日最高人民检察院第十四届"
        "检察委员会第三十二次会议通过",
        "2025年1月18日 施行",
        "2024年1月8日 最高人民法院审判委员会第1911次会议、2024年7月23日最高人民检察院第十",
        "四届检察委员会第三十四次会议通过",
        "1997年9月24日 最高人民检察院第八届检察委员会第七十四次会议通过",
    ],
)
def test_an_adoption_note_is_no_title(line: str) -> None:
    assert not is_title_text(line)


@pytest.mark.parametrize(
    "line",
    [
        "最高人民法院 最高人民检察院 关于办理袭警刑事案件适用法律 若干问题的解释",
        "2024年3月5日 十四届全国人大二次会议开幕",  # a headline opened by its day
        "2026年政府工作报告",
        "关于职工全年月平均工作时间和工资折算问题的通知",
    ],
)
def test_titles_stay_titles(line: str) -> None:
    assert is_title_text(line)


# A page's <title> form and its info bar on the title's line (batch 34: 光明网, 中国石化报).
GMW = REAL / "news-cn-gmw-camp-david-small-circle-analysis-2023.txt"
SINOPEC = REAL / "news-cn-sinopec-zhang-yuzhuo-hebei-visit-2020.html"


def test_the_sites_name_after_an_underscore_is_no_part_of_the_title() -> None:
    doc = read_document(GMW)
    assert doc.title == "国际识局：美日韩搞“小圈子” 戴维营峰会危及东亚地区稳定"
    assert "_光明网" in furniture_lines(doc)


def test_the_info_bar_run_on_after_the_title_is_news_furniture() -> None:
    doc = read_document(SINOPEC)
    assert doc.title == "张玉卓到集团公司驻河北企业调研"
    assert "来源：中国石化报 发布时间：2020-12-11" in furniture_lines(doc)


@pytest.mark.parametrize(
    ("line", "at"),
    [
        ("张玉卓到集团公司驻河北企业调研来源：中国石化报 发布时间：2020-12-11", 15),
        ("张玉卓到集团公司驻河北企业调研 来源：中国石化报 发布时间：2020-12-11", 16),
        # a stamp over its source, no title before it (batch 26)
        ("2017-08-10来源：四川铁科建设监理有限公司", None),
        # a photo's caption closed by its source: one key, no date (batches 12 and 19)
        ("遊樂的種類及元素能啟發兒童不同方面的能力發展。照片來源：聯合國兒童基金香港委員會", None),
        (
            "示威者11月11日晚上進入城大鄭翼之樓6校長室破壞，文件及文具散落一地。照片來源：城大編委Facebook",
            None,
        ),
    ],
)
def test_where_an_info_bar_starts(line: str, at: int | None) -> None:
    assert info_bar_at(line) == at
