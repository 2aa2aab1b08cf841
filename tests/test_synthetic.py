"""Synthetic students (powerwith.grading._synthetic): valid answers with a realistic spread."""

from __future__ import annotations

import collections
import contextlib
import io
import json
import random
from statistics import mean

import pytest

import support
from course_helpers import exercise_widget
from powerwith.grading._keys import graded_items
from powerwith.grading._synthetic import answer_document, answers_for, roster, write_submission
from powerwith.widgets import Workbook, score

SLUGS = support.module_slugs()


def test_a_class_of_40():
    students = roster(40)
    profiles = collections.Counter(s.profile for s in students)
    assert profiles["corrupt"] == 1 and profiles["notebook-only"] == 1 and profiles["blank"] >= 1
    assert min(profiles["strong"], profiles["middling"], profiles["weak"]) >= 8
    assert len({s.id for s in students}) == 40
    assert roster(40) == students  # the same seed gives the same class


def test_a_small_class_still_has_every_case():
    assert {s.profile for s in roster(6)} == {"strong", "middling", "weak", "blank", "corrupt", "notebook-only"}


def _scores(slug: str, profile: str, folder, count: int = 12) -> list[float]:
    items = graded_items(support.read(support.instructor_copy(slug)))
    rng = random.Random(7)
    totals = []
    for number in range(count):
        answers = answers_for(items, profile, rng)
        path = folder / f"{profile}{number}"
        path.mkdir()
        (path / f"{slug}.answers.json").write_text(answer_document(answers))
        with contextlib.redirect_stdout(io.StringIO()):
            book = Workbook(slug, folder=path)
        total = 0.0
        for item in items:
            widget = exercise_widget(book, item)
            # every answer given is one the widget accepts (an invalid one would read as blank)
            assert (widget.value is not None) == (item["id"] in answers), (item["id"], answers.get(item["id"]))
            total += score(widget, item["key"], item["points"])
        totals.append(total)
    return totals


@pytest.mark.parametrize("slug", SLUGS)
def test_answers_are_valid_and_spread_by_skill(slug, tmp_path):
    strong, middling, weak = (mean(_scores(slug, p, tmp_path)) for p in ("strong", "middling", "weak"))
    assert 10 >= strong > middling > weak > 0
    assert strong >= 8 and weak <= 6


def test_submissions_by_profile(tmp_path):
    slug = SLUGS[0]
    items = graded_items(support.read(support.instructor_copy(slug)))
    release = support.instructor_copy(slug)
    rng = random.Random(1)
    written = {}
    for student in roster(6):
        folder = tmp_path / student.profile
        write_submission(folder, release, student, items, rng)
        written[student.profile] = folder
    assert not (written["notebook-only"] / f"{slug}.answers.json").exists()
    with pytest.raises(ValueError):
        json.loads((written["corrupt"] / f"{slug}.answers.json").read_text())
    assert json.loads((written["blank"] / f"{slug}.answers.json").read_text())["answers"] == {}
    for profile, folder in written.items():
        nb = support.read(folder / f"{slug}.ipynb")
        reflection = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id", "").endswith(
            "reflection"))
        assert ("### BEGIN SOLUTION" in reflection.source) == (profile == "blank"), profile
