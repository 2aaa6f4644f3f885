"""Entities on names nobody listed: the dev documents with their people, places and bodies renamed.

Part of the recogniser's recall on dev comes from names it has met — the lists, and rules written
on one document's names (``entity_reach.py`` finds hundreds of arcs reached by a single dev
document). A held-out document is full of names the rules never met. This reads every dev
document of the scored batches (``rule_reach.corpus_documents``: held-out parts and fresh batches
are never opened; validation 13–16 is scored and printed apart, never pooled with the tuning
documents) in a *stressed* form, where each gold PER, LOC and ORG mention is replaced by a
substitute of the same type, and scores both forms strictly, per type and pooled:

- **PER**: a Chinese-shaped name (a surname of ``lexicon.SURNAMES`` or a compound one, then
  given-name characters) becomes a name of the same length: a surname of the table and
  characters of ``given_name_chars.tsv`` (less ``given_names.NOT_IN_GIVEN_NAME``), each drawn as
  often as the Chinese names of **other batches'** tuning gold hold it (so the names read like
  real ones, 王 more often than 麻, 华 more often than 布), and a name that occurs in no dev
  document's text (its Simplified form). Within a document the substitution is consistent: one name → one substitute,
  its surname alone (王 after 王小明) → the substitute's surname, its given name alone → the
  substitute's given name; a Hong Kong married name (林郑月娥) takes two surnames and keeps its
  short form (林郑), a familiar name (阿蕎, 小婷) its 阿 or 小. A transliterated name (a middle dot, or transliteration characters
  only) becomes one of transliteration characters with the same parts; a Latin name stays.
- **LOC**: a place of a list the recogniser reads becomes another real place of the same kind
  and level word: an administrative division (``admin_divisions.tsv``: 省, 市, 县, 区, 自治州 … by
  its last level word) by another of the same level word, its short form (甘肃, 兰州) by the
  other's short form — a document's 兰州市 and 兰州 become one place's two forms —; a town
  (``towns.txt``: 镇, 乡, 街道) by a town of the same level word; a country, a world city, a Hong
  Kong, Macau or Taiwan place, a Taiwan district, a natural place (by its last character: 山, 河,
  湖 …) by another of its list. A place of no list that ends in a level word (王家村, 某某社区)
  keeps the level word and takes another name's stem. Anything else (regions, 长三角, 中东,
  buildings) stays, and is counted.
- **ORG**: the name's grammar stays and its proper part goes: every place inside it is
  substituted as LOC (the same map as the document's LOC mentions), its head — the longest kind
  word it ends in (人民政府, 委员会, 有限公司, 大学, 医院, 协会, 局, 部 …; Traditional forms by the
  Simplified pivot) — stays, and the proper part between the last place and the head is replaced
  by the proper part of an ORG of the same head from **another batch's** tuning dev gold (the same
  length where one exists). A body with no proper part (兰州市人民政府) changes by its place only;
  a body with no head (党中央, 全国政协, 新华社) or a Latin name stays, and is counted.

Substitutes take the document's script (``s2hk`` for Hong Kong and Macau kinds, ``s2tw`` for
Taiwan's, by the Simplified pivot otherwise). Gold spans never nest in this corpus, so every gold
span of the seven types is carried to the new text by the lengths of the replacements before it.
Deterministic: each document's random draws are seeded by ``SEED`` and the document's name.

Limits: a substitute can break a document-specific context that was right in the original — a
person's name that was also a body's proper part (宋庆龄基金会), a bare mention that was the
annotator's short form of a body, an ORG whose proper part read with the place after it
(北京大学 → 兰州大学 keeps the grammar, 中共北京市委 keeps 中共 as proper part) — and a mention
that is no gold span (a name inside a TERM, or one the annotator did not mark) keeps its old
name, which a repeat rule may then read; the stressed figure is therefore a lower bound on what
the rules read from context, not the figure of a held-out document. The ORG substitute may happen
to be a listed body (外交 + 部), and LOC substitutes are listed places by design (a real place of
the same level): the LOC figure mostly measures whether the context around a place survives a
change of its name.

Run: ``.venv/bin/python benchmarks/entity_name_stress.py [--json] [--errors N]`` (about a
minute and a half). ``--errors N``: the stressed misses and false spans of tuning dev documents
(N per type, with the original mention), for a round's work; never of a validation document.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import opencc  # noqa: E402
from rule_reach import REAL, corpus_documents  # noqa: E402
from score_entities import prf, score  # noqa: E402
from score_heldout_pooled import GENRES  # noqa: E402

from gui.core.entities import ENTITY_TYPES  # noqa: E402
from gui.core.entities import lexicon as lx  # noqa: E402
from gui.core.entities.given_names import NOT_IN_GIVEN_NAME  # noqa: E402

SEED = 25
GAZ = ROOT / "resources" / "gazetteers"
SUBSTITUTED = ("PER", "LOC", "ORG")
HK_KINDS = {"news-hk", "press-mo"}
TW_KINDS = {"news-tw", "press-tw", "gongwen-tw"}
#: Level words of places, longest first (a place of no list keeps its level word).
LEVEL_WORDS = sorted(
    """特别行政区 自治区 自治州 自治县 自治旗 街道 社区 新区 地区 省 市 县 区 州 盟 旗 镇 乡 村 屯 岛
    山 河 江 湖 海 湾 峡 岭 峰 溪 港""".split(),
    key=len,
    reverse=True,
)
#: Head words of bodies (the kind a name ends in), longest first. Read on the Simplified pivot.
HEADS = sorted(
    """股份有限公司 有限责任公司 集团有限公司 有限公司 集团公司 常务委员会 人民代表大会 人民政府
    人民法院 人民检察院 委员会 管委会 办公室 办公厅 研究院 研究所 研究中心 科学院 大学 学院 中学 小学
    学校 医院 卫生院 协会 学会 基金会 联合会 总会 商会 工会 银行 集团 公司 政府 法院 检察院 监督管理局
    管理局 总局 总署 中心 博物馆 图书馆 电视台 广播电台 日报 晚报 报社 出版社 通讯社 事务所 合作社
    工作室 俱乐部 领导小组 小组 党支部 党委 党组 组织部 宣传部 统战部 指挥部 实验室 分院 分局 分行
    支行 大队 支队 中队 派出所 警察局 议会 法庭 署 局 厅 部 委 办 院 所 处 科 司 队 站 社 会
    党 军 台 报 馆 团 组 室 校 行 厂 园 网""".split(),
    key=len,
    reverse=True,
)

#: Kind words inside a body's name that end its proper part (高等法院 | 高雄分院).
INNER_HEADS = sorted((h for h in HEADS if len(h) >= 2), key=len, reverse=True)
#: Level words of natural places: a place of no list with one takes a natural place's name.
NATURAL = set("山河江湖海湾峡岭峰溪岛港")

_CJK = re.compile(r"^[\u3400-\u9fff]+$")
_LATIN = re.compile(r"[A-Za-z]")


def _lines(name: str) -> list[str]:
    text = (GAZ / name).read_text(encoding="utf-8")
    return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]


class Catalog:
    """The lists substitutes are drawn from (Simplified), by kind."""

    def __init__(self) -> None:
        self.admin_full: dict[str, str] = {}  # name → level word
        self.admin_short: dict[str, str] = {}  # short form → full name
        self.short_of: dict[str, str] = {}  # full name → its first short form
        for line in (GAZ / "admin_divisions.tsv").read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            cells = line.split("\t")
            full = cells[1]
            self.admin_full[full] = level_word(full) or ""
            shorts = cells[2].split() if len(cells) > 2 else []
            for s in shorts:
                self.admin_short.setdefault(s, full)
            if shorts:
                self.short_of[full] = shorts[0]
        self.by_level: dict[str, list[str]] = defaultdict(list)
        for full, lw in sorted(self.admin_full.items()):
            self.by_level[lw].append(full)
        self.towns = _lines("towns.txt")
        self.town_level: dict[str, list[str]] = defaultdict(list)
        for t in self.towns:
            self.town_level[level_word(t) or ""].append(t)
        self.kinds: dict[str, list[str]] = {
            "country": _lines("countries.txt") + ["中国"],
            "city": _lines("world_cities.txt"),
            "hktw": _lines("places_hk_tw_macau.txt"),
            "twd": _lines("taiwan_districts.txt"),
            "natural": _lines("natural_places.txt"),
        }
        self.kind_of: dict[str, str] = {"中华人民共和国": "country"}
        for n in _lines("world_countries.txt"):
            self.kind_of[n] = "country"
        for kind, names in self.kinds.items():
            for n in names:
                self.kind_of.setdefault(n, kind)
        # Stems of names for a place of no list: those of towns and townships (镇, 乡), whose
        # names are place names, not those of subdistricts (街道), often named by a road.
        self.stems = sorted({t[:-1] for t in self.towns if level_word(t) in ("镇", "乡")})
        chars = {}
        for line in (GAZ / "given_name_chars.tsv").read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            ch, value = line.split("\t")
            chars[ch] = float(value)
        self.given_scores = {ch: v for ch, v in chars.items() if ch not in NOT_IN_GIVEN_NAME}
        self.given: list[str] = sorted(self.given_scores)
        self.surnames = [ch for ch in _SURNAME_ORDER if ch in lx.SURNAMES][:120]
        self.compound = sorted(lx.COMPOUND_SURNAMES)
        self.translit = sorted(set("".join(_lines("translit_chars.txt"))))


#: The surname table in its written order (most frequent first): lexicon keeps it as a set.
_SURNAME_ORDER = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
)


def level_word(name: str) -> str | None:
    """The level word ``name`` ends in (the longest), if it has a stem before it."""
    for lw in LEVEL_WORDS:
        if name.endswith(lw) and len(name) > len(lw):
            return lw
    return None


def head_word(name: str) -> str | None:
    for h in HEADS:
        if name.endswith(h) and len(name) >= len(h):
            return h
    return None


def _script(kind: str) -> str | None:
    if kind in HK_KINDS:
        return "s2hk"
    if kind in TW_KINDS:
        return "s2tw"
    return None


def split_rows(real: Path = REAL) -> dict[str, tuple[str, int]]:
    """Document stem → (kind, batch)."""
    rows = (real / "split.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    out = {}
    for row in rows[1:]:
        cells = dict(zip(header, row.split("\t"), strict=False))
        out[Path(cells["file"]).stem] = (cells.get("kind", ""), int(cells.get("batch") or 1))
    return out


def dev_documents(real: Path = REAL) -> list[tuple[str, str, dict]]:
    """(part, stem, gold) of every dev document with entity gold: part ``tuning`` or
    ``validation``. Held-out parts and fresh batches are never listed."""
    out = []
    for label, path in corpus_documents(real):
        gold_path = real / "entities" / f"{path.stem}.json"
        if gold_path.exists():
            part = "validation" if label.startswith("validation:") else "tuning"
            out.append((part, path.stem, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


class Stresser:
    """Builds the stressed form of documents (one Stresser for a run: it holds the lists, the
    converters, the dev text that PER substitutes must avoid and the ORG proper-part pool)."""

    def __init__(self, docs: list[tuple[str, str, dict]], rows: dict[str, tuple[str, int]]):
        self.cat = Catalog()
        self.rows = rows
        self.t2s = opencc.OpenCC("t2s")
        self.conv = {c: opencc.OpenCC(c) for c in ("s2hk", "s2tw")}
        self.corpus = "\n".join(self.t2s.convert(g["text"]) for _, _, g in docs)
        # Surnames and given-name characters as often as real names hold them: counted in the
        # Chinese names (a surname of the table, one or two given-name characters) of the tuning
        # documents' gold, per batch; a document draws from the other batches' counts only, and
        # only characters of the table (given_name_chars.tsv, the surname list) in one form in
        # every script.
        self.name_chars: dict[str, list[tuple[str, int]]] = {"surname": [], "given": []}
        for part, stem, gold in docs:
            if part != "tuning":
                continue
            for e in gold["entities"]:
                name = self.t2s.convert(gold["text"][e["start"] : e["end"]])
                if e["type"] != "PER" or not 2 <= len(name) <= 3 or not _CJK.match(name):
                    continue
                if name[0] not in lx.SURNAMES or name[:2] in lx.COMPOUND_SURNAMES:
                    continue
                self.name_chars["surname"].append((name[0], rows[stem][1]))
                self.name_chars["given"] += [(ch, rows[stem][1]) for ch in name[1:]]
        self.cat.given = [ch for ch in self.cat.given_scores if self._stable(ch)]
        self.cat.surnames = [ch for ch in self.cat.surnames if self._stable(ch)]
        self._drawn: dict[tuple[str, int], list[str]] = {}

        # ORG proper parts by head, from the tuning documents' gold (Simplified), with the batch.
        self.pool: dict[str, list[tuple[str, int]]] = defaultdict(list)
        seen = set()
        for part, stem, gold in docs:
            if part != "tuning":
                continue
            batch = rows[stem][1]
            for e in gold["entities"]:
                if e["type"] != "ORG":
                    continue
                name = self.t2s.convert(gold["text"][e["start"] : e["end"]])
                parsed = self.parse_org(name)
                if parsed is None:
                    continue
                anchor, _, head = parsed
                proper = name[anchor : len(name) - len(head)]
                if len(proper) >= 2 and (proper, head, batch) not in seen:
                    seen.add((proper, head, batch))
                    self.pool[head].append((proper, batch))

    def drawn(self, kind: str, batch: int) -> list[str]:
        """The surnames or given-name characters a document of ``batch`` draws from, each as
        often as the other batches' names hold it."""
        key = (kind, batch)
        if key not in self._drawn:
            table = set(self.cat.surnames if kind == "surname" else self.cat.given)
            chars = [ch for ch, b in self.name_chars[kind] if b != batch and ch in table]
            self._drawn[key] = sorted(chars) or sorted(table)
        return self._drawn[key]

    def _stable(self, ch: str) -> bool:
        """A Simplified character whose Traditional form is one in every script (not 范 → 範,
        a name's 范 being 范 in Traditional too, nor a Traditional character)."""
        hk, tw = (self.conv[c].convert(ch) for c in ("s2hk", "s2tw"))
        return (
            hk == tw
            and self.t2s.convert(hk) == ch
            and self.t2s.convert(ch) == ch
            and ch not in "范"
        )

    # --- parsing -------------------------------------------------------------------------
    def place_at(self, s: str, i: int) -> int:
        """Length of the longest listed place (with a level word or a province/prefecture short
        form) starting at ``s[i]``, 0 if none."""
        for n in range(min(12, len(s) - i), 1, -1):
            w = s[i : i + n]
            if w in self.cat.admin_full or w in self.cat.kind_of and self.cat.kind_of[w] != "city":
                return n
            if w in self.cat.admin_short and n >= 2:
                return n
        return 0

    def chain(self, name: str) -> list[str]:
        """``name`` as a run of listed places (山东德州, 重庆市北碚区), or ``[name]``."""
        parts, i = [], 0
        while i < len(name):
            n = self.place_at(name, i)
            if not n:
                return [name]
            parts.append(name[i : i + n])
            i += n
        return parts or [name]

    def parse_org(self, name: str) -> tuple[int, list[tuple[int, int]], str] | None:
        """(start of the proper part, the places inside, head) of a Simplified ORG name, or
        None for a name with no head. The proper part runs from the end of the last place or
        inner kind word of two characters or more (法院 in 高等法院高雄分院) to the head."""
        if _LATIN.search(name) or not _CJK.match(name):
            return None
        head = head_word(name)
        if head is None or head == name:
            return None
        body = name[: len(name) - len(head)]
        places, anchor, i = [], 0, 0
        while i < len(body):
            n = self.place_at(body, i)
            if n:
                places.append((i, i + n))
                anchor = i + n
                i += n
                continue
            inner = next((h for h in INNER_HEADS if body.startswith(h, i)), None)
            if inner:
                anchor = i + len(inner)
                i += len(inner)
                continue
            i += 1
        return anchor, places, head

    # --- substitutes ---------------------------------------------------------------------
    def to_script(self, simplified: str, kind: str) -> str:
        config = _script(kind)
        return self.conv[config].convert(simplified) if config else simplified

    def fresh_given(self, rng: random.Random, n: int, batch: int) -> str:
        return "".join(rng.choice(self.drawn("given", batch)) for _ in range(n))

    def stress(self, stem: str, gold: dict) -> tuple[dict, Counter, Counter]:
        """The stressed gold document, and per type the mentions substituted and kept."""
        kind, batch = self.rows[stem]
        rng = random.Random(int(hashlib.sha256(f"{SEED}:{stem}".encode()).hexdigest()[:12], 16))
        text = gold["text"]
        simple = self.t2s.convert(text)
        if len(simple) != len(text):  # the pivot must align character by character
            simple = text
        mentions = [e for e in gold["entities"] if e["type"] in SUBSTITUTED]
        taken: set[str] = set()  # substitutes used in this document (Simplified)
        loc_map: dict[str, str] = {}  # Simplified original → Simplified substitute
        per_map: dict[str, str] = {}
        surname_map: dict[str, str] = {}
        given_map: dict[str, str] = {}
        org_map: dict[str, str] = {}
        done, kept = Counter(), Counter()

        def fresh(candidates: list[str], original: str) -> str | None:
            same = [c for c in candidates if len(c) == len(original)] or candidates
            pool = [c for c in same if c != original and c not in taken and c not in simple]
            if not pool:
                return None
            choice = rng.choice(pool)
            taken.add(choice)
            return choice

        def sub_loc(name: str) -> str | None:
            if name in loc_map:
                return loc_map[name]
            parts = self.chain(name)
            if len(parts) > 1:
                out = "".join(sub_loc(p) or p for p in parts)
            else:
                out = one_place(name)
            if out and out != name:
                loc_map[name] = out
                return out
            return None

        def one_place(name: str) -> str | None:
            cat = self.cat
            lw = level_word(name)
            if name in cat.admin_full:
                cands = cat.by_level[cat.admin_full[name]]
                if name in cat.short_of:
                    cands = [c for c in cands if c in cat.short_of]
                out = fresh(cands, name)
                if out and name in cat.short_of:
                    loc_map.setdefault(cat.short_of[name], cat.short_of[out])
                return out
            if name in cat.admin_short:
                full = cat.admin_short[name]
                other = loc_map.get(full)
                if other not in cat.short_of:
                    cands = [c for c in cat.by_level[cat.admin_full[full]] if c in cat.short_of]
                    other = fresh(cands, full)
                    if other is None:
                        return None
                    loc_map[full] = other
                return cat.short_of[other]
            if name in cat.kind_of:
                cands = cat.kinds[cat.kind_of[name]]
                return fresh([c for c in cands if level_word(c) == lw] or cands, name)
            if name in cat.towns:
                return fresh(cat.town_level[lw or ""], name)
            if not _CJK.match(name) or lw is None:
                return None
            if lw in NATURAL:
                cands = [c for c in cat.kinds["natural"] if c.endswith(lw)]
            elif cat.by_level.get(lw):
                cands = cat.by_level[lw]
            elif cat.town_level.get(lw):
                cands = cat.town_level[lw]
            else:
                n = len(name) - len(lw)
                cands = [st + lw for st in cat.stems if len(st) == n] or [
                    st + lw for st in cat.stems
                ]
            return fresh(cands, name)

        def full_name(name: str, k: int) -> str | None:
            """A surname (of ``k`` characters) and given-name characters, as long as ``name``."""
            given = name[k:]
            for _ in range(200):
                src = self.cat.compound if k == 2 else self.drawn("surname", batch)
                sur = surname_map.get(name[:k]) or rng.choice(src)
                g = given_map.get(given) or self.fresh_given(rng, len(given), batch)
                cand = sur + g
                if cand not in self.corpus and cand not in taken:
                    surname_map.setdefault(name[:k], sur)
                    given_map.setdefault(given, g)
                    return cand
            return None

        def translit(name: str) -> str | None:
            parts = re.split(r"([·•])", name)
            for _ in range(50):
                cand = "".join(
                    p if p in "·•" else "".join(rng.choice(self.cat.translit) for _ in p)
                    for p in parts
                )
                if cand not in self.corpus:
                    return cand
            return None

        def sub_per(name: str) -> str | None:
            if name in per_map:
                return per_map[name]
            bare = re.sub(r"[ \u3000]+", "", name)
            if bare != name and 2 <= len(bare) <= 4:  # a name spaced out: 冯 镭, 關\u3000中
                new = sub_per(bare)
                if new is None:
                    return None
                it = iter(new)
                return "".join(ch if ch in " \u3000" else next(it) for ch in name)
            if not _CJK.match(name.replace("·", "").replace("•", "")):
                return None  # a Latin name, or one spaced out: stays
            compound = name[:2] in lx.COMPOUND_SURNAMES
            surname = compound or name[0] in lx.SURNAMES
            if "·" in name or "•" in name or len(name) > 4:
                out = translit(name)
            elif not surname and len(name) >= 3 and all(ch in self.cat.translit for ch in name):
                out = translit(name)
            elif len(name) == 1:
                out = surname_map.get(name) or rng.choice(
                    [c for c in self.drawn("surname", batch) if c not in surname_map.values()]
                )
                surname_map[name] = out
            elif name in given_map:
                out = given_map[name]
            elif len(name) == 2 and name[0] in "阿小老":  # a familiar name: 阿蕎, 小婷
                out = name[0] + self.fresh_given(rng, 1, batch)
            elif len(name) == 4 and not compound and name[1] in lx.SURNAMES and surname:
                # a Hong Kong married name (林郑月娥): two surnames, two given-name characters;
                # its two surnames alone (林郑) are its short form
                first = surname_map.get(name[0]) or rng.choice(self.drawn("surname", batch))
                out = full_name(name[1:], 1)
                out = first + out if out else None
                if out:
                    surname_map.setdefault(name[0], first)
                    per_map.setdefault(name[:2], out[:2])
            else:
                out = full_name(name, 2 if compound else 1)
            if out:
                taken.add(out)
                per_map[name] = out
            return out

        def sub_org(name: str) -> str | None:
            if name in org_map:
                return org_map[name]
            parsed = self.parse_org(name)
            if parsed is None:
                return None
            anchor, places, head = parsed
            body = name[: len(name) - len(head)]
            out, pos = [], 0
            for start, end in places:
                out.append(body[pos:start])
                out.append(sub_loc(body[start:end]) or body[start:end])
                pos = end
            out.append(body[pos:anchor])
            proper = body[anchor:]
            new_proper = proper
            if len(proper) >= 2:
                others = [p for p, b in self.pool.get(head, []) if b != batch and p != proper]
                same = [p for p in others if len(p) == len(proper)] or others
                if same:
                    new_proper = rng.choice(sorted(set(same)))
            result = "".join(out) + new_proper + head
            if result == name:
                return None
            org_map[name] = result
            return result

        rank = {"PER": 0, "LOC": 1, "ORG": 2}
        order = sorted(mentions, key=lambda e: (rank[e["type"]], e["start"] - e["end"]))
        new_of: dict[tuple[int, int], str] = {}
        for e in order:
            orig = text[e["start"] : e["end"]]
            s = simple[e["start"] : e["end"]]
            sub = {"PER": sub_per, "LOC": sub_loc, "ORG": sub_org}[e["type"]](s)
            if sub is None or sub == s:
                kept[e["type"]] += 1
                continue
            new = self.to_script(sub, kind)
            if e["type"] == "ORG" and s != orig:
                new = _keep_head(orig, new, s)
            new_of[(e["start"], e["end"])] = new
            done[e["type"]] += 1
        return _rebuild(gold, new_of), done, kept


