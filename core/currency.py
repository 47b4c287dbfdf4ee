"""Shops with orders in more than one currency: never sum two currencies as one.

Figures are shown in the shop's main currency (the one most orders are in). Orders in another currency count
only once the owner has entered its exchange rate (1 unit of it = ``rate`` units of the main currency, kept in
the shop's settings); until then they are left out of every figure, and the import says so.
"""

from __future__ import annotations

import math

import pandas as pd
import sqlite_utils

from core.errors import ShopkeeperError
from core.messages import Message, MessageTemplate, count
from core.store import get_setting, set_setting

RATES_SETTING = "currency_rates"
NOT_A_CODE = MessageTemplate("currency.error.not_a_code", "'{code}' is not a currency code: use three letters such "
                             "as EUR or PLN.")
NOT_A_RATE = MessageTemplate("currency.error.not_a_rate", "The rate of {code} must be a positive number, such as 4.30.")
CODE_ORDERS = MessageTemplate("currency.note.code_orders", "{code} {orders}")
LIST_NEXT = MessageTemplate("currency.note.list_next", "{items}, {item}")
CONVERTED = MessageTemplate(
    "currency.note.converted", "This shop has orders in {currencies} currencies ({listed}); figures are in {main}, "
    "converted with the rates you entered.")
LEFT_OUT = MessageTemplate(
    "currency.note.left_out", "This shop has orders in {currencies} currencies ({listed}); figures are in {main}, and "
    "orders in {missing} are left out until you enter an exchange rate (python -m core rates --set {first}=RATE).")


class BadRate(ShopkeeperError):
    """An exchange rate that is not a positive number or a currency code that is not three letters."""


def order_currencies(db: sqlite_utils.Database) -> dict[str, int]:
    """Return ``{currency code: orders}`` for the shop, most orders first (orders without a currency left out)."""
    rows = db.execute("SELECT currency, COUNT(*) FROM orders WHERE currency IS NOT NULL GROUP BY currency "
                      "ORDER BY COUNT(*) DESC, currency").fetchall()
    return {code: int(n) for code, n in rows}


def main_currency(db: sqlite_utils.Database) -> str:
    """Return the currency most orders are in (``""`` for an empty shop)."""
    currencies = order_currencies(db)
    return next(iter(currencies), "")


def currency_rates(db: sqlite_utils.Database) -> dict[str, float]:
    """Return the owner's exchange rates ``{code: units of the main currency per unit}``."""
    return {str(k): float(v) for k, v in (get_setting(db, RATES_SETTING, {}) or {}).items()}


def set_currency_rate(db: sqlite_utils.Database, code: str, rate: float | None) -> dict[str, float]:
    """Store (or with ``rate`` None remove) the rate of ``code``; returns the rates after the change."""
    code = code.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise BadRate(NOT_A_CODE(code=code))
    rates = currency_rates(db)
    if rate is None:
        rates.pop(code, None)
    else:
        if not (isinstance(rate, (int, float)) and math.isfinite(rate) and rate > 0):
            raise BadRate(NOT_A_RATE(code=code))
        rates[code] = float(rate)
    set_setting(db, RATES_SETTING, rates)
    return rates


def unconverted_currencies(db: sqlite_utils.Database) -> dict[str, int]:
    """Return ``{code: orders}`` of currencies other than the main one that have no rate: left out of figures."""
    currencies = order_currencies(db)
    main = next(iter(currencies), "")
    rates = currency_rates(db)
    return {code: n for code, n in currencies.items() if code != main and code not in rates}


def in_main_currency(db: sqlite_utils.Database, frame: pd.DataFrame, money_columns: list[str]) -> pd.DataFrame:
    """Return ``frame`` (with a ``currency`` column) with money in the main currency; rows of a currency without
    a rate are dropped. A single-currency frame is returned unchanged."""
    if frame.empty or frame["currency"].nunique(dropna=True) <= 1:
        return frame
    main = main_currency(db)
    rates = {**currency_rates(db), main: 1.0}
    factor = frame["currency"].map(rates).where(frame["currency"].notna(), 1.0)
    kept = frame[factor.notna()].copy()
    factor = factor[factor.notna()].astype(float)
    for name in money_columns:
        kept[name] = kept[name].astype(float) * factor
    kept["currency"] = main
    return kept


def currency_note(db: sqlite_utils.Database) -> Message | str:
    """Return a plain sentence (a keyed Message) when the shop has orders in several currencies, else ``""``."""
    currencies = order_currencies(db)
    if len(currencies) <= 1:
        return ""
    main = next(iter(currencies))
    missing = unconverted_currencies(db)
    parts = [CODE_ORDERS(code=code, orders=count(n)) for code, n in currencies.items()]
    listed = parts[0]
    for part in parts[1:]:
        listed = LIST_NEXT(items=listed, item=part)
    if not missing:
        return CONVERTED(currencies=count(len(currencies)), listed=listed, main=main)
    return LEFT_OUT(currencies=count(len(currencies)), listed=listed, main=main, missing=", ".join(missing),
                    first=next(iter(missing)))
