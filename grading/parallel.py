"""Parallel autograde: nbgrader's own autograde, run by long-lived worker processes.

``nbgrader autograde`` grades one notebook at a time and pays its start-up (about 2.5 s)
once. Starting it once per student would pay that start-up every time; instead each
worker (:mod:`powerwith.grading._worker`) starts nbgrader once and grades the students
the parent hands it, one at a time, so the grades are nbgrader's own.

What the parent adds:

* A submission that crashes the kernel, runs past the time limit or is not a valid
  notebook scores zero (every grade cell, as nbgrader does for a missing notebook), is
  reported in one line, and the batch goes on. A worker that hangs past the time limit
  plus a grace period is killed and replaced.
* The SQLite gradebook is shared through a busy timeout (writers wait their turn);
  every write is one of nbgrader's own transactions, so it is never half-done.
* Ctrl-C stops handing out students and lets the ones in progress finish; a second
  Ctrl-C stops at once, and the students in progress are left ungraded (no autograded
  folder), so running the same command again grades exactly what is left.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ._gradebook import open_gradebook, with_busy_timeout
from ._pool import Pool
from ._worker import FAILED, GRADED, SKIPPED, WorkerSettings
from .course import Course, assignments_in_source

__all__ = ["FAILED", "GRADED", "SKIPPED", "GradeRun", "GradingError", "default_jobs", "grade_assignment",
           "submitted_students", "check_assignment"]

LOG_NAME = "powerwith-grade.log"


class GradingError(Exception):
    """A problem the instructor can fix before grading (a one-line message)."""


@dataclass
class GradeRun:
    """What a grading run did."""

    assignment: str
    jobs: int
    graded: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # student -> one-line reason
    skipped: list[str] = field(default_factory=list)  # already graded (nbgrader's rule; --force regrades)
    not_graded: list[str] = field(default_factory=list)  # left when interrupted
    interrupted: bool = False
    seconds: float = 0.0
    log_path: Path | None = None


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def submitted_students(course: Course, assignment: str) -> list[str]:
    """Every student with a submission folder for ``assignment``, in id order."""
    import glob

    coursedir = course.coursedir
    pattern = coursedir.format_path(coursedir.submitted_directory, "*", assignment)
    regexp = re.compile(coursedir.format_path(coursedir.submitted_directory, "(?P<student_id>[^/\\\\]+)",
                                              re.escape(assignment), escape=True) + "$")
    found = []
    for path in glob.glob(pattern):
        match = regexp.match(path)
        if match and os.path.isdir(path):
            found.append(match.group("student_id"))
    return sorted(found)


def check_assignment(course: Course, assignment: str) -> None:
    """Raise :class:`GradingError` unless the gradebook knows ``assignment``.

    A gradebook that cannot be opened raises :class:`GradebookError`.
    """
    in_source = assignments_in_source(course)
    if assignment not in in_source:
        raise GradingError(f"unknown assignment {assignment!r} (assignments in source/: {', '.join(in_source) or 'none'})")
    with open_gradebook(course.db_url, course.course_id) as gb:
        known = {a.name for a in gb.assignments}
    if assignment not in known:
        raise GradingError(f"{assignment} is not in the gradebook yet: run nbgrader generate_assignment {assignment}")


def grade_assignment(
    course: Course,
    assignment: str,
    *,
    jobs: int | None = None,
    time_limit: float = 120.0,
    force: bool = False,
    students: list[str] | None = None,
    on_result: Callable[[str, str, str], None] | None = None,
    on_note: Callable[[str], None] | None = None,
) -> GradeRun:
    """Autograde every submitted student of ``assignment`` with ``jobs`` worker processes.

    ``time_limit`` bounds each submission's run, in seconds. ``force`` regrades students
    already graded (as ``nbgrader autograde --force``). ``students`` limits the run to
    some student ids. ``on_result(student, status, reason)`` is called as each student
    finishes (status ``graded``, ``failed`` or ``skipped``); ``on_note(text)`` for news
    such as an interruption.
    """
    if time_limit <= 0:
        raise GradingError("the time limit must be more than 0 seconds")
    check_assignment(course, assignment)
    available = submitted_students(course, assignment)
    if students:
        missing = sorted(set(students) - set(available))
        if missing:
            raise GradingError(f"no submission of {assignment} from: {', '.join(missing)}")
        todo = [s for s in available if s in set(students)]
    else:
        todo = available
    if not todo:
        folder = course.coursedir.format_path(course.coursedir.submitted_directory, "*", assignment)
        raise GradingError(f"no submissions of {assignment} to grade (looked in {folder})")
    jobs = max(1, min(jobs or default_jobs(), len(todo)))
    log_path = course.root / LOG_NAME
    log_path.write_text("")
    settings = WorkerSettings(root=str(course.root), assignment=assignment,
                              db_url=with_busy_timeout(course.db_url), course_id=course.course_id,
                              time_limit=float(time_limit), force=force, log_path=str(log_path))
    run = GradeRun(assignment=assignment, jobs=jobs, log_path=log_path)
    started = time.monotonic()
    Pool(course, settings, run, todo, on_result or (lambda *a: None), on_note or (lambda text: None)).run(jobs)
    run.seconds = round(time.monotonic() - started, 2)
    return run
