"""Chart builders: each takes a shop (a ``sqlite_utils.Database`` or a ``ShopData``) and returns a matplotlib
``Figure``. Titles and labels are English; pass ``title=`` and ``labels={key: text}`` to translate them.

An empty or tiny shop, or an analysis another part of the app does not provide yet, gives a message figure
(see ``common.message_figure``) instead of an empty or broken chart.
"""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from core.charts import data as cd
from core.charts.common import (BarLabel, BLUE, GREEN, GREY, ORANGE, SKY, VERMILION, FONT_SIZE, NotEnoughData,
                                count_axis, format_count, format_money, message_figure, money_axis, new_figure,
                                number_style, set_title, shorten, style_axes, style_from_labels, styled)
from core.charts.texts import MESSAGES, TITLES, chart_labels
from core.shop_data import NotAvailable, NotEnoughHistory, ShopData, as_shop_data

BLUES = LinearSegmentedColormap.from_list("shop_blues", ["#f2f7fb", "#9ecae1", "#2171b5", "#08306b"])


def _l(labels: dict | None, key: str, default: str) -> str:
    """Return ``labels[key]``, or ``default`` for keys the texts table cannot know (segment names, methods)."""
    return (labels or {}).get(key, default)


def _month(stamp, labels: dict) -> str:
    """Return 'Mar 2024' with the month's short name from ``labels['month_names']`` (twelve words, translatable)."""
    names = labels.get("month_names", "").split()
    name = names[stamp.month - 1] if len(names) == 12 else stamp.strftime("%b")
    return f"{name} {stamp.year}"


def _text_color(value: float, vmax: float) -> str:
    return "white" if vmax and value / vmax > 0.55 else "#222222"


def _bar_labels(ax, positions, values, texts, fontsize: float = FONT_SIZE - 1.5) -> None:
    """Write ``texts`` at the end of horizontal bars: inside (white) where they fit, else just outside, else cut
    with an ellipsis (``BarLabel`` decides when drawn, at the size shown), so labels never run off the chart."""
    for y, value, text in zip(positions, values, texts):
        BarLabel(ax, float(value), y, text, fontsize)


LONG_AXIS_TITLE = 30  # characters; a longer vertical axis title runs past a small chart's height


