"""How every benchmark prints a figure: min / median / max of its runs, the median against
the goal (never the best run), and whether the goal is met."""

from __future__ import annotations

import statistics


def spread(values: list[float]) -> tuple[float, float, float]:
    """``(min, median, max)`` of ``values``."""
    return min(values), statistics.median(values), max(values)


def row(
    name: str,
    values: list[float],
    unit: str = "s",
    goal: float | None = None,
    width: int = 48,
    decimals: int = 0,
) -> str:
    """One line: the name, min/median/max in ``unit`` (``s`` prints ms) with ``decimals``
    places, and the median's ratio to ``goal`` with ``ok`` or ``MISSED``."""
    low, mid, high = spread(values)
    scale, shown_unit = (1000.0, "ms") if unit == "s" else (1.0, unit)
    d = decimals
    text = (
        f"  {name:<{width}} median {mid * scale:8.{d}f} {shown_unit}"
        f"  (min {low * scale:.{d}f}, max {high * scale:.{d}f}, n={len(values)})"
    )
    if goal is not None:
        verdict = "ok" if mid <= goal else "MISSED"
        text += f"  goal ≤ {goal * scale:g} {shown_unit}: ratio {mid / goal:.2f} {verdict}"
    return text
