"""Simplified and Traditional inputs give the same spans; offsets are code points; lazy load."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from gui.core.entities import recognise
from gui.core.script import make_view
from tests.conftest import DATA, REPO

SAMPLE = (
    "2021年，兰州高新区将《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》的贯彻落实"
    "作为重要任务来抓。与中科院兰州分院、兰州大学、西北师范大学等高校建立深度合作关系，"
    "集聚中牧股份、中农威特、奇正藏药等企业近200家，实现总产值140亿元，推行“揭榜挂帅”。"
    "2021年2月，设立兰州高新区(北欧)离岸创新中心，并与兰州市科技局共同举办对接会。"
)


def triples(text: str) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.type) for e in recognise(text)]


def test_traditional_gives_the_same_spans():
    hant = make_view(SAMPLE, "hant").text
    assert hant != SAMPLE and len(hant) == len(SAMPLE)
    assert triples(hant) == triples(SAMPLE)
    assert len(triples(SAMPLE)) >= 15


def test_entity_text_is_taken_from_the_original_script():
    hant = make_view(SAMPLE, "hant").text
    texts = [e.text for e in recognise(hant)]
    assert "蘭州高新區" in texts and "蘭州大學" in texts
    assert all(hant[e.start : e.end] == e.text for e in recognise(hant))


def test_naive_traditional_conversion_is_repaired_by_the_pivot():
    # 關于 / 示范 are the scrape's naive conversions; t2s normalises them before recognition.
    text = "發布了《關于加快生物醫藥產業發展的若干措施》,為蘭白國家自主創新示范區建設提供支撐"
    assert [(e.type, e.text) for e in recognise(text)] == [
        ("DOC", "《關于加快生物醫藥產業發展的若干措施》"),
        ("LOC", "蘭白國家自主創新示范區"),
    ]


def test_length_changing_conversion_maps_back():
    # 隨身碟 (3 chars) pivots to U盘 (2 chars): later spans must still land on the original.
    text = "採購隨身碟3000個,蘭州大學參與。"
    ents = recognise(text)
    assert [(e.type, e.text) for e in ents] == [("QUANT", "3000個"), ("ORG", "蘭州大學")]
    assert all(text[e.start : e.end] == e.text for e in ents)


def test_offsets_are_code_points_around_extension_b():
    text = "𠀀𠀁兰州大学在2021年3月成立实验室"
    ents = recognise(text)
    assert [(e.start, e.end, e.text) for e in ents] == [(2, 6, "兰州大学"), (7, 14, "2021年3月")]


def test_import_does_not_load_gazetteers():
    code = (
        "import sys, gui.core.entities as m\n"
        "from gui.core.entities import gazetteer\n"
        "print(len(gazetteer._cache))\n"
        "m.recognise('兰州')\n"
        "print(len(gazetteer._cache))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["0", "1"]


def test_json_shape_for_analyze():
    e = recognise("兰州大学")[0]
    assert json.loads(json.dumps(e.to_json(), ensure_ascii=False)) == {
        "start": 0,
        "end": 4,
        "type": "ORG",
        "text": "兰州大学",
    }


GOLD_DIR = DATA / "gold"


@pytest.mark.parametrize("name", sorted(p.name for p in GOLD_DIR.glob("*.json")))
@pytest.mark.parametrize("script", ["hans", "hant", "tw", "hk"])
def test_every_script_view_of_a_gold_text_gives_the_same_spans(name, script):
    text = json.loads((GOLD_DIR / name).read_text(encoding="utf-8"))["text"]
    view = make_view(text, script)
    expected = triples(text)
    got = [(*view.to_text(e.start, e.end), e.type) for e in recognise(view.text)]
    assert got == expected
