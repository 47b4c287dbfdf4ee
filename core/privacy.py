"""The customer's rights (GDPR): erase one customer (art. 17), export one customer's data (art. 20),
and pseudonymised e-mails for lists shared with a helper.

Erasing, decided: the customer row and every row that points at them go (``customer_sources``,
``campaign_members`` and any other table with a ``customer_id`` column). Their **orders are anonymised, not
deleted** by default: the order, its lines, date, amount and country stay so product and revenue statistics
do not change, but the link to the customer (``customer_id``) and the discount code (often personal) are
removed. ``delete_orders=True`` deletes their orders and lines instead. Campaign totals (how many people
were in a campaign) are kept as numbers. The import log (``imports``) holds file names and counts only, no
personal data, so it is left alone. Any text cell anywhere in the shop that still contains the e-mail is
blanked. Afterwards the file is VACUUMed with ``secure_delete`` on and the WAL is checkpointed and truncated,
so the e-mail is in neither the ``.db`` nor the ``-wal`` file. Backups in ``backups/`` are erased the same way
(``include_backups=True``, the default), otherwise restoring one would bring the customer back.

Not covered: files outside the shop (campaign CSVs already sent, the original exports). ``erase_customer``
lists campaign files that still mention the e-mail. Re-importing an old export that contains the customer
brings them back.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import sqlite_utils

from core.errors import ShopkeeperError
from core.exports import write_safe_csv
from core.store import get_setting, set_setting, write_transaction

SALT_SETTING = "privacy.pseudonym_salt"
CUSTOMER_FIELDS = ["id", "key", "email", "first_name", "last_name", "company", "phone", "country", "city",
                   "accepts_marketing", "tags", "first_seen_import"]


class CustomerNotFound(ShopkeeperError):
    """No customer matches the e-mail or id given."""

    code = "customer_not_found"


@dataclass
class EraseResult:
    """What ``erase_customer`` removed, for the confirmation message and the CLI's JSON."""

    customer_id: int
    email: str | None
    orders_anonymised: int = 0
    orders_deleted: int = 0
    lines_deleted: int = 0
    rows_deleted: dict[str, int] = field(default_factory=dict)
    cells_blanked: int = 0
    backups_erased: int = 0
    backups_still_holding: int = 0  # backups left as they were (include_backups=False) that still hold them
    files_mentioning: list[str] = field(default_factory=list)
    db_bytes_found: int = 0  # occurrences of the e-mail in the .db and -wal files afterwards (should be 0)

    def to_dict(self) -> dict:
        """Return the result as a JSON-ready dict."""
        return dict(self.__dict__)


def find_customer(db: sqlite_utils.Database, email: str | None = None, customer_id: int | None = None) -> dict:
    """Return the customer row (dict) for ``email`` (case-insensitive) or ``customer_id``; raises CustomerNotFound."""
    if (email is None) == (customer_id is None):
        raise ShopkeeperError("Give either an e-mail address or a customer number, not both.")
    if email is not None:
        wanted = email.strip().lower()
        row = db.execute(f"SELECT {', '.join(CUSTOMER_FIELDS)} FROM customers WHERE lower(email) = ? "
                         "OR key = ? ORDER BY id LIMIT 1", [wanted, wanted]).fetchone()
        label = f"with the e-mail {email.strip()}"
    else:
        row = db.execute(f"SELECT {', '.join(CUSTOMER_FIELDS)} FROM customers WHERE id = ?",
                         [int(customer_id)]).fetchone()
        label = f"number {customer_id}"
    if row is None:
        raise CustomerNotFound(f"There is no customer {label} in this shop.")
    return dict(zip(CUSTOMER_FIELDS, row))


def _tables_with_column(conn: sqlite3.Connection, column: str) -> list[str]:
    found = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        if any(info[1] == column for info in conn.execute(f"PRAGMA table_info('{table}')")):
            found.append(table)
    return found


def _text_columns(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    columns = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        for info in conn.execute(f"PRAGMA table_info('{table}')"):
            columns.append((table, info[1]))
    return columns


def _db_path(db: sqlite_utils.Database) -> Path | None:
    for _seq, name, file in db.conn.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file) if file else None
    return None


