"""Draw a power map as a PNG; matplotlib is imported only when a chart is drawn."""

from __future__ import annotations

import io

# Okabe-Ito colours: distinguishable with the common forms of colour blindness.
WORKER_COLOUR = "#0072B2"
CLIENT_COLOUR = "#E69F00"
SHARED_COLOUR = "#999999"


def power_map_png(values: dict[str, int | None], *, low: int, high: int, title: str) -> bytes:
    """A horizontal bar per dimension: where power sits between client and worker.

    Unset dimensions are drawn as an empty row labelled "not set", so the chart never
    relies on colour alone; each bar also carries its number.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    middle = (low + high) / 2
    names = list(values)
    figure = Figure(figsize=(6.4, 0.55 * len(names) + 1.4), dpi=90)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for row, name in enumerate(names):
        value = values[name]
        if value is None:
            axes.text(middle, row, "not set", ha="center", va="center", fontsize=9, style="italic")
            continue
        colour = WORKER_COLOUR if value > middle else CLIENT_COLOUR if value < middle else SHARED_COLOUR
        hatch = "//" if value > middle else ".." if value < middle else ""
        axes.barh(row, value - middle, left=middle, color=colour, hatch=hatch, edgecolor="black", height=0.6)
        axes.text(value, row, f" {value} ", ha="left" if value >= middle else "right", va="center", fontsize=9)
    axes.axvline(middle, color="black", linewidth=1)
    axes.set_yticks(range(len(names)), names)
    axes.invert_yaxis()
    axes.set_xlim(low - 0.5, high + 0.5)
    axes.set_xticks([low, middle, high], ["client holds it", "shared", "worker holds it"])
    axes.set_title(title, fontsize=11)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
