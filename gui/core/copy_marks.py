"""The marks a printed 公文 sets above and below its 发文机关标志 (GB/T 9704-2012, 7.2): 份号,
密级和保密期限, 紧急程度, and the red 分隔线 under the 发文字号, as they come out when a PDF
or a scan is copied as text.

- 份号: the copy's number, six digits (「000123」) on a line of its own at the top;
- 密级 and 保密期限: 「秘密」, 「机密★1年」, 「绝密★长期」 (a ★ between them);
- 紧急程度: 「特急」, 「加急」 (and a telegram's 「特提」, 「平急」);
- the 分隔线: a line of rule characters only (─, ━, —, -, _, =), the red line's residue.

None of them is a title, and none is a body line: the header marks them as its own lines, so
the title is read on the lines that remain (the 版头, the number, the title under them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gui.core.head_lines import DOC_NUMBER, ISSUER_BANNER, HeadLine

#: 份号: six digits (GB/T 9704 7.2.1: 「一般用6位3号阿拉伯数字」), or a 份号 label with its number.
_COPY_NUMBER = re.compile(r"(?:份\s*号\s*[:：]?\s*)?\d{6}")
#: 密级 and 保密期限 (7.2.2), 紧急程度 (7.2.3), alone or side by side on one line.
_SECRECY = r"(?:绝\s*密|機\s*密|机\s*密|秘\s*密)(?:\s*★\s*(?:\d{1,2}\s*年|长期|長期))?"
_URGENCY = r"(?:特\s*急|加\s*急|特\s*提|平\s*急)"
_MARK = re.compile(rf"(?:{_SECRECY}|{_URGENCY})(?:\s+(?:{_SECRECY}|{_URGENCY}))?")
#: The 分隔线's residue: rule characters only, ten at least.
_RULE = re.compile(r"[─━—\-_=－＿＝]{10,}")

#: How many lines a 版头's marks may take before the 发文机关标志.
_MAX_MARKS = 4


def copy_marks(head: Sequence[HeadLine]) -> list[int]:
    """Positions in ``head`` of the 份号, 密级 and 紧急程度 lines that open the text (at most
    four, before any other line), and of the rule line right under the 发文字号 or the 发文机关标志
    (among the first lines; a page may have kept the number apart as furniture) — under any
    line that is no sentence when such marks open the text."""
    out: list[int] = []
    for i, ln in enumerate(head[:_MAX_MARKS]):
        if _COPY_NUMBER.fullmatch(ln.text) or _MARK.fullmatch(ln.text):
            out.append(i)
        else:
            break
    for i in range(1, min(len(head), len(out) + 4)):
        above = head[i - 1].text
        if _RULE.fullmatch(head[i].text) and (
            (DOC_NUMBER.search(above) or ISSUER_BANNER.fullmatch(above))
            if not out
            else above[-1:] not in "。；;"
        ):
            out.append(i)
            break
    return out
