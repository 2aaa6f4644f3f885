"""A quoted clause is no TERM (#13, session 21): the names inside it are found as anywhere
else, while a quoted noun phrase, slogan or named event stays one TERM (real dev lines)."""

from __future__ import annotations

import pytest

from gui.core.entities import recognise


def found(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in recognise(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # news-cn-camp-david-summit-reactions-2023 (batch 30): what the alliance is said to
        # answer, quoted where the clause ends.
        (
            "拜登此次会晤的重点是推动美国与两个最亲密的亚洲盟友进一步加强彼此的安全和经济合作，"
            "以应对“朝鲜的核威胁和中国在太平洋地区的影响力”。",
            [("LOC", "朝鲜"), ("LOC", "中国"), ("LOC", "太平洋地区")],
        ),
        # news-hk-myanmar-coup-china-2021 (batch 25): a predicate quoted (幾乎不存在).
        (
            "一個在緬甸投資的挪威公司會受挪威當地非政府組織壓力，但類似壓力「在中國和泰國幾乎不存在」。",
            [("LOC", "中國"), ("LOC", "泰國")],
        ),
        # news-cn-us-japan-joint-forces-command-2024 (batch 30): a negated predicate (不是基于).
        (
            "尽管美国防长奥斯汀强调，驻日美军司令部的升级“不是基于来自中国的任何威胁”，但事实真是如此吗？",
            [("LOC", "中国")],
        ),
    ],
)
def test_a_quoted_clause_is_no_term_and_its_names_are_found(text, names):
    spans = found(text)
    assert not [s for s in spans if s[0] == "TERM"]
    for name in names:
        assert name in spans


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # report-cn-xi-poverty-symposium-speech-2020 (batch 30): predicates (不, 了), but the
        # quote is used as a word, 的困境 follows it.
        (
            "960多万贫困人口通过易地扶贫搬迁摆脱了“一方水土养活不了一方人”的困境。",
            "“一方水土养活不了一方人”",
        ),
        # news-hk-john-lee-acting-ce-2021 (batch 9): a quoted noun phrase from a statement is a
        # TERM (the guideline's own example); long, but no predicate inside.
        (
            "今日李家超的致辭中，則強調共產黨的領導角色，並指香港回歸是「中國共產黨百年偉業的一個重要組成部分」。",
            "「中國共產黨百年偉業的一個重要組成部分」",
        ),
        # news-hk-rthk-local-digest-2025 (batch 10): an event named by its kind (座談會).
        (
            "麥美娟表示，各區將於下月中舉辦「國家安全教育地區導師座談會」。",
            "「國家安全教育地區導師座談會」",
        ),
    ],
)
def test_a_quoted_term_stays_one(text, term):
    assert ("TERM", term) in found(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # news-cn-us-japan-joint-forces-command-2024 (batch 30): a command named in quotes.
        (
            "在会后发表的联合声明中，美日确认驻日美军将设立“统合军司令部”。",
            "统合军司令部",
        ),
        # news-hk-myanmar-coup-china-2021 (batch 25): a think tank named in quotes (…組織).
        (
            "總部在比利時布魯塞爾、在仰光設有資深分析員的智庫「國際危機組織」（International Crisis Group）上月表示",
            "國際危機組織",
        ),
    ],
)
def test_a_quoted_body_named_by_its_kind_is_an_org_without_marks(text, body):
    spans = found(text)
    assert ("ORG", body) in spans
    assert not [s for s in spans if s[0] == "TERM"]
