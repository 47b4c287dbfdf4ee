"""``python -m core campaigns``: did it work? Each recorded campaign's groups, the difference against the control
and one sentence."""

from __future__ import annotations

import argparse

import pandas as pd

from core.campaigns.results import campaign_results, set_window_days
from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json, print_table

VERB = "campaigns"


def register(subparsers) -> None:
    """Add the ``campaigns`` verb; returns None."""
    parser = subparsers.add_parser(
        VERB, help="results of the campaigns sent from offer files: each group against the control",
        description="Judge every campaign recorded by 'export' on the orders imported since it was sent: for each "
        "group (mailed, each variant, control) members, how many ordered in the window, the order rate, net revenue "
        "per member and coupon codes redeemed; each mailed group against the control with a 95% interval.")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("--id", type=int, default=None, help="only this campaign")
    parser.add_argument("--window-days", type=int, default=None,
                        help="judge on this many days after sending instead of the campaign's own window")
    parser.add_argument("--save-window", action="store_true",
                        help="store --window-days as the window of campaign --id")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the campaigns' results; returns the exit code."""
    db = open_db(args)
    if args.save_window and args.id is not None and args.window_days is not None:
        set_window_days(db, args.id, args.window_days)
    results = campaign_results(db, campaign_id=args.id, window_days=args.window_days)
    if args.json:
        print_json([result.as_dict() for result in results] if args.id is None else results[0].as_dict())
        return 0
    if not results:
        print("No campaigns recorded yet: save an offer file (python -m core export ...) to start one.")
        return 0
    for result in results:
        print(f"#{result.id} {result.name}: {result.audience}, {result.target}, sent {result.sent_at}, "
              f"{result.window_days}-day window to {result.window_ends}")
        groups = result.groups_frame()
        groups["order_rate"] = groups["order_rate"].map(lambda r: f"{r:.1%}")
        print_table(groups)
        if result.comparisons:
            print_table(pd.DataFrame([{"group": c.group, "vs": c.vs,
                                       "rate difference (points)": _points(c.rate_difference),
                                       "95% interval": f"{_points(c.low)} to {_points(c.high)}",
                                       f"revenue per member ({result.currency})": _money(c.revenue_difference),
                                       "95% interval ": f"{_money(c.revenue_low)} to {_money(c.revenue_high)}"}
                                      for c in result.comparisons]))
        print(result.verdict)
        print()
    return 0


def _points(share: float) -> str:
    return "-" if share != share else f"{share * 100:+.1f}"


def _money(value: float) -> str:
    return "-" if value != value else f"{value:+,.2f}"
