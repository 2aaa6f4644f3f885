"""A document a 公文 carries after its own signature and date (gold rule 7, annexes): its title
line heads a level-1 section and its own numbering nests one level below. Real lines of the
batch-5 dev notice ``gw-sh-ferry-measures-extension-2025`` (a 通知 extending a regulation: the
regulation follows the notice's date, with no 附件 label and no 印发 in the title)."""

from __future__ import annotations

from pathlib import Path

from gui.core.reading import document_from_text, read_document

REAL = Path(__file__).resolve().parents[1] / "data" / "real"

NOTICE = (
    "上海市交通委员会关于延长《上海市乡镇渡口管理办法》有效期的通知\n"
    "沪交行规〔2025〕4号\n"
    "各有关单位：\n"
    "经市交通委2025年第7次主任办公会议审议通过，《上海市乡镇渡口管理办法》（沪交水〔2015〕598号）"
    "继续实施，有效期延长至2030年7月10日止。\n"
    "特此通知。\n"
)
ARTICLES = (
    "第一条  为了加强本市乡镇渡口管理，维护乡镇渡口公共秩序，保障人民群众生命、财产安全，"
    "结合本市乡镇渡口实际，制定本办法。\n"
    "第二条  本市行政区域内乡镇渡口的相关管理活动适用本办法。\n"
    "第三条  本市乡镇渡口实行属地化管理。\n"
)


def headings(doc) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in doc.sections if s.heading is not None]


def test_the_carried_regulation_heads_its_articles_on_the_dev_document():
    doc = read_document(REAL / "gw-sh-ferry-measures-extension-2025.md")
    found = headings(doc)
    assert found[0] == (1, "上海市乡镇渡口管理办法")
    articles = found[1:]
    assert len(articles) == 14
    assert all(level == 2 and h.startswith("第") and h.endswith("条") for level, h in articles)
    assert doc.header.get("signature") == "上海市交通委员会"
    assert doc.header.get("date") == "2025年7月7日"


def test_a_short_title_ending_in_its_genre_is_no_second_signer():
    # The title is as short as a body's name (11 characters); its ending 办法 names a document.
    text = NOTICE + "上海市交通委员会\n2025年7月7日\n上海市乡镇渡口管理办法\n" + ARTICLES
    assert headings(document_from_text(text))[:2] == [
        (1, "上海市乡镇渡口管理办法"),
        (2, "第一条"),
    ]


def test_a_second_signer_after_the_date_heads_nothing():
    # A joint notice (联合发文) may print its second body's name under the date: a name, not a
    # title, so the articles keep the top level of a notice that carries no document.
    text = NOTICE + "上海市交通委员会\n2025年7月7日\n上海市公安局\n" + ARTICLES
    found = headings(document_from_text(text))
    assert (1, "上海市公安局") not in found
    assert found[0] == (1, "第一条")


def carried(title_lines: list[str], note: str | None = None) -> str:
    dev = read_document(REAL / "gw-sh-ferry-measures-extension-2025.md").text
    articles = dev[dev.index("第一条") :]
    # (With its note, the carried document opens with a paragraph of its own lines.)
    lead = [dev[dev.index("本办法所称的乡镇渡口") :].split("\n")[0]] if note else []
    block = "\n".join(title_lines + ([note] if note else []) + lead)
    return NOTICE + "上海市交通委员会\n2025年7月7日\n" + block + "\n" + articles


def test_a_carried_title_wrapped_over_two_lines_is_one_heading():
    for second in ("管理办法", "管 理 办 法"):  # (set letter-spaced, as gov.cn pages print it)
        found = headings(document_from_text(carried(["上海市乡镇渡口", second])))
        assert found[0] == (1, "上海市乡镇渡口" + second)
        assert found[1] == (2, "第一条")


def test_the_carried_documents_author_and_date_note_heads_nothing():
    # A relayed document prints its author and date under its title, in brackets.
    note = "（上海市交通委员会 二〇一五年七月十日）"
    doc = document_from_text(carried(["上海市乡镇渡口管理办法"], note))
    found = headings(doc)
    assert found[0] == (1, "上海市乡镇渡口管理办法")
    assert all(note not in h for _, h in found)
    assert found[1] == (2, "第一条")
    assert doc.header.get("date") == "2025年7月7日"  # the notice's own date, not the note's


def test_a_second_carried_document_of_the_same_genre_is_top_level_too():
    # A notice may carry two 办法 (「…两个办法的通知」): the second title, standing alone after
    # the first document's articles and opening its own 第一条, is level 1 like the first.
    second = "上海市乡镇渡口渡运安全管理办法"
    dev = read_document(REAL / "gw-sh-ferry-measures-extension-2025.md").text
    articles = dev[dev.index("第一条") :].split("\n")
    text = carried(["上海市乡镇渡口管理办法"]) + "\n" + "\n".join([second, *articles[:6]])
    found = headings(document_from_text(text))
    assert (1, second) in found
    after = found[found.index((1, second)) + 1]
    assert after == (2, "第一条")


def test_a_line_ending_in_the_genre_inside_the_text_is_no_second_document():
    # Without its own 第一条 under it, such a line stays what the outline makes of it.
    line = "上海市乡镇渡口渡运安全管理办法"
    dev = read_document(REAL / "gw-sh-ferry-measures-extension-2025.md").text
    body = dev[dev.index("本办法所称的乡镇渡口") :].split("\n")[0]
    text = carried(["上海市乡镇渡口管理办法"]) + "\n" + "\n".join([line, body, body])
    assert (1, line) not in headings(document_from_text(text))
