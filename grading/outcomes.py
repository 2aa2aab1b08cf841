"""Competency outcomes: each student's share of points per CSWE 2022 competency.

Every graded cell serves the competencies in its ``powerwith.cswe`` metadata, or else
the module's. A student's share for a competency is the points earned over the points
possible, summed over the graded cells that serve it, in the modules the student
submitted. Cells still waiting for a manual grade (reflections not yet graded) are left
out of both sums until they are graded. A student meets the benchmark when the share is
at or above it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from ._gradebook import ClassScores

# CSWE Educational Policy and Accreditation Standards (2022), the nine competencies.
CSWE_2022 = {
    1: "Demonstrate Ethical and Professional Behavior",
    2: "Advance Human Rights and Social, Racial, Economic, and Environmental Justice",
    3: "Engage Anti-Racism, Diversity, Equity, and Inclusion (ADEI) in Practice",
    4: "Engage in Practice-Informed Research and Research-Informed Practice",
    5: "Engage in Policy Practice",
    6: "Engage with Individuals, Families, Groups, Organizations, and Communities",
    7: "Assess Individuals, Families, Groups, Organizations, and Communities",
    8: "Intervene with Individuals, Families, Groups, Organizations, and Communities",
    9: "Evaluate Practice with Individuals, Families, Groups, Organizations, and Communities",
}
DEFAULT_BENCHMARK = 80.0  # percent
_EPSILON = 1e-9


@dataclass
class StudentCompetency:
    """One student's points on one competency."""

    student: str
    competency: int
    earned: float
    possible: float

    @property
    def share(self) -> float:
        """Points earned over points possible, from 0 to 1."""
        return self.earned / self.possible if self.possible else 0.0


@dataclass
class CompetencySummary:
    """How a class did on one competency."""

    competency: int
    name: str
    assessed: int  # students with points possible on it
    mean_share: float | None
    at_benchmark: int  # students at or above the benchmark

    @property
    def share_at_benchmark(self) -> float | None:
        """The share of assessed students at or above the benchmark, from 0 to 1."""
        return self.at_benchmark / self.assessed if self.assessed else None


def competency_points(scores: ClassScores, cell_cswe: dict[str, dict[str, list[int]]],
                      module_cswe: dict[str, list[int]] | None = None) -> list[StudentCompetency]:
    """Points earned and possible per student and competency.

    ``cell_cswe`` maps an assignment to its grade cells' competencies
    (``{"m01-foundations": {"m01-q1": [1, 6], ...}}``); a grade cell it does not list
    serves the module's competencies, from ``module_cswe`` (``{"m01-foundations": [1, 6]}``).
    Rows come in student, then competency order; a student has a row for each
    competency they were assessed on.
    """
    totals: dict[tuple[str, int], list[float]] = {}
    for (student, assignment), submission in scores.submissions.items():
        mapping = cell_cswe.get(assignment, {})
        default = (module_cswe or {}).get(assignment, [])
        for cell in submission.cells:
            if cell.needs_manual_grade:
                continue
            for competency in mapping.get(cell.grade_id, default):
                earned_possible = totals.setdefault((student, competency), [0.0, 0.0])
                earned_possible[0] += cell.score
                earned_possible[1] += cell.max_score
    return [StudentCompetency(student, competency, round(earned, 6), round(possible, 6))
            for (student, competency), (earned, possible) in sorted(totals.items())]


def meets(row: StudentCompetency, benchmark: float) -> bool:
    """Whether a student's share is at or above ``benchmark`` (a percentage)."""
    return row.possible > 0 and row.share * 100 >= benchmark - _EPSILON


def summarise(rows: list[StudentCompetency], benchmark: float = DEFAULT_BENCHMARK) -> list[CompetencySummary]:
    """Per competency: students assessed, their mean share, and how many meet the benchmark."""
    summaries = []
    for competency in sorted({row.competency for row in rows}):
        assessed = [row for row in rows if row.competency == competency and row.possible > 0]
        mean_share = sum(r.share for r in assessed) / len(assessed) if assessed else None
        summaries.append(CompetencySummary(
            competency=competency, name=CSWE_2022.get(competency, f"Competency {competency}"),
            assessed=len(assessed), mean_share=mean_share,
            at_benchmark=sum(1 for row in assessed if meets(row, benchmark))))
    return summaries


def write_student_csv(rows: list[StudentCompetency], path: Path, benchmark: float = DEFAULT_BENCHMARK) -> Path:
    """``competencies.csv``: one row per student and competency."""
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["student_id", "competency", "competency_name", "points_earned", "points_possible",
                         "share_percent", f"meets_{benchmark:g}_percent"])
        for row in rows:
            writer.writerow([row.student, row.competency, CSWE_2022.get(row.competency, ""), _number(row.earned),
                             _number(row.possible), f"{row.share * 100:.1f}", "yes" if meets(row, benchmark) else "no"])
    return path


def write_summary_csv(summaries: list[CompetencySummary], path: Path, benchmark: float = DEFAULT_BENCHMARK) -> Path:
    """``competency-summary.csv``: one row per competency (the text version of the chart)."""
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["competency", "competency_name", "students_assessed", "mean_share_percent",
                         "students_at_or_above_benchmark", "share_at_or_above_benchmark_percent", "benchmark_percent"])
        for s in summaries:
            writer.writerow([s.competency, s.name, s.assessed,
                             "" if s.mean_share is None else f"{s.mean_share * 100:.1f}", s.at_benchmark,
                             "" if s.share_at_benchmark is None else f"{s.share_at_benchmark * 100:.1f}",
                             f"{benchmark:g}"])
    return path


def _number(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"
