"""``python -m core clv``: predicted customer value and churn (BG/NBD + Gamma-Gamma), or the holdout back-test."""

from __future__ import annotations

import argparse

from core.analysis.clv import clv_analysis, holdout_backtest
from core.analysis.lapse_backtest import lapse_backtest
from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json, print_table, to_records

VERB = "clv"


def register(subparsers) -> None:
    """Add the ``clv`` verb; returns None."""
    parser = subparsers.add_parser(VERB, help="predicted value, chance of having stopped, next order per customer",
                                   description="Predict each customer's value over the coming months, the chance "
                                   "they have stopped buying and when they will probably order next.")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("--csv", metavar="FILE", help="write the per-customer table to a CSV file")
    parser.add_argument("--months", type=int, default=12, help="prediction horizon in months (default 12)")
    parser.add_argument("--discount", type=float, default=1.0,
                        help="monthly discount rate in percent for future money (default 1)")
    parser.add_argument("--top", type=int, default=None, help="show only the N most valuable customers")
    parser.add_argument("--backtest", type=int, nargs="?", const=0, metavar="WEEKS", default=None,
                        help="test the model instead: fit on all but the last WEEKS weeks (default: up to 26) and "
                        "compare predicted with actual repeat orders")
    parser.add_argument("--lapse", action="store_true",
                        help="test the 'likely to lapse' ranking instead: at 4 past dates, AUC and the share of "
                        "flagged customers who did not come back, against days since the last order and that "
                        "divided by the usual interval")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print or save predictions or the back-test; returns the exit code."""
    db = open_db(args)
    if args.lapse:
        return _print_lapse(db, args)
    if args.backtest is not None:
        result = holdout_backtest(db, holdout_weeks=args.backtest or None)
        if args.csv:
            from core.exports import write_safe_csv
            write_safe_csv(result["per_customer"], args.csv)
            print(f"Wrote {len(result['per_customer']):,} customers to {args.csv}.")
        elif args.json:
            print_json({"summary": result["summary"], "sentence": result["sentence"],
                        "groups": to_records(result["groups"])})
        else:
            print(result["sentence"])
            print_table(result["groups"].round(3))
        return 0
    result = clv_analysis(db, horizon_months=args.months, monthly_discount=args.discount / 100.0)
    table = result.table.head(args.top) if args.top else result.table
    if args.csv:
        from core.exports import write_safe_csv
        write_safe_csv(table, args.csv)
        print(f"Wrote {len(table):,} customers to {args.csv}. {result.message}")
    elif args.json:
        print_json({"model": result.model, "reliable": result.reliable, "message": result.message,
                    "horizon_months": result.horizon_months, "monthly_discount": result.monthly_discount,
                    "params": result.params, "gamma_gamma": result.gamma_gamma, "customers": to_records(table)})
    else:
        print(result.message)
        cols = ["customer_id", "name", "repeat_purchases", "total_spend", "p_alive", "expected_purchases",
                "clv", "expected_next_order"]
        print_table(table[[c for c in cols if c in table.columns]])
    return 0


def _print_lapse(db, args: argparse.Namespace) -> int:
    """Print or save the lapse ranking's back-test; returns the exit code."""
    result = lapse_backtest(db)
    if args.csv:
        from core.exports import write_safe_csv
        write_safe_csv(result.windows, args.csv)
        print(f"Wrote {len(result.windows):,} rows to {args.csv}.")
    elif args.json:
        print_json({"sentence": result.sentence, "comparison": result.comparison,
                    "methods_used": {str(k): v for k, v in result.methods_used.items()},
                    "pooled": to_records(result.pooled), "windows": to_records(result.windows)})
    else:
        print(result.sentence)
        print(result.comparison)
        print_table(result.pooled.round(3))
    return 0