def _keep_head(orig: str, new: str, simple: str) -> str:
    """The original characters of a Traditional ORG's head (its script's own form of the kind
    word, as written), after the converted substitute's other characters."""
    head = head_word(simple) or ""
    if head and len(new) >= len(head):
        return new[: len(new) - len(head)] + orig[len(orig) - len(head) :]
    return new


def _rebuild(gold: dict, new_of: dict[tuple[int, int], str]) -> dict:
    """The gold document with the spans in ``new_of`` rewritten and every span carried."""
    text = gold["text"]
    pieces, shift, pos = [], {}, 0
    delta = 0
    for (start, end), new in sorted(new_of.items()):
        pieces.append(text[pos:start])
        pieces.append(new)
        shift[(start, end)] = (start + delta, start + delta + len(new))
        delta += len(new) - (end - start)
        pos = end
    pieces.append(text[pos:])
    starts = sorted(new_of)
    out_entities = []
    for e in gold["entities"]:
        key = (e["start"], e["end"])
        if key in shift:
            s, t = shift[key]
        else:
            before = sum(len(new_of[k]) - (k[1] - k[0]) for k in starts if k[1] <= e["start"])
            s, t = e["start"] + before, e["end"] + before
        out_entities.append({"start": s, "end": t, "type": e["type"]})
    return {**gold, "text": "".join(pieces), "entities": out_entities}


