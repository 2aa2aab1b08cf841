"""Competency outcomes (powerwith.grading.outcomes), on classes small enough to check by hand."""

from __future__ import annotations

import csv

import pytest

from powerwith.grading._gradebook import CellScore, ClassScores, Student, SubmissionScores
from powerwith.grading.outcomes import CSWE_2022, competency_points, meets, summarise, write_student_csv


def _submission(student: str, assignment: str, cells: list[tuple[str, float, float, bool]]) -> SubmissionScores:
    graded = [CellScore(assignment, grade_id, score, points, True, pending) for grade_id, score, points, pending in cells]
    return SubmissionScores(student, assignment, sum(c.score for c in graded), sum(c.max_score for c in graded),
                            any(c.needs_manual_grade for c in graded), graded)


@pytest.fixture
def scores() -> ClassScores:
    # m1 items: x (2 pts, competencies 1 and 4), y (1 pt, competency 4 only), r (3 pts, module default [1])
    return ClassScores(
        assignments={"m1": 6.0},
        students=[Student("p"), Student("q"), Student("r")],
        submissions={
            ("p", "m1"): _submission("p", "m1", [("x", 2, 2, False), ("y", 0, 1, False), ("r", 2.5, 3, False)]),
            ("q", "m1"): _submission("q", "m1", [("x", 1, 2, False), ("y", 1, 1, False), ("r", 0, 3, True)]),
        })


def test_points_per_competency(scores):
    rows = competency_points(scores, {"m1": {"x": [1, 4], "y": [4]}}, {"m1": [1]})
    got = {(r.student, r.competency): (r.earned, r.possible) for r in rows}
    # p: competency 1 = x + r = (2 + 2.5) of (2 + 3); competency 4 = x + y = 2 of 3
    # q: r waits for a manual grade, so competency 1 = x alone = 1 of 2; competency 4 = 2 of 3
    assert got == {("p", 1): (4.5, 5), ("p", 4): (2, 3), ("q", 1): (1, 2), ("q", 4): (2, 3)}
    assert [(r.student, r.competency) for r in rows] == sorted(got)  # student, then competency order


def test_benchmark_is_inclusive_and_summary_counts(scores):
    rows = competency_points(scores, {"m1": {"x": [1, 4], "y": [4]}}, {"m1": [1]})
    shares = {(r.student, r.competency): r.share for r in rows}
    assert shares[("p", 1)] == pytest.approx(0.9) and shares[("q", 1)] == pytest.approx(0.5)
    summary = {s.competency: s for s in summarise(rows, benchmark=90)}
    assert (summary[1].assessed, summary[1].at_benchmark) == (2, 1)  # p's 90% meets a 90% benchmark
    assert summary[1].mean_share == pytest.approx(0.7)
    assert summary[4].at_benchmark == 0 and summary[4].share_at_benchmark == 0
    assert summary[1].name == CSWE_2022[1]
    assert meets(rows[0], 90) and not meets(rows[0], 90.01)


def test_student_without_submissions_is_not_assessed(scores):
    rows = competency_points(scores, {}, {"m1": [7]})
    assert {r.student for r in rows} == {"p", "q"}
    assert summarise(rows)[0].assessed == 2


def test_student_csv(scores, tmp_path):
    rows = competency_points(scores, {"m1": {"x": [1, 4], "y": [4]}}, {"m1": [1]})
    path = write_student_csv(rows, tmp_path / "c.csv", benchmark=80)
    with path.open(newline="") as stream:
        written = list(csv.DictReader(stream))
    assert written[0] == {"student_id": "p", "competency": "1", "competency_name": CSWE_2022[1],
                          "points_earned": "4.5", "points_possible": "5", "share_percent": "90.0",
                          "meets_80_percent": "yes"}
    assert len(written) == 4
