"""A Macau release (round 7, `docs/history/outline-log.md`): a label closed by ： over ● items is its
list's caption, one level under the subhead whose section it is in, and the feed's copy of
the headline under a joint release's bureaus is chrome. Real lines of the dev page
`press-mo-iris-clearance-extension-2026.html`."""

from __future__ import annotations

from gui.core.furniture import classify_line, find_furniture
from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

PAGE = REPO / "tests" / "data" / "real" / "press-mo-iris-clearance-extension-2026.html"
TITLE = "虹膜通關擴展適用至外地僱員及在澳就讀高等院校之外地學生"
COPY = f"【治安警察局/澳門保安部隊事務局】{TITLE}"
LEAD = (
    "為持續提升通關體驗和效率，2026年6月11日起，虹膜通關服務將擴展適用至合資格外地僱員及"
    "在澳就讀高等院校之外地學生。"
)
SUBHEAD = "登記條件和方式"
LEAD_IN = "外地僱員及在澳就讀高等院校之外地學生符合以下任一條件，即可登記虹膜通關："
CONDITIONS = [
    "●內地居民-持有效《往來港澳通行證》，且持證人於內地申辦證件時，已授權澳門具權限當局讀取其指紋資料；",
    "●其他人士-已完成澳門自助過關登記。",
]
CAPTION = "登記方式："
WAYS = [
    "●使用具登記功能的虹膜自助通道通關時辦理登記：年滿18歲之外地僱員和外地學生，可在首次使用虹膜自助通道時進行登記，全程一般約需 25 秒。",
    "●於人工專區辦理登記：未滿18歲註或未能於虹膜自助通道內成功登記之人士，可到本澳指定地點由警員協助進行人工登記。",
]
NEXT = "科技賦能，服務灣區"


def outline(doc) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in doc.sections if s.heading]


def test_the_dev_release():
    doc = read_document(PAGE)
    assert (1, SUBHEAD) in outline(doc) and (2, CAPTION) in outline(doc)
    at = doc.text.index(COPY)
    assert doc.is_furniture(at, at + len(COPY))


def test_a_caption_over_bullets_nests_under_its_subhead():
    lines = [TITLE, LEAD, SUBHEAD, LEAD_IN, *CONDITIONS, CAPTION, *WAYS, NEXT, LEAD]
    doc = document_from_text("\n".join(lines) + "\n")
    assert outline(doc) == [(1, SUBHEAD), (2, CAPTION), (1, NEXT)]
    # The sentence leading into the first list is no caption (it is a sentence).
    assert LEAD_IN not in [h for _, h in outline(doc)]


def test_a_caption_without_a_subhead_above_is_level_1():
    doc = document_from_text("\n".join([TITLE, LEAD, CAPTION, *WAYS, NEXT, LEAD]) + "\n")
    assert outline(doc) == [(1, CAPTION), (1, NEXT)]


def test_a_label_over_one_bullet_or_over_body_text_is_no_caption():
    one = document_from_text("\n".join([TITLE, LEAD, CAPTION, WAYS[0], LEAD]) + "\n")
    assert CAPTION not in [h for _, h in outline(one)]
    body = document_from_text("\n".join([TITLE, LEAD, CAPTION, LEAD, LEAD]) + "\n")
    assert CAPTION not in [h for _, h in outline(body)]


def test_the_bureaus_copy_of_the_headline():
    text = f"{TITLE}\n{COPY}\n{LEAD}\n"
    assert [f.kind for f in find_furniture(text)] == ["chrome"]
    # One bureau, as before; a headline in brackets alone is no copy.
    one = f"{TITLE}\n【治安警察局】{TITLE}\n{LEAD}\n"
    assert [f.kind for f in find_furniture(one)] == ["chrome"]
    assert classify_line(COPY) is None  # (a copy only under the title it repeats)
    other = f"{TITLE}\n【治安警察局/澳門保安部隊事務局】明日起實施新措施\n{LEAD}\n"
    assert find_furniture(other) == ()
