"""Build an instructor's notebook (an nbgrader source notebook) from a module's content.

A module file calls these helpers to describe its cells: reading (``md``), the setup
cell, exercises (practice or graded), the reflection with its rubric. The builder
writes the nbgrader metadata, the solution regions that hold model answers, and the
hidden tests that hold the key, so authors never touch either by hand.
"""

from __future__ import annotations

import json
import pprint
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

KINDS = {
    "choice": "choice",
    "select-all": "select_all",
    "categorize": "categorize",
    "rank": "rank",
    "power-map": "power_map",
    "scenario": "scenario",
    "rewrite": "rewrite",
}
REFLECTION_POINTS = 5


@dataclass
class Module:
    """One module: its metadata and its cells in order."""

    slug: str
    title: str
    minutes: int
    cswe: list[int]
    nasw: list[str]
    cells: list[Any] = field(default_factory=list)

    @property
    def number(self) -> int:
        return int(self.slug[1:3])

    def notebook(self) -> nbformat.NotebookNode:
        """The instructor's notebook for this module."""
        nb = nbformat.v4.new_notebook()
        nb.metadata = {
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
            "powerwith": {
                "module": self.number, "title": self.title, "minutes": self.minutes,
                "cswe": list(self.cswe), "nasw": list(self.nasw),
            },
        }
        flat: list[nbformat.NotebookNode] = []
        for item in self.cells:
            flat.extend(item if isinstance(item, list) else [item])
        for index, cell in enumerate(flat, start=1):
            cell["id"] = f"{self.slug[:3]}-{index:03d}"
        nb.cells = flat
        return nb

    def path(self, modules_root: Path) -> Path:
        return modules_root / self.slug / f"{self.slug}.ipynb"

    def text(self) -> str:
        """The notebook as the exact text written to disk."""
        return nbformat.writes(self.notebook()) + "\n"


def _nbgrader(grade_id: str, *, solution: bool = False, grade: bool = False, locked: bool = False,
              points: float | None = None) -> dict:
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3,
            "solution": solution, "task": False}
    if points is not None:
        meta["points"] = points
    return meta


def md(text: str) -> nbformat.NotebookNode:
    """A markdown cell of reading; the text is dedented and trimmed."""
    return nbformat.v4.new_markdown_cell(textwrap.dedent(text).strip())


def setup(slug: str) -> nbformat.NotebookNode:
    """The locked first code cell: opens the module's workbook (its answer file)."""
    source = (
        "# Run this cell first: it loads the exercises and your saved answers.\n"
        "from powerwith.widgets import Workbook, check, score\n"
        f'book = Workbook("{slug}")'
    )
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata = {"nbgrader": _nbgrader(f"{slug[:3]}-setup", locked=True), "editable": False, "deletable": False}
    return cell


def _variable(exercise_id: str) -> str:
    return exercise_id.split(".", 1)[1].replace("-", "_")


def _call(kind: str, exercise_id: str, fields: dict[str, Any], extra: dict[str, Any]) -> str:
    arguments = [repr(exercise_id)]
    for name, value in {**fields, **extra}.items():
        text = pprint.pformat(value, width=88, sort_dicts=False)
        arguments.append(f"{name}=" + text.replace("\n", "\n    "))
    inner = ",\n    ".join(arguments)
    return f"{_variable(exercise_id)} = book.{KINDS[kind]}(\n    {inner},\n)"


def _hidden_source(cell: nbformat.NotebookNode) -> None:
    cell.metadata.setdefault("jupyter", {})["source_hidden"] = True


