"""The "what changed" chart: customers moving between segments from one day to another, as a from × to grid.

Its texts are argument-less message templates here (the desktop translates them with ``i18n.translate_text`` and
passes them back as ``labels``); segment names come in through ``names`` ({segment key: shown name}).
"""

from __future__ import annotations

from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from core.analysis.movements import NEW, Movements
from core.charts.common import FONT_SIZE, format_count, message_figure, new_figure, set_title
from core.messages import MessageTemplate

_CELLS = LinearSegmentedColormap.from_list("moves", ["#ffffff", "#9ecae1", "#2171b5", "#08306b"])

MOVEMENT_TEXTS = {
    "title": MessageTemplate("movements.chart.title", "Where customers moved between segments"),
    "from": MessageTemplate("movements.chart.from", "Segment on the start date"),
    "to": MessageTemplate("movements.chart.to", "Segment on the end date"),
    "empty": MessageTemplate("movements.chart.empty", "No customer had ordered by the end date, so nothing moved."),
}


def _text(labels: dict | None, key: str) -> str:
    return (labels or {}).get(key) or str(MOVEMENT_TEXTS[key]())


def movements_chart(moves: Movements, labels: dict | None = None, names: dict | None = None) -> Figure:
    """Return a Figure: rows are segments on the start day (``NEW`` first), columns segments on the end day,
    each cell the number of customers who made that move; staying put sits on the outlined diagonal.
    ``figure.chart_data`` is the grid drawn."""
    title = _text(labels, "title")
    if moves.members.empty:
        return message_figure(title, _text(labels, "empty"))
    grid = moves.matrix()
    grid = grid.loc[(grid.sum(axis=1) > 0) | (grid.index == NEW), grid.sum(axis=0) > 0]
    grid = grid.loc[grid.sum(axis=1) > 0]
    names = {**{r.from_segment: r.from_label for r in moves.table.itertuples()},
             **{r.to_segment: r.to_label for r in moves.table.itertuples()}, **(names or {})}
    figure = new_figure((max(7.0, 0.85 * grid.shape[1] + 3.5), max(4.5, 0.5 * grid.shape[0] + 2.5)))
    ax = figure.add_subplot()
    values = grid.to_numpy()
    vmax = max(int(values.max()), 1)
    ax.imshow(values, cmap=_CELLS, vmin=0, vmax=vmax, aspect="auto")
    for i, start in enumerate(grid.index):
        for j, end in enumerate(grid.columns):
            value = int(values[i, j])
            if value:
                ax.text(j, i, format_count(value), ha="center", va="center", fontsize=FONT_SIZE,
                        fontweight="bold" if start != end else "normal",
                        color="white" if value > vmax * 0.55 else "#222222")
            if start == end:
                ax.add_patch(_outline(j, i))
    ax.set_xticks(range(grid.shape[1]))
    ax.set_xticklabels([names.get(key, key) for key in grid.columns], rotation=35, ha="right",
                       fontsize=FONT_SIZE - 1.5)
    ax.set_yticks(range(grid.shape[0]))
    ax.set_yticklabels([names.get(key, key) for key in grid.index], fontsize=FONT_SIZE - 1.5)
    ax.set_xlabel(_text(labels, "to"), fontsize=FONT_SIZE)
    ax.set_ylabel(_text(labels, "from"), fontsize=FONT_SIZE)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    set_title(figure, title)
    figure.chart_data = grid
    return figure


def _outline(x: int, y: int):
    """Return a grey square around grid cell (x, y): the customers who stayed in their segment."""
    return Rectangle((x - 0.5, y - 0.5), 1, 1, fill=False, edgecolor="#888888", linewidth=1.0)
