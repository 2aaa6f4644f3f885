"""Traditional originals: their variant is detected, and the matching view keeps their forms."""

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core.reading import document_from_text, read_document
from gui.core.script import Script, make_view, own_view_text, to_pivot
from gui.core.script_views import DocumentViews
from gui.core.variants import MATCHING_SCRIPT, Variant, detect_variant
from tests.conftest import DEFAULT_REPORT, FRESH_BATCHES, REPO

HK_TEXT = (
    "衞生署今日公布，香港特區政府在九龍及新界加強巡查。發言人說，當局着重保障市民健康，"
    "住戶如發現異常，應盡快向區議會及有關部門匯報。政府亦會發布最新消息。"
)
TW_TEXT = (
    "行政院今天院會通過草案，將依照法定程序發布施行。臺灣各縣市政府表示，"
    "會看著民眾需要調整措施，在社區裡推動體育項目，並以新臺幣補助鄉鎮。"
)


def test_the_default_report_is_generic_traditional_and_its_view_repairs_only_naive_errors():
    doc = read_document(DEFAULT_REPORT)
    assert detect_variant(doc.text) is Variant.GENERIC
    view = make_view(doc.text, Script.HANT)
    assert view.map.is_identity and len(view.text) == len(doc.text)
    changed = {(o, r) for o, r in zip(doc.text, view.text, strict=True) if o != r}
    # the seed's naive conversions (關于, 示范, 關系, 制藥 and their kin) and nothing else
    assert {("于", "於"), ("范", "範"), ("系", "係"), ("制", "製")} <= changed
    # a repair never changes what the text says: the Simplified reading stays the same
    assert to_pivot(view.text)[0] == to_pivot(doc.text)[0]


def test_naive_conversion_errors_are_repaired():
    assert own_view_text("關于示范關系制藥") == "關於示範關係製藥"


def test_hong_kong_original_stays_itself_in_the_hong_kong_view():
    assert detect_variant(HK_TEXT) is Variant.HK
    assert make_view(HK_TEXT, Script.HK).text == HK_TEXT
    # the other Traditional views still convert through the pivot
    assert make_view(HK_TEXT, Script.TW).text != HK_TEXT
    assert "卫生署" in make_view(HK_TEXT, Script.HANS).text


def test_taiwan_original_stays_itself_in_the_taiwan_view():
    assert detect_variant(TW_TEXT) is Variant.TW
    assert make_view(TW_TEXT, Script.TW).text == TW_TEXT
    hans = make_view(TW_TEXT, Script.HANS).text
    assert "看着" in hans and "里推动" in hans


def test_simplified_text_is_not_traditional():
    assert detect_variant("国务院常务会议审议通过了条例，依照法定程序发布施行。") is (
        Variant.SIMPLIFIED
    )
    assert detect_variant("") is Variant.SIMPLIFIED


def test_line_views_use_the_whole_documents_variant():
    # The last line alone reads as generic Traditional; the document is Hong Kong text.
    text = HK_TEXT + "\n" + "發布了新的規定，說明了要求。"
    views = DocumentViews(document_from_text(text).text)
    assert views.variant == Variant.HK
    assert views.view(Script.HK).text == make_view(views.text, Script.HK).text == views.text


_TRADITIONAL = "關于示范關系制藥發布周末台灣看著衞生署說戶群體育項目程序的了是在和與并采取系統后面"


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=_TRADITIONAL + "簽注搜集家具轉，。 \n", max_size=60),
    st.sampled_from(["hant", "hk", "tw"]),
)
def test_own_view_keeps_length_and_the_simplified_reading(text, view):
    own = own_view_text(text, view)
    assert len(own) == len(text)
    # A repair never changes what the text says: its Simplified reading is the same.
    assert to_pivot(own)[0] == to_pivot(text)[0]


