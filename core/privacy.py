"""The customer's rights (GDPR): erase one customer (art. 17), export one customer's data (art. 20),
and pseudonymised copies of files shared with a helper.

Erasing, decided: the customer row and every row that points at them go (``customer_sources``,
``campaign_members`` and any other table with a ``customer_id`` column). Their **orders are anonymised, not
deleted** by default: the order, its lines, date, amount and country stay so product and revenue statistics
do not change, but the link to the customer (``customer_id``) and the discount code (often personal) are
removed. ``delete_orders=True`` deletes their orders and lines instead. Campaign totals (how many people
were in a campaign) are kept as numbers. The import log (``imports``) holds file names and counts only, no
personal data, so it is left alone. Any text cell anywhere in the shop that still contains the e-mail or the
full name is edited: only the match becomes ``[erased]``, the rest of the cell is kept as it was. Matching is
case-insensitive in every alphabet (``str.casefold``). Afterwards the file is VACUUMed with ``secure_delete``
on and the WAL is checkpointed and truncated, so the e-mail is in neither the ``.db`` nor the ``-wal`` file.
Backups in ``backups/`` are erased the same way (``include_backups=True``, the default), otherwise restoring
one would bring the customer back.

All or nothing: before anything is erased, the request is written durably to ``<shop>.erasures.json`` beside
the shop (a *tombstone*: only a salted hash of the e-mail, or of the customer key when there is no e-mail,
with the shop's pseudonym salt). Then backups and shop are cleaned, and the tombstone is marked finished.
An erase cut short (the program killed, the disk full, another window holding the file) is finished by
``finish_pending_erasures(shop_path)``, which the command line runs whenever it opens a shop and the app
should run when it opens one. Finished tombstones are kept: ``core.backup.restore_backup`` re-applies every
one of them to the copy it restores, so a restore never brings an erased customer back.

Why a file and not a table: a table inside the shop would be replaced by a restore (the backup predates the
tombstone), and schema migrations belong to ``core/schema.py``. The file holds no personal data (hashes only,
useless without the salt inside the shop) and is small. It must stay beside the shop when the shop is moved.

Not covered: files outside the shop that Shopkeeper did not write (the original exports you imported), and
files it wrote in folders it does not know about. ``erase_customer`` lists every file it knows it wrote (offer,
control-group and dropped-rows files from ``campaigns.files``, customer exports and other files registered with
``record_written_file``), plus any CSV/XLSX/JSON/HTML file in those folders, the shop's folder and the data
folder, that still holds the e-mail or the full name. Re-importing an old export that contains the customer
brings them back.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import pandas as pd
import sqlite_utils

from core.errors import ShopBusyError, ShopkeeperError
from core.exports import write_safe_csv
from core.locations import TOMBSTONE_SUFFIX, tombstone_path
from core.messages import Message, MessageTemplate, count, day
from core.personal_data import (
    EMAIL_IN_TEXT,
    SEARCHED_SUFFIXES,
    classify_column,
    count_in_file,
    file_text,
    fold,
    is_product_column,
    known_people,
    person_pattern,
    replace_folded,
    word_pattern,
)
from core.store import get_setting, set_setting, write_transaction

SALT_SETTING = "privacy.pseudonym_salt"
WRITTEN_FILES_SETTING = "privacy.written_files"
RESTORE_TEMP_SUFFIX = ".restoring.part"
ERASED = "[erased]"
CUSTOMER_FIELDS = ["id", "key", "email", "first_name", "last_name", "company", "phone", "country", "city",
                   "accepts_marketing", "tags", "first_seen_import"]

EMAIL_OR_NUMBER = MessageTemplate("privacy.email_or_number",
                                  "Give either an e-mail address or a customer number, not both.")
CUSTOMER_NOT_FOUND = MessageTemplate("privacy.customer_not_found",
                                     "There is no customer with the e-mail {email} in this shop.")
CUSTOMER_NUMBER_NOT_FOUND = MessageTemplate("privacy.customer_number_not_found",
                                            "There is no customer number {number} in this shop.")
COMPACT_DISK_FULL = MessageTemplate(
    "privacy.compact_disk_full",
    "The customer was erased, but the disk is too full to compact the shop, so old copies stay in the file for now; "
    "free some space and run python -m core erase-customer --compact-only.")
COMPACT_BUSY = MessageTemplate(
    "privacy.compact_busy",
    "The customer was erased, but another Shopkeeper window is reading this shop, so old copies stay in the file "
    "until it is compacted; close the other windows and compact the shop "
    "(python -m core erase-customer --compact-only).")
RECORDS_UNREADABLE = MessageTemplate(
    "privacy.records_unreadable",
    "The erase records {file} beside the shop cannot be read; they must not be deleted or edited.")
REQUEST_NOT_SAVED = MessageTemplate(
    "privacy.request_not_saved",
    "Nothing was erased: the erase request could not be saved beside the shop in {folder} ({reason}); check that "
    "the folder is writable and the disk has room.")
RECORDS_OF_ANOTHER_SHOP = MessageTemplate(
    "privacy.records_of_another_shop",
    "The erase records beside this shop belong to another shop; move them away ({file}) and try again.")
BACKUPS_NOT_CLEANED = MessageTemplate(
    "privacy.backups_not_cleaned",
    "The customer was erased from the shop, but {count} backup(s) could not be cleaned ({files}); Shopkeeper tries "
    "again each time it opens this shop, or delete them yourself.")
NOWHERE = MessageTemplate("privacy.nowhere",
                          "There is no customer with the e-mail {email} in this shop or its backups.")
NOWHERE_ERASED = MessageTemplate(
    "privacy.nowhere_erased",
    "There is no customer with the e-mail {email} in this shop or its backups (erased on {erased}).")
NOWHERE_FILES = MessageTemplate(
    "privacy.nowhere_files",
    "There is no customer with the e-mail {email} in this shop or its backups; {count} file(s) written by "
    "Shopkeeper or kept beside its files still mention them, delete them yourself: {files}.")
NOWHERE_ERASED_FILES = MessageTemplate(
    "privacy.nowhere_erased_files",
    "There is no customer with the e-mail {email} in this shop or its backups (erased on {erased}); {count} file(s) "
    "written by Shopkeeper or kept beside its files still mention them, delete them yourself: {files}.")
STILL_IN_BACKUPS = MessageTemplate(
    "privacy.still_in_backups",
    "{count} backup(s) still hold this customer and could not be cleaned ({files}); Shopkeeper tries again each "
    "time it opens this shop.")
PENDING_KEY_MISSING = MessageTemplate(
    "privacy.pending.key_missing",
    "This shop's pseudonym key is missing or different, so the unfinished erase cannot find the customer; restore "
    "the shop file that was erasing.")
PENDING_BACKUPS_NOT_CLEANED = MessageTemplate("privacy.pending.backups_not_cleaned",
                                              "{count} backup(s) could not be cleaned yet: {files}.")
RESTORE_WITHOUT_KEY = MessageTemplate(
    "privacy.restore_without_key",
    "This shop's erase records cannot be read without its pseudonym key, so a restore could bring erased customers "
    "back; nothing was restored.")
EXPORT_SUFFIX = MessageTemplate("privacy.export_suffix", "{file}: choose a file name ending in .json or .csv.")
CANNOT_WRITE = MessageTemplate("privacy.cannot_write", "Could not write {path} ({reason}).")
NO_SUCH_FILE = MessageTemplate("privacy.no_such_file", "The file {path} does not exist.")
NOT_A_TABLE = MessageTemplate("privacy.not_a_table", "{file} could not be read as a CSV or Excel file.")
NO_SUCH_COLUMN = MessageTemplate("privacy.no_such_column", "{file} has no column called {column}.")
NOTHING_PERSONAL = MessageTemplate(
    "privacy.nothing_personal",
    "{file} has no e-mail column and nothing else personal to pseudonymise (name the e-mail column with "
    "--email-column).")
NO_CUSTOMER_REF = MessageTemplate("privacy.no_customer_ref",
                                  "{file} has no customer_ref column, so it cannot be matched to customers.")
WHY_ASKED_TO_DROP = MessageTemplate("privacy.why.asked_to_drop", "asked to drop it")
WHY_EMAIL_COLUMN = MessageTemplate("privacy.why.email_column", "chosen as the e-mail column")
WHY_TEXT_NAMED_CUSTOMERS = MessageTemplate("privacy.why.text_named_customers", "its text named customers")


class CustomerNotFound(ShopkeeperError):
    """No customer matches the e-mail or id given."""

    code = "customer_not_found"


class EraseIncomplete(ShopkeeperError):
    """The customer was erased from the shop, but some copies could not be cleaned yet."""

    code = "erase_incomplete"


@dataclass
class EraseResult:
    """What ``erase_customer`` removed, for the confirmation message and the CLI's JSON."""

    customer_id: int | None
    email: str | None
    orders_anonymised: int = 0
    orders_deleted: int = 0
    lines_deleted: int = 0
    rows_deleted: dict[str, int] = field(default_factory=dict)
    cells_blanked: int = 0
    backups_erased: int = 0
    backups_still_holding: int = 0  # backups left as they were (include_backups=False) that still hold them
    backups_failed: list[str] = field(default_factory=list)  # backups that could not be cleaned (read-only …)
    files_mentioning: list[str] = field(default_factory=list)  # files the app knows of that still hold them
    db_bytes_found: int = 0  # occurrences of the e-mail in the .db and -wal files afterwards (should be 0)
    backup_bytes_found: int = 0  # occurrences of the e-mail in the backups folder afterwards (0 unless kept)
    only_in_backups: bool = False  # the shop no longer held them; they were found (and erased) in backups

    def to_dict(self) -> dict:
        """Return the result as a JSON-ready dict."""
        return dict(self.__dict__)

    @property
    def nowhere(self) -> bool:
        """True when the e-mail is in neither the shop file, its backups nor any file Shopkeeper knows it wrote."""
        return (bool(self.email) and not self.db_bytes_found and not self.backup_bytes_found
                and not self.files_mentioning and not self.backups_failed)


