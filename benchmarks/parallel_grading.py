"""Benchmark: plain ``nbgrader autograde`` against ``powerwith grade --jobs N`` on the same class.

Run by hand (it takes a few minutes), from the project root:

    python benchmarks/parallel_grading.py                 # 100 students of module 1, --jobs 2
    python benchmarks/parallel_grading.py --students 40 --jobs 4 --keep /tmp/bench

It builds one course, releases module 1, submits it for a synthetic class (the demo's
mix: strong, middling, weak, blank, a corrupt answer file, a notebook-only upload),
copies the course, grades one copy with ``nbgrader autograde`` and the other with
``powerwith grade``, then prints both times, the ratio and whether every grade cell
is identical. Exit status 1 if any grade differs. The target on 2 cores is a ratio of
at least 1.8.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from powerwith.grading._keys import graded_items
from powerwith.grading._synthetic import roster, write_submission
from powerwith.grading.course import init_course, load_course

TARGET = 1.8


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"  # nbgrader runs alembic
    return env


def _run(command: list[str], cwd: Path) -> tuple[float, float]:
    """Run a command; return its wall-clock seconds and the CPU seconds it and its children used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
    return seconds, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def build_class(folder: Path, module: str, students: int, seed: int) -> Path:
    """A course with ``module`` released and submitted by a synthetic class."""
    root = init_course(folder, modules=[module])
    subprocess.run([str(Path(sys.executable).parent / "nbgrader"), "generate_assignment", module], cwd=root,
                   env=_env(), check=True, capture_output=True)
    course = load_course(root)
    items = graded_items(nbformat.read(course.source_notebooks(module)[0], as_version=4))
    notebook = root / "release" / module / f"{module}.ipynb"
    rng = random.Random(seed)
    for student in roster(students, seed=seed):
        write_submission(root / "submitted" / student.id / module, notebook, student, items, rng)
    return root


def grades(root: Path, module: str) -> dict[str, dict[str, tuple]]:
    """Every grade cell of every submission: (auto score, manual score, needs manual grade)."""
    from nbgrader.api import Gradebook

    course = load_course(root)
    found = {}
    with Gradebook(course.db_url, course.course_id) as gb:
        for submission in gb.assignment_submissions(module):
            for notebook in submission.notebooks:
                found[submission.student_id] = {g.name: (g.auto_score, g.manual_score, g.needs_manual_grade)
                                                for g in notebook.grades}
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--module", default="m01-foundations")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--keep", default=None, help="build the courses here and keep them")
    args = parser.parse_args(argv)

    scratch = Path(args.keep or tempfile.mkdtemp(prefix="powerwith-bench-"))
    scratch.mkdir(parents=True, exist_ok=True)
    try:
        print(f"Building a class of {args.students} for {args.module} in {scratch} ...", flush=True)
        plain = build_class(scratch / "plain", args.module, args.students, args.seed)
        parallel = Path(shutil.copytree(plain, scratch / "parallel"))
        print(f"cores: {os.cpu_count()}; grading with nbgrader autograde ...", flush=True)
        plain_seconds, plain_cpu = _run([str(Path(sys.executable).parent / "nbgrader"), "autograde", args.module], plain)
        print(f"grading with powerwith grade --jobs {args.jobs} ...", flush=True)
        parallel_seconds, parallel_cpu = _run([str(Path(sys.executable).parent / "powerwith"), "grade", args.module,
                                 "--jobs", str(args.jobs)], parallel)
        plain_grades, parallel_grades = grades(plain, args.module), grades(parallel, args.module)
        identical = plain_grades == parallel_grades and len(plain_grades) == args.students
        ratio = plain_seconds / parallel_seconds
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"nbgrader autograde:          {plain_seconds:7.1f} s  (CPU {plain_cpu:.0f} s, "
              f"{plain_cpu / plain_seconds:.2f} cores busy on average)")
        print(f"powerwith grade --jobs {args.jobs}:    {parallel_seconds:7.1f} s  (CPU {parallel_cpu:.0f} s, "
              f"{parallel_cpu / parallel_seconds:.2f} cores busy on average)")
        print(f"load average at the end:     {load:7.2f} (other work on the machine slows both runs)")
        print(f"ratio:                       {ratio:7.2f}x (target {TARGET}x on 2 cores: "
              f"{'met' if ratio >= TARGET else 'not met'})")
        print(f"grades identical:            {'yes' if identical else 'NO'} "
              f"({len(plain_grades)} submissions, {sum(len(g) for g in plain_grades.values())} grade cells)")
        return 0 if identical else 1
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
