"""Subheads opened by their topic in 【】 (「【文化保存】採重點保存與整體規劃；避免兩極對立」): a
Taiwan city release's form, on the real lines of the batch-5 dev release
``press-tw-tainan-nanshan-cemetery-2026``."""

from __future__ import annotations

from pathlib import Path

from gui.core.reading import document_from_text, read_document

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
DOC = "press-tw-tainan-nanshan-cemetery-2026.txt"

TITLE = "南山公墓規劃「保存與整理並重」　台南市府：讓歷史被看見、城市更宜居\n\n"
BODY = (
    "文化局強調，市府與文史團體目標一致，皆致力於文化資產保存。本案自2019年起持續進行調查與"
    "資料蒐整，並依文化資產保存法相關程序辦理。\n\n"
)
SUBHEADS = [
    "【文化保存】採重點保存與整體規劃；避免兩極對立",
    "【文資調查】基於保護原則；審查完成後適時公開",
    "【國際經驗】保存不等於放任；管理才是關鍵",
]


def headings(doc) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in doc.sections if s.heading is not None]


def test_every_topic_subhead_of_the_dev_release_heads_its_part():
    doc = read_document(REAL / DOC)
    found = headings(doc)
    assert [h for _, h in found if h.startswith("【")] == [
        "【回應民意】讓歷史場域與現代生活共存",
        "【分區規劃、分期推動】逐步改善環境、提升服務量能",
        *SUBHEADS,
    ]
    assert {level for level, _ in found} == {1}


def test_topic_subheads_with_paired_phrases_are_alike():
    text = TITLE + BODY + "".join(f"{line}\n{BODY}" for line in SUBHEADS)
    assert headings(document_from_text(text)) == [(1, line) for line in SUBHEADS]


def test_one_topic_line_alone_is_no_subhead():
    # One line of the form is not yet a document's subheads (a Macau feed puts its issuer
    # in brackets before the headline under the title: 「【旅遊局】…」).
    text = TITLE + BODY + f"{SUBHEADS[0]}\n{BODY}"
    assert headings(document_from_text(text)) == []


def test_a_sentence_after_the_topic_is_body_text():
    # A topic in brackets before sentences (a paragraph's run-in label) heads nothing.
    said = "【文化保存】文化局表示，將採重點保存。避免兩極對立"
    text = (
        TITLE + BODY + "".join(f"{line}\n{BODY}" for line in (said, said.replace("文化", "文資")))
    )
    assert headings(document_from_text(text)) == []
