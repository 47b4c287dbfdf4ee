"""Every English text the charts show, in one table: titles, axis and legend texts, and the sentences shown
instead of a chart when a shop is empty or tiny.

The desktop hands translated versions back to the builders (``title=`` and ``labels={key: text}``); its table in
``desktop/views/dashboard_view.py`` has one ``self.tr`` per entry here, and a test checks that the two tables
name the same keys with the same English. Texts with ``{placeholders}`` are filled with ``str.format``; a
translation has to keep the placeholders.
"""

from __future__ import annotations

# Short month names for axis ticks, twelve words separated by spaces (a translation keeps twelve words).
MONTH_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"

TITLES: dict[str, str] = {
    "revenue_by_month": "Revenue and orders by month",
    "segments": "Customer segments: how many, and their share of revenue",
    "rf_grid": "Recency × frequency: where your customers are",
    "cohort_retention": "Do customers come back? Retention by month of first order",
    "days_between_orders": "How long between orders? Your shop's buying cycle",
    "top_products": "Best-selling products by revenue",
    "top_pairs": "Products most often bought together",
    "pair_network": "Which products go together",
    "clv_distribution": "Predicted customer value over the next 12 months",
    "clv_backtest": "Can you trust the predictions? Predicted vs actual in a test period",
    "recommendation_evaluation": "Do the recommendations work? App vs best-sellers vs random",
}

# Sentences shown instead of a chart, by reason ("message:<reason>" in a chart's labels overrides them).
MESSAGES: dict[str, str] = {
    "no_orders": "No orders yet: import your shop's orders to see revenue by month.",
    "no_customers": "No customers with orders yet, so there are no segments to show.",
    "too_few_customers_segments": "Segments compare customers with each other, so they need at least 5 customers "
                                  "with orders; this shop has {customers:,} so far.",
    "too_few_customers_grid": "At least 5 customers with orders are needed for the recency × frequency grid.",
    "too_short_cohorts": "At least two months of orders are needed to see whether customers come back.",
    "too_few_repeats": "Too few repeat orders yet to show how long customers take to come back.",
    "no_products": "No products sold yet.",
    "one_product": "All sales are one product, {name}: {revenue} from {orders:,} orders.",
    "no_pairs": "No two products were bought together in two or more orders yet, so there are no pairs to show.",
    "one_product_pairs": "Your shop sells a single product, so there are no products bought together to show.",
    "too_few_customers_clv": "Too few customers to predict their value yet.",
    "too_short_backtest": "Not enough history to test the predictions yet.",
    "one_product_evaluation": "With only one product, ten suggestions name the whole shop, so there is nothing to "
                              "compare yet.",
    "few_products_evaluation": "With only {products} products, ten suggestions name the whole shop, so there is "
                               "nothing to compare yet.",
    "too_few_orders_evaluation": "Not enough orders to test the recommendations yet.",
    "not_available": "This chart is not available yet in this version of Shopkeeper.",
}

LABELS: dict[str, dict[str, str]] = {
    "revenue_by_month": {
        "new": "New customers",
        "returning": "Returning customers",
        "guest": "Guests (no customer)",
        "revenue": "Revenue ({currency})",
        "orders": "Orders (right axis)",
        "orders_axis": "Orders",
        "month": "Month",
        "month_partial": "Month (the last month runs only to {day})",
        "month_names": MONTH_NAMES,
    },
    "segments": {
        "customers": "Customers",
        "revenue_share": "Share of revenue (%)",
    },
    "rf_grid": {
        "recency": "Recency score (5 = bought most recently)",
        "frequency": "Frequency score (5 = buys most often)",
        "customers": "Customers",
    },
    "cohort_retention": {
        "month_names": MONTH_NAMES,
        "months_since": "Months after the first order",
        "cohort": "Month of first order (number of new customers)",
        "percent": "% of the month's new customers who ordered",
    },
    "days_between_orders": {
        "median": "Half of repeat orders come within {days:.0f} days",
        "p75": "Three in four come within {days:.0f} days",
        "days": "Days to the customer's next order (last bar: {cap:.0f}+)",
        "count": "Repeat orders",
    },
    "top_products": {
        "revenue": "Revenue ({currency})",
        "orders_word": "orders",
    },
    "top_pairs": {
        "orders": "Orders with both products (× chance: how much more often than at random)",
        "lift": "{orders:,} orders · {lift:.0f}× chance",
    },
    "pair_network": {
        "note": "A thicker line means the two products share more orders.",
    },
    "clv_distribution": {
        "median": "Typical customer: {value}",
        "top10": "Top 10 % are worth {value} or more",
        "value": "Predicted value per customer ({currency}); last bar: {cap} or more",
        "customers": "Customers",
    },
    "clv_backtest": {
        "actual": "What customers actually did",
        "predicted": "What the model predicted",
        "group": "Repeat orders before the test period (customers in the group)",
        "orders": "Orders per customer in the last {weeks} weeks",
        "note": "Fitted on the history up to {end} and tested on the last {weeks} weeks: the model expected "
                "{predicted:,.0f} repeat orders from {customers:,} customers and they placed {actual:,.0f} "
                "({percent:.0f} % {direction}); per customer it was off by {mae:.2f} orders on average.",
        "more": "more predicted than actual",
        "fewer": "fewer predicted than actual",
    },
    "recommendation_evaluation": {
        "method:app": "This app",
        "method:bestsellers": "Best-sellers",
        "method:random": "Random products",
        "metric": "Bought one of the 10 suggestions (%)",
        "tested": "Tested on {n:,} customers who bought again in the last 12 weeks; each method names 10 products "
                  "per customer",
    },
}


def chart_labels(key: str, overrides: dict | None = None) -> dict[str, str]:
    """Return the English labels of chart ``key`` (plus every message as ``message:<reason>``) with
    ``overrides`` (translations) on top."""
    merged = {f"message:{reason}": text for reason, text in MESSAGES.items()}
    merged.update(LABELS.get(key, {}))
    merged.update({k: v for k, v in (overrides or {}).items() if v})
    return merged
