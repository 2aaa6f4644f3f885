import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gui.core import cleaning
from gui.core.cleaning import find_damaged, find_footer, is_han, is_reading, remove_pinyin
from gui.core.offsets import OffsetMap


def test_glued_pinyin_is_removed():
    cleaned = remove_pinyin("蘭州高新區(qū)將國(guó)務(wù)院關(guān)于電話(huà)")
    assert cleaned.text == "蘭州高新區將國務院關于電話"
    assert cleaned.annotations == 5


def test_toneless_and_numbered_syllables_count_as_readings():
    assert remove_pinyin("區(qu)區(qu1)綠(lv)綠(lü)").text == "區區綠綠"


def test_genuine_parentheses_stay():
    for text in [
        "蘭州高新區(北歐)離岸創新中心",
        "管理办法（试行）",
        "新华社(記者謝希瑤)",
        "高新区(hi-tech)",
        "年度(2021)",
        "新(擴)建",
        "中(ma)心",  # ma is not a reading of 中
        "Python(py)",  # no Han character before the brackets
    ]:
        assert remove_pinyin(text).text == text


def test_source_map_points_back_to_the_source():
    source = "國(guó)務(wù)院2021"
    cleaned = remove_pinyin(source)
    m = cleaned.source_map
    assert cleaned.text == "國務院2021"
    for i, ch in enumerate(cleaned.text):
        assert source[m.to_b(i)] == ch


def test_is_reading_uses_the_character_readings():
    assert is_reading("務", "wù") and is_reading("務", "wu")
    assert not is_reading("務", "huà")


def test_damaged_runs_are_flagged_not_removed():
    text = "特色化、規?;?、集群化，缺字\ufffd\ufffd處，合理嗎?是的"
    spans = find_damaged(text)
    assert [text[s.start : s.end] for s in spans] == ["?;?", "\ufffd\ufffd"]
    assert remove_pinyin(text).text == text


def test_single_question_mark_between_han_is_damaged():
    assert [(s.start, s.end) for s in find_damaged("規?化")] == [(1, 2)]


def test_damaged_runs_are_those_the_pattern_finds_anywhere(document):
    # Runs at the start and end, runs touching, a particle's question, full-width marks and
    # U+FFFD, in the bundled report's text: the spans of finditer over the whole text.
    pieces = [
        "?中",
        "規?;?、",
        "合理嗎?是的",
        "甲?乙??丙",
        "？；？",
        "\ufffd\ufffd?",
        "吗??",
        "文?",
    ]
    text = "".join(
        pieces[i % len(pieces)] + document.text[i * 500 : i * 500 + 40] for i in range(40)
    )
    expected = []
    for m in cleaning._DAMAGED.finditer(text):
        start, end = m.span()
        if m[0] != "?" or (
            start and end < len(text) and is_han(text[start - 1]) and is_han(text[end])
        ):
            expected.append((start, end))
    assert [(s.start, s.end) for s in find_damaged(text)] == expected
    assert len(expected) >= 20  # the cases are there, not skipped


