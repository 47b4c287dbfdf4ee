"""Charts of a shop as matplotlib Figures (no GUI backend): the dashboard, the owner's report and the CLI use them.

``CHARTS`` lists every chart as ``ChartSpec(key, builder)``; ``builder(shop, title=None, labels=None)`` returns a
``matplotlib.figure.Figure``. ``render_all`` saves them all as PNG (or SVG) files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from matplotlib.figure import Figure

from core.atomic import atomic_write
from core.charts import figures
from core.charts.common import is_message_figure, message_figure
from core.charts.texts import TITLES
from core.messages import Message, MessageTemplate
from core.progress import check_cancelled, never_cancelled, no_progress
from core.shop_data import ShopData, as_shop_data

# Each chart's English title as a keyed message, for progress reports (drawing it, putting it in the report).
TITLE_MESSAGES = {key: MessageTemplate(f"charts.title.{key}", text) for key, text in TITLES.items()}


@dataclass(frozen=True)
class ChartSpec:
    """One chart: a stable key (file names, settings) and the function that draws it."""

    key: str
    builder: Callable[..., Figure]

    @property
    def title(self) -> str:
        """The chart's English title."""
        return self.builder.default_title

    @property
    def title_message(self) -> Message:
        """The chart's title as a keyed message (progress reports)."""
        return TITLE_MESSAGES[self.key]()


CHARTS: list[ChartSpec] = [
    ChartSpec("revenue_by_month", figures.revenue_by_month),
    ChartSpec("segments", figures.segment_sizes),
    ChartSpec("rf_grid", figures.rf_heatmap),
    ChartSpec("cohort_retention", figures.cohort_heatmap),
    ChartSpec("days_between_orders", figures.days_between),
    ChartSpec("top_products", figures.top_products_chart),
    ChartSpec("top_pairs", figures.top_pairs_chart),
    ChartSpec("pair_network", figures.pair_network_chart),
    ChartSpec("clv_distribution", figures.clv_distribution),
    ChartSpec("clv_backtest", figures.clv_backtest),
    ChartSpec("recommendation_evaluation", figures.recommendation_evaluation),
]


def chart_spec(key: str) -> ChartSpec:
    """Return the ChartSpec with ``key``; raises KeyError for an unknown key."""
    for spec in CHARTS:
        if spec.key == key:
            return spec
    raise KeyError(key)


def render_all(source, outdir: str | Path, fmt: str = "png", progress=no_progress,
               cancelled=never_cancelled) -> list[Path]:
    """Save every chart of the shop into ``outdir`` as ``<key>.<fmt>``; returns the paths written."""
    shop = as_shop_data(source)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, spec in enumerate(CHARTS):
        check_cancelled(cancelled)
        progress(index / len(CHARTS), spec.title_message)
        figure = spec.builder(shop)
        path = outdir / f"{spec.key}.{fmt}"
        with atomic_write(path, "wb") as handle:  # a kill or a full disk never leaves half a chart
            figure.savefig(handle, format=fmt, dpi=110 if fmt == "png" else None)
        paths.append(path)
    progress(1.0, None)
    return paths


__all__ = ["CHARTS", "ChartSpec", "ShopData", "as_shop_data", "chart_spec", "render_all", "message_figure",
           "is_message_figure"]
