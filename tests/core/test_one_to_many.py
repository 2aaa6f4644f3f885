"""Characters one Simplified form stands for several Traditional ones (着/著, 于/於, 干/乾/幹,
只/隻, 系/係/繫, 台/臺/颱, 里/裏/裡, 注/註) in real text, and the pivot's regional variant tables,
which only Traditional text may go through."""

from pathlib import Path

import pytest

from gui.core import wording
from gui.core.script import Converter, Script, make_view, to_pivot
from gui.core.variants import detect_variant
from tests.conftest import dev_documents

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "data" / "real"
ROUNDTRIP = ROOT / "benchmarks" / "data" / "roundtrip"
ONE_TO_MANY = set("著着於于乾幹干隻只衹係繫系臺颱台檯裏裡里註注")


def _simplified_documents() -> list[Path]:
    # Dev documents of scored batches only: a failure names a document and may print its text,
    # and a held-out or fresh line must never be printed.
    return [
        p for p in dev_documents() if detect_variant(p.read_text(encoding="utf-8")) == "simplified"
    ]


def test_the_hans_view_of_a_simplified_document_changes_only_traditional_characters():
    # The pivot's regional variant tables map Taiwan's and Hong Kong's forms (著 as the
    # particle → 着); run on Simplified text they turned 显著 into 显着. A Simplified document's
    # 简 view may change only what OpenCC's t2s changes (its Traditional characters).
    t2s = Converter("t2s")
    documents = _simplified_documents()
    assert len(documents) >= 20
    for path in documents:
        text = path.read_text(encoding="utf-8")
        assert make_view(text, Script.HANS).text == t2s.convert(text)[0], path.name


def test_xianzhu_keeps_its_zhu_in_every_view():
    for text in ("显著", "取得显著成效", "显著提高"):
        assert make_view(text, Script.HANS).text == text
        for script in (Script.HANT, Script.TW, Script.HK):
            assert "顯著" in make_view(text, script).text, (text, script)


# Clauses of the real corpus (tests/data/real), each with its 繁, 臺 and 港 views.
REAL_CLAUSES = [
    # 著 (zhù) and 着 (the particle; zhuó): Taiwan writes 著 for both
    ("经济社会发展绿色转型取得显著成效", "經濟社會發展綠色轉型取得顯著成效", None, None),
    ("司法性质的文件不适用著作权法", "司法性質的文件不適用著作權法", None, None),
    ("但其潜在的危险和威胁却客观存在着", "但其潛在的危險和威脅卻客觀存在着", "存在著", None),
    ("着重做好革命文物的保护修复", "着重做好革命文物的保護修復", "著重", None),
    # 于 → 於
    ("关于进一步加强我国防震减灾工作的意见", "關於進一步加強我國防震減災工作的意見", None, None),
    ("大大高于年均19次的水平", "大大高於年均19次的水平", None, None),
    # 系 → 係 (relation) / 系 (system)
    ("关系到人民生命和财产安全", "關係到人民生命和財產安全", None, None),
    ("反映城市交通系统整体水平", "反映城市交通系統整體水平", None, None),
    # 干 → 幹 (trunk, cadre)
    ("对负有责任的领导干部", "對負有責任的領導幹部", None, None),
    ("以文博单位和骨干企业为主导", "以文博單位和骨幹企業爲主導", "為主導", "為主導"),
    # 只: the adverb "only" stays 只; the measure word is 隻
    ("年度地震趋势会商会是只根据震情因素", "年度地震趨勢會商會是只根據震情因素", None, None),
    ("深圳将只剩下总部经济", "深圳將只剩下總部經濟", None, None),
    # 台 → 臺 (platform; Hong Kong writes 台)
    ("更加便捷的政民互动和办事服务平台", "更加便捷的政民互動和辦事服務平臺", None, "平台"),
]


@pytest.mark.parametrize("simplified, hant, tw_part, hk_part", REAL_CLAUSES)
def test_real_clauses_of_one_to_many_characters(simplified, hant, tw_part, hk_part):
    assert make_view(simplified, Script.HANS).text == simplified
    assert make_view(simplified, Script.HANT).text == hant
    # 臺 and 港 differ from 繁 only in their own forms (given as a part of the expected view)
    tw = make_view(simplified, Script.TW).text
    hk = make_view(simplified, Script.HK).text
    assert (tw_part or "") in tw and len(tw) == len(hant)
    assert (hk_part or "") in hk and len(hk) == len(hant)
    for view, part in ((tw, tw_part), (hk, hk_part)):
        if part is None:
            assert view == hant


def test_only_as_an_adverb_is_not_the_measure_word():
    # OpenCC's keys 是只, 有只, 大只, 小只, 别只 write the measure word 隻 where report text
    # means "only"; numerals and demonstratives keep 隻.
    for text in ("不是只有", "所有只需登记", "最大只能", "别只顾眼前"):
        assert "隻" not in make_view(text, Script.HANT, "simplified").text, text
    for text, expected in (("一只", "一隻"), ("每只股票", "每隻股票"), ("这只猫", "這隻貓")):
        assert make_view(text, Script.HANT, "simplified").text == expected


