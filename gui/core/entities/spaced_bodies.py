"""Bodies spaced out on a joint signature line (ORG): a 公文 that two or more bodies issue
together signs with their names spaced to one width, side by side (财　政　部　　　　外　交　部).
Spaced out, no suffix rule sees the name; despaced, each is a known body. The span keeps the
spaces, as the text has them.
"""

from __future__ import annotations

import re

from gui.core.entities.gazetteer import Gazetteer
from gui.core.entities.names import Candidate

# From the first ideographic space after a character (the engine skips to the space fast): two
# to seven more characters, one ideographic space apart; the name is the character before too.
# A sender alone on its line may be spaced by plain spaces as well (Taiwan's 公文: 國 防 部).
_SPACED = re.compile(
    "(?:\u3000(?<=[\u4e00-\u9fff]\u3000)[\u4e00-\u9fff](?:\u3000[\u4e00-\u9fff]){1,6}"
    "| (?<=[\u4e00-\u9fff] )[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,6})"
)
_GAP = frozenset("\u3000 ")


def _alone(masked: str, s: int, e: int) -> bool:
    """Whether ``s:e`` stands at a line's edges or two spaces from its neighbours."""
    left = s == 0 or masked[s - 1] == "\n" or (masked[s - 2 : s] and set(masked[s - 2 : s]) <= _GAP)
    after = masked[e : e + 2]
    right = not after or after[0] == "\n" or set(after) <= _GAP
    return bool(left and right)


def spaced_bodies(masked: str, gaz: Gazetteer) -> list[Candidate]:
    """The known bodies spaced out on a line (财　政　部)."""
    out: list[Candidate] = []
    for m in _SPACED.finditer(masked):
        s, e = m.start() - 1, m.end()
        name = masked[s:e].replace("\u3000", "").replace(" ", "")
        if _alone(masked, s, e) and gaz.org_re.fullmatch(name):
            out.append((s, e, "ORG", 1))
    return out
