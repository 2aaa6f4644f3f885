"""The independent second outline passes (batches 3 and 5 to 63) and their comparison script.

Each pass (tests/data/real/gold/second_pass/batch<N>) was written from the
documents' text alone; these tests keep its files reproducible from their
line-based annotation (batch<N>/annotation.py, written out by the one
writer second_pass/write_second_pass.py --batch N), anchored in the gold
files' text, and check that
compare_outline_pass.py reports disagreements when there are some.
Rules and figures: docs/gold-outline.md, "Batch 3: independent second pass"
"Batch 5: independent second pass", "Batch 6: independent second pass" and
"Batch 7: independent second pass"; the passes of batches 8 to 63 are
described in their README.md (batch 9's clarification is the last section
of docs/gold-outline.md).
"""

import copy
import json
from pathlib import Path

import pytest

from tests.script_modules import load_script

GOLD = Path(__file__).resolve().parents[1] / "data" / "real" / "gold"
BATCHES = (
    "batch3",
    "batch5",
    "batch6",
    "batch7",
    "batch8",
    "batch9",
    "batch10",
    "batch11",
    "batch12",
    "batch13",
    "batch14",
    "batch15",
    "batch16",
    "batch17",
    "batch18",
    "batch19",
    "batch20",
    "batch21",
    "batch22",
    "batch23",
    "batch24",
    "batch25",
    "batch26",
    "batch27",
    "batch28",
    "batch29",
    "batch30",
    "batch31",
    "batch32",
    "batch33",
    "batch34",
    "batch35",
    "batch36",
    "batch37",
    "batch38",
    "batch39",
    "batch40",
    "batch41",
    "batch42",
    "batch43",
    "batch44",
    "batch45",
    "batch46",
    "batch47",
    "batch48",
    "batch49",
    "batch50",
    "batch51",
    "batch52",
    "batch53",
    "batch54",
    "batch55",
    "batch56",
    "batch57",
    "batch58",
    "batch59",
    "batch60",
    "batch61",
    "batch62",
    "batch63",
)
# Documents per batch where it is not twelve (batch 44: eight, its builder found no more records; batch 47: nine;
# batches 49, 51, 52, 56 and 57: eleven; batch 55: eight; batch 59: six; batch 60: nine; batch 61: ten; batch 62: nine;
# batch 63: ten).
SIZES = {
    "batch44": 8,
    "batch47": 9,
    "batch49": 11,
    "batch51": 11,
    "batch52": 11,
    "batch55": 8,
    "batch56": 11,
    "batch57": 11,
    "batch59": 6,
    "batch60": 9,
    "batch61": 10,
    "batch62": 9,
    "batch63": 10,
}


def _load(path: Path, name: str):
    return load_script(path, name)


def _pairs(batch: str = "batch3"):
    for path in sorted((GOLD / "second_pass" / batch).glob("*.json")):
        yield (
            json.loads(path.read_text(encoding="utf-8")),
            json.loads((GOLD / path.name).read_text(encoding="utf-8")),
        )


@pytest.mark.parametrize("batch", BATCHES)
def test_second_pass_covers_its_batch_and_is_reproducible(batch):
    folder = GOLD / "second_pass" / batch
    writer = _load(GOLD / "second_pass" / "write_second_pass.py", "write_second_pass")
    annotation = writer.annotation(batch.removeprefix("batch"))
    assert len(annotation) == SIZES.get(batch, 12)
    assert sorted(p.stem for p in folder.glob("*.json")) == sorted(annotation)
    assert writer.write(batch.removeprefix("batch"), check=True) == []  # byte for byte, as written
    for doc_id, spec in annotation.items():
        committed = json.loads((folder / f"{doc_id}.json").read_text(encoding="utf-8"))
        # Through JSON, as the file was written (tuples of lines become lists); compared before the
        # assert, which names the document alone (a held-out heading is text).
        same = committed == json.loads(json.dumps(writer.build(doc_id, spec)))
        assert same, doc_id


