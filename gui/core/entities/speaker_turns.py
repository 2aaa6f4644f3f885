"""Speakers' labels in transcripts, interviews and Q&A (PER): a name before a full-width colon
opening a line is the speaker of what follows (陳其邁：第三案是…, 曾志伟：…). A meeting record
gives each speaker a line of their own every time they speak, so where a name-shaped label opens
two or more lines of one document, the document is a record of turns and its name-shaped labels
are its speakers; a field label of a form (时间：, 单位：) is no surname and given name.

A record's own wording names members and officials by surname, office and given name (請陳委員超明
發言, 林委員郁方、楊部長進添: the 立法院 公報's form); the surname and the given name are each a PER.

The label's frame is the evidence, so a name's middle character that more often stands in words
(其, 长: 陳其邁, 王长希) is let pass as a title's frame lets it pass.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from gui.core.entities import lexicon as lx
from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.given_names import (
    FLOOR_TITLED,
    NOT_IN_GIVEN_NAME,
    given_score,
    plausible_name,
)
from gui.core.entities.names import Candidate
from gui.core.entities.titled_names import GIVEN_MIDDLE, after_title


@cache
def _label() -> re.Pattern[str]:
    surnames = "".join(sorted(lx.SURNAMES))
    return re.compile(f"(?m)^[ \u3000]*([{surnames}][\u4e00-\u9fff]{{1,2}})[：:]")


# Surname + office + two-character given name, where the record's words close the name: a turn
# given (請…發言, 質詢, 答復), a list's mark or a clause's end. Only after a clause's start or the
# words that call on someone (請, 由, 和), so the surname is no word's last character.
@cache
def _office_name() -> re.Pattern[str]:
    surnames = "".join(sorted(lx.SURNAMES))
    return re.compile(
        f"(?:(?<=[请由和及与向对，。；：、（\n])|(?<=^))([{surnames}])"
        "(?:召集委员|主任委员|政务委员|委员|副?部长|次长|副?院长|副?主委|署长|局长|司长|处长)"
        "([\u4e00-\u9fff]{2})(?=发言|质询|答复|说明|报告|[、，。：；）\n])",
        re.M,
    )


def office_names(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The surname and the given name around an office in a record's wording (请陈委员超明发言
    → 陈, 超明)."""
    out: list[Candidate] = []
    if "委员" not in masked and "长" not in masked and "主委" not in masked:
        return out
    for m in _office_name().finditer(masked):
        given = m.group(2)
        if given in gaz.verbs or given in gaz.rare_verbs or given in gaz.function_words:
            continue  # 陈委员表示: a verb after the office, no given name
        if _speaker_name(m.group(1) + given, gaz):
            out += [(m.start(1), m.end(1), "PER", 5), (m.start(2), m.end(2), "PER", 5)]
    return out


def speaker_turns(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The labels of speakers' turns: a name before a colon at the start of two or more lines."""
    found = [(m.start(1), m.end(1), m.group(1)) for m in _label().finditer(masked)]
    if len(found) < 2:
        return []
    counts = Counter(label for _s, _e, label in found)
    names = {label for label in counts if _speaker_name(label, gaz)}
    # Once a speaker has taken two turns the document is a record of turns: every speaker's
    # label counts, those who speak once too (邱文彥：主席、各位…).
    if not any(counts[label] >= 2 for label in names):
        return []
    return [(s, e, "PER", 5) for s, e, label in found if label in names]


def _speaker_name(label: str, gaz: Gazetteer) -> bool:
    if label in gaz.verbs or label in gaz.function_words or after_title(label, len(label)):
        return False
    if plausible_name(label, gaz):
        return True
    return (  # 陳其邁: 其 in the middle of a given name
        len(label) == 3
        and label[1] in GIVEN_MIDDLE
        and label[2] not in NOT_IN_GIVEN_NAME
        and label not in gaz.places
        and given_score(label, 1, gaz) >= FLOOR_TITLED
    )