def _f1(counts: dict) -> dict[str, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    out = {"all": prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))[2]}
    out.update({ty: prf(tp[ty], fp[ty], fn[ty])[2] for ty in ENTITY_TYPES})
    return {k: round(v, 3) for k, v in out.items()}


def run(show_errors: int = 0) -> dict:
    rows = split_rows()
    docs = dev_documents()
    stresser = Stresser(docs, rows)
    groups: dict[str, list[str]] = defaultdict(list)
    plain, stressed = {}, {}
    done, kept = Counter(), Counter()
    for part, stem, gold in docs:
        new, d, k = stresser.stress(stem, gold)
        plain[stem], stressed[stem] = gold, new
        if part == "validation":
            groups["validation 13-16"].append(stem)
            continue
        done.update(d)
        kept.update(k)
        groups["dev (tuning)"].append(stem)
        groups[GENRES.get(rows[stem][0], "other")].append(stem)
    out = {"substituted": dict(done), "kept": dict(kept), "groups": {}}
    cache: dict[str, tuple[dict, dict]] = {}
    for stem in plain:
        a = score([(stem, "dev", plain[stem])])
        b = score([(stem, "dev", stressed[stem])])
        cache[stem] = (a, b)
    for name, stems in groups.items():
        a = _sum(cache[s][0] for s in stems)
        b = _sum(cache[s][1] for s in stems)
        out["groups"][name] = {"documents": len(stems), "plain": _f1(a), "stressed": _f1(b)}
    if show_errors:
        _errors(groups["dev (tuning)"], plain, stressed, show_errors)
    return out


