"""Seeded synthetic shops in the UCI Online Retail II layout, for benchmarks at 10x-100x the real export.

Shape (checked against ``../shared/data/online_retail_II.csv``): invoices of ~20 lines on average with a long
tail (median ~14, 99th percentile ~100), Zipf-like product popularity with themed baskets (so also-bought
pairs exist), repeat customers who each buy on a personal cycle, ~10% guest invoices without a customer,
~2% of lines on ``C``-cancellation invoices with negative quantities, postage lines (``POST``) and several
countries. ``locale="eu"`` writes cp1250, ``;``-separated, decimal commas, ``dd.mm.yyyy HH:MM:SS`` dates and
Polish product names instead.

Everything is vectorised with numpy; the rows go out through ``csv.writer.writerows`` (C), so 1M lines take a
few seconds. ``python -m benchmarks.generate OUT.csv --lines 1000000 [--eu] [--seed 7]``.
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

import numpy as np

HEADER = ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID", "Country"]

_COUNTRIES = ["United Kingdom", "Germany", "France", "EIRE", "Netherlands", "Spain", "Belgium", "Switzerland",
              "Portugal", "Poland", "Italy", "Sweden", "Norway", "Australia", "Unspecified"]
_COUNTRY_WEIGHTS = [0.80, 0.04, 0.035, 0.03, 0.02, 0.015, 0.012, 0.01, 0.008, 0.007, 0.006, 0.005, 0.004, 0.004,
                    0.004]
_ADJECTIVES = ["RED", "BLUE", "GREEN", "PINK", "WHITE", "IVORY", "VINTAGE", "RETRO", "JUMBO", "SMALL", "LARGE",
               "REGENCY", "HEART", "SPOTTY", "FLORAL", "PAISLEY", "ANTIQUE", "ENAMEL", "GLASS", "WOODEN"]
_NOUNS = ["MUG", "TEACUP", "LANTERN", "BAG", "CAKE STAND", "T-LIGHT HOLDER", "TEA TOWEL", "BUNTING", "CLOCK",
          "NOTEBOOK", "STORAGE TIN", "DOORMAT", "CUSHION COVER", "PHOTO FRAME", "JAR", "BOTTLE", "BOWL",
          "PLATE", "WREATH", "CANDLE", "GARLAND", "LUNCH BOX", "SIGN", "HANGER"]
_ADJECTIVES_PL = ["CZERWONY", "NIEBIESKI", "ZIELONY", "RÓŻOWY", "BIAŁY", "KREMOWY", "ŻÓŁTY", "ŚWIĄTECZNY",
                  "DUŻY", "MAŁY", "SZKLANY", "DREWNIANY", "ŁADNY", "ĆMY", "WIĘKSZY", "ŹRÓDLANY"]
_NOUNS_PL = ["KUBEK", "LAMPION", "TORBA", "ŚWIECZNIK", "RĘCZNIK", "ZEGAR", "ZESZYT", "PUSZKA", "WYCIERACZKA",
             "PODUSZKA", "RAMKA", "SŁOIK", "BUTELKA", "MISKA", "TALERZ", "WIENIEC", "ŚWIECA", "GIRLANDA"]
_QUANTITIES = np.array([1, 2, 3, 4, 6, 8, 10, 12, 16, 24, 36, 48, 72, 96, 144])
_BLOCK = 200_000  # lines turned into text at a time, so 10M lines fit in little memory
_QUANTITY_WEIGHTS = np.array([20, 12, 6, 6, 10, 4, 5, 14, 2, 6, 2, 2, 1, 0.6, 0.4])


def _product_catalogue(rng: np.random.Generator, count: int, eu: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (stock codes, descriptions, prices in minor units) for ``count`` products."""
    adjectives, nouns = (_ADJECTIVES_PL, _NOUNS_PL) if eu else (_ADJECTIVES, _NOUNS)
    base = 10000 + rng.choice(80000, size=count, replace=False)
    suffix = np.where(rng.random(count) < 0.3, rng.choice(list("ABCDEFGHJKLMNPRSTW"), size=count), "")
    codes = np.char.add(base.astype(str), suffix)
    first = rng.choice(adjectives, size=count)
    second = rng.choice(adjectives, size=count)
    noun = rng.choice(nouns, size=count)
    names = np.char.add(np.char.add(np.char.add(first, " "), np.char.add(second, " ")), noun)
    # Same words, different products: number them like "SET/3" so names stay unique per code.
    names = np.char.add(names, np.char.add(" ", np.char.add("NO.", np.arange(1, count + 1).astype(str))))
    prices = np.clip(np.round(np.exp(rng.normal(0.7, 0.8, size=count)) * 100 / 5) * 5, 10, 50000).astype(np.int64)
    return codes, names, prices


