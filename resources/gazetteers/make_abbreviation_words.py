"""Generate abbreviation_words.txt: the common words that hold a one-character country name.

Usage: python make_abbreviation_words.py path/to/jieba/dict.txt > abbreviation_words.txt

Two one-character names side by side stand for two countries or regions (中美, 台澳, 中葡, 法荷)
unless a common word runs across either edge (集中|美国, 参加|中, 中|加强, 中|英文) or the
pair is itself such a word (加以, 越加). From the word list of jieba (PyPI ``jieba`` 0.42.1,
MIT, ``jieba/dict.txt``: word, frequency, part of speech): every two-character word with a
frequency of MIN_FREQ or more that holds one of the characters of ONE_CHAR_PLACES, less the
pairs of two of them that jieba tags as a place, body, proper noun, abbreviation or time word
(中欧 ns, 港澳 j, 中日 t), 美德 (virtue) apart. jieba is needed only to regenerate the file.
"""

import sys

# As gui/core/entities/places.py's _PAIR_CHARS.
ONE_CHAR_PLACES = set("台美澳中日英法德俄韩港欧印加菲越泰朝伊缅葡荷")
PLACE_TAGS = {"ns", "nt", "nz", "j", "t"}
# jieba tags 美德 (virtue) ns; it is the virtue in all 6 of its pairs in People's Daily.
NOT_PLACES = {"美德"}
MIN_FREQ = 50


def main(path: str) -> None:
    """Print the words, one a line, sorted."""
    words = set()
    for line in open(path, encoding="utf-8"):
        word, freq, tag = line.split()
        if len(word) != 2 or int(freq) < MIN_FREQ:
            continue
        if not all("\u4e00" <= ch <= "\u9fff" for ch in word):
            continue
        inside = [ch in ONE_CHAR_PLACES for ch in word]
        pair_of_places = all(inside) and tag in PLACE_TAGS and word[0] != word[1]
        if not any(inside) or (pair_of_places and word not in NOT_PLACES):
            continue
        words.add(word)
    print("# two-character words holding a one-character place name (make_abbreviation_words.py)")
    print("\n".join(sorted(words)))


if __name__ == "__main__":
    main(sys.argv[1])
