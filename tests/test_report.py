"""``powerwith report`` against a small class whose every number was worked out by hand.

The class (built with nbgrader's Gradebook API, no grading run):

module ``m01-mini`` (cswe [1, 6]): q1 2 pts, q2 1 pt (its own cswe [2]), q3 1 pt, a
reflection 2 pts graded by hand. Module ``m02-mini`` (cswe [8]): q1 3 pts.

=======  ==  ==  ==  ==========  ======  =====
student  q1  q2  q3  reflection  m02 q1  note
=======  ==  ==  ==  ==========  ======  =====
a        2   1   1   2           3
b        1   0   1   1           -       did not submit m02
c        0   1   0   (pending)   1.5     reflection not graded yet
d        2   0   0   0           -
e        -   -   -   -           -       no submission at all
=======  ==  ==  ==  ==========  ======  =====
"""

from __future__ import annotations

import csv
import math
import warnings
from pathlib import Path

import nbformat
import pytest

from course_helpers import powerwith
from powerwith.grading._stats import difficulty, item_rest, pearson
from powerwith.grading.course import init_course

SCORES = {  # student -> {grade id: score}; None = waiting for a manual grade
    "a": {"m01-q1": 2, "m01-q2": 1, "m01-q3": 1, "m01-reflection": 2},
    "b": {"m01-q1": 1, "m01-q2": 0, "m01-q3": 1, "m01-reflection": 1},
    "c": {"m01-q1": 0, "m01-q2": 1, "m01-q3": 0, "m01-reflection": None},
    "d": {"m01-q1": 2, "m01-q2": 0, "m01-q3": 0, "m01-reflection": 0},
}
M02 = {"a": 3, "c": 1.5}
CELLS = [("m01-q1", 2, None), ("m01-q2", 1, [2]), ("m01-q3", 1, None)]


def _source_notebook(path: Path, slug: str, module_cswe: list[int], cells: list[tuple]) -> None:
    nb = nbformat.v4.new_notebook()
    nb.metadata["powerwith"] = {"module": 1, "title": slug, "minutes": 10, "cswe": module_cswe, "nasw": []}
    for grade_id, points, cswe in cells:
        cell = nbformat.v4.new_code_cell("score(q, key=1, points=1)")
        cell.metadata["nbgrader"] = {"grade": True, "solution": False, "locked": True, "grade_id": grade_id,
                                     "points": points, "schema_version": 3}
        cell.metadata["powerwith"] = {"exercise": grade_id.replace("-", "."), "kind": "choice"}
        if cswe:
            cell.metadata["powerwith"]["cswe"] = cswe
        nb.cells.append(cell)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    from nbgrader.api import Gradebook

    root = init_course(tmp_path_factory.mktemp("report") / "course", modules=[])
    _source_notebook(root / "source" / "m01-mini" / "m01-mini.ipynb", "m01-mini", [1, 6], CELLS)
    _source_notebook(root / "source" / "m02-mini" / "m02-mini.ipynb", "m02-mini", [8], [("m02-q1", 3, None)])
    with warnings.catch_warnings(), Gradebook(f"sqlite:///{root / 'gradebook.db'}", "powerwith") as gb:
        warnings.simplefilter("ignore")  # nbgrader's add_submission trips SQLAlchemy warnings of its own
        for name, cells in (("m01-mini", CELLS + [("m01-reflection", 2, None)]), ("m02-mini", [("m02-q1", 3, None)])):
            gb.add_assignment(name)
            gb.add_notebook(name, name)
            for grade_id, points, _ in cells:
                cell_type = "markdown" if grade_id.endswith("reflection") else "code"
                gb.add_grade_cell(grade_id, name, name, max_score=points, cell_type=cell_type)
        for student, (first, last) in zip("abcde", [("Ada", "Ames"), ("Bo", "Bell"), ("Cy", "Cruz"),
                                                    ("Di", "Diaz"), ("Ed", "Eze")]):
            gb.add_student(student, first_name=first, last_name=last)
        for student, grades in SCORES.items():
            gb.add_submission("m01-mini", student)
            for grade_id, score in grades.items():
                grade = gb.find_grade(grade_id, "m01-mini", "m01-mini", student)
                if grade_id.endswith("reflection"):
                    grade.auto_score, grade.manual_score = None, score
                    grade.needs_manual_grade = score is None
                else:
                    grade.auto_score, grade.needs_manual_grade = score, False
        for student, score in M02.items():
            gb.add_submission("m02-mini", student)
            grade = gb.find_grade("m02-q1", "m02-mini", "m02-mini", student)
            grade.auto_score, grade.needs_manual_grade = score, False
        gb.db.commit()
    return root