def _money(minor: np.ndarray, decimal: str) -> np.ndarray:
    """Return minor units as text like ``3.75`` (or ``3,75``)."""
    sign = np.where(minor < 0, "-", "")
    absolute = np.abs(minor)
    whole = (absolute // 100).astype(str)
    cents = np.char.zfill((absolute % 100).astype(str), 2)
    return np.char.add(np.char.add(sign, whole), np.char.add(decimal, cents))


def generate_shop(path: str | Path, lines: int, seed: int = 7, locale: str = "uk", customers: int | None = None,
                  basket_mean: float = 19.0) -> dict:
    """Write a synthetic Online-Retail-II-shaped CSV with exactly ``lines`` data rows; returns its facts.

    ``customers`` fixes the size of the customer base (default: ~6.5 invoices per customer, as in Online
    Retail); ``basket_mean`` is the mean number of lines per invoice (about 20 in the real data).

    The returned dict holds independent counts (lines, invoices, cancelled lines, customers, products,
    guest lines) that the benchmark uses as correctness checks of the import.
    """
    started = time.perf_counter()
    eu = locale == "eu"
    rng = np.random.default_rng(seed)
    n_orders = max(10, int(lines / basket_mean * 1.15))
    n_customers = customers or max(5, int(n_orders / 6.5))
    n_products = int(min(60000, max(200, 600 * np.sqrt(lines / 10000))))
    n_themes = max(4, n_products // 80)
    codes, names, prices = _product_catalogue(rng, n_products, eu)

    # Products: Zipf-like global popularity; themes are random groups of products bought together.
    popularity = 1.0 / np.arange(1, n_products + 1) ** 1.05
    popularity /= popularity.sum()
    theme_of_rank = rng.permutation(np.arange(n_products) % n_themes)
    theme_members = [np.flatnonzero(theme_of_rank == t) for t in range(n_themes)]
    theme_size = min(len(m) for m in theme_members)
    theme_table = np.stack([m[:theme_size] for m in theme_members])
    theme_weights = 1.0 / np.arange(1, theme_size + 1) ** 0.9
    theme_weights /= theme_weights.sum()

    # Customers: heavy-tailed activity, a personal buying cycle (days), a home country, a favourite product.
    activity = rng.pareto(1.3, size=n_customers) + 0.3
    activity /= activity.sum()
    cycle_days = rng.gamma(2.0, 30.0, size=n_customers) + 3.0
    country = rng.choice(len(_COUNTRIES), size=n_customers, p=np.array(_COUNTRY_WEIGHTS) / sum(_COUNTRY_WEIGHTS))
    favourite = rng.choice(n_products, size=n_customers, p=popularity)
    customer_ids = 12346 + rng.choice(n_customers * 3, size=n_customers, replace=False)

    # Orders: each belongs to a customer (10% guests); a customer's orders follow their cycle in time.
    span_days = 730.0
    order_customer = rng.choice(n_customers, size=n_orders, p=activity)
    guest = rng.random(n_orders) < 0.10
    order_customer = np.where(guest, -1, order_customer)
    by_customer = np.argsort(order_customer, kind="stable")
    sorted_customer = order_customer[by_customer]
    gaps = rng.gamma(4.0, 1.0, size=n_orders) / 4.0 * np.where(sorted_customer >= 0,
                                                               cycle_days[np.maximum(sorted_customer, 0)], 0.0)
    starts = np.r_[True, sorted_customer[1:] != sorted_customer[:-1]]
    group = np.cumsum(starts) - 1
    cumulative = np.cumsum(gaps)
    offset_in_group = cumulative - cumulative[np.flatnonzero(starts)][group]
    first_day = rng.random(group.max() + 1) * span_days * 0.9
    day = np.empty(n_orders)
    day[by_customer] = first_day[group] + offset_in_group
    day = np.where(guest, rng.random(n_orders) * span_days, day)
    day = np.mod(day, span_days)  # a cycle running past the end wraps to the start of the window
    seconds = (np.floor(day) * 86400 + rng.integers(8 * 3600, 19 * 3600, size=n_orders)).astype(np.int64)
    seconds = seconds // 60 * 60
    order_of_time = np.argsort(seconds, kind="stable")
    seconds = seconds[order_of_time]
    order_customer = order_customer[order_of_time]

    # Basket sizes: negative binomial, mean ~20, long tail; 6% of invoices are (smaller) cancellations = ~2% of lines.
    sizes = rng.negative_binomial(1.15, 1.15 / (1.15 + basket_mean - 1.0), size=n_orders) + 1
    cancelled = rng.random(n_orders) < 0.06
    sizes = np.where(cancelled, np.maximum(1, rng.binomial(sizes, 0.3)), sizes)
    postage = (~cancelled) & (rng.random(n_orders) < np.where(country[np.maximum(order_customer, 0)] == 0, 0.02,
                                                                  0.6))
    total = np.cumsum(sizes + postage)
    keep = int(np.searchsorted(total, lines)) + 1
    sizes, postage, cancelled = sizes[:keep], postage[:keep], cancelled[:keep]
    seconds, order_customer = seconds[:keep], order_customer[:keep]
    n_orders = keep

    line_order = np.repeat(np.arange(n_orders), sizes)
    n_item_lines = len(line_order)
    theme = rng.integers(0, n_themes, size=n_orders)
    pick = rng.random(n_item_lines)
    global_pick = rng.choice(n_products, size=n_item_lines, p=popularity)
    theme_pick = theme_table[theme[line_order], rng.choice(theme_size, size=n_item_lines, p=theme_weights)]
    customer_of_line = order_customer[line_order]
    product = np.where(pick < 0.45, theme_pick, global_pick)
    product = np.where((pick > 0.88) & (customer_of_line >= 0), favourite[np.maximum(customer_of_line, 0)], product)
    quantity = rng.choice(_QUANTITIES, size=n_item_lines, p=_QUANTITY_WEIGHTS / _QUANTITY_WEIGHTS.sum())
    quantity = np.where(cancelled[line_order], -np.minimum(quantity, 12), quantity)
    # Postage lines go after the items of their invoice; product index n_products is POST.
    post_orders = np.flatnonzero(postage)
    line_order = np.r_[line_order, post_orders]
    product = np.r_[product, np.full(len(post_orders), n_products)]
    quantity = np.r_[quantity, np.ones(len(post_orders), dtype=quantity.dtype)]
    arrange = np.argsort(line_order, kind="stable")[:lines]
    line_order, product, quantity = line_order[arrange], product[arrange], quantity[arrange]
    decimal = "," if eu else "."
    # Text per product and per invoice once (object arrays of Python strings); rows are assembled per block.
    code_text = np.append(codes, "POST").astype(object)
    name_text = np.append(names, "OPŁATA POCZTOWA" if eu else "POSTAGE").astype(object)
    price_text = _money(np.append(prices, 1800), decimal).astype(object)

    invoice_numbers = (489434 + np.arange(n_orders)).astype(str)
    invoice_text = np.where(cancelled, np.char.add("C", invoice_numbers), invoice_numbers).astype(object)
    stamps = np.datetime64("2009-12-01T00:00") + seconds.astype("timedelta64[s]")
    iso = np.datetime_as_string(stamps, unit="s")
    if eu:
        date_text = np.char.add(np.char.add(np.char.add(np.char.add(
            np.char.add(np.char.add(_slice(iso, 8, 10), "."), _slice(iso, 5, 7)), "."), _slice(iso, 0, 4)), " "),
            _slice(iso, 11, 19))
    else:
        date_text = np.char.replace(iso, "T", " ")
    date_text = date_text.astype(object)
    cust_text = np.where(order_customer >= 0,
                         np.char.add(customer_ids[np.maximum(order_customer, 0)].astype(str), "" if eu else ".0"),
                         "").astype(object)
    country_text = np.array(_COUNTRIES, dtype=object)[
        np.where(order_customer >= 0, country[np.maximum(order_customer, 0)], len(_COUNTRIES) - 1)]
    quantity_text = {int(q): str(int(q)) for q in np.unique(quantity)}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="cp1250" if eu else "utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";" if eu else ",", lineterminator="\n")
        writer.writerow(HEADER)
        for low in range(0, len(line_order), _BLOCK):
            orders_ = line_order[low:low + _BLOCK]
            goods = product[low:low + _BLOCK]
            writer.writerows(zip(invoice_text[orders_].tolist(), code_text[goods].tolist(),
                                 name_text[goods].tolist(), [quantity_text[q] for q in quantity[low:low + _BLOCK].tolist()],
                                 date_text[orders_].tolist(), price_text[goods].tolist(),
                                 cust_text[orders_].tolist(), country_text[orders_].tolist()))

    used_orders = np.unique(line_order)
    with_customer = order_customer[line_order] >= 0
    return {
        "path": str(path),
        "lines": int(len(line_order)),
        "invoices": int(len(used_orders)),
        "cancelled_lines": int(cancelled[line_order].sum()),
        "guest_lines": int((~with_customer).sum()),
        "customers": int(len(np.unique(order_customer[line_order][with_customer]))),
        "products": int(len(np.unique(product))),
        "postage_lines": int((product == n_products).sum()),
        "seconds": time.perf_counter() - started,
        "bytes": path.stat().st_size,
    }


def _slice(values: np.ndarray, start: int, stop: int) -> np.ndarray:
    """Return ``values[i][start:stop]`` for an array of fixed-width strings (vectorised through a byte view)."""
    ascii_ = values.astype(f"S{values.dtype.itemsize // 4}")
    width = ascii_.dtype.itemsize
    chars = ascii_.view("S1").reshape(len(values), width)[:, start:stop]
    return np.ascontiguousarray(chars).view(f"S{stop - start}").ravel().astype(str)


def main(argv: list[str] | None = None) -> int:
    """Command line: write one synthetic shop and print its facts; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--eu", action="store_true", help="cp1250, ';', decimal commas, dd.mm.yyyy dates")
    parser.add_argument("--customers", type=int, help="size of the customer base (default: ~6.5 invoices each)")
    parser.add_argument("--basket-mean", type=float, default=19.0, help="mean lines per invoice (default 19)")
    args = parser.parse_args(argv)
    facts = generate_shop(args.out, args.lines, args.seed, "eu" if args.eu else "uk", args.customers,
                          args.basket_mean)
    for key, value in facts.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