@pytest.mark.parametrize("batch", BATCHES)
def test_second_pass_headings_and_fields_stand_in_the_text(batch):
    # Each check is made before its assert, which names the document and the line or field alone:
    # most passes read held-out documents, and a held-out line is never printed.
    for second, gold in _pairs(batch):
        lines = gold["text"].split("\n")
        for heading in second["headings"]:
            where = heading["line"]
            first = where if isinstance(where, int) else where[0]
            line = lines[first - 1]
            if heading.get("inline"):
                # A subhead the scrape ran into a longer line (batch 7's Sina post).
                stands = heading["text"] in line
            else:
                stands = line.strip().startswith(heading["text"][:4])
            assert stands, (second["id"], f"line {first}")
        for field, value in second["document"].items():
            for item in value if isinstance(value, list) else [value]:
                found = item in gold["text"]
                assert found, (second["id"], field)
        for a, b in second["furniture_lines"]:
            assert 1 <= a <= b <= len(lines)


def test_comparison_counts_disagreements():
    compare = _load(GOLD / "compare_outline_pass.py", "compare_outline_pass").compare
    second, gold = next(p for p in _pairs() if p[0]["id"] == "gw-sh-bim-acceptance-2026")
    same = compare("bim", second, gold)
    assert same["matched"] == same["gold_headings"] == same["level_agree"] > 0
    assert same["furn_both"] == same["furn_gold"] > 0
    changed = copy.deepcopy(second)
    dropped = changed["headings"].pop(0)
    changed["headings"][0]["level"] += 1
    changed["headings"][1]["line"] += 1
    changed["furniture_lines"] = [[1, 1], [5, 5]]
    changed["document"]["date"] = "2026年7月2日"
    figures = compare("bim", changed, gold)
    assert figures["only_gold"] == [compare.__globals__["norm"](dropped["text"])]
    assert figures["level_agree"] == same["level_agree"] - 2
    assert figures["line_agree"] == same["line_agree"] - 2 == same["matched"] - 2
    assert figures["furn_only_gold"] == [2] and figures["furn_only_pass"] == [5]
    assert [d[0] for d in figures["field_diff"]] == ["date"]


def test_comparison_counts_subtitles_and_reads_the_split():
    module = _load(GOLD / "compare_outline_pass.py", "compare_outline_pass_sub")
    second, gold = next(p for p in _pairs("batch5") if p[0]["id"] == "wr-tianjin-2026")
    same = module.compare("tianjin", second, gold)
    assert same["has_subtitle"] and same["subtitle_agree"]
    changed = copy.deepcopy(second)
    changed["subtitle"] = changed["subtitle"].replace("1月26日", "1月27日")
    assert not module.compare("tianjin", changed, gold)["subtitle_agree"]
    del changed["subtitle"]
    dropped = module.compare("tianjin", changed, gold)
    assert dropped["has_subtitle"] and not dropped["subtitle_agree"]
    heldout = module.split_ids("heldout")
    assert "wr-chongqing-2026" in heldout and "wr-tianjin-2026" not in heldout
    assert "wr-tianjin-2026" in module.split_ids("dev")


def test_writer_check_finds_a_file_that_differs_from_its_annotation(tmp_path, monkeypatch):
    # --check compares the committed bytes: a copy of the batch-3 folder with one heading level changed
    # is reported, the untouched copy is not
    module = _load(GOLD / "second_pass" / "write_second_pass.py", "write_second_pass_check")
    copy_root = tmp_path / "second_pass"
    (copy_root / "batch3").mkdir(parents=True)
    for path in (GOLD / "second_pass" / "batch3").iterdir():
        (copy_root / "batch3" / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(module, "HERE", copy_root)
    assert module.write("3", check=True) == []
    target = copy_root / "batch3" / "gw-sh-bim-acceptance-2026.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    data["headings"][0]["level"] += 1
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert module.write("3", check=True) == ["gw-sh-bim-acceptance-2026"]
