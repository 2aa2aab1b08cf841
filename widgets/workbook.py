"""A workbook: one notebook's answer file and the exercises that write to it."""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

from ._recover import recover_into
from ._store import AnswerStore, answer_file_name
from .categorize import Categorize
from .choice import Choice
from .power_map import PowerMap
from .rank import Rank
from .rewrite import Rewrite
from .scenario import Scenario
from .select_all import SelectAll


class Workbook:
    """Opens ``<stem>.answers.json`` in the notebook's folder and makes its exercises.

    ``stem`` is the notebook's file name without ``.ipynb``; its first part is the
    module (``m01``), which every exercise id in it starts with.
    """

    def __init__(self, stem: str, *, folder: str | os.PathLike[str] | None = None) -> None:
        self.stem = stem
        self.module = stem.split("-", 1)[0]
        self.store = AnswerStore(Path(folder or os.getcwd()) / answer_file_name(stem))
        if self.store.problem:
            _show_problem(self.store.problem)
        # Answers the file lacks come back from the widget state saved in the notebook, if any.
        recover_into(self.store, Path(folder or os.getcwd()) / f"{stem}.ipynb", module=self.module)

    def _check_id(self, exercise_id: str) -> str:
        if not exercise_id.startswith(self.module + "."):
            raise ValueError(f"exercise id {exercise_id!r} must start with {self.module + '.'!r}")
        return exercise_id

    def choice(self, exercise_id: str, prompt: str, options: list[str], **kwargs: Any) -> Choice:
        """A single-choice exercise."""
        return Choice(self.store, self._check_id(exercise_id), prompt, options, **kwargs)

    def select_all(self, exercise_id: str, prompt: str, options: list[str], **kwargs: Any) -> SelectAll:
        """A select-all-that-apply exercise."""
        return SelectAll(self.store, self._check_id(exercise_id), prompt, options, **kwargs)

    def categorize(
        self, exercise_id: str, prompt: str, items: list[str], categories: list[str], **kwargs: Any
    ) -> Categorize:
        """An exercise that sorts items into categories."""
        return Categorize(self.store, self._check_id(exercise_id), prompt, items, categories, **kwargs)

    def rank(self, exercise_id: str, prompt: str, items: list[str], **kwargs: Any) -> Rank:
        """An exercise that puts items in order."""
        return Rank(self.store, self._check_id(exercise_id), prompt, items, **kwargs)

    def power_map(self, exercise_id: str, prompt: str, dimensions: list[str], **kwargs: Any) -> PowerMap:
        """A power map: one slider per dimension of power."""
        return PowerMap(self.store, self._check_id(exercise_id), prompt, dimensions, **kwargs)

    def scenario(self, exercise_id: str, prompt: str, steps: dict[str, dict], **kwargs: Any) -> Scenario:
        """A branching scenario."""
        return Scenario(self.store, self._check_id(exercise_id), prompt, steps, **kwargs)

    def rewrite(self, exercise_id: str, prompt: str, original: str, **kwargs: Any) -> Rewrite:
        """A plain-language rewrite of a passage."""
        return Rewrite(self.store, self._check_id(exercise_id), prompt, original, **kwargs)


def _show_problem(message: str) -> None:
    from IPython.display import display

    display({"text/plain": message, "text/html": f"<p role='alert'><strong>Note:</strong> {html.escape(message)}</p>"},
            raw=True)
