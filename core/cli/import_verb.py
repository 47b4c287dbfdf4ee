"""``python -m core import FILE``: import a shop export into a shop database."""

from __future__ import annotations

import argparse
import sys

from core.cli.arguments import add_db_argument, add_json_argument
from core.cli.common import open_db, print_json
from core.errors import ImportFailed
from core.importers.addons import mark_codes
from core.importers.base import ImportOptions
from core.importers.batch import import_batch
from core.importers.generic import MAPPING_FIELDS
from core.importers.pipeline import ImportResult
from core.importers.registry import FORMATS
from core.importers.values import AmbiguousDatesError
from core.messages import MessageTemplate

VERB = "import"

BAD_MAPPING = MessageTemplate("cli.import.bad_mapping", "'{item}' is not a FIELD=COLUMN mapping; fields are: {fields}.")
SAY_MAPPING = MessageTemplate(
    "cli.import.say_mapping", "{problem} Columns not placed: {fields}; name them with {maps} (add --currency CODE when "
    "the file has no currency column).")
SAY_DATE_ORDER = MessageTemplate(
    "cli.import.say_date_order",
    "{problem} Run the import again with --date-order dmy (day first, 03/04 = 3 April) or --date-order mdy (month "
    "first, 03/04 = 4 March).")


def register(subparsers) -> None:
    """Add the ``import`` verb; returns None."""
    parser = subparsers.add_parser(VERB, help="import an order or customer export (CSV/XLSX) into a shop",
                                   description="Import an order or customer export into a shop database. "
                                   "The same file imported twice adds nothing twice.")
    parser.add_argument("files", nargs="+", metavar="FILE", help="export file(s) to import")
    add_db_argument(parser)
    add_json_argument(parser)
    parser.add_argument("--format", dest="format_key", choices=sorted(FORMATS),
                        help="file layout (default: detected from the columns)")
    parser.add_argument("--encoding", help="text encoding, e.g. utf-8, cp1250, cp1251 (default: detected)")
    parser.add_argument("--delimiter", help="column separator, e.g. ';' (default: detected)")
    parser.add_argument("--decimal", choices=[".", ","], help="decimal separator (default: detected)")
    parser.add_argument("--date-order", choices=["dmy", "mdy"], help="for dates like 03/04/2025: day or month first")
    parser.add_argument("--currency", help="currency code when the file has none (e.g. PLN)")
    parser.add_argument("--rejected", metavar="CSV", help="save skipped rows with their reasons to this CSV")
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help="column mapping for --format generic (saved for the next file with the same header); "
                        f"fields: {', '.join(MAPPING_FIELDS)}")
    parser.add_argument("--non-product", action="append", default=[], metavar="CODE",
                        help="add a product code that is not a real product (postage, fees …) to this shop's list; "
                        "applies to this and later imports (NAME:product name for a product without a code)")
    parser.add_argument("--product", action="append", default=[], metavar="CODE",
                        help="count this code as a real product although its name looks like an add-on (tip, gift "
                        "card, shipping protection …); applies now and to later imports (NAME:product name for a "
                        "product without a code)")
    parser.set_defaults(func=run)


def _options(args: argparse.Namespace) -> ImportOptions:
    day_first = None if args.date_order is None else args.date_order == "dmy"
    mapping = {}
    for item in args.map:
        field, sep, col = item.partition("=")
        if not sep or field.strip() not in MAPPING_FIELDS:
            raise ImportFailed(BAD_MAPPING(item=item, fields=", ".join(MAPPING_FIELDS)))
        mapping[field.strip()] = col.strip()
    format_key = args.format_key or ("generic" if mapping else None)
    return ImportOptions(format_key=format_key, encoding=args.encoding, delimiter=args.delimiter,
                         decimal=args.decimal, day_first=day_first, currency=args.currency, mapping=mapping)


def _print_summary(result: ImportResult) -> None:
    """Print what one import did (one block per import of the batch)."""
    lines = "" if result.order_level_only else f"{result.lines_added:,} lines added, "  # order totals: no baskets
    print(f"{result.file_name} ({result.format_key}): {result.rows_read:,} rows read, "
          f"{result.orders_added:,} orders added, {result.orders_updated:,} updated, "
          f"{lines}{result.customers_added:,} new customers, "
          f"{result.rows_skipped:,} rows skipped.")
    for reason, count in result.skip_reasons.items():
        print(f"  skipped {count:,}: {reason}")
    if result.products_added or result.products_updated:  # a product catalog (core.importers.catalog)
        print(f"  Product catalog: {result.products_added:,} products added, {result.products_updated:,} found in "
              "the shop and updated.")
    if result.customers_updated:
        print(f"  {result.customers_updated:,} existing customers updated.")
    if result.notice:
        print(f"  {result.notice}")
    if result.rows_without_customer:
        print(f"  {result.rows_without_customer:,} rows have no customer; kept for product statistics.")
    aside = result.set_aside
    if aside:
        listed = ", ".join(f"{item['product']} ({item['lines']:,} lines)" for item in aside[:10])
        more = f" and {len(aside) - 10:,} more" if len(aside) > 10 else ""
        print(f"  Not counted as products (postage, fees, add-ons): {listed}{more}; "
              "count one with --product CODE.")
    if result.cells_cut:
        print(f"  {result.cells_cut:,} text cells longer than 10,000 characters were cut to that length.")
    if result.currency_note:
        print(f"  {result.currency_note}")
    if result.identity_note:
        print(f"  {result.identity_note}")
    for note in (result.products_note, result.email_note):  # no products / no e-mails in the file
        if note:
            print(f"  {note}")
    if result.consent:
        print(f"  E-mail marketing consent in the shop: {result.consent['yes']:,} yes, "
              f"{result.consent['no']:,} no, {result.consent['unknown']:,} unknown (not consent).")


def run(args: argparse.Namespace) -> int:
    """Import the files (core.importers.batch.import_batch); print what each import added; returns the exit code.

    ``--json`` prints one dict for one import, a list with one dict per import for several (an Olist-style set
    is one import).
    """
    db = open_db(args, create=True)
    if args.non_product:
        mark_codes(db, args.non_product, is_product=False)
    if args.product:
        mark_codes(db, args.product, is_product=True)

    def progress(fraction, message=None):
        if not args.json and sys.stderr.isatty():
            print(f"\r{fraction:4.0%} {message or ''}".ljust(70), end="", file=sys.stderr)
    try:
        total = import_batch(db, args.files, _options(args), progress=progress, rejected_csv=args.rejected)
    except AmbiguousDatesError as exc:  # the wizard asks; on the command line, say how to answer
        raise AmbiguousDatesError(SAY_DATE_ORDER(problem=exc.message)) from exc
    except ImportFailed as exc:  # the wizard shows the mapping page; on the command line, say which --map
        unplaced = (getattr(exc, "details", None) or {}).get("unplaced")
        if not unplaced:
            raise
        fields = ", ".join(unplaced)
        maps = " ".join(f"--map {field}=COLUMN" for field in unplaced)
        raise ImportFailed(SAY_MAPPING(problem=exc.message, fields=fields, maps=maps), **exc.details) from exc
    if args.json:
        results = [part.to_dict() for part in total.parts]
        print_json(results if len(results) > 1 else results[0])
        return 0
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for part in total.parts:
        _print_summary(part)
    return 0
