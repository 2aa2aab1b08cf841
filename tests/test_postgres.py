"""A course whose gradebook is in PostgreSQL: ``course init --db-url``, grading, reports.

The instructor guide promises ``powerwith course init DIR --db-url postgresql://...`` for a
large course. This runs that course end to end against a throwaway PostgreSQL cluster the
test starts itself (Debian's ``postgresql`` package: ``/usr/lib/postgresql/*/bin``): module 1
is generated, three students submit (perfect, blank, partial), ``powerwith grade --jobs 2``
grades them into PostgreSQL, and ``powerwith report`` reads the same gradebook. The URL is
the documented ``postgresql://`` form: from SQLAlchemy 2.1 it means the psycopg 3 driver, so
with psycopg2 (the one the guide says to install) ``course init`` writes
``postgresql+psycopg2://`` into the course's config.

The cluster lives in a temporary folder, listens on 127.0.0.1 only (a free port, its socket
in that folder), trusts local connections, and is stopped at the end whatever happened.
initdb refuses to run as root, so as root the server runs as the ``postgres`` system user
(``runuser``). Without the PostgreSQL binaries or the psycopg2 driver the tests skip and say
why, except under ``CI=true``, where a missing server or driver fails.
"""

from __future__ import annotations

import csv
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

import support
from course_helpers import SLUG, answers_text, items, partial_answers, perfect_answers, powerwith
from powerwith.grading.course import load_course

pytestmark = pytest.mark.pipeline

DATABASE = "powerwith"
SUPERUSER = "postgres"
STUDENTS = ["blank", "partial", "perfect"]


def _missing(reason: str) -> None:
    """Skip with a clear reason, or fail under CI, where the PostgreSQL tests must run."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


def _bin_dir() -> Path | None:
    """The newest PostgreSQL server's bin folder (Debian's layout, else initdb on PATH)."""
    def version(initdb: str) -> int:
        name = Path(initdb).parent.parent.name  # /usr/lib/postgresql/<version>/bin/initdb
        return int(name) if name.isdigit() else 0

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version)
    initdb = found[-1] if found else shutil.which("initdb")
    if initdb is None or not os.access(Path(initdb).parent / "pg_ctl", os.X_OK):
        return None
    return Path(initdb).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """A throwaway PostgreSQL cluster in ``folder``, reachable on 127.0.0.1 only."""

    def __init__(self, bin_dir: Path, folder: Path, run_as: list[str]) -> None:
        self.bin_dir = bin_dir
        self.folder = folder
        self.data = folder / "data"
        self.log = folder / "server.log"
        self.run_as = run_as  # ["runuser", "-u", "postgres", "--"] as root, else nothing
        self.port = 0

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run([*self.run_as, str(self.bin_dir / tool), *args], cwd=self.folder,
                                capture_output=True, text=True, timeout=120, env=dict(os.environ, LC_ALL="C"))
        if check and result.returncode != 0:
            log = self.log.read_text()[-3000:] if self.log.is_file() else ""
            raise RuntimeError(f"{tool} {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}\n{log}")
        return result

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "--auth=trust", f"--username={SUPERUSER}", "--encoding=UTF8",
                  "--no-locale", "--no-sync")
        sockets = self.folder / "sockets"
        sockets.mkdir()
        owner = os.stat(self.folder)  # the server's user (postgres when run as root)
        os.chown(sockets, owner.st_uid, owner.st_gid)
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write("\n# powerwith test: 127.0.0.1 only, socket in the test folder, no durability needed\n"
                       "listen_addresses = '127.0.0.1'\n"
                       f"unix_socket_directories = '{sockets}'\n"
                       "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n")
        for attempt in range(3):  # another process may take the free port before the server does
            self.port = _free_port()
            started = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                                "-o", f"-p {self.port}", "start", check=attempt == 2)
            if started.returncode == 0:
                return

    def create_database(self, name: str) -> None:
        import psycopg2

        connection = psycopg2.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres",
                                      connect_timeout=10)
        try:
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute(f'CREATE DATABASE "{name}"')
        finally:
            connection.close()

    def stop(self) -> None:
        if not (self.data / "postmaster.pid").exists():
            return
        stopped = self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop", check=False)
        if stopped.returncode != 0:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)


@pytest.fixture(scope="session")
def postgres_url():
    """A database on a throwaway PostgreSQL cluster, as the documented ``postgresql://`` URL."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        _missing("the PostgreSQL server is not installed (apt-get install postgresql): "
                 "the PostgreSQL gradebook tests need initdb and pg_ctl")
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        _missing("the Python package psycopg2 is missing (pip install -e '.[test]')")
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            _missing("running as root and there is no 'postgres' system user to run the server as "
                     "(apt-get install postgresql creates it)")
        runuser = shutil.which("runuser")
        if runuser is None:
            _missing("running as root and runuser is missing: it runs the server as the 'postgres' user")
        run_as = [runuser, "-u", "postgres", "--"]
    # Not under pytest's tmp_path: its folders are private to the user running pytest.
    folder = Path(tempfile.mkdtemp(prefix="powerwith-pg-"))
    if run_as:
        os.chown(folder, user.pw_uid, user.pw_gid)
    cluster = Cluster(bin_dir, folder, run_as)
    # libpq reads PG* variables (PGHOSTADDR would override the host): none may leak in.
    with pytest.MonkeyPatch.context() as patch:
        for name in [name for name in os.environ if name.startswith("PG")]:
            patch.delenv(name)
        try:
            cluster.start()
            cluster.create_database(DATABASE)
            yield f"postgresql://{SUPERUSER}@127.0.0.1:{cluster.port}/{DATABASE}"
        finally:
            try:
                cluster.stop()
            finally:
                shutil.rmtree(folder, ignore_errors=True)