# --- case-insensitive matching inside SQLite -----------------------------------------------------------------

def _register_functions(conn: sqlite3.Connection) -> None:
    """Give the connection ``sk_fold`` (casefold) and ``sk_blank(text, needle)`` (replace only the match)."""
    conn.create_function("sk_fold", 1, lambda v: fold(v) if isinstance(v, str) else v, deterministic=True)
    conn.create_function("sk_blank", 2, lambda v, n: replace_folded(v, n, ERASED)[0] if isinstance(v, str) else v,
                         deterministic=True)
    conn.create_function("sk_blank_json", 2, _blank_json, deterministic=True)


def _blank_json(value, needle):
    """Return JSON text with ``needle`` blanked inside its strings (escaped letters included); unchanged when
    it is not JSON or does not hold the needle."""
    if not isinstance(value, str):
        return value
    try:
        data = json.loads(value)
    except ValueError:
        return value
    changed = False

    def walk(item):
        nonlocal changed
        if isinstance(item, str):
            new, replaced = replace_folded(item, needle, ERASED)
            changed = changed or bool(replaced)
            return new
        if isinstance(item, list):
            return [walk(v) for v in item]
        if isinstance(item, dict):
            return {walk(k) if isinstance(k, str) else k: walk(v) for k, v in item.items()}
        return item

    cleaned = walk(data)
    return json.dumps(cleaned) if changed else value


