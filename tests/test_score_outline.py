"""benchmarks/score_outline.py: the groups it scores (a later batch's held-out third only
when asked for), dates compared as numbers, and the news fields of a real dev page."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.benchmark_modules import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "real"


@pytest.fixture(scope="module")
def scorer():
    yield load_benchmark("score_outline")
    del sys.modules["score_outline"]


def test_batches_and_groups_come_from_the_split(scorer, tmp_path):
    (tmp_path / "split.tsv").write_text(
        "file\tkind\tsplit\tbatch\n"
        "a.md\tnews\tdev\t\nb.md\tnews\theldout\t\n"
        "c.txt\tgongwen\tdev\t2\nd.txt\tgongwen\theldout\t2\n",
        encoding="utf-8",
    )
    splits = scorer.manifest(tmp_path)
    assert splits == {"a.md": ("dev", 1), "b.md": ("heldout", 1), "c.txt": ("dev", 2),
                      "d.txt": ("heldout", 2)}  # fmt: skip
    # By default batch 2's held-out third is not scored: it is looked at once, by name.
    assert scorer.groups(splits, None) == ["dev", "heldout"]
    assert scorer.groups(splits, "dev") == ["dev"]
    assert scorer.groups(splits, "heldout-2") == ["heldout-2"]
    assert scorer.groups(splits, "all") == ["dev", "heldout", "heldout-2"]
    assert scorer.documents(splits, "dev") == ["a.md", "c.txt"]
    assert scorer.documents(splits, "dev", batch=2) == ["c.txt"]
    assert scorer.documents(splits, "heldout-2") == ["d.txt"]


def test_dates_are_compared_as_numbers(scorer):
    assert scorer.normalise_date("二〇〇五年三月三日") == scorer.normalise_date("2005年03月03日")
    assert scorer.normalise_date("2019年1月5日") != scorer.normalise_date("2019年1月15日")


def test_joint_issuers_are_compared_without_their_separator(scorer):
    gold = scorer._as_text(["国务院办公厅", "中央军委办公厅"])
    for app in ("国务院办公厅、中央军委办公厅", "国务院办公厅 中央军委办公厅"):
        assert scorer.normalise_issuer(app) == scorer.normalise_issuer(gold)
    assert scorer.normalise_issuer("国务院办公厅") != scorer.normalise_issuer(gold)


def test_news_fields_of_a_feed_page_are_scored(scorer, capsys):
    name = "news-cn-energy-saving-plan-2022.md"
    gold = json.loads((REAL / "gold" / (Path(name).stem + ".json")).read_text("utf-8"))
    total = scorer.Score()
    scorer.score_document(REAL / name, gold, total, verbose=False)
    row = total.row()
    assert row["news_fields"]["reporter"] == "1/1"
    assert row["news_fields"]["editor"] == "1/1"
    # A wrong field counts as a miss.
    gold["document"]["editor"] = "某某"
    total = scorer.Score()
    scorer.score_document(REAL / name, gold, total, verbose=True)
    assert total.row()["news_fields"]["editor"] == "0/1"
    assert "editor" in capsys.readouterr().out


def test_batch_3_is_scored_only_when_named(scorer, tmp_path):
    # Batch 3 is the fresh set measured once, at the end: a default run leaves it out, and
    # ``--batch 3 --split heldout`` names its held-out part.
    (tmp_path / "split.tsv").write_text(
        "file\tkind\tsplit\tbatch\n"
        "a.md\tnews\tdev\t1\nb.md\tnews\theldout\t1\n"
        "e.txt\tstats\tdev\t3\nf.txt\tstats\theldout\t3\n",
        encoding="utf-8",
    )
    splits = scorer.manifest(tmp_path)
    kept, split = scorer.select_batch(splits, "all", None)
    assert sorted(kept) == ["a.md", "b.md"] and split is None
    kept, split = scorer.select_batch(splits, "3", "heldout")
    assert sorted(kept) == ["e.txt", "f.txt"] and split == "heldout-3"
    assert scorer.documents(kept, scorer.groups(kept, split)[0]) == ["f.txt"]
    kept, split = scorer.select_batch(splits, "3", None)
    assert scorer.groups(kept, split) == ["dev"] and scorer.documents(kept, "dev") == ["e.txt"]
    assert scorer.select_batch(splits, "1", "heldout")[1] == "heldout"


def test_batch_4_is_scored_only_when_named_and_apart_from_batch_3(scorer, tmp_path):
    # Batch 4 is a second fresh set: a default run leaves out both fresh batches, and naming
    # one never brings in the other's documents.
    (tmp_path / "split.tsv").write_text(
        "file\tkind\tsplit\tbatch\n"
        "a.md\tnews\tdev\t1\n"
        "e.txt\tstats\tdev\t3\nf.txt\tstats\theldout\t3\n"
        "g.txt\twork-report\tdev\t4\nh.html\tpress-mo\theldout\t4\n",
        encoding="utf-8",
    )
    splits = scorer.manifest(tmp_path)
    assert sorted(scorer.select_batch(splits, "all", None)[0]) == ["a.md"]
    kept, split = scorer.select_batch(splits, "4", "heldout")
    assert sorted(kept) == ["g.txt", "h.html"] and split == "heldout-4"
    assert scorer.documents(kept, scorer.groups(kept, split)[0]) == ["h.html"]
    kept, split = scorer.select_batch(splits, "4", "dev")
    assert scorer.groups(kept, split) == ["dev"] and scorer.documents(kept, "dev") == ["g.txt"]
    kept, split = scorer.select_batch(splits, "3", "heldout")
    assert scorer.documents(kept, scorer.groups(kept, split)[0]) == ["f.txt"]


# The sets scored only when named.
FRESH_BATCHES = tuple(str(n) for n in range(3, 64))  # batches 3 to 63
#: Batch 44 has eight documents (6 dev, 2 held-out), batch 47 nine (6 dev, 3 held-out), batches 49,
#: 51, 52, 56 and 57 eleven (8 dev, 3 held-out), batch 55 eight (6 dev, 2 held-out), batch 59 six (4 dev, 2 held-out), batch 60 nine (6 dev, 3 held-out), batch 61 ten (7 dev, 3 held-out), batch 62 nine (6 dev, 3 held-out), batch 63 ten (7 dev, 3 held-out); every other set twelve
#: (8 dev, 4 held-out).
SIZES = {
    "44": (6, 2),
    "47": (6, 3),
    "49": (8, 3),
    "51": (8, 3),
    "52": (8, 3),
    "55": (6, 2),
    "56": (8, 3),
    "57": (8, 3),
    "59": (4, 2),
    "60": (6, 3),
    "61": (7, 3),
    "62": (6, 3),
    "63": (7, 3),
}


@pytest.mark.parametrize(
    "batch",
    [str(n) for n in range(4, 64)],  # batches 4 to 63
)
def test_fresh_batch_selection_on_the_real_split(scorer, batch):
    # The committed split.tsv: each fresh set has 8 dev and 4 held-out documents (batch 44: 6 and
    # 2; batch 47: 6 and 3; batches 49, 51, 52, 56 and 57: 8 and 3; batch 55: 6 and 2; batch 59: 4 and 2; batch 60: 6 and 3; batch 61: 7 and 3; batch 62: 6 and 3; batch 63: 7 and 3), none scored by a default run or by naming another batch. Only file names are listed
    # here; no rule runs on the documents.
    splits = scorer.manifest()
    default = scorer.select_batch(splits, "all", None)[0]
    dev, _ = scorer.select_batch(splits, batch, "dev")
    held, group = scorer.select_batch(splits, batch, "heldout")
    assert group == f"heldout-{batch}"
    n_dev, n_held = SIZES.get(batch, (8, 4))
    assert len(scorer.documents(dev, "dev")) == n_dev
    assert len(scorer.documents(held, group)) == n_held
    assert not set(dev) & set(default)
    for other in FRESH_BATCHES:
        if other != batch:
            assert not set(dev) & set(scorer.select_batch(splits, other, "dev")[0])


@pytest.mark.parametrize(
    "batch",
    [str(n) for n in range(4, 64)],  # batches 4 to 63
)
def test_list_names_a_fresh_batchs_documents_without_reading_them(
    scorer, monkeypatch, capsys, batch
):
    # ``--list`` shows what a run would score, so a fresh batch's selection can be checked
    # without any rule running on it: scoring a document here fails the test.
    def never(*_args, **_kwargs):
        raise AssertionError("a document was scored")

    monkeypatch.setattr(scorer, "score_document", never)
    assert scorer.main(["--batch", batch, "--split", "heldout", "--list"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"[heldout-{batch}] ")
    n_dev, n_held = SIZES.get(batch, (8, 4))
    assert len(line.split()) == 1 + n_held
    assert scorer.main(["--batch", batch, "--list"]) == 0
    assert len(capsys.readouterr().out.split()) == 1 + n_dev


def test_as_text_reads_a_page_without_its_format_marks(scorer):
    # A Markdown digest marks its title and items; read back as plain text it must find them
    # from their form alone — the same gold, the same offsets.
    name = "news-cn-xwlb-digest-2026.md"
    gold = json.loads((REAL / "gold" / (Path(name).stem + ".json")).read_text("utf-8"))
    marked, plain = scorer.Score(), scorer.Score()
    scorer.score_document(REAL / name, gold, marked, verbose=False)
    scorer.score_document(REAL / name, gold, plain, verbose=False, as_text=True)
    assert marked.row()["headings_gold"] == plain.row()["headings_gold"] > 3
    assert plain.row()["titles"] == "1/1"
    # A page whose format gave its caption (a <figcaption>): read back as plain text, the caption
    # is found from its form alone since round 29 (a Hong Kong caption closed by its agency), so
    # nothing of it is left in the body.
    name = "news-hk-wanchai-council-walkout-2020.md"
    gold = json.loads((REAL / "gold" / (Path(name).stem + ".json")).read_text("utf-8"))
    plain = scorer.Score()
    scorer.score_document(REAL / name, gold, plain, verbose=False, as_text=True)
    assert gold["furniture"]  # (the page has furniture to leave behind)
    assert plain.row()["furniture_left_max"] == 0
