"""User corrections: every occurrence, across scripts, persisted atomically, clear errors."""

from __future__ import annotations

import json

import pytest

from gui.core import paths
from gui.core.entities import (
    Corrections,
    CorrectionsError,
    load_corrections,
    load_user_corrections,
    merge,
    recognise,
    save_corrections,
    user_corrections_path,
)

TEXT = "支持陇原科技拓展市场。陇原科技与兰州大学合作，研发中心落户兰州。"


def typed(text: str, corrections: Corrections | None = None) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in recognise(text, corrections)]


def test_mark_applies_to_every_occurrence():
    assert ("ORG", "陇原科技") not in typed(TEXT)
    c = Corrections()
    c.mark("陇原科技", "ORG")
    assert typed(TEXT, c).count(("ORG", "陇原科技")) == 2


def test_mark_made_in_traditional_applies_to_simplified_and_back():
    c = Corrections()
    c.mark("研發中心", "ORG")  # marked while reading a Traditional view
    assert ("ORG", "研发中心") in typed(TEXT, c)
    assert ("ORG", "研發中心") in typed("研發中心落戶蘭州。", c)


def test_mark_replaces_overlapping_spans():
    c = Corrections()
    c.mark("兰州大学合作", "TERM")
    result = typed(TEXT, c)
    assert ("TERM", "兰州大学合作") in result and ("ORG", "兰州大学") not in result


def test_not_an_entity_removes_every_occurrence_in_any_script():
    c = Corrections()
    c.reject("蘭州")
    assert ("LOC", "兰州") in typed(TEXT)
    assert all(t != "兰州" for _, t in typed(TEXT, c))
    assert ("ORG", "兰州大学") in typed(TEXT, c)  # only the exact string goes


def test_mark_and_reject_exclude_each_other():
    c = Corrections()
    c.mark("兰州", "ORG")
    c.reject("兰州")
    assert c.marks == {} and c.not_entities == {"兰州"}
    c.mark("兰州", "LOC")
    assert c.not_entities == set()
    with pytest.raises(ValueError):
        c.mark("兰州", "CITY")


def test_save_and_load_round_trip(tmp_path):
    c = Corrections()
    c.mark("陇原科技", "ORG")
    c.reject("研发中心")
    path = tmp_path / "sub" / "corrections.json"
    save_corrections(c, path)
    assert load_corrections(path) == c
    assert [p.name for p in path.parent.iterdir()] == ["corrections.json"]  # no temp left
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["marks"] == [{"text": "陇原科技", "type": "ORG"}]
    assert typed(TEXT, load_corrections(path)).count(("ORG", "陇原科技")) == 2


def test_save_replaces_atomically(tmp_path, monkeypatch):
    path = tmp_path / "corrections.json"
    save_corrections(Corrections({"甲": "ORG"}), path)

    def boom(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(OSError):
        save_corrections(Corrections({"乙": "ORG"}), path)
    assert load_corrections(path).marks == {"甲": "ORG"}
    assert [p.name for p in tmp_path.iterdir()] == ["corrections.json"]


def test_missing_file_is_empty(tmp_path):
    assert load_corrections(tmp_path / "none.json").is_empty()


@pytest.mark.parametrize(
    "content, fragment",
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"marks": {"a": "ORG"}}', "must be lists"),
        ('{"marks": [{"text": "兰州", "type": "CITY"}]}', "unknown type"),
        ('{"marks": [{"type": "ORG"}]}', "has no text"),
        ('{"not_entities": [""]}', "is empty"),
        ('{"format": "something-else"}', "not a report-reader-corrections file"),
        ('{"version": 99}', "unsupported version"),
    ],
)
def test_malformed_file_gives_one_line_error(tmp_path, content, fragment):
    path = tmp_path / "corrections.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorrectionsError) as info:
        load_corrections(path)
    message = str(info.value)
    assert fragment in message and "\n" not in message
    assert isinstance(info.value, ValueError)


def test_merge_lets_the_import_win():
    base = Corrections({"陇原科技": "ORG", "兰州": "LOC"}, {"研发中心"})
    incoming = Corrections({"研发中心": "ORG"}, {"兰州"})
    merged = merge(base, incoming)
    assert merged.marks == {"陇原科技": "ORG", "研发中心": "ORG"}
    assert merged.not_entities == {"兰州"}
    assert base.marks == {"陇原科技": "ORG", "兰州": "LOC"}  # inputs untouched


def test_user_corrections_live_in_the_data_dir(tmp_path):
    paths.set_data_dir(tmp_path)
    try:
        assert user_corrections_path() == tmp_path / "corrections.json"
        assert load_user_corrections().is_empty()
        save_corrections(Corrections({"陇原科技": "ORG"}), user_corrections_path())
        assert load_user_corrections().marks == {"陇原科技": "ORG"}
    finally:
        paths.set_data_dir(None)


def test_mark_does_not_break_up_a_title():
    c = Corrections()
    c.mark("生物医药", "TERM")
    text = "发布《关于加快生物医药产业发展的若干措施》，推动生物医药发展"
    assert typed(text, c) == [
        ("DOC", "《关于加快生物医药产业发展的若干措施》"),
        ("TERM", "生物医药"),
    ]


def test_corrections_of_one_report_win_there_and_only_there(tmp_path):
    c = Corrections()
    c.mark("中牧股份", "ORG")
    c.of_report("a" * 64).reject("中牧股份")
    c.of_report("a" * 64).mark("生物醫藥", "TERM")
    here, elsewhere = c.for_report("a" * 64), c.for_report("b" * 64)
    assert here.not_entities == {"中牧股份"} and "中牧股份" not in here.marks
    assert here.marks == {"生物医药": "TERM"}
    assert elsewhere.marks == {"中牧股份": "ORG"} and not elsewhere.not_entities
    path = tmp_path / "c.json"
    save_corrections(c, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 2 and list(data["reports"]) == ["a" * 64]
    assert load_corrections(path) == c
    # Without corrections of single reports the file stays version 1 (older apps read it).
    plain = Corrections()
    plain.mark("中牧股份", "ORG")
    save_corrections(plain, path)
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1
    copied = c.copy()
    copied.of_report("a" * 64).forget("中牧股份")
    assert c.for_report("a" * 64).not_entities == {"中牧股份"}  # the copy is independent


def test_a_malformed_report_entry_is_one_line(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(
        '{"format": "report-reader-corrections", "version": 2, '
        '"reports": {"abc": {"marks": [{"text": "x", "type": "NOPE"}]}}}',
        encoding="utf-8",
    )
    with pytest.raises(CorrectionsError, match="mark 1 of report abc has unknown type"):
        load_corrections(path)
