"""Shared fixtures: one temporary nbgrader course that every pipeline test reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import support
from powerwith.grading.course import init_course

CORRUPT = '{"schema": 1, "answers": {"m0'  # a file cut off mid-write


class Course:
    """A temporary course with every module released, submitted by five students and autograded.

    Students: ``perfect`` (the instructor's answers), ``blank`` (no answer file),
    ``partial`` (part credit on every item), ``corrupt`` (an unreadable answer file)
    and ``halfdone`` (every other item answered perfectly).
    """

    def __init__(self, root: Path) -> None:
        self.root = init_course(root / "course")
        self.perfect: dict[str, dict] = {}
        self.expected: dict[str, dict[str, dict[str, float]]] = {}
        self.autograde_runs: dict[str, object] = {}

    def ready(self, slug: str) -> "Course":
        """Release, submit and autograde a module once; later calls reuse the result."""
        if slug not in self.autograde_runs:
            self._prepare(slug)
        return self

    def _prepare(self, slug: str) -> None:
        source = self.root / "source" / slug
        # The instructor tries the notebook in the source folder: this leaves a stray
        # answer file holding every model answer, which must neither leak nor overwrite.
        support.run_notebook(source / f"{slug}.ipynb", source)
        stray = source / f"{slug}.answers.json"
        self.perfect[slug] = json.loads(stray.read_text())["answers"]
        support.nbgrader(self.root, "generate_assignment", slug, "--force")

        items = support.graded_items(support.read(support.instructor_copy(slug)))
        full = {item["grade_id"]: item["points"] for item in items}
        zero = {item["grade_id"]: 0.0 for item in items}
        partial_answers, partial_scores = {}, {}
        for item in items:
            value, share = support.partial_answer(item)
            partial_answers[item["id"]] = value
            partial_scores[item["grade_id"]] = round(item["points"] * share, 3)
        half_answers = {item["id"]: self.perfect[slug][item["id"]] for item in items[::2]}
        half_scores = {item["grade_id"]: (item["points"] if index % 2 == 0 else 0.0)
                       for index, item in enumerate(items)}

        perfect_doc = support.answers_document(self.perfect[slug])
        support.submit(self.root, slug, "perfect", perfect_doc)
        support.submit(self.root, slug, "blank", None)
        support.submit(self.root, slug, "partial", support.answers_document(partial_answers))
        support.submit(self.root, slug, "corrupt", CORRUPT)
        support.submit(self.root, slug, "halfdone", support.answers_document(half_answers))
        self.expected[slug] = {"perfect": full, "blank": zero, "partial": partial_scores,
                               "corrupt": zero, "halfdone": half_scores}
        self.autograde_runs[slug] = support.nbgrader(self.root, "autograde", slug, "--force", check=False)


@pytest.fixture(scope="session")
def course(tmp_path_factory) -> Course:
    return Course(tmp_path_factory.mktemp("pipeline"))


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """An empty folder to run a notebook in."""
    return tmp_path
