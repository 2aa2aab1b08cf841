"""What every exercise widget shares: a label, an id, feedback in words, and persistence."""

from __future__ import annotations

import html
import json
from typing import Any, ClassVar

import ipywidgets as w
from traitlets import Bool, Unicode

from ._store import AnswerStore

CORRECT = "\u2714 Correct."
NOT_QUITE = "\u2718 Not quite."
SAVED = "\u2714 Saved."
NOT_ANSWERED = "Not answered yet."

# Long option texts must wrap, never overlap or end in "...": ipywidgets gives radio labels a
# fixed height and lets checkbox, dropdown and button labels cut their text short.
STYLE = """<style>
.powerwith-exercise .widget-radio-box label { height: auto; min-height: var(--jp-widgets-inline-height);
  line-height: 1.4; white-space: normal; align-items: flex-start; margin-bottom: 0.35em; }
.powerwith-exercise .widget-radio-box input { margin-top: 0.25em; flex-shrink: 0; }
.powerwith-exercise .widget-checkbox, .powerwith-exercise .widget-dropdown { height: auto; flex-wrap: wrap; }
.powerwith-exercise .widget-checkbox label, .powerwith-exercise .widget-checkbox span,
.powerwith-exercise .widget-dropdown > label, .powerwith-exercise .widget-label {
  white-space: normal; overflow: visible; text-overflow: clip; height: auto; line-height: 1.4; max-width: 100%; }
.powerwith-exercise .widget-dropdown > select { max-width: 24em; }
.powerwith-exercise .widget-button { width: auto; min-width: 8em; }
.powerwith-exercise .widget-select select { width: 100%; }
.powerwith-feedback p, .powerwith-prompt { white-space: normal; line-height: 1.5; }
</style>"""


class Exercise(w.VBox):
    """Base class of the exercise widgets.

    An exercise shows a prompt, controls and a feedback line. In practice mode the
    feedback explains why an answer is right or wrong. In graded mode the widget only
    records the answer: the key lives in hidden tests, never in the student's copy.

    Subclasses set :attr:`kind` and implement ``_controls``, ``_validate``, ``_show``
    and ``_practice_feedback``.
    """

    kind: ClassVar[str] = "exercise"

    exercise_id = Unicode(help="Stable id, unique in its module, e.g. m01.q3.").tag(sync=True)
    practice = Bool(False, help="True for a practice exercise with immediate feedback.").tag(sync=True)
    saved_answer = Unicode(
        "", help="The answer as JSON, kept in the widget state that JupyterLab can save in the notebook."
    ).tag(sync=True)

    def __init__(
        self,
        store: AnswerStore,
        exercise_id: str,
        prompt: str,
        *,
        practice: bool = False,
        key: Any = None,
        feedback: dict[str, str] | None = None,
    ) -> None:
        if practice and key is None:
            raise ValueError(f"{exercise_id}: a practice exercise needs its key for feedback")
        if not practice and (key is not None or feedback):
            raise ValueError(f"{exercise_id}: a graded exercise must not carry its key or feedback")
        super().__init__(exercise_id=exercise_id, practice=practice)
        self._store = store
        self._key = key
        self._explanations = dict(feedback or {})
        self._quiet = False
        self.add_class("powerwith-exercise")
        self.add_class(f"powerwith-{self.kind}")
        mode = "Practice" if practice else "Graded"
        self._heading = w.HTML(
            f"<p class='powerwith-prompt'><strong>{mode} exercise {html.escape(exercise_id)}.</strong> "
            f"{html.escape(prompt)}</p>"
        )
        self._feedback = w.HTML()
        self._feedback.add_class("powerwith-feedback")
        controls = self._controls()
        self.children = [w.HTML(STYLE), self._heading, *controls, self._feedback]
        restored = self._validate(store.get(exercise_id))
        self._apply(restored)

    # --- the read API used by test cells -----------------------------------------
    @property
    def value(self) -> Any:
        """The recorded answer, or ``None`` when the exercise is unanswered."""
        return self._validate(self._store.get(self.exercise_id))

    @property
    def answered(self) -> bool:
        """Whether an answer is recorded."""
        return self.value is not None

    def answer(self, value: Any) -> None:
        """Give an answer as a student would; used for the model answer in the instructor's copy."""
        valid = self._validate(value)
        if valid is None:
            raise ValueError(f"{self.exercise_id}: {value!r} is not a valid answer for this {self.kind} exercise")
        self._apply(valid)
        self._record(valid)

    # --- for subclasses ------------------------------------------------------------
    def _controls(self) -> list[w.Widget]:
        raise NotImplementedError

    def _validate(self, raw: Any) -> Any:
        """Return the answer in canonical form, or ``None`` if ``raw`` is not a valid answer."""
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        """Set the controls to show ``value`` (``None``: nothing chosen)."""
        raise NotImplementedError

    def _practice_feedback(self, value: Any) -> str:
        """Feedback text (HTML) that explains ``value`` against the key."""
        raise NotImplementedError

    def _describe(self, value: Any) -> str:
        """A short plain-text account of the answer, for the saved message."""
        return str(value)

    # --- shared machinery ----------------------------------------------------------
    def _record(self, value: Any) -> None:
        """Store an answer the student just gave and refresh the feedback."""
        if self._quiet:
            return
        self._store.set(self.exercise_id, value)
        self.saved_answer = "" if value is None else json.dumps(value, sort_keys=True)
        self._refresh_feedback(value)

    def _apply(self, value: Any) -> None:
        """Show a value in the controls without treating it as a new answer."""
        self._quiet = True
        try:
            self._show(value)
        finally:
            self._quiet = False
        self.saved_answer = "" if value is None else json.dumps(value, sort_keys=True)
        self._refresh_feedback(value)

    def _refresh_feedback(self, value: Any) -> None:
        if value is None:
            self._feedback.value = f"<p>{NOT_ANSWERED}</p>"
        elif self.practice:
            self._feedback.value = self._practice_feedback(value)
        else:
            described = self._describe(value).rstrip(". ")
            self._feedback.value = (
                f"<p>{SAVED} Your answer: {html.escape(described)}. "
                "It will be scored when your instructor grades the module.</p>"
            )

    def _explain(self, item: str) -> str:
        return html.escape(self._explanations.get(item, ""))

    def __repr__(self) -> str:
        state = "answered" if self.answered else "unanswered"
        return f"<{type(self).__name__} {self.exercise_id} ({state})>"


def verdict(correct: bool) -> str:
    """The first words of a practice feedback line: a symbol and a word, never colour alone."""
    return CORRECT if correct else NOT_QUITE


def paragraph(*parts: str) -> str:
    """Join already-escaped HTML parts into one feedback paragraph."""
    return "<p>" + " ".join(part for part in parts if part) + "</p>"
