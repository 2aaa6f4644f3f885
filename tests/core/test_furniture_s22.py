"""Session 22's furniture families (task f22, issue #12), on real lines of dev documents and
the lines each rule must leave alone: paragraphs run together on one line with two ideographic
spaces and nothing before them (人民日报's speech and letter pages, batches 30 and 34) are each a
paragraph, and the wire's dateline alone under the text it closes (「（新华社北京3月26日电）」) is
news furniture.
"""

from __future__ import annotations

import pytest

from gui.core.furniture import find_furniture
from gui.core.patterns import paragraphs
from gui.core.reading import read_document
from tests.conftest import REPO, furniture_lines

REAL = REPO / "tests" / "data" / "real"
G20 = REAL / "report-cn-xi-g20-extraordinary-summit-speech-2020.txt"
LETTER = REAL / "report-cn-xi-letter-ustb-pakistani-students-2020.txt"


def test_paragraphs_run_together_without_a_space_before_their_gap() -> None:
    line = "谢谢大家。\u3000\u3000（新华社北京3月26日电）\u3000\u3000《 人民日报 》（ 2020年03月27日 02 版）"
    text = f"尊敬的萨勒曼国王，各位同事：\u3000\u3000大家好！\u3000\u3000{line}"
    assert [p[3] for p in paragraphs(text)] == [
        "尊敬的萨勒曼国王，各位同事：",
        "大家好！",
        "谢谢大家。",
        "（新华社北京3月26日电）",
        "《 人民日报 》（ 2020年03月27日 02 版）",
    ]
    # no feed without two sentences' gaps: an office spaced out over its signer, a chapter's
    # spaced name keep their lines (batches 29 and 34)
    assert len(paragraphs("院\u3000\u3000長\u3000吳敦義")) == 1
    assert len(paragraphs("第一章\u3000总\u3000\u3000则")) == 1


@pytest.mark.parametrize(
    ("path", "dateline", "edition"),
    [
        (G20, "（新华社北京3月26日电）", "《 人民日报 》（ 2020年03月27日 02 版）"),
        (LETTER, "（新华社北京5月18日电）", "《 人民日报 》（ 2020年05月19日 01 版）"),
    ],
)
def test_a_reprints_closing_dateline_and_edition_are_news_furniture(
    path, dateline, edition
) -> None:
    doc = read_document(path)
    found = furniture_lines(doc)
    assert dateline in found
    assert edition in found
    # the letter's signature and date and the story after the dateline stay text
    assert not any(f.startswith(("中华人民共和国主席", "新华社北京5月18日电国家")) for f in found)


def test_a_dateline_opening_the_text_stays_text() -> None:
    # (the letter's dateline over its story's lead, as a feed might set it)
    text = (
        "（新华社北京5月18日电）\n"
        "新华社北京5月18日电国家主席习近平5月17日给北京科技大学全体巴基斯坦留学生回信，"
        "对各国优秀青年来华学习深造表示欢迎。\n"
    )
    found = {text[f.start : f.end] for f in find_furniture(text)}
    assert "（新华社北京5月18日电）" not in found