def _dev_originals(region: str) -> list[Path]:
    parts = {}
    for line in (ROUNDTRIP / "split.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, part = line.split("\t")[:2]
            parts[name] = part
    return [ROUNDTRIP / n for n, p in sorted(parts.items()) if p == "dev" and n.startswith(region)]


@pytest.mark.parametrize("region", ["tw", "hk"])
def test_traditional_originals_keep_their_one_to_many_characters_through_simplified(region):
    # Real Taiwan laws and Hong Kong government answers (the round-trip corpus's dev part):
    # made Simplified by the pivot and shown again in their region's view, nearly every
    # one-to-many character comes back as the original wrote it.
    right = wrong = 0
    originals = _dev_originals(region)
    if not originals:  # the corpus may be removed (benchmarks/data/roundtrip/MANIFEST.md)
        pytest.skip(f"no {region} round-trip originals")
    for path in originals:
        for line in path.read_text(encoding="utf-8").splitlines():
            back = make_view(to_pivot(line)[0], region, "simplified").text
            if len(back) != len(line):
                continue
            for a, b in zip(line, back, strict=True):
                if a in ONE_TO_MANY:
                    right += a == b
                    wrong += a != b
    assert right > 200
    assert wrong <= 0.025 * (right + wrong), (right, wrong)


@pytest.mark.parametrize(
    "row", [r for r in wording.word_rows() if r.view == "pivot"], ids=lambda r: r.key
)
def test_each_zhu_exception_keeps_zhu_beside_the_particle(row):
    # Taiwan's 著 (zhù) word stays 著 in Simplified, while the particle 著 in the same text
    # still becomes 着.
    pivot = to_pivot(f"{row.key}，看著")[0]
    assert pivot.endswith("，看着") and "著" in pivot, pivot
    assert pivot[: len(row.key)] == Converter("t2s").convert(row.key)[0]


def test_the_note_label_is_zhu_in_traditional_views():
    # 注： opens a note in reports; OpenCC splits at the colon and keeps 注. A real release's
    # notes (stats-cn-industrial-profits-2021) and the label forms around it:
    text = (REAL / "stats-cn-industrial-profits-2021.md").read_text(encoding="utf-8")
    assert text.count("注：") >= 2
    for script in (Script.HANT, Script.TW, Script.HK):
        view = make_view(text, script).text
        assert view.count("註：") == text.count("注："), script
        assert "附註：" in view
        assert make_view("注1：数据来源", script).text.startswith("註1：")
        assert make_view("(注︰略)", script).text == "(註︰略)"
        # not a label: 注 inside a word, or without the colon
        assert make_view("请关注：", script).text == "請關注："
        assert make_view("注意", script).text == "注意"
    assert make_view("注：", Script.HANS).text == "注："


def test_bianzhi_is_compile_in_real_reports_and_staffing_only_in_its_collocations():
    # 编制 in mainland reports mostly means "compile" (编制规划, 方案编制: 編製); the staffing
    # sense (機構編制, 人員編制) comes with its collocations. Every use in the real corpus:
    uses = 0
    for path in _simplified_documents():
        text = path.read_text(encoding="utf-8")
        if "编制" not in text:
            continue
        view = make_view(text, Script.HANT).text
        uses += text.count("编制")
        assert view.count("編製") + view.count("編制") == text.count("编制"), path.name
        assert view.count("編制") == view.count("機構編制"), path.name
    assert uses >= 30


def test_report_words_opencc_gave_another_sense():
    for simplified, traditional in (
        ("政府干预市场", "政府干預市場"),  # the key 府干 took 干预's 干
        ("香港回归之初", "香港回歸之初"),  # 迴歸 is statistical regression only
        ("回归分析", "迴歸分析"),
        ("这只能说明问题", "這只能說明問題"),  # 只 the adverb
        ("这只猫", "這隻貓"),
        ("上限回复至2008年的水平", "上限回復至2008年的水平"),
        ("经研判回复后", "經研判回覆後"),
        ("能借着这个机会", "能藉着這個機會"),
        ("背负巨额债务", "背負巨額債務"),
        ("监察狗只", "監察狗隻"),
    ):
        assert make_view(simplified, Script.HANT, "simplified").text == traditional


def test_a_regional_original_keeps_its_own_simplified_looking_characters():
    # A Hong Kong writer's 琼 (a name: 李慧琼), 耻 and 删 are the document's own; a converting
    # tool would have left none of them. Only a generic text's lone 发 is a leftover.
    hk = "香港特區立法會議員李慧琼表示，衞生署已删減開支，實在無耻。政府着重匯報。"
    assert detect_variant(hk) == "hk"
    assert make_view(hk, Script.HK).text == hk
    generic = "國務院關于發展的意見，发展經濟。國務院關于改革的決定。"
    assert detect_variant(generic) == "generic"
    assert "發展經濟" in make_view(generic, Script.HANT).text


def test_every_round_trip_file_has_a_part_and_a_manifest_row():
    # bench_conversion.py reads each file's part (dev or a held-out part) from split.tsv, and
    # every external file needs its source and licence in the manifest.
    manifest = (ROUNDTRIP / "MANIFEST.md").read_text(encoding="utf-8")
    parts = (ROUNDTRIP / "split.tsv").read_text(encoding="utf-8")
    for path in sorted(ROUNDTRIP.glob("*.txt")):
        assert f"\n{path.name}\t" in parts, path.name
        assert f"`{path.name}`" in manifest or path.name.rsplit("-", 1)[0] in manifest, path.name
