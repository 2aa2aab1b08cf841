"""A student's workspace: the student copies of every module, ready to open in JupyterLab."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from .course import init_course


def student_copies(destination: str | os.PathLike[str]) -> list[Path]:
    """Generate the student copy of each module into ``destination``.

    Uses nbgrader's own ``generate_assignment`` in a temporary course, so the copies
    are exactly what an instructor would release: no model answers, no hidden tests,
    no rubrics. A module folder that already exists is left alone, so a student's
    work is never overwritten. Returns the module folders written.
    """
    from nbgrader.apps import NbGraderAPI
    from traitlets.config import Config

    from .nbgrader_setup import configure

    target = Path(destination).resolve()
    target.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="powerwith-release-") as scratch:
        root = init_course(Path(scratch) / "course")
        config = Config()
        config.CourseDirectory.db_url = f"sqlite:///{root / 'gradebook.db'}"
        configure(config, course_root=root)
        api = NbGraderAPI(config=config)
        api.log.setLevel(logging.WARNING)
        for module in sorted(p.name for p in (root / "source").iterdir() if p.is_dir()):
            if (target / module).exists():
                continue
            result = api.generate_assignment(module, force=True)
            if not result.get("success"):
                raise RuntimeError(f"could not prepare {module}: {result.get('error') or result.get('log')}")
            shutil.copytree(root / "release" / module, target / module)
            written.append(target / module)
    return written
