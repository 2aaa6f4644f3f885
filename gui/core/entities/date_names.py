"""Dates written as names rather than as numbers with 年/月/日 (DATE, annotation guideline):

- **date names**: a month and a day in Chinese numerals run together name a day that an event
  is remembered by (六四集会, 七一游行, 九三阅兵, 五一假期; not in 二二八事件, the name of an event); only before a word of such an event,
  since the same two numerals are also ordinals and amounts (二十大, 三八线, 九三学社);
- **lunar calendar days**: 大年初八, 正月初一, 正月十五, 农历八月十五 (New Year releases of Taiwan
  and Hong Kong, and the mainland press);
- **date stamps**: eight digits standing alone after a programme's title (《新闻联播》 20260619
  19:00), never inside a link or a file name; the Central News Agency's story code, seven
  digits of a Minguo date closing a story after its editor's bracket (（编辑：陈妍君）1140107).

Every pattern runs on the Simplified pivot.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str]

# Words of an event that a date name stands before: gatherings, parades, anniversaries,
# holidays. A closed class: an event is remembered by its day only in these collocations.
# Not 事件 or 运动: 二二八事件 and 五四运动 are the names of events (the guideline leaves events
# unannotated, and batch 1's gold does), and they begin the names of bodies
# (二二八事件纪念基金会).
# 国家纪念 and 历史博物馆 open the names of memorials (二二八国家纪念馆: a place, ``named_dates``).
_EVENT_WORDS = (
    "集会|晚会|游行|阅兵|纪念|前夕|当天|当日|期间|假期|长假|黄金周|悼念|烛光|主题|献礼|庆典"
    "|国家纪念|历史博物馆"
)
_CN = "一二三四五六七八九"
# The month (one numeral: 十一/十二 would read as eleven and twelve) and the day read digit by
# digit (四, 一八 in 九一八); not after another numeral or an ordinal mark (第六四, 一六四).
_DATE_NAME = re.compile(
    rf"[{_CN}](?<![{_CN}十〇零百千万亿第周][{_CN}])(?:[一二三][〇{_CN}]|[{_CN}])"
    rf"(?=(?:{_EVENT_WORDS})|[、及和与][{_CN}]{{2,3}}(?:{_EVENT_WORDS}))"
)
_CN_DAY = r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十)"
_LUNAR = re.compile(
    # (?:农历)?(?:大年…|正月…|(?<=农历)…月…), each branch opening with its character
    rf"农历(?:大年{_CN_DAY}|正月{_CN_DAY}|(?:[{_CN}]|十[一二]?|腊|冬)月{_CN_DAY})"
    rf"|大年{_CN_DAY}|正月{_CN_DAY}"
)
# Eight digits between blanks (or a line's ends), year 1900-2099, a real month and day.
_STAMP = re.compile(
    r"(?:19|20)(?<![\w/.\-=&?#%]\d\d)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"(?![\w/.\-=&?#%])"
)

# 114 01 07 at a line's end, right after the bracket of the editor (or a blank).
_ROC_STAMP = re.compile(
    r"1(?<=[）)\s]1)[01]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=[ \t]*(?:\n|$))"
)


# A memorial named by the day it remembers is a place (二二八纪念馆, 二二八国家纪念馆, 二二八纪念碑,
# 九一八历史博物馆), the day with it: read after a date name, whose event words hold 纪念.
_MEMORIAL_TAIL = re.compile("(?:国家)?(?:纪念馆|纪念碑|纪念公园|历史博物馆|纪念园区)")


def named_dates(pivot: str) -> list[Span]:
    """DATE spans of date names (六四, 七一 before their event), lunar calendar days (大年初八)
    and date stamps standing alone (20260619, 1140107); LOC spans of the memorials named by a
    day (二二八纪念馆)."""
    spans: list[Span] = []
    for m in _DATE_NAME.finditer(pivot):
        memorial = _MEMORIAL_TAIL.match(pivot, m.end())
        spans.append((m.start(), memorial.end(), "LOC") if memorial else (*m.span(), "DATE"))
    spans += [(m.start(), m.end(), "DATE") for m in _LUNAR.finditer(pivot)]
    spans += [(m.start(), m.end(), "DATE") for m in _STAMP.finditer(pivot)]
    spans += [(m.start(), m.end(), "DATE") for m in _ROC_STAMP.finditer(pivot)]
    return spans
