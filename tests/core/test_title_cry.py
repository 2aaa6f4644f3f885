"""A headline opened by a cry (「南市開學午餐開箱！全面補助上路…」) that a page set one sentence a
line, the cry on a line of its own, is still one title (``title_forms.wrapped_at_clause``,
round 20). Tested on the real first line of a batch-12 dev release (Tainan city), broken after
its cry, and on the cry over a sentence of the release's body as a control."""

from __future__ import annotations

from gui.core.reading import document_from_text
from gui.core.title_forms import wrapped_at_clause
from tests.conftest import REPO

RELEASE = REPO / "tests" / "data" / "real" / "press-tw-tainan-school-lunch-2026.txt"
LINES = [ln.strip() for ln in RELEASE.read_text(encoding="utf-8").split("\n") if ln.strip()]
HEADLINE = LINES[0]
CRY, REST = HEADLINE[: HEADLINE.index("！") + 1], HEADLINE[HEADLINE.index("！") + 1 :]


def test_a_headline_broken_after_its_opening_cry_is_one_title():
    assert CRY == "南市開學午餐開箱！"
    text = "\n".join([CRY, REST, *LINES[1:]]) + "\n"
    assert document_from_text(text).title == HEADLINE


def test_the_cry_over_a_body_sentence_is_no_wrapped_title():
    body = LINES[1]
    assert body.endswith(("。", "！", "？")) or len(body) > 50
    assert not wrapped_at_clause(CRY, body)
    # …nor a line that holds more than a cry (a whole sentence closed by ！).
    assert not wrapped_at_clause("開學了，臺南的孩子中午吃得好！", REST)
