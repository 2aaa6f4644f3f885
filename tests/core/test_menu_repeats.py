"""A site's menu printed again (``gui/core/menu_repeats.py``, session 23): the lines that repeat
a run of short chrome lines in order are chrome; a title block or numbered lines are not."""

from __future__ import annotations

from gui.core.document import Furniture
from gui.core.menu_repeats import repeated_menu_lines
from gui.core.reading import read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"

# (batch 35's 眾新聞 front page: its category menu, as the page sets it under each card)
MENU = ["眾聞", "新聞類別", "眾聞", "經濟", "社會", "生活", "政治", "國際", "台灣", "人物", "中國"]
CARD = "【旺角衝突】向天開兩槍交警：開槍「別無他選」 開槍前沒有請示上司"


def _chrome_over(text: str, lines: list[str]) -> tuple[Furniture, ...]:
    start = text.index("\n".join(lines))
    return (Furniture(start, start + len("\n".join(lines)), "chrome"),)


def test_a_menu_printed_again_under_a_card_is_chrome():
    text = "\n".join(
        [
            *MENU,
            CARD,
            "眾聞 | 記者戴晴曦",
            *MENU,
            "鄭若驊遷入山頂官邸 $237萬公帑做斜坡加固、裝修翻新",
        ]
    )
    marked = repeated_menu_lines(text, _chrome_over(text, MENU), len(text))
    assert marked == frozenset(range(13, 24))


def test_two_lines_in_a_row_or_long_lines_are_no_repeat():
    two = "\n".join([*MENU[:2], CARD, *MENU[:2], CARD])
    assert not repeated_menu_lines(two, _chrome_over(two, MENU[:2]), len(two))
    # (a title block printed twice, the first copy chrome: the later copy is the document's own)
    block = [
        "上海市交通委员会",
        "关于印发《上海市出租汽车企业车辆经营权管理办法（试行）》的通知",
        "沪交行规〔2026〕7号",
    ]
    text = "\n".join([*block, *block])
    assert not repeated_menu_lines(text, _chrome_over(text, block), len(text))


def test_numbered_lines_repeating_a_contents_box_stay_text():
    contents = ["第一章 总则", "第二章 管理", "第三章 附则"]
    text = "\n".join([*contents, *contents])
    assert not repeated_menu_lines(text, _chrome_over(text, contents), len(text))


def test_the_front_pages_second_menu_is_furniture():
    document = read_document(REAL / "news-hk-hkcnews-front-page-2018.html")
    start = document.text.index("新聞類別", document.text.index("眾聞 | 記者戴晴曦"))
    assert any(f.start <= start < f.end and f.kind == "chrome" for f in document.furniture)