def _glob_anycase(needle: str) -> str | None:
    """Return a GLOB pattern matching ``needle`` in any letter case (fast prefilter in C), or None when case
    folding changes a letter's length (ß -> ss) and only Python can compare."""
    out = []
    for char in needle:
        variants = {char, char.lower(), char.upper(), char.casefold(), char.swapcase()}
        if any(len(v) != 1 for v in variants):
            return None
        if len(variants) == 1 and char not in "*?[]":
            out.append(char)
        else:
            ordered = sorted(variants, key=lambda v: v != "]")  # ']' must come first inside a class
            out.append("[" + "".join(ordered) + "]")
    return "*" + "".join(out) + "*"


def find_customer(db: sqlite_utils.Database, email: str | None = None, customer_id: int | None = None) -> dict:
    """Return the customer row (dict) for ``email`` (case-insensitive in every alphabet) or ``customer_id``;
    raises CustomerNotFound."""
    if (email is None) == (customer_id is None):
        raise ShopkeeperError(EMAIL_OR_NUMBER())
    _register_functions(db.conn)
    if email is not None:
        wanted = fold(email)
        row = db.execute(f"SELECT {', '.join(CUSTOMER_FIELDS)} FROM customers WHERE sk_fold(email) = ? "
                         "OR sk_fold(key) = ? ORDER BY id LIMIT 1", [wanted, wanted]).fetchone()
        missing = CUSTOMER_NOT_FOUND(email=email.strip())
    else:
        row = db.execute(f"SELECT {', '.join(CUSTOMER_FIELDS)} FROM customers WHERE id = ?",
                         [int(customer_id)]).fetchone()
        missing = CUSTOMER_NUMBER_NOT_FOUND(number=str(customer_id))
    if row is None:
        raise CustomerNotFound(missing)
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
    """Return how many times ``needle`` occurs in the file and its -wal/-journal (case-insensitive in every
    alphabet)."""
    if not needle:
        return 0
    return sum(count_in_file(candidate, needle)
               for candidate in (path, Path(str(path) + "-wal"), Path(str(path) + "-journal")))


def customer_needles(customer: dict) -> list[str]:
    """Return the texts that identify a customer inside other cells: the e-mail (and an e-mail key) and the
    full name in both orders, folded."""
    needles = [fold(n) for n in (customer.get("email"), customer.get("key")) if n and "@" in str(n)]
    first, last = fold(customer.get("first_name")), fold(customer.get("last_name"))
    if len(first) >= 2 and len(last) >= 2:
        needles += [f"{first} {last}", f"{last} {first}", f"{last}, {first}"]
    return list(dict.fromkeys(n for n in needles if n))


def _erase_in_connection(conn: sqlite3.Connection, customer: dict, delete_orders: bool) -> EraseResult:
    cid = int(customer["id"])
    email = customer.get("email")
    result = EraseResult(customer_id=cid, email=email)
    _register_functions(conn)
    conn.execute("PRAGMA secure_delete = ON")
    try:
        _erase_rows(conn, customer, delete_orders, result)
    finally:
        conn.execute("PRAGMA secure_delete = OFF")
    return result


def _erase_rows(conn: sqlite3.Connection, customer: dict, delete_orders: bool, result: EraseResult) -> None:
    cid = int(customer["id"])
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
        # Anything else that still spells out the e-mail or the full name (settings, notes, product names …):
        # only the match is replaced, the rest of the cell keeps its letters and case.
        for needle in customer_needles(customer):
            pattern = _glob_anycase(needle)
            for table, column in _text_columns(conn):
                where = (f"typeof(\"{column}\") = 'text' AND \"{column}\" GLOB ?2" if pattern
                         else f"typeof(\"{column}\") = 'text' AND instr(sk_fold(\"{column}\"), ?1) > 0")
                changed = conn.execute(f"UPDATE '{table}' SET \"{column}\" = sk_blank(\"{column}\", ?1) "
                                       f"WHERE {where}", (needle, pattern) if pattern else (needle,)).rowcount
                result.cells_blanked += changed
                # JSON text (settings, campaign settings) may spell non-ASCII letters as \u escapes
                changed = conn.execute(
                    f"UPDATE '{table}' SET \"{column}\" = sk_blank_json(\"{column}\", ?1) WHERE "
                    f"typeof(\"{column}\") = 'text' AND \"{column}\" GLOB '*\\u[0-9a-fA-F][0-9a-fA-F]*' "
                    f"AND sk_blank_json(\"{column}\", ?1) IS NOT \"{column}\"", (needle,)).rowcount
                result.cells_blanked += changed


