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


@pytest.mark.parametrize(
    "row", [r for r in wording.sense_rows() if r.view == "s2t"], ids=lambda r: r.word
)
def test_each_shared_sense_row_applies_in_every_traditional_view(row):
    # s2t rows hold Simplified keys and act in the step 繁, 臺 and 港 share.
    for cue, wording_ in row.entries().items():
        assert make_view(cue, Script.HANT, "simplified").text == wording_, cue
        # the regional steps keep the sense's character (逕行 stays 逕行 in 臺 and 港)
        expected = row.default if cue == row.word else row.other_wording
        for script in (Script.TW, Script.HK):
            assert expected in make_view(cue, script, "simplified").text, (cue, script)


def test_removed_keys_no_longer_take_a_word_from_its_default_sense():
    assert make_view("原有采购之后续维修", Script.HANT).text == "原有採購之後續維修"
    assert make_view("应经上级机关之核准", Script.HANT).text == "應經上級機關之核准"
    assert make_view("当事人得申请回避", Script.HANT).text == "當事人得申請迴避"


@pytest.mark.parametrize(
    "row", [r for r in wording.word_rows() if r.wording != "-"], ids=lambda r: r.key
)
def test_each_regional_word_row_applies(row):
    simplified = row.key if row.view == "s2t" else to_pivot(row.key)[0]
    script = {"tw": Script.TW, "hk": Script.HK}.get(row.view, Script.HANT)
    assert make_view(simplified, script, "simplified").text == row.wording


_VIEW_SCRIPT = {"hant": Script.HANT, "tw": Script.TW, "hk": Script.HK}


@pytest.mark.parametrize("row", wording.form_rows(), ids=lambda r: f"{r.view}-{r.source}")
def test_each_form_row_applies_in_its_view(row):
    # A row writes TO for FROM, or (TO = "-") keeps FROM where the table would rewrite it.
    expected = row.source if row.target == "-" else row.target
    simplified = to_pivot(expected)[0]
    assert make_view(simplified, _VIEW_SCRIPT[row.view], "simplified").text == expected


def test_hong_kong_words_and_forms_in_running_text():
    # The Hong Kong rows act inside sentences of government text, and only in the 港 view.
    text = "鉴于社会需求，政府会尽快搜集资料，并向立法会汇报；个人游签注；查阅文件；8月启用。"
    assert make_view(text, Script.HK, "simplified").text == (
        "鑒於社會需求，政府會盡快搜集資料，並向立法會匯報；個人遊簽注；查閱文件；8月啟用。"
    )
    assert "蒐集" in make_view(text, Script.TW, "simplified").text


def test_shared_removals_keep_baokuo_and_huozhun():
    # 括发 (括髮) and 分获 no longer take 发 from 包括发展 or 获 from 部分获准.
    for script in (Script.HANT, Script.TW, Script.HK):
        assert make_view("包括发展和发放", script, "simplified").text == "包括發展和發放"
        assert make_view("部分获准，30分获准", script, "simplified").text == "部分獲准，30分獲准"


def test_sense_rows_name_patterns_not_sentences():
    for row in wording.sense_rows():
        assert row.kept_sense and row.other_sense, row.word
        assert all(len(cue.partition("=")[0]) <= 8 for cue in row.cues), row.word
        assert not any(p in cue for cue in row.cues for p in "，。；！？"), row.word


def test_warm_up_loads_everything_the_views_need():
    # The session warms up off the UI thread; afterwards a first switch to any script must not
    # read a dictionary or build a chain on the UI thread.
    from gui.core.script import converter, warm_up

    warm_up()
    loads = opencc_data.load_dictionary.cache_info().misses
    chains = converter.cache_info().misses
    for script in Script:
        make_view("國務院審議通過，依照法定程序發布施行。", script)
        make_view("国务院审议通过，依照法定程序发布施行。", script)
    assert opencc_data.load_dictionary.cache_info().misses == loads
    assert converter.cache_info().misses == chains
