"""A 统计公报's run-in summary sentences are body (round 8, `docs/history/outline-log.md`): a paragraph that
opens with a short summary sentence and runs on (「国民经济继续健康稳定发展。2015年，全县实现…」)
under the communiqué's numbered parts (一、综合) is one paragraph, not a subhead and its body.
The page that shows it sets 一、综合 in bold and marks no heading, so it reads as plain text does.

Real lines: the dev page `stats-jx-wanzai-2015.html` (batch 8), and a communiqué that is not in
the corpus, 荆门市东宝区2020年国民经济和社会发展统计公报
(http://jmdbq.gov.cn/art/2021/7/7/art_7924_578482.html), set in the same kind of page."""

from __future__ import annotations

from pathlib import Path

from gui.core.formats.html import read_html
from gui.core.reading import document_from_source, document_from_text, read_document
from tests.conftest import REPO

WANZAI = REPO / "tests" / "data" / "real" / "stats-jx-wanzai-2015.html"
PARTS = ["一、综合", "二、农业", "三、工业与建筑业"]
LEADS = [
    "国民经济继续健康稳定发展。",
    "财政收入大幅增长。",
    "林业生产取得新成效。",
    "工业生产快速增长。",
]

# 东宝区 2020: its 一、综合 and 二、农 业 with their paragraphs (two of them open with a summary
# sentence, the others with figures), and the paragraphs' summary sentences of the same form.
DONGBAO_TITLE = "东宝区2020年国民经济和社会发展统计公报"
DONGBAO = [
    ("一、综合", True),
    ("初步核算，2020年全区完成生产总值356.56亿元，下降4.2%。", False),
    (
        "三大攻坚战取得决定性成就。按照每人每年生活水平2300元（2010年不变价）的现行农村贫困标准计算，"
        "21063人农村贫困人口全部实现脱贫。",
        False,
    ),
    ("全区居民消费价格指数上涨2.5%。分类别看，食品烟酒上涨9.1%，衣着下降0.2%。", False),
    ("就业形势总体稳定。年内新增城镇就业人员6156人，安置城镇下岗失业人员2391人。", False),
    ("二、农 业", True),
    ("农业生产总体平稳。全年全区农林牧渔业总产值31.7亿元，按可比价格计算，比上年增长0.9%。", False),
    ("粮食生产保持稳定。全年粮食种植面积22.46千公顷，粮食总产量14.4万吨。", False),
    ("畜牧业生产逐步恢复。全年生猪出栏18.92万头，牛出栏4403头，羊出栏21.31万头。", False),
]


def headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


def _page(bold_parts: bool) -> bytes:
    """The communiqué as a county site sets it: each paragraph a <p>, the parts in bold
    (``bold_parts``) or as <h2> headings."""
    rows = [f"<h1>{DONGBAO_TITLE}</h1>"]
    for line, part in DONGBAO:
        if part and bold_parts:
            rows.append(f'<p align="center"><b><span style="FONT-SIZE: 14pt">{line}</span></b></p>')
        elif part:
            rows.append(f"<h2>{line}</h2>")
        else:
            rows.append(f'<p style="TEXT-INDENT: 24pt"><span>{line}</span></p>')
    body = "\n".join(rows)
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def test_the_dev_communique_keeps_its_parts_only():
    doc = read_document(WANZAI)
    assert headings(doc) == PARTS
    # The summary sentence stays in its paragraph, inside the part's section.
    start = doc.text.index(LEADS[0])
    part = next(s for s in doc.sections if s.heading == PARTS[0])
    assert part.start < start < part.end
    assert not any(s.heading_start == start for s in doc.sections)


def test_a_page_that_marks_no_heading_reads_like_plain_text():
    page = document_from_source(read_html(_page(bold_parts=True), Path("dongbao.html")))
    text = document_from_text("\n".join([DONGBAO_TITLE, *(line for line, _ in DONGBAO)]))
    assert page.title == text.title == DONGBAO_TITLE
    assert headings(page) == headings(text) == ["一、综合", "二、农 业"]


def test_leads_carry_the_structure_where_no_numbering_does():
    # Without its numbered parts the same run of summary sentences is the outline (the
    # seed report's form: DESIGN.md), so the rule is about the numbering, not the sentences.
    lines = [line for line, part in DONGBAO if not part and "。" in line[:16]]
    doc = document_from_text("\n".join([DONGBAO_TITLE, *lines]))
    assert "农业生产总体平稳。" in headings(doc)
    assert "粮食生产保持稳定。" in headings(doc)
