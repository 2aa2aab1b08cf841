"""``powerwith audit ASSIGNMENT [--json]``: flag submissions to look at by hand."""

from __future__ import annotations

import argparse
import json

from ..cli import UsageError


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "audit", help="flag suspicious or broken submissions of an assignment",
        description="Check every submission of ASSIGNMENT: answer file missing or unreadable, only the "
                    "notebook uploaded, code cells added, locked or test cells changed (nbgrader's "
                    "checksums), test cells that wrote to stderr when autograded. Exit status 1 when "
                    "anything is flagged, 0 when nothing is.")
    parser.add_argument("assignment", help="the assignment (module), e.g. m01-foundations")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.add_argument("--course", default=".", help="the course folder (default: the current folder)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..audit import AuditError, as_data, as_text, audit_assignment
    from ..course import CourseError, load_course

    try:
        audits = audit_assignment(load_course(args.course), args.assignment)
    except (CourseError, AuditError) as error:
        raise UsageError(str(error)) from None
    print(json.dumps(as_data(audits), indent=1) if args.json else as_text(audits))
    return 1 if any(audit.flags for audit in audits) else 0
