"""Speakers' labels in transcripts, interviews and Q&A (PER): a name before a full-width colon
opening a line is the speaker of what follows (陳其邁：第三案是…, 曾志伟：…). A meeting record
gives each speaker a line of their own every time they speak, so where a name-shaped label opens
two or more lines of one document, the document is a record of turns and its name-shaped labels
are its speakers; a field label of a form (时间：, 单位：) is no surname and given name.

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