def _sum(counts) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for c in counts:
        tp.update(c["tp"])
        fp.update(c["fp"])
        fn.update(c["fn"])
    return {"tp": tp, "fp": fp, "fn": fn}


def _errors(stems: list[str], plain: dict, stressed: dict, limit: int) -> None:
    """The tuning documents' gold PER, LOC and ORG spans that the plain form finds and the
    stressed form misses (with the original name), and the stressed form's false spans that
    overlap a renamed span."""
    from gui.core.entities import recognise

    shown = Counter()
    for stem in stems:
        old, new = plain[stem], stressed[stem]
        found = {(e.start, e.end, e.type) for e in recognise(old["text"])}
        pred = {(e.start, e.end, e.type) for e in recognise(new["text"])}
        text = new["text"]
        renamed = []
        for a, b in zip(old["entities"], new["entities"], strict=True):
            if a["type"] not in SUBSTITUTED:
                continue
            was = old["text"][a["start"] : a["end"]]
            if was != text[b["start"] : b["end"]]:
                renamed.append((b["start"], b["end"]))
            key = (b["start"], b["end"], b["type"])
            if (a["start"], a["end"], a["type"]) in found and key not in pred:
                _show(shown, limit, "FN", key, text, stem, was)
        gold = {(e["start"], e["end"], e["type"]) for e in new["entities"]}
        for key in sorted(pred - gold):
            if key[2] in SUBSTITUTED and any(s < key[1] and key[0] < t for s, t in renamed):
                _show(shown, limit, "FP", key, text, stem, "")


def _show(shown: Counter, limit: int, kind: str, key: tuple, text: str, stem: str, was: str):
    s, t, ty = key
    if shown[kind, ty] >= limit:
        return
    shown[kind, ty] += 1
    ctx = text[max(0, s - 12) : s] + "[" + text[s:t] + "]" + text[t : t + 12]
    print(f"{kind} {ty} {stem}: {ctx!r} (was {was})".replace("\\n", "⏎"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", type=int, default=0, help="list N stressed errors per type")
    args = parser.parse_args(argv)
    out = run(args.errors)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"tuning mentions substituted {out['substituted']}, kept {out['kept']}")
    types = ("all", "ORG", "LOC", "PER", "DATE", "QUANT", "DOC", "TERM")
    print(f"{'group':18} {'docs':>4}  " + "  ".join(f"{t:>11}" for t in types))
    for name, g in out["groups"].items():
        cells = "  ".join(f"{g['plain'][t]:.3f}→{g['stressed'][t]:.3f}" for t in types)
        print(f"{name:18} {g['documents']:4}  {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
