"""``python -m core pseudonymise``: a copy of a customer list, export or offer file for a helper, with e-mails
replaced by pseudonyms (per-shop salt) and every column of customer data removed (judged by content, see
``core.privacy.pseudonymise_table``); ``--match`` turns the helper's file back into customers."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json
from core.privacy import match_back_file, pseudonymise_file

VERB = "pseudonymise"


def register(subparsers) -> None:
    """Add the ``pseudonymise`` verb; returns None."""
    parser = subparsers.add_parser(
        VERB, help="share a customer list without e-mails or names (pseudonyms), and match the answer back",
        description="Write a copy of a CSV list (from lists --csv, export, customers …) in which every e-mail is "
        "replaced by a customer_ref that only this shop can turn back into the customer, and every other column "
        "holding customer data is removed: judged by its values (the shop's known e-mails, names, phones and "
        "addresses, or text that looks like them), names inside free text become [name]. With --match, read a "
        "file that came back from the helper and put customer_id and email back in front.")
    add_db_argument(parser)
    parser.add_argument("file", type=Path, help="the CSV or XLSX file to pseudonymise (or, with --match, to match back)")
    parser.add_argument("--out", type=Path, required=True, help="the CSV file to write")
    parser.add_argument("--email-column", default=None,
                        help="the column holding e-mails (default: found by its name, like Email or customer_email)")
    parser.add_argument("--match", action="store_true",
                        help="the file has a customer_ref column from this shop: add customer_id and email back")
    add_json_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Pseudonymise or match back; returns the exit code."""
    db = open_db(args)
    if args.match:
        summary = match_back_file(db, args.file, args.out)
        text = (f"Matched {summary['matched']:,} of {summary['rows']:,} rows to customers of this shop; "
                f"wrote {summary['file']}.")
    else:
        summary = pseudonymise_file(db, args.file, args.out, args.email_column)
        lines = [f"Wrote {summary['rows']:,} rows to {summary['file']}; what was taken out, column by column:"]
        for change in summary["changes"]:
            what = {"pseudonymised": "became customer_ref", "removed": f"removed ({change['kind']})",
                    "replaced": "e-mails and names in the text replaced"}[change["action"]]
            lines.append(f"  {change['column']}: {what}, {change['cells']:,} cells ({change['why']})")
        if summary["email_column"] is None:
            lines.append("  No e-mail column, so there is no customer_ref to match the answer back with.")
        else:
            lines.append("Match the helper's answer back with --match.")
        text = "\n".join(lines)
    if args.json:
        print_json(summary)
    else:
        print(text)
    return 0
