"""Small statistics for the reports, in plain Python so each step can be checked by hand."""

from __future__ import annotations

import math
from statistics import mean, median
from typing import Sequence

FULL_MARKS_TOLERANCE = 1e-6


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r of two equally long lists; ``None`` when either does not vary (or n < 2)."""
    if len(xs) != len(ys):
        raise ValueError("pearson needs two lists of the same length")
    if len(xs) < 2:
        return None
    mx, my = mean(xs), mean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return sxy / math.sqrt(sxx * syy)


def difficulty(scores: Sequence[float], points: float) -> float | None:
    """The share of students with full marks on an item (``None`` with no students)."""
    if not scores:
        return None
    return sum(1 for s in scores if s >= points - FULL_MARKS_TOLERANCE) / len(scores)


def item_rest(items: dict[str, list[float]]) -> dict[str, float | None]:
    """Each item's item-rest correlation: Pearson's r between the item's scores and the sum
    of the other items' scores, over the same students (each list holds one score per student,
    in the same student order)."""
    names = list(items)
    if not names:
        return {}
    count = len(items[names[0]])
    totals = [sum(items[name][i] for name in names) for i in range(count)]
    return {name: pearson(items[name], [totals[i] - items[name][i] for i in range(count)]) for name in names}


def describe(values: Sequence[float]) -> dict[str, float | None]:
    """Count, mean, median, minimum and maximum of a list (``None`` for an empty list)."""
    if not values:
        return {"n": 0, "mean": None, "median": None, "min": None, "max": None}
    return {"n": len(values), "mean": mean(values), "median": median(values), "min": min(values), "max": max(values)}


def histogram(values: Sequence[float], top: float, width: float = 1.0) -> list[tuple[float, float, int]]:
    """Counts in bins ``[low, low + width)`` from 0 to ``top``; the last bin includes ``top``."""
    bins = max(1, math.ceil(top / width))
    counts = [0] * bins
    for value in values:
        index = min(int(max(value, 0) // width), bins - 1)
        counts[index] += 1
    return [(i * width, min((i + 1) * width, top), counts[i]) for i in range(bins)]
