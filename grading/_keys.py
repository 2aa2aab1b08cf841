"""Read a module's graded items back from a notebook: ids, kinds, points, keys and fields.

The instructor's copy holds each graded exercise in two cells: a widget cell (a
solution cell that makes the widget, e.g. ``q1 = book.choice("m01.q1", ...)``, and
gives the model answer, ``q1.answer(...)``) and a test cell (``score(q1, key=...,
points=...)`` in its hidden tests). Everything here is read with :mod:`ast`, never run.
A student's copy has no keys or answers; its items still carry ids, kinds and points.
"""

from __future__ import annotations

import ast
from typing import Any

import nbformat


def nbgrader_meta(cell: Any) -> dict:
    """A cell's nbgrader metadata (empty when it has none)."""
    return cell.metadata.get("nbgrader", {})


def graded_cells(nb: nbformat.NotebookNode) -> list:
    """The autograded test cells: code cells that nbgrader grades."""
    return [c for c in nb.cells if c.cell_type == "code" and nbgrader_meta(c).get("grade")]


def module_meta(nb: nbformat.NotebookNode) -> dict:
    """The notebook's ``powerwith`` metadata (module, title, minutes, cswe, nasw)."""
    return dict(nb.metadata.get("powerwith", {}))


def grade_cell_meta(nb: nbformat.NotebookNode) -> dict[str, dict]:
    """Every grade cell's ``powerwith`` metadata by grade id, with ``cswe`` filled in.

    A cell without its own ``cswe`` list takes the module's. Reflections (manually
    graded markdown cells) are included; their ``kind`` is ``"reflection"``.
    """
    module_cswe = [int(c) for c in module_meta(nb).get("cswe", [])]
    found: dict[str, dict] = {}
    for cell in nb.cells:
        meta = nbgrader_meta(cell)
        if not meta.get("grade"):
            continue
        powerwith = dict(cell.metadata.get("powerwith", {}))
        powerwith.setdefault("exercise", meta["grade_id"])
        powerwith.setdefault("kind", "reflection" if cell.cell_type == "markdown" else "code")
        powerwith["cswe"] = [int(c) for c in powerwith.get("cswe", module_cswe)]
        powerwith["points"] = float(meta.get("points", 0))
        powerwith["cell_type"] = cell.cell_type
        found[meta["grade_id"]] = powerwith
    return found


def _calls(source: str) -> list[ast.Call]:
    return [node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Call)]


def _keywords(call: ast.Call) -> dict[str, Any]:
    return {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg}


def _widgets_and_answers(nb: nbformat.NotebookNode) -> tuple[dict[str, dict], dict[str, Any]]:
    """Fields each widget was made with, and the model answers, both by exercise id."""
    fields: dict[str, dict] = {}
    answers: dict[str, Any] = {}
    for cell in nb.cells:
        if cell.cell_type != "code" or not nbgrader_meta(cell).get("solution"):
            continue
        tree = ast.parse(cell.source)
        variables: dict[str, str] = {}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and isinstance(node.value.func, ast.Attribute) and node.value.args
                    and isinstance(node.value.args[0], ast.Constant) and isinstance(node.value.args[0].value, str)):
                exercise_id = node.value.args[0].value
                fields[exercise_id] = _keywords(node.value)
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        variables[target.id] = exercise_id
        for call in _calls(cell.source):
            func = call.func
            if (isinstance(func, ast.Attribute) and func.attr == "answer" and isinstance(func.value, ast.Name)
                    and func.value.id in variables and call.args):
                answers[variables[func.value.id]] = ast.literal_eval(call.args[0])
    return fields, answers


def graded_items(nb: nbformat.NotebookNode) -> list[dict]:
    """Each graded exercise of an instructor's copy, in notebook order.

    Each item is a dict: ``id``, ``kind``, ``points``, ``grade_id``, ``key`` (from the
    hidden test), ``fields`` (the widget's keyword arguments), ``answer`` (the model
    answer, ``None`` if the copy gives none) and ``cswe`` (the competencies it serves).
    """
    fields, answers = _widgets_and_answers(nb)
    cell_meta = grade_cell_meta(nb)
    items = []
    for cell in graded_cells(nb):
        meta = cell.metadata["powerwith"]
        call = next(c for c in _calls(cell.source) if isinstance(c.func, ast.Name) and c.func.id == "score")
        grade_id = nbgrader_meta(cell)["grade_id"]
        items.append({"id": meta["exercise"], "kind": meta["kind"], "points": float(nbgrader_meta(cell)["points"]),
                      "grade_id": grade_id, "key": _keywords(call)["key"],
                      "fields": fields.get(meta["exercise"], {}), "answer": answers.get(meta["exercise"]),
                      "cswe": cell_meta[grade_id]["cswe"]})
    return items
