"""``powerwith demo DIR``: build a course, grade a synthetic class in parallel, audit and report."""

from __future__ import annotations

import argparse
import sys

from ..cli import UsageError

DEFAULT_MODULE = "m01-foundations"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "demo", help="the tour: a course with a synthetic class, graded, audited and reported",
        description="Build a course in DIR/course, release a module, submit it for a class of synthetic "
                    "students (strong, middling, weak, blank, one corrupt answer file, one notebook-only "
                    "upload), grade it in parallel, audit it and write the reports into DIR/reports.")
    parser.add_argument("folder", help="an empty (or new) folder for the demo")
    parser.add_argument("--students", type=int, default=40, help="how many students (default: 40)")
    parser.add_argument("--module", default=DEFAULT_MODULE, help=f"the module to use (default: {DEFAULT_MODULE})")
    parser.add_argument("--jobs", "-j", type=int, default=None, help="worker processes (default: the number of cores)")
    parser.add_argument("--seed", type=int, default=2024, help="the random seed for the class (default: 2024)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from .._gradebook import GradebookError
    from .._progress import ProgressBar
    from ..course import CourseError
    from ..demo import DemoError, run_demo, where
    from ..parallel import FAILED, GradingError

    if args.students < 1:
        raise UsageError("--students must be 1 or more")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    bar = ProgressBar(args.students, stream=sys.stderr)

    def on_result(student: str, status: str, reason: str) -> None:
        if status == FAILED:
            bar.note(f"FAILED {student}: {reason} (scored 0)")
        bar.advance(failed=status == FAILED)

    try:
        demo = run_demo(args.folder, students=args.students, module=args.module, jobs=args.jobs, seed=args.seed,
                        on_step=lambda text: print(text, flush=True), on_result=on_result)
    except (DemoError, CourseError, GradebookError, GradingError) as error:
        raise UsageError(str(error)) from None
    finally:
        bar.close()
    print(where(demo))
    return 0
