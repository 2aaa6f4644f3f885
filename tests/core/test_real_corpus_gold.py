"""The real-document corpus gold (tests/data/real/gold) is well formed.

Every gold file's stored text is still the text the app shows for its
document, every heading stands at its offset, furniture ranges are sorted
and disjoint, header values occur in the text, and every corpus document
has gold. Rules: docs/gold-outline.md.
"""

import importlib.util
from pathlib import Path

from tests.script_modules import load_script

REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def _checker():
    return load_script(REAL / "check_gold.py")


def test_every_real_corpus_gold_file_is_consistent():
    assert _checker().check_all() == []


def test_split_holds_out_a_third_by_kind():
    rows = (REAL / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    cells = [r.split("\t") for r in rows]
    by_batch: dict[str, list[str]] = {}
    for _file, _kind, part, batch in cells:
        by_batch.setdefault(batch, []).append(part)
    assert {b: len(p) for b, p in by_batch.items()} == {
        "1": 33,
        "2": 15,
        "3": 12,
        "4": 12,
        "5": 12,
        "6": 12,
        "7": 12,
        "8": 12,
        "9": 12,
        "10": 12,
        "11": 12,
        "12": 12,
        "13": 12,
        "14": 12,
        "15": 12,
        "16": 12,
        "17": 12,
        "18": 12,
        "19": 12,
        "20": 12,
        "21": 12,
        "22": 12,
        "23": 12,
        "24": 12,
        "25": 12,
        "26": 12,
        "27": 12,
        "28": 12,
        "29": 12,
        "30": 12,
        "31": 12,
        "32": 12,
        "33": 12,
        "34": 12,
        "35": 12,
        "36": 12,
        "37": 12,
        "38": 12,
        "39": 12,
        "40": 12,
        "41": 12,
        "42": 12,
        "43": 12,
        "44": 8,
        "45": 12,
        "46": 12,
        "47": 9,
        "48": 12,
        "49": 11,
        "50": 12,
        "51": 11,
        "52": 11,
        "53": 12,
        "54": 12,
        "55": 8,
        "56": 11,
        "57": 11,
        "58": 12,
        "59": 6,
        "60": 9,
        "61": 10,
        "62": 9,
        "63": 10,
    }
    assert {b: p.count("heldout") for b, p in by_batch.items()} == {
        "1": 11,
        "2": 5,
        "3": 4,
        "4": 4,
        "5": 4,
        "6": 4,
        "7": 4,
        "8": 4,
        "9": 4,
        "10": 4,
        "11": 4,
        "12": 4,
        "13": 4,
        "14": 4,
        "15": 4,
        "16": 4,
        "17": 4,
        "18": 4,
        "19": 4,
        "20": 4,
        "21": 4,
        "22": 4,
        "23": 4,
        "24": 4,
        "25": 4,
        "26": 4,
        "27": 4,
        "28": 4,
        "29": 4,
        "30": 4,
        "31": 4,
        "32": 4,
        "33": 4,
        "34": 4,
        "35": 4,
        "36": 4,
        "37": 4,
        "38": 4,
        "39": 4,
        "40": 4,
        "41": 4,
        "42": 4,
        "43": 4,
        "44": 2,
        "45": 4,
        "46": 4,
        "47": 3,
        "48": 4,
        "49": 3,
        "50": 4,
        "51": 3,
        "52": 3,
        "53": 4,
        "54": 4,
        "55": 2,
        "56": 3,
        "57": 3,
        "58": 4,
        "59": 2,
        "60": 3,
        "61": 3,
        "62": 3,
        "63": 3,
    }


def test_split_file_is_what_make_split_decides():
    # The committed split is the script's output: seeded, so rerunning it reproduces the file,
    # and a later batch never moves a document of an earlier one.
    spec = importlib.util.spec_from_file_location("make_split", REAL / "make_split.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    decided = {(f, k, p, str(b)) for f, k, p, b in module.split()}
    rows = (REAL / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert {tuple(r.split("\t")) for r in rows} == decided


def test_manifest_rows_agree_with_the_split():
    import csv

    with open(REAL / "manifest.tsv", encoding="utf-8") as f:
        manifest = {r["file"]: (r["split"], r["batch"]) for r in csv.DictReader(f, delimiter="\t")}
    with open(REAL / "split.tsv", encoding="utf-8") as f:
        split = {r["file"]: (r["split"], r["batch"]) for r in csv.DictReader(f, delimiter="\t")}
    assert manifest == split
    assert all((REAL / name).is_file() for name in split)


def test_checker_catches_a_shifted_heading_and_overlapping_furniture(tmp_path):
    import json

    gold = json.loads(
        (REAL / "gold" / "news-hk-dental-pilot-2017.json").read_text(encoding="utf-8")
    )
    gold["sections"][0]["start"] += 1
    gold["furniture"].append(list(gold["furniture"][0]))
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    errors = _checker().check(broken)
    assert any("heading" in e for e in errors)
    assert any("overlapping" in e for e in errors)
    # a held-out document's errors name the file and offsets, never its text
    heading = gold["sections"][0]["heading"]
    assert any(heading in e for e in errors)
    unquoted = _checker().check(broken, quote=False)
    assert len(unquoted) == len(errors) and not any(heading in e for e in unquoted)
