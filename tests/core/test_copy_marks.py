"""GB/T 9704's marks above a 公文's 版头 (份号, 密级, 紧急程度) and the red line's residue under
its 发文字号, as a copied PDF gives them: header lines, never the title (``gui.core.copy_marks``).

Real text: dev documents of tests/data/real (batches 3 and 5), read from their title on, under
a 版头 set as GB/T 9704 sets it. Controls: the same text without the marks, and lines of the same
words that are a text's own (a headline that opens with 特急, a number inside a sentence)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.core.reading import document_from_text, read_document

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
DOCS = ("gw-sh-bim-acceptance-2026.md", "gw-sh-ferry-measures-extension-2025.md")


def _from_title(name: str) -> tuple[str, dict]:
    gold = json.loads((REAL / "gold" / (Path(name).stem + ".json")).read_text("utf-8"))
    text = read_document(REAL / name).text
    return text[gold["title_span"][0] :], gold


def _read(front: list[str], name: str):
    body, gold = _from_title(name)
    doc = document_from_text("\n".join(front) + "\n" + body, Path("copied.txt"))
    return doc, gold


@pytest.mark.parametrize("name", DOCS)
@pytest.mark.parametrize(
    "marks",
    [
        ["000123", "秘密★1年", "特急"],
        ["000045", "机密★长期"],
        ["加急"],
        ["绝密★10年 特急"],
    ],
)
def test_marks_over_the_banner_leave_title_and_fields(name, marks):
    gold = _from_title(name)[1]
    issuer, number = gold["document"]["issuer"], gold["document"]["number"]
    doc, _ = _read([*marks, f"{issuer}文件", number, "─" * 30], name)
    assert doc.title == gold["title"]
    assert doc.header.get("number") == number
    assert doc.header.get("issuer") == issuer
    for mark in marks:
        assert mark not in (doc.title or "")


@pytest.mark.parametrize("name", DOCS)
def test_red_line_under_the_number_alone(name):
    gold = _from_title(name)[1]
    issuer, number = gold["document"]["issuer"], gold["document"]["number"]
    doc, _ = _read([f"{issuer}文件", number, "━" * 24], name)
    assert doc.title == gold["title"]
    assert doc.header.get("number") == number


def test_control_a_headline_that_opens_with_urgency_words_stays_the_title():
    text = "特急救援队伍赶赴灾区\n记者从应急管理部获悉，特急救援队伍已于今日凌晨出发。\n队伍共有120人。\n"
    doc = document_from_text(text, Path("news.txt"))
    assert doc.title == "特急救援队伍赶赴灾区"


def test_control_a_rule_line_under_a_sentence_is_not_a_header_mark():
    body, gold = _from_title(DOCS[0])
    doc = document_from_text(body, Path("copied.txt"))
    assert doc.title == gold["title"]  # (no marks: the reading is as before)