def _rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


@pytest.fixture(scope="module")
def report(course, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = powerwith("report", "--out", str(out), cwd=course)
    assert result.returncode == 0, result.stderr
    return out, result.stdout


def test_lms_csv_has_a_row_per_student_a_column_per_module_and_a_total(report):
    out, _ = report
    rows = _rows(out / "grades.csv")
    assert list(rows[0]) == ["student_id", "last_name", "first_name", "email", "m01-mini", "m02-mini", "total"]
    table = {row["student_id"]: (row["m01-mini"], row["m02-mini"], row["total"]) for row in rows}
    # m01 totals: a 2+1+1+2; b 1+0+1+1; c 0+1+0 (reflection pending); d 2+0+0+0
    assert table == {"a": ("6", "3", "9"), "b": ("3", "", "3"), "c": ("1", "1.5", "2.5"),
                     "d": ("2", "", "2"), "e": ("", "", "0")}
    assert rows[0]["last_name"] == "Ames" and rows[0]["first_name"] == "Ada"


def test_item_difficulty_and_discrimination(report):
    out, _ = report
    items = {row["item"]: row for row in _rows(out / "items.csv")}
    # difficulty: full marks on q1 by a, d; q2 by a, c; q3 by a, b: 2 of 4 each
    for item in ("m01.q1", "m01.q2", "m01.q3"):
        assert float(items[item]["difficulty"]) == 0.5
    # item-rest r, by hand:
    # q1 = [2,1,0,2], rest = q2+q3 = [2,1,1,0]: deviations [.75,-.25,-1.25,.75] x [1,0,0,-1] sum to 0, so r = 0
    assert float(items["m01.q1"]["discrimination"]) == 0
    # q2 = [1,0,1,0], rest = [3,2,0,2]: sxy = -0.5, sxx = 1, syy = 4.75, r = -0.5 / sqrt(4.75)
    assert float(items["m01.q2"]["discrimination"]) == pytest.approx(-0.5 / math.sqrt(4.75), abs=1e-4)
    # q3 = [1,1,0,0], rest = [3,1,1,2]: sxy = 0.5, sxx = 1, syy = 2.75, r = 0.5 / sqrt(2.75)
    assert float(items["m01.q3"]["discrimination"]) == pytest.approx(0.5 / math.sqrt(2.75), abs=1e-4)
    # m02 has one item: nothing to correlate with, so no discrimination; 1 of 2 full marks
    assert items["m02.q1"]["discrimination"] == ""
    assert float(items["m02.q1"]["difficulty"]) == 0.5
    assert items["m01.q1"]["students"] == "4" and items["m02.q1"]["students"] == "2"


def test_competency_shares_per_student(report):
    out, _ = report
    shares = {(row["student_id"], row["competency"]): (row["points_earned"], row["points_possible"],
                                                        row["share_percent"], row["meets_80_percent"])
              for row in _rows(out / "competencies.csv")}
    # competency 1 (and 6): q1 + q3 + the reflection once graded; competency 2: q2; competency 8: m02's q1
    assert shares[("a", "1")] == ("5", "5", "100.0", "yes")
    assert shares[("b", "1")] == ("3", "5", "60.0", "no")
    assert shares[("c", "1")] == ("0", "3", "0.0", "no")  # the pending reflection is left out
    assert shares[("d", "1")] == ("2", "5", "40.0", "no")
    assert shares[("c", "2")] == ("1", "1", "100.0", "yes")
    assert shares[("c", "8")] == ("1.5", "3", "50.0", "no")
    assert ("b", "8") not in shares and ("e", "1") not in shares
    assert shares[("d", "6")] == shares[("d", "1")]


def test_competency_summary_against_the_benchmark(report):
    out, _ = report
    summary = {row["competency"]: row for row in _rows(out / "competency-summary.csv")}
    assert sorted(summary, key=int) == ["1", "2", "6", "8"]
    # competency 1: shares 100, 60, 0, 40 -> mean 50%, 1 of 4 at or above 80%
    assert (summary["1"]["students_assessed"], summary["1"]["mean_share_percent"],
            summary["1"]["students_at_or_above_benchmark"], summary["1"]["share_at_or_above_benchmark_percent"]) \
        == ("4", "50.0", "1", "25.0")
    # competency 2: 100, 0, 100, 0 -> 2 of 4; competency 8: 100, 50 -> 1 of 2
    assert summary["2"]["share_at_or_above_benchmark_percent"] == "50.0"
    assert (summary["8"]["students_assessed"], summary["8"]["mean_share_percent"],
            summary["8"]["share_at_or_above_benchmark_percent"]) == ("2", "75.0", "50.0")


def test_a_share_equal_to_the_benchmark_meets_it(course, tmp_path):
    result = powerwith("report", "--out", str(tmp_path), "--benchmark", "60", cwd=course)
    assert result.returncode == 0, result.stderr
    summary = {row["competency"]: row for row in _rows(tmp_path / "competency-summary.csv")}
    assert summary["1"]["students_at_or_above_benchmark"] == "2"  # a (100) and b (exactly 60)


def test_charts_and_summary(report):
    out, stdout = report
    for name in ("score-distribution.png", "items.png", "competencies.png"):
        assert (out / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
    distribution = _rows(out / "score-distribution.csv")
    m01 = [int(r["students"]) for r in distribution if r["module"] == "m01-mini"]
    # one-point bands 0-1, 1-2, ..., 5-6 (the last includes 6); scores 6, 3, 1 and 2
    assert m01 == [0, 1, 1, 1, 0, 1]
    assert "5 student(s) in the gradebook, 4 with a submission; 2 module(s)." in stdout
    assert "1 still need manual grading" in stdout
    assert "CSWE 1 Demonstrate Ethical and Professional Behavior: 25% (1 of 4)" in stdout
    assert (out / "summary.txt").read_text().strip() == stdout.strip()


def test_statistics_helpers_by_hand():
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1)
    assert pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1)
    assert pearson([1, 1, 1], [1, 2, 3]) is None
    assert difficulty([2, 1.9999999, 0], 2) == pytest.approx(2 / 3)
    rest = item_rest({"x": [1, 0], "y": [1, 0], "z": [0, 0]})
    assert rest["x"] == pytest.approx(1) and rest["z"] is None


@pytest.mark.parametrize("setup, message", [
    ("not-a-course", "is not an nbgrader course"),
    ("broken-gradebook", "cannot open the gradebook"),
    ("empty-gradebook", "no assignments yet"),
])
def test_bad_input(tmp_path, setup, message):
    folder = tmp_path
    if setup != "not-a-course":
        folder = init_course(tmp_path / "course", modules=[])
        if setup == "broken-gradebook":
            (folder / "gradebook.db").write_text("not a database\n" * 50)
        else:
            from nbgrader.api import Gradebook

            Gradebook(f"sqlite:///{folder / 'gradebook.db'}", "powerwith").close()
    result = powerwith("report", cwd=folder)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
