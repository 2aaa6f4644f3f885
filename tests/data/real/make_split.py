"""Decide the dev/heldout split of the real-document corpus (issue #12).

Run once, before any outline rules are written against the corpus:

    python tests/data/real/make_split.py > tests/data/real/split.tsv

The split is stratified by kind: documents are grouped by kind (kinds in
alphabetical order), shuffled inside each kind with a seeded RNG, the
groups are concatenated, and every third document of the concatenation
(positions 3, 6, 9, ...) is held out. Small kinds therefore still
contribute to the held-out third in rotation with the others.
"""

import random

SEED = 20261203

# file name -> kind. The kind only drives stratification; see MANIFEST.md.
DOCS = {
    "gw-cn-boao-drug-import-2018.html": "gongwen",
    "gw-cn-chemical-weapons-1996.html": "gongwen",
    "gw-cn-earthquake-zones-1996.html": "gongwen",
    "gw-cn-gov-new-media-2018.html": "gongwen",
    "gw-cn-liaoning-reply-2004.html": "gongwen",
    "gw-cn-universiade-bid-2004.html": "gongwen",
    "gw-cn-water-saving-reply-2005.html": "gongwen",
    "gw-sh-chongming-checkup-2021.md": "gongwen",
    "gw-sh-jiading-renewal-2023.md": "gongwen",
    "gw-sh-jingan-relics-2018.md": "gongwen",
    "gw-sh-low-altitude-2024.md": "gongwen",
    "gw-sh-transport-oversize-2025.md": "gongwen",
    "news-cn-energy-saving-plan-2022.md": "news-cn",
    "news-cn-gdp-top3-provinces-2022.md": "news-cn",
    "news-cn-q3-gdp-nbs-2021.md": "news-cn",
    "news-cn-shenzhen-work-report-2022.md": "news-cn",
    "news-hk-ce-election-sentiment-2017.md": "news-hk",
    "news-hk-dental-pilot-2017.md": "news-hk",
    "news-hk-palace-museum-funding-2017.md": "news-hk",
    "news-hk-rthk-digest-2025.md": "news-hk",
    "plan-sh-changning-15th-fyp-2026.md": "plan",
    "press-tw-228-memorial-2024.txt": "press-tw",
    "press-tw-amcham-dinner-2024.txt": "press-tw",
    "press-tw-australian-mps-2024.txt": "press-tw",
    "press-tw-exam-yuan-nominees-2024.txt": "press-tw",
    "press-tw-human-rights-press-awards-2024.txt": "press-tw",
    "reg-cn-foreign-ip-disputes-2025.md": "regulation",
    "reg-cn-mss-reporting-rewards-2022.md": "regulation",
    "reg-cn-price-marking-2022.md": "regulation",
    "reg-sh-historic-towns-2025.txt": "regulation",
    "stats-cn-industrial-profits-2021.md": "stats",
    "wr-cn-2022.txt": "work-report",
    "wr-cn-2024.txt": "work-report",
}


def split() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    order: list[tuple[str, str]] = []
    for kind in sorted(set(DOCS.values())):
        names = sorted(n for n, k in DOCS.items() if k == kind)
        rng.shuffle(names)
        order.extend((n, kind) for n in names)
    return [
        (name, kind, "heldout" if i % 3 == 2 else "dev") for i, (name, kind) in enumerate(order)
    ]


if __name__ == "__main__":
    print("file\tkind\tsplit")
    for name, kind, part in sorted(split()):
        print(f"{name}\t{kind}\t{part}")