def count_bytes(path: Path, needle: str) -> int:
    """Return how many times ``needle`` (UTF-8, case-insensitive ASCII) occurs in the file and its -wal/-journal."""
    if not needle:
        return 0
    target = needle.lower().encode("utf-8")
    total = 0
    for candidate in (path, Path(str(path) + "-wal"), Path(str(path) + "-journal")):
        if candidate.exists():
            total += candidate.read_bytes().lower().count(target)
    return total


def _erase_in_connection(conn: sqlite3.Connection, customer: dict, delete_orders: bool) -> EraseResult:
    cid = int(customer["id"])
    email = customer.get("email")
    result = EraseResult(customer_id=cid, email=email)
    conn.execute("PRAGMA secure_delete = ON")
    try:
        _erase_rows(conn, customer, delete_orders, result)
    finally:
        conn.execute("PRAGMA secure_delete = OFF")
    return result


def _erase_rows(conn: sqlite3.Connection, customer: dict, delete_orders: bool, result: EraseResult) -> None:
    cid = int(customer["id"])
    email = customer.get("email")
    with write_transaction(sqlite_utils.Database(conn)):
        if delete_orders:
            result.lines_deleted = conn.execute(
                "DELETE FROM order_lines WHERE order_id IN (SELECT id FROM orders WHERE customer_id = ?)",
                (cid,)).rowcount
            result.orders_deleted = conn.execute("DELETE FROM orders WHERE customer_id = ?", (cid,)).rowcount
        else:
            result.orders_anonymised = conn.execute(
                "UPDATE orders SET customer_id = NULL, discount_code = NULL WHERE customer_id = ?", (cid,)).rowcount
        for table in _tables_with_column(conn, "customer_id"):
            if table in ("orders", "customers"):
                continue
            deleted = conn.execute(f"DELETE FROM '{table}' WHERE customer_id = ?", (cid,)).rowcount
            if deleted:
                result.rows_deleted[table] = deleted
        result.rows_deleted["customers"] = conn.execute("DELETE FROM customers WHERE id = ?", (cid,)).rowcount
        # Anything else that still spells out the e-mail or the customer key (settings, notes, other modules).
        needles = {n.lower() for n in (email, customer.get("key")) if n and "@" in n}
        for needle in needles:
            for table, column in _text_columns(conn):
                changed = conn.execute(
                    f"UPDATE '{table}' SET \"{column}\" = CASE WHEN instr(\"{column}\", ?1) > 0 "
                    f"THEN replace(\"{column}\", ?1, '[erased]') ELSE replace(lower(\"{column}\"), ?1, '[erased]') END "
                    f"WHERE typeof(\"{column}\") = 'text' AND instr(lower(\"{column}\"), ?1) > 0",
                    (needle,)).rowcount
                result.cells_blanked += changed


def compact_shop(db: sqlite_utils.Database, wait_seconds: float = 10.0) -> None:
    """VACUUM the shop and truncate its WAL so deleted rows leave both files; returns None.

    Retries while another connection is in the middle of reading; raises ShopBusyError (plain sentence) when
    the other window keeps reading for longer than ``wait_seconds``.
    """
    from core.store import ShopBusyError

    conn = db.conn
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("VACUUM")
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError as exc:
            if "full" in str(exc):
                from core.store import DiskFullError

                raise DiskFullError(
                    "The customer was erased, but the disk is too full to compact the shop, so old copies stay in "
                    "the file for now; free some space and run python -m core erase-customer --compact-only.") \
                    from exc
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            busy = 1
        if not busy:
            return
        if time.monotonic() >= deadline:
            raise ShopBusyError(
                "The customer was erased, but another Shopkeeper window is reading this shop, so old copies stay in "
                "the file until it is compacted; close the other windows and compact the shop "
                "(python -m core erase-customer --compact-only).")
        time.sleep(0.2)


