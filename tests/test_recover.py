"""Answers recovered from the widget state JupyterLab saves in a notebook (no browser needed).

The browser tests prove the same path with JupyterLab's real saved state; these prove the
logic on state built from the widgets' own synced state, which is what JupyterLab saves.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import time
from pathlib import Path

import nbformat
import pytest

import support
from powerwith.grading.course import init_course
from powerwith.grading.recover import ClearWidgetState, KeepCurrentWidgetState, RecoverAnswers
from powerwith.widgets import Workbook
from powerwith.widgets._recover import WIDGET_STATE, fill, keep_current_models, recover_into, saved_answers

STEM = "m01-t"
STEPS = {
    "start": {"text": "Ms. Reyes arrives.", "choices": [
        {"id": "greet", "label": "Greet her by name", "consequence": "She relaxes.", "next": "forms"},
        {"id": "forms", "label": "Hand her the forms", "consequence": "She goes quiet.", "next": "end"}]},
    "forms": {"text": "The forms come next.", "choices": [
        {"id": "explain", "label": "Explain each form", "consequence": "She asks questions.", "next": "end"}]},
    "end": {"text": "She plans with you."},
}
# One exercise of every kind: how to make it, and an answer a student could give.
KINDS = {
    "choice": (lambda b: b.choice("m01.q1", "Pick.", ["Expert", "Reward"]), "Reward"),
    "select-all": (lambda b: b.select_all("m01.q2", "Tick.", ["a", "b", "c"]), ["a", "c"]),
    "categorize": (lambda b: b.categorize("m01.q3", "Sort.", ["x", "y"], ["K", "L"]), {"x": "L", "y": "K"}),
    "rank": (lambda b: b.rank("m01.q4", "Order.", ["one", "two", "three"]), ["three", "one", "two"]),
    "power-map": (lambda b: b.power_map("m01.q5", "Map.", ["Knowledge", "Resources"]), {"Knowledge": 9, "Resources": 2}),
    "scenario": (lambda b: b.scenario("m01.q6", "Walk.", STEPS), [["start", "greet"], ["forms", "explain"]]),
    "rewrite": (lambda b: b.rewrite("m01.q7", "Rewrite.", "Client is noncompliant."), "She could not come on Tuesday."),
}


def widget_state(*exercises) -> dict:
    """The notebook metadata JupyterLab saves with saveState on, for these exercises' models."""
    state = {exercise.model_id: {"model_name": exercise._model_name, "model_module": exercise._model_module,
                                 "model_module_version": exercise._model_module_version,
                                 "state": json.loads(json.dumps(exercise.get_state(), default=str))}
             for exercise in exercises}
    return {"widgets": {WIDGET_STATE: {"version_major": 2, "version_minor": 0, "state": state}}}


def write_notebook(folder: Path, metadata: dict, stem: str = STEM) -> Path:
    nb = nbformat.v4.new_notebook(metadata=metadata)
    path = folder / f"{stem}.ipynb"
    nbformat.write(nb, path)
    return path


def answer_file(folder: Path, stem: str = STEM) -> Path:
    return folder / f"{stem}.answers.json"


def stored(folder: Path, stem: str = STEM) -> dict:
    return json.loads(answer_file(folder, stem).read_text())["answers"]


def answered(tmp_path: Path, *kinds: str) -> list:
    """Exercises answered in a scratch folder: their state is what a saved notebook would hold."""
    book = Workbook(STEM, folder=tmp_path / "elsewhere")
    made = []
    for kind in kinds:
        make, answer = KINDS[kind]
        exercise = make(book)
        exercise.answer(answer)
        made.append(exercise)
    return made


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_recovers_from_saved_state_when_the_answer_file_is_missing(tmp_path, kind):
    folder = tmp_path / "upload"
    folder.mkdir()
    write_notebook(folder, widget_state(*answered(tmp_path, kind)))
    make, answer = KINDS[kind]
    exercise = make(Workbook(STEM, folder=folder))
    assert exercise.value == answer
    assert stored(folder)[exercise.exercise_id] == answer
    assert json.loads(exercise.saved_answer) == answer


def test_answers_in_the_file_win_and_only_missing_ones_are_filled(tmp_path):
    folder = tmp_path / "upload"
    folder.mkdir()
    answer_file(folder).write_text(json.dumps({"schema": 1, "answers": {"m01.q1": "Expert"}}))
    time.sleep(0.01)
    write_notebook(folder, widget_state(*answered(tmp_path, "choice", "rank")))  # saved after the file
    book = Workbook(STEM, folder=folder)
    assert KINDS["choice"][0](book).value == "Expert"
    assert KINDS["rank"][0](book).value == ["three", "one", "two"]
    assert stored(folder) == {"m01.q1": "Expert", "m01.q4": ["three", "one", "two"]}


