"""benchmarks/stress_titles.py: where it breaks a title, what it takes for page chrome, and the
GB/T 9704 版头 it sets over a 公文 (docs/history/outline-log.md, round 17)."""

from __future__ import annotations

import json

from tests.benchmark_modules import load_benchmark
from tests.conftest import REPO

stress = load_benchmark("stress_titles")
GOLD = REPO / "tests" / "data" / "real" / "gold"


def _gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def test_title_breaks_within_words_and_at_a_space():
    title = "上海市交通委员会关于延长《上海市乡镇渡口管理办法》有效期的通知"
    at = stress.title_break(title)
    assert at is not None
    assert title[at:].startswith("关于") or title[:at].endswith(("的", "、", "，", "："))
    assert stress.title_break("先導計畫結束\u3000智障人士補牙無路", space=True) == 7
    assert stress.title_break("短标题") is None  # (no break leaves four characters a side)


def test_chrome_is_short_menu_lines_not_the_donor_s_own_header():
    chrome = stress.chrome_before_title(_gold("wr-shanghai-2026"))
    assert "下载" in chrome and "打印" in chrome
    assert all(len(line) <= 30 for line in chrome)
    # a scraper's note (a sentence) is no page chrome
    assert stress.chrome_before_title(_gold("gw-sh-bim-acceptance-2026")) == []


def test_gongwen_front_sets_the_marks_banner_number_and_rule_over_the_title():
    from gui.core.reading import read_document

    gold = _gold("gw-sh-bim-acceptance-2026")
    doc = read_document(REPO / "tests" / "data" / "real" / gold["file"])
    text = stress.form_text("gongwen", doc, gold, [], 80)
    lines = text.split("\n")
    assert lines[:5] == [
        "000123",
        "秘密★1年",
        "特急",
        f"{gold['document']['issuer']}文件",
        gold["document"]["number"],
    ]
    assert set(lines[5]) == {"─"} and lines[6] == gold["title"]
    # a 令 (its number has no 〔year〕) gets no GB/T 9704 版头
    reg = _gold("reg-cn-price-marking-2022")
    reg_doc = read_document(REPO / "tests" / "data" / "real" / reg["file"])
    assert stress.form_text("gongwen", reg_doc, reg, [], 80) is None


def test_chrome_form_draws_each_document_s_chrome_from_several_donors():
    # (session 24) the form once set the next donor's chrome over each document, and one menu
    # label (「市政府介紹」) stood over 400 of them: now each is read under three donors in turn
    chromes = [["下载", "打印"], [], ["市政府介紹"], ["下载", "打印"], ["2008年01月09日"], ["華視"]]
    donors = stress.chrome_donors(chromes)
    assert donors == [0, 2, 4, 5]  # (one CMS's 下载 / 打印 row on two sites is one donor)
    picked = stress.donors_for(0, donors, chromes, 3)
    assert picked == [2, 4, 5]  # never its own chrome
    assert len({tuple(chromes[j]) for j in stress.donors_for(1, donors, chromes, 3)}) == 3
    # the 来源 / 时间 row right under a title is a page's chrome too, and a 公文 head is not
    chrome = stress.chrome_before_title(_gold("wr-shanghai-2026"))
    assert "来源：解放日报" in chrome
    hk = stress.chrome_before_title(
        _gold("news-hk-hkej-mainland-transit-resumption-cabin-crew-2020")
    )
    assert hk[:2] == ["2020年8月14日", "紀曉風獨眼香江_肺炎襲港"]