def erase_customer(db: sqlite_utils.Database, email: str | None = None, customer_id: int | None = None,
                   delete_orders: bool = False, include_backups: bool = True,
                   compact_wait_seconds: float = 10.0) -> EraseResult:
    """Erase one customer (GDPR art. 17) from the shop and its backups; returns an EraseResult.

    See the module docstring for what goes and what stays. Raises CustomerNotFound when nobody matches;
    ShopBusyError / DiskFullError when the erase is done but compacting the file has to wait (the message says
    how to finish it; backups are cleaned before that).
    """
    customer = find_customer(db, email=email, customer_id=customer_id)
    path = _db_path(db)
    files = []
    if customer.get("email") and "campaigns" in db.table_names():
        for (listed,) in db.execute("SELECT files FROM campaigns").fetchall():
            for name in json.loads(listed or "[]"):
                file = Path(name)
                try:
                    if file.is_file() and customer["email"].lower().encode() in file.read_bytes().lower():
                        files.append(str(file))
                except OSError:
                    continue
    result = _erase_in_connection(db.conn, customer, delete_orders)
    result.files_mentioning = files
    if path is not None:
        # Backups first: once the customer row is gone they cannot be looked up again, so a compaction that
        # another window holds up (ShopBusyError) or a full disk must not leave them in the backups.
        if include_backups:
            result.backups_erased = _erase_in_backups(path, customer, delete_orders)
        else:
            result.backups_still_holding = _backups_holding(path, customer)
        compact_shop(db, wait_seconds=compact_wait_seconds)
        if customer.get("email"):
            result.db_bytes_found = count_bytes(path, customer["email"])
    return result


def _customer_in(conn: sqlite3.Connection, customer: dict):
    row = None
    if customer.get("email"):
        row = conn.execute(f"SELECT {', '.join(CUSTOMER_FIELDS)} FROM customers WHERE lower(email) = ? "
                           "OR key = ?", (customer["email"].lower(), customer["key"])).fetchone()
    if row is None:
        row = conn.execute(f"SELECT {', '.join(CUSTOMER_FIELDS)} FROM customers WHERE key = ?",
                           (customer["key"],)).fetchone()
    return row


def _backups_holding(path: Path, customer: dict) -> int:
    from core.backup import list_backups

    holding = 0
    for backup in list_backups(path):
        try:
            conn = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
            try:
                holding += _customer_in(conn, customer) is not None
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            continue
    return holding


def _erase_in_backups(path: Path, customer: dict, delete_orders: bool) -> int:
    from core.backup import list_backups

    erased = 0
    for backup in list_backups(path):
        conn = sqlite3.connect(str(backup.path), isolation_level=None)
        try:
            row = _customer_in(conn, customer)
            if row is None:
                continue
            _erase_in_connection(conn, dict(zip(CUSTOMER_FIELDS, row)), delete_orders)
            conn.execute("VACUUM")
            erased += 1
        except sqlite3.DatabaseError:
            continue  # a damaged or foreign file in backups/: leave it, it cannot be restored anyway
        finally:
            conn.close()
    return erased


# --- art. 20: export one customer's data -------------------------------------------------------------------

def customer_data(db: sqlite_utils.Database, email: str | None = None, customer_id: int | None = None) -> dict:
    """Return everything the shop holds about one customer as a JSON-ready dict (money in major units)."""
    customer = find_customer(db, email=email, customer_id=customer_id)
    cid = customer["id"]
    sources = [dict(zip(("platform", "external_id"), r)) for r in db.execute(
        "SELECT platform, external_id FROM customer_sources WHERE customer_id = ? ORDER BY platform, external_id",
        [cid]).fetchall()]
    orders = []
    order_rows = db.execute(
        "SELECT id, platform, external_id, ordered_at, status, is_cancelled, currency, total_minor, shipping_minor, "
        "discount_minor, discount_code, country FROM orders WHERE customer_id = ? ORDER BY ordered_at, id",
        [cid]).fetchall()
    for (oid, platform, external, ordered_at, status, cancelled, currency, total, shipping, discount, code,
         country) in order_rows:
        lines = [{"line_no": n, "sku": sku, "product": name, "quantity": qty, "unit_price": price / 100,
                  "line_total": line_total / 100}
                 for n, sku, name, qty, price, line_total in db.execute(
                     "SELECT l.line_no, p.sku, p.name, l.quantity, l.unit_price_minor, l.line_total_minor "
                     "FROM order_lines l JOIN products p ON p.id = l.product_id WHERE l.order_id = ? "
                     "ORDER BY l.line_no", [oid]).fetchall()]
        computed = sum(line["line_total"] for line in lines)
        orders.append({"order": external, "platform": platform, "ordered_at": ordered_at, "status": status,
                       "cancelled": bool(cancelled), "currency": currency,
                       "total": (total / 100) if total is not None else round(computed, 2),
                       "shipping": None if shipping is None else shipping / 100,
                       "discount": None if discount is None else discount / 100, "discount_code": code,
                       "country": country, "lines": lines})
    campaigns = []
    if "campaign_members" in db.table_names():
        campaigns = [dict(zip(("campaign", "created_at", "target", "in_control_group", "discount_percent"), r))
                     for r in db.execute(
                         "SELECT c.name, c.created_at, c.target, m.in_control, m.discount_percent FROM "
                         "campaign_members m JOIN campaigns c ON c.id = m.campaign_id WHERE m.customer_id = ? "
                         "ORDER BY c.created_at", [cid]).fetchall()]
        for item in campaigns:
            item["in_control_group"] = bool(item["in_control_group"])
    person = {k: v for k, v in customer.items() if k not in ("first_seen_import",)}
    if person.get("accepts_marketing") is not None:
        person["accepts_marketing"] = bool(person["accepts_marketing"])
    return {"customer": person, "sources": sources, "orders": orders, "campaigns": campaigns}


