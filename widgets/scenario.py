"""Branching scenario: a case told in steps, where each choice leads somewhere of its own."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from ._base import Exercise, paragraph, verdict

START = "start"


class Scenario(Exercise):
    """Walk a case step by step; every choice has a consequence and a next step.

    ``steps`` maps a step id to ``{"text": ..., "choices": [...]}``; each choice is
    ``{"id", "label", "consequence", "next"}`` where ``next`` names another step (a
    step with no choices is an ending). The walk begins at the step ``"start"``.
    Choice ids are unique in the scenario.

    Key: ``{step id: best choice id}`` along the best path. Answer: the path taken,
    a list of ``[step id, choice id]``. Partial credit: the share of the key's steps
    where the path took the best choice.
    """

    kind = "scenario"

    def __init__(self, store, exercise_id: str, prompt: str, steps: dict[str, dict], **kwargs: Any) -> None:
        self.steps = _checked_steps(exercise_id, steps)
        super().__init__(store, exercise_id, prompt, **kwargs)

    def _controls(self) -> list[w.Widget]:
        self._story = w.HTML()
        self._story.add_class("powerwith-story")
        self._options = w.RadioButtons(
            options=[], value=None, description="What do you do?",
            style={"description_width": "initial"}, layout=w.Layout(width="auto"),
        )
        self._decide = w.Button(description="Decide", tooltip="Take the selected choice", button_style="")
        self._restart = w.Button(description="Start again", tooltip="Go back to the first step")
        self._decide.on_click(lambda _: self._take())
        self._restart.on_click(lambda _: self._start_again())
        self._path: list[list[str]] = []
        return [self._story, self._options, w.HBox([self._decide, self._restart])]

    def _here(self) -> str:
        if not self._path:
            return START
        step_id, choice_id = self._path[-1]
        return self._choice(step_id, choice_id)["next"]

    def _choice(self, step_id: str, choice_id: str) -> dict:
        return next(choice for choice in self.steps[step_id]["choices"] if choice["id"] == choice_id)

    def _take(self) -> None:
        chosen = self._options.value
        if chosen is None:
            return
        self._path = self._path + [[self._here(), chosen]]
        self._render()
        self._record(self._path)

    def _start_again(self) -> None:
        self._path = []
        self._render()
        self._record(None)

    def _validate(self, raw: Any) -> list[list[str]] | None:
        if not isinstance(raw, list) or not raw:
            return None
        here, path = START, []
        for entry in raw:
            if not (isinstance(entry, (list, tuple)) and len(entry) == 2 and entry[0] == here):
                return None
            step_id, choice_id = entry
            ids = [choice["id"] for choice in self.steps[step_id]["choices"]]
            if choice_id not in ids:
                return None
            path.append([step_id, choice_id])
            here = self._choice(step_id, choice_id)["next"]
        return path

    def _show(self, value: list[list[str]] | None) -> None:
        self._path = list(value or [])
        self._render()

    def _render(self) -> None:
        parts = []
        for number, (step_id, choice_id) in enumerate(self._path, start=1):
            choice = self._choice(step_id, choice_id)
            parts.append(
                f"<p><strong>Step {number}.</strong> {html.escape(self.steps[step_id]['text'])}</p>"
                f"<p><em>You chose:</em> {html.escape(choice['label'])}</p>"
                f"<p><em>What happened:</em> {html.escape(choice['consequence'])}</p>"
            )
        here = self._here()
        step = self.steps[here]
        if step["choices"]:
            parts.append(f"<p><strong>Step {len(self._path) + 1}.</strong> {html.escape(step['text'])}</p>")
        else:
            parts.append(f"<p><strong>The end.</strong> {html.escape(step['text'])}</p>")
        self._story.value = "".join(parts)
        self._options.options = [(choice["label"], choice["id"]) for choice in step["choices"]]
        self._options.value = None
        self._options.layout.display = "" if step["choices"] else "none"
        self._decide.disabled = not step["choices"]

    def _describe(self, value: list[list[str]]) -> str:
        ended = not self.steps[self._here()]["choices"]
        return f"{len(value)} decision(s) taken" + ("; the scenario is complete" if ended else "; not finished yet")

    def _practice_feedback(self, value: list[list[str]]) -> str:
        lines = []
        for step_id, choice_id in value:
            best = self._key.get(step_id)
            if best is None:
                lines.append(paragraph(f"At this step you chose \u201c{html.escape(self._choice(step_id, choice_id)['label'])}\u201d.", self._explain(choice_id)))
            else:
                lines.append(paragraph(verdict(choice_id == best), self._explain(choice_id)))
        return "".join(lines)


def _checked_steps(exercise_id: str, steps: dict[str, dict]) -> dict[str, dict]:
    if START not in steps:
        raise ValueError(f"{exercise_id}: a scenario needs a step called {START!r}")
    seen: set[str] = set()
    for step_id, step in steps.items():
        for choice in step.get("choices", []):
            missing = {"id", "label", "consequence", "next"} - set(choice)
            if missing:
                raise ValueError(f"{exercise_id}: a choice in step {step_id!r} lacks {sorted(missing)}")
            if choice["id"] in seen:
                raise ValueError(f"{exercise_id}: choice id {choice['id']!r} is used twice")
            if choice["next"] not in steps:
                raise ValueError(f"{exercise_id}: choice {choice['id']!r} leads to unknown step {choice['next']!r}")
            seen.add(choice["id"])
    return {step_id: {"text": step["text"], "choices": list(step.get("choices", []))} for step_id, step in steps.items()}
