"""``powerwith start``: open the course in JupyterLab, as a student sees it."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from ..workspace import student_copies


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("start", help="open the course (student copies) in JupyterLab")
    parser.add_argument("folder", nargs="?", default="powerwith-course",
                        help="where the student copies go (default: ./powerwith-course); existing work is kept")
    parser.add_argument("--no-browser", action="store_true", help="start JupyterLab without opening a browser")
    parser.add_argument("--prepare-only", action="store_true", help="write the student copies, do not start JupyterLab")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    folder = Path(args.folder).resolve()
    written = student_copies(folder)
    print(f"The course is in {folder} ({len(written)} module(s) added; existing work kept).")
    if args.prepare_only:
        return 0
    command = [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.root_dir={folder}"]
    if args.no_browser:
        command.append("--no-browser")
    first = sorted(folder.glob("m01-*/*.ipynb"))
    if first:
        command.append(str(first[0].relative_to(folder)))
    return subprocess.call(command, cwd=folder, env=dict(os.environ))
