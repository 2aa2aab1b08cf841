"""``powerwith audit``: each kind of suspicious submission is flagged, and only those are."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import support
from course_helpers import (CORRUPT, SLUG, answers_text, partial_answers, perfect_answers, powerwith, released_course,
                            student_notebook)

pytestmark = pytest.mark.pipeline

STDERR_HOOK = ("import sys\nget_ipython().events.register('pre_run_cell', "
               "lambda info: sys.stderr.write('noise\\n'))")

# student -> the flags the audit must raise (exactly these)
EXPECTED = {
    "clean": set(),
    "notebook-only": {"notebook-only"},
    "no-answers": {"answers-missing"},
    "corrupt": {"answers-unreadable"},
    "set-aside": {"answers-unreadable"},
    "added": {"cells-added"},
    "locked": {"locked-cell-changed"},
    "test-edited": {"test-cell-changed"},
    "test-deleted": {"test-cell-changed"},
    "noisy": {"cells-added", "test-stderr"},
    "malformed": {"notebook-unreadable", "notebook-only"},
}


def _folder(course: Path, student: str) -> Path:
    return course / "submitted" / student / SLUG


def _notebook(course: Path, student: str, **changes) -> Path:
    return student_notebook(course, _folder(course, student) / f"{SLUG}.ipynb", **changes)


def _answers(course: Path, student: str, text: str) -> None:
    (_folder(course, student) / f"{SLUG}.answers.json").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    root = released_course(tmp_path_factory.mktemp("audit") / "course")
    good = answers_text(perfect_answers())
    for student in EXPECTED:
        if student in ("malformed", "test-deleted"):
            continue
        changes = {"added": {"insert": {5: "print('my own cell')"}},
                   "noisy": {"insert": {2: STDERR_HOOK}},
                   "locked": {"edit": {"m01-setup": "# I edited the first cell\n"}},
                   "test-edited": {"edit": {"m01-q6": "1.0  # full marks, please"}}}.get(student, {})
        _notebook(root, student, **changes)
        if student not in ("notebook-only", "no-answers"):
            _answers(root, student, CORRUPT if student == "corrupt" else good)
    (_folder(root, "no-answers") / "my notes.txt").write_text("I answered everything")
    (_folder(root, "set-aside") / f"{SLUG}.answers.unreadable-20250101-120000.json").write_text("{")
    deleted = _notebook(root, "test-deleted")
    nb = support.read(deleted)
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") != "m01-q2"]
    deleted.write_text(json.dumps(nb))
    _answers(root, "test-deleted", answers_text(partial_answers()))
    _folder(root, "malformed").mkdir(parents=True)
    (_folder(root, "malformed") / f"{SLUG}.ipynb").write_text('{"cells": [')
    graded = powerwith("grade", SLUG, "--student", "clean", "--student", "noisy", "--jobs", "2", cwd=root)
    assert graded.returncode == 0, graded.stdout + graded.stderr
    return root


def test_json_flags_exactly_what_is_wrong(course):
    result = powerwith("audit", SLUG, "--json", cwd=course)
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    found = {entry["student"]: {flag["code"] for flag in entry["flags"]} for entry in data["submissions"]}
    assert found == EXPECTED
    assert data["checked"] == len(EXPECTED)
    assert data["flagged"] == sum(1 for flags in EXPECTED.values() if flags)
    noisy = next(e for e in data["submissions"] if e["student"] == "noisy")
    stderr_flag = next(f for f in noisy["flags"] if f["code"] == "test-stderr")
    assert "m01-q1 (so nbgrader scored it 0)" in stderr_flag["detail"]
    deleted = next(e for e in data["submissions"] if e["student"] == "test-deleted")
    assert "m01-q2 deleted" in deleted["flags"][0]["detail"]


def test_text_has_one_line_per_flagged_submission(course):
    result = powerwith("audit", SLUG, cwd=course)
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    flagged = [student for student, flags in EXPECTED.items() if flags]
    assert sorted(line.split(":")[0] for line in lines[:-1]) == sorted(flagged)
    assert lines[-1] == f"{SLUG}: {len(flagged)} of {len(EXPECTED)} submission(s) flagged."


def test_nothing_flagged_exits_zero(course, tmp_path):
    copy = Path(shutil.copytree(course, tmp_path / "course"))
    for folder in (copy / "submitted").iterdir():
        if folder.name != "clean":
            shutil.rmtree(folder)
    result = powerwith("audit", SLUG, cwd=copy)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == f"{SLUG}: 0 of 1 submission(s) flagged."


@pytest.mark.parametrize("args, message", [
    (["audit", "m99-nothing"], "unknown assignment 'm99-nothing'"),
    (["audit", SLUG, "--course", "/"], "is not an nbgrader course"),
])
def test_bad_input(course, args, message):
    result = powerwith(*args, cwd=course)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("powerwith: ") and message in lines[0], result.stderr
