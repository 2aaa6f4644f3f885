"""Generate taiwan_short_forms.txt: Taiwan's districts, townships and county cities without
their level word (安平区 → 安平, 马公市 → 马公, 六甲区 → 六甲), kept only where the bare form is
no common word, by the same test as the mainland's county short forms.

Usage: python make_taiwan_short_forms.py taiwan_districts.txt path/to/jieba/dict.txt > taiwan_short_forms.txt

Taiwan's press and the releases of its governments name a district or township bare (安平马公
航线, 台南六甲, 新营区 and 新营); the bare forms of `places_hk_tw_macau.txt` were a hand pick of
them. A bare form is dropped where jieba (PyPI ``jieba`` 0.42.1, MIT, ``jieba/dict.txt``) knows
it as a frequent word of another kind (frequency 100 or more, 250 for person-name tags: 将军,
盐水, 树林, 山上) or as a frequent place word (``ns``, frequency 500 or more: 北门, 太平, 中和,
which are words or other places of the mainland), where it is one of the genre's words that
``make_county_short_forms.py`` drops (和平, 东山, 光明), or where it is one character. jieba is
needed only to regenerate the file, never at run time.
"""

import sys

from make_county_short_forms import NEVER

SUFFIXES = ("区", "市", "镇", "乡")
# Bare forms that are common words of Chinese text whatever jieba's count says (仁德 'virtue',
# 新化 'new-ise', 大内 'the palace', 永康 'lasting health', 三民 'the Three Principles').
# Session 23 (task e41) added the forms that are words or a name of another kind in news text: 中西 (China
# and the West), 田中 (a Japanese surname), 大城 'big city', 水里 'in the water', 八里 'eight li',
# 新屋 'new house', 牡丹 'peony', 安乐 'ease' (安乐死), 春日 'spring day', 林内 'in the wood'.
WORDS = set(
    "仁德 大内 三民 复兴 新兴 信义 仁爱 中正 大同 中山 文山 万华 北投 士林 南投 竹山 "
    "中西 田中 大城 大村 水里 八里 高树 新屋 和美 林内 林边 牡丹 池上 安乐 白沙 田尾 春日 名间 "
    "大社 大武 东河 大肚 溪口 湖口 大林 头份 民雄 海端 来义 九如 二水 南州 溪州 卑南".split()
)


def main(districts: str, jieba_dict: str) -> None:
    usage = {}
    for line in open(jieba_dict, encoding="utf-8"):
        word, freq, tag = line.split()
        usage[word] = (int(freq), tag)
    out = set()
    for line in open(districts, encoding="utf-8"):
        name = line.strip()
        if not name or name.startswith("#") or not name.endswith(SUFFIXES):
            continue
        bare = name[:-1]
        if len(bare) < 2 or bare in NEVER or bare in WORDS:
            continue
        freq, tag = usage.get(bare, (0, "ns"))
        if tag != "ns" and freq >= (250 if tag.startswith("nr") else 100):
            continue
        if tag == "ns" and freq >= 500:
            continue
        out.add(bare)
    print(
        "# Taiwan's districts and townships without their level word (make_taiwan_short_forms.py)"
    )
    for bare in sorted(out):
        print(bare)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
