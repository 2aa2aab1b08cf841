"""Power map: a slider per dimension of power for a case, drawn as a chart."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w
from traitlets import Unicode

from ._base import Exercise, paragraph, verdict
from ._slider import Slider


class _Chart(w.Image):
    """The chart image; its tooltip (the image's title) is its text alternative.

    ipywidgets 8's front end reads ``description`` when it sets a tooltip, and an Image has
    none (the view then fails to render), so an empty one is added here.
    """

    description = Unicode("").tag(sync=True)


class PowerMap(Exercise):
    """Place each dimension of power on a scale from client (low) to worker (high).

    The middle of the scale means the power is shared. Each dimension is a labelled
    slider (the arrow keys step it); it counts as set once its value changes or *Save
    the map as shown* is pressed. The chart redraws as the sliders move, and a text line
    under it (and the chart's text alternative) says the same in words.

    Key: ``{dimension: (lowest accepted, highest accepted)}``. Answer:
    ``{dimension: value}`` for the dimensions set. Partial credit: the share of
    dimensions set inside their accepted range.
    """

    kind = "power-map"

    def __init__(
        self, store, exercise_id: str, prompt: str, dimensions: list[str], *, low: int = 0, high: int = 10,
        case: str = "", **kwargs: Any,
    ) -> None:
        if len(set(dimensions)) != len(dimensions) or not dimensions or low >= high:
            raise ValueError(f"{exercise_id}: a power map needs distinct dimensions and low < high")
        self.dimensions = list(dimensions)
        self.low, self.high = low, high
        self._case = case or "the case"
        super().__init__(store, exercise_id, prompt, **kwargs)
        if self.practice and set(self._key) != set(dimensions):
            raise ValueError(f"{exercise_id}: the key needs a range for every dimension")

    def _controls(self) -> list[w.Widget]:
        middle = (self.low + self.high) // 2
        # A native range input with a label (see _slider.py), not an IntSlider, whose handle
        # has no accessible name in ipywidgets 8 (axe: aria-input-field-name, serious).
        self._sliders = {
            name: Slider(value=middle, min=self.low, max=self.high, description=name,
                         value_text=self._in_words(None))
            for name in self.dimensions
        }
        self._set: set[str] = set()
        for name, slider in self._sliders.items():
            slider.observe(lambda change, name=name: self._moved(name), names="value")
        self._keep = w.Button(description="Save the map as shown", tooltip="Record every dimension as it stands")
        self._keep.on_click(lambda _: self._save_all())
        self._chart = _Chart(format="png", layout=w.Layout(max_width="520px"))
        self._words = w.HTML()
        scale = (f"Scale: {self.low} = the client holds this power, {(self.low + self.high) // 2} = shared, "
                 f"{self.high} = the worker holds it.")
        return [w.Label(scale), *self._sliders.values(), self._keep, self._chart, self._words]

    def _current(self) -> dict[str, int] | None:
        current = {name: self._sliders[name].value for name in self.dimensions if name in self._set}
        return current or None

    def _moved(self, name: str) -> None:
        if self._quiet:
            return
        self._set.add(name)
        self._record(self._current())
        self._draw()

    def _save_all(self) -> None:
        self._set = set(self.dimensions)
        self._record(self._current())
        self._draw()

    def _validate(self, raw: Any) -> dict[str, int] | None:
        if not isinstance(raw, dict) or not raw:
            return None
        clean = {}
        for name, value in raw.items():
            if name not in self.dimensions or isinstance(value, bool) or not isinstance(value, int):
                return None
            if not self.low <= value <= self.high:
                return None
            clean[name] = value
        return {name: clean[name] for name in self.dimensions if name in clean}

    def _show(self, value: dict[str, int] | None) -> None:
        value = value or {}
        self._set = set(value)
        middle = (self.low + self.high) // 2
        for name, slider in self._sliders.items():
            slider.value = value.get(name, middle)
        self._draw()

    def _draw(self) -> None:
        from ._chart import power_map_png

        shown = {name: (self._sliders[name].value if name in self._set else None) for name in self.dimensions}
        self._chart.value = power_map_png(shown, low=self.low, high=self.high, title=f"Power map: {self._case}")
        in_words = "; ".join(f"{name}: {self._in_words(value)}" for name, value in shown.items())
        self._words.value = f"<p><strong>The map in words:</strong> {html.escape(in_words)}.</p>"
        # The chart's text alternative (the image's title; axe: image-alt, critical).
        self._chart.tooltip = f"Power map: {self._case}. {in_words}."
        for name, slider in self._sliders.items():
            said = self._in_words(slider.value)
            slider.value_text = said if name in self._set else f"{said} (not set yet)"

    def _in_words(self, value: int | None) -> str:
        if value is None:
            return "not set"
        middle = (self.low + self.high) / 2
        if value == middle:
            return f"{value}, shared"
        holder = "worker" if value > middle else "client"
        return f"{value}, the {holder} holds more"

    def _describe(self, value: dict[str, int]) -> str:
        return "; ".join(f"{name} {number}" for name, number in value.items())

    def _practice_feedback(self, value: dict[str, int]) -> str:
        lines = []
        for name in self.dimensions:
            lowest, highest = self._key[name]
            if name not in value:
                lines.append(paragraph(f"{html.escape(name)}: not set yet."))
                continue
            inside = lowest <= value[name] <= highest
            lines.append(paragraph(
                verdict(inside), f"{html.escape(name)}: you chose {value[name]}; a defensible range is "
                f"{lowest} to {highest}.", self._explain(name)))
        return "".join(lines)
