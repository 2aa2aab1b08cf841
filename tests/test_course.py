"""``powerwith course init``: an nbgrader course in which nbgrader's own commands work.

The pipeline test runs nbgrader as an instructor would: generate_assignment,
release_assignment to a temporary exchange, a student's fetch_assignment and submit,
collect, zip_collect of an LMS download, autograde, generate_feedback, and formgrader's
API on a briefly started Jupyter server.
"""

from __future__ import annotations

import getpass
import json
import shutil
import socket
import subprocess
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

import support
from course_helpers import SLUG, answers_text, items, powerwith, released_course
from powerwith.grading.course import CourseError, init_course, load_course, validate_db_url

REGEXP = r".*/(?P<student_id>[^/_]+)_(?P<file_id>[^/]+)$"  # LMS files named <student>_<file>


def test_init_copies_the_modules_and_nbgrader_loads_the_config(tmp_path):
    root = init_course(tmp_path / "course")
    slugs = sorted(p.name for p in (root / "source").iterdir())
    assert slugs == support.module_slugs()
    assert not list((root / "source").rglob("*.answers*.json"))
    course = load_course(root)
    assert course.db_url == f"sqlite:///{root / 'gradebook.db'}"
    assert course.course_id == "powerwith"
    assert course.config.FileNameCollectorPlugin.valid_ext == [".ipynb", ".json"]


def test_a_course_folder_can_be_moved(tmp_path):
    init_course(tmp_path / "here", modules=[SLUG])
    shutil.move(tmp_path / "here", tmp_path / "there")
    assert load_course(tmp_path / "there").db_url == f"sqlite:///{tmp_path / 'there' / 'gradebook.db'}"


def test_db_url_is_used(tmp_path):
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    result = powerwith("course", "init", "course", "--db-url", url, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert load_course(tmp_path / "course").db_url == url


@pytest.mark.parametrize("url, message", [
    ("not a url", "is not a database URL"),
    ("nosuchdb://host/x", "knows no database type"),
])
def test_bad_db_url_is_one_line_exit_2(tmp_path, url, message):
    result = powerwith("course", "init", "course", "--db-url", url, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert not (tmp_path / "course" / "nbgrader_config.py").exists()


def test_postgresql_url_needs_its_driver():
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        with pytest.raises(CourseError, match="driver"):
            validate_db_url("postgresql://grader@db.example.edu/powerwith")
    else:
        assert validate_db_url("postgresql://grader@db.example.edu/powerwith")


def test_existing_course_and_not_a_course(tmp_path):
    init_course(tmp_path / "course", modules=[SLUG])
    again = powerwith("course", "init", "course", cwd=tmp_path)
    assert again.returncode == 2 and "already holds a course" in again.stderr
    with pytest.raises(CourseError, match="not an nbgrader course"):
        load_course(tmp_path)


# --- nbgrader's commands in a powerwith course ----------------------------------------------
@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    return released_course(tmp_path_factory.mktemp("nbgrader") / "course")


def _q6() -> dict:
    return next(item for item in items() if item["id"] == "m01.q6")


@pytest.mark.pipeline
def test_nbgrader_release_fetch_submit_collect(course, tmp_path):
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    exchange.chmod(0o777)
    flag = f"--Exchange.root={exchange}"
    support.nbgrader(course, "release_assignment", SLUG, flag)
    student = tmp_path / "student"
    student.mkdir()
    support.nbgrader(student, "fetch_assignment", SLUG, "--course", "powerwith", flag)
    fetched = student / SLUG
    assert sorted(p.name for p in fetched.iterdir()) == [f"{SLUG}.ipynb"]
    (fetched / f"{SLUG}.answers.json").write_text(answers_text({"m01.q6": _q6()["key"]}))
    support.nbgrader(student, "submit", SLUG, "--course", "powerwith", flag)
    support.nbgrader(course, "collect", SLUG, flag)
    collected = course / "submitted" / getpass.getuser() / SLUG
    assert (collected / f"{SLUG}.answers.json").is_file()


@pytest.mark.pipeline
def test_nbgrader_zip_collect_keeps_answer_files(course, tmp_path):
    release = course / "release" / SLUG / f"{SLUG}.ipynb"
    archive = course / "downloaded" / SLUG / "archive"
    archive.mkdir(parents=True)
    with zipfile.ZipFile(archive / "lms-download.zip", "w") as bundle:
        bundle.write(release, f"ada_{SLUG}.ipynb")
        bundle.writestr(f"ada_{SLUG}.answers.json", answers_text({"m01.q6": _q6()["key"]}))
        bundle.write(release, f"bo_{SLUG}.ipynb")
    support.nbgrader(course, "zip_collect", SLUG, f"--FileNameCollectorPlugin.named_regexp={REGEXP}")
    ada = course / "submitted" / "ada" / SLUG
    assert sorted(p.name for p in ada.iterdir() if p.name != "timestamp.txt") == [f"{SLUG}.answers.json",
                                                                                     f"{SLUG}.ipynb"]
    assert sorted(p.name for p in (course / "submitted" / "bo" / SLUG).iterdir()) == [f"{SLUG}.ipynb"]


@pytest.mark.pipeline
def test_nbgrader_autograde_and_generate_feedback(course):
    if not (course / "submitted" / "ada").exists():
        pytest.skip("needs the zip_collect test's submissions")
    support.nbgrader(course, "autograde", SLUG)
    scores = support.scores(course, SLUG)
    assert scores["ada"]["m01-q6"] == 1.0  # the answer came through zip_collect in its answer file
    assert scores["bo"]["m01-q6"] == 0.0
    support.nbgrader(course, "generate_feedback", SLUG)
    for student in scores:
        assert (course / "feedback" / student / SLUG / f"{SLUG}.html").is_file(), student


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.pipeline
def test_formgrader_serves_the_course(course):
    port, token = _free_port(), "powerwith-test"
    server = subprocess.Popen(
        [str(support.BIN / "jupyter"), "server", "--no-browser", "--allow-root", f"--port={port}",
         f"--IdentityProvider.token={token}", "--ServerApp.port_retries=0"],
        cwd=course, env=support.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/formgrader/api/assignments?token={token}"
        deadline, found = time.monotonic() + 90, None
        while time.monotonic() < deadline and found is None:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    found = json.loads(response.read())
            except OSError:
                assert server.poll() is None, "jupyter server stopped"
                time.sleep(0.5)
        assert found is not None, "formgrader did not answer"
        assert [a["name"] for a in found] == [SLUG]
        assert found[0]["max_score"] == 15.0 and found[0]["max_written_score"] == 5.0
    finally:
        server.terminate()
        server.wait(timeout=30)