# --- a course graded into PostgreSQL ------------------------------------------------------------
@dataclass
class GradedCourse:
    root: Path
    db_url: str  # as the course's nbgrader_config.py holds it
    grade: subprocess.CompletedProcess
    report: subprocess.CompletedProcess


def expected_scores() -> dict[str, dict[str, float]]:
    """Each student's autograded score per grade cell (partial: support.partial_answer's shares,
    to the 3 decimals the scoring reports, as in the pipeline tests)."""
    cells = items()
    return {"perfect": {item["grade_id"]: item["points"] for item in cells},
            "blank": {item["grade_id"]: 0.0 for item in cells},
            "partial": {item["grade_id"]: round(item["points"] * support.partial_answer(item)[1], 3) for item in cells}}


@pytest.fixture(scope="module")
def graded(postgres_url, tmp_path_factory) -> GradedCourse:
    folder = tmp_path_factory.mktemp("postgres")
    init = powerwith("course", "init", "course", "--db-url", postgres_url, cwd=folder)
    assert init.returncode == 0, init.stdout + init.stderr
    root = folder / "course"
    support.nbgrader(root, "generate_assignment", SLUG)
    support.submit(root, SLUG, "perfect", answers_text(perfect_answers()))
    support.submit(root, SLUG, "blank", None)
    support.submit(root, SLUG, "partial", answers_text(partial_answers()))
    grade = powerwith("grade", SLUG, "--jobs", "2", cwd=root)
    report = powerwith("report", cwd=root)
    return GradedCourse(root=root, db_url=load_course(root).db_url, grade=grade, report=report)


def test_the_course_keeps_its_gradebook_in_postgresql(graded, postgres_url):
    from sqlalchemy.engine import make_url

    used, given = make_url(graded.db_url), make_url(postgres_url)
    assert used.get_backend_name() == "postgresql"
    assert (used.host, used.port, used.database) == ("127.0.0.1", given.port, DATABASE)
    assert not (graded.root / "gradebook.db").exists()


def test_grade_fills_the_postgresql_gradebook(graded):
    from nbgrader.api import Gradebook

    assert graded.grade.returncode == 0, graded.grade.stdout + graded.grade.stderr
    assert "graded 3, failed 0" in graded.grade.stdout
    found: dict[str, dict[str, float]] = {}
    with Gradebook(graded.db_url, "powerwith") as gb:
        for submission in gb.assignment_submissions(SLUG):
            notebook = gb.find_submission_notebook(SLUG, SLUG, submission.student_id)
            found[submission.student_id] = {g.name: g.auto_score for g in notebook.grades
                                            if g.cell.cell_type == "code"}
    expected = expected_scores()
    assert sorted(found) == STUDENTS
    for student in STUDENTS:
        assert found[student] == pytest.approx(expected[student]), student
    assert sum(found["perfect"].values()) == pytest.approx(10)
    assert sum(found["blank"].values()) == 0


def test_report_reads_the_same_gradebook(graded):
    assert graded.report.returncode == 0, graded.report.stdout + graded.report.stderr
    with open(graded.root / "reports" / "grades.csv", newline="") as handle:
        rows = {row["student_id"]: row for row in csv.DictReader(handle)}
    assert sorted(rows) == STUDENTS
    for student, cells in expected_scores().items():
        total = sum(cells.values())  # the reflections are not graded yet: they count 0
        assert float(rows[student][SLUG]) == pytest.approx(total, abs=1e-3), student
        assert float(rows[student]["total"]) == pytest.approx(total, abs=1e-3), student
