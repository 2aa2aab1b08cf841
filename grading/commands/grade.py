"""``powerwith grade ASSIGNMENT [--jobs N]``: nbgrader's autograde, in parallel worker processes."""

from __future__ import annotations

import argparse
import sys

from ..cli import UsageError


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "grade", help="autograde every submission of an assignment, in parallel",
        description="Autograde every submitted student of ASSIGNMENT with nbgrader, in parallel worker "
                    "processes. Grades are nbgrader's own; a submission that crashes the kernel, runs past "
                    "the time limit or is not a valid notebook scores 0 and is reported. Exit status: 0 when "
                    "all were graded, 1 when some failed, 130 when interrupted (run again to finish).")
    parser.add_argument("assignment", help="the assignment (module) to grade, e.g. m01-foundations")
    parser.add_argument("--jobs", "-j", type=int, default=None,
                        help="worker processes (default: the number of cores)")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds one submission may run before it scores 0 (default: 120)")
    parser.add_argument("--force", action="store_true", help="regrade students already graded")
    parser.add_argument("--student", action="append", default=None, metavar="ID",
                        help="grade only this student (repeat for more)")
    parser.add_argument("--course", default=".", help="the course folder (default: the current folder)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from .._gradebook import GradebookError
    from .._progress import ProgressBar
    from ..course import CourseError, load_course
    from ..parallel import FAILED, GradingError, grade_assignment, submitted_students

    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    if args.timeout <= 0:
        raise UsageError("--timeout must be more than 0 seconds")
    try:
        course = load_course(args.course)
        total = len(args.student or submitted_students(course, args.assignment))
        bar = ProgressBar(total, stream=sys.stderr)

        def on_result(student: str, status: str, reason: str) -> None:
            if status == FAILED:
                bar.note(f"FAILED {student}: {reason} (scored 0)")
            bar.advance(failed=status == FAILED)

        result = grade_assignment(course, args.assignment, jobs=args.jobs, time_limit=args.timeout,
                                  force=args.force, students=args.student, on_result=on_result, on_note=bar.note)
        bar.close()
    except (CourseError, GradebookError, GradingError) as error:
        raise UsageError(str(error)) from None
    except RuntimeError as error:  # nbgrader itself could not start (e.g. a broken nbgrader_config.py)
        print(f"powerwith: {error}", file=sys.stderr)
        return 1
    print(summary(result))
    if result.interrupted:
        return 130
    return 1 if result.failed else 0


def summary(result) -> str:
    """A few lines on what a grading run did (a :class:`~powerwith.grading.parallel.GradeRun`)."""
    done = len(result.graded) + len(result.failed)
    lines = [f"{result.assignment}: graded {len(result.graded)}, failed {len(result.failed)}, "
             f"already graded {len(result.skipped)}, in {result.seconds:.1f} s with {result.jobs} worker(s)."]
    if result.failed:
        lines.append(f"{len(result.failed)} submission(s) scored 0 because they could not be graded: "
                     f"{', '.join(sorted(result.failed))}. Details: {result.log_path}")
    if result.skipped:
        lines.append("Students already graded were left as they are (use --force to regrade them).")
    if result.interrupted:
        lines.append(f"Interrupted after {done} submission(s); {len(result.not_graded)} not graded. "
                     "Run the same command again to grade the rest.")
    return "\n".join(lines)
