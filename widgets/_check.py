"""The visible line of a graded test cell: tells the student whether the answer is saved."""

from __future__ import annotations

from ._base import Exercise


def check(exercise: Exercise) -> None:
    """Print whether an exercise's answer is recorded (to stdout, never stderr)."""
    if exercise.answered:
        print(f"\u2714 {exercise.exercise_id}: your answer is saved. It is scored when your instructor grades the module.")
    else:
        print(f"{exercise.exercise_id}: not answered yet. Answer the exercise above, then save the notebook.")