def test_an_answer_cleared_after_the_last_save_does_not_come_back(tmp_path):
    folder = tmp_path / "work"
    folder.mkdir()
    notebook = write_notebook(folder, widget_state(*answered(tmp_path, "choice")))
    answer_file(folder).write_text(json.dumps({"schema": 1, "answers": {}}))  # cleared after the save
    old = notebook.stat().st_mtime_ns - 10_000_000_000
    os.utime(notebook, ns=(old, old))
    assert KINDS["choice"][0](Workbook(STEM, folder=folder)).value is None
    assert stored(folder) == {}


def test_an_unreadable_answer_file_is_kept_aside_and_answers_come_back(tmp_path):
    folder = tmp_path / "upload"
    folder.mkdir()
    answer_file(folder).write_text('{"schema": 1, "answers": {"m0')
    time.sleep(0.01)
    write_notebook(folder, widget_state(*answered(tmp_path, "categorize")))
    book = Workbook(STEM, folder=folder)
    assert book.store.problem and list(folder.glob("*.answers.unreadable-*.json"))
    assert KINDS["categorize"][0](book).value == {"x": "L", "y": "K"}


def two_models(tmp_path):
    """A saved state holding an exercise twice: the model restored when the notebook was reopened
    (an old answer) and the one the kernel made since (the answer now)."""
    first, = answered(tmp_path, "choice")
    metadata = widget_state(first)
    models = metadata["widgets"][WIDGET_STATE]["state"]
    old = models.pop(first.model_id)
    old["state"]["saved_answer"] = json.dumps("Expert")
    now = json.loads(json.dumps(old))
    now["state"]["saved_answer"] = json.dumps("Reward")
    return metadata, models, old, now


def shown(*model_ids):
    """Cells whose saved outputs display these models."""
    return [nbformat.v4.new_code_cell(outputs=[nbformat.v4.new_output(
        "display_data", data={"application/vnd.jupyter.widget-view+json": {"model_id": model_id, "version_major": 2,
                                                                            "version_minor": 0}})])
            for model_id in model_ids]


@pytest.mark.parametrize("order", ["old first", "now first"])
def test_the_model_the_outputs_display_decides(tmp_path, order):
    metadata, models, old, now = two_models(tmp_path)
    for model_id, model in ([("a" * 32, old), ("b" * 32, now)] if order == "old first"
                            else [("b" * 32, now), ("a" * 32, old)]):
        models[model_id] = model
    assert saved_answers({"metadata": metadata, "cells": shown("b" * 32)}) == {"m01.q1": "Reward"}
    assert saved_answers({"metadata": metadata, "cells": shown("a" * 32)}) == {"m01.q1": "Expert"}
    now["state"]["saved_answer"] = ""  # the student cleared the answer in the widget on show
    assert saved_answers({"metadata": metadata, "cells": shown("b" * 32)}) == {}


def test_a_model_inside_a_displayed_container_counts_as_displayed(tmp_path):
    metadata, models, old, now = two_models(tmp_path)
    models.update({"a" * 32: old, "b" * 32: now,
                   "c" * 32: {"model_name": "VBoxModel", "state": {"children": ["IPY_MODEL_" + "b" * 32]}}})
    assert saved_answers({"metadata": metadata, "cells": shown("c" * 32)}) == {"m01.q1": "Reward"}


def test_without_displayed_outputs_models_that_disagree_recover_nothing(tmp_path):
    metadata, models, old, now = two_models(tmp_path)
    models.update({"a" * 32: old, "b" * 32: now})
    assert saved_answers({"metadata": metadata, "cells": []}) == {}
    now["state"]["saved_answer"] = old["state"]["saved_answer"]
    assert saved_answers({"metadata": metadata, "cells": []}) == {"m01.q1": "Expert"}


def test_keep_current_models_drops_only_old_models_of_exercises(tmp_path):
    metadata, models, old, now = two_models(tmp_path)
    layout = {"model_name": "LayoutModel", "state": {"width": "auto"}}
    models.update({"a" * 32: old, "b" * 32: now, "l" * 32: layout})
    notebook = {"metadata": metadata, "cells": shown("b" * 32)}
    assert keep_current_models(notebook) == ["a" * 32]
    assert set(models) == {"b" * 32, "l" * 32}
    notebook["cells"] = []  # outputs cleared: the one model left still answers
    assert saved_answers(notebook) == {"m01.q1": "Reward"}
    assert keep_current_models({"metadata": {}}) == []


