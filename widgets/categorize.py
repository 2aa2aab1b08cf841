"""Categorize: sort items into named categories, with partial credit."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ._base import Exercise, paragraph, verdict

UNPLACED = "(choose a category)"


class Categorize(Exercise):
    """Put each item into one of the named categories.

    Key: ``{item: category}``. Answer: ``{item: category}`` for the items placed so
    far. Partial credit: the share of all items placed in their key category.
    """

    kind = "categorize"

    def __init__(
        self, store, exercise_id: str, prompt: str, items: list[str], categories: list[str], **kwargs: Any
    ) -> None:
        if len(set(items)) != len(items) or len(set(categories)) != len(categories) or len(categories) < 2:
            raise ValueError(f"{exercise_id}: categorize needs distinct items and two or more categories")
        self.items = list(items)
        self.categories = list(categories)
        super().__init__(store, exercise_id, prompt, **kwargs)
        if self.practice and (set(self._key) != set(items) or not set(self._key.values()) <= set(categories)):
            raise ValueError(f"{exercise_id}: the key must place every item in an offered category")

    def _controls(self) -> list[w.Widget]:
        options = [(UNPLACED, "")] + [(category, category) for category in self.categories]
        self._menus = {
            item: w.Dropdown(
                options=options,
                value="",
                description=item,
                style={"description_width": "initial"},
                layout=w.Layout(width="auto"),
            )
            for item in self.items
        }
        for menu in self._menus.values():
            menu.observe(lambda change: self._record(self._placed()), names="value")
        return [w.Label("Choose a category for each item."), *self._menus.values()]

    def _placed(self) -> dict[str, str] | None:
        placed = {item: menu.value for item, menu in self._menus.items() if menu.value}
        return placed or None

    def _validate(self, raw: Any) -> dict[str, str] | None:
        if not isinstance(raw, dict) or not raw:
            return None
        if not all(item in self.items and category in self.categories for item, category in raw.items()):
            return None
        return {item: raw[item] for item in self.items if item in raw}

    def _show(self, value: dict[str, str] | None) -> None:
        for item, menu in self._menus.items():
            menu.value = (value or {}).get(item, "")

    def _describe(self, value: dict[str, str]) -> str:
        return "; ".join(f"{item} \u2192 {category}" for item, category in value.items())

    def _practice_feedback(self, value: dict[str, str]) -> str:
        lines = []
        for item in self.items:
            placed = value.get(item)
            if placed is None:
                lines.append(paragraph("Not placed yet:", f"\u201c{item}\u201d."))
                continue
            right = placed == self._key[item]
            where = f"\u201c{item}\u201d is {'' if right else 'not '}best placed in {placed}."
            lines.append(paragraph(verdict(right), where, self._explain(item)))
        return "".join(lines)
