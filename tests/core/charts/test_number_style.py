"""Charts write numbers and money in the style their labels ask for (the UI language), English by default."""

from __future__ import annotations

import pytest

from core.charts import chart_spec
from core.charts.common import (ENGLISH, NumberStyle, format_count, format_money, number_style, style_from_labels,
                                styled)
from core.charts.sources import ShopData

POLISH = {"format:decimal": ",", "format:group": "\u00a0", "format:thousands": "{0}\u00a0tys.",
          "format:millions": "{0}\u00a0mln", "format:money": "{number}\u00a0{symbol}"}


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ")


@pytest.mark.parametrize(("value", "english", "polish"), [
    (0.5, "£0.50", "0,50 £"), (12, "£12", "12 £"), (1234.5, "£1,234", "1 234 £"), (89_612, "£89.6k", "89,6 tys. £"),
    (1_000_000, "£1M", "1 mln £"), (2_345_678, "£2.3M", "2,3 mln £"), (-15_400, "-£15.4k", "-15,4 tys. £")])
def test_money_in_both_styles(value, english, polish):
    style = style_from_labels(POLISH)
    assert format_money(value, "GBP") == english
    assert _plain(format_money(value, "GBP", style=style)) == polish
    with number_style(style):
        assert _plain(format_money(value, "GBP")) == polish
    assert format_money(value, "GBP") == english  # the style ends with the block


def test_style_from_labels_defaults_to_english():
    assert style_from_labels(None) == ENGLISH == NumberStyle()
    assert style_from_labels({"format:group": " "}).decimal == "."
    assert format_count(1_234_567) == "1,234,567"
    assert _plain(format_count(1_234_567, style_from_labels(POLISH))) == "1 234 567"


def test_charts_draw_ticks_and_labels_in_the_style_asked_for(demo_db):
    shop = ShopData(demo_db)
    english = chart_spec("revenue_by_month").builder(shop)
    polish = chart_spec("revenue_by_month").builder(shop, labels=POLISH)
    axis_en, axis_pl = english.axes[0].yaxis, polish.axes[0].yaxis
    ticks = [t for t in axis_en.get_majorticklocs() if t >= 20_000][:3]
    assert ticks
    for tick in ticks:  # formatted after the build, as a canvas would when it draws
        assert axis_en.get_major_formatter()(tick, 0) == f"£{tick / 1000:.0f}k"
        assert _plain(axis_pl.get_major_formatter()(tick, 0)) == f"{tick / 1000:.0f} tys. £"
    segments = chart_spec("segments").builder(shop, labels=POLISH)
    texts = [_plain(t.get_text()) for ax in segments.axes for t in ax.texts]
    assert any("tys. £" in t for t in texts) and not any("£" in t and "k" in t for t in texts)


def test_label_templates_take_the_style_too():
    template = "Tested on {n:,} customers; median {days} days, {lift:.0f}× chance, {name}"
    values = dict(n=12_345, days=12.5, lift=6.4, name="A.B, C")
    assert styled(template, **values) == template.format(**values)
    with number_style(style_from_labels(POLISH)):
        assert _plain(styled(template, **values)) == "Tested on 12 345 customers; median 12,5 days, 6× chance, A.B, C"


def test_messages_and_pair_labels_in_the_style(demo_db):
    from core.store import open_memory_shop
    tiny = open_memory_shop()
    english = chart_spec("top_pairs").builder(ShopData(demo_db))
    polish = chart_spec("top_pairs").builder(ShopData(demo_db), labels=POLISH)
    texts_en = [t.get_text() for ax in english.axes for t in ax.texts]
    texts_pl = [_plain(t.get_text()) for ax in polish.axes for t in ax.texts]
    assert texts_en and len(texts_en) == len(texts_pl)
    assert [t.replace(",", " ") for t in texts_en] == texts_pl  # "1,234 orders" -> "1 234 orders"
    assert chart_spec("segments").builder(tiny, labels=POLISH).shopkeeper_message
