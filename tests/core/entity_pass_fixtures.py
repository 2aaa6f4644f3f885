"""What the tests of the entity pass and its child process share: a short report with an entity
of most types."""

from __future__ import annotations

#: A short report, Simplified with a Traditional line: ORG, LOC, DATE, QUANT and DOC spans.
TEXT = (
    "兰州高新区工作报告\n"
    "一、发展概况\n"
    "2021年,兰州高新区实现总产值140亿元,兰州大学与中科院兰州分院共建研究院。\n"
    "二、下一步\n"
    "蘭州高新區将继续推进《关于加快生物医药产业发展的若干措施》,建设榆中生态创新城。\n"
)
