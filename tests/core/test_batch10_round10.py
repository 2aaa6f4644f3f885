"""Batch 10's dev misses (round 10, `docs/history/outline-log.md`), on the documents' own lines.

- A news page kept as Markdown puts each photo's caption in the image's alt text, a paragraph
  of its own (「![習近平抵達金邊，…。（法新社）](https://…)」): that paragraph is a caption, with
  or without a credit (`news-hk-rthk-greater-china-digest-2025.md`,
  `news-hk-rthk-local-digest-2025.md`).
- Read as page text, one sentence closed by the news agency that took the photo
  (「…。（法新社）」, 「…。 (路透社)」) is a caption; a paragraph of several sentences that ends in
  its source is text.
- A Taiwan government release (a 發稿 key in its text) opens with its headline even when the
  headline is written as sentences closed by 。 (`press-tw-tainan-camellia-oil-sampling-2026.txt`).
- An annex's own appendix, announced in the annex (「…为联席会议成员（名单附后）。」) and titled
  over two lines after its last part (「国务院职业教育工作」 / 「部际联席会议成员名单」), heads a
  section beside the annex's 一、 parts (`gw-cn-vocational-education-meeting-reply-2018.html`).
"""

from __future__ import annotations

import re
from pathlib import Path

from gui.core.formats.markdown import read_markdown
from gui.core.furniture import classify_line
from gui.core.reading import document_from_source, document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"
GREATER_CHINA = REAL / "news-hk-rthk-greater-china-digest-2025.md"
LOCAL = REAL / "news-hk-rthk-local-digest-2025.md"
CAMELLIA = REAL / "press-tw-tainan-camellia-oil-sampling-2026.txt"
VOCATIONAL = REAL / "gw-cn-vocational-education-meeting-reply-2018.html"
MEMBERS = "国务院职业教育工作部际联席会议成员名单"

AFP = "習近平抵達金邊，對柬埔寨展開國事訪問。（法新社）"
REUTERS = "習近平在馬來西亞與安華會談。 (路透社)"
NO_CREDIT = "何永賢指出約兩年半間，已收回約8000個公屋單位，涉及約80億元。"
BODY = "國家主席習近平抵達金邊，對柬埔寨展開國事訪問。"


def _kinds(document) -> dict[str, str]:
    return {document.text[f.start : f.end]: f.kind for f in document.furniture}


def _alt_texts(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    return [alt for alt in re.findall(r"^!\[([^\]]*)\]\(", source, re.M) if alt.strip()]


def test_every_photos_alt_text_in_the_digests_is_a_caption():
    for path in (GREATER_CHINA, LOCAL):
        document = read_document(path)
        kinds = _kinds(document)
        alts = _alt_texts(path)
        assert len(alts) >= 10
        assert all(kinds.get(alt) == "caption" for alt in alts), path.name
        # The items' headlines stay headings and their text stays text.
        assert len([s for s in document.sections if s.heading]) >= 8
    document = read_document(GREATER_CHINA)
    start = document.text.index(BODY)
    assert not any(f.start <= start < f.end for f in document.furniture)
    assert "習近平抵達金邊\u3000對柬埔寨展開國事訪問" in [s.heading for s in document.sections]


def _markdown(body: str, tmp_path: Path):
    path = tmp_path / "page.md"
    path.write_text(body, encoding="utf-8")
    return document_from_source(read_markdown(path.read_bytes(), path), path)


def test_an_image_with_text_beside_it_is_text(tmp_path):
    alone = f"# 何永賢：當局約兩年半間已收回約8千公屋單位\n\n![{NO_CREDIT}](https://x/a.jpg)\n\n{BODY}\n"
    assert _kinds(_markdown(alone, tmp_path)) == {NO_CREDIT: "caption"}
    beside = f"# 何永賢：當局約兩年半間已收回約8千公屋單位\n\n![圖](https://x/a.jpg){NO_CREDIT}\n\n{BODY}\n"
    assert NO_CREDIT not in " ".join(_kinds(_markdown(beside, tmp_path)))


def test_one_sentence_closed_by_an_agency_is_a_caption():
    assert classify_line(AFP, around_body=False) == "caption"
    assert classify_line(REUTERS, around_body=False) == "caption"
    assert classify_line(BODY, around_body=False) is None
    # Several sentences ending in their source are a paragraph of text.
    paragraph = BODY + "專機抵達金邊國際機場時，西哈莫尼熱情迎接。（新華社）"
    assert classify_line(paragraph, around_body=False) is None
    # A caption with no credit cannot be told from a sentence by its words.
    assert classify_line(NO_CREDIT, around_body=False) is None


def test_a_release_headline_closed_by_a_full_stop_is_its_title():
    document = read_document(CAMELLIA)
    first = CAMELLIA.read_text(encoding="utf-8").split("\n", 1)[0]
    assert first.endswith("。") and "發稿人：" in document.text
    assert document.title == first
    # Without the release's 發稿 credit the same line is a sentence opening the text.
    text = CAMELLIA.read_text(encoding="utf-8")
    plain = text[: text.index("發稿人：")]
    assert document_from_text(plain).title is None


def _headings(document) -> list[tuple[int, str | None]]:
    return [(s.level, s.heading) for s in document.sections]


def test_an_annexs_announced_list_heads_a_section_beside_its_parts():
    document = read_document(VOCATIONAL)
    headings = _headings(document)
    assert (1, "国务院职业教育工作部际联席会议制度") in headings
    assert headings[-2:] == [(2, "四、工作要求"), (2, MEMBERS)]
    members = document.sections[-1]
    assert "副召集人：陈宝生 教育部部长" in document.text[members.start : members.end]
    # The list's lines under it are a list, not headings.
    assert not any(h and "召集人" in h for _, h in headings)
    # As page text too; and without the annex's announcement the two lines are no heading.
    assert _headings(document_from_text(document.text))[-1] == (2, MEMBERS)
    unannounced = document_from_text(document.text.replace("（名单附后）", ""))
    assert _headings(unannounced)[-1] == (2, "四、工作要求")