def export_customer(db: sqlite_utils.Database, out: str | Path, email: str | None = None,
                    customer_id: int | None = None) -> Path:
    """Write one customer's data to ``out`` (.json: everything nested; .csv: one row per order line, with
    the customer's details on each row, formula-safe); returns the path written."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise ShopkeeperError(f"{out.name}: choose a file name ending in .json or .csv.")
    data = customer_data(db, email=email, customer_id=customer_id)
    try:
        if suffix == ".json":
            out.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        else:
            person = {f"customer_{k}": v for k, v in data["customer"].items()}
            rows = []
            for order in data["orders"]:
                head = {k: order[k] for k in ("order", "platform", "ordered_at", "status", "currency", "total",
                                              "discount_code", "country")}
                for line in order["lines"] or [{}]:
                    rows.append({**person, **head, **line})
            if not rows:
                rows.append(person)
            write_safe_csv(pd.DataFrame(rows), out)
    except OSError as exc:
        raise ShopkeeperError(f"Could not write {out} ({exc.strerror or exc}).") from exc
    return out


# --- pseudonymised exports ----------------------------------------------------------------------------------

def shop_salt(db: sqlite_utils.Database) -> str:
    """Return this shop's secret salt for pseudonyms (created on first use, stored as a shop setting)."""
    salt = get_setting(db, SALT_SETTING)
    if not salt:
        salt = secrets.token_hex(16)
        set_setting(db, SALT_SETTING, salt)
    return salt


def pseudonym(email: str | None, salt: str) -> str | None:
    """Return a stable 16-hex-digit pseudonym of an e-mail (trimmed, lower-cased) under ``salt``; None for None."""
    if email is None or (isinstance(email, float) and pd.isna(email)) or email is pd.NA:
        return None
    normalised = str(email).strip().lower()
    if not normalised:
        return None
    return hashlib.sha256(f"{salt}:{normalised}".encode("utf-8")).hexdigest()[:16]


def pseudonymise(db: sqlite_utils.Database, frame: pd.DataFrame, email_column: str = "email",
                 drop: tuple[str, ...] = ("first_name", "last_name", "name", "phone", "company", "city",
                                          "address")) -> pd.DataFrame:
    """Return a copy of ``frame`` whose e-mails are replaced by per-shop pseudonyms (column ``customer_ref``)
    and whose direct identifiers (names, phone, company, city, address) are dropped, for sharing with a helper."""
    salt = shop_salt(db)
    out = frame.drop(columns=[c for c in frame.columns if c != email_column and _plain_name(c) in drop])
    if email_column in out.columns:
        refs = out[email_column].map(lambda e: pseudonym(e, salt))
        out = out.drop(columns=[email_column])
        out.insert(0, "customer_ref", refs)
    return out


