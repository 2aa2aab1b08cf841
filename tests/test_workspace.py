"""`powerwith start`: the student's workspace holds clean student copies and keeps existing work."""

from __future__ import annotations

import subprocess

import support


def test_start_prepares_student_copies_and_keeps_work(tmp_path):
    folder = tmp_path / "course"
    first = subprocess.run([str(support.BIN / "powerwith"), "start", str(folder), "--prepare-only"],
                           capture_output=True, text=True, env=support.env())
    assert first.returncode == 0, first.stderr
    slugs = support.module_slugs()
    assert sorted(p.name for p in folder.iterdir()) == slugs
    for slug in slugs:
        text = (folder / slug / f"{slug}.ipynb").read_text()
        assert "BEGIN SOLUTION" not in text and "HIDDEN TESTS" not in text and ".answer(" not in text
        assert sorted(p.name for p in (folder / slug).iterdir()) == [f"{slug}.ipynb"]

    mine = folder / slugs[0] / f"{slugs[0]}.ipynb"
    mine.write_text(mine.read_text().replace("Run this cell first", "Run this cell first (my note)"))
    again = subprocess.run([str(support.BIN / "powerwith"), "start", str(folder), "--prepare-only"],
                           capture_output=True, text=True, env=support.env())
    assert again.returncode == 0 and "0 module(s) added" in again.stdout
    assert "(my note)" in mine.read_text()


def test_course_init_refuses_an_existing_course(tmp_path):
    command = [str(support.BIN / "powerwith"), "course", "init", str(tmp_path / "c")]
    assert subprocess.run(command, capture_output=True, env=support.env()).returncode == 0
    second = subprocess.run(command, capture_output=True, text=True, env=support.env())
    assert second.returncode == 2 and second.stderr.count("\n") == 1 and "already holds a course" in second.stderr
