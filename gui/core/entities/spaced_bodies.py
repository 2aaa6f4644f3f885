"""Bodies spaced out on a joint signature line (ORG): a 公文 that two or more bodies issue
together signs with their names spaced to one width, side by side (财　政　部　　　　外　交　部).
Spaced out, no suffix rule sees the name; despaced, each is a known body. The span keeps the
spaces, as the text has them.
"""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.names import Candidate

# Three to eight characters, each after the first one space apart (one ideographic or one or
# two ASCII spaces), standing alone: at a line's edge or two spaces or more from its neighbour.
_SPACED = re.compile(
    "(?:(?<=\n)|(?<=[\u3000 ]{2})|^)([\u4e00-\u9fff](?:(?:\u3000| {1,2})[\u4e00-\u9fff]){2,7})"
    "(?=[\u3000 ]{2}|[\u3000 ]*(?:\n|$))"
)


def spaced_bodies(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The known bodies spaced out on a line (财　政　部)."""
    out: list[Candidate] = []
    for m in _SPACED.finditer(masked):
        name = m.group(1).replace("\u3000", "").replace(" ", "")
        if gaz.org_re.fullmatch(name):
            out.append((m.start(1), m.end(1), "ORG", 1))
    return out
