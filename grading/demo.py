"""The one-command tour for a new instructor: a course, a synthetic class, grades, audit, reports.

``run_demo(folder)`` builds ``folder/course`` (an nbgrader course from the installed
modules), releases one module, submits it for a class of synthetic students (strong,
middling and weak students, blank submissions, one corrupt answer file, one
notebook-only upload), grades it with the parallel grader, audits it and writes the
reports into ``folder/reports``. Reflections are left unanswered: they are graded by
hand in formgrader.
"""

from __future__ import annotations

import json
import logging
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import nbformat

from ._gradebook import open_gradebook
from ._keys import graded_items
from ._synthetic import SyntheticStudent, roster, write_submission
from .audit import as_data, as_text, audit_assignment
from .course import Course, init_course, load_course
from .parallel import GradeRun, grade_assignment
from .report import Report, build_report

DEFAULT_MODULE = "m01-foundations"


class DemoError(Exception):
    """The demo cannot run (a one-line message)."""


@dataclass
class Demo:
    """What the demo made, and where."""

    folder: Path
    course: Path
    students: list[SyntheticStudent] = field(default_factory=list)
    grading: GradeRun | None = None
    audit_text: Path | None = None
    audit_json: Path | None = None
    flagged: int = 0
    report: Report | None = None


def release(course: Course, module: str) -> Path:
    """Generate the student copy of ``module`` with nbgrader; returns the released notebook."""
    from nbgrader.apps import NbGraderAPI

    api = NbGraderAPI(coursedir=course.coursedir, config=course.config)
    api.log.setLevel(logging.WARNING)
    result = api.generate_assignment(module, force=True)
    if not result.get("success"):
        raise DemoError(f"nbgrader could not generate {module}: {(result.get('error') or result.get('log') or '')[-300:]}")
    return Path(course.coursedir.format_path(course.coursedir.release_directory, ".", module)) / f"{module}.ipynb"


def submit_class(course: Course, module: str, students: list[SyntheticStudent], *, seed: int) -> None:
    """Put each synthetic student in the gradebook (with a name) and place their submission."""
    items = graded_items(nbformat.read(course.source_notebooks(module)[0], as_version=4))
    notebook = Path(course.coursedir.format_path(course.coursedir.release_directory, ".", module)) / f"{module}.ipynb"
    rng = random.Random(seed)
    with open_gradebook(course.db_url, course.course_id) as gb:
        for student in students:
            gb.update_or_create_student(student.id, first_name=student.first_name, last_name=student.last_name)
    for student in students:
        folder = Path(course.coursedir.format_path(course.coursedir.submitted_directory, student.id, module))
        write_submission(folder, notebook, student, items, rng)


def run_demo(
    folder: str | Path,
    *,
    students: int = 40,
    module: str = DEFAULT_MODULE,
    jobs: int | None = None,
    seed: int = 2024,
    on_step: Callable[[str], None] | None = None,
    on_result: Callable[[str, str, str], None] | None = None,
) -> Demo:
    """Build the course, the class, the grades, the audit and the reports in ``folder``."""
    say = on_step or (lambda text: None)
    root = Path(folder).resolve()
    if students < 1:
        raise DemoError("the demo needs at least one student")
    if (root / "course").exists() and any((root / "course").iterdir()):
        raise DemoError(f"{root / 'course'} already exists: choose an empty folder for the demo")
    say(f"Building the course in {root / 'course'} ...")
    try:
        init_course(root / "course", course_id="powerwith-demo", modules=[module])
    except FileExistsError as error:
        raise DemoError(str(error)) from None
    course = load_course(root / "course")
    if not course.source_notebooks(module):
        raise DemoError(f"no module named {module!r} is installed")
    demo = Demo(folder=root, course=course.root)

    say(f"Releasing {module} with nbgrader generate_assignment ...")
    release(course, module)
    demo.students = roster(students, seed=seed)
    say(f"Submitting it for {students} synthetic students ...")
    submit_class(course, module, demo.students, seed=seed)

    say("Grading in parallel (powerwith grade) ...")
    demo.grading = grade_assignment(course, module, jobs=jobs, on_result=on_result)
    if demo.grading.interrupted:
        raise KeyboardInterrupt  # Ctrl-C while grading: stop the tour there

    say("Auditing the submissions (powerwith audit) ...")
    audits = audit_assignment(course, module)
    demo.flagged = sum(1 for audit in audits if audit.flags)
    demo.audit_text = root / "audit.txt"
    demo.audit_text.write_text(as_text(audits) + "\n", encoding="utf-8")
    demo.audit_json = root / "audit.json"
    demo.audit_json.write_text(json.dumps(as_data(audits), indent=1) + "\n", encoding="utf-8")

    say("Writing the reports (powerwith report) ...")
    demo.report = build_report(course, root / "reports")
    return demo


def where(demo: Demo) -> str:
    """Where each file of the demo is, one line each."""
    profiles: dict[str, int] = {}
    for student in demo.students:
        profiles[student.profile] = profiles.get(student.profile, 0) + 1
    grading = demo.grading
    lines = [f"The demo is in {demo.folder}",
             f"Class: {', '.join(f'{n} {p}' for p, n in sorted(profiles.items()))}."]
    if grading is not None:
        lines.append(f"Graded {len(grading.graded)} submission(s) in {grading.seconds:.0f} s with {grading.jobs} "
                     f"worker(s); {len(grading.failed)} could not be graded (scored 0).")
    lines.append(f"  {demo.course}  the nbgrader course (cd there: jupyter lab for formgrader, powerwith report, ...)")
    lines.append(f"  {demo.audit_text}  the audit: {demo.flagged} submission(s) flagged")
    lines.append(f"  {demo.audit_json}  the same audit as JSON")
    if demo.report is not None:
        descriptions = {
            "grades": "grades for the LMS: one row per student, one column per module, a total",
            "distribution": "score distribution per module (numbers: score-distribution.csv)",
            "items": "item difficulty and discrimination (numbers: items.csv)",
            "competencies": "each student's share of points per CSWE competency",
            "competency-summary": "students at or above the benchmark per competency",
            "competency-chart": "the same as a chart",
            "summary": "the text summary",
        }
        for key, text in descriptions.items():
            if key in demo.report.files:
                lines.append(f"  {demo.report.files[key]}  {text}")
    return "\n".join(lines)
