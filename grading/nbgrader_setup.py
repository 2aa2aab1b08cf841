"""The nbgrader settings a Power With course needs, with the fixes for nbgrader's traps.

A course's ``nbgrader_config.py`` calls :func:`configure`::

    from powerwith.grading import configure
    configure(get_config(), course_root=__file__)

What it sets, and why (each was checked by running nbgrader 0.9.6; see DESIGN.md):

* A stray ``*.answers.json`` in a source folder (left by a trial run of the
  instructor's copy) must not reach the release, where it would hand students the
  key. ``CourseDirectory.ignore`` cannot be used, since autograde filters students'
  files with the same list; instead a post-convert hook of ``GenerateAssignment``
  alone removes answer files from the release.
* The same stray file must not overwrite students' answers at autograde: every
  notebook's answer file is listed in ``Autograde.exclude_overwriting``.
* ``zip_collect`` keeps ``.json`` files, so answer files survive an LMS zip.
* A solution region in a widget cell leaves a harmless comment, not nbgrader's
  ``raise NotImplementedError()``, which would break the cell for the student.
* A notebook-only upload keeps its answers if JupyterLab saved the widget state: autograde
  writes the missing answer file from it before running, and generate_assignment drops
  saved widget state from the release (see ``powerwith.grading.recover``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from powerwith.widgets._store import SUFFIX, answer_file_name

CODE_STUB = "# The model answer is set here in the instructor's copy. Answer with the widget below.\n"
ANSWERS_GLOB = "*" + SUFFIX
NOTEBOOK_ONLY_STUB = "YOUR ANSWER HERE"


def installed_modules() -> Path:
    """The folder holding the ten modules, as installed with the package."""
    from powerwith.modules import FOLDER

    return FOLDER


class RemoveAnswerFiles:
    """A post-convert hook: delete answer files from a freshly generated release folder."""

    def __init__(self, release_root: str | os.PathLike[str]) -> None:
        self.release_root = Path(release_root)

    def __call__(self, assignment: str, student: str, notebooks: list[str]) -> None:
        folder = self.release_root / assignment
        for stray in folder.rglob(ANSWERS_GLOB):
            stray.unlink()
        for stray in folder.rglob("*.answers.unreadable-*.json"):
            stray.unlink()


def answer_files_by_assignment(source_root: Path) -> dict[str, list[str]]:
    """Each assignment's answer-file names, one per notebook in its source folder."""
    found: dict[str, list[str]] = {}
    if not source_root.is_dir():
        return found
    for folder in sorted(p for p in source_root.iterdir() if p.is_dir()):
        names = [answer_file_name(nb.stem) for nb in sorted(folder.glob("*.ipynb"))]
        if names:
            found[folder.name] = names
    return found


def configure(c: Any, course_root: str | os.PathLike[str], *, timeout: int = 120) -> Any:
    """Apply the course's nbgrader settings to the config object ``c`` and return it.

    ``course_root`` is the course folder (or its ``nbgrader_config.py``). ``timeout``
    bounds each cell's run at autograde, in seconds.
    """
    root = Path(course_root)
    if root.suffix == ".py":
        root = root.parent
    root = root.resolve()
    c.CourseDirectory.root = str(root)
    source_root = root / c.CourseDirectory.get("source_directory", "source")
    release_root = root / c.CourseDirectory.get("release_directory", "release")

    c.GenerateAssignment.post_convert_hook = RemoveAnswerFiles(release_root)
    c.Autograde.exclude_overwriting = answer_files_by_assignment(source_root)
    c.FileNameCollectorPlugin.valid_ext = [".ipynb", ".json"]
    c.ClearSolutions.code_stub = {"python": CODE_STUB}
    c.ExecutePreprocessor.timeout = timeout
    c.Execute.timeout = timeout
    from .recover import with_answer_recovery  # answers from saved widget state (notebook-only uploads)

    with_answer_recovery(c)
    return c