class _Recorded:
    """The damage pattern, recording where it is asked to look."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, []

    def match(self, text, pos=0, *rest):
        self.calls.append(("match", pos))
        return self.pattern.match(text, pos, *rest)

    def finditer(self, text, *rest):
        self.calls.append(("finditer", 0))
        return self.pattern.finditer(text, *rest)


def test_damaged_runs_are_looked_for_only_where_a_mark_stands(monkeypatch):
    # finditer over a whole long report ran the pattern at every character in one C call
    # (~35 ms a million characters with the GIL held, while the UI thread waited for it).
    recorded = _Recorded(cleaning._DAMAGED)
    monkeypatch.setattr(cleaning, "_DAMAGED", recorded)
    text = "正文。" * 20_000 + "規?;?、" + "正文。" * 20_000 + "缺字\ufffd處"
    spans = find_damaged(text)
    assert [text[s.start : s.end] for s in spans] == ["?;?", "\ufffd"]
    assert all(kind == "match" and text[pos] in "?？\ufffd" for kind, pos in recorded.calls)


def test_footer_with_publisher_line():
    body = "第一段正文。\n第二段正文，内容较长。\n"
    footer = (
        "主办单位：某某市科技局\n版权所有 © 2021 某某市科技局\n地址：某某市人民路1号 邮编：730000"
    )
    span = find_footer(body + footer)
    assert span is not None and span.start == len(body)


def test_footer_on_the_seed_report_starts_at_the_publisher(seed_gold):
    span = find_footer(seed_gold["text"])
    assert span is not None
    assert (span.start, span.end) == (seed_gold["footer"]["start"], seed_gold["footer"]["end"])


def test_a_contacts_phone_under_the_contact_line_is_no_footer():
    # Batch 29's Hsinchu release (a real dev page) ends with its two contacts, each over a
    # line with only a phone: the release's own lines (the gold's body), not a site footer.
    release = (
        "讓1916園區展現新竹榮耀。\n活動聯絡人：文化局博物館科長 周素娟\n"
        "電話：03-5319756 分機280\n新聞資料聯絡人：公關與新聞科 梁瑞君\n電話：03-5216121分機213"
    )
    assert find_footer(release) is None
    # A site footer under them still is one, from its first line that is not a phone's.
    footer = "版權所有 © 新竹市政府\n地址：新竹市中正路120號"
    span = find_footer(release + "\n" + footer)
    assert span is not None and (release + "\n" + footer)[span.start :] == footer
    # Without a contact line above, a lone phone line closing the page is still the footer's.
    assert find_footer("第一段。\n第二段正文。\n電話：03-5216121分機213") is not None


def test_no_footer_in_plain_body():
    assert find_footer("第一段。\n第二段。\n第三段提到电话会议。") is None


_HAN = "區國務院中心關于"
_SYLLABLES = ["qū", "guó", "wù", "yuàn", "zhōng", "ma", "hi-tech", "2021", "北歐", "qu"]
_ANNOT = re.compile(r"^[(（][^()（）]+[)）]$")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(list(_HAN)),
            st.sampled_from(["(", ")", "（", "）", "a", " ", "\n", "?", ";", "𠀀"]),
            st.sampled_from(_SYLLABLES).map(lambda s: f"({s})"),
        ),
        max_size=40,
    ).map("".join)
)
def test_cleaning_removes_only_pinyin_annotations(source):
    cleaned = remove_pinyin(source)
    a = b = 0
    rebuilt = []
    for a_len, b_len in cleaned.source_map.pieces():
        if a_len == b_len:
            assert cleaned.text[a : a + a_len] == source[b : b + b_len]
            rebuilt.append(source[b : b + b_len])
        else:
            assert a_len == 0, "cleaning only deletes"
            removed = source[b : b + b_len]
            assert _ANNOT.match(removed), removed
            assert b > 0 and is_reading(source[b - 1], removed[1:-1])
        a += a_len
        b += b_len
    assert "".join(rebuilt) == cleaned.text
    assert b == len(source)


def test_shipped_readings_match_pypinyin():
    """resources/pinyin/readings.tsv is pypinyin's table; regenerate it if this fails."""
    from pypinyin.pinyin_dict import pinyin_dict

    from gui.core.cleaning import _readings

    assert dict(_readings().items()) == pinyin_dict


def test_reading_lookup_finds_every_character_and_nothing_else():
    """The in-place binary search agrees with a full parse of the table, at both ends too."""
    from gui.core.cleaning import ReadingTable, _readings

    table = _readings()
    everything = dict(table.items())
    for code, readings in everything.items():
        assert table.get(code) == readings
    codes = sorted(everything)
    absent = [0, codes[0] - 1, codes[-1] + 1, 0x10FFFF] + [
        c + 1 for c, n in zip(codes, codes[1:], strict=False) if n - c > 1
    ][:500]
    for code in absent:
        assert table.get(code) is None
    tiny = ReadingTable(b"41\ta\n43\tc\n")
    assert [tiny.get(c) for c in (0x40, 0x41, 0x42, 0x43, 0x44)] == [None, "a", None, "c", None]
    assert ReadingTable(b"").get(0x41) is None