def compact_shop(db: sqlite_utils.Database, wait_seconds: float = 10.0) -> None:
    """VACUUM the shop and truncate its WAL so deleted rows leave both files; returns None.

    Retries while another connection is in the middle of reading; raises ShopBusyError (plain sentence) when
    the other window keeps reading for longer than ``wait_seconds``.
    """

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

                raise DiskFullError(COMPACT_DISK_FULL()) from exc
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            busy = 1
        if not busy:
            return
        if time.monotonic() >= deadline:
            raise ShopBusyError(COMPACT_BUSY())
        time.sleep(0.2)


# --- tombstones: the erase request, recorded before anything is erased --------------------------------------

def erasure_hash(value: str, salt: str) -> str:
    """Return the salted hash that stands for an e-mail (or customer key) in a tombstone."""
    return hashlib.sha256(f"{salt}:erased:{fold(value)}".encode("utf-8")).hexdigest()[:32]


def _salt_check(salt: str) -> str:
    return hashlib.sha256(f"check:{salt}".encode("utf-8")).hexdigest()[:12]


def customer_hashes(customer: dict, salt: str) -> list[str]:
    """Return the tombstone hashes of a customer: of the e-mail when there is one, else of the customer key."""
    values = [customer.get("email")] if fold(customer.get("email")) else [customer.get("key")]
    return [erasure_hash(v, salt) for v in values if fold(v)]


def read_tombstones(db_path: str | Path) -> dict:
    """Return the shop's erase records ({"salt_check", "erasures": [...]}); empty when there are none."""
    path = tombstone_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"salt_check": None, "erasures": []}
    except (OSError, ValueError) as exc:
        raise ShopkeeperError(RECORDS_UNREADABLE(file=path.name)) from exc
    data.setdefault("erasures", [])
    return data


