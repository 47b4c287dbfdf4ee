"""``python -m core report``: the owner's report as a PDF, and optionally every chart as PNG files."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.child_process import EVALUATION_WEEKS, start_early_evaluation
from core.cli.arguments import add_db_argument, add_json_argument, shop_path

VERB = "report"


def register(subparsers) -> None:
    """Add the ``report`` verb; returns None."""
    parser = subparsers.add_parser(
        VERB, help="the owner's report (PDF) with headline figures, charts and what to do next",
        description="Write the owner's report as a PDF; --charts DIR also saves every chart as a PNG.")
    add_db_argument(parser)
    parser.add_argument("--out", type=Path, default=None, help="PDF file to write (e.g. report.pdf)")
    parser.add_argument("--charts", type=Path, default=None, metavar="DIR",
                        help="also save every chart as DIR/<chart>.png")
    parser.add_argument("--svg", action="store_true", help="save the charts as SVG instead of PNG")
    add_json_argument(parser)
    # it closes the shop and its files before it returns: the process may end without the interpreter's teardown
    parser.set_defaults(func=run, leaves_at_once=True)


def run(args: argparse.Namespace) -> int:
    """Write the report and/or charts, or print the headline figures; returns the exit code."""
    # The report's last page, the picks' evaluation, is its longest piece of work: on a big shop a process of its
    # own starts it before this one loads pandas and matplotlib (0.8 s), which is why they are imported only below.
    early = start_early_evaluation(shop_path(args), EVALUATION_WEEKS) if args.out else None
    try:
        from core.cli.common import open_db
        from core.load_cache import forget_shops
        from core.shop_data import ShopData

        shop = ShopData(open_db(args))
        if args.out:
            shop.evaluation_soon(started=early)  # a thread or a process of its own when not started early
    except BaseException:
        if early is not None:
            early.stop()
        raise
    try:
        return _write(args, shop)
    finally:
        shop.stop_background()  # nothing left running when the report failed before collecting the evaluation
        shop.db.conn.close()
        forget_shops()  # the shared frames' own connection too: the last one closed folds the WAL into the file


def _write(args: argparse.Namespace, shop) -> int:
    """Write what ``args`` asks of the opened ``shop`` and print its headline figures; returns the exit code."""
    from core.charts import render_all
    from core.cli.common import print_json
    from core.dashboard import headline_figures, top_actions
    from core.privacy import record_written_file
    from core.report import write_report

    db = shop.db
    name = Path(args.db).name.split(".")[0] if args.db else "your shop"
    # worked out first: the report waits for its evaluation at the end, these need not wait behind it
    headlines, actions = headline_figures(shop), top_actions(shop)
    written = {}
    if args.out:
        written["report"] = str(write_report(shop, args.out, shop_name=name))
        record_written_file(db, args.out, "report")  # erase-customer lists it
    if args.charts:
        written["charts"] = [str(p) for p in render_all(shop, args.charts, fmt="svg" if args.svg else "png")]
    if args.json:
        print_json({"headlines": [{"key": h.key, "title": h.title, "value": h.value, "text": h.text,
                                   "explanation": h.explanation} for h in headlines],
                    "actions": actions, **written})
        return 0
    width = max(len(h.title) for h in headlines)
    for h in headlines:
        print(f"{h.title:<{width}}  {h.text:>10}  {h.explanation}")
    print()
    for action in actions:
        print(f"- {action}")
    if "report" in written:
        print(f"\nReport written to {written['report']}")
    if "charts" in written:
        print(f"{len(written['charts'])} charts saved in {args.charts}")
    return 0
