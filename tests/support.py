"""Helpers the tests share: finding modules, running notebooks, running nbgrader."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from powerwith.grading._keys import graded_cells, graded_items, nbgrader_meta  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
MODULES = ROOT / "modules"
BIN = Path(sys.executable).parent


def module_slugs() -> list[str]:
    """Every module folder name, in course order."""
    return sorted(p.name for p in MODULES.iterdir() if p.is_dir() and re.match(r"m\d\d-", p.name))


def instructor_copy(slug: str) -> Path:
    return MODULES / slug / f"{slug}.ipynb"


def copy_module(slug: str, folder: Path) -> Path:
    """Copy a module's instructor notebook (only) into ``folder``."""
    target = folder / f"{slug}.ipynb"
    shutil.copy(instructor_copy(slug), target)
    return target


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def autograded_points(nb) -> float:
    return sum(float(nbgrader_meta(c)["points"]) for c in graded_cells(nb))


def run_notebook(path: Path, folder: Path, timeout: int = 120) -> nbformat.NotebookNode:
    """Execute a notebook with its kernel working in ``folder``; errors stay in the outputs."""
    nb = read(path)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=True,
                            resources={"metadata": {"path": str(folder)}})
    client.execute()
    return nb


def last_value(cell) -> str | None:
    """The text of a cell's execute_result, if any."""
    for output in cell.outputs:
        if output.output_type == "execute_result":
            return output.data.get("text/plain")
    return None


def env() -> dict[str, str]:
    """The environment for nbgrader: this interpreter's bin first on PATH (nbgrader runs alembic)."""
    environment = dict(os.environ)
    environment["PATH"] = f"{BIN}{os.pathsep}{environment.get('PATH', '')}"
    return environment


def nbgrader(course: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run an nbgrader command in a course folder."""
    result = subprocess.run([str(BIN / "nbgrader"), *args], cwd=course, env=env(),
                            capture_output=True, text=True, timeout=900)
    if check and result.returncode != 0:
        raise AssertionError(f"nbgrader {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def answers_document(answers: dict) -> str:
    return json.dumps({"schema": 1, "answers": answers})


def submit(course: Path, slug: str, student: str, answers: str | None, *, notebook: Path | None = None) -> Path:
    """Place a student's submission: the released notebook and (optionally) an answer file's text."""
    folder = course / "submitted" / student / slug
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copy(notebook or course / "release" / slug / f"{slug}.ipynb", folder / f"{slug}.ipynb")
    if answers is not None:
        (folder / f"{slug}.answers.json").write_text(answers, encoding="utf-8")
    return folder


def scores(course: Path, slug: str) -> dict[str, dict[str, float]]:
    """Each student's autograded score per grade cell, read from the gradebook."""
    from nbgrader.api import Gradebook

    found: dict[str, dict[str, float]] = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for submission in gb.assignment_submissions(slug):
            notebook = gb.find_submission_notebook(slug, slug, submission.student_id)
            found[submission.student_id] = {g.name: g.score for g in notebook.grades}
    return found


# --- reading keys and fields back from the instructor's copy ---------------------------
# graded_items(nb): each graded exercise with id, kind, points, grade_id, key, fields,
# answer and cswe; the code lives in the package (powerwith.grading._keys).


def partial_answer(item: dict) -> tuple[object, float]:
    """An answer that earns part of an item's credit, and the share of points it earns.

    The shares follow each kind's rule (see powerwith.widgets.scoring), worked out by
    hand here rather than by calling the scoring code.
    """
    kind, key, fields = item["kind"], item["key"], item["fields"]
    if kind == "choice":
        wrong = next(option for option in fields["options"] if option != key)
        return wrong, 0.0
    if kind == "select-all":
        return [key[0]], 1 / len(key)
    if kind == "categorize":
        first = next(iter(key))
        return {first: key[first]}, 1 / len(key)
    if kind == "rank":
        order = [key[1], key[0], *key[2:]]
        pairs = len(key) * (len(key) - 1) / 2
        return order, (pairs - 1) / pairs
    if kind == "power-map":
        name, (low, _high) = next(iter(key.items()))
        return {name: low}, 1 / len(key)
    if kind == "scenario":
        return [["start", key["start"]]], 1 / len(key)
    if kind == "rewrite":
        # Five made-up words: no required idea, no jargon, one short sentence.
        checks = len(key.get("include", [])) + bool(key.get("avoid")) + bool(key.get("max_sentence_words"))
        passing = bool(key.get("avoid")) + bool(key.get("max_sentence_words"))
        return "Xq yq zq wq vq.", passing / checks
    raise ValueError(kind)