def _write_durably(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        if hasattr(os, "O_DIRECTORY"):
            folder = os.open(path.parent, os.O_DIRECTORY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
    except OSError as exc:
        raise EraseIncomplete(REQUEST_NOT_SAVED(folder=str(path.parent), reason=str(exc.strerror or exc))) from exc


def _write_tombstones(db_path: Path, data: dict) -> None:
    _write_durably(tombstone_path(db_path), json.dumps(data, indent=1))


def record_erasure(db_path: str | Path, salt: str, hashes: list[str], delete_orders: bool,
                   backups: bool) -> str:
    """Write an erase request (pending) to the shop's tombstone file before anything is erased; returns its id."""
    data = read_tombstones(db_path)
    data["salt_check"] = data.get("salt_check") or _salt_check(salt)
    if data["salt_check"] != _salt_check(salt):
        raise ShopkeeperError(RECORDS_OF_ANOTHER_SHOP(file=tombstone_path(db_path).name))
    record_id = secrets.token_hex(8)
    data["erasures"].append({"id": record_id, "hashes": hashes, "delete_orders": bool(delete_orders),
                             "backups": bool(backups), "requested_at": _now(), "finished_at": None})
    _write_tombstones(Path(db_path), data)
    return record_id


def _mark_finished(db_path: Path, record_ids: set[str]) -> None:
    data = read_tombstones(db_path)
    for record in data["erasures"]:
        if record["id"] in record_ids and not record.get("finished_at"):
            record["finished_at"] = _now()
    _write_tombstones(db_path, data)


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _matching_customers(conn: sqlite3.Connection, hashes: set[str], salt: str) -> list[dict]:
    """Return the customers of a shop or backup whose tombstone hash is in ``hashes``."""
    found = []
    try:
        rows = conn.execute(f"SELECT {', '.join(CUSTOMER_FIELDS)} FROM customers").fetchall()
    except sqlite3.OperationalError:
        return found
    for row in rows:
        customer = dict(zip(CUSTOMER_FIELDS, row))
        if set(customer_hashes(customer, salt)) & hashes:
            found.append(customer)
    return found


def _erase_matching(conn: sqlite3.Connection, hashes: set[str], salt: str, delete_orders: bool,
                    total: EraseResult | None = None) -> list[dict]:
    """Erase every customer of ``conn`` matching ``hashes``; adds the counts to ``total``; returns them."""
    found = _matching_customers(conn, hashes, salt)
    for customer in found:
        one = _erase_in_connection(conn, customer, delete_orders)
        if total is not None:
            total.orders_anonymised += one.orders_anonymised
            total.orders_deleted += one.orders_deleted
            total.lines_deleted += one.lines_deleted
            total.cells_blanked += one.cells_blanked
            for table, rows in one.rows_deleted.items():
                total.rows_deleted[table] = total.rows_deleted.get(table, 0) + rows
    return found


def _clean_backups(db_path: Path, hashes: set[str], salt: str, delete_orders: bool) -> tuple[int, list[str], list]:
    """Erase the matching customers from every backup of the shop; returns (backups changed, backups that could
    not be cleaned, the customers found there)."""
    from core.backup import list_backups

    erased, failed, found = 0, [], []
    for backup in list_backups(db_path):
        try:
            conn = sqlite3.connect(str(backup.path), isolation_level=None, timeout=5)
        except sqlite3.Error:
            failed.append(backup.name)
            continue
        try:
            matches = _erase_matching(conn, hashes, salt, delete_orders)
            if matches:
                conn.execute("PRAGMA secure_delete = ON")
                conn.execute("VACUUM")
                erased += 1
                found.extend(matches)
        except sqlite3.DatabaseError as exc:
            if "not a database" not in str(exc):  # a foreign file named like a backup cannot be restored anyway
                failed.append(backup.name)
        except ShopkeeperError:  # busy: another program holds this backup; tried again on the next open
            failed.append(backup.name)
        finally:
            conn.close()
    return erased, failed, found


def _backups_holding(db_path: Path, hashes: set[str], salt: str) -> int:
    from core.backup import list_backups

    holding = 0
    for backup in list_backups(db_path):
        try:
            conn = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
            try:
                holding += bool(_matching_customers(conn, hashes, salt))
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            continue
    return holding


def _backup_folder_bytes(db_path: Path, needle: str) -> int:
    """Occurrences of ``needle`` in every file of the backups folder that belongs to this shop (copies half
    written, journals of an interrupted clean-up included)."""
    from core.backup import backup_dir

    folder = backup_dir(db_path)
    if not needle or not folder.is_dir():
        return 0
    return sum(count_in_file(file, needle) for file in folder.iterdir()
               if file.is_file() and file.name.startswith(Path(db_path).name + "."))


def erase_customer(db: sqlite_utils.Database, email: str | None = None, customer_id: int | None = None,
                   delete_orders: bool = False, include_backups: bool = True,
                   compact_wait_seconds: float = 10.0) -> EraseResult:
    """Erase one customer (GDPR art. 17) from the shop and its backups; returns an EraseResult.

    See the module docstring for what goes and what stays, and for the tombstone that makes the erase finish
    even when it is interrupted. When the shop no longer holds the e-mail but a backup does, the backups are
    cleaned (``only_in_backups``). Raises CustomerNotFound when nobody matches anywhere; ShopBusyError /
    DiskFullError when the erase is done but compacting the file has to wait (it finishes on the next open);
    EraseIncomplete when a backup could not be cleaned (it is tried again on the next open).
    """
    path = _db_path(db)
    try:
        customer = find_customer(db, email=email, customer_id=customer_id)
    except CustomerNotFound:
        if email is None or path is None:
            raise
        return _erase_from_backups_only(db, path, email, delete_orders)
    salt = shop_salt(db)
    hashes = set(customer_hashes(customer, salt))
    record_id = record_erasure(path, salt, sorted(hashes), delete_orders, include_backups) if path else None
    failed: list[str] = []
    erased_backups = 0
    if path is not None and include_backups:
        erased_backups, failed, _found = _clean_backups(path, hashes, salt, delete_orders)
    result = _erase_in_connection(db.conn, customer, delete_orders)
    result.backups_erased = erased_backups
    result.backups_failed = failed
    if path is None:
        return result
    if not include_backups:
        result.backups_still_holding = _backups_holding(path, hashes, salt)
    compact_shop(db, wait_seconds=compact_wait_seconds)  # when held up, the next open compacts and finishes
    if not failed:
        _mark_finished(path, {record_id})
    _measure(db, path, customer, result)
    if failed:
        raise EraseIncomplete(BACKUPS_NOT_CLEANED(count=count(len(failed)), files=", ".join(failed)), result=result)
    return result


def _measure(db: sqlite_utils.Database, path: Path, customer: dict, result: EraseResult) -> None:
    """Fill in where the customer can still be found afterwards (e-mail bytes in the shop and backups, files)."""
    if customer.get("email"):
        result.db_bytes_found = count_bytes(path, customer["email"])
        result.backup_bytes_found = _backup_folder_bytes(path, customer["email"])
    result.files_mentioning = [item["file"] for item in files_mentioning(db, path, customer)]


def _erase_from_backups_only(db: sqlite_utils.Database, path: Path, email: str, delete_orders: bool) -> EraseResult:
    salt = shop_salt(db)
    hashes = {erasure_hash(email, salt)}
    if not _backups_holding(path, hashes, salt):
        erased_on = [r.get("finished_at") or r.get("requested_at") for r in read_tombstones(path)["erasures"]
                     if hashes & set(r.get("hashes", []))]
        person = {"email": email}
        files = [item["file"] for item in files_mentioning(db, path, person)]
        raise CustomerNotFound(_nowhere_message(email.strip(), erased_on[-1] if erased_on else None, files))
    record_id = record_erasure(path, salt, sorted(hashes), delete_orders, True)
    erased, failed, found = _clean_backups(path, hashes, salt, delete_orders)
    result = EraseResult(customer_id=found[0]["id"] if found else None, email=email.strip(),
                         backups_erased=erased, backups_failed=failed, only_in_backups=True)
    if not failed:
        _mark_finished(path, {record_id})
    _measure(db, path, found[0] if found else {"email": email}, result)
    if failed:
        raise EraseIncomplete(STILL_IN_BACKUPS(count=count(len(failed)), files=", ".join(failed)), result=result)
    return result


def _nowhere_message(email: str, erased_at: str | None, files: list[str]) -> Message:
    """Return the sentence for an e-mail found neither in the shop nor in its backups (when it was erased, and
    the files that still mention it)."""
    if erased_at:
        try:
            erased = day(date.fromisoformat(erased_at[:10]))
        except ValueError:
            erased = erased_at[:10]
        if files:
            return NOWHERE_ERASED_FILES(email=email, erased=erased, count=count(len(files)), files=", ".join(files))
        return NOWHERE_ERASED(email=email, erased=erased)
    if files:
        return NOWHERE_FILES(email=email, count=count(len(files)), files=", ".join(files))
    return NOWHERE(email=email)


def finish_pending_erasures(db_path: str | Path, db: sqlite_utils.Database | None = None,
                            compact_wait_seconds: float = 10.0) -> dict:
    """Finish every erase that was cut short (program killed, disk full, shop busy): clean backups and shop of
    the customers its tombstone names, compact, mark it finished. Call it whenever a shop is opened.

    Returns {"finished": n, "pending": m, "problems": [keyed Messages]}; cheap when nothing is pending. Never raises
    for a busy shop or an uncleanable backup: the erase stays pending and is tried again next time.
    """
    from core.store import open_shop

    db_path = Path(db_path)
    summary = {"finished": 0, "pending": 0, "problems": []}
    if str(db_path) in ("", ":memory:"):
        return summary
    _remove_restore_leftovers(db_path)
    if not tombstone_path(db_path).exists():
        return summary
    pending = [r for r in read_tombstones(db_path)["erasures"] if not r.get("finished_at")]
    if not pending:
        return summary
    own = db is None
    if own:
        db = open_shop(db_path, create=False)
    try:
        salt = get_setting(db, SALT_SETTING)
        if not salt or _salt_check(salt) != read_tombstones(db_path).get("salt_check"):
            summary["pending"] = len(pending)
            summary["problems"].append(PENDING_KEY_MISSING())
            return summary
        done = set()
        for record in pending:
            hashes = set(record.get("hashes", []))
            failed = []
            try:
                if record.get("backups", True):
                    _erased, failed, _found = _clean_backups(db_path, hashes, salt, record.get("delete_orders"))
                _erase_matching(db.conn, hashes, salt, bool(record.get("delete_orders")))
            except ShopkeeperError as exc:
                summary["problems"].append(exc.message)
                continue
            if failed:
                summary["problems"].append(PENDING_BACKUPS_NOT_CLEANED(count=count(len(failed)),
                                                                       files=", ".join(failed)))
                continue
            done.add(record["id"])
        try:
            compact_shop(db, wait_seconds=compact_wait_seconds)
        except ShopkeeperError as exc:
            summary["problems"].append(exc.message)
            done = set()
        if done:
            _mark_finished(db_path, done)
        summary["finished"] = len(done)
        summary["pending"] = len(pending) - len(done)
        return summary
    finally:
        if own:
            db.conn.close()


def apply_erasures(conn: sqlite3.Connection, db_path: str | Path, salt: str | None) -> int:
    """Erase from ``conn`` (a copy about to be restored) every customer any tombstone of the shop at ``db_path``
    names, finished or not; returns how many customers were erased. Raises ShopkeeperError when there are
    tombstones but the salt to read them is missing."""
    records = read_tombstones(db_path)
    if not records["erasures"]:
        return 0
    if not salt or _salt_check(salt) != records.get("salt_check"):
        raise ShopkeeperError(RESTORE_WITHOUT_KEY())
    erased = 0
    for record in records["erasures"]:
        erased += len(_erase_matching(conn, set(record.get("hashes", [])), salt, bool(record.get("delete_orders"))))
    return erased


def _remove_restore_leftovers(db_path: Path) -> None:
    from core.backup import backup_dir

    leftover = backup_dir(db_path) / (db_path.name + RESTORE_TEMP_SUFFIX)
    for file in (leftover, Path(str(leftover) + "-journal")):
        try:
            file.unlink()
        except OSError:
            pass


# --- files the app wrote ------------------------------------------------------------------------------------

def record_written_file(db: sqlite_utils.Database, path: str | Path, kind: str) -> None:
    """Remember that Shopkeeper wrote ``path`` (kind: "customer export", "report", "rejected rows", …), so an
    erase can list it when it may hold the customer; returns None."""
    files = get_setting(db, WRITTEN_FILES_SETTING, []) or []
    entry = {"file": str(Path(path).resolve()), "kind": kind}
    if entry not in files:
        files.append(entry)
        set_setting(db, WRITTEN_FILES_SETTING, files[-2000:])


def written_files(db: sqlite_utils.Database) -> list[dict]:
    """Return every file the shop records that Shopkeeper wrote: [{"file", "kind"}] (campaign files included)."""
    found = []
    if "campaigns" in db.table_names():
        for (listed,) in db.execute("SELECT files FROM campaigns").fetchall():
            try:
                names = json.loads(listed or "[]")
            except ValueError:
                continue
            for name in names:
                kind = ("control group file" if ".control." in name else "dropped rows file" if ".dropped." in name
                        else "offer file")
                found.append({"file": str(name), "kind": kind})
    found.extend(get_setting(db, WRITTEN_FILES_SETTING, []) or [])
    return found


def files_mentioning(db: sqlite_utils.Database, db_path: Path | None, customer: dict) -> list[dict]:
    """Return the files that may still hold the customer (their e-mail, or first and last name side by side):
    every file the shop records it wrote, and CSV/XLSX/JSON/HTML files in those folders, the shop's folder and
    the data folder. [{"file", "kind"}], each file once."""
    from core.locations import data_dir

    pattern = person_pattern(customer.get("email"), customer.get("first_name"), customer.get("last_name"))
    if pattern is None:
        return []
    known = written_files(db)
    kinds = {str(Path(item["file"])): item["kind"] for item in known}
    folders = {Path(item["file"]).parent for item in known}
    if db_path is not None:
        folders.add(Path(db_path).resolve().parent)
    try:
        folders.add(data_dir())
    except OSError:
        pass
    candidates = dict.fromkeys(Path(item["file"]) for item in known)
    for folder in sorted(folders):
        try:
            for file in sorted(folder.iterdir()):
                if file.is_file() and file.suffix.lower() in SEARCHED_SUFFIXES \
                        and not file.name.endswith(TOMBSTONE_SUFFIX):
                    candidates.setdefault(file, None)
        except OSError:
            continue
    found, seen = [], set()
    for file in candidates:
        key = str(file.resolve()) if file.exists() else str(file)
        if key in seen or not file.is_file():
            continue
        seen.add(key)
        if pattern.search(file_text(file).casefold()):
            found.append({"file": str(file), "kind": kinds.get(str(file), "file in " + str(file.parent))})
    return found


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
        campaigns = [dict(zip(("campaign", "created_at", "target", "in_control_group", "discount_percent",
                               "sent_at", "group", "coupon_code"), r))
                     for r in db.execute(
                         "SELECT c.name, c.created_at, c.target, m.in_control, m.discount_percent, c.sent_at, "
                         "m.group_name, m.coupon_code FROM "
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
        raise ShopkeeperError(EXPORT_SUFFIX(file=out.name))
    data = customer_data(db, email=email, customer_id=customer_id)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
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
        raise ShopkeeperError(CANNOT_WRITE(path=str(out), reason=str(exc.strerror or exc))) from exc
    record_written_file(db, out, "customer export")
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


NAME_MARK = "[name]"
EMAIL_MARK = "[e-mail]"


@dataclass
class PseudonymisedTable:
    """A table ready to share: ``frame`` (e-mails as ``customer_ref``, customer data removed), the
    ``email_column`` that became ``customer_ref`` (None when there was none) and ``changes``: one entry per
    column touched, {"column", "action" ("pseudonymised" | "removed" | "replaced"), "kind", "why", "cells"}."""

    frame: pd.DataFrame
    email_column: object | None
    changes: list[dict]

    def removed_counts(self) -> dict:
        """Return {column: cells} for every column removed, pseudonymised or edited."""
        return {str(c["column"]): c["cells"] for c in self.changes}


def pseudonymise_table(db: sqlite_utils.Database, frame: pd.DataFrame, email_column=None,
                       drop=()) -> PseudonymisedTable:
    """Return a shareable copy of ``frame``, judged by content, not column names alone.

    Every column whose values are the shop's known e-mails, names, phones or addresses, or look like e-mails,
    phone numbers, streets or postcodes (or whose name says so), is removed; the main e-mail column becomes
    ``customer_ref`` (this shop's pseudonym, see ``match_pseudonyms``). In the columns that stay, e-mails and
    names inside free text (a subject line "Ryan, a gift for you") become ``[e-mail]`` / ``[name]``: the
    row's own person (by their e-mail or the name columns of the row) and any known full name. Product
    columns (mostly the shop's own product names) are left as they are.
    """
    salt = shop_salt(db)
    known = known_people(db)
    verdicts = {c: classify_column(c, frame[c], known) for c in frame.columns}
    for column in drop:
        if column in verdicts and verdicts[column].kind is None:
            verdicts[column].kind, verdicts[column].why = "name", WHY_ASKED_TO_DROP()
    emails = [c for c, v in verdicts.items() if v.kind == "e-mail" and v.cells]
    if email_column is None or email_column not in frame.columns:
        email_column = max(emails, key=lambda c: (verdicts[c].cells, -list(frame.columns).index(c)), default=None)
    personal = [c for c, v in verdicts.items() if v.kind is not None or c == email_column]
    row_words = _row_person_words(frame, email_column, [c for c in personal if verdicts[c].kind == "name"], known)
    changes = []
    for column in personal:
        verdict = verdicts[column]
        action = "pseudonymised" if column == email_column else "removed"
        changes.append({"column": column, "action": action, "kind": verdict.kind or "e-mail",
                        "why": verdict.why or WHY_EMAIL_COLUMN(), "cells": verdict.cells})
    out = frame.drop(columns=personal)
    full_names = known.full_name_pattern()
    for column in out.columns:
        series = out[column]
        if not (series.dtype == object or pd.api.types.is_string_dtype(series)) or is_product_column(series, known):
            continue
        new_values, changed = [], 0
        for value, words in zip(series.tolist(), row_words):
            new = _scrub(value, words, full_names)
            changed += new is not value and new != value
            new_values.append(new)
        if changed:
            out[column] = pd.Series(new_values, index=out.index, dtype=series.dtype)
            changes.append({"column": column, "action": "replaced", "kind": "e-mail or name in text",
                            "why": WHY_TEXT_NAMED_CUSTOMERS(), "cells": int(changed)})
    if email_column is not None:
        out.insert(0, "customer_ref", frame[email_column].map(
            lambda e: pseudonym(e, salt) if isinstance(e, str) and e.strip() else None).values)
    return PseudonymisedTable(out, email_column, changes)


def _row_person_words(frame: pd.DataFrame, email_column, name_columns: list, known) -> list:
    """Return, per row, a regex of that row's person's names (from the e-mail's shop customer and the row's
    name columns), or None."""
    cache: dict = {}
    words_per_row = [set() for _ in range(len(frame))]
    if email_column is not None:
        for i, email in enumerate(frame[email_column].tolist()):
            first, last = known.names_by_email.get(fold(email), ("", ""))
            words_per_row[i].update(w for w in (first, last) if w)
    for column in name_columns:
        for i, value in enumerate(frame[column].tolist()):
            if isinstance(value, str):
                words_per_row[i].update(w for w in fold(value).split() if len(w) >= 2)
    patterns = []
    for words in words_per_row:
        key = frozenset(words)
        if key not in cache:
            cache[key] = word_pattern(words)
        patterns.append(cache[key])
    return patterns


def _scrub(value, words, full_names):
    if not isinstance(value, str) or not value:
        return value
    new = EMAIL_IN_TEXT.sub(EMAIL_MARK, value) if "@" in value else value
    if full_names is not None:
        new = full_names.sub(NAME_MARK, new)
    if words is not None:
        new = words.sub(NAME_MARK, new)
    return value if new == value else new


def pseudonymise(db: sqlite_utils.Database, frame: pd.DataFrame, email_column: str | None = None,
                 drop=()) -> pd.DataFrame:
    """Return a copy of ``frame`` for sharing with a helper: e-mails replaced by per-shop pseudonyms (column
    ``customer_ref``) and every other column holding customer data removed (see ``pseudonymise_table``)."""
    return pseudonymise_table(db, frame, email_column, drop).frame


def write_pseudonymised_csv(db: sqlite_utils.Database, frame: pd.DataFrame, path: str | Path,
                            email_column: str | None = None) -> Path:
    """Write ``frame`` as a formula-safe CSV with e-mails replaced by per-shop pseudonyms and every other
    column of customer data removed (see ``pseudonymise_table``); returns the path. The same customer gets the
    same ``customer_ref`` in every file from this shop, so a helper's results can be matched back here."""
    path = Path(path)
    try:
        return write_safe_csv(pseudonymise(db, frame, email_column), path)
    except OSError as exc:
        raise ShopkeeperError(CANNOT_WRITE(path=str(path), reason=str(exc.strerror or exc))) from exc


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


def _read_table(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise ShopkeeperError(NO_SUCH_FILE(path=str(path)))
    try:
        if path.suffix.lower() == ".xlsx":
            return pd.read_excel(path, dtype=str, keep_default_na=False, engine="openpyxl").fillna("")
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError, OSError, ValueError) as exc:
        raise ShopkeeperError(NOT_A_TABLE(file=path.name)) from exc


_read_csv = _read_table


def pseudonymise_file(db: sqlite_utils.Database, source: str | Path, out: str | Path,
                      email_column: str | None = None) -> dict:
    """Write a copy of the CSV or XLSX ``source`` (an export, a list, an offer file) to ``out`` (.csv, or .xlsx)
    with e-mails replaced by this shop's pseudonyms and every other column of customer data removed; returns
    {"file", "rows", "columns", "email_column", "removed": {column: cells}, "changes": [...]}. Raises
    ShopkeeperError when the file holds nothing personal at all (it may already be pseudonymised)."""
    source, out = Path(source), Path(out)
    frame = _read_table(source)
    if email_column is not None and email_column not in frame.columns:
        raise ShopkeeperError(NO_SUCH_COLUMN(file=source.name, column=str(email_column)))
    table = pseudonymise_table(db, frame, email_column)
    if table.email_column is None and not table.changes:
        raise ShopkeeperError(NOTHING_PERSONAL(file=source.name))
    try:
        if out.suffix.lower() == ".xlsx":
            from core.offers.campaign import write_xlsx

            write_xlsx(table.frame, out)
        else:
            write_safe_csv(table.frame, out)
    except OSError as exc:
        raise ShopkeeperError(CANNOT_WRITE(path=str(out), reason=str(exc.strerror or exc))) from exc
    changes = [{**c, "column": str(c["column"])} for c in table.changes]
    return {"file": str(out), "rows": len(frame), "columns": [str(c) for c in table.frame.columns],
            "email_column": None if table.email_column is None else str(table.email_column),
            "removed": table.removed_counts(), "changes": changes}


def match_back_file(db: sqlite_utils.Database, source: str | Path, out: str | Path) -> dict:
    """Write the helper's CSV ``source`` (with a ``customer_ref`` column from a pseudonymised file of this shop)
    to ``out`` with ``customer_id`` and ``email`` put back in front (rows without a ref keep a ``customer_id``
    column the file already had); returns {"file", "rows", "matched"}."""
    source, out = Path(source), Path(out)
    frame = _read_table(source)
    if "customer_ref" not in frame.columns:
        raise ShopkeeperError(NO_CUSTOMER_REF(file=source.name))
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
        raise ShopkeeperError(CANNOT_WRITE(path=str(out), reason=str(exc.strerror or exc))) from exc
    return {"file": str(out), "rows": len(frame), "matched": int(ids.notna().sum())}
