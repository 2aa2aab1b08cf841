"""Make an nbgrader course folder whose source is the installed modules."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from .nbgrader_setup import installed_modules

CONFIG_TEMPLATE = '''\
"""nbgrader configuration for a Power With course (made by `powerwith course init`)."""

from powerwith.grading import configure

c = get_config()  # noqa: F821 (nbgrader provides get_config)
c.CourseDirectory.course_id = {course_id!r}
c.CourseDirectory.db_url = {db_url!r}
configure(c, course_root=__file__)

# Add your students, or let nbgrader add them as they submit:
# c.CourseDirectory.db_students = [dict(id="student1", first_name="Ada", last_name="Rivera")]
'''


def init_course(
    folder: str | os.PathLike[str],
    *,
    course_id: str = "powerwith",
    db_url: str | None = None,
    modules: list[str] | None = None,
) -> Path:
    """Create a course folder with ``source/`` copied from the installed modules.

    ``modules`` limits the copy to some module folders (all by default). The
    gradebook is ``gradebook.db`` in the folder unless ``db_url`` names another
    SQLAlchemy URL. Returns the course folder.
    """
    root = Path(folder).resolve()
    if (root / "nbgrader_config.py").exists():
        raise FileExistsError(f"{root} already holds a course (nbgrader_config.py exists)")
    source = root / "source"
    source.mkdir(parents=True, exist_ok=True)
    for module in sorted(p for p in installed_modules().iterdir() if p.is_dir() and p.name[:1] == "m"):
        if modules is not None and module.name not in modules:
            continue
        shutil.copytree(module, source / module.name,
                        ignore=shutil.ignore_patterns("*.answers*.json", "__pycache__", ".ipynb_checkpoints"))
    url = db_url or f"sqlite:///{root / 'gradebook.db'}"
    (root / "nbgrader_config.py").write_text(CONFIG_TEMPLATE.format(course_id=course_id, db_url=url))
    return root