def test_hong_kong_own_view_keeps_the_regions_own_wording():
    # s2t's standard writes 簽註, 蒐集, 傢俱, 轉檯; the 港 view itself writes 簽注, 搜集, 家具
    # (and 台 / 檯 are both standard), so a Hong Kong original keeps them ...
    text = HK_TEXT + "\n持個人遊簽注的旅客，當局會搜集資料，添置家具，辦理攜號轉台。"
    assert detect_variant(text) == Variant.HK
    assert make_view(text, Script.HK).text == text
    # ... while a naive conversion's leftover is still repaired in the matching view.
    naive = HK_TEXT + "\n關于簽注的示范。"
    assert make_view(naive, Script.HK).text == HK_TEXT + "\n關於簽注的示範。"
    # The generic view repairs a valid Traditional character (注) only into a dictionary word:
    # 簽註 (s2t's standard) is none, so the original's 簽注 stands there too.
    assert own_view_text("關于簽注") == "關於簽注"


@cache
def _real_dev_texts() -> tuple[tuple[str, str], ...]:
    """(name, text) of every dev document of the real corpus (tests/data/real/split.tsv), the
    fresh batch left out (tests/conftest.py FRESH_BATCHES): read once for both variants'
    cases (a document's text is a pure function of its file)."""
    real = REPO / "tests" / "data" / "real"
    found = []
    for line in (real / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name, _, part, batch = line.split("\t")[:4]
        if part == "dev" and batch not in FRESH_BATCHES:
            found.append((name, read_document(real / name).text))
    return tuple(found)


def _real_dev_documents(variant: Variant) -> list[tuple[str, str]]:
    """(name, text) of the real corpus's dev documents written in ``variant``."""
    return [(name, text) for name, text in _real_dev_texts() if detect_variant(text) is variant]


@pytest.mark.parametrize("variant", [Variant.TW, Variant.HK])
def test_real_taiwan_and_hong_kong_originals_are_unchanged_in_their_own_view(variant):
    # Real releases and news (the corpus's dev part) write 了解, which both regions accept;
    # OpenCC's phrase 了解 → 瞭解 "repaired" it in 7 places before the dictionary check.
    documents = _real_dev_documents(variant)
    assert documents
    for name, text in documents:
        own = make_view(text, MATCHING_SCRIPT[variant], variant).text
        assert len(own) == len(text)
        # A character that Big5-HKSCS (the regions' own character sets) does not encode is
        # no writer's form of theirs but a converting tool's or a mainland input's leftover,
        # and its repair is the view's work: batch 29's Hong Kong column writes 「聯席會上抛出
        # 一句」, 抛 being the mainland standard's form of 拋 (Hong Kong's and Taiwan's
        # standard, the only one in Big5 and HKSCS; OpenCC lists no regional variant pair of
        # the two), unlike the Hong Kong forms 琼, 耻, 删 that HKSCS encodes and the view keeps.
        changed = [
            text[max(0, i - 3) : i + 3]
            for i, (a, b) in enumerate(zip(text, own, strict=True))
            if a != b and _in_big5_hkscs(a)
        ]
        assert changed == [], (name, changed)


def _in_big5_hkscs(char: str) -> bool:
    try:
        char.encode("big5hkscs")
    except UnicodeEncodeError:
        return False
    return True


def test_a_form_outside_the_regions_character_sets_is_repaired_in_their_own_view():
    # Batch 29's Hong Kong column (a real dev line): 抛 is not in Big5-HKSCS, 拋 is; OpenCC's
    # phrase 抛出 repairs it into a dictionary word. A Hong Kong form HKSCS has (耻) stays.
    line = "時任廣東省省長黃華華在粵港合作聯席會上抛出一句「日後前海就是服務業的 『前店後廠』"
    assert not _in_big5_hkscs("抛") and _in_big5_hkscs("拋") and _in_big5_hkscs("耻")
    for view in ("hk", "tw"):
        assert own_view_text(line, view) == line.replace("抛", "拋"), view


def test_a_phrase_that_starts_inside_a_longer_word_is_no_repair():
    # Batch 6's Hong Kong report writes 「4名建制派之一只餘李碧儀在場」: 之一 ends a word and 只
    # ("only") starts the next, yet the own view wrote 隻 (the measure word) from OpenCC's
    # phrase 一只. A phrase whose first character ends a longer word reads across it.
    for text in ("官員離場後，4名建制派之一只餘李碧儀在場。", "兩者統一只能靠協商"):
        for view in ("hant", "hk", "tw"):
            assert own_view_text(text, view) == text, (text, view)
    # A phrase standing on its own, a word in its Traditional form, is still a naive
    # conversion's error (Taiwan's Administrative Procedure Act, art. 16, made naive).
    line = "第16條 行政機關得依法規將其權限之一部分，委託民間團體或個人辦理。"
    assert own_view_text(line.replace("託", "托"), "hk") == line


def test_a_repair_never_rests_on_a_phrase_across_a_word_boundary():
    # OpenCC's phrase 制作 (→ 製作) matched inside 機制|作出 and 控制|藥物, and 制藥 inside
    # 控制|藥物: the original's 機制 and 控制 are words the dictionary spells so, and stay.
    for text in ("當局會透過現行機制作出檢討", "加強控制藥物的價格"):
        assert own_view_text(text, "hk") == text
        assert own_view_text(text) == text
    # A naive conversion's 制作 and 制藥, standing as words, are still repaired.
    assert own_view_text("電影制作及制藥業") == "電影製作及製藥業"


def test_an_accepted_spelling_is_not_repaired_but_a_variant_only_one_is():
    # 泛濫 and 了解 are words in their own right (OpenCC writes 氾濫, 瞭解); 關系 is listed
    # only as a variant of 關係, and 示范 not at all.
    for text in ("資金泛濫的情況", "市民了解情況"):
        for view in ("hant", "hk", "tw"):
            assert own_view_text(text, view) == text, (text, view)
    assert own_view_text("關系和示范") == "關係和示範"


def test_a_hong_kong_or_taiwan_original_keeps_its_choice_of_you():
    # Batch 12's Hong Kong column writes 「就是要游說他們」: 游 stands for 遊 in Traditional
    # writing (游說 is Hong Kong's usual "to lobby"), yet OpenCC's phrase 游说 → 遊說 changed it
    # in the 港 view. A choice between 游 and 遊 is no naive-conversion error, in any own view.
    line = "但路政署把路旁的行人路視作只有供行人步行的單一功能，莫說遊樂設施，就是要游說他們添置一張路邊座椅也非常困難。"
    for view in ("hant", "hk", "tw"):
        assert own_view_text(line, view) == line, view
        assert own_view_text("游說團體與遊客", view) == "游說團體與遊客", view
    # The same line through the pivot (a Simplified reader's text) still converts.
    simplified = make_view(line, Script.HANS, Variant.HK).text
    assert "游说" in simplified
    for script in (Script.HK, Script.TW, Script.HANT):
        assert "遊說" in make_view("就是要游说他们", script).text
        assert make_view("游客", script).text == "遊客"
    # Other naive-conversion leftovers in a phrase are still repaired.
    assert own_view_text("關系和示范", "hk") == "關係和示範"


def _macau_release() -> str:
    """Three paragraphs of batch 22's Macau release (press-mo-anti-drug-week-2026.html, dev): its
    民眾 (民眾建澳聯盟) and 資訊 are Taiwan markers, its 特區 a Hong Kong one."""
    text = read_document(REPO / "tests/data/real/press-mo-anti-drug-week-2026.html").text
    keep = ("“全民禁毒週”啟動儀式", "薛仲明局長致辭時", "本年“全民禁毒週”由")
    return "\n".join(line for line in text.splitlines() if line.startswith(keep))


def test_macau_writing_is_neither_taiwan_nor_hong_kong():
    # Before Macau's names counted, these paragraphs read as Taiwan (3 Taiwan markers, 1 Hong
    # Kong one), and the 臺 own view stood for the original.
    text = _macau_release()
    assert text.count("\n") == 2 and "民眾建澳聯盟" in text and "禁毒資訊" in text
    assert detect_variant(text) is Variant.GENERIC
    # Macau writes s2t's standard forms (禁毒週, 衛, 著), so the 繁 own view matches it; OpenCC's
    # phrase 依托 → 依託 is still repaired there, as a naive conversion's 委托 is.
    assert own_view_text(text) == text.replace("依托", "依託")
    # A Hong Kong or Taiwan text that names Macau once stays its region's.
    assert detect_variant(HK_TEXT + "澳門") is Variant.HK
    assert detect_variant(TW_TEXT + "澳門") is Variant.TW


def test_tuo_and_its_traditional_form_are_no_regional_pair():
    # Taiwan's and Hong Kong's originals write 託 in every word where OpenCC does (委託, 受託,
    # 囑託, 信託: 38 on the dev originals); a naive conversion leaves 托 there, and each own view
    # repairs it. Taiwan's Administrative Procedure Act (round-trip corpus, dev), art. 16:
    line = "第16條 行政機關得依法規將其權限之一部分，委託民間團體或個人辦理。"
    naive = line.replace("託", "托")
    for view in ("hant", "hk", "tw"):
        assert own_view_text(naive, view) == line, view
        assert own_view_text(line, view) == line, view


def test_zhu_for_zhu_is_a_regional_writers_choice_in_their_own_view():
    # Batch 41's Hong Kong news (news-hk-hkcnews-cotton-tree-children-magazine-closure-2019.md,
    # dev) writes 注定: OpenCC's phrase 注定 → 註定 and CC-CEDICT (註定 its only Traditional
    # headword) "repaired" it in the 港 own view. 注 stands for 註 in Traditional writing (the
    # Taiwan Ministry of Education's dictionary lists 注定 beside 註定): a regional writer's 注
    # is kept in the Hong Kong and Taiwan own views.
    line = "國家宣傳有錢有力，如果反對洗腦注定無效，那麼不如改變策略：支持國民教育"
    fixed = line.replace("注定", "註定")
    for view in ("hk", "tw"):
        assert own_view_text(line, view) == line, view
    # A generic text's 注 is most often a naive conversion's leftover: its 繁 own view repairs
    # it, and a view through the pivot writes OpenCC's 註定 as before.
    assert own_view_text(line) == fixed
    assert make_view(line, Script.TW, Variant.HK).text == fixed
    # The pair is 注 / 註 only: a regional original made naive (托 for 託) is still repaired.
    naive = "第16條 行政機關得依法規將其權限之一部分，委托民間團體或個人辦理。"
    assert own_view_text(naive, "hk") == naive.replace("托", "託")


def test_a_valid_traditional_character_is_repaired_only_into_a_dictionary_word():
    # Batch 23's Hong Kong news (news-hk-postponed-election-candidates-2020.md, dev) names
    # 岑子杰 six times; OpenCC's phrase 子杰 → 子傑 (a given name's fragment) "repaired" it in
    # the 港 view. 杰 is itself a Traditional character (周杰倫): it is repaired only where
    # OpenCC's phrase makes a word the dictionary knows in Traditional (杰出 → 傑出).
    line = "其中社民連岑子杰批評，政府刻意有差別地對待不同民主派，嘗試令民主派內部互相猜忌和質疑，打散港人的團結狀態。"
    for view in ("hant", "hk", "tw"):
        assert own_view_text(line, view) == line, view
    # Taiwan's release (press-tw-australian-mps-2024.txt, batch 1, dev) made naive: 傑出 → 杰出.
    real = "諾伊曼眾議員說，蔡總統以傑出領導力、同理及奉獻的精神為臺灣人民服務8年"
    for view in ("hant", "hk", "tw"):
        assert own_view_text(real.replace("傑", "杰"), view) == real, view
