"""Reports from the gradebook: an LMS grade CSV, item analysis, competency outcomes, charts.

Files written to the output folder:

``grades.csv``                one row per student: names, one column per module, total (LMS import)
``score-distribution.png``    a histogram per module; numbers in ``score-distribution.csv``
``items.png``                 difficulty and discrimination per graded item; numbers in ``items.csv``
``competencies.png``          students at or above the benchmark per CSWE competency;
                              numbers in ``competency-summary.csv``
``competencies.csv``          each student's points and share per competency
``summary.txt``               the text summary that is also printed

Difficulty is the share of students with full marks on an item; discrimination is the
item-rest correlation (Pearson's r between the item's score and the rest of the
module's autograded score). Items are the autograded test cells, named by their
``powerwith.exercise`` metadata.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from . import _plots
from ._gradebook import ClassScores, read_class
from ._keys import grade_cell_meta, module_meta
from ._stats import describe, difficulty, histogram, item_rest
from .course import Course
from .outcomes import DEFAULT_BENCHMARK, competency_points, summarise, write_student_csv, write_summary_csv

LOW_DISCRIMINATION = 0.2


class ReportError(Exception):
    """Nothing to report, or the report cannot be written (a one-line message)."""


@dataclass
class ItemStat:
    """Difficulty and discrimination of one graded item."""

    assignment: str
    grade_id: str
    exercise: str
    kind: str
    points: float
    students: int
    full_marks: int
    mean_score: float | None
    discrimination: float | None

    @property
    def difficulty(self) -> float | None:
        """The share of students with full marks."""
        return self.full_marks / self.students if self.students else None


@dataclass
class Report:
    """What a report run wrote, and its text summary."""

    folder: Path
    files: dict[str, Path] = field(default_factory=dict)
    summary: str = ""


# --- gathering ------------------------------------------------------------------------------
def cell_metadata(course: Course, assignments: list[str]) -> tuple[dict[str, dict[str, dict]], dict[str, list[int]]]:
    """From source/: each assignment's grade cells' ``powerwith`` metadata (exercise, kind,
    cswe) by grade id, and each assignment's own ``cswe`` list."""
    cells: dict[str, dict[str, dict]] = {}
    modules: dict[str, list[int]] = {}
    for assignment in assignments:
        cells[assignment] = {}
        for path in course.source_notebooks(assignment):
            try:
                nb = nbformat.read(path, as_version=4)
            except Exception:
                continue  # an unreadable source notebook: its items fall back to their grade ids
            cells[assignment].update(grade_cell_meta(nb))
            modules.setdefault(assignment, [int(c) for c in module_meta(nb).get("cswe", [])])
    return cells, modules


def item_statistics(scores: ClassScores, metadata: dict[str, dict[str, dict]]) -> list[ItemStat]:
    """Difficulty and item-rest discrimination of every autograded item, module by module."""
    stats = []
    for assignment in scores.assignments:
        submissions = [s for (_, a), s in sorted(scores.submissions.items()) if a == assignment]
        columns: dict[str, list[float]] = {}
        points: dict[str, float] = {}
        for submission in submissions:
            for cell in submission.cells:
                if cell.autograded:
                    columns.setdefault(cell.grade_id, []).append(cell.score)
                    points[cell.grade_id] = cell.max_score
        complete = {name: values for name, values in columns.items() if len(values) == len(submissions)}
        rest = item_rest(complete)
        for grade_id, values in columns.items():
            meta = metadata.get(assignment, {}).get(grade_id, {})
            share = difficulty(values, points[grade_id])
            stats.append(ItemStat(
                assignment=assignment, grade_id=grade_id, exercise=meta.get("exercise", grade_id),
                kind=meta.get("kind", ""), points=points[grade_id], students=len(values),
                full_marks=round((share or 0) * len(values)),
                mean_score=sum(values) / len(values) if values else None, discrimination=rest.get(grade_id)))
    return stats


# --- writing --------------------------------------------------------------------------------
def _number(value: float | None, digits: int = 3) -> str:
    if value is None:
        return ""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def write_grades_csv(scores: ClassScores, path: Path) -> Path:
    """The LMS CSV: one row per student, one column per module (blank: not submitted), a total."""
    assignments = list(scores.assignments)
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["student_id", "last_name", "first_name", "email", *assignments, "total"])
        for student in scores.students:
            row, total = [], 0.0
            for assignment in assignments:
                submission = scores.submission(student.id, assignment)
                row.append("" if submission is None else _number(submission.score))
                total += submission.score if submission else 0.0
            writer.writerow([student.id, student.last_name, student.first_name, student.email, *row, _number(total)])
    return path


def write_items_csv(stats: list[ItemStat], path: Path) -> Path:
    """``items.csv``: the numbers behind ``items.png``."""
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["module", "item", "grade_id", "kind", "points", "students", "full_marks",
                         "difficulty", "mean_score", "discrimination"])
        for s in stats:
            writer.writerow([s.assignment, s.exercise, s.grade_id, s.kind, _number(s.points), s.students,
                             s.full_marks, _number(s.difficulty, 4), _number(s.mean_score, 4),
                             _number(s.discrimination, 4)])
    return path


