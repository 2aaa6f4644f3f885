"""Rules for the genres the corpus's third batch brought, on its dev documents
(tests/data/real, batch 3, dev only): a Taiwan city's press-release header and its 【】
headlines, a 公文's annex titles, a Hong Kong page's caption closed by its agency credit."""

from __future__ import annotations

import pytest

from gui.core.reading import document_from_text, read_document
from tests.conftest import REPO

REAL = REPO / "tests" / "data" / "real"


@pytest.mark.parametrize(
    ("name", "office"),
    [
        ("press-tw-tainan-agriculture-review-2025.txt", "農業局"),
        ("press-tw-tainan-typhoon-relief-2025.txt", "新聞及國際關係處"),
    ],
)
def test_a_releases_issuing_office_is_its_source(name, office):
    doc = read_document(REAL / name)
    assert doc.header.get("source") == office
    start = doc.text.index("發稿單位：")
    assert doc.is_furniture(start, start + len("發稿單位："))  # a header line, out of the body


def test_the_office_line_is_read_in_simplified_script_too():
    # The release's real header lines, converted: 发稿单位 is the same field.
    text = "丹娜丝风灾住屋毁损慰助金申请已逾万户\n\n发稿单位：新闻及国际关系处\n发稿时间：114年7月23日\n\n台南市政府今（23）日上午召开记者会，秘书长尤天厚代表市长向大众说明最新进度。\n"  # noqa: E501
    assert document_from_text(text).header.get("source") == "新闻及国际关系处"


# Real lines of press-tw-tainan-typhoon-relief-2025 (dev).
BRACKETED = "【通訊中斷影響大 市府爭取五大補償方案 業者允諾一周內回覆】"
RELEASE_TITLE = "丹娜絲風災住屋毀損慰助金申請已逾萬戶 南市府爭取中央提早撥款加速復原"
RELEASE_BODY = "丹娜絲颱風造成溪北多處地區停電斷訊，基地台故障、電纜線掉落，導致通訊品質不佳，影響民眾通行與通訊權益。"  # noqa: E501
RELEASE_LEAD = "秘書長尤天厚表示，針對年紀較大的長者或者是身心障礙、行動比較不便的災民，市府都透過個案協助跟輔導，協助民眾完成受理程序。"  # noqa: E501


def _headings(doc) -> list[str]:
    return [s.heading for s in doc.sections if s.heading]


def test_a_releases_long_bracketed_headlines_head_sections():
    headings = _headings(read_document(REAL / "press-tw-tainan-typhoon-relief-2025.txt"))
    assert BRACKETED in headings
    bracketed = [h for h in headings if h.startswith("【")]
    assert len(bracketed) == 7 and max(len(h) for h in bracketed) > 25


def test_the_brackets_not_the_words_make_the_long_headline():
    def doc(line: str):
        return document_from_text("\n".join([RELEASE_TITLE, RELEASE_LEAD, line, RELEASE_BODY]))

    assert _headings(doc(BRACKETED)) == [BRACKETED]
    # The same words bare are too long for an unmarked subhead: body text.
    assert _headings(doc(BRACKETED[1:-1])) == []
    # A bracketed label before more text (a caption's 「【新聞局】…」) is no bracketed headline.
    assert _headings(doc("【新聞局】" + BRACKETED[1:-1])) == []


def test_a_replys_annexes_are_headed_by_their_own_wrapped_titles():
    doc = read_document(REAL / "gw-cn-badong-geohazard-reply-2004.html")
    top = [s for s in doc.sections if s.heading and s.level == 1]
    assert [s.heading for s in top] == [
        "关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告",
        "湖北省巴东县官渡口镇马鬃山村地质险情调查意见",
    ]
    for n, section in enumerate(top, 1):
        # The section opens at its 「附件N」 label; the heading's span is the title's two lines.
        assert doc.text[section.start :].startswith(f"附件{n}\n")
        span = doc.text[section.heading_start : section.heading_end]
        assert span.count("\n") == 1 and span.replace("\n", "") == section.heading
    # The first annex's own 一、 points sit one level below its title.
    assert [s.level for s in doc.sections if s.heading and s.heading.startswith("一、")] == [2]
    # The letter's 附件说明 stays a header field, not a section.
    assert doc.header.get("annexes").startswith("附件：1.")


CAPTION = "反送中運動持續，群眾對警隊的不滿也不斷加深。美聯社圖片"


def test_a_caption_closed_by_its_agency_credit_is_furniture():
    doc = read_document(REAL / "news-hk-ombudsman-police-complaints-2019.md")
    start = doc.text.index(CAPTION)
    assert doc.is_furniture(start, start + len(CAPTION))
    # The story's own paragraphs around it stay text.
    story = doc.text.index("今年4月出任申訴專員的趙慧賢")
    assert not doc.is_furniture(story, story + 10)


def test_an_agency_named_inside_a_sentence_is_not_a_credit():
    body = "申訴專員公署是市民投訴政府部門行政失當的一個渠道，公署昨回覆查詢時表示會依法處理。"
    text = "\n".join(
        ["申訴專員公署的角色", body, "美聯社圖片顯示，群眾對警隊的不滿也不斷加深。", body]
    )
    doc = document_from_text(text)
    start = doc.text.index("美聯社圖片顯示")
    assert not doc.is_furniture(start, start + 7)
    caption = document_from_text("\n".join(["申訴專員公署的角色", body, CAPTION, body]))
    start = caption.text.index(CAPTION)
    assert caption.is_furniture(start, start + len(CAPTION))
