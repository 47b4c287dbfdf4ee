"""Charts shown small (a dashboard column on a laptop) keep every label inside the picture: bar labels move
inside or outside their bar, or are cut with an ellipsis, instead of running off the axes."""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg

from core.charts import chart_spec
from core.charts.common import BarLabel, new_figure
from core.shop_data import ShopData


def _drawn(figure, size):
    figure.set_size_inches(*size)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return canvas.get_renderer()


def _drawn_texts(figure):
    """The figure's texts that are drawn: titles, labels, legends, bar labels and the tick labels in view."""
    texts = list(figure.texts) + [text for legend in figure.legends for text in legend.get_texts()]
    if figure._suptitle is not None:
        texts.append(figure._suptitle)
    for ax in figure.axes:
        texts += list(ax.texts) + [ax.title, ax._left_title, ax._right_title, ax.xaxis.label, ax.yaxis.label]
        legend = ax.get_legend()
        if legend is not None:
            texts += legend.get_texts()
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks():
                if low - 1e-9 <= tick.get_loc() <= high + 1e-9:
                    texts += [tick.label1, tick.label2]
    return texts


def _outside(figure, renderer) -> list[str]:
    """Texts whose drawn box leaves the figure, or (bar labels) their axes, by more than a pixel."""
    bad = []
    box = figure.bbox
    for text in _drawn_texts(figure):
        if not text.get_visible() or not text.get_text().strip():
            continue
        extent = text.get_window_extent(renderer)
        if extent.x0 < box.x0 - 1 or extent.x1 > box.x1 + 1 or extent.y0 < box.y0 - 1 or extent.y1 > box.y1 + 1:
            bad.append(f"figure: {text.get_text()!r}")
        if isinstance(text, BarLabel):
            axes = text.axes.bbox
            if extent.x0 < axes.x0 - 1 or extent.x1 > axes.x1 + 1:
                bad.append(f"axes: {text.get_text()!r}")
    return bad


def test_bar_label_goes_inside_outside_or_is_cut():
    figure = new_figure((4, 2))
    ax = figure.add_subplot()
    ax.barh([0, 1, 2], [100, 10, 100])
    ax.set_xlim(0, 105)
    long_inside = BarLabel(ax, 100, 0, "fits in a long bar", 9)
    short_outside = BarLabel(ax, 10, 1, "after a short bar", 9)
    too_long = BarLabel(ax, 100, 2, "a label far too long for this small chart, whatever happens to it", 9)
    renderer = _drawn(figure, (4, 2))
    assert long_inside.get_horizontalalignment() == "right" and long_inside.get_color() == "white"
    assert short_outside.get_horizontalalignment() == "left" and "after a short bar" in short_outside.get_text()
    assert too_long.get_text().strip().endswith("…") and len(too_long.get_text()) < len(too_long.full_text)
    for label in (long_inside, short_outside, too_long):
        extent = label.get_window_extent(renderer)
        assert ax.bbox.x0 - 1 <= extent.x0 and extent.x1 <= ax.bbox.x1 + 1, label.get_text()


def test_a_plain_label_would_run_off_the_small_chart():
    """The check above can fail: the same long text as a plain ax.text leaves the axes."""
    figure = new_figure((4, 2))
    ax = figure.add_subplot()
    ax.barh([0], [100])
    ax.set_xlim(0, 105)
    plain = ax.text(100, 0, "  a label far too long for this small chart, whatever happens to it", va="center")
    renderer = _drawn(figure, (4, 2))
    assert plain.get_window_extent(renderer).x1 > ax.bbox.x1 + 1


def test_dashboard_charts_keep_labels_inside_at_half_a_laptop_screen(demo_db):
    shop = ShopData(demo_db)
    # a dashboard column on a 1366-px laptop is about 5.7 × 3.7 inches at 100 dpi
    for key in ("segments", "top_products", "top_pairs", "revenue_by_month"):
        figure = chart_spec(key).builder(shop, title="Сегменты покупателей: сколько их и какова их доля выручки")
        renderer = _drawn(figure, (5.7, 3.7))
        assert _outside(figure, renderer) == [], key


def test_revenue_legend_sits_off_the_plot_and_title_in_russian(demo_db):
    labels = {"new": "Новые покупатели", "returning": "Вернувшиеся покупатели", "guest": "Гости (без покупателя)",
              "orders": "Заказы (правая ось)"}
    figure = chart_spec("revenue_by_month").builder(ShopData(demo_db), title="Выручка и заказы по месяцам",
                                                    labels=labels)
    renderer = _drawn(figure, (5.7, 3.7))
    legend = figure.legends[0].get_window_extent(renderer)
    assert not legend.overlaps(figure._suptitle.get_window_extent(renderer))
    for ax in figure.axes:
        assert not legend.overlaps(ax.bbox)
    assert _outside(figure, renderer) == []


def test_long_vertical_axis_titles_fit_a_small_chart(demo_db):
    """A translated axis title longer than the chart is tall is broken over two lines instead of being cut."""
    from core.charts.texts import chart_labels
    key = "clv_backtest"
    long_labels = {name: "pasūtījumu skaits uz klientu testa periodā, vidēji" for name in chart_labels(key, {})
                   if not name.startswith(("message:", "format:"))}
    figure = chart_spec(key).builder(ShopData(demo_db), title="Vai prognozēm var uzticēties?", labels=long_labels)
    renderer = _drawn(figure, (5.7, 3.0))
    labelled = [ax for ax in figure.axes if ax.yaxis.label.get_text()]
    assert labelled  # the back-test chart has its vertical axis title
    for ax in labelled:
        label = ax.yaxis.label
        if label.get_text():
            box = label.get_window_extent(renderer)
            assert box.y0 >= figure.bbox.y0 - 1 and box.y1 <= figure.bbox.y1 + 1, label.get_text()
            assert "\n" in label.get_text()
