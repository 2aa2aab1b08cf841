"""The ``powerwith`` command: what nbgrader lacks, for students and instructors.

Each subcommand lives in its own module under ``powerwith.grading.commands`` and
registers itself through two functions: ``add_parser(subparsers)`` and ``run(args)``.
Errors a user can fix print one line and exit with status 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = ["start", "course", "grade", "report", "audit", "demo"]


class UsageError(Exception):
    """A mistake the user can fix: printed as one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="powerwith", description="Power With: the course and its grading tools.")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"powerwith.grading.commands.{name}")
        module.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except UsageError as error:
        print(f"powerwith: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("powerwith: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
