"""The fast (factorise-once) parsing paths give exactly what the row-by-row functions give.

Values are real-shaped (Online Retail invoice lines) and mutated the ways exports get damaged: padding,
``'`` prefixes (also doubled), empty cells, decimal commas, currency signs, zones, impossible dates, junk.
No timing here: only equality of values and dtypes.
"""

from __future__ import annotations

import random
import re
import warnings

import numpy as np
import pandas as pd
import pytest

from core.importers.base import ImportOptions, column, empty_canonical
from core.importers.online_retail import OnlineRetailFormat
from core.importers.values import (
    AmbiguousDatesError,
    Distinct,
    clean_text,
    detect_day_first,
    normalise_email,
    normalise_email_distinct,
    parse_bool,
    parse_datetimes,
    parse_datetimes_distinct,
    parse_number,
    parse_number_distinct,
    per_distinct,
    to_minor_units,
)

_MUTATIONS = [
    lambda v: f" {v} ", lambda v: f"'{v}", lambda v: f"''{v}", lambda v: f"  '{v}", lambda v: "", lambda v: "  ",
    lambda v: v.lower(), lambda v: v.upper(), lambda v: v + ".0", lambda v: "£" + v, lambda v: v.replace(".", ","),
    lambda v: "1e400", lambda v: "abc", lambda v: v[:-3], lambda v: v + " +02:00", lambda v: v + " -0430",
    lambda v: v + "Z", lambda v: "c" + v, lambda v: "nan", lambda v: "-" + v, lambda v: v.replace("-", "/"),
    lambda v: "2011-02-30 10:00:00", lambda v: "1,234.50", lambda v: "inf", lambda v: "3/4/2011 10:00",
    lambda v: "13.04.2011 10:00", lambda v: "yes", lambda v: "Nein", lambda v: "a@B.com ", lambda v: None,
]