def test_saved_answers_ignores_other_modules_other_widgets_and_garbage(tmp_path):
    state = {
        "a": {"model_name": "VBoxModel", "state": {"exercise_id": "m01.q1", "saved_answer": '"A"'}},
        "b": {"model_name": "VBoxModel", "state": {"exercise_id": "m02.q1", "saved_answer": '"B"'}},
        "c": {"model_name": "IntSliderModel", "state": {"value": 3}},
        "d": {"model_name": "VBoxModel", "state": {"exercise_id": "m01.q2", "saved_answer": "{not json"}},
        "e": "not a model",
        "f": {"model_name": "VBoxModel", "state": {"exercise_id": "m01.q3", "saved_answer": 7}},
    }
    notebook = {"metadata": {"widgets": {WIDGET_STATE: {"state": state}}}}
    assert saved_answers(notebook, "m01") == {"m01.q1": "A"}
    assert saved_answers(notebook) == {"m01.q1": "A", "m02.q1": "B"}
    for broken in ({}, {"metadata": {"widgets": "x"}}, {"metadata": {"widgets": {WIDGET_STATE: {"state": []}}}}):
        assert saved_answers(broken) == {}
    assert saved_answers(tmp_path / "missing.ipynb") == {}
    (tmp_path / "bad.ipynb").write_text("{")
    assert saved_answers(tmp_path / "bad.ipynb") == {}


def test_a_notebook_without_saved_state_changes_nothing(tmp_path):
    write_notebook(tmp_path, {})
    book = Workbook(STEM, folder=tmp_path)
    assert recover_into(book.store, tmp_path / f"{STEM}.ipynb", module="m01") == []
    assert not answer_file(tmp_path).exists()


def test_fill_never_replaces_an_answer(tmp_path):
    book = Workbook(STEM, folder=tmp_path)
    book.store.set("m01.q1", "Expert")
    assert fill(book.store, {"m01.q1": "Reward", "m01.q2": ["a"]}) == ["m01.q2"]
    assert stored(tmp_path) == {"m01.q1": "Expert", "m01.q2": ["a"]}


# --- the autograde preprocessor ------------------------------------------------------------
def preprocess(folder: Path, metadata: dict, stem: str = STEM):
    nb = nbformat.v4.new_notebook(metadata=metadata)
    return RecoverAnswers().preprocess(nb, {"metadata": {"path": str(folder), "name": stem}})


def test_the_preprocessor_writes_a_missing_answer_file_from_saved_state(tmp_path):
    folder = tmp_path / "autograded"
    folder.mkdir()
    exercises = answered(tmp_path, *KINDS)
    preprocess(folder, widget_state(*exercises))
    assert stored(folder) == {exercise.exercise_id: exercise.value for exercise in exercises}


@pytest.mark.parametrize("existing", ['{"schema": 1, "answers": {"m01.q1": "Expert"}}', '{"schema": 1, "answers": {"m0'])
def test_the_preprocessor_never_touches_an_answer_file_that_exists(tmp_path, existing):
    folder = tmp_path / "autograded"
    folder.mkdir()
    answer_file(folder).write_text(existing)
    preprocess(folder, widget_state(*answered(tmp_path, "choice", "rank")))
    assert answer_file(folder).read_text() == existing


def test_the_preprocessor_writes_nothing_without_saved_state(tmp_path):
    preprocess(tmp_path, {})
    preprocess(tmp_path, {"widgets": {WIDGET_STATE: {"state": {}}}})
    assert not answer_file(tmp_path).exists()


def test_clear_widget_state_removes_saved_state_only():
    nb = nbformat.v4.new_notebook(metadata={"widgets": {WIDGET_STATE: {"state": {}}}, "language_info": {"name": "python"}})
    nb, _ = ClearWidgetState().preprocess(nb, {})
    assert "widgets" not in nb.metadata and nb.metadata.language_info.name == "python"


def test_configure_registers_recovery_and_keeps_the_other_preprocessors(tmp_path):
    from nbgrader.converters import Autograde, GenerateAssignment
    from nbgrader.preprocessors import ClearOutput, Execute
    from traitlets.config import Config

    from powerwith.grading import configure

    c = configure(Config(), tmp_path)
    default = Autograde.class_traits()["autograde_preprocessors"].default()
    assert c.Autograde.autograde_preprocessors == [RecoverAnswers, *default]
    assert default[0] is Execute
    sanitize = Autograde.class_traits()["sanitize_preprocessors"].default()
    assert c.Autograde.sanitize_preprocessors == [KeepCurrentWidgetState, *sanitize]
    assert sanitize[0] is ClearOutput
    assert c.GenerateAssignment.preprocessors == [*GenerateAssignment.class_traits()["preprocessors"].default(),
                                                  ClearWidgetState]
    configure(c, tmp_path)  # configuring twice adds nothing twice
    assert c.Autograde.autograde_preprocessors.count(RecoverAnswers) == 1
    assert c.Autograde.sanitize_preprocessors.count(KeepCurrentWidgetState) == 1
    assert c.GenerateAssignment.preprocessors.count(ClearWidgetState) == 1


