"""The conversion data: current OpenCC dictionaries from resources/, and the app's overlays."""

import opencc
import pytest

from gui.core import opencc_data, wording
from gui.core.script import Converter, Script, make_view, to_pivot

SENTENCE = "国务院常务会议审议通过了《条例》，依照法定程序发布施行"


def test_shipped_data_is_the_pinned_version():
    assert opencc_data.shipped_version() == opencc_data.DATA_VERSION
    assert (
        (opencc_data.data_dir() / "LICENSE")
        .read_text(encoding="utf-8")
        .startswith("Apache License")
    )


def test_views_use_the_current_data_not_the_engines_own():
    # The engine's packaged 2017 dictionaries write 審議透過 ("by means of") and 喫飯; the current
    # OpenCC data does not. Loading the package's data again would fail here.
    ours, _ = Converter("s2twp").convert(SENTENCE)
    assert "審議通過" in ours
    assert "審議透過" in opencc.OpenCC("s2twp").convert(SENTENCE)
    assert Converter("s2t").engine._dict_chain_data != opencc.OpenCC("s2t")._dict_chain_data


def test_the_issue_sentences():
    assert make_view(SENTENCE, Script.TW).text == (
        "國務院常務會議審議通過了《條例》，依照法定程序發布施行"
    )
    tw = make_view("行政程序法，体育项目，软件，信息，信息技术，打印机", Script.TW).text
    assert tw == "行政程序法，體育項目，軟體，資訊，資訊科技，印表機"
    assert make_view("吃饭", Script.HANT).text == "吃飯"
    assert make_view("看著窗外，著力推動衞生署的工作", Script.HANS).text == (
        "看着窗外，着力推动卫生署的工作"
    )


def test_pivot_keeps_zhu_where_the_variant_tables_say_so():
    # 著 as the particle becomes 着, but 著名 / 著作 (zhù) stay 著 in Simplified too.
    pivot, _ = to_pivot("著名學者的著作，寫著")
    assert pivot == "著名学者的著作，写着"


@pytest.mark.parametrize(
    "row", [r for r in wording.sense_rows() if r.view == "tw"], ids=lambda r: r.word
)
def test_each_taiwan_sense_row_keeps_its_default_and_rewrites_only_its_cues(row):
    word_simplified, _ = to_pivot(row.word)
    assert make_view(word_simplified, Script.TW).text == row.default
    for cue, wording_ in row.entries().items():
        if cue == row.word:
            continue
        simplified, _ = to_pivot(cue)
        assert make_view(simplified, Script.TW).text == wording_, cue


def test_sense_rows_name_patterns_not_sentences():
    for row in wording.sense_rows():
        assert row.kept_sense and row.other_sense, row.word
        assert all(len(cue.partition("=")[0]) <= 8 for cue in row.cues), row.word
        assert not any(p in cue for cue in row.cues for p in "，。；！？"), row.word