def exercise(
    kind: str,
    exercise_id: str,
    *,
    points: float | None = None,
    key: Any,
    answer: Any = None,
    feedback: dict[str, str] | None = None,
    cswe: list[int] | None = None,
    **fields: Any,
) -> nbformat.NotebookNode | list[nbformat.NotebookNode]:
    """A practice exercise (no ``points``) or a graded one (with ``points``).

    Practice: one cell that carries its key and feedback, so students see why each
    answer is right or wrong. Graded: a widget cell whose solution region gives the
    model answer (``answer``, removed from the student's copy) and a locked test cell
    whose hidden region scores the recorded answer against ``key``. ``answer`` defaults
    to what the key implies: the key itself, the middle of each power-map range, or the
    scenario path that takes the key's choice at every step; a rewrite needs its own.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown exercise kind {kind!r}")
    var = _variable(exercise_id)
    slug_id = exercise_id.replace(".", "-")
    if points is None:
        extra = {"practice": True, "key": key}
        if feedback:
            extra["feedback"] = feedback
        cell = nbformat.v4.new_code_cell(_call(kind, exercise_id, fields, extra) + f"\n{var}")
        cell.metadata = {"powerwith": {"exercise": exercise_id, "kind": kind, "practice": True}}
        _hidden_source(cell)
        return cell
    if answer is None:
        answer = _model_answer(kind, key, fields)
    if answer is None:
        raise ValueError(f"{exercise_id}: a graded exercise needs a model answer")
    if feedback:
        raise ValueError(f"{exercise_id}: a graded exercise must not carry feedback (it would reveal the key)")
    widget_source = (
        _call(kind, exercise_id, fields, {})
        + "\n### BEGIN SOLUTION\n"
        + f"{var}.answer({pprint.pformat(answer, width=80, sort_dicts=False)})\n"
        + "### END SOLUTION\n"
        + var
    )
    widget = nbformat.v4.new_code_cell(widget_source)
    widget.metadata = {"nbgrader": _nbgrader(f"{slug_id}-widget", solution=True)}
    _hidden_source(widget)
    test_source = (
        f"check({var})\n"
        "### BEGIN HIDDEN TESTS\n"
        f"score({var}, key={pprint.pformat(key, width=80, sort_dicts=False)}, points={points})\n"
        "### END HIDDEN TESTS"
    )
    test = nbformat.v4.new_code_cell(test_source)
    meta: dict[str, Any] = {"exercise": exercise_id, "kind": kind}
    if cswe:
        meta["cswe"] = list(cswe)
    test.metadata = {
        "nbgrader": _nbgrader(slug_id, grade=True, locked=True, points=points),
        "powerwith": meta,
        "tags": ["raises-exception"],
        "editable": False,
        "deletable": False,
    }
    return [widget, test]


def _model_answer(kind: str, key: Any, fields: dict[str, Any]) -> Any:
    """The answer that earns full marks, where the key alone defines it (not for a rewrite)."""
    if kind in ("choice", "select-all", "categorize", "rank"):
        return key
    if kind == "power-map":
        return {name: (low + high) // 2 for name, (low, high) in key.items()}
    if kind == "scenario":
        path, here = [], "start"
        while here in key:
            path.append([here, key[here]])
            choice = next(c for c in fields["steps"][here]["choices"] if c["id"] == key[here])
            here = choice["next"]
        return path
    return None


def reflection(
    grade_id: str,
    prompt: str,
    rubric: list[tuple[str, int, str]],
    model_answer: str,
    *,
    cswe: list[int] | None = None,
) -> list[nbformat.NotebookNode]:
    """The reflection: a locked prompt and an answer cell graded by hand with a rubric.

    ``rubric`` lists (criterion, points, what full marks look like); its points add up
    to 5. The rubric and a model answer sit in the answer cell's solution region, so
    they stay in the instructor's copy only.
    """
    total = sum(points for _, points, _ in rubric)
    if total != REFLECTION_POINTS or not 3 <= len(rubric) <= 4:
        raise ValueError(f"{grade_id}: a rubric has 3-4 criteria worth {REFLECTION_POINTS} points (got {total})")
    prompt_cell = md(prompt)
    prompt_cell.metadata = {"nbgrader": _nbgrader(f"{grade_id}-prompt", locked=True)}
    rows = "\n".join(f"| {criterion} | {points} | {full} |" for criterion, points, full in rubric)
    answer_source = (
        "### BEGIN SOLUTION\n"
        f"**Rubric ({REFLECTION_POINTS} points).** Award part of a criterion's points where the answer meets "
        "part of it.\n\n"
        "| Criterion | Points | What full marks look like |\n|---|---|---|\n"
        f"{rows}\n\n"
        f"**A strong answer might say:** {textwrap.dedent(model_answer).strip()}\n"
        "### END SOLUTION"
    )
    answer = nbformat.v4.new_markdown_cell(answer_source)
    meta: dict[str, Any] = {"nbgrader": _nbgrader(grade_id, solution=True, grade=True, points=REFLECTION_POINTS)}
    meta["powerwith"] = {"exercise": grade_id, "kind": "reflection"}
    if cswe:
        meta["powerwith"]["cswe"] = list(cswe)
    answer.metadata = meta
    return [prompt_cell, answer]


def dumps(value: Any) -> str:
    """JSON text for a value (used by tests that compare builds)."""
    return json.dumps(value, indent=1, sort_keys=True)
