"""The gradebook: opening it with a clear error, safe concurrent writes, and reading a class.

nbgrader opens its gradebook with ``create_engine(db_url)`` and nothing more, so SQLite
waits 5 s for a lock before it fails. Parallel grading gives every worker a URL with a
longer busy timeout (:func:`with_busy_timeout`); SQLite's own locking and journal keep
each commit atomic, also when a process is stopped half-way.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

BUSY_TIMEOUT = 60  # seconds a writer waits for another to finish


class GradebookError(Exception):
    """The gradebook cannot be opened or read (a one-line message)."""


def shown_url(url: str) -> str:
    """The URL as it may be printed: any password hidden."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unreadable database URL>"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (``None`` for other databases or in-memory SQLite)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def with_busy_timeout(url: str, seconds: float = BUSY_TIMEOUT) -> str:
    """A SQLite URL with pysqlite's ``timeout`` set (other URLs come back unchanged)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or "timeout" in parsed.query:
        return url
    return parsed.update_query_dict({"timeout": str(seconds)}).render_as_string(hide_password=False)


@contextlib.contextmanager
def open_gradebook(url: str, course_id: str, *, must_exist: bool = True) -> Iterator["object"]:
    """Open nbgrader's :class:`~nbgrader.api.Gradebook`, or raise :class:`GradebookError`.

    With ``must_exist`` a SQLite gradebook whose file is missing is an error, rather
    than a new empty gradebook.
    """
    from nbgrader.api import Gradebook

    try:
        path = sqlite_path(url)
    except Exception:
        raise GradebookError(f"cannot open the gradebook: {url!r} is not a database URL") from None
    if must_exist and path is not None and not path.is_file():
        raise GradebookError(f"no gradebook at {path} yet (run nbgrader generate_assignment first)")
    try:
        gradebook = Gradebook(url, course_id)
    except Exception as error:  # sqlalchemy/driver errors of every kind mean the same to the user
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        raise GradebookError(f"cannot open the gradebook {shown_url(url)}: {reason}") from None
    try:
        yield gradebook
    finally:
        gradebook.close()


def zero_submission(url: str, course_id: str, assignment: str, student: str) -> None:
    """Give every grade of a student's submission zero, as nbgrader does for a missing notebook.

    Creates the student and the submission if nbgrader did not get that far. Manual
    scores an instructor already gave are kept.
    """
    with open_gradebook(url, course_id) as gb:
        gb.update_or_create_student(student)
        submission = gb.update_or_create_submission(assignment, student)
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                grade.auto_score = 0.0
                grade.needs_manual_grade = False
        gb.db.commit()


# --- reading a whole class ------------------------------------------------------------
@dataclass
class CellScore:
    """One grade cell of one submission."""

    notebook: str
    grade_id: str
    score: float
    max_score: float
    autograded: bool  # a code test cell (not a manually graded answer)
    needs_manual_grade: bool


@dataclass
class SubmissionScores:
    """A student's submission of one assignment."""

    student: str
    assignment: str
    score: float
    max_score: float
    needs_manual_grade: bool
    cells: list[CellScore] = field(default_factory=list)


@dataclass
class Student:
    """A student in the gradebook."""

    id: str
    first_name: str = ""
    last_name: str = ""
    email: str = ""


@dataclass
class ClassScores:
    """Everything the reports need from the gradebook."""

    assignments: dict[str, float]  # name -> points possible, in due-date then name order
    students: list[Student]
    submissions: dict[tuple[str, str], SubmissionScores]  # (student, assignment) -> scores

    def submission(self, student: str, assignment: str) -> SubmissionScores | None:
        """A student's submission of an assignment, if any."""
        return self.submissions.get((student, assignment))


def read_class(url: str, course_id: str) -> ClassScores:
    """Read every assignment, student and grade cell from the gradebook."""
    with open_gradebook(url, course_id) as gb:
        try:
            assignments = sorted(gb.assignments, key=lambda a: (a.duedate is None, a.duedate, a.name))
            students = [Student(s.id, s.first_name or "", s.last_name or "", s.email or "")
                        for s in sorted(gb.students, key=lambda s: s.id)]
            possible = {a.name: float(a.max_score or 0) for a in assignments}
            submissions: dict[tuple[str, str], SubmissionScores] = {}
            for assignment in assignments:
                for submitted in assignment.submissions:
                    scores = SubmissionScores(
                        student=submitted.student.id, assignment=assignment.name,
                        score=float(submitted.score or 0), max_score=float(submitted.max_score or 0),
                        needs_manual_grade=bool(submitted.needs_manual_grade))
                    for notebook in submitted.notebooks:
                        for grade in notebook.grades:
                            scores.cells.append(CellScore(
                                notebook=notebook.name, grade_id=grade.name, score=float(grade.score or 0),
                                max_score=float(grade.max_score or 0), autograded=grade.cell.cell_type == "code",
                                needs_manual_grade=bool(grade.needs_manual_grade)))
                    submissions[(scores.student, assignment.name)] = scores
        except Exception as error:
            reason = str(getattr(error, "orig", None) or error).splitlines()[0]
            raise GradebookError(f"cannot read the gradebook {shown_url(url)}: {reason}") from None
    return ClassScores(assignments=possible, students=students, submissions=submissions)