def _wrap_axis_titles(figure: Figure) -> Figure:
    """Break long vertical axis titles ("Замовлення на клієнта в тестовому періоді") over two lines, so a chart
    shown small (a dashboard column, a tab) does not cut them at the top and bottom; returns the figure."""
    for ax in figure.axes:
        for axis in (ax.yaxis,):
            text = axis.label.get_text()
            if len(text) > LONG_AXIS_TITLE and "\n" not in text:
                axis.label.set_text(textwrap.fill(text, width=max(LONG_AXIS_TITLE // 2, (len(text) + 1) // 2 + 3)))
    return figure


def _guard(key: str, build):
    """Wrap a builder: fill in the chart's texts from ``texts`` (translations in ``labels`` win) and turn
    NotEnoughData / NotEnoughHistory / NotAvailable into message figures with the chart's title."""
    def wrapper(source, title: str | None = None, labels: dict | None = None) -> Figure:
        shop = as_shop_data(source)
        chart_title = title or TITLES[key]
        merged = chart_labels(key, labels)
        with number_style(style_from_labels(merged)):
            try:
                return _wrap_axis_titles(build(shop, chart_title, merged))
            except NotEnoughData as exc:
                return message_figure(chart_title,
                                      exc.sentence or styled(merged["message:" + exc.reason], **exc.params))
            except NotEnoughHistory as exc:  # a prediction or test's own sentence
                return message_figure(chart_title, exc.sentence)
            except NotAvailable as exc:
                text = str(exc)
                if not text or text == MESSAGES["not_available"]:
                    text = merged["message:not_available"]
                return message_figure(chart_title, text)
    wrapper.__name__ = build.__name__
    wrapper.__doc__ = build.__doc__
    wrapper.default_title = TITLES[key]
    wrapper.chart_key = key
    return wrapper


def _chart(key: str):
    def decorate(build):
        return _guard(key, build)
    return decorate


# --------------------------------------------------------------------------------------------- revenue by month
@_chart("revenue_by_month")
def revenue_by_month(shop: ShopData, title: str, labels: dict) -> Figure:
    """Return a Figure: monthly revenue as stacked bars (new / returning / guest) with the order count as a line."""
    monthly = cd.monthly_revenue(shop.orders)
    if monthly.empty or monthly["orders"].sum() == 0:
        raise NotEnoughData("no_orders")
    currency = shop.currency
    figure = new_figure()
    ax = figure.add_subplot()
    style_axes(ax)
    x = np.arange(len(monthly))
    bottom = np.zeros(len(monthly))
    parts = [("revenue_new", labels["new"], ORANGE),
             ("revenue_returning", labels["returning"], BLUE),
             ("revenue_guest", labels["guest"], GREY)]
    for column, label, color in parts:
        values = monthly[column].to_numpy(float)
        if not values.any():  # no guests, or no returning customers yet: no empty legend entry
            continue
        ax.bar(x, values, bottom=bottom, color=color, label=label, width=0.8)
        bottom += values
    ax.set_ylabel(styled(labels["revenue"], currency=currency or "—"))
    money_axis(ax.yaxis, currency)
    ax.grid(axis="y", color="#e5e5e5")
    ax.set_ylim(0, max(bottom.max(), 1) * 1.3)
    line_ax = ax.twinx()
    line_ax.plot(x, monthly["orders"], color="#333333", marker="o", markersize=3, linewidth=1.5,
                 label=labels["orders"])
    line_ax.set_ylabel(labels["orders_axis"])
    line_ax.set_ylim(0, max(monthly["orders"].max(), 1) * 1.4)
    count_axis(line_ax.yaxis)
    line_ax.spines["top"].set_visible(False)
    line_ax.tick_params(labelsize=FONT_SIZE - 1)
    step = max(1, int(np.ceil(len(monthly) / 10)))
    ax.set_xticks(x[::step])
    ax.set_xticklabels([_month(m, labels) for m in monthly["month"]][::step], rotation=45, ha="right")
    ax.set_xlim(-0.7, len(monthly) - 0.3)
    last_order = shop.orders["ordered_at"].max()
    if last_order.day < last_order.days_in_month:
        ax.set_xlabel(styled(labels["month_partial"],
            day=f"{last_order.day:02d} {_month(last_order, labels)}"))
    else:
        ax.set_xlabel(labels["month"])
    handles, names = ax.get_legend_handles_labels()
    more_handles, more_names = line_ax.get_legend_handles_labels()
    # below the plot, not on it: inside the axes a long legend (Russian, Polish) ran over the right axis numbers
    figure.legend(handles + more_handles, names + more_names, loc="outside lower center", fontsize=FONT_SIZE - 1.5,
                  frameon=False, ncol=2)
    set_title(figure, title)
    figure.chart_data = monthly
    return figure


# ------------------------------------------------------------------------------------------------------ segments
@_chart("segments")
def segment_sizes(shop: ShopData, title: str, labels: dict) -> Figure:
    """Return a Figure: customers per segment (bars) next to each segment's share of revenue."""
    segments = shop.segments()
    if segments.empty:
        raise NotEnoughData("no_customers")
    if len(segments) < 5:
        raise NotEnoughData("too_few_customers_segments", customers=len(segments))
    summary = cd.segment_summary(segments, "segment_label" if "segment_label" in segments else "segment")
    summary["label"] = [_l(labels, "segment:" + str(s), str(s)) for s in summary["segment"]]
    summary = summary.iloc[::-1]  # largest revenue at the top
    figure = new_figure((10, max(4.0, 0.42 * len(summary) + 1.6)))
    left, right = figure.subplots(1, 2, sharey=True, gridspec_kw={"width_ratios": [1, 1]})
    y = np.arange(len(summary))
    for ax in (left, right):
        style_axes(ax)
        ax.grid(axis="x", color="#e5e5e5")
    left.barh(y, summary["customers"], color=BLUE)
    left.set_yticks(y)
    left.set_yticklabels(summary["label"])
    left.set_xlabel(labels["customers"])
    count_axis(left.xaxis, nbins=4)
    left.set_xlim(0, summary["customers"].max() * 1.25)
    _bar_labels(left, y, summary["customers"].to_numpy(),
                [f"{format_count(count)} ({share:.0%})" if share >= 0.005 else f"{format_count(count)} (<1%)"
                 for count, share in zip(summary["customers"], summary["customer_share"])])
    right.barh(y, summary["revenue_share"] * 100, color=GREEN)
    right.set_xlabel(labels["revenue_share"])
    right.xaxis.set_major_locator(MaxNLocator(nbins=4))
    right.set_xlim(0, max(summary["revenue_share"].max() * 100 * 1.35, 5))
    shares = [f"{share:.0%}" if share >= 0.005 or share == 0 else "<1%" for share in summary["revenue_share"]]
    # long bars carry their label inside, so a long money text ("798,7 tys. £") never runs off the chart
    _bar_labels(right, y, (summary["revenue_share"] * 100).to_numpy(),
                [f"{share} · {format_money(revenue, shop.currency)}" for share, revenue in
                 zip(shares, summary["revenue"])])
    right.tick_params(axis="y", left=False)
    set_title(figure, title)
    figure.chart_data = summary.iloc[::-1].reset_index(drop=True)
    return figure


@_chart("rf_grid")
def rf_heatmap(shop: ShopData, title: str, labels: dict) -> Figure:
    """Return a Figure: the 5×5 grid of recency score × frequency score with the number of customers per cell."""
    scores = shop.rf_scores()
    if len(scores) < 5:
        raise NotEnoughData("too_few_customers_grid")
    grid = cd.rf_grid(scores)
    revenue = cd.rf_grid(scores, "monetary")
    figure = new_figure((7.5, 6.2))
    ax = figure.add_subplot()
    vmax = grid.to_numpy().max()
    image = ax.imshow(grid.to_numpy(), cmap=BLUES, vmin=0, vmax=vmax, aspect="auto")
    for i in range(5):
        for j in range(5):
            count = int(grid.iat[i, j])
            ax.text(j, i - 0.1, format_count(count), ha="center", va="center", fontsize=FONT_SIZE + 2,
                    fontweight="bold", color=_text_color(count, vmax))
            ax.text(j, i + 0.22, format_money(revenue.iat[i, j], shop.currency), ha="center", va="center",
                    fontsize=FONT_SIZE - 2, color=_text_color(count, vmax))
    ax.set_xticks(range(5))
    ax.set_xticklabels([str(c) for c in grid.columns])
    ax.set_yticks(range(5))
    ax.set_yticklabels([str(r) for r in grid.index])
    ax.set_xlabel(labels["recency"])
    ax.set_ylabel(labels["frequency"])
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    bar = figure.colorbar(image, ax=ax, shrink=0.8)
    bar.set_label(labels["customers"])
    set_title(figure, title)
    figure.chart_data = grid
    return figure


# ------------------------------------------------------------------------------------------------------- cohorts
@_chart("cohort_retention")
def cohort_heatmap(shop: ShopData, title: str, labels: dict) -> Figure:
    """Return a Figure: share of each month's new customers who ordered again N months later."""
    retention, sizes = cd.cohort_retention(shop.orders, max_months=12)
    if retention.empty or retention.shape[0] < 2:
        raise NotEnoughData("too_short_cohorts")
    # Hide stray cohorts of one or two customers next to big ones: they read as noise, not as a trend.
    keep = sizes >= min(3, sizes.max())
    retention, sizes = retention[keep.reindex(retention.index).to_numpy()].tail(18), sizes[keep]
    sizes = sizes.reindex(retention.index)
    shown = retention.drop(columns=[0])  # month 0 is 100 % by definition
    shown = shown.loc[:, shown.notna().any()]
    if shown.empty:
        raise NotEnoughData("too_short_cohorts")
    values = shown.to_numpy(float) * 100
    figure = new_figure((10, max(4.5, 0.34 * len(shown) + 2)))
    ax = figure.add_subplot()
    vmax = max(np.nanpercentile(values, 98), 1.0)
    image = ax.imshow(np.ma.masked_invalid(values), cmap=BLUES, vmin=0, vmax=vmax, aspect="auto")
    small = values.shape[1] > 10
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            if np.isnan(values[i, j]):
                continue
            ax.text(j, i, f"{values[i, j]:.0f}", ha="center", va="center",
                    fontsize=FONT_SIZE - (2.5 if small else 1), color=_text_color(values[i, j], vmax))
    ax.set_xticks(range(values.shape[1]))
    ax.set_xticklabels([str(c) for c in shown.columns])
    ax.set_yticks(range(len(shown)))
    ax.set_yticklabels([f"{_month(c, labels)}  ({format_count(n)})" for c, n in zip(shown.index, sizes)],
                       fontsize=FONT_SIZE - 1.5)
    ax.set_xlabel(labels["months_since"])
    ax.set_ylabel(labels["cohort"])
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    bar = figure.colorbar(image, ax=ax, shrink=0.8)
    bar.set_label(labels["percent"])
    set_title(figure, title)
    figure.chart_data = retention
    return figure


# ------------------------------------------------------------------------------------------ days between orders
@_chart("days_between_orders")
def days_between(shop: ShopData, title: str, labels: dict) -> Figure:
    """Return a Figure: histogram of days between a customer's consecutive orders, median and 75th percentile."""
    gaps = cd.days_between_orders(shop.orders)
    if len(gaps) < 5:
        raise NotEnoughData("too_few_repeats")
    cap = float(np.ceil(gaps.quantile(0.98)))
    clipped = gaps.clip(upper=cap)
    figure = new_figure()
    ax = figure.add_subplot()
    style_axes(ax)
    ax.grid(axis="y", color="#e5e5e5")
    width = max(1, int(np.ceil(cap / 40)))
    bins = np.arange(0, cap + width + 1, width)
    ax.hist(clipped, bins=bins, color=SKY, edgecolor="white", linewidth=0.5)
    median = float(gaps.median())
    p75 = float(gaps.quantile(0.75))
    ax.axvline(median, color=VERMILION, linewidth=2,
               label=styled(labels["median"], days=median))
    ax.axvline(p75, color=ORANGE, linewidth=2, linestyle="--",
               label=styled(labels["p75"], days=p75))
    ax.set_xlabel(styled(labels["days"], cap=cap))
    ax.set_ylabel(labels["count"])
    count_axis(ax.yaxis)
    ax.set_xlim(0, cap + width)
    ax.legend(frameon=False, fontsize=FONT_SIZE - 0.5)
    set_title(figure, title)
    figure.chart_data = gaps
    return figure


# ------------------------------------------------------------------------------------------------------ products
@_chart("top_products")
def top_products_chart(shop: ShopData, title: str, labels: dict) -> Figure:
    """Return a Figure: the 10 products with the most revenue, with units and orders."""
    top = shop.top_products(10)
    if top.empty:
        raise NotEnoughData("no_products")
    if len(top) == 1:
        only = top.iloc[0]
        raise NotEnoughData("one_product", name=only["product_name"],
                            revenue=format_money(float(only["revenue"]), shop.currency), orders=int(only["orders"]))
    figure = new_figure((9.5, max(4.0, 0.5 * len(top) + 1.6)))
    ax = figure.add_subplot()
    style_axes(ax)
    ax.grid(axis="x", color="#e5e5e5")
    shown = top.iloc[::-1]
    y = np.arange(len(shown))
    ax.barh(y, shown["revenue"], color=BLUE)
    ax.set_yticks(y)
    money_axis(ax.xaxis, shop.currency)
    ax.set_xlabel(styled(labels["revenue"], currency=shop.currency or "—"))
    ax.set_xlim(0, shown["revenue"].max() * 1.05)
    orders_word = labels["orders_word"]
    _bar_labels(ax, y, shown["revenue"].to_numpy(), [format_money(r, shop.currency) for r in shown["revenue"]])
    ax.set_yticklabels([f"{shorten(n, 30)}\n{format_count(o)} {orders_word}"
                        for n, o in zip(shown["product_name"], shown["orders"])], fontsize=FONT_SIZE - 1.5)
    set_title(figure, title)
    figure.chart_data = top
    return figure


def _pairs_or_raise(shop: ShopData) -> pd.DataFrame:
    pairs = shop.pairs(12)
    if pairs.empty:
        lines = shop.basket_lines
        if lines.empty or lines["product_id"].nunique() == 1:
            raise NotEnoughData("one_product_pairs" if not lines.empty else "no_products")
        raise NotEnoughData("no_pairs")
    return pairs


@_chart("top_pairs")
def top_pairs_chart(shop: ShopData, title: str, labels: dict) -> Figure:
    """Return a Figure: the product pairs found together in the most orders, with how much above chance."""
    pairs = _pairs_or_raise(shop).head(10)
    figure = new_figure((10, max(4.0, 0.5 * len(pairs) + 1.6)))
    ax = figure.add_subplot()
    style_axes(ax)
    ax.grid(axis="x", color="#e5e5e5")
    shown = pairs.iloc[::-1]
    y = np.arange(len(shown))
    ax.barh(y, shown["orders"], color=GREEN)
    ax.set_yticks(y)
    ax.set_yticklabels([f"{shorten(a, 40)}\n+ {shorten(b, 40)}" for a, b in zip(shown["name_a"], shown["name_b"])],
                       fontsize=FONT_SIZE - 2)
    ax.set_xlabel(labels["orders"],
                  wrap=True)
    count_axis(ax.xaxis)
    ax.set_xlim(0, shown["orders"].max() * 1.05)
    lift_text = labels["lift"]
    _bar_labels(ax, y, shown["orders"].to_numpy(),
                [styled(lift_text, orders=o, lift=lift) for o, lift in zip(shown["orders"], shown["lift"])],
                fontsize=FONT_SIZE - 2)
    set_title(figure, title)
    figure.chart_data = pairs
    return figure


@_chart("pair_network")
def pair_network_chart(shop: ShopData, title: str, labels: dict) -> Figure:
    """Return a Figure: the strongest pairs as a small network (thicker line = bought together more often)."""
    nodes, edges = cd.pair_network(_pairs_or_raise(shop))
    figure = new_figure((9, 7))
    ax = figure.add_subplot()
    ax.set_axis_off()
    position = nodes.set_index("product_id")[["x", "y"]]
    top = edges["orders"].max()
    for row in edges.itertuples():
        (xa, ya), (xb, yb) = position.loc[row.product_a], position.loc[row.product_b]
        ax.plot([xa, xb], [ya, yb], color=BLUE, alpha=0.35 + 0.5 * row.orders / top,
                linewidth=1 + 6 * row.orders / top, zorder=1, solid_capstyle="round")
    ax.scatter(nodes["x"], nodes["y"], s=120 + 80 * nodes["degree"], color=ORANGE, edgecolor="white", zorder=2)
    for row in nodes.itertuples():
        align = "left" if row.x > 0.05 else ("right" if row.x < -0.05 else "center")
        ax.text(row.x * 1.1, row.y * 1.1, shorten(row.name, 30), ha=align,
                va="bottom" if row.y > 0.3 else ("top" if row.y < -0.3 else "center"), fontsize=FONT_SIZE - 1.5)
    ax.set_xlim(-2.25, 2.25)
    ax.set_ylim(-1.35, 1.35)
    ax.text(0.5, -0.02, labels["note"],
            transform=ax.transAxes, ha="center", fontsize=FONT_SIZE - 1.5, color="#555555")
    set_title(figure, title)
    figure.chart_data = (nodes, edges)
    return figure


# ------------------------------------------------------------------------------------------------------------ CLV
@_chart("clv_distribution")
def clv_distribution(shop: ShopData, title: str, labels: dict) -> Figure:
    """Return a Figure: histogram of predicted customer value, with the median and the top 10 % cut-off."""
    values = shop.clv_values()
    values = values[np.isfinite(values)]
    if len(values) < 5:
        raise NotEnoughData("too_few_customers_clv")
    cap = float(values.quantile(0.97))
    figure = new_figure()
    ax = figure.add_subplot()
    style_axes(ax)
    ax.grid(axis="y", color="#e5e5e5")
    ax.hist(values.clip(upper=cap), bins=40, color=GREEN, edgecolor="white", linewidth=0.5)
    median = float(values.median())
    top10 = float(values.quantile(0.9))
    ax.axvline(median, color=VERMILION, linewidth=2,
               label=styled(labels["median"], value=format_money(median, shop.currency)))
    ax.axvline(top10, color=ORANGE, linewidth=2, linestyle="--",
               label=styled(labels["top10"],
                   value=format_money(top10, shop.currency)))
    money_axis(ax.xaxis, shop.currency)
    ax.set_xlabel(styled(labels["value"],
        currency=shop.currency or "—", cap=format_money(cap, shop.currency)))
    ax.set_ylabel(labels["customers"])
    count_axis(ax.yaxis)
    ax.legend(frameon=False, fontsize=FONT_SIZE - 0.5)
    set_title(figure, title)
    figure.chart_data = values
    return figure


def _backtest_note(table: pd.DataFrame, labels: dict) -> str:
    """Return the back-test's summary sentence from the ``note`` template in ``labels`` (the UI language), or
    core's own sentence when the summary figures are missing."""
    if labels.get("note:hidden"):  # the screen shows the sentence itself, above the chart
        return ""
    summary = table.attrs.get("summary") or {}
    needed = ("calibration_end", "holdout_weeks", "predicted_total", "customers", "actual_total",
              "difference_percent", "mean_absolute_error")
    if not all(key in summary for key in needed) or "note" not in labels:
        return table.attrs.get("note") or ""
    diff = summary["difference_percent"]
    return styled(labels["note"], end=str(summary["calibration_end"])[:10], weeks=summary["holdout_weeks"],
                  predicted=summary["predicted_total"], customers=summary["customers"], actual=summary["actual_total"],
                  percent=abs(diff), direction=labels["more"] if diff >= 0 else labels["fewer"],
                  mae=summary["mean_absolute_error"])


@_chart("clv_backtest")
def clv_backtest(shop: ShopData, title: str, labels: dict) -> Figure:
    """Return a Figure: average repeat orders per customer in a held-out recent period, predicted vs actual,
    grouped by how many repeat orders the customers had before it; the back-test's sentence underneath."""
    table = shop.backtest()
    if table.empty:
        raise NotEnoughData("too_short_backtest")
    figure = new_figure((9.0, 5.4))
    ax = figure.add_subplot()
    style_axes(ax)
    ax.grid(axis="y", color="#e5e5e5")
    x = np.arange(len(table))
    ax.bar(x - 0.2, table["actual"], width=0.4, color=BLUE, label=labels["actual"])
    ax.bar(x + 0.2, table["predicted"], width=0.4, color=ORANGE,
           label=labels["predicted"])
    ax.set_xticks(x)
    if "customers" in table:
        ax.set_xticklabels([f"{g}\n({format_count(n)})" for g, n in zip(table["group"], table["customers"])])
    else:
        ax.set_xticklabels([str(g) for g in table["group"]])
    ax.set_xlabel(labels["group"])
    weeks = table.attrs.get("weeks")
    ax.set_ylabel(styled(labels["orders"], weeks=weeks or "N"))
    ax.set_ylim(0, max(float(table[["actual", "predicted"]].to_numpy().max()), 0.1) * 1.2)
    ax.legend(frameon=False, fontsize=FONT_SIZE - 0.5, loc="upper left")
    note = _backtest_note(table, labels).replace(" %", "\u00a0%")  # never "5" / "% fewer" on two lines
    if note:
        figure.text(0.01, 0.005, "\n".join(textwrap.wrap(note, 150)), fontsize=FONT_SIZE - 2.5, color="#555555",
                    va="bottom", wrap=True)
        figure.get_layout_engine().set(rect=(0, 0.07, 1, 0.93))
    set_title(figure, title)
    figure.chart_data = table
    return figure


# ------------------------------------------------------------------------------------------------ recommendations
@_chart("recommendation_evaluation")
def recommendation_evaluation(shop: ShopData, title: str, labels: dict) -> Figure:
    """Return a Figure: hit rate of the app's suggestions vs suggesting best-sellers vs random products."""
    products = shop.lines["product_id"].nunique() if not shop.lines.empty else 0
    if products <= 10:
        if products == 0:
            raise NotEnoughData("no_products")
        raise NotEnoughData("one_product_evaluation" if products == 1 else "few_products_evaluation",
                            products=products)
    table = shop.evaluation()
    if table.empty:
        raise NotEnoughData("too_few_orders_evaluation")
    figure = new_figure()
    ax = figure.add_subplot()
    style_axes(ax)
    ax.grid(axis="y", color="#e5e5e5")
    colors = {"app": GREEN, "bestsellers": BLUE, "random": GREY}
    x = np.arange(len(table))
    values = table["value"].to_numpy(float) * 100
    ax.bar(x, values, color=[colors.get(m, SKY) for m in table["method"]], width=0.6)
    ax.set_xticks(x)
    ax.set_xticklabels([_l(labels, "method:" + m, t) for m, t in zip(table["method"], table["label"])])
    ax.set_ylabel(labels["metric"])
    ax.set_ylim(0, max(values.max() * 1.25, 1))
    for xi, v in zip(x, values):
        ax.text(xi, v, f"{v:.0f}%", ha="center", va="bottom", fontsize=FONT_SIZE + 1, fontweight="bold")
    customers = table.attrs.get("customers")
    if customers:
        ax.set_xlabel(styled(labels["tested"], n=customers))
    set_title(figure, title)
    figure.chart_data = table
    return figure
