"""``python -m core rates``: the shop's currencies and the exchange rates the owner entered."""

from __future__ import annotations

import argparse

from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json
from core.currency import BadRate, currency_rates, main_currency, order_currencies, set_currency_rate
from core.messages import MessageTemplate

VERB = "rates"

BAD_PAIR = MessageTemplate("cli.rates.bad_pair", "'{text}' is not CODE=RATE, such as EUR=4.30.")


def register(subparsers) -> None:
    """Add the ``rates`` verb; returns None."""
    parser = subparsers.add_parser(
        VERB, help="currencies of the shop's orders and their exchange rates",
        description="Show the currencies of the shop's orders. Figures are in the main currency (most orders); "
                    "orders in another currency count only once you enter its rate.")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("--set", action="append", default=[], metavar="CODE=RATE",
                        help="1 unit of CODE is worth RATE units of the main currency, e.g. --set EUR=4.30")
    parser.add_argument("--remove", action="append", default=[], metavar="CODE", help="forget the rate of CODE")
    parser.set_defaults(func=run)


def _parse(text: str) -> tuple[str, float]:
    code, _, rate = text.partition("=")
    try:
        return code, float(rate.replace(",", "."))
    except ValueError:
        raise BadRate(BAD_PAIR(text=text)) from None


def run(args: argparse.Namespace) -> int:
    """Apply --set / --remove, then print the currencies and rates; returns the exit code."""
    db = open_db(args)
    for text in args.set:
        set_currency_rate(db, *_parse(text))
    for code in args.remove:
        set_currency_rate(db, code, None)
    main, rates = main_currency(db), currency_rates(db)
    rows = [{"currency": code, "orders": n, "main": code == main,
             "rate": 1.0 if code == main else rates.get(code)} for code, n in order_currencies(db).items()]
    if args.json:
        print_json({"main": main, "currencies": rows, "rates": rates})
        return 0
    if not rows:
        print("No orders yet: import your orders first.")
        return 0
    for row in rows:
        if row["main"]:
            state = "main currency: figures are shown in it"
        elif row["rate"] is None:
            state = f"no rate: left out of figures (add one with --set {row['currency']}=RATE)"
        else:
            state = f"1 {row['currency']} = {row['rate']:g} {main}"
        print(f"{row['currency']}  {row['orders']:>8,} orders  {state}")
    return 0
