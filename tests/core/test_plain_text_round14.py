"""Round 14's rules (`docs/history/outline-log.md`, "Round 14, session 14"): headings in plain page text,
where no markup marks them, on the lines of the two outline check sets read back as text
(`tests/data/real/outline_check/`, `outline_check2/`) and of dev documents, with the phrases
the rules must leave alone:

- labels closed by ： under a plain subhead head the part's parts (a page without its ``<h3>``);
- a word in Latin letters is one unit of a headline (「自行車與 YouBike 管制」);
- a picture's file name or placeholder alone on a line is chrome (「image.png」, 「image」);
- a clause number with two dots is no quantity (「3.1.1 年龄…」, 「3.1.2 所处行业…」);
- 第X部分 numbers a report's parts, with a space or a colon after it;
- names in Latin letters among a document's subheads, two or more (「Intel HE Toolkit」);
- an interview's questions and its title, in a text that names its guest (访谈嘉宾：).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.numbering import RANK_DECIMAL, numbered
from gui.core.reading import document_from_text, read_document
from gui.core.site_chrome import is_control_line
from gui.core.subheads import mostly_han
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
CHECK = REAL / "outline_check"
CHECK2 = REAL / "outline_check2"


def _as_text(path: Path):
    """The file read as the app reads it, then its text read back as plain page text."""
    return document_from_text(read_document(path).text, path.with_suffix(".txt"))


def _headings(doc) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in doc.sections if s.heading]


def _heading_texts(text: str) -> list[str]:
    return [h for _, h in _headings(document_from_text(text))]


def _dev_lines(name: str) -> list[str]:
    return (REAL / name).read_text(encoding="utf-8").split("\n")


def test_labels_under_plain_subheads_head_their_parts():
    doc = _as_text(CHECK / "tw-taipei-lantern-traffic-measures-2026.html")
    heads = dict((h, lv) for lv, h in _headings(doc))
    for label in (
        "道路封閉管制：",
        "計程車排班區取消：",
        "車輛通行管制：",
        "YouBike 暫停服務：",
        "自行車行駛管制：",
        "停車架取消：",
        "禁止停車：",
    ):
        assert label in heads, label
    for part, labels in (
        ("西門展區交通管制", ("道路封閉管制：", "車輛通行管制：")),
        ("自行車與 YouBike 管制", ("YouBike 暫停服務：", "停車架取消：")),
        ("停車管制", ("禁止停車：",)),
    ):
        assert all(heads[label] > heads[part] for label in labels), part


def test_a_salutation_or_a_lead_in_under_a_plain_line_heads_nothing():
    # A work report's 「各位代表：」 and a release's 「總統致詞內容為：」, with another label set
    # among their paragraphs: neither is a part's label.
    for name, line, salutation in (
        ("wr-guangdong-2026.txt", "一、2025年和“十四五”时期工作回顾", "各位代表："),
        ("press-tw-228-memorial-2024.txt", "總統致詞內容為：", "總統致詞內容為："),
    ):
        lines = _dev_lines(name)
        at = lines.index(line) + 1
        heads = _heading_texts("\n".join(lines[:at] + ["登記方式："] + lines[at:]))
        assert salutation not in heads, name
        assert "登記方式：" not in heads, name


def test_a_latin_word_counts_as_one_unit_of_a_headline():
    assert mostly_han("自行車與 YouBike 管制")
    assert mostly_han("TDX机密容器&机密虚拟机")
    assert mostly_han("海光 CSV 机密容器")
    # Still no headline: digits, Latin words alone, Latin words with one Han character.
    for line in ("2.5", "PM", "Intel HE Toolkit", "Tonyq Wang", "GDP 增"):
        assert not mostly_han(line), line


def test_a_picture_file_name_alone_is_chrome():
    for line in ("image.png", "image", "图片", "圖片", "photo_2024-03.JPG"):
        assert is_control_line(line), line
    # A caption, a source line and a name are not chrome.
    for line in (
        "图 1：人工智能模型的开放访问等级",
        "图片来源：新华社",
        "Intel HE Toolkit",
        "影像",
    ):
        assert not is_control_line(line), line
    # The white paper's 「image.png」 line is furniture; 「愿景」 under it heads its part.
    doc = _as_text(CHECK2 / "ind-cn-cncc-sig-whitepaper-overview.md")
    marked = [doc.text[s.start : s.end] for s in doc.furniture_spans()]
    assert any("image.png" in m for m in marked)
    assert "愿景" in [h for _, h in _headings(doc)]


def test_a_clause_number_with_two_dots_is_no_quantity():
    for line in ("3.1.1 年龄、性别、学历、城市", "3.1.2 所处行业、职业"):
        got = numbered(line)
        assert got is not None and got[0] == pytest.approx(RANK_DECIMAL + 0.3), line
    # A quantity stays one: a decimal number before its unit.
    for line in ("1.5亿元用于补贴", "3 家企业入选", "2.5 万人参加"):
        assert numbered(line) is None, line
    heads = [
        h for _, h in _headings(_as_text(CHECK2 / "assoc-cn-kaiyuanshe-oss-report-2023-survey.md"))
    ]
    assert "3.1.1 年龄、性别、学历、城市" in heads
    assert "3.1.2 所处行业、职业" in heads


def test_parts_of_a_report():
    assert numbered("第四部分：开源专题分析") is not None
    assert numbered("第一部分 总体要求") is not None
    # A sentence about a part is no part's number.
    for line in (
        "第一部分主要介绍了全国总体情况，第二部分分析了各地区的差异。",
        "第三部分是附录。",
    ):
        assert numbered(line) is None, line
    heads = [
        h for _, h in _headings(_as_text(CHECK2 / "assoc-cn-kaiyuanshe-oss-report-2025-data.md"))
    ]
    assert "第四部分：开源专题分析" in heads
    # Its siblings run on into their paragraphs, closed by ：: paragraphs, not parts.
    assert not any(h.startswith(("第二部分", "第三部分")) for h in heads)


def test_latin_names_among_subheads():
    heads = [h for _, h in _headings(_as_text(CHECK2 / "ind-cn-cncc-sig-whitepaper-overview.md"))]
    for name in (
        "Intel HE Toolkit",
        "Intel SGX SDK",
        "Occlum",
        "KubeTEE Enclave Services",
        "Gramine",
        # (65 characters, 15 in a headline's units: a word counts as one)
        "Intel SGX Platform Software and Datacenter Attestation Primitives",
    ):
        assert name in heads, name
    # A name or an acronym alone between a news story's paragraphs is no subhead.
    lines = _dev_lines("news-cn-diamond-cooling-2026.txt")
    at = next(i for i, ln in enumerate(lines) if len(ln) > 60 and "。" in ln) + 1
    for name in ("GDP", "Tonyq Wang", "Intel HE Toolkit"):
        assert name not in _heading_texts("\n".join(lines[:at] + [name] + lines[at:])), name


def test_an_interviews_questions_and_title():
    doc = _as_text(CHECK2 / "assoc-cn-kaiyuanshe-oss-report-2024-commercialization.md")
    heads = [h for _, h in _headings(doc)]
    assert "《将开源作为工具，专注内功共渡寒冬》" in heads
    assert "企业和创业团队应当如何寻求新的资源支持？" in heads
    assert "近期资本市场对于开源的投入趋于冷静，有哪些因素？未来是否积极？" in heads
    assert not any(h.startswith("访谈嘉宾") for h in heads)
    # Without a guest named, a story's questions on lines of their own stay body.
    lines = _dev_lines("news-cn-diamond-cooling-2026.txt")
    body = [i for i, ln in enumerate(lines) if len(ln) > 60 and "。" in ln]
    a, b = body[1] + 1, body[3] + 1
    text = lines[:a] + ["为什么会这样？"] + lines[a:b] + ["这意味着什么？"] + lines[b:]
    heads = _heading_texts("\n".join(text))
    assert "为什么会这样？" not in heads and "这意味着什么？" not in heads
