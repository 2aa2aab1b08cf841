"""``powerwith demo``: the tour builds, grades, audits and reports a synthetic class."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

import course_helpers
from powerwith.grading._synthetic import roster

pytestmark = pytest.mark.pipeline


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "tour"
    result = powerwith("demo", str(folder), "--students", "6", "--jobs", "2")
    return folder, result


def powerwith(*args: str):
    """The demo runs from any folder."""
    return course_helpers.powerwith(*args, cwd=Path.cwd())


def test_demo_runs_and_says_where_each_file_is(demo):
    folder, result = demo
    assert result.returncode == 0, result.stdout + result.stderr
    paths = re.findall(r"^  (/\S+)", result.stdout, flags=re.M)
    names = {Path(p).name for p in paths}
    assert {"course", "audit.txt", "audit.json", "grades.csv", "items.png", "competencies.png",
            "competencies.csv", "score-distribution.png", "summary.txt"} <= names
    for path in paths:
        assert Path(path).exists(), path
    assert (folder / "course" / "nbgrader_config.py").is_file()


def test_the_class_has_a_realistic_spread(demo):
    folder, _ = demo
    profiles = {student.id: student.profile for student in roster(6)}  # the demo's class (default seed)
    audit = json.loads((folder / "audit.json").read_text())
    flags = {entry["student"]: {f["code"] for f in entry["flags"]} for entry in audit["submissions"]}
    by_profile = {profile: student for student, profile in profiles.items()}
    assert flags[by_profile["notebook-only"]] == {"notebook-only"}
    assert flags[by_profile["corrupt"]] == {"answers-unreadable"}
    assert not any(flags[by_profile[p]] for p in ("strong", "middling", "weak", "blank"))
    with (folder / "reports" / "grades.csv").open(newline="") as stream:
        grades = {row["student_id"]: float(row["m01-foundations"]) for row in csv.DictReader(stream)}
    assert sorted(grades) == sorted(profiles)
    for profile in ("blank", "corrupt", "notebook-only"):
        assert grades[by_profile[profile]] == 0, profile  # no answers reached the grader
    assert grades[by_profile["strong"]] > grades[by_profile["weak"]] > 0
    assert grades[by_profile["strong"]] >= 7


def test_reflections_are_left_for_manual_grading(demo):
    folder, _ = demo
    summary = (folder / "reports" / "summary.txt").read_text()
    assert re.search(r"\d+ still need manual grading", summary)


def test_demo_refuses_a_folder_that_holds_one(demo):
    folder, _ = demo
    again = powerwith("demo", str(folder), "--students", "2")
    assert again.returncode == 2
    lines = again.stderr.strip().splitlines()
    assert len(lines) == 1 and "already exists" in lines[0]
