"""Scoring for hidden tests.

Each function returns a float in ``[0, points]`` and never warns, so a test cell can end
with it: nbgrader reads that number as the cell's partial credit. (A cell that writes
to stderr scores 0, a last value that is not a number scores full marks, and a number
above the cell's points fails the whole notebook: see DESIGN.md.)
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

from ._base import Exercise
from ._text import rewrite_checks

__all__ = ["score", "clamp", "pairwise_agreement", "share_correct"]


def clamp(value: float, points: float) -> float:
    """``value`` limited to ``[0, points]`` and rounded to three decimals."""
    return round(min(max(float(value), 0.0), float(points)), 3)


def pairwise_agreement(order: list[str], key: list[str]) -> float:
    """The share of item pairs that ``order`` puts in the same order as ``key``."""
    place = {item: index for index, item in enumerate(order)}
    pairs = list(combinations(key, 2))
    if not pairs:
        return 1.0
    agree = sum(1 for first, second in pairs if place[first] < place[second])
    return agree / len(pairs)


def share_correct(exercise: Exercise, key: Any) -> float:
    """The share of the key an exercise's recorded answer earns, from 0 to 1."""
    value = exercise.value
    if value is None:
        return 0.0
    kind = exercise.kind
    if kind == "choice":
        return 1.0 if value == key else 0.0
    if kind == "select-all":
        right = len(set(value) & set(key))
        wrong = len(set(value) - set(key))
        return max(0.0, (right - wrong) / len(key))
    if kind == "categorize":
        return sum(1 for item, category in key.items() if value.get(item) == category) / len(key)
    if kind == "rank":
        return pairwise_agreement(value, key)
    if kind == "power-map":
        inside = sum(1 for name, (low, high) in key.items() if name in value and low <= value[name] <= high)
        return inside / len(key)
    if kind == "scenario":
        taken = {step_id: choice_id for step_id, choice_id in value}
        return sum(1 for step_id, best in key.items() if taken.get(step_id) == best) / len(key)
    if kind == "rewrite":
        checks = rewrite_checks(value, key)
        return sum(1 for _, passed in checks if passed) / len(checks)
    raise ValueError(f"no scoring for exercise kind {kind!r}")


def score(exercise: Exercise, key: Any, points: float) -> float:
    """Points earned by an exercise's recorded answer against ``key``.

    The key's form depends on the kind: see each exercise class. A blank answer
    scores 0; partial answers earn their share of ``points``.
    """
    return clamp(share_correct(exercise, key) * points, points)
