"""The entry points for importing: sniff, detect, parse in chunks, write atomically, log.

``import_file`` (one export) and ``import_files`` (a set that belongs together, e.g. Olist) import one thing;
several files chosen together go through ``core.importers.batch.import_batch``, which plans which files import
together and calls these (both ``python -m core import`` and the desktop wizard call it). ``inspect_file`` and
``validate_file`` give the wizard its preview and validation summary without writing anything.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
import sqlite_utils

from core.backup import backup_before
from core.consent import consent_counts, record_consent, sync_accepts_marketing
from core.currency import currency_note, main_currency
from core.errors import ImportFailed
from core.importers import reasons as why
from core.importers.allocate import share_order_amounts
from core.importers.base import ImportFormat, ImportOptions
from core.importers.diagnose import check_import, not_recognised
from core.importers.file_locale import sniffed_currency
from core.importers.generic import check_mapping, guess_mapping, mapping_setting_key
from core.importers.identity import damaged_id_reason
from core.importers.reading import FileSniff, read_all, read_chunks, read_preview, sniff_file
from core.importers.registry import FORMATS, detect_format, get_format, multi_file_format
from core.importers.values import AmbiguousDatesError
from core.importers.writer import ShopWriter, phone_keys
from core.messages import Message, MessageTemplate, count
from core.privacy import finish_pending_erasures
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress, sub_progress
from core.store import get_setting, set_setting, write_transaction
from core.table_copy import keep_copies

BAD_LINE_REASON = why.MALFORMED_ROW
CUSTOMER_FIELDS = ["email", "first_name", "last_name", "company", "phone", "country", "city", "tags", "created_at"]

READING = MessageTemplate("import.progress.reading", "Reading {file}")
ROWS_READ = MessageTemplate("import.progress.rows_read", "{rows} rows read")
ROWS_CHECKED = MessageTemplate("import.progress.rows_checked", "{rows} rows checked")
IMPORT_FINISHED = MessageTemplate("import.progress.finished", "Import finished")
IDENTITY_NOTE = MessageTemplate(
    "import.note.ids_not_trusted", "The file's {reason}: customers were matched by e-mail (or phone) instead, so "
    "that no two people are merged.")
MAPPING_FIRST = MessageTemplate(
    "import.error.mapping_first", "Choose which column of {file} holds what (the column mapping) first.")
NO_USABLE_ROWS = MessageTemplate("import.error.no_usable_rows", "{file} has a header but no usable rows.")
NOT_IN_SET = MessageTemplate("import.error.not_in_set", "{file} is not part of an {format}; import it on its own.")
A_SET_OF_FILES = MessageTemplate("import.error.a_set_of_files", "set of files that belong together")
NO_PRODUCTS = MessageTemplate(
    "import.note.no_products", "{file} has no products, only order totals: revenue, customers, segments, lists and "
    "lifetime value work, but the product screens stay empty. To see products, import {export} too.")
A_LINE_EXPORT = MessageTemplate("import.note.line_export", "an export with one row per product sold")
NO_EMAILS = MessageTemplate(
    "import.note.no_emails", "{file} has no e-mail addresses: offer files will need a customers export with "
    "e-mails (import it too).")


@dataclass
class ImportResult:
    """What one import did, for the result page, the CLI and the import log."""

    import_id: int
    file_name: str
    format_key: str
    rows_read: int = 0
    orders_added: int = 0
    orders_updated: int = 0
    lines_added: int = 0
    customers_added: int = 0
    customers_updated: int = 0
    rows_skipped: int = 0
    rows_without_customer: int = 0
    # Products a catalog import added to the shop, and products it found there and updated (core.importers.catalog).
    products_added: int = 0
    products_updated: int = 0
    skip_reasons: dict[str, int] = field(default_factory=dict)
    rejected_file: str | None = None
    order_level_only: bool = False
    # The format's notice (a keyed core.messages.Message), else "".
    notice: Message | str = ""
    # Why the file's customer ids were not trusted (matched by e-mail instead), a Message, else "".
    identity_note: Message | str = ""
    # A plain sentence (a Message) when the shop has orders in several currencies (core.currency), else "".
    currency_note: Message | str = ""
    # When orders came without their products (orders.lines_known = 0): which export adds them (a Message), else "".
    products_note: Message | str = ""
    # When the file has no e-mail address at all: offer files will need a customers export (a Message), else "".
    email_note: Message | str = ""
    # Text cells longer than the reader's limit (10,000 characters), cut to it.
    cells_cut: int = 0
    # Customers of the whole shop by e-mail consent after the import: {"yes": n, "no": n, "unknown": n}.
    consent: dict[str, int] = field(default_factory=dict)
    # Products this import's lines name that are not counted as products (postage, fees, add-ons):
    # [{"product", "code", "lines"}], most lines first. Filled by core.importers.batch.import_batch.
    set_aside: list[dict] = field(default_factory=list)
    # A batch's total (core.importers.batch.import_batch): the result of each import it ran, in order
    # (one per file, one per multi-file set). Empty on the result of one import. Not part of ``to_dict``.
    parts: list["ImportResult"] = field(default_factory=list)

    @property
    def skip_messages(self) -> dict[str, Message]:
        """Return {English skip reason: its keyed Message} for ``skip_reasons`` (the desktop translates these)."""
        return {reason: why.skip_message(reason) for reason in self.skip_reasons}

    def to_dict(self) -> dict:
        """Return the result as a JSON-ready dict (without ``parts``)."""
        out = asdict(replace(self, parts=[]))
        del out["parts"]
        return out


def file_hash(path: Path) -> str:
    """Return the SHA-256 hex digest of the file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def saved_mapping(db: sqlite_utils.Database | None, columns: list[str]) -> dict[str, str] | None:
    """Return the column mapping saved for this header in the shop, or None."""
    if db is None:
        return None
    return get_setting(db, mapping_setting_key(columns))


