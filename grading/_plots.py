"""The report's charts, drawn with matplotlib's object API (Agg; no pyplot state).

Colours come from the Okabe-Ito palette, which stays distinguishable with the common
colour-vision deficiencies; no chart relies on colour alone (bars carry value labels and
every chart has a title and axis labels). Each chart has a CSV beside it with the same
numbers, as its text equivalent.
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path
from typing import Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

OKABE_ITO = {
    "orange": "#E69F00", "sky blue": "#56B4E9", "bluish green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "reddish purple": "#CC79A7", "black": "#000000",
}
DPI = 150


def _save(fig: Figure, path: Path) -> Path:
    FigureCanvasAgg(fig)
    fig.savefig(path, dpi=DPI)
    return path


def score_distribution(path: Path, modules: Sequence[tuple[str, float, list[tuple[float, float, int]]]]) -> Path:
    """One histogram per module: ``(name, points possible, [(low, high, students), ...])``."""
    count = max(1, len(modules))
    columns = min(count, 3)
    rows = math.ceil(count / columns)
    fig = Figure(figsize=(4.2 * columns, 3.4 * rows + 0.6), layout="constrained")
    axes = fig.subplots(rows, columns, squeeze=False)
    for index, (name, possible, bins) in enumerate(modules):
        ax = axes[index // columns][index % columns]
        lows = [low for low, _, _ in bins]
        widths = [high - low for low, high, _ in bins]
        counts = [n for _, _, n in bins]
        ax.bar(lows, counts, width=widths, align="edge", color=OKABE_ITO["blue"], edgecolor=OKABE_ITO["black"])
        ax.set_title(name, fontsize=10)
        ax.set_xlabel(f"Score (points, of {possible:g})")
        ax.set_ylabel("Students")
        ax.set_xlim(0, possible)
        ax.yaxis.get_major_locator().set_params(integer=True)
    for index in range(len(modules), rows * columns):
        axes[index // columns][index % columns].set_visible(False)
    fig.suptitle("Score distribution per module")
    return _save(fig, path)


def item_chart(path: Path, labels: list[str], difficulty: list[float | None],
               discrimination: list[float | None], *, low_discrimination: float = 0.2) -> Path:
    """Two bar panels per graded item: difficulty (share with full marks) and item-rest r."""
    height = max(3.0, 0.32 * len(labels) + 1.2)
    fig = Figure(figsize=(10, height), layout="constrained")
    left, right = fig.subplots(1, 2, sharey=True)
    positions = list(range(len(labels)))
    _bars(left, positions, difficulty, OKABE_ITO["blue"], "{:.0%}")
    left.set_xlim(0, 1.15)
    left.set_title("Difficulty: share of students with full marks")
    left.set_xlabel("Share of students with full marks")
    left.set_ylabel("Graded item")
    _bars(right, positions, discrimination, OKABE_ITO["vermillion"], "{:.2f}")
    right.axvline(low_discrimination, color=OKABE_ITO["black"], linestyle="--", linewidth=1,
                  label=f"r = {low_discrimination:g} (below: a weak item)")
    right.legend(loc="lower left", fontsize=7, frameon=True)
    right.axvline(0, color=OKABE_ITO["black"], linewidth=0.8)
    right.set_xlim(-1, 1.25)
    right.set_title("Discrimination: item-rest correlation")
    right.set_xlabel("Pearson r with the rest of the module score")
    left.set_yticks(positions, labels)
    left.invert_yaxis()
    fig.suptitle("Graded items: difficulty and discrimination")
    return _save(fig, path)


def _bars(ax, positions: list[int], values: list[float | None], colour: str, label: str) -> None:
    shown = [0.0 if v is None else v for v in values]
    ax.barh(positions, shown, color=colour, edgecolor=OKABE_ITO["black"])
    for y, value in zip(positions, values):
        text = "n/a" if value is None else label.format(value)
        x = 0.0 if value is None else max(value, 0.0)
        ax.text(x + 0.02, y, text, va="center", fontsize=8)


def competency_chart(path: Path, labels: list[str], shares: list[float | None], counts: list[str],
                     benchmark: float) -> Path:
    """Horizontal bars: the share of students at or above the benchmark, per competency."""
    height = max(3.0, 0.7 * len(labels) + 1.4)
    fig = Figure(figsize=(10, height), layout="constrained")
    ax = fig.subplots()
    positions = list(range(len(labels)))
    values = [0.0 if s is None else s * 100 for s in shares]
    ax.barh(positions, values, color=OKABE_ITO["bluish green"], edgecolor=OKABE_ITO["black"])
    for y, value, count in zip(positions, values, counts):
        ax.text(value + 1, y, f"{value:.0f}% ({count})", va="center", fontsize=8)
    ax.set_yticks(positions, [textwrap.fill(label, 40) for label in labels], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 115)
    ax.set_xlabel(f"Students at or above {benchmark:g}% of the points (%)")
    ax.set_ylabel("CSWE 2022 competency")
    fig.suptitle(f"Students at or above the {benchmark:g}% benchmark, by CSWE competency")
    return _save(fig, path)
