"""What the tests of the entity pass and its child process share: a short report with an entity
of most types, and whether a child process still runs."""

from __future__ import annotations

#: A short report, Simplified with a Traditional line: ORG, LOC, DATE, QUANT and DOC spans.
TEXT = (
    "兰州高新区工作报告\n"
    "一、发展概况\n"
    "2021年,兰州高新区实现总产值140亿元,兰州大学与中科院兰州分院共建研究院。\n"
    "二、下一步\n"
    "蘭州高新區将继续推进《关于加快生物医药产业发展的若干措施》,建设榆中生态创新城。\n"
)


def alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (a zombie, ended but not yet reaped, does not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
