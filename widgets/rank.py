"""Rank: put items in order, by keyboard or mouse, with partial credit."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ._base import Exercise, paragraph, verdict


class Rank(Exercise):
    """Order the items, first to last.

    Select an item in the list (a click, or its place in the number field beside it: the
    arrow keys step that field), then press *Move up* or *Move down*; the item stays
    selected, so pressing again keeps moving it. The order counts as an answer once an
    item is moved or *Save this order* is pressed.

    Key: the items in the best order. Answer: the items in the student's order.
    Partial credit: the share of item pairs in the same order as the key.
    """

    kind = "rank"

    def __init__(
        self, store, exercise_id: str, prompt: str, items: list[str], *, top: str = "first", bottom: str = "last",
        **kwargs: Any,
    ) -> None:
        if len(set(items)) != len(items) or len(items) < 2:
            raise ValueError(f"{exercise_id}: rank needs two or more different items")
        self.items = list(items)
        self._ends = (top, bottom)
        super().__init__(store, exercise_id, prompt, **kwargs)
        if self.practice and sorted(self._key) != sorted(items):
            raise ValueError(f"{exercise_id}: the key must order exactly the items offered")

    def _controls(self) -> list[w.Widget]:
        top, bottom = self._ends
        self._list = w.Select(
            options=self.items,
            value=self.items[0],
            rows=len(self.items),
            description="Your order",
            style={"description_width": "initial"},
            layout=w.Layout(width="98%"),
        )
        self._up = w.Button(description="Move up", icon="arrow-up", tooltip="Move the selected item up")
        self._down = w.Button(description="Move down", icon="arrow-down", tooltip="Move the selected item down")
        self._keep = w.Button(description="Save this order", tooltip="Record the order as it stands")
        self._up.on_click(lambda _: self._move(-1))
        self._down.on_click(lambda _: self._move(+1))
        self._keep.on_click(lambda _: self._record(list(self._list.options)))
        self._position = w.Label()
        self._list.observe(lambda _: self._say_position(), names="value")
        # In JupyterLab the arrow keys in a list box move between notebook cells instead (its
        # command-mode shortcuts skip only text fields), so the keyboard picks by place here.
        self._place = w.BoundedIntText(value=1, min=1, max=len(self.items), step=1,
                                       description="Place of the item to move", style={"description_width": "initial"},
                                       layout=w.Layout(width="max-content"))
        self._place.observe(lambda change: self._pick(change["new"]), names="value")
        ends = w.Label(f"Top of the list: {top}. Bottom: {bottom}. Select an item, then move it up or down.")
        return [ends, self._list, self._place, w.HBox([self._up, self._down, self._keep]), self._position]

    def _pick(self, place: int) -> None:
        order = list(self._list.options)
        if 1 <= place <= len(order):
            self._list.value = order[place - 1]

    def _move(self, step: int) -> None:
        order = list(self._list.options)
        selected = self._list.value
        if selected is None:
            return
        index = order.index(selected)
        target = index + step
        if 0 <= target < len(order):
            order[index], order[target] = order[target], order[index]
            self._set_order(order, selected)
        self._record(order)

    def _set_order(self, order: list[str], selected: str | None) -> None:
        self._list.options = order
        self._list.value = selected if selected in order else order[0]
        self._say_position()

    def _say_position(self) -> None:
        selected = self._list.value
        if selected is not None:
            place = list(self._list.options).index(selected) + 1
            self._place.value = place
            self._position.value = f"Selected: \u201c{selected}\u201d, place {place} of {len(self.items)}."

    def _validate(self, raw: Any) -> list[str] | None:
        if not isinstance(raw, list) or sorted(map(str, raw)) != sorted(self.items):
            return None
        if not all(isinstance(item, str) for item in raw):
            return None
        return list(raw)

    def _show(self, value: list[str] | None) -> None:
        self._set_order(list(value or self.items), self._list.value)

    def _describe(self, value: list[str]) -> str:
        return ", ".join(f"{place}. {item}" for place, item in enumerate(value, start=1))

    def _practice_feedback(self, value: list[str]) -> str:
        from .scoring import pairwise_agreement

        share = pairwise_agreement(value, self._key)
        best = ", ".join(f"{place}. {item}" for place, item in enumerate(self._key, start=1))
        lines = [paragraph(verdict(share == 1.0), f"{round(share * 100)}% of the pairs are in the best order.")]
        if share < 1.0:
            lines.append(paragraph(f"A strong order: {best}."))
        lines.extend(paragraph(f"\u201c{item}\u201d:", self._explain(item)) for item in self._key if self._explain(item))
        return "".join(lines)
