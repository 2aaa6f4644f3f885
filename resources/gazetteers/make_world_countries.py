"""Generate world_countries.txt: the countries and territories of ISO 3166-1 and the states and
provinces (ISO 3166-2) of the countries Chinese reports name most (US, Canada, Australia, Japan,
Germany, UK, South Korea, India, Brazil, Russia), in mainland, Taiwan and Hong Kong usage, all
written in Simplified characters (the recogniser matches the Simplified pivot).

Usage: python make_world_countries.py path/to/unpacked/pycountry > world_countries.txt

Source: the PyPI package ``pycountry`` 26.2.16 (LGPL-2.1-only), its ``pycountry/databases``
(ISO 3166 codes and English names) and ``pycountry/locales/{zh_CN,zh_TW,zh_HK}`` (the iso-codes
project's Chinese translations). Traditional names are converted with OpenCC t2s
(opencc-python-reimplemented, the app's own converter). Only the names are kept, one a line;
pycountry is never needed at run time.

Countries go in the first block (lines up to ``# subdivisions``): the recogniser treats a
country before an institution as a separate place (美国 + 哈佛大学).
"""

from __future__ import annotations

import gettext
import re
import sys
from pathlib import Path

# China and its SARs and Taiwan are in admin_divisions.tsv with their own forms.
SKIP_COUNTRIES = {"CN", "TW", "HK", "MO"}
SUBDIVISION_COUNTRIES = ("US", "CA", "AU", "JP", "DE", "KR", "IN", "BR", "RU")
# Names that are common words or run into common words (广东加快 holds 东加, 马里兰 holds 马里),
# or rare transliterations that are also given names or words (查德, 马利, 德文, 汉堡, 山口).
NEVER = set(
    """美属 法属 英属 荷属 中非 东加 查德 马利 马里 贝南 加彭 卡达 诺鲁 葛摩 帛琉 根息 泽西
    曼岛 萌岛 黑山 尼日 多哥 乔治亚 德文 汉堡 山口 山形 高知 大分 萨尔 萨里 法夫 康威 康登
    德比 斯劳 里丁 雷丁 黑潭 约克 肯特 卢顿 里玆 黑森 锡金 德里 富山 宫崎 秋田 鸟取 佐贺
    岐阜 伪阿鲁纳恰尔邦 德拉瓦语 西北地区 西北领土 首都特区""".split()
)
_CJK = re.compile(r"^[\u4e00-\u9fff·]{2,14}$")


def _names(pycountry, kind: str, records, to_simplified) -> set[str]:
    out: set[str] = set()
    locales = Path(pycountry.__file__).parent / "locales"
    for lang in ("zh_CN", "zh_TW", "zh_HK"):
        try:
            t = gettext.translation(kind, str(locales), languages=[lang])
        except OSError:
            continue
        for rec in records:
            for attr in ("name", "common_name", "official_name"):
                english = getattr(rec, attr, None)
                if not english:
                    continue
                name = to_simplified(t.gettext(english)).strip()
                if _CJK.match(name) and name not in NEVER:
                    out.add(name)
                    # 加利福尼亚州 → 加利福尼亚; 东京都 → 东京: the press drops the level word.
                    for level in ("州", "省", "都", "府", "县", "道"):
                        if kind == "iso3166-2" and name.endswith(level) and len(name) >= 4:
                            out.add(name[: -len(level)])
                    # 维吉尼亚 → 维吉尼亚州: Taiwan usage adds the level word to US states, and Chinese
                    # usage to Brazil's (巴伊亚州, 米纳斯吉拉斯州; round 26).
                    states = getattr(rec, "country_code", "") in ("US", "AU", "BR")
                    if kind == "iso3166-2" and states and len(name) >= 2:
                        if not name.endswith(("州", "特区", "领地", "群岛", "岛", "萨摩亚", "各")):
                            out.add(name + "州")
    return out


def main(argv: list[str]) -> int:
    """Print the two blocks of names."""
    sys.path.insert(0, argv[1])
    import opencc  # opencc-python-reimplemented
    import pycountry

    t2s = opencc.OpenCC("t2s").convert
    countries = [c for c in pycountry.countries if c.alpha_2 not in SKIP_COUNTRIES]
    subdivisions = [
        s for code in SUBDIVISION_COUNTRIES for s in pycountry.subdivisions.get(country_code=code)
    ]
    country_names = _names(pycountry, "iso3166-1", countries, t2s)
    sub_names = _names(pycountry, "iso3166-2", subdivisions, t2s) - country_names
    print("# countries (ISO 3166-1; pycountry 26.2.16, LGPL-2.1; see README.md)")
    print("\n".join(sorted(country_names)))
    print("# subdivisions (ISO 3166-2 of " + " ".join(SUBDIVISION_COUNTRIES) + ")")
    print("\n".join(sorted(sub_names)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
