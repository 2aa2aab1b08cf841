"""A grading worker: one long-lived process that starts nbgrader once and grades many students.

The worker loads the course's configuration exactly as ``nbgrader autograde`` does
(nbgrader's own ``AutogradeApp``), then, for each student id it receives, runs nbgrader's
``Autograde`` converter for that student alone. Paying nbgrader's start-up once per
worker, not once per student, is what makes parallel grading pay off.

Messages to the parent (a queue of tuples):
``("ready", slot)``, ``("fatal", slot, message)`` and
``("done", slot, student, status, reason, seconds)`` with status ``graded``,
``failed`` or ``skipped``.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from dataclasses import dataclass
from typing import Any

FAILED, GRADED, SKIPPED = "failed", "graded", "skipped"


@dataclass(frozen=True)
class WorkerSettings:
    """What a worker needs; plain values, so it crosses the process boundary."""

    root: str
    assignment: str
    db_url: str
    course_id: str
    time_limit: float
    force: bool
    log_path: str


def serve(settings: WorkerSettings, slot: int, inbox: Any, outbox: Any) -> None:
    """The worker's main loop: grade each student id from ``inbox`` until ``None`` arrives."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C means
    _log_to(settings.log_path)
    try:
        grader = _Grader(settings)
    except BaseException as error:  # report anything: the parent must not wait forever
        outbox.put(("fatal", slot, f"nbgrader could not start: {type(error).__name__}: {error}"))
        return
    outbox.put(("ready", slot))
    while True:
        student = inbox.get()
        if student is None:
            return
        started = time.monotonic()
        status, reason = grader.grade(student)
        outbox.put(("done", slot, student, status, reason, round(time.monotonic() - started, 3)))


def _log_to(path: str) -> None:
    """Send this process's output, and its kernels' (they inherit it), to the grading log."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(handle, 1)
    os.dup2(handle, 2)
    os.close(handle)


class _Grader:
    """nbgrader's autograde app, started once, graded one student at a time."""

    def __init__(self, settings: WorkerSettings) -> None:
        from nbgrader.apps.autogradeapp import AutogradeApp
        from nbgrader.converters import Autograde
        from nbgrader.preprocessors import Execute

        from ._execute import DeadlineExecute

        self.settings = settings
        self.expired = False
        os.chdir(settings.root)
        self.app = AutogradeApp()
        self.app.initialize([])
        self.app.log.setLevel(logging.WARNING)
        self.app.coursedir.assignment_id = settings.assignment
        self.app.coursedir.db_url = settings.db_url
        # One instance of the deadline step, used for every student (nbconvert accepts a
        # preprocessor instance in place of a class); nbgrader's own steps stay classes.
        self.deadline = DeadlineExecute(parent=self.app, time_limit=settings.time_limit,
                                        on_expire=self._mark_expired)
        # Every output is in once the last cell has finished, so the kernel can be stopped at
        # once rather than asked to shut down: no grade changes, and each notebook costs
        # about 0.3 s less time and CPU.
        self.deadline.shutdown_kernel = "immediate"
        probe = Autograde(coursedir=self.app.coursedir, parent=self.app)
        self.preprocessors = [self.deadline if step in (Execute, "nbgrader.preprocessors.Execute") else step
                              for step in probe.autograde_preprocessors]
        self.converter_class = _converter_class(Autograde)

    def _mark_expired(self) -> None:
        self.expired = True

    def grade(self, student: str) -> tuple[str, str]:
        """Autograde one student; returns (status, one-line reason for a failure)."""
        from nbgrader.converters import NbGraderException

        self.expired = False
        print(f"--- grading {student}", file=sys.stderr, flush=True)
        self.app.coursedir.student_id = student
        converter = self.converter_class(coursedir=self.app.coursedir, parent=self.app)
        converter.force = converter.force or self.settings.force
        converter.autograde_preprocessors = self.preprocessors
        raised: BaseException | None = None
        try:
            converter.start()
        except NbGraderException as error:
            raised = error
        except Exception as error:  # nbgrader lets some errors through: one student must not stop the batch
            raised = error
            converter.failure = converter.failure or error
        if raised is None and not converter.processed:
            return SKIPPED, ""
        reason = self._failure_reason(converter, student, raised)
        if reason is None:
            return GRADED, ""
        self._zero(student)
        return FAILED, reason

    def _failure_reason(self, converter: Any, student: str, raised: BaseException | None) -> str | None:
        if self.expired:
            return f"ran past the time limit of {self.settings.time_limit:g} s; its kernel was stopped"
        if converter.failure is not None:
            return _describe(converter.failure)
        if raised is not None:
            folder = self.app.coursedir.format_path(self.app.coursedir.submitted_directory, student,
                                                    self.settings.assignment)
            if not any(name.endswith(".ipynb") for name in os.listdir(folder)):
                return "the submission holds no notebook"
            message = str(raised).strip().splitlines()
            return f"nbgrader could not grade it: {message[0] if message else type(raised).__name__}"
        timed_out = _timed_out_cells(self.app.coursedir, self.settings.assignment, student)
        if timed_out:
            return f"a cell ran past nbgrader's per-cell timeout ({timed_out} cell(s) interrupted)"
        return None

    def _zero(self, student: str) -> None:
        from ._gradebook import zero_submission

        try:
            zero_submission(self.settings.db_url, self.settings.course_id, self.settings.assignment, student)
        except Exception as error:  # leave the student ungraded, and say so in the log
            print(f"could not record zero for {student}: {error}", file=sys.stderr)


def _converter_class(autograde: type) -> type:
    """nbgrader's Autograde, noting whether it processed the student and why it failed."""

    class TrackedAutograde(autograde):
        processed = False
        failure: BaseException | None = None

        def init_destination(self, assignment_id: str, student_id: str) -> bool:
            self.processed = super().init_destination(assignment_id, student_id)
            return self.processed

        def convert_single_notebook(self, notebook_filename: str) -> None:
            try:
                super().convert_single_notebook(notebook_filename)
            except BaseException as error:
                self.failure = error
                raise

    return TrackedAutograde


def _describe(error: BaseException) -> str:
    """One line on why a notebook could not be graded."""
    name = type(error).__name__
    if name == "DeadKernelError":
        return "the kernel died while running the notebook (e.g. it calls os._exit, or ran out of memory)"
    if name in ("NotJSONError", "JSONDecodeError") or isinstance(error, UnicodeDecodeError):
        return "the notebook is malformed: it is not valid notebook JSON"
    if name in ("ValidationError", "SchemaTooOldError", "SchemaTooNewError"):
        return f"the notebook is malformed ({name}: {str(error).splitlines()[0] if str(error) else ''})".rstrip()
    message = str(error).strip().splitlines()
    return f"{name}: {message[0]}" if message else name


def _timed_out_cells(coursedir: Any, assignment: str, student: str) -> int:
    """How many cells of the graded notebooks nbgrader interrupted at its per-cell timeout."""
    import glob

    import nbformat

    folder = coursedir.format_path(coursedir.autograded_directory, student, assignment)
    count = 0
    for path in glob.glob(os.path.join(folder, "*.ipynb")):
        try:
            nb = nbformat.read(path, as_version=4)
        except Exception:
            continue
        for cell in nb.cells:
            if any(o.get("output_type") == "error" and o.get("ename") == "CellTimeoutError"
                   for o in cell.get("outputs", [])):
                count += 1
    return count
