"""Entity keys (each name's Simplified pivot) converted in one call for a whole pass, and the
same keys as one call per name."""

from __future__ import annotations

from gui.core import entity_pass, script
from gui.core.cleaning import remove_pinyin
from gui.core.entities import recognise_spans
from gui.core.entity_pass import pivot_keys
from gui.core.script import to_pivot
from tests.conftest import DEFAULT_REPORT


def _report() -> str:
    return remove_pinyin(DEFAULT_REPORT.read_text(encoding="utf-8")).text


#: Names the pivot treats chunk by chunk differently: Simplified and Traditional beside each
#: other (显著 keeps its 著 only in a Simplified chunk), Hong Kong and Taiwan forms, titles with
#: OpenCC's separators inside and at their edges, spaces at the ends, a phrase that changes
#: length, a line break inside.
NAMES = [
    "显著",
    "著名學者",
    "顯著成效",
    "衞生署",
    "臺灣大學",
    "《關於加快生物醫藥產業發展的若干措施》",
    "《关于支持企业发展的若干措施》",
    "蘭州高新區管委會",
    " 國務院 ",
    "U盤",
    "中國\n科學院",
    "2021年3月",
    "12億元",
]


def test_the_keys_of_names_converted_together_are_each_names_own():
    text = _report()
    # Every line of the bundled (Traditional) report, cut into pieces of a few characters:
    # thousands of names with every kind of chunk edge.
    pieces = [line[i : i + 7] for line in text.splitlines() for i in range(0, len(line), 5)]
    names = list(dict.fromkeys(NAMES + [p for p in pieces if p]))
    keys = pivot_keys(names)
    assert keys == {n: to_pivot(n)[0].strip() for n in names}
    assert keys["显著"] == "显著" and keys["蘭州高新區管委會"] == "兰州高新区管委会"


def test_a_pass_converts_its_keys_in_one_call(monkeypatch):
    pivot = script.converter("pivot")
    calls: list[int] = []
    convert = pivot.convert

    def counted(text):
        calls.append(len(text))
        return convert(text)

    monkeypatch.setattr(pivot, "convert", counted)
    text = _report()
    table = entity_pass._recognise_whole(text, None).table
    assert len({table.key_at(i) for i in range(len(table))}) > 20
    # the text's own pivot (the recogniser's) and one for every distinct name: one call per
    # name before (44 on this report)
    assert len(calls) == 2
    assert [(s.start, s.end, s.type) for s in table] == list(recognise_spans(text))
    assert all(s.key == to_pivot(text[s.start : s.end])[0].strip() for s in table)
