"""Select all that apply, with partial credit."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ._base import Exercise, paragraph, verdict


class SelectAll(Exercise):
    """Tick every option that applies.

    Key: the list of options that apply. Answer: the sorted list of ticked options
    (at least one). Partial credit: right ticks minus wrong ticks over the number
    that apply, never below zero.
    """

    kind = "select-all"

    def __init__(self, store, exercise_id: str, prompt: str, options: list[str], **kwargs: Any) -> None:
        if len(set(options)) != len(options) or len(options) < 2:
            raise ValueError(f"{exercise_id}: select-all needs two or more different options")
        self.options = list(options)
        super().__init__(store, exercise_id, prompt, **kwargs)
        if self.practice and not set(self._key) <= set(self.options):
            raise ValueError(f"{exercise_id}: the key names options that are not offered")

    def _controls(self) -> list[w.Widget]:
        self._boxes = [
            w.Checkbox(value=False, description=option, indent=False, layout=w.Layout(width="auto"))
            for option in self.options
        ]
        for box in self._boxes:
            box.observe(lambda change: self._record(self._ticked()), names="value")
        return [w.Label("Tick every option that applies."), *self._boxes]

    def _ticked(self) -> list[str] | None:
        ticked = [box.description for box in self._boxes if box.value]
        return ticked or None

    def _validate(self, raw: Any) -> list[str] | None:
        if not isinstance(raw, list) or not raw or not all(isinstance(item, str) for item in raw):
            return None
        if not set(raw) <= set(self.options):
            return None
        return [option for option in self.options if option in raw]

    def _show(self, value: list[str] | None) -> None:
        chosen = set(value or [])
        for box in self._boxes:
            box.value = box.description in chosen

    def _describe(self, value: list[str]) -> str:
        return "; ".join(value)

    def _practice_feedback(self, value: list[str]) -> str:
        key = set(self._key)
        lines = []
        for option in self.options:
            ticked = option in value
            right = ticked == (option in key)
            action = "You ticked" if ticked else "You left unticked"
            lines.append(paragraph(verdict(right), f"{action} \u201c{option}\u201d.", self._explain(option)))
        return "".join(lines)
