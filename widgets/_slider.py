"""An accessible slider: a native range input with a visible label tied to it.

ipywidgets' IntSlider draws its handle as a div with role="slider" and no accessible name
(axe: aria-input-field-name, serious), so screen readers announce an unnamed slider. A
native ``<input type="range">`` with a ``<label for>`` is named, works with the arrow,
Page Up/Down, Home and End keys (kept from JupyterLab's own shortcuts), and says its
value in words through aria-valuetext.
"""

from __future__ import annotations

import anywidget
from traitlets import Int, Unicode

_ESM = """
function render({ model, el }) {
  // The input sits inside its label, so the two are tied without an id (ids made in the
  // page can collide between the many widgets of a notebook).
  const label = document.createElement("label");
  label.className = "powerwith-slider";
  const name = document.createElement("span");
  const input = document.createElement("input");
  input.type = "range";
  const shown = document.createElement("output");
  shown.setAttribute("aria-hidden", "true");
  function draw() {
    name.textContent = model.get("description");
    input.setAttribute("aria-label", model.get("description"));
    input.min = model.get("min");
    input.max = model.get("max");
    input.step = 1;
    input.value = model.get("value");
    input.setAttribute("aria-valuetext", model.get("value_text") || String(model.get("value")));
    shown.textContent = String(model.get("value"));
  }
  input.addEventListener("input", () => { shown.textContent = input.value; });
  // JupyterLab's notebook takes arrow keys for moving between cells as they bubble up;
  // keep them for the slider.
  input.addEventListener("keydown", (event) => event.stopPropagation());
  input.addEventListener("change", () => {
    model.set("value", Number(input.value));
    model.save_changes();
  });
  model.on("change", draw);
  draw();
  label.append(name, input, shown);
  el.appendChild(label);
  return () => model.off("change", draw);
}
export default { render };
"""

_CSS = """
.powerwith-slider { display: flex; align-items: center; gap: 0.75em; margin: 0.2em 0; flex-wrap: wrap; }
.powerwith-slider span { flex: 0 0 16em; white-space: normal; }
.powerwith-slider input[type=range] { flex: 1 1 16em; max-width: 24em; }
.powerwith-slider output { min-width: 2em; font-weight: bold; }
"""


class Slider(anywidget.AnyWidget):
    """A labelled whole-number slider; ``value_text`` is what a screen reader says for the value."""

    _esm = _ESM
    _css = _CSS
    description = Unicode(help="The visible label tied to the slider.").tag(sync=True)
    value = Int(help="The slider's value.").tag(sync=True)
    min = Int(0, help="The lowest value.").tag(sync=True)
    max = Int(10, help="The highest value.").tag(sync=True)
    value_text = Unicode(help="The value in words, for screen readers.").tag(sync=True)
