"""The nbgrader pipeline for every module: release, submit as students, autograde, compare.

One temporary course serves all these tests (see conftest.py): the instructor's copy is
first run in the source folder, as an instructor trying it would, so a stray answer file
with every model answer sits there through generate and autograde.
"""

from __future__ import annotations

import json

import pytest

import support

pytestmark = pytest.mark.pipeline
SLUGS = support.module_slugs()


@pytest.mark.parametrize("slug", SLUGS)
def test_release_reveals_no_key(course, slug):
    course.ready(slug)
    release = course.root / "release" / slug
    files = sorted(p.name for p in release.rglob("*") if p.is_file())
    assert files == [f"{slug}.ipynb"], f"released files: {files}"
    text = (release / f"{slug}.ipynb").read_text()
    for marker in ("BEGIN SOLUTION", "HIDDEN TESTS", ".answer(", "score(", "Rubric", "A strong answer"):
        assert marker not in text, f"the student's copy contains {marker!r}"
    instructor = support.read(support.instructor_copy(slug))
    for item in support.graded_items(instructor):
        assert json.dumps(item["key"]) not in text, f"{item['id']}: the key appears in the release"
    student = support.read(release / f"{slug}.ipynb")
    for cell in student.cells:
        assert "NotImplementedError" not in cell.source, "a solution stub would break the widget cell"


@pytest.mark.parametrize("slug", SLUGS)
def test_batch_completes(course, slug):
    run = course.ready(slug).autograde_runs[slug]
    assert run.returncode == 0, run.stdout + run.stderr
    assert set(support.scores(course.root, slug)) == {"perfect", "blank", "partial", "corrupt", "halfdone"}


@pytest.mark.parametrize("student", ["perfect", "blank", "partial", "corrupt", "halfdone"])
@pytest.mark.parametrize("slug", SLUGS)
def test_autograded_scores(course, slug, student):
    course.ready(slug)
    got = support.scores(course.root, slug)[student]
    expected = course.expected[slug][student]
    autograded = {grade_id: score for grade_id, score in got.items() if grade_id in expected}
    assert autograded == pytest.approx(expected), f"{student} in {slug}"


@pytest.mark.parametrize("slug", SLUGS)
def test_perfect_student_has_full_marks_and_blank_none(course, slug):
    course.ready(slug)
    points = support.autograded_points(support.read(support.instructor_copy(slug)))
    got = support.scores(course.root, slug)
    manual = [g for g in got["perfect"] if g.endswith("reflection")]
    assert sum(s for g, s in got["perfect"].items() if g not in manual) == pytest.approx(points) == 10
    assert sum(got["blank"].values()) == 0


@pytest.mark.parametrize("slug", SLUGS)
def test_stray_answer_file_overwrote_nothing(course, slug):
    course.ready(slug)
    stray = course.root / "source" / slug / f"{slug}.answers.json"
    assert stray.exists(), "the trial run should have left its answer file in the source folder"
    graded_copy = course.root / "autograded" / "blank" / slug
    assert not (graded_copy / f"{slug}.answers.json").exists()
    kept = json.loads((course.root / "autograded" / "partial" / slug / f"{slug}.answers.json").read_text())
    assert kept["answers"] != course.perfect[slug]


@pytest.mark.parametrize("slug", SLUGS)
def test_corrupt_file_is_kept_and_reported(course, slug):
    course.ready(slug)
    folder = course.root / "autograded" / "corrupt" / slug
    kept = list(folder.glob(f"{slug}.answers.unreadable-*.json"))
    assert len(kept) == 1, "the unreadable file should be moved aside, not deleted"
    nb = support.read(folder / f"{slug}.ipynb")
    setup = next(c for c in nb.cells if c.cell_type == "code" and "Workbook(" in c.source)
    shown = " ".join(o.get("data", {}).get("text/plain", "") for o in setup.outputs)
    assert "could not be read" in shown