def _distribution(scores: ClassScores) -> list[tuple[str, float, list[tuple[float, float, int]]]]:
    found = []
    for assignment, possible in scores.assignments.items():
        values = [s.score for (_, a), s in scores.submissions.items() if a == assignment]
        found.append((assignment, possible, histogram(values, possible or 1.0)))
    return found


def write_distribution_csv(modules: list[tuple[str, float, list[tuple[float, float, int]]]], path: Path) -> Path:
    """``score-distribution.csv``: students per one-point score band, per module."""
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["module", "points_possible", "score_from", "score_to", "students"])
        for name, possible, bins in modules:
            for low, high, count in bins:
                writer.writerow([name, _number(possible), _number(low), _number(high), count])
    return path


def build_report(course: Course, out: str | Path | None = None, *, benchmark: float = DEFAULT_BENCHMARK) -> Report:
    """Read the course's gradebook and write every report file into ``out``
    (default: ``reports/`` in the course folder)."""
    if not 0 < benchmark <= 100:
        raise ReportError("the benchmark must be a percentage above 0 and at most 100")
    scores = read_class(course.db_url, course.course_id)
    if not scores.assignments:
        raise ReportError("the gradebook has no assignments yet (run nbgrader generate_assignment first)")
    if not scores.submissions:
        raise ReportError("the gradebook has no submissions yet (run powerwith grade first)")
    folder = Path(out) if out else course.root / "reports"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ReportError(f"cannot write reports to {folder}: {error.strerror}") from None
    metadata, module_cswe = cell_metadata(course, list(scores.assignments))
    report = Report(folder=folder.resolve())
    files = report.files

    files["grades"] = write_grades_csv(scores, folder / "grades.csv")
    modules = _distribution(scores)
    files["distribution"] = _plots.score_distribution(folder / "score-distribution.png", modules)
    files["distribution-csv"] = write_distribution_csv(modules, folder / "score-distribution.csv")

    stats = item_statistics(scores, metadata)
    files["items"] = _plots.item_chart(folder / "items.png", [s.exercise for s in stats],
                                       [s.difficulty for s in stats], [s.discrimination for s in stats],
                                       low_discrimination=LOW_DISCRIMINATION)
    files["items-csv"] = write_items_csv(stats, folder / "items.csv")

    cswe = {a: {grade_id: meta.get("cswe", []) for grade_id, meta in cells.items()} for a, cells in metadata.items()}
    rows = competency_points(scores, cswe, module_cswe)
    summaries = summarise(rows, benchmark)
    files["competencies"] = write_student_csv(rows, folder / "competencies.csv", benchmark)
    files["competency-summary"] = write_summary_csv(summaries, folder / "competency-summary.csv", benchmark)
    files["competency-chart"] = _plots.competency_chart(
        folder / "competencies.png", [f"{s.competency}. {s.name}" for s in summaries],
        [s.share_at_benchmark for s in summaries], [f"{s.at_benchmark} of {s.assessed}" for s in summaries],
        benchmark)

    report.summary = summary_text(scores, stats, summaries, benchmark, report)
    files["summary"] = folder / "summary.txt"
    files["summary"].write_text(report.summary + "\n", encoding="utf-8")
    return report


def summary_text(scores: ClassScores, stats: list[ItemStat], summaries: list, benchmark: float,
                 report: Report) -> str:
    """A short account of the class, for the terminal and ``summary.txt``."""
    submitted = {student for student, _ in scores.submissions}
    lines = [f"{len(scores.students)} student(s) in the gradebook, {len(submitted)} with a submission; "
             f"{len(scores.assignments)} module(s)."]
    for assignment, possible in scores.assignments.items():
        subs = [s for (_, a), s in scores.submissions.items() if a == assignment]
        d = describe([s.score for s in subs])
        waiting = sum(1 for s in subs if s.needs_manual_grade)
        if not d["n"]:
            lines.append(f"  {assignment} ({possible:g} points): no submissions")
            continue
        lines.append(f"  {assignment} ({possible:g} points): {d['n']} submitted, mean {d['mean']:.1f}, "
                     f"median {d['median']:.1f}, range {d['min']:g} to {d['max']:g}"
                     + (f"; {waiting} still need manual grading" if waiting else ""))
    rated = [s for s in stats if s.difficulty is not None]
    if rated:
        hardest = min(rated, key=lambda s: s.difficulty)
        lines.append(f"Hardest item: {hardest.exercise} ({hardest.difficulty:.0%} with full marks).")
    weak = [s.exercise for s in stats if s.discrimination is not None and s.discrimination < LOW_DISCRIMINATION]
    if weak:
        lines.append(f"Items that separate stronger from weaker students poorly (r < {LOW_DISCRIMINATION:g}): "
                     f"{', '.join(weak)}.")
    if summaries:
        lines.append(f"Competencies, share of students at or above {benchmark:g}%:")
        for s in summaries:
            share = "n/a" if s.share_at_benchmark is None else f"{s.share_at_benchmark:.0%}"
            lines.append(f"  CSWE {s.competency} {s.name}: {share} ({s.at_benchmark} of {s.assessed})")
    lines.append(f"Files in {report.folder}:")
    for path in report.files.values():
        lines.append(f"  {path.name}")
    lines.append("  summary.txt (this summary)")
    return "\n".join(lines)
