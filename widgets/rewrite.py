"""Rewrite: turn a jargon-heavy case note into plain language, scored on the text."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from ._base import Exercise, paragraph, verdict
from ._text import rewrite_checks


class Rewrite(Exercise):
    """Rewrite a passage for the client to read.

    Key: ``{"include": [[alternatives], ...], "avoid": [terms], "max_sentence_words": n}``:
    each idea that must appear (any one of its alternatives), jargon that must not,
    and the longest average sentence allowed. Answer: the text (at least a few words).
    Partial credit: the share of checks passed; a blank or near-blank text scores 0.

    Practice feedback lists each check, then ``feedback["model"]`` (one plain
    version) if the author gave one.
    """

    kind = "rewrite"

    def __init__(self, store, exercise_id: str, prompt: str, original: str, **kwargs: Any) -> None:
        self.original = original
        super().__init__(store, exercise_id, prompt, **kwargs)

    def _controls(self) -> list[w.Widget]:
        self._text = w.Textarea(
            value="", description="Your rewrite", placeholder="Write your version here.",
            continuous_update=True, style={"description_width": "initial"},
            layout=w.Layout(width="95%", height="8em"),
        )
        self._text.observe(lambda change: self._record(self._validate(change["new"])), names="value")
        original = w.HTML(f"<blockquote><p><strong>The original note:</strong> {html.escape(self.original)}</p></blockquote>")
        return [original, self._text]

    def _validate(self, raw: Any) -> str | None:
        return raw if isinstance(raw, str) and raw.strip() else None

    def _show(self, value: str | None) -> None:
        self._text.value = value or ""

    def _describe(self, value: str) -> str:
        return f"{len(value.split())} words"

    def _practice_feedback(self, value: str) -> str:
        checks = rewrite_checks(value, self._key)
        lines = [paragraph(verdict(passed), html.escape(label)) for label, passed in checks]
        if self._explain("model"):
            lines.append(paragraph("<em>One plain version:</em>", self._explain("model")))
        return "".join(lines)