def _rows(count: int, seed: int, mutate: float = 0.1) -> pd.DataFrame:
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        invoice = str(490000 + i // 20)
        rows.append({
            "Invoice": ("C" if i % 97 == 0 else "") + invoice,
            "StockCode": rng.choice(["85123A", "22423", "POST", "M", "21232B", "DOT"]),
            "Description": rng.choice(["WHITE HANGING HEART", "REGENCY CAKESTAND", "POSTAGE", "Manual", "Ząb"]),
            "Quantity": str(rng.choice([1, 2, 6, 12, -1, 24])),
            "InvoiceDate": f"2011-0{1 + (i // 400) % 9}-{10 + (i // 20) % 18} {8 + i % 10:02d}:{i % 60:02d}:00",
            "Price": rng.choice(["2.55", "0.85", "12.75", "1.25", "4.95"]),
            "Customer ID": rng.choice(["12417.0", "13085.0", "", "17850.0"]),
            "Country": rng.choice(["United Kingdom", "Belgium", "EIRE"]),
            "Email": rng.choice(["A@shop.pl", "x@y.com", "", "noemail"]),
            "Accepts Marketing": rng.choice(["yes", "no", "TRUE", "0", "", "maybe"]),
        })
    frame = pd.DataFrame(rows).astype("str")
    for name in frame.columns:
        values = frame[name].tolist()
        for j in range(len(values)):
            if rng.random() < mutate:
                values[j] = rng.choice(_MUTATIONS)(values[j])
        frame[name] = pd.Series(values, dtype="str").replace("", np.nan)
    return frame


def _same(left: pd.Series, right: pd.Series) -> None:
    assert str(left.dtype) == str(right.dtype)
    assert left.index.equals(right.index)
    assert left.isna().tolist() == right.isna().tolist()
    assert [v for v in left.tolist() if not pd.isna(v)] == [v for v in right.tolist() if not pd.isna(v)]


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("count", [50, 3000])
def test_distinct_parsers_equal_row_parsers(seed, count):
    raw = _rows(count, seed)
    raw.index = raw.index + 1000  # a chunk that is not the first one
    for name in raw.columns:
        _same(Distinct.of(raw[name]).map(lambda t: clean_text(t)).spread(), clean_text(raw[name]))
    for decimal in (".", ",", None):
        _same(parse_number_distinct(Distinct.of(raw["Price"]), decimal), parse_number(raw["Price"], decimal))
    _same(normalise_email_distinct(Distinct.of(raw["Email"])), normalise_email(raw["Email"]))
    _same(Distinct.of(raw["Accepts Marketing"]).map(lambda t: parse_bool(t)).spread(),
          parse_bool(raw["Accepts Marketing"]))
    for day_first in (None, True, False):
        for name in ("InvoiceDate", "Quantity"):
            try:
                expected = parse_datetimes(raw[name], day_first)
            except AmbiguousDatesError:
                with pytest.raises(AmbiguousDatesError):
                    parse_datetimes_distinct(Distinct.of(raw[name]), day_first)
                continue
            got = parse_datetimes_distinct(Distinct.of(raw[name]), day_first)
            _same(got[0], expected[0])
            _same(got[1], expected[1])


@pytest.mark.parametrize("dates", [
    ["3/4/2011 10:00", "5/6/2011"],            # ambiguous: raises
    ["13/4/2011 10:00", "5/6/2011"],           # day-first
    ["4/13/2011 10:00", "5/6/2011"],           # month-first
    ["03.04.2011 10:00", "05.06.2011 11:00"],  # dotted: day-first
    ["'2011-04-03 10:00:00 +02:00", "''5/6/2011 +0100", None, "  "],
])
def test_day_first_detection_equal(dates):
    series = pd.Series(dates * 700, dtype="str")
    try:
        expected = parse_datetimes(series)
    except AmbiguousDatesError:
        with pytest.raises(AmbiguousDatesError):
            parse_datetimes_distinct(Distinct.of(series))
        return
    got = parse_datetimes_distinct(Distinct.of(series))
    _same(got[0], expected[0])
    _same(got[1], expected[1])


def test_all_missing_and_object_columns():
    missing = pd.Series(pd.NA, index=range(5, 2005), dtype="string")
    _same(Distinct.of(missing).map(lambda t: clean_text(t)).spread(), clean_text(missing))
    _same(Distinct.of(missing).map(lambda t: parse_bool(t)).spread(), parse_bool(missing))
    _same(normalise_email_distinct(Distinct.of(missing)), normalise_email(missing))
    mixed = pd.Series([1, 1.0, True, "1", None] * 400, dtype=object)  # 1 == 1.0 == True must not merge
    _same(Distinct.of(mixed).map(lambda t: clean_text(t)).spread(), clean_text(mixed))


def _reference_to_canonical(raw: pd.DataFrame, options: ImportOptions) -> pd.DataFrame:
    """OnlineRetailFormat.to_canonical as it was before the factorise-once change (row-level functions)."""
    out = empty_canonical(raw.index)
    invoice = clean_text(column(raw, "Invoice", "InvoiceNo"))
    out["order_id"] = invoice
    out["ordered_at"], out["utc_offset_min"] = parse_datetimes(column(raw, "InvoiceDate"), options.day_first)
    cancelled = per_distinct(invoice, lambda text: text.str.upper().str.startswith("C")).fillna(False)
    out["is_cancelled"] = 0  # "C" invoices are returns that count
    out["status"] = cancelled.map({True: "returned", False: "paid"})
    out["currency"] = options.currency or "GBP"
    out["customer_external_id"] = per_distinct(clean_text(column(raw, "Customer ID", "CustomerID")),
                                               lambda text: text.str.replace(r"\.0$", "", regex=True))
    out["customer_email"] = normalise_email(column(raw, "Email"))
    out["first_name"] = clean_text(column(raw, "First Name"))
    out["last_name"] = clean_text(column(raw, "Last Name"))
    out["accepts_marketing"] = parse_bool(column(raw, "Accepts Marketing"))
    out["country"] = clean_text(column(raw, "Country"))
    sku = clean_text(column(raw, "StockCode"))
    out["sku"] = sku
    out["product_name"] = clean_text(column(raw, "Description")).fillna(sku)
    quantity = parse_number(column(raw, "Quantity"), ".")
    price = parse_number(column(raw, "Price", "UnitPrice"), options.decimal)
    out["quantity"] = quantity
    out["unit_price_minor"] = to_minor_units(price)
    out["line_total_minor"] = to_minor_units(quantity * price)
    reason = pd.Series(None, index=raw.index, dtype="object")
    reason[price.isna()] = "price is not a number"
    reason[quantity.isna()] = "quantity is not a number"
    reason[out["ordered_at"].isna()] = "date is missing or not a date"
    # row by row: a real date outside 1990 .. tomorrow has its own reason
    plausible = pd.Timestamp("1990-01-01", tz="UTC"), pd.Timestamp.now(tz="UTC").normalize() + pd.Timedelta(days=2)
    for i, text in column(raw, "InvoiceDate").items():
        if pd.isna(out.at[i, "ordered_at"]) and isinstance(text, str) and text.strip()[:1].isdigit():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                when = pd.to_datetime(text.strip(), dayfirst=bool(options.day_first), errors="coerce")
            if pd.isna(when) and re.match(r"^\d{4}-", text.strip()):
                when = pd.Timestamp(text.strip()[:4] + "-01-01")  # beyond pandas' range: year 9999
            if not pd.isna(when):
                when = when.tz_localize("UTC") if when.tzinfo is None else when.tz_convert("UTC")
                if when < plausible[0] or when >= plausible[1]:
                    reason[i] = "date is before 1990 or after tomorrow"
    reason[sku.isna() & out["product_name"].isna()] = "no product code or name"
    reason[invoice.isna()] = "no invoice number"
    out["skip_reason"] = reason
    return out


@pytest.mark.parametrize("seed", [4, 5])
@pytest.mark.parametrize("decimal", [".", ",", None])
def test_online_retail_canonical_equal(seed, decimal):
    raw = _rows(4000, seed, mutate=0.05)
    raw.index = raw.index + 100_000
    fmt = OnlineRetailFormat()
    for day_first in (None, True, False):
        options = ImportOptions(decimal=decimal, day_first=day_first)
        expected = _reference_to_canonical(raw, options)
        got = fmt.to_canonical(raw, options)
        assert list(got.columns) == list(expected.columns)
        for name in expected.columns:
            _same(got[name], expected[name])


def test_clean_text_equals_regex_version():
    import re

    leading = re.compile(r"^'")

    def regex_clean(text: pd.Series) -> pd.Series:
        text = text.astype("string").str.strip().str.replace(leading, "", regex=True)
        return text.mask(text == "", pd.NA)

    values = ["  'a", "'", "''x", " ", "", None, "abc ", "\u00a0'x\u00a0", "'\n", "x'", "' '", "''"]
    raw = _rows(2000, 9)
    for series in [pd.Series(values * 200, dtype="str")] + [raw[name] for name in raw.columns]:
        _same(clean_text(series), regex_clean(series))
