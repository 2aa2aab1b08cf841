"""``powerwith report [--out DIR]``: grades for the LMS, item analysis, competency outcomes."""

from __future__ import annotations

import argparse

from ..cli import UsageError
from ..outcomes import DEFAULT_BENCHMARK


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "report", help="write grade, item and competency reports from the gradebook",
        description="From the course's gradebook, write an LMS grade CSV, score distributions, item "
                    "difficulty and discrimination, and CSWE competency outcomes (CSV and PNG), and print "
                    "a short summary.")
    parser.add_argument("--out", default=None, help="the folder for the reports (default: reports/ in the course)")
    parser.add_argument("--benchmark", type=float, default=DEFAULT_BENCHMARK,
                        help=f"the competency benchmark, in percent of points (default: {DEFAULT_BENCHMARK:g})")
    parser.add_argument("--course", default=".", help="the course folder (default: the current folder)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from .._gradebook import GradebookError
    from ..course import CourseError, load_course
    from ..report import ReportError, build_report

    try:
        report = build_report(load_course(args.course), args.out, benchmark=args.benchmark)
    except (CourseError, GradebookError, ReportError) as error:
        raise UsageError(str(error)) from None
    print(report.summary)
    return 0
