"""Headlines opened by a speaker or a topic and a colon (``gui.core.colon_heads``, round 20):
「環境局：舉報黑點 以便巡查」 among a story's subheads heads its part; a field line
(「地點：…」, 「日期：…」) or a block of definitions stays body. Tested on real lines of dev
documents of batches 10 and 15 (a Hong Kong daily's story, an RTHK digest read back as plain
text), with the same lines without their siblings and real field lines as controls."""

from __future__ import annotations

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
WASTE = REAL / "news-hk-waste-charge-concerns-2019.txt"
DIGEST = REAL / "news-hk-rthk-local-digest-2025.md"
WORKING_DAYS = REAL / "gw-cn-mohrss-working-days-2008.md"


def _paragraphs(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


LINES = _paragraphs(WASTE.read_text(encoding="utf-8"))
COLON = next(ln for ln in LINES if ln.startswith("環境局："))
PLAIN = [ln for ln in LINES if ln.startswith(("無講違規垃圾袋", "物管公司恐"))]


def _body_after(line: str) -> str:
    return LINES[LINES.index(line) + 1]


def test_a_colon_headline_among_plain_subheads_heads_its_part():
    assert len(PLAIN) == 2
    doc = read_document(WASTE)
    assert _headings(doc) == [*PLAIN, COLON]
    assert {s.level for s in doc.sections if s.heading} == {1}  # siblings, all at one level


def test_a_colon_headline_alone_is_not_a_subhead():
    # Without plain siblings the line is a field's form and nothing more: no heading.
    doc = document_from_text("\n".join([LINES[0], LINES[3], COLON, _body_after(COLON)]) + "\n")
    assert _headings(doc) == []


def test_a_field_line_where_the_headline_stood_stays_body():
    # The same story with a real field line of the corpus in the headline's place (a Macau
    # release's place line; a date line): its key names a field, not a speaker or a topic.
    for field in ("地點：澳門南灣雅文湖畔", "日期：2025年4月18日晚上"):
        text = "\n\n".join(field if ln == COLON else ln for ln in LINES) + "\n"
        doc = document_from_text(text)
        assert field not in _headings(doc)
        assert PLAIN[0] in _headings(doc)


def test_digest_headlines_read_as_plain_text():
    # An RTHK digest's own text without its Markdown marks: 「麥美娟：…」 and 「何永賢：…」 head
    # their stories beside the plain headlines, at their level.
    doc = document_from_text(read_document(DIGEST).text)
    heads = {s.heading: s.level for s in doc.sections if s.heading}
    speaker = [h for h in heads if h.startswith(("麥美娟：", "何永賢："))]
    assert len(speaker) == 2
    assert {heads[h] for h in speaker} == {heads["恒指午市初段升逾300點"]} == {1}


def test_a_block_of_formulas_is_no_headline():
    # 「日工资：月工资收入÷月计薪天数」 over 「小时工资：…」: fields, each beside another.
    doc = document_from_text(read_document(WORKING_DAYS).text)
    assert not any(h.startswith(("日工资", "小时工资")) for h in _headings(doc))
