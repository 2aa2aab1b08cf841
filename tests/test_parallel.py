"""``powerwith grade``: parallel autograde gives nbgrader's own grades, survives bad submissions and Ctrl-C.

One released course (module 1) gets the same submissions twice: ``plain`` is graded by
``nbgrader autograde``, ``parallel`` by ``powerwith grade --jobs 2``. The parallel course
also holds three submissions nbgrader cannot grade: one crashes the kernel, one loops
forever, one is not valid JSON.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

import support
from course_helpers import (CORRUPT, SLUG, answers_text, grade_table, partial_answers, perfect_answers, powerwith,
                            released_course, student_notebook)
from powerwith.grading.course import init_course

pytestmark = pytest.mark.pipeline

NORMAL = ["perfect", "partial", "blank", "corrupt", "tampered"]
BROKEN = {"crash": "kernel died", "loop": "time limit", "malformed": "malformed"}
# Writes to stderr before every later cell runs: nbgrader then scores each test cell 0.
STDERR_HOOK = ("import sys\nget_ipython().events.register('pre_run_cell', "
               "lambda info: sys.stderr.write('noise\\n'))")


@dataclass
class Classes:
    plain: Path
    parallel: Path
    interrupted: Path
    run: subprocess.CompletedProcess


def submit_normal(course: Path) -> None:
    """Five students whose submissions nbgrader grades normally."""
    folder = course / "submitted"
    support.submit(course, SLUG, "perfect", answers_text(perfect_answers()))
    support.submit(course, SLUG, "partial", answers_text(partial_answers()))
    support.submit(course, SLUG, "blank", None)
    support.submit(course, SLUG, "corrupt", CORRUPT)
    tampered = student_notebook(course, folder / "tampered" / SLUG / f"{SLUG}.ipynb", insert={2: STDERR_HOOK},
                                edit={"m01-setup": "# I changed this locked cell\n"})
    (tampered.parent / f"{SLUG}.answers.json").write_text(answers_text(perfect_answers()))


def submit_broken(course: Path) -> None:
    """Three submissions nbgrader cannot grade."""
    folder = course / "submitted"
    student_notebook(course, folder / "crash" / SLUG / f"{SLUG}.ipynb", insert={2: "import os\nos._exit(1)"})
    student_notebook(course, folder / "loop" / SLUG / f"{SLUG}.ipynb", insert={2: "while True:\n    pass"})
    (folder / "malformed" / SLUG).mkdir(parents=True)
    (folder / "malformed" / SLUG / f"{SLUG}.ipynb").write_text('{"cells": [ this is not JSON')


@pytest.fixture(scope="module")
def classes(tmp_path_factory) -> Classes:
    root = tmp_path_factory.mktemp("parallel")
    plain = released_course(root / "plain")
    submit_normal(plain)
    parallel = Path(shutil.copytree(plain, root / "parallel"))
    interrupted = Path(shutil.copytree(plain, root / "interrupted"))
    submit_broken(parallel)
    support.nbgrader(plain, "autograde", SLUG)
    run = powerwith("grade", SLUG, "--jobs", "2", "--timeout", "15", cwd=parallel)
    return Classes(plain, parallel, interrupted, run)


def test_batch_completes_and_reports_each_failure_in_one_line(classes):
    run = classes.run
    assert run.returncode == 1, run.stdout + run.stderr
    failures = [line for line in run.stderr.splitlines() if line.startswith("FAILED")]
    assert len(failures) == len(BROKEN), run.stderr
    for student, reason in BROKEN.items():
        assert any(line.startswith(f"FAILED {student}:") and reason in line for line in failures), failures
    assert "graded 5, failed 3" in run.stdout


def test_grades_equal_nbgrader_autograde(classes):
    plain = grade_table(classes.plain)
    parallel = grade_table(classes.parallel)
    assert sorted(plain) == sorted(NORMAL)
    for student in NORMAL:
        assert parallel[student] == plain[student], student
    autograded = {g: s for g, s in parallel["perfect"].items() if not g.endswith("reflection")}
    assert sum(score for *_, score in autograded.values()) == pytest.approx(10)
    # the stderr hook made nbgrader score every test cell after it 0, the same in both runs
    assert sum(score for *_, score in parallel["tampered"].values()) == 0


def test_failed_submissions_score_zero(classes):
    table = grade_table(classes.parallel)
    for student in BROKEN:
        assert table[student], student
        for grade_id, (auto, _manual, needs_manual, score) in table[student].items():
            assert (auto, needs_manual, score) == (0, False, 0), (student, grade_id)
        assert not (classes.parallel / "autograded" / student / SLUG / f"{SLUG}.ipynb").exists()


def test_gradebook_is_consistent(classes):
    with sqlite3.connect(classes.parallel / "gradebook.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_graded_students_are_skipped_unless_forced(classes):
    before = grade_table(classes.parallel)["perfect"]
    again = powerwith("grade", SLUG, "--student", "perfect", cwd=classes.parallel)
    assert again.returncode == 0, again.stderr
    assert "graded 0, failed 0, already graded 1" in again.stdout
    forced = powerwith("grade", SLUG, "--student", "perfect", "--force", "--jobs", "1", cwd=classes.parallel)
    assert forced.returncode == 0, forced.stderr
    assert "graded 1, failed 0" in forced.stdout
    assert grade_table(classes.parallel)["perfect"] == before


def _start(course: Path) -> subprocess.Popen:
    return subprocess.Popen([str(support.BIN / "powerwith"), "grade", SLUG, "--jobs", "2"], cwd=course,
                            env=support.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def _wait_for(condition, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.1)


def _graded(course: Path) -> set[str]:
    return {p.parent.parent.name for p in (course / "autograded").glob(f"*/{SLUG}/{SLUG}.ipynb")}


def _assert_consistent(course: Path) -> None:
    """Every student with an autograded notebook has a complete grade; SQLite is intact."""
    with sqlite3.connect(course / "gradebook.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    table = grade_table(course)
    for student in _graded(course):
        assert all(auto is not None for auto, *_ in table[student].values()), student


def test_ctrl_c_leaves_the_gradebook_consistent_and_a_rerun_finishes(classes):
    course = classes.interrupted
    # One Ctrl-C (sent to the whole process group, as a terminal does): finish what is running, stop.
    process = _start(course)
    _wait_for(lambda: _graded(course))
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=180)
    assert process.returncode == 130, out + err
    assert "Interrupted" in out
    first = _graded(course)
    assert 0 < len(first) < len(NORMAL)
    _assert_consistent(course)

    # Two Ctrl-Cs: stop at once; the students in progress are left ungraded.
    log = course / "powerwith-grade.log"
    log.unlink()  # the new run's log: a worker has started grading once a line appears
    process = _start(course)
    _wait_for(lambda: log.exists() and "--- grading" in log.read_text())
    os.killpg(process.pid, signal.SIGINT)
    time.sleep(0.3)
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=180)
    assert process.returncode == 130, out + err
    _assert_consistent(course)

    # Running again grades exactly what is left, and the grades are nbgrader's.
    final = powerwith("grade", SLUG, "--jobs", "2", cwd=course)
    assert final.returncode == 0, final.stdout + final.stderr
    assert _graded(course) == set(NORMAL)
    assert grade_table(course) == grade_table(classes.plain)


# --- bad input: one line, exit status 2 -------------------------------------------------------
def _one_line_error(result: subprocess.CompletedProcess, text: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and text in lines[0], result.stderr


def test_unknown_assignment(classes):
    _one_line_error(powerwith("grade", "m99-nothing", cwd=classes.parallel), "unknown assignment 'm99-nothing'")


def test_not_a_course(tmp_path):
    _one_line_error(powerwith("grade", SLUG, cwd=tmp_path), "is not an nbgrader course")


def test_gradebook_that_cannot_be_opened(tmp_path):
    course = init_course(tmp_path / "course", modules=[SLUG])
    (course / "gradebook.db").write_text("this is not a database\n" * 100)
    _one_line_error(powerwith("grade", SLUG, cwd=course), "cannot open the gradebook")


def test_assignment_not_generated_yet(tmp_path):
    course = init_course(tmp_path / "course", modules=[SLUG])
    _one_line_error(powerwith("grade", SLUG, cwd=course), "gradebook")


def test_bad_jobs_and_timeout(classes):
    _one_line_error(powerwith("grade", SLUG, "--jobs", "0", cwd=classes.parallel), "--jobs")
    _one_line_error(powerwith("grade", SLUG, "--timeout", "0", cwd=classes.parallel), "--timeout")
    _one_line_error(powerwith("grade", SLUG, "--student", "nobody", cwd=classes.parallel), "nobody")
