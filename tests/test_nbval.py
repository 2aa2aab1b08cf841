"""nbval over the instructor's and the student's copy of every module.

Each copy runs top to bottom in a fresh kernel in its own folder; any error outside a
test cell fails it (``--nbval-lax``: widget outputs differ from run to run).
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

import support

SLUGS = support.module_slugs()


def nbval(notebook, folder) -> subprocess.CompletedProcess:
    target = folder / notebook.name
    shutil.copy(notebook, target)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "-p", "no:cacheprovider", "-q", str(target)],
        cwd=folder, env=support.env(), capture_output=True, text=True, timeout=600,
    )


@pytest.mark.parametrize("slug", SLUGS)
def test_instructor_copy(slug, tmp_path):
    run = nbval(support.instructor_copy(slug), tmp_path)
    assert run.returncode == 0, run.stdout[-3000:]
    assert " passed" in run.stdout


@pytest.mark.parametrize("slug", SLUGS)
def test_student_copy(slug, course, tmp_path):
    course.ready(slug)
    run = nbval(course.root / "release" / slug / f"{slug}.ipynb", tmp_path)
    assert run.returncode == 0, run.stdout[-3000:]
    assert " passed" in run.stdout