# --- the JupyterLab settings override that turns saveState on -------------------------------
OVERRIDE = support.ROOT / "jupyter-config" / "overrides.d" / "powerwith.json"
PLUGIN = "@jupyter-widgets/jupyterlab-manager:plugin"


def test_the_override_turns_save_state_on_and_is_installed_into_overrides_d():
    assert json.loads(OVERRIDE.read_text()) == {PLUGIN: {"saveState": True}}
    if sys.version_info >= (3, 11):
        import tomllib

        data_files = tomllib.loads((support.ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["data-files"]
        assert data_files["share/jupyter/lab/settings/overrides.d"] == ["jupyter-config/overrides.d/powerwith.json"]


def test_jupyterlab_merges_the_override_with_the_sites_and_other_packages(tmp_path):
    from jupyterlab_server.settings_utils import _get_overrides

    settings = tmp_path / "settings"
    (settings / "overrides.d").mkdir(parents=True)
    shutil.copy(OVERRIDE, settings / "overrides.d" / "powerwith.json")
    (settings / "overrides.d" / "other-package.json").write_text(json.dumps(
        {"@jupyterlab/apputils-extension:themes": {"theme": "JupyterLab Dark"}}))
    (settings / "overrides.json").write_text(json.dumps({"@jupyterlab/docmanager-extension:plugin": {"autosave": False}}))
    overrides, error = _get_overrides(str(settings))
    assert not error
    assert overrides[PLUGIN]["saveState"] is True
    assert overrides["@jupyterlab/apputils-extension:themes"] == {"theme": "JupyterLab Dark"}
    assert overrides["@jupyterlab/docmanager-extension:plugin"] == {"autosave": False}
    # The site's own overrides.json still has the last word.
    (settings / "overrides.json").write_text(json.dumps({PLUGIN: {"saveState": False}}))
    assert _get_overrides(str(settings))[0][PLUGIN]["saveState"] is False


# --- the whole path through nbgrader, without a browser ---------------------------------------
SLUG = "m01-foundations"


@pytest.mark.pipeline
def test_a_notebook_only_upload_with_saved_state_scores_like_the_full_folder(tmp_path):
    """The instructor's copy, run by nbclient, saves widget state as JupyterLab does; a student
    whose notebook carries that state (and, as after reopening it, an old unanswered model of
    every exercise that the outputs no longer show) and who uploads no answer file gets full
    marks; and the release carries no widget state even when the source does."""
    from nbclient import NotebookClient

    course = init_course(tmp_path / "course", modules=[SLUG])
    source = course / "source" / SLUG / f"{SLUG}.ipynb"
    items = support.graded_items(support.read(source))
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    executed = support.read(source)
    NotebookClient(executed, kernel_name="python3", resources={"metadata": {"path": str(scratch)}}).execute()
    state = executed.metadata["widgets"]
    instructors = support.read(source)
    instructors.metadata["widgets"] = state  # the instructor saved the source with widget state
    nbformat.write(instructors, source)
    support.nbgrader(course, "generate_assignment", SLUG, "--force")
    release = support.read(course / "release" / SLUG / f"{SLUG}.ipynb")
    assert "widgets" not in release.metadata

    student = course / "release" / SLUG / f"{SLUG}.ipynb"
    uploaded = support.read(student)
    uploaded.metadata["widgets"] = json.loads(json.dumps(state))
    outputs = {cell.metadata["nbgrader"]["grade_id"]: cell.outputs for cell in executed.cells
               if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("grade_id")}
    for cell in uploaded.cells:
        if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("grade_id") in outputs:
            cell.outputs = outputs[cell.metadata["nbgrader"]["grade_id"]]
    models = uploaded.metadata["widgets"][WIDGET_STATE]["state"]
    for model_id, model in list(models.items()):
        if model["state"].get("exercise_id"):
            models[model_id[::-1]] = {**model, "state": {**model["state"], "saved_answer": ""}}
    folder = support.submit(course, SLUG, "notebookonly", None)
    nbformat.write(uploaded, folder / f"{SLUG}.ipynb")
    run = support.nbgrader(course, "autograde", SLUG, "--force")
    assert re.search(r"recovered \d+ answer\(s\) from the notebook's saved widget state", run.stdout + run.stderr)
    scores = support.scores(course, SLUG)["notebookonly"]
    assert {item["grade_id"]: scores[item["grade_id"]] for item in items} == {
        item["grade_id"]: item["points"] for item in items}
    assert not (folder / f"{SLUG}.answers.json").exists()  # the submission itself is left as it was