def choose_format(sniff: FileSniff, options: ImportOptions, db: sqlite_utils.Database | None = None) -> ImportFormat:
    """Return the format named in ``options`` or detected from the header; raises ImportFailed if none fits.

    A header seen before with a saved column mapping is imported with that mapping (format "generic").
    """
    unplaced: list[str] = []
    if options.format_key:
        fmt = get_format(options.format_key)
    else:
        fmt, _score = detect_format(sniff.columns)
        if fmt is None:
            saved = saved_mapping(db, sniff.columns)
            guessed, unplaced = guess_mapping(sniff.columns)
            if saved or not unplaced:  # a layout seen before, or every column placed by its name
                fmt = get_format("generic")
                options.mapping = options.mapping or saved or guessed
    if fmt is None:
        error = not_recognised(sniff.path.name, sniff.columns, FORMATS.values())  # names the nearest layout
        error.details["unplaced"] = unplaced  # the fields the column names did not place (the CLI's --map)
        raise error
    if fmt.key == "generic" and not options.mapping:
        options.mapping = saved_mapping(db, sniff.columns) or {}
        if not options.mapping:
            raise ImportFailed(MAPPING_FIRST(file=sniff.path.name))
    return fmt


def _start_import(conn, name: str, digest: str, fmt: ImportFormat) -> ImportResult:
    cursor = conn.execute(
        "INSERT INTO imports(file_name, file_hash, format, imported_at) VALUES (?, ?, ?, ?)",
        (name, digest, fmt.key, datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")))
    return ImportResult(import_id=cursor.lastrowid, file_name=name, format_key=fmt.key,
                        order_level_only=fmt.order_level_only, notice=fmt.notice)


def _finish_import(conn, result: ImportResult, reasons: Counter) -> None:
    result.skip_reasons = {k: int(v) for k, v in reasons.items() if v}
    result.rows_skipped = int(sum(result.skip_reasons.values()))
    conn.execute(
        "UPDATE imports SET rows_read = ?, orders_added = ?, orders_updated = ?, lines_added = ?, "
        "customers_added = ?, rows_skipped = ?, skip_reasons = ? WHERE id = ?",
        (result.rows_read, result.orders_added, result.orders_updated, result.lines_added,
         result.customers_added, result.rows_skipped, json.dumps(result.skip_reasons), result.import_id))


def _rejected_rows(chunk: pd.DataFrame, canonical: pd.DataFrame, skip: pd.Series) -> pd.DataFrame:
    reasons = canonical.loc[skip, "skip_reason"]
    reasons = reasons[~reasons.index.duplicated()]
    rows = chunk.loc[chunk.index.intersection(reasons.index)]
    return rows.assign(skip_reason=reasons.reindex(rows.index))


def merge_customers(conn, frame: pd.DataFrame, platform: str, import_id: int,
                    stated_at: str | None = None) -> tuple[int, int]:
    """Merge customer rows (canonical columns, plus ``tags``) into customers; returns (added, updated).

    The person is found by normalised e-mail, else by the platform's customer id (``platform:id``), else by
    phone; a record found by id whose e-mail differs is another person and is never merged into. The list's
    consent columns are statements dated ``consent_stated_at``, else ``stated_at`` (the file's date).
    """
    frame = frame.rename(columns={"customer_email": "email"}).copy()
    external = frame["customer_external_id"].astype("string")
    by_id = (platform + ":" + external).where(external.notna(), pd.NA)
    by_phone = phone_keys(frame["phone"]) if "phone" in frame else pd.Series(pd.NA, index=frame.index)
    frame["key"] = frame["email"].astype("string").fillna(by_id).fillna(by_phone.astype("string"))
    frame = frame[frame["key"].notna()].drop_duplicates("key", keep="last")
    for optional in ("tags", "created_at"):  # the customers' tags and sign-up date, when the list has them
        if optional not in frame:
            frame[optional] = pd.NA
    stated = frame["consent_stated_at"].astype("string") if "consent_stated_at" in frame else \
        pd.Series(pd.NA, index=frame.index, dtype="string")
    frame["stated_when"] = stated.fillna(stated_at or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    added = updated = 0
    statements = []
    for row in frame.itertuples(index=False):
        values = {f: (None if pd.isna(getattr(row, f)) else getattr(row, f)) for f in CUSTOMER_FIELDS}
        found = conn.execute("SELECT id FROM customers WHERE key = ?", (row.key,)).fetchone()
        if found is None and not pd.isna(row.customer_external_id):
            found = conn.execute(
                "SELECT s.customer_id FROM customer_sources s JOIN customers c ON c.id = s.customer_id "
                "WHERE s.platform = ? AND s.external_id = ? AND (c.email IS NULL OR ? IS NULL OR c.email = ?)",
                (platform, str(row.customer_external_id), values["email"], values["email"])).fetchone()
        if found is None:
            cursor = conn.execute("INSERT INTO customers(key, first_seen_import) VALUES (?, ?)", (row.key, import_id))
            customer_id = cursor.lastrowid
            added += 1
        else:
            customer_id = found[0]
        sets = ", ".join(f"{f} = COALESCE(?, {f})" for f in CUSTOMER_FIELDS)
        before = conn.total_changes
        conn.execute(f"UPDATE customers SET {sets} WHERE id = ? AND NOT ({' AND '.join(f'{f} IS COALESCE(?, {f})' for f in CUSTOMER_FIELDS)})",
                     [values[f] for f in CUSTOMER_FIELDS] + [customer_id] + [values[f] for f in CUSTOMER_FIELDS])
        if found is not None and conn.total_changes > before:
            updated += 1
        if not pd.isna(row.customer_external_id):
            conn.execute("INSERT OR IGNORE INTO customer_sources(customer_id, platform, external_id, import_id) "
                         "VALUES (?, ?, ?, ?)", (customer_id, platform, str(row.customer_external_id), import_id))
        for channel, name in (("email", "accepts_marketing"), ("sms", "accepts_sms")):
            flag = getattr(row, name, None)
            if flag is not None and not pd.isna(flag):
                statements.append((customer_id, channel, int(flag), "customer_list", row.stated_when, import_id))
    record_consent(conn, statements)
    return added, updated


def _distrust_damaged_ids(usable: pd.DataFrame, fmt: ImportFormat, options: ImportOptions,
                          result: ImportResult) -> pd.DataFrame:
    """Return ``usable`` without customer ids once the file's ids look damaged (then for the rest of the file)."""
    if not options.state.get("ids_damaged"):
        reason = damaged_id_reason(usable, fmt.customers_only)
        if reason is None:
            return usable
        options.state["ids_damaged"] = True
        result.identity_note = IDENTITY_NOTE(reason=reason)
    return usable.assign(customer_external_id=pd.NA)


def _file_time(path: Path) -> str:
    """Return the file's modification time (not later than now) as UTC ISO: when a customer list was true."""
    now = datetime.now(timezone.utc).timestamp()
    stamp = min(path.stat().st_mtime, now)
    return datetime.fromtimestamp(stamp, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@contextmanager
def _foreign_keys_off(db: sqlite_utils.Database) -> Iterator[None]:
    """Skip SQLite's per-row foreign key look-ups while an import writes (a third of the line insert time).

    The writer only ever points at ids it found or inserted itself under the same write lock, so the checks
    cannot fail; the setting is per connection and is restored afterwards. Inside an open transaction SQLite
    ignores the pragma, so a nested call changes nothing.
    """
    conn = db.conn
    was_on = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    if was_on and not conn.in_transaction:
        conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        if was_on and not conn.in_transaction:
            conn.execute("PRAGMA foreign_keys = ON")


def _orders_without_lines(usable: pd.DataFrame, fmt: ImportFormat) -> set:
    """Return the order ids of ``usable`` that come without their products (an order-level export's rows, or the
    rows a format marks ``lines_known`` = 0)."""
    if fmt.order_level_only:
        return set(usable["order_id"].dropna().astype(str))
    if "lines_known" not in usable:
        return set()
    flags = pd.to_numeric(usable["lines_known"], errors="coerce")
    return set(usable.loc[(flags == 0).to_numpy(dtype=bool), "order_id"].dropna().astype(str))


def mark_lines_known(conn, order_ids: dict[str, int], without_lines: set) -> None:
    """Set ``orders.lines_known`` of the orders this import wrote: 0 for ``without_lines`` (external ids), else 1."""
    if not order_ids:
        return
    none_known = [order_ids[k] for k in order_ids if str(k) in without_lines]
    conn.execute("UPDATE orders SET lines_known = 1 WHERE lines_known = 0 AND id IN (SELECT value FROM json_each(?)) "
                 "AND id NOT IN (SELECT value FROM json_each(?))",
                 (json.dumps(list(order_ids.values())), json.dumps(none_known)))
    conn.execute("UPDATE orders SET lines_known = 0 WHERE id IN (SELECT value FROM json_each(?))",
                 (json.dumps(none_known),))


def _run(db, fmt: ImportFormat, name: str, digest: str, chunks: Iterable[tuple[pd.DataFrame, float]],
         options: ImportOptions, progress: ProgressCallback, cancelled: CancelCheck,
         rejected_csv, reasons: Counter | None = None, rejected: list | None = None,
         prepared: bool = False, rejected_rows: list | None = None) -> ImportResult:
    """Write all chunks as one transaction; returns the ImportResult.

    Rejected rows are kept when ``rejected_csv`` or ``rejected_rows`` is given: written to ``rejected_csv``, or,
    with ``rejected_rows``, appended to that list once the import is written (the caller writes them).
    """
    reasons = reasons if reasons is not None else Counter()
    keep = bool(rejected_csv) or rejected_rows is not None
    rejected = list(rejected or []) if keep else []
    extra = frozenset(get_setting(db, "non_product_codes", []) or [])
    options.state.pop("ids_damaged", None)
    # an erase cut short is finished first, so the new backup does not copy the person back
    shop_path = db.execute("PRAGMA database_list").fetchone()[2]
    if shop_path:  # an in-memory shop has no backups
        finish_pending_erasures(shop_path, db)
    backup_before(db, "import")
    with _foreign_keys_off(db), write_transaction(db) as conn:
        result = _start_import(conn, name, digest, fmt)
        writer = ShopWriter(conn, fmt.platform, result.import_id, extra_non_product=extra, defer_indexes=True)
        first = True
        without_lines: set = set()  # order ids written without their products (lines_known = 0)
        saw_email = False
        for chunk, fraction in chunks:
            check_cancelled(cancelled)
            result.cells_cut += int(chunk.attrs.get("cut_cells", 0) or 0)
            bad = int(chunk.attrs.get("bad_lines", 0) or 0)
            if bad:
                reasons[BAD_LINE_REASON] += bad
            if chunk.empty:
                continue
            if first and not prepared:
                options.state["file_name"] = name
                fmt.prepare(chunk, options)
            first = False
            canonical = fmt.to_canonical(chunk, options)
            skip = canonical["skip_reason"].notna()
            if skip.any():
                reasons.update(canonical.loc[skip, "skip_reason"].value_counts().to_dict())
                if keep:
                    rejected.append(_rejected_rows(chunk, canonical, skip))
            usable = canonical[~skip] if skip.any() else canonical  # a mask with nothing to drop copies every column
            usable = _distrust_damaged_ids(usable, fmt, options, result)
            saw_email = saw_email or bool(usable["customer_email"].notna().any())
            if not fmt.customers_only:
                without_lines.update(_orders_without_lines(usable, fmt))
            if fmt.customers_only:
                added, updated = merge_customers(conn, usable, fmt.platform, result.import_id, options.file_time)
                result.customers_added += added
                result.customers_updated += updated
            elif fmt.catalog_only:
                fmt.write_catalog(conn, usable, result, options)
            else:
                writer.write(usable)
            result.rows_read += len(chunk)
            progress(0.95 * fraction, ROWS_READ(rows=count(result.rows_read)))
        if first:
            raise ImportFailed(NO_USABLE_ROWS(file=name))
        writer.finish()
        if not fmt.customers_only:
            share_order_amounts(conn, list(writer.order_ids.values()), reset=bool(writer.preexisting_orders))
            mark_lines_known(conn, writer.order_ids, without_lines)
            if without_lines:
                result.products_note = NO_PRODUCTS(file=name, export=fmt.products_export or A_LINE_EXPORT())
                # every order of the file came without its products: its "lines" are order values, not baskets
                result.order_level_only = result.order_level_only or len(without_lines) >= len(writer.order_ids)
        if result.rows_read and not saw_email and not fmt.catalog_only:  # a catalog has products, not people
            result.email_note = NO_EMAILS(file=name)
        sync_accepts_marketing(conn)
        keep_copies(conn)  # the columnar copies of lines and orders commit with them
        check_cancelled(cancelled)
        if not fmt.customers_only:
            counts = writer.counts
            result.orders_added, result.orders_updated = counts.orders_added, counts.orders_updated
            result.lines_added, result.customers_added = counts.lines_added, counts.customers_added
            result.rows_without_customer = counts.rows_without_customer
        check_import(fmt, list(chunk.columns), result, reasons, writer)  # all rows skipped: say why
        _finish_import(conn, result, reasons)
    result.consent = consent_counts(db)
    result.currency_note = currency_note(db)
    if rejected_rows is not None:
        rejected_rows.extend(rejected)
    elif rejected_csv and rejected:
        from core.exports import write_safe_csv  # formula-safe and all-or-nothing, like every user CSV
        write_safe_csv(pd.concat(rejected), rejected_csv)
        result.rejected_file = str(rejected_csv)
    return result


def import_file(db: sqlite_utils.Database, path: str | Path, options: ImportOptions | None = None,
                progress: ProgressCallback = no_progress, cancelled: CancelCheck = never_cancelled,
                rejected_csv: str | Path | None = None, rejected_rows: list | None = None) -> ImportResult:
    """Import one export file into ``db`` as a single transaction; returns an ImportResult.

    On any error or cancel the database is left exactly as it was (the exception propagates).
    Rows that cannot be used are counted by reason; with ``rejected_csv`` they are saved there too, with
    ``rejected_rows`` (a list) they are appended to it as DataFrames instead (core.importers.batch gathers them).
    A generic import's column mapping is saved for the next file with the same header.
    """
    options = options or ImportOptions()
    path = Path(path)
    sniff = sniff_file(path, options.encoding, options.delimiter)
    options.locale_currency = options.locale_currency or sniffed_currency(sniff) or main_currency(db) or None
    fmt = choose_format(sniff, options, db)
    if fmt.multi_file:
        return import_files(db, [path], options, progress, cancelled, rejected_csv, rejected_rows)
    options.file_time = options.file_time or _file_time(path)
    progress(0.0, READING(file=path.name))
    result = _run(db, fmt, path.name, file_hash(path), read_chunks(sniff, options.chunk_rows), options,
                  progress, cancelled, rejected_csv, rejected_rows=rejected_rows)
    if fmt.key == "generic":
        set_setting(db, mapping_setting_key(sniff.columns), options.mapping)
    progress(1.0, IMPORT_FINISHED())
    return result


def group_files(paths: list[str | Path], options: ImportOptions | None = None,
                fmt: ImportFormat | None = None) -> tuple[ImportFormat, dict[str, Path]]:
    """Return (format, {role: path}) for the tables of one multi-file set (Olist-style); ``fmt`` defaults to the
    multi-file format of the first file. Raises ImportFailed for a file that is not one of the set's tables."""
    options = options or ImportOptions()
    roles: dict[str, Path] = {}
    for path in map(Path, paths):
        sniff = sniff_file(path, options.encoding, options.delimiter)
        if fmt is None:
            found = multi_file_format(sniff.columns)
            fmt = found[0] if found else None
        role = fmt.role_of(sniff.columns) if fmt is not None else None
        if role is None:
            what = fmt.label if fmt is not None else A_SET_OF_FILES()
            raise ImportFailed(NOT_IN_SET(file=path.name, format=what))
        roles[role] = path
    return fmt, roles


def _read_tables(fmt: ImportFormat, roles: dict[str, Path], options: ImportOptions,
                 progress: ProgressCallback = no_progress, cancelled: CancelCheck = never_cancelled
                 ) -> dict[str, pd.DataFrame]:
    """Return {role: whole table} for the roles ``fmt`` needs (its ``unread_roles`` are not read)."""
    tables: dict[str, pd.DataFrame] = {}
    for number, (role, path) in enumerate(sorted(roles.items())):
        check_cancelled(cancelled)
        progress(number / len(roles), READING(file=path.name))
        if role in fmt.unread_roles:
            continue
        tables[role] = read_all(sniff_file(path, options.encoding, options.delimiter))
    return tables


def import_files(db: sqlite_utils.Database, paths: list[str | Path], options: ImportOptions | None = None,
                 progress: ProgressCallback = no_progress, cancelled: CancelCheck = never_cancelled,
                 rejected_csv: str | Path | None = None, rejected_rows: list | None = None) -> ImportResult:
    """Import a set of files that belong together (a multi-file format such as Olist: orders, items, customers,
    products …).

    The files are joined by their keys (the format's ``join``) and written as one transaction; returns one
    ImportResult. ``rejected_csv`` and ``rejected_rows`` as for ``import_file``.
    """
    options = options or ImportOptions()
    fmt, roles = group_files(paths, options)
    if not options.locale_currency:
        for path in roles.values():
            sniff = sniff_file(path, options.encoding, options.delimiter)
            options.locale_currency = options.locale_currency or sniffed_currency(sniff)
    options.locale_currency = options.locale_currency or main_currency(db) or None
    tables = _read_tables(fmt, roles, options, sub_progress(progress, 0.0, 0.3), cancelled)
    bad = sum(int(t.attrs.get("bad_lines", 0) or 0) for t in tables.values())
    joined, reasons, rejected = fmt.join(tables, options)
    if bad:
        reasons[BAD_LINE_REASON] += bad
    digest = hashlib.sha256("".join(sorted(file_hash(Path(p)) for p in roles.values())).encode()).hexdigest()
    name = " + ".join(sorted(Path(p).name for p in roles.values()))

    def chunks() -> Iterator[tuple[pd.DataFrame, float]]:
        # cut only where the order changes (rows are sorted by order), so order totals are whole
        step = max(1, options.chunk_rows)
        order_ids = joined["order_id"].to_numpy() if len(joined) else []
        start = 0
        while start < len(joined):
            end = min(len(joined), start + step)
            while end < len(joined) and order_ids[end] == order_ids[end - 1]:
                end += 1
            yield joined.iloc[start:end], end / len(joined)
            start = end

    result = _run(db, fmt, name, digest, chunks(), options, sub_progress(progress, 0.3, 1.0),
                  cancelled, rejected_csv, reasons, rejected, prepared=True, rejected_rows=rejected_rows)
    progress(1.0, IMPORT_FINISHED())
    return result


@dataclass
class FileInspection:
    """What the wizard shows on its preview page for one file."""

    path: str
    encoding: str
    delimiter: str
    kind: str
    columns: list[str]
    format_key: str | None
    format_score: float
    decimal: str | None
    day_first: bool | None
    dates_ambiguous: bool
    preview: pd.DataFrame
    suggested_mapping: dict[str, str]
    # When the file is one table of a multi-file set (Olist-style): the set's format key and the table's role.
    set_format: str | None
    set_role: str | None
    parsed: pd.DataFrame | None = None  # the preview rows as Shopkeeper understands them
    # The currency the file's language points to (core.importers.file_locale), else the shop's: the wizard's
    # default when the file has no currency column. None: nothing says, the owner must choose.
    locale_currency: str | None = None
    # The fields the column names did not place (generic mapping), empty when every needed one is placed.
    unplaced: list[str] = field(default_factory=list)
    # True when the shop has a mapping saved for this header (the same layout imported before).
    mapping_saved: bool = False


def inspect_file(path: str | Path, options: ImportOptions | None = None,
                 db: sqlite_utils.Database | None = None, rows: int = 50) -> FileInspection:
    """Return a FileInspection (sniffed encoding, delimiter, format, decimal, date order, first rows)."""
    options = options or ImportOptions()
    sniff = sniff_file(path, options.encoding, options.delimiter)
    preview = read_preview(sniff, rows)
    fmt, score = (get_format(options.format_key), 1.0) if options.format_key else detect_format(sniff.columns)
    guessed, unplaced = guess_mapping(sniff.columns)
    saved = saved_mapping(db, sniff.columns)
    mapping = dict(options.mapping) or saved or guessed
    if fmt is None and (saved or not unplaced):
        fmt, score = get_format("generic"), 1.0
    locale_currency = (options.locale_currency or sniffed_currency(sniff)
                       or (main_currency(db) if db is not None else "") or None)
    trial = ImportOptions(**{**asdict(options), "mapping": mapping, "state": {}, "locale_currency": locale_currency})
    ambiguous = False
    probe = fmt or get_format("generic")
    if not probe.multi_file and not preview.empty:
        try:
            if probe.key != "generic" or not check_mapping(mapping, sniff.columns):
                probe.prepare(preview, trial)
        except AmbiguousDatesError:
            ambiguous = True
        except ImportFailed:
            pass
    parsed = None
    usable = probe.key != "generic" or not check_mapping(mapping, sniff.columns)
    if not probe.multi_file and not preview.empty and usable and not (ambiguous and trial.day_first is None):
        try:
            parsed = parsed_preview(probe.to_canonical(preview, trial))
        except Exception:  # noqa: BLE001 - a preview is best effort; the validation step reports problems
            parsed = None
    in_set = multi_file_format(sniff.columns)
    return FileInspection(str(path), sniff.encoding, sniff.delimiter, sniff.kind, sniff.columns,
                          fmt.key if fmt else None, score, trial.decimal, trial.day_first, ambiguous, preview,
                          mapping, in_set[0].key if in_set else None, in_set[1] if in_set else None, parsed,
                          locale_currency, unplaced, bool(saved))


PARSED_COLUMNS = {"order_id": "order", "ordered_at": "date (UTC)", "customer": "customer", "status": "status",
                  "product_name": "product", "quantity": "quantity", "line_total": "line total",
                  "currency": "currency", "skip_reason": "problem"}
# the preview's column headers as keyed messages: {English header: Message}
PARSED_LABELS: dict[str, Message] = {
    english: MessageTemplate(f"import.preview.{field}", english)() for field, english in PARSED_COLUMNS.items()}


def parsed_preview(canonical: pd.DataFrame) -> pd.DataFrame:
    """Return a readable view of canonical rows (order, date, customer, product, quantity, total, problem)."""
    out = canonical.copy()
    out["customer"] = out["customer_email"].astype("string").fillna(out["customer_external_id"].astype("string"))
    out["line_total"] = pd.to_numeric(out["line_total_minor"], errors="coerce") / 100
    return out[list(PARSED_COLUMNS)].rename(columns=PARSED_COLUMNS)


@dataclass
class Validation:
    """The wizard's validation summary: what an import would do, without writing."""

    rows: int = 0
    usable_rows: int = 0
    orders: int = 0
    customers: int = 0
    first_date: str | None = None
    last_date: str | None = None
    currencies: dict[str, int] = field(default_factory=dict)
    skip_reasons: dict[str, int] = field(default_factory=dict)
    cancelled_orders: int = 0
    without_customer: int = 0

    @property
    def skip_messages(self) -> dict[str, Message]:
        """Return {English skip reason: its keyed Message} for ``skip_reasons``."""
        return {reason: why.skip_message(reason) for reason in self.skip_reasons}


def validate_file(paths: list[str | Path], options: ImportOptions | None = None,
                  db: sqlite_utils.Database | None = None, progress: ProgressCallback = no_progress,
                  cancelled: CancelCheck = never_cancelled) -> Validation:
    """Return a Validation of what importing ``paths`` would give (parses everything, writes nothing).

    A multi-file set (Olist-style) is validated joined; several files that are not one set are planned and
    added up as ``core.importers.batch.validate_batch`` does (which is what the wizard calls).
    """
    options = options or ImportOptions()
    paths = [Path(p) for p in paths]
    reasons: Counter = Counter()
    out = Validation()
    orders: set = set()
    customers: set = set()
    cancelled_orders: set = set()
    currencies: Counter = Counter()
    dates: list[str] = []
    found = [multi_file_format(sniff_file(p, options.encoding, options.delimiter).columns) for p in paths]
    one_set = all(found) and len({f[0].key for f in found}) == 1 and len({f[1] for f in found}) == len(found)
    if len(paths) > 1 and not one_set:
        # several imports: planned and added up in one place (core.importers.batch imports this module)
        from core.importers.batch import validate_batch
        return validate_batch(paths, options, db, progress, cancelled)
    if one_set:
        fmt, roles = group_files(paths, options, found[0][0])
        joined, join_reasons, _rej = fmt.join(_read_tables(fmt, roles, options, cancelled=cancelled), options)
        reasons.update(join_reasons)
        chunks: Iterable = [(joined, 1.0)]
        prepared = True
    else:
        sniff = sniff_file(paths[0], options.encoding, options.delimiter)
        options.locale_currency = (options.locale_currency or sniffed_currency(sniff)
                                   or (main_currency(db) if db is not None else "") or None)
        fmt = choose_format(sniff, options, db)
        chunks = read_chunks(sniff, options.chunk_rows)
        prepared = False
    for chunk, fraction in chunks:
        check_cancelled(cancelled)
        reasons[BAD_LINE_REASON] += int(chunk.attrs.get("bad_lines", 0) or 0)
        if chunk.empty:
            continue
        if not prepared:
            fmt.prepare(chunk, options)
            prepared = True
        canonical = fmt.to_canonical(chunk, options)
        skip = canonical["skip_reason"].notna()
        reasons.update(canonical.loc[skip, "skip_reason"].value_counts().to_dict())
        good = canonical[~skip]
        out.rows += len(chunk)
        out.usable_rows += int((~skip).sum())
        key = good["customer_email"].astype("string").fillna(good["customer_external_id"].astype("string"))
        customers.update(key.dropna().unique())
        if not fmt.catalog_only:  # a product catalog's rows are products, not purchases without a customer
            out.without_customer += int(key.isna().sum())
        if not fmt.customers_only:
            orders.update(good["order_id"].dropna().unique())
            cancelled_orders.update(good.loc[good["is_cancelled"].astype(int) == 1, "order_id"].unique())
            currencies.update(good.drop_duplicates("order_id")["currency"].dropna().astype(str).value_counts().to_dict())
            stamps = good["ordered_at"].dropna()
            if len(stamps):
                dates += [stamps.min(), stamps.max()]
        progress(fraction, ROWS_CHECKED(rows=count(out.rows)))
    out.orders, out.customers, out.cancelled_orders = len(orders), len(customers), len(cancelled_orders)
    out.currencies = dict(currencies)
    out.first_date, out.last_date = (min(dates), max(dates)) if dates else (None, None)
    out.skip_reasons = {k: int(v) for k, v in reasons.items() if v}
    return out