# The bracketed run of the first implementation, with the syllable as group 1.
_RUN = re.compile(r"[(（]([a-zA-ZüÜ\u00c0-\u01dc\u0300-\u036f\u1e3f]{1,7}[1-5]?)[)）]")


def _remove_pinyin_one_by_one(source: str):
    """The first implementation, one Python step per bracketed run: the reference for the
    split-based one (same text, same map, same count)."""
    pieces, kept, last, removed = [], [], 0, 0
    for match in _RUN.finditer(source):
        cut = match.start()
        if cut == 0 or not is_han(source[cut - 1]) or not is_reading(source[cut - 1], match[1]):
            continue
        pieces += [(cut - last, cut - last), (0, match.end() - cut)]
        kept.append(source[last:cut])
        last = match.end()
        removed += 1
    pieces.append((len(source) - last, len(source) - last))
    kept.append(source[last:])
    return "".join(kept), OffsetMap(pieces).pieces(), removed


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(list(_HAN)),
            st.sampled_from(["(", ")", "（", "）", "a", "ma", "1", "\n", "𠀀", "(ma)", "(qu1)"]),
            st.sampled_from(_SYLLABLES).map(lambda s: f"({s})"),
            st.sampled_from(_SYLLABLES).map(lambda s: f"（{s}）"),
        ),
        max_size=40,
    ).map("".join)
)
def test_cleaning_equals_the_one_by_one_reference(source):
    cleaned = remove_pinyin(source)
    assert (cleaned.text, cleaned.source_map.pieces(), cleaned.annotations) == (
        _remove_pinyin_one_by_one(source)
    )
    assert cleaned.source_map.a_length == len(cleaned.text)
    assert cleaned.source_map.b_length == len(source)


def test_a_release_s_contact_sentence_with_phones_in_brackets_is_no_footer():
    # Round fx25: a Macau release's last line (batch 54 dev), its phones in the sentence's brackets.
    contact = (
        "如欲了解活動詳情，可於辦公時間內致電勞工局就業廳聯絡羅小姐或林小姐(電話：8399 9851、"
        "8399 9886），又或致電工聯職介部梁小姐、周小姐或鄭小姐(電話：28569362）。"
    )
    assert find_footer(f"報名期由明日上午9時起。\n名額有限，欲報從速。\n{contact}") is None
    # Controls (invented): the footer's keys on a line of their own, or opening the line.
    footer = "地址：澳門馬揸度博士大馬路221號　電話：(853) 2856 4109。"
    assert find_footer(f"第一段。\n第二段。\n{footer}") is not None
    assert find_footer("第一段。\n第二段。\n(電話：8399 9851）。") is not None
    # …or a sentence whose phone stands outside brackets.
    assert find_footer("第一段。\n第二段。\n查詢請致電勞工局，電話：8399 9851。") is not None


def test_a_numbered_point_with_a_contact_is_no_footer():
    # Session 26: a Tainan 公告's last point (batch 58 dev) gives its officer's phone, fax and
    # address: an item of the text's 一、–九、, which a site's footer never numbers.
    point = (
        "九、本案承辦人：行政訓練課陳奕光，聯絡電話：06-2991111分機6816，傳真：06-6333022，"
        "地址：73001臺南市新營區民治路36號(世紀大樓10樓)"
    )
    before = "八、本案預算如未獲審議通過、或經凍結、或部分刪減時，本中心得依實際通過金額調整補助。"
    assert find_footer(f"公告事項：\n{before}\n{point}\n") is None
    # Control (invented): the same keys unnumbered, on the page's last line, are its footer.
    footer = "聯絡電話：06-2991111　傳真：06-6333022　地址：73001臺南市新營區民治路36號"
    assert find_footer(f"公告事項：\n{before}\n{footer}\n") is not None
