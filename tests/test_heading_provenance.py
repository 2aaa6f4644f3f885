"""benchmarks/heading_provenance.py: which rule made each heading, matched with the gold as
score_outline matches, on dev documents only (docs/outline.md, *Scores*)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.core.decoding import DocumentError
from tests.benchmark_modules import load_benchmark

provenance = load_benchmark("heading_provenance")
score_outline = load_benchmark("score_outline")

#: Dev documents (batches 3, 9, 35, 52 and 1): a Taiwan decision in labelled parts, a city
#: 公告, a 令 with articles spaced out, a 令 of numbered points and an HTML 公文.
DEV = (
    "decision-tw-fsc-hotai-2021.txt",
    "gw-tw-tainan-yongkang-plan-notice-2026.txt",
    "gw-tw-archives-act-enforcement-rules-amendment-2005.txt",
    "gw-tw-fsc-insurer-public-offering-exemption-order-2012.txt",
    "gw-cn-chemical-weapons-1996.html",
)


def _gold(name: str) -> dict:
    path = score_outline.GOLD / (Path(name).stem + ".json")
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_heading_site_of_find_headings_is_labelled():
    sites = provenance._site_labels()
    assert len(sites) >= 10
    assert not [line for line, label in sites.items() if label.endswith("?")]


def test_counts_agree_with_score_outline_and_tracing_changes_nothing():
    for name in DEV:
        path = score_outline.REAL / name
        heads = provenance.traced_headings(path)
        total = score_outline.Score()
        score_outline.score_document(path, _gold(name), total, False)
        judged = provenance.judged(heads, _gold(name))
        assert len(judged) == total.predicted, name
        assert sum(right for _, _, right in judged) == total.tp, name
        plain = [s.heading for s in score_outline.read_document(path).sections if s.heading]
        assert [text for text, _ in heads] == plain, name


def test_origins_name_the_rule_that_made_the_heading():
    made = dict(provenance.traced_headings(score_outline.REAL / DEV[0]))
    assert made["事實："] == "subheads.is_section_label"
    colon = [o for t, o in made.items() if t.startswith("一、貴公司未就給付通路報酬")]
    assert colon == ["outline_heads.numbered_heading:一、 colon-lead"]
    made = dict(provenance.traced_headings(score_outline.REAL / DEV[2]))
    # (round o42: an article number padded with the page's spaces is an article's, no longer
    # the sibling-subhead rule's)
    assert made["第 十一 條"] == "outline_heads.numbered_heading:第X条 lead"
    assert made["檔案法施行細則部分條文修正條文"] == "outline_annexes.titled_annex"


def test_sets_hold_dev_documents_only_and_the_closed_sets_print_counts_only(capsys):
    rows = (score_outline.REAL / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    split = {r.split("\t")[0]: (r.split("\t")[2], int(r.split("\t")[3])) for r in rows}
    dev = list(provenance.documents("dev"))
    assert dev and all(split[name][0] == "dev" for name, _, _ in dev)
    first_new = provenance.NEW_DEV_FROM  # (the readable line: batches below it are dev)
    assert all(b < first_new and not 13 <= b <= 16 for b in (split[n][1] for n, _, _ in dev))
    assert {which for _, which, _ in provenance.documents("all")} <= set(provenance.SETS)
    for closed in ("validation", "new-dev", "all"):
        assert provenance.main(["--set", closed, "--false"]) == 2
    assert "dev documents only" in capsys.readouterr().err


def _outline_names() -> dict[str, object]:
    """The names a traced reading wraps, as they stand (and ``Heading``'s own ``__init__``)."""
    names = {name: getattr(provenance.outline_module, name) for name in provenance._WRAPPED}
    names["Heading.__init__"] = provenance.outline_heads.Heading.__dict__["__init__"]
    return names


def test_tracing_puts_back_what_it_wraps_also_when_the_reading_raises():
    # (Review rv26: the outline read after a traced reading is the outline's own, whatever
    # happened inside it.)
    before = _outline_names()
    provenance.traced_headings(score_outline.REAL / DEV[0])
    assert _outline_names() == before
    with pytest.raises(RuntimeError), provenance._tracing():
        assert _outline_names() != before  # (inside, the names are wrapped)
        raise RuntimeError("a reading that fails")
    assert _outline_names() == before
    with pytest.raises(DocumentError):
        provenance.traced_headings(score_outline.REAL / "no-such-document.txt")
    assert _outline_names() == before
    # (No heading made after the reading carries a maker: nothing of the tracing is left.)
    doc = score_outline.read_document(score_outline.REAL / DEV[0])
    assert [s.heading for s in doc.sections if s.heading]
    found = provenance.outline_module._find_headings
    assert found is before["_find_headings"]


def test_the_same_documents_give_the_same_rules():
    first = [provenance.traced_headings(score_outline.REAL / name) for name in DEV]
    again = [provenance.traced_headings(score_outline.REAL / name) for name in reversed(DEV)]
    assert first == list(reversed(again))
    tally = provenance.Tally()
    for heads, name in zip(first, DEV, strict=True):
        for _, origin, right in provenance.judged(heads, _gold(name)):
            tally.add(origin, right)
    rows = tally.rows()
    assert rows == sorted(rows, key=lambda r: (-r[3], -r[1], r[0]))
    assert not [rule for rule, *_ in rows if rule.endswith("?")]
