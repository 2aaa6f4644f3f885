"""CC-CEDICT look-ups and word-level pinyin on the shipped archive (resources/cedict)."""

from __future__ import annotations

import pytest

from gui.core.reading_aids.dictionary import Dictionary, attribution, default_dictionary
from gui.core.reading_aids.pinyin import segment, text_pinyin
from gui.core.reading_aids.tones import mark_syllable, word_pinyin
from gui.core.script import convert_fragment

WORDS = {  # word → (word pinyin, a word of its first sense)
    "银行": ("yínháng", "bank"),
    "行政": ("xíngzhèng", "administration"),
    "重庆": ("Chóngqìng", "Chongqing"),
    "长江": ("Chángjiāng", "Yangtze"),
    "增长": ("zēngzhǎng", "grow"),
}


@pytest.mark.parametrize(
    "numbered, marked",
    [
        ("hang2", "háng"),
        ("lu:4", "lǜ"),
        ("Jiang1", "Jiāng"),
        ("gou3", "gǒu"),
        ("gui4", "guì"),
        ("liu2", "liú"),
        ("de5", "de"),
        ("nu:3", "nǚ"),
        ("r5", "r"),
        ("xx5", "xx"),
    ],
)
def test_tone_marks_follow_the_placement_rule(numbered, marked):
    assert mark_syllable(numbered) == marked


def test_word_pinyin_joins_syllables_with_apostrophes():
    assert word_pinyin("Xi1 an1") == "Xī'ān"
    assert word_pinyin("Chang2 Jiang1") == "Chángjiāng"


@pytest.mark.parametrize("word", sorted(WORDS))
def test_word_found_in_every_script_view(word):
    pinyin, gloss = WORDS[word]
    for script in ("hans", "hant", "tw", "hk"):
        form = convert_fragment(word, script)  # real OpenCC: 銀行, 長江, 重慶 …
        match = default_dictionary().longest_at(form, 0)
        assert match is not None and match.word == form, (script, form)
        entry = match.reading_entry
        assert entry.simplified == word
        assert entry.word_pinyin == pinyin
        assert any(gloss in sense for sense in entry.senses)


def test_traditional_form_finds_its_own_entry_only():
    # 乾 is the Traditional form of 干 (dry) but also a word of its own (qián, the trigram):
    # looking it up must not return 干's other Traditional form 幹 (to do).
    entries = default_dictionary().lookup("乾")
    assert entries and all(e.traditional == "乾" or e.simplified == "乾" for e in entries)
    assert any(e.numbered == "gan1" for e in entries) and any(
        e.numbered == "qian2" for e in entries
    )


def test_word_at_takes_the_segment_under_the_pointer():
    text = "中国人民银行政策"
    d = default_dictionary()
    assert d.word_at(text, 5).word == "中国人民银行"  # the pointer on 行
    assert d.word_at(text, 6).word == "政策"
    assert d.word_at("abc", 1) is None
    assert d.word_at(text, len(text)) is None


def test_text_pinyin_reads_polyphonic_characters_by_their_word():
    assert text_pinyin("银行的行政") == "yínháng de xíngzhèng"
    assert text_pinyin("長江水位增長") == "Chángjiāng shuǐwèi zēngzhǎng"


def test_segments_cover_the_text_without_gaps():
    text = "蘭州高新區2021年GDP增長12.5%，𠀀字。"
    readings = segment(text)
    assert "".join(r.word for r in readings) == text
    assert all(a.end == b.start for a, b in zip(readings, readings[1:], strict=False))
    assert all(len(r.syllables) in (0, len(r.word)) for r in readings)


def test_missing_archive_fails_on_the_first_look_up_not_before(tmp_path):
    dictionary = Dictionary(tmp_path / "absent.zip")  # opening costs nothing and reads nothing
    with pytest.raises(FileNotFoundError):
        dictionary.lookup("银行")


def test_attribution_names_source_and_licence():
    text = attribution()
    assert "CC-CEDICT" in text and "CC BY-SA 4.0" in text and "122," in text


def test_preload_answers_the_same(tmp_path):
    cold = Dictionary(default_dictionary()._path)
    text = "重慶市長江大橋與銀行業增長"
    before = [cold.word_at(text, i) for i in range(len(text))]
    warm = Dictionary(default_dictionary()._path)
    warm.preload()
    assert [warm.word_at(text, i) for i in range(len(text))] == before
    assert [m.word for m in before[:3]] == ["重慶市", "重慶市", "重慶市"]


def test_a_lone_character_takes_its_common_reading():
    # CC-CEDICT gives 了 more senses as liǎo and 重 as chóng; alone they read le and zhòng.
    assert text_pinyin("发布了") == "fābù le"
    assert text_pinyin("没有重要的事") == "méiyǒu zhòngyào de shì"


def test_traditional_word_over_finds_words_spelled_as_written():
    d = default_dictionary()
    # the 制 of 機制作出 lies in 機制 (spelled so) although 制作 is also a word (as 製作)
    assert d.traditional_word_over("機制作出", 1) == "機制"
    assert d.traditional_word_over("泛濫", 0) == "泛濫"
    # 制作 is the Simplified spelling of 製作; 關系 is only a variant entry
    assert d.traditional_word_over("制作", 0) is None
    assert d.traditional_word_over("關系", 1) is None
    # CC-CEDICT spells 制藥業 with 制, against its own 製藥: not trusted
    assert d.traditional_word_over("制藥業", 0) is None
    assert d.traditional_word_over("，。", 0) is None
    assert d.traditional_word_over("機制", 5) is None


def test_iter_segments_is_segment_one_at_a_time_and_preload_steps_a_block_each(tmp_path):
    import shutil

    from gui.core.reading_aids.pinyin import iter_segments

    text = "银行行政，重庆的长江增长。ABC 123"
    assert list(iter_segments(text)) == segment(text)
    copy = tmp_path / "cedict.zip"
    shutil.copy(default_dictionary()._path, copy)  # noqa: SLF001 - a fresh, cold copy
    d = Dictionary(copy)
    steps = d.preload_steps()
    next(steps)
    assert len(d._blocks) == 1  # noqa: SLF001 - one block per step
    rest = sum(1 for _ in steps)
    assert len(d._blocks) == rest + 1 > 50  # noqa: SLF001 - every block, once
