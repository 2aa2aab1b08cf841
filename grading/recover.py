"""nbgrader preprocessors for answers kept in a notebook's saved widget state.

* :class:`KeepCurrentWidgetState` runs first at autograde, before the outputs are cleared:
  of the models saved for one exercise it keeps the one the outputs display (the others
  are old answers; see ``powerwith.widgets._recover.current_models``).
* :class:`RecoverAnswers` runs at autograde just before the notebook is executed. A
  student who uploaded only the ``.ipynb`` (an LMS that drops other files) has no answer
  file; if JupyterLab saved the widget state in the notebook, this writes the answer file
  from it, in the folder where the kernel will run. An answer file that exists is never
  touched: answers the file lacks are filled by the workbook in the kernel, from the
  notebook beside it (see ``powerwith.widgets._recover``).
* :class:`ClearWidgetState` runs at generate_assignment: an instructor who ran the
  instructor's copy in JupyterLab and saved it has the model answers in its widget state,
  which must not reach the students (their workbooks would recover the key).

:func:`powerwith.grading.configure` registers all three.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nbgrader.preprocessors import NbGraderPreprocessor

from powerwith.widgets._recover import fill, keep_current_models, saved_answers
from powerwith.widgets._store import AnswerStore, answer_file_name


class RecoverAnswers(NbGraderPreprocessor):
    """Write a missing answer file from the notebook's saved widget state, before execution."""

    def preprocess(self, nb: Any, resources: dict) -> tuple[Any, dict]:
        metadata = resources.get("metadata") or {}
        folder, name = metadata.get("path"), metadata.get("name")
        if not folder or not name:
            return nb, resources
        target = Path(folder) / answer_file_name(name)
        if target.exists() or target.is_symlink():
            return nb, resources
        answers = saved_answers(nb, module=name.split("-", 1)[0])
        if answers:
            recovered = fill(AnswerStore(target), answers)
            self.log.info("No %s was submitted: recovered %d answer(s) from the notebook's saved widget state",
                          target.name, len(recovered))
        return nb, resources


class KeepCurrentWidgetState(NbGraderPreprocessor):
    """Keep only each exercise's current model in the saved widget state (before outputs go)."""

    def preprocess(self, nb: Any, resources: dict) -> tuple[Any, dict]:
        dropped = keep_current_models(nb)
        if dropped:
            self.log.info("Dropped %d old exercise model(s) from the saved widget state", len(dropped))
        return nb, resources


class ClearWidgetState(NbGraderPreprocessor):
    """Remove saved widget state from a notebook (it may hold the instructor's answers)."""

    def preprocess(self, nb: Any, resources: dict) -> tuple[Any, dict]:
        nb.metadata.pop("widgets", None)
        return nb, resources


def _with(chain: list | None, default: list, preprocessor: type, *, before: type | None = None) -> list:
    steps = list(default if chain is None else chain)
    if preprocessor in steps:
        return steps
    if before is None:
        steps.append(preprocessor)
    elif before in steps:
        steps.insert(steps.index(before), preprocessor)
    else:
        steps.insert(0, preprocessor)
    return steps


def with_answer_recovery(c: Any) -> Any:
    """Add :class:`KeepCurrentWidgetState` before ``ClearOutput`` and :class:`RecoverAnswers` before
    ``Execute`` in autograde, and :class:`ClearWidgetState` to generate_assignment, keeping every
    other preprocessor (configured or default)."""
    from nbgrader.converters import Autograde, GenerateAssignment
    from nbgrader.preprocessors import ClearOutput, Execute

    sanitize = c.Autograde["sanitize_preprocessors"] if "sanitize_preprocessors" in c.Autograde else None
    c.Autograde.sanitize_preprocessors = _with(
        sanitize, Autograde.class_traits()["sanitize_preprocessors"].default(), KeepCurrentWidgetState,
        before=ClearOutput)

    autograde = c.Autograde["autograde_preprocessors"] if "autograde_preprocessors" in c.Autograde else None
    c.Autograde.autograde_preprocessors = _with(
        autograde, Autograde.class_traits()["autograde_preprocessors"].default(), RecoverAnswers, before=Execute)
    generate = c.GenerateAssignment["preprocessors"] if "preprocessors" in c.GenerateAssignment else None
    c.GenerateAssignment.preprocessors = _with(
        generate, GenerateAssignment.class_traits()["preprocessors"].default(), ClearWidgetState)
    return c
