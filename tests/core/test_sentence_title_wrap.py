"""A title wrapped after a clause mark that only the joined line shows as one (round 21,
``title_forms.sentence_title_wrapped``): a Tainan notice's 主旨 written as sentences, and a
release headline whose second half holds a clause of its own, each broken at its comma as a
page or a copy breaks it. Real lines of batch-9 and batch-7 dev documents; controls: a work
report's salutation over its first paragraph, a decision's field under its summary's piece."""

from __future__ import annotations

from gui.core.reading import document_from_text
from gui.core.title_forms import sentence_title_wrapped
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


def _broken_at_comma(name: str, at: str) -> tuple[str, str]:
    text = (REAL / name).read_text(encoding="utf-8")
    first, rest = text.split("\n", 1)
    cut = first.index(at) + len(at)
    return first, first[:cut] + "\n" + first[cut:] + "\n" + rest


def test_a_notice_headline_of_sentences_broken_at_its_comma_is_one_title():
    title, text = _broken_at_comma("gw-tw-tainan-yongkang-plan-notice-2026.txt", "生效，")
    assert title.endswith("發布實施生效，特此公告周知。")
    assert document_from_text(text).title == title


def test_a_headline_with_a_clause_in_its_second_half_is_one_title():
    name = "press-tw-tainan-procurement-clarification-2026.txt"
    title, text = _broken_at_comma(name, "指控，")
    assert text.split("\n")[1] == "臺南市政府澄清：政府採購一切依法行政，請勿以訛傳訛"
    assert document_from_text(text).title == title


def test_a_salutation_over_the_first_paragraph_is_no_title():
    lines = [ln.strip() for ln in (REAL / "wr-guizhou-2026.txt").read_text("utf-8").split("\n")]
    lines = [ln for ln in lines if ln]
    at = lines.index("各位代表：")
    texts = lines[at : at + 4]
    # (even read as a release, whose headline may be sentences)
    assert not sentence_title_wrapped("\n".join(texts), texts, range(4), release=True)


def test_a_field_under_a_line_closed_by_a_comma_is_no_part_of_a_title():
    lines = [
        ln.strip()
        for ln in (REAL / "decision-tw-fsc-hotai-2021.txt").read_text("utf-8").split("\n")
        if ln.strip()
    ]
    assert lines[1].startswith("受處分人：")
    first = lines[0][: lines[0].index("，") + 1]
    texts = [first, lines[1], *lines[2:5]]
    assert not sentence_title_wrapped("\n".join(texts), texts, range(5), release=False)