def write_pseudonymised_csv(db: sqlite_utils.Database, frame: pd.DataFrame, path: str | Path,
                            email_column: str = "email") -> Path:
    """Write ``frame`` as a formula-safe CSV with e-mails replaced by per-shop pseudonyms and names, phones and
    addresses dropped (see ``pseudonymise``); returns the path. The same customer gets the same
    ``customer_ref`` in every file from this shop, so a helper's results can be matched back here."""
    path = Path(path)
    try:
        return write_safe_csv(pseudonymise(db, frame, email_column), path)
    except OSError as exc:
        raise ShopkeeperError(f"Could not write {path} ({exc.strerror or exc}).") from exc


def match_pseudonyms(db: sqlite_utils.Database, refs: pd.Series) -> pd.Series:
    """Return the customer id for each ``customer_ref`` from a pseudonymised file (NA where none matches)."""
    salt = shop_salt(db)
    lookup = {pseudonym(email, salt): cid for cid, email in
              db.execute("SELECT id, email FROM customers WHERE email IS NOT NULL").fetchall()}
    return refs.map(lambda ref: lookup.get(ref, pd.NA)).astype("Int64")


EMAIL_COLUMN_NAMES = ("email", "e_mail", "email_address", "customer_email", "billing_email", "mail")


def _plain_name(column) -> str:
    return str(column).strip().lower().replace("-", "_").replace(" ", "_")


def find_email_column(columns) -> str | None:
    """Return the column of a table that holds e-mail addresses (``Email``, ``Email Address``, ``customer_email``
    …), or None."""
    for column in columns:
        if _plain_name(column) in EMAIL_COLUMN_NAMES:
            return column
    return None


def _read_csv(path: Path) -> pd.DataFrame:
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise ShopkeeperError(f"The file {path} does not exist.") from exc
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError, OSError) as exc:
        raise ShopkeeperError(f"{path.name} could not be read as a CSV file written by Shopkeeper.") from exc


def pseudonymise_file(db: sqlite_utils.Database, source: str | Path, out: str | Path,
                      email_column: str | None = None) -> dict:
    """Write a copy of the CSV ``source`` (a list or campaign file) to ``out`` with e-mails replaced by this
    shop's pseudonyms and names, phones and addresses dropped; returns {"file", "rows", "columns",
    "email_column"}. Raises ShopkeeperError when the file has no e-mail column."""
    source, out = Path(source), Path(out)
    frame = _read_csv(source)
    column = email_column or find_email_column(frame.columns)
    if column is None or column not in frame.columns:
        raise ShopkeeperError(f"{source.name} has no e-mail column to pseudonymise (name it with --email-column).")
    frame[column] = frame[column].replace("", pd.NA)
    written = write_pseudonymised_csv(db, frame, out, email_column=column)
    shared = pd.read_csv(written, dtype=str, nrows=0, encoding="utf-8-sig")
    return {"file": str(written), "rows": len(frame), "columns": list(shared.columns), "email_column": column}


def match_back_file(db: sqlite_utils.Database, source: str | Path, out: str | Path) -> dict:
    """Write the helper's CSV ``source`` (with a ``customer_ref`` column from a pseudonymised file of this shop)
    to ``out`` with ``customer_id`` and ``email`` put back in front (rows without a ref keep a ``customer_id``
    column the file already had); returns {"file", "rows", "matched"}."""
    source, out = Path(source), Path(out)
    frame = _read_csv(source)
    if "customer_ref" not in frame.columns:
        raise ShopkeeperError(f"{source.name} has no customer_ref column, so it cannot be matched to customers.")
    ids = match_pseudonyms(db, frame["customer_ref"].replace("", pd.NA))
    if "customer_id" in frame.columns:  # rows without an e-mail keep the shop's own customer number
        own = pd.to_numeric(frame["customer_id"], errors="coerce").astype("Int64")
        ids = ids.fillna(own)
    frame = frame.drop(columns=[c for c in ("customer_id", "email") if c in frame.columns])
    emails = dict(db.execute("SELECT id, email FROM customers").fetchall())
    frame.insert(0, "email", ids.map(lambda i: emails.get(int(i)) if pd.notna(i) else None))
    frame.insert(0, "customer_id", ids)
    try:
        write_safe_csv(frame, out)
    except OSError as exc:
        raise ShopkeeperError(f"Could not write {out} ({exc.strerror or exc}).") from exc
    return {"file": str(out), "rows": len(frame), "matched": int(ids.notna().sum())}
