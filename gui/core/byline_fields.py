"""The news header's ``source`` and ``reporter`` from bylines and heads of forms round t28
(session 28) read on batches 53–59's dev parts; ``gui.core.front_matter.read_news_lines`` asks
these for the news furniture it reads.

- a head laid out one field a line under the headline: the stamp, the outlet, the writer (中時's
  「15:31 2018/09/16」 / 「中時」 / 「謝明俊」);
- a media group's or an outlet's reporter, as a key's value or a byline: the outlet is the
  source, the names (up to a correspondent or an intern) the reporter (「南方财经全媒体记者 钟小韵」,
  「南方财经全媒体见习记者程浩 东莞报道」, 「澎湃新闻记者 王鑫 通讯员 陈健」);
- a piece's words and pictures credited to an outlet (「圖文／鏡週刊」): the source; a TV site's
  byline with its writer's role (TVBS's 「編輯 陳妍如 報導」): the reporter.

The gold writes the reporter's name alone, without 本报记者/记者 (``docs/gold-outline.md``).
"""

from __future__ import annotations

import re

from gui.core.datelines import OUTLET_END
from gui.core.document import Furniture, HeaderField
from gui.core.head_rows import HEAD_STAMP
from gui.core.patterns import HAN, LazyPattern

#: A correspondent or an intern named after the reporters: no reporter.
HELPERS = LazyPattern(r"\s*(?:通讯员|通訊員|实习生|實習生)")
#: The paper's own newsroom before 记者 (「本报记者   苏雁」).
OWN_PAPER = ("本报", "本報", "本网", "本網", "本台")
#: Marks a page sets before a byline (「■記者蔡少玲」).
BULLETS = "■□●○◆◇▲△▼▽★☆►▶"
#: A media group's reporter: the outlet (a 全媒体 group or a paper, a site), a rank, 记者, the
#: names (「南方财经全媒体记者 钟小韵」).
MEDIA_REPORTER = LazyPattern(
    rf"(?P<outlet>{HAN}{{2,10}}?(?:全媒体|全媒體|融媒体|融媒體)|(?!本){HAN}{{1,10}}?{OUTLET_END})"
    r"(?:资深|資深|首席|特约|特約|见习|見習|实习|實習)?(?:记者|記者)\s*"
    rf"(?P<names>{HAN}{{2,4}}(?:[、，,\s]{HAN}{{2,4}}){{0,3}})"
)
#: A piece's words and pictures credited to an outlet, not a person (「圖文／鏡週刊」).
_OUTLET_CREDIT = LazyPattern(
    rf"(?:圖文|图文|文|撰文|來源|来源)\s*[／/]\s*(?P<outlet>{HAN}{{1,8}}?"
    rf"(?:週刊|周刊|雜誌|杂志|日報|日报|晚報|晚报|{OUTLET_END}))"
)
#: A TV site's byline: the writer's role and name, then 報導 (TVBS's 「編輯 陳妍如 報導」).
_ROLE_REPORTED = LazyPattern(
    rf"(?:編輯|编辑|記者|记者)\s+(?P<name>{HAN}{{2,4}})\s+(?:綜合)?(?:報導|报道)"
)
#: A head's outlet and writer, each alone on its line.
_HEAD_OUTLET = LazyPattern(rf"{HAN}{{2,8}}")
_HEAD_WRITER = LazyPattern(rf"{HAN}{{2,4}}")
#: A credit line is this long at most.
_CREDIT_CHARS = 24


def read_media_reporter(media: re.Match, at: int, fields: dict) -> None:
    """``source`` and ``reporter`` of a ``MEDIA_REPORTER`` match at ``at``: the outlet, and the
    reporters' names up to a correspondent or an intern (「澎湃新闻记者 王鑫 通讯员 陈健」)."""
    names = HELPERS.compiled.split(media["names"])[0].rstrip()
    for key, group, value in (("source", "outlet", media["outlet"]), ("reporter", "names", names)):
        if key not in fields and value:
            a = at + media.start(group)
            fields[key] = HeaderField(value, a, a + len(value))


def read_credit_line(line: str, at: int, fields: dict) -> None:
    """``source`` from an outlet's credit (「圖文／鏡週刊」), ``reporter`` from a TV site's byline
    (「編輯 陳妍如 報導」): ``line`` is a line of news furniture at ``at``."""
    short = line.strip() if len(line) <= _CREDIT_CHARS else ""
    credit = _OUTLET_CREDIT.fullmatch(short) if "／" in short or "/" in short else None
    reported = _ROLE_REPORTED.fullmatch(short) if short.endswith(("報導", "报道")) else None
    for key, m, group in (("source", credit, "outlet"), ("reporter", reported, "name")):
        if m is not None and key not in fields:
            a = at + line.find(short) + m.start(group)
            fields[key] = HeaderField(m[group], a, a + len(m[group]))


def read_stamp_outlet_writer(furniture: tuple[Furniture, ...], text: str, fields: dict) -> None:
    """``source`` and ``reporter`` from a head of three news lines: a stamp, then the outlet
    alone, then the writer's name alone (every one of them furniture)."""
    if "source" in fields and "reporter" in fields:
        return
    news = [f for f in furniture if f.kind == "news"]
    for f in news:
        end = text.find("\n", f.start)
        end = len(text) if end < 0 else end
        if end - f.start > _CREDIT_CHARS or not HEAD_STAMP.fullmatch(text[f.start : end].strip()):
            continue
        rows, at = [], end + 1
        for _ in range(2):
            stop = text.find("\n", at)
            stop = len(text) if stop < 0 else stop
            rows.append((at, text[at:stop]))
            at = stop + 1
        (o_at, outlet), (w_at, writer) = rows
        if not (
            _HEAD_OUTLET.fullmatch(outlet)
            and _HEAD_WRITER.fullmatch(writer)
            and all(any(g.start <= a < g.end for g in news) for a in (o_at, w_at))
        ):
            continue
        fields.setdefault("source", HeaderField(outlet, o_at, o_at + len(outlet)))
        fields.setdefault("reporter", HeaderField(writer, w_at, w_at + len(writer)))
        return
