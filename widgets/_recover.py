"""Recover answers from the widget state that JupyterLab saves in a notebook.

With JupyterLab's widget-manager setting ``saveState`` on (the package installs
``{"@jupyter-widgets/jupyterlab-manager:plugin": {"saveState": true}}`` as a settings
override), a saved notebook carries every widget model's state in
``metadata.widgets["application/vnd.jupyter.widget-state+json"]["state"]``, keyed by model
id, each entry ``{"model_name": ..., "state": {...}}``. An exercise's state holds its
``exercise_id`` and ``saved_answer`` (the answer as JSON; ``""`` when unanswered).

A student who uploads only the ``.ipynb`` loses the answer file, but not that state. A
workbook fills the answers its file lacks from the notebook beside it
(:func:`recover_into`), and at autograde :class:`powerwith.grading.recover.RecoverAnswers`
writes a missing answer file from the submitted notebook before it runs. Answers already
in the answer file always win.

A saved notebook may hold several models of one exercise (a tab reopened while the kernel
ran on keeps the old widgets); the one its outputs display is current (see
:func:`current_models`).
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import Any, Mapping

from ._store import AnswerStore

WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
_REFERENCE = "IPY_MODEL_"


def _read(notebook: Mapping[str, Any] | str | os.PathLike[str]) -> Mapping[str, Any] | None:
    if isinstance(notebook, Mapping):
        return notebook
    try:
        with open(notebook, encoding="utf-8") as stream:
            found = json.load(stream)
    except (OSError, ValueError):
        return None
    return found if isinstance(found, Mapping) else None


def _models(notebook: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    try:
        state = notebook["metadata"]["widgets"][WIDGET_STATE]["state"]
    except (KeyError, TypeError):
        return {}
    if not isinstance(state, Mapping):
        return {}
    return {model_id: model["state"] for model_id, model in state.items()
            if isinstance(model, Mapping) and isinstance(model.get("state"), Mapping)}


def _shown(notebook: Mapping[str, Any], models: Mapping[str, Mapping[str, Any]]) -> set[str]:
    """The models the saved outputs display, and every model inside them."""
    waiting = []
    for cell in notebook.get("cells") or []:
        for output in (cell.get("outputs") or []) if isinstance(cell, Mapping) else []:
            view = ((output.get("data") or {}) if isinstance(output, Mapping) else {}).get(WIDGET_VIEW)
            if isinstance(view, Mapping) and isinstance(view.get("model_id"), str):
                waiting.append(view["model_id"])
    shown: set[str] = set()
    while waiting:
        model_id = waiting.pop()
        if model_id in shown:
            continue
        shown.add(model_id)
        children = (models.get(model_id) or {}).get("children") or []
        waiting.extend(child[len(_REFERENCE):] for child in children
                       if isinstance(child, str) and child.startswith(_REFERENCE))
    return shown


def _answer(fields: Mapping[str, Any]) -> Any:
    try:
        return json.loads(fields["saved_answer"]) if fields["saved_answer"].strip() else None
    except ValueError:
        return None


def current_models(notebook: Mapping[str, Any], module: str | None = None) -> dict[str, str]:
    """For each exercise in the saved widget state, the id of the model that holds its answer.

    A saved notebook can hold several models of one exercise: JupyterLab saves the models
    it restored when the notebook was opened as well as those the kernel made since, in no
    order to rely on. The current one is the model the saved outputs display. When none is
    displayed (outputs cleared before saving), the models count only if they agree.
    """
    models = _models(notebook)
    by_exercise: dict[str, list[str]] = {}
    for model_id, fields in models.items():
        exercise_id = fields.get("exercise_id")
        if not isinstance(exercise_id, str) or not isinstance(fields.get("saved_answer"), str):
            continue
        if module is None or exercise_id.startswith(module + "."):
            by_exercise.setdefault(exercise_id, []).append(model_id)
    shown = _shown(notebook, models)
    current = {}
    for exercise_id, model_ids in by_exercise.items():
        displayed = [model_id for model_id in model_ids if model_id in shown]
        if displayed:
            current[exercise_id] = displayed[-1]
        elif len({json.dumps(_answer(models[model_id]), sort_keys=True) for model_id in model_ids}) == 1:
            current[exercise_id] = model_ids[-1]
    return current


def saved_answers(notebook: Mapping[str, Any] | str | os.PathLike[str], module: str | None = None) -> dict[str, Any]:
    """The answers held in a notebook's saved widget state, by exercise id.

    ``notebook`` is a notebook read as a dict (e.g. an ``nbformat`` node) or the path of
    an ``.ipynb`` file. With ``module`` (``"m01"``), only exercise ids in that module count.
    Each exercise's answer comes from its current model (see :func:`current_models`); an
    empty answer there means unanswered. Anything unreadable gives no answers: recovery
    never stops a notebook from running.
    """
    read = _read(notebook)
    if read is None:
        return {}
    models = _models(read)
    found = {exercise_id: _answer(models[model_id]) for exercise_id, model_id in current_models(read, module).items()}
    return {exercise_id: answer for exercise_id, answer in found.items() if answer is not None}


def keep_current_models(notebook: Mapping[str, Any]) -> list[str]:
    """Drop every exercise model but the current one from the saved widget state.

    Autograde clears the outputs before it runs a notebook, and with them what tells the
    current model from an old one; this runs first. Returns the model ids dropped.
    """
    models = _models(notebook)
    keep = set(current_models(notebook).values())
    stale = [model_id for model_id, fields in models.items()
             if isinstance(fields.get("exercise_id"), str) and model_id not in keep
             and any(models[kept].get("exercise_id") == fields["exercise_id"] for kept in keep)]
    state = notebook["metadata"]["widgets"][WIDGET_STATE]["state"] if models else {}
    for model_id in stale:
        del state[model_id]
    return stale


def fill(store: AnswerStore, answers: Mapping[str, Any]) -> list[str]:
    """Add the answers the store lacks (never replacing one it has), in one write.

    Returns the exercise ids added. Each exercise still checks a recovered answer when it
    reads it, exactly as it checks one from the file.
    """
    missing = {exercise_id: answer for exercise_id, answer in answers.items() if store.get(exercise_id) is None}
    if missing:
        store._answers.update(missing)
        store._write()
    return sorted(missing)


def recover_into(store: AnswerStore, notebook_path: str | os.PathLike[str], *, module: str) -> list[str]:
    """Fill a workbook's answer file from the notebook's saved widget state.

    Only when the answer file is missing, or the notebook was saved after the file's last
    change: an answer the student cleared after the last save must not come back from an
    older saved state. Says what it recovered in the cell's output. Returns the ids filled.
    """
    notebook = Path(notebook_path)
    try:
        if not notebook.is_file():
            return []
        if store.path.exists() and notebook.stat().st_mtime_ns <= store.path.stat().st_mtime_ns:
            return []
    except OSError:
        return []
    recovered = fill(store, saved_answers(notebook, module))
    if recovered:
        _say_recovered(recovered, store.path.name)
    return recovered


def _say_recovered(exercise_ids: list[str], file_name: str) -> None:
    from IPython.display import display

    message = (f"Recovered {len(exercise_ids)} answer(s) ({', '.join(exercise_ids)}) from the widget state saved "
               f"in this notebook, and saved them in {file_name}.")
    display({"text/plain": message, "text/html": f"<p role='status'>{html.escape(message)}</p>"}, raw=True)
