"""Reading graded items back from an instructor's copy (powerwith.grading._keys)."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

import support
from course_helpers import exercise_widget
from powerwith.grading._keys import grade_cell_meta, graded_items, module_meta
from powerwith.widgets import Workbook, score

SLUGS = support.module_slugs()


@pytest.mark.parametrize("slug", SLUGS)
def test_model_answers_earn_full_points(slug, tmp_path):
    nb = support.read(support.instructor_copy(slug))
    items = graded_items(nb)
    assert items and all(item["answer"] is not None for item in items)
    answers = {item["id"]: item["answer"] for item in items}
    (tmp_path / f"{slug}.answers.json").write_text(json.dumps({"schema": 1, "answers": answers}))
    with contextlib.redirect_stdout(io.StringIO()):
        book = Workbook(slug, folder=tmp_path)
    for item in items:
        assert score(exercise_widget(book, item), item["key"], item["points"]) == item["points"], item["id"]
    assert sum(item["points"] for item in items) == 10


@pytest.mark.parametrize("slug", SLUGS)
def test_every_grade_cell_has_competencies(slug):
    nb = support.read(support.instructor_copy(slug))
    module_cswe = module_meta(nb)["cswe"]
    cells = grade_cell_meta(nb)
    assert {meta["kind"] for meta in cells.values()} >= {"reflection"}
    for grade_id, meta in cells.items():
        own = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)
        expected = own.metadata.get("powerwith", {}).get("cswe", module_cswe)
        assert meta["cswe"] == expected and meta["cswe"], grade_id
    assert sum(meta["points"] for meta in cells.values()) == 15
