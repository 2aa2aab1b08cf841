"""Make an nbgrader course folder whose source is the installed modules, and open one."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .nbgrader_setup import installed_modules

CONFIG_FILE = "nbgrader_config.py"

CONFIG_TEMPLATE = '''\
"""nbgrader configuration for a Power With course (made by `powerwith course init`)."""

import os

from powerwith.grading import configure

c = get_config()  # noqa: F821 (nbgrader provides get_config)
c.CourseDirectory.course_id = {course_id!r}
c.CourseDirectory.db_url = {db_url}
configure(c, course_root=__file__)

# Add your students, or let nbgrader add them as they submit:
# c.CourseDirectory.db_students = [dict(id="student1", first_name="Ada", last_name="Rivera")]

# For `nbgrader zip_collect`: how your LMS names downloaded files. The pattern must give the
# student id and the file's own name (with its extension, so answer files keep theirs), e.g.
# for files named "<student id>_<file name>" (see docs/instructor-guide.md):
# c.FileNameCollectorPlugin.named_regexp = r".*/(?P<student_id>[^/_]+)_(?P<file_id>[^/]+)$"
'''

# The default gradebook sits beside the config file, so the course folder can be moved.
DEFAULT_DB_EXPRESSION = '"sqlite:///" + os.path.join(os.path.dirname(os.path.abspath(__file__)), "gradebook.db")'


# Drivers to try, in order, for a URL that names none when SQLAlchemy's default is missing.
OTHER_DRIVERS = {"postgresql": ("psycopg2", "psycopg")}


class CourseError(Exception):
    """The folder is not a usable course, or its settings are wrong (a one-line message)."""


@dataclass
class Course:
    """An nbgrader course folder with its configuration loaded as nbgrader loads it."""

    root: Path
    config: Any  # traitlets.config.Config
    coursedir: Any  # nbgrader.coursedir.CourseDirectory

    @property
    def db_url(self) -> str:
        """The gradebook's SQLAlchemy URL."""
        return self.coursedir.db_url

    @property
    def course_id(self) -> str:
        """nbgrader's course id."""
        return self.coursedir.course_id

    def source_notebooks(self, assignment: str) -> list[Path]:
        """The instructor's notebooks of an assignment, in name order."""
        folder = Path(self.coursedir.format_path(self.coursedir.source_directory, ".", assignment))
        return sorted(folder.glob("*.ipynb")) if folder.is_dir() else []


def validate_db_url(url: str) -> str:
    """Check that ``url`` is an SQLAlchemy URL whose driver is installed; return the URL to use.

    A URL that names no driver (``postgresql://``) means SQLAlchemy's default one, which
    changed (psycopg2 up to SQLAlchemy 2.0, psycopg 3 from 2.1); when that one is missing
    but another known driver is installed, the URL naming that driver is returned.
    Raises :class:`CourseError` with the reason otherwise. No connection is made: the
    database server may not be reachable from where the course is set up.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise CourseError(f"--db-url {url!r} is not a database URL (e.g. postgresql://user@host/grades)") from None
    try:
        dialect = parsed.get_dialect()
    except NoSuchModuleError:
        raise CourseError(f"--db-url: SQLAlchemy knows no database type {parsed.drivername!r}") from None
    try:
        dialect.import_dbapi()
    except ImportError as error:
        for driver in OTHER_DRIVERS.get(parsed.drivername, ()):
            candidate = parsed.set(drivername=f"{parsed.drivername}+{driver}")
            try:
                candidate.get_dialect().import_dbapi()
            except ImportError:
                continue
            return candidate.render_as_string(hide_password=False)
        raise CourseError(f"--db-url: the Python driver for {parsed.drivername} is not installed "
                          f"({error.name or error}); e.g. pip install psycopg2-binary for PostgreSQL") from None
    return url


def init_course(
    folder: str | os.PathLike[str],
    *,
    course_id: str = "powerwith",
    db_url: str | None = None,
    modules: list[str] | None = None,
) -> Path:
    """Create a course folder with ``source/`` copied from the installed modules.

    ``modules`` limits the copy to some module folders (all by default). The
    gradebook is ``gradebook.db`` beside the course's ``nbgrader_config.py`` unless
    ``db_url`` names another SQLAlchemy URL (checked with :func:`validate_db_url`).
    Returns the course folder.
    """
    root = Path(folder).resolve()
    if (root / CONFIG_FILE).exists():
        raise FileExistsError(f"{root} already holds a course ({CONFIG_FILE} exists)")
    if db_url is not None:
        db_url = validate_db_url(db_url)
    source = root / "source"
    source.mkdir(parents=True, exist_ok=True)
    for module in sorted(p for p in installed_modules().iterdir() if p.is_dir() and p.name[:1] == "m"):
        if modules is not None and module.name not in modules:
            continue
        shutil.copytree(module, source / module.name,
                        ignore=shutil.ignore_patterns("*.answers*.json", "__pycache__", ".ipynb_checkpoints"))
    expression = repr(db_url) if db_url else DEFAULT_DB_EXPRESSION
    (root / CONFIG_FILE).write_text(CONFIG_TEMPLATE.format(course_id=course_id, db_url=expression))
    return root


def _config_files(root: Path) -> list[Path]:
    """nbgrader's config files in the order nbgrader loads them (later ones win)."""
    from jupyter_core.paths import jupyter_config_path

    found = [Path(p) / CONFIG_FILE for p in reversed(jupyter_config_path())]
    found.append(root / CONFIG_FILE)
    return [p for p in found if p.is_file()]


def load_course(folder: str | os.PathLike[str] = ".") -> Course:
    """Open a course folder: load its nbgrader configuration as nbgrader does.

    Raises :class:`CourseError` when the folder holds no ``nbgrader_config.py`` or the
    file cannot be loaded.
    """
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    root = Path(folder).resolve()
    if not root.is_dir():
        raise CourseError(f"{root} is not a folder")
    if not (root / CONFIG_FILE).is_file():
        raise CourseError(f"{root} is not an nbgrader course (no {CONFIG_FILE}); "
                          "make one with: powerwith course init DIR")
    config = Config()
    for path in _config_files(root):
        try:
            config.merge(PyFileConfigLoader(path.name, path=str(path.parent)).load_config())
        except Exception as error:  # a config file is user code: any error means "cannot load"
            raise CourseError(f"cannot load {path}: {type(error).__name__}: {error}") from None
    config.CourseDirectory.root = str(root)
    coursedir = CourseDirectory(config=config)
    return Course(root=root, config=config, coursedir=coursedir)


def assignments_in_source(course: Course) -> list[str]:
    """The assignment folders in the course's source directory, in name order."""
    source = Path(course.coursedir.format_path(course.coursedir.source_directory, ".", ".")).resolve()
    return sorted(p.name for p in source.iterdir() if p.is_dir() and list(p.glob("*.ipynb"))) if source.is_dir() else []
