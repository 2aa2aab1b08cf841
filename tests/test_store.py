"""The answer file: written at once, read back after a restart, never silently emptied."""

from __future__ import annotations

import json
import os

from powerwith.widgets import AnswerStore, Workbook
from powerwith.widgets._store import SCHEMA_VERSION


def test_every_change_is_written_with_a_schema_version(tmp_path):
    store = AnswerStore(tmp_path / "m01-x.answers.json")
    store.set("m01.q1", "Expert power")
    document = json.loads((tmp_path / "m01-x.answers.json").read_text())
    assert document == {"schema": SCHEMA_VERSION, "answers": {"m01.q1": "Expert power"}}


def test_answers_survive_a_restart(tmp_path):
    AnswerStore(tmp_path / "a.answers.json").set("m01.q1", ["x", "y"])
    assert AnswerStore(tmp_path / "a.answers.json").get("m01.q1") == ["x", "y"]


def test_rapid_changes_lose_nothing_and_leave_no_temporary_files(tmp_path):
    path = tmp_path / "a.answers.json"
    first, second = AnswerStore(path), AnswerStore(path)
    for n in range(50):
        first.set(f"m01.q{n}", n)
    assert AnswerStore(path).answers() == {f"m01.q{n}": n for n in range(50)}
    assert sorted(os.listdir(tmp_path)) == ["a.answers.json"]
    second.set("m01.z", 1)  # a second store (e.g. a re-run cell) keeps its own view
    assert AnswerStore(path).get("m01.z") == 1


def test_clearing_an_answer_removes_it(tmp_path):
    store = AnswerStore(tmp_path / "a.answers.json")
    store.set("m01.q1", "x")
    store.set("m01.q1", None)
    assert AnswerStore(tmp_path / "a.answers.json").get("m01.q1") is None


def test_corrupt_file_is_moved_aside_and_reported(tmp_path):
    path = tmp_path / "m01-x.answers.json"
    path.write_text('{"schema": 1, "answers": {"m01.q1": "Exp')
    store = AnswerStore(path)
    kept = list(tmp_path.glob("m01-x.answers.unreadable-*.json"))
    assert len(kept) == 1 and kept[0].read_text() == '{"schema": 1, "answers": {"m01.q1": "Exp'
    assert store.answers() == {}
    assert "could not be read" in store.problem and kept[0].name in store.problem
    store.set("m01.q2", "y")
    assert AnswerStore(path).get("m01.q2") == "y"
    assert kept[0].exists()


def test_wrong_shapes_and_schema_versions_are_kept_aside(tmp_path):
    for text in ("[1, 2]", '{"schema": 99, "answers": {}}', '{"answers": "none"}', "\udcff"):
        path = tmp_path / "a.answers.json"
        path.write_text(text, errors="surrogateescape")
        store = AnswerStore(path)
        assert store.problem and store.answers() == {}
    assert len(list(tmp_path.glob("a.answers.unreadable-*.json"))) == 4


def test_workbook_uses_the_notebook_stem_and_its_folder(tmp_path):
    book = Workbook("m01-foundations", folder=tmp_path)
    book.choice("m01.q1", "Pick.", ["a", "b"]).answer("a")
    assert (tmp_path / "m01-foundations.answers.json").exists()


def test_workbook_shows_a_plain_message_for_a_corrupt_file(tmp_path, capsys):
    (tmp_path / "m01-x.answers.json").write_text("not json")
    Workbook("m01-x", folder=tmp_path)
    shown = capsys.readouterr()
    assert "could not be read" in shown.out and shown.err == ""
