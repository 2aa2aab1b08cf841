"""``powerwith course init DIR``: an nbgrader course whose source is the installed modules."""

from __future__ import annotations

import argparse

from ..cli import UsageError
from ..course import CourseError, init_course


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("course", help="set up an nbgrader course")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    init = actions.add_parser("init", help="make a course folder from the installed modules")
    init.add_argument("folder", help="the course folder to create")
    init.add_argument("--course-id", default="powerwith", help="nbgrader's course id (default: powerwith)")
    init.add_argument("--db-url", default=None,
                      help="the gradebook's SQLAlchemy URL, e.g. postgresql://grader@db.example.edu/powerwith "
                           "(default: SQLite gradebook.db in the course folder)")
    init.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        root = init_course(args.folder, course_id=args.course_id, db_url=args.db_url)
    except (FileExistsError, CourseError) as error:
        raise UsageError(str(error)) from None
    print(f"Course ready in {root}. Next: cd {root} && nbgrader generate_assignment m01-foundations")
    return 0
