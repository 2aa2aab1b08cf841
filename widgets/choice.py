"""Single choice: pick the one best option."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ._base import Exercise, paragraph, verdict


class Choice(Exercise):
    """One question, several options, one best answer.

    Key (practice mode and hidden tests): the text of the best option.
    Answer: the text of the chosen option.
    """

    kind = "choice"

    def __init__(self, store, exercise_id: str, prompt: str, options: list[str], **kwargs: Any) -> None:
        if len(set(options)) != len(options) or len(options) < 2:
            raise ValueError(f"{exercise_id}: a choice needs two or more different options")
        self.options = list(options)
        super().__init__(store, exercise_id, prompt, **kwargs)
        if self.practice and self._key not in self.options:
            raise ValueError(f"{exercise_id}: the key {self._key!r} is not an option")

    def _controls(self) -> list[w.Widget]:
        self._radio = w.RadioButtons(
            options=self.options,
            value=None,
            description="Your answer",
            style={"description_width": "initial"},
            layout=w.Layout(width="auto"),
        )
        self._radio.observe(lambda change: self._record(change["new"]), names="value")
        return [self._radio]

    def _validate(self, raw: Any) -> str | None:
        return raw if isinstance(raw, str) and raw in self.options else None

    def _show(self, value: str | None) -> None:
        self._radio.value = value

    def _practice_feedback(self, value: str) -> str:
        return paragraph(verdict(value == self._key), self._explain(value))
