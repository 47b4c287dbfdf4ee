"""The one entry point for importing a file: sniff, detect, parse in chunks, write atomically, log.

``import_file`` is what both ``python -m core import`` and the desktop wizard call.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import sqlite_utils

from core.errors import ImportFailed
from core.importers.base import ImportFormat, ImportOptions
from core.importers.reading import FileSniff, read_chunks, sniff_file
from core.importers.registry import detect_format, get_format
from core.importers.writer import ShopWriter
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress
from core.store import write_transaction


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
    rows_skipped: int = 0
    rows_without_customer: int = 0
    skip_reasons: dict[str, int] = field(default_factory=dict)
    rejected_file: str | None = None
    order_level_only: bool = False

    def to_dict(self) -> dict:
        """Return the result as a JSON-ready dict."""
        return asdict(self)


def file_hash(path: Path) -> str:
    """Return the SHA-256 hex digest of the file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def choose_format(sniff: FileSniff, options: ImportOptions) -> ImportFormat:
    """Return the format named in ``options`` or detected from the header; raises ImportFailed if none fits."""
    if options.format_key:
        return get_format(options.format_key)
    fmt, _score = detect_format(sniff.columns)
    if fmt is None:
        shown = ", ".join(sniff.columns[:8])
        raise ImportFailed(f"Shopkeeper does not recognise the columns of {sniff.path.name} ({shown}); "
                           "choose the format or map the columns by hand.")
    return fmt


def import_file(db: sqlite_utils.Database, path: str | Path, options: ImportOptions | None = None,
                progress: ProgressCallback = no_progress, cancelled: CancelCheck = never_cancelled,
                rejected_csv: str | Path | None = None) -> ImportResult:
    """Import one export file into ``db`` as a single transaction; returns an ImportResult.

    On any error or cancel the database is left exactly as it was (the exception propagates).
    Rows that cannot be used are counted by reason; with ``rejected_csv`` they are saved there too.
    """
    options = options or ImportOptions()
    path = Path(path)
    sniff = sniff_file(path, options.encoding, options.delimiter)
    fmt = choose_format(sniff, options)
    progress(0.0, f"Reading {path.name}")
    digest = file_hash(path)
    reasons: Counter[str] = Counter()
    rejected: list[pd.DataFrame] = []
    with write_transaction(db) as conn:
        cursor = conn.execute(
            "INSERT INTO imports(file_name, file_hash, format, imported_at) VALUES (?, ?, ?, ?)",
            (path.name, digest, fmt.key, datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")))
        result = ImportResult(import_id=cursor.lastrowid, file_name=path.name, format_key=fmt.key,
                              order_level_only=fmt.order_level_only)
        writer = ShopWriter(conn, fmt.platform, result.import_id)
        first = True
        for chunk, fraction in read_chunks(sniff, options.chunk_rows):
            check_cancelled(cancelled)
            if first:
                fmt.prepare(chunk, options)
                first = False
            canonical = fmt.to_canonical(chunk, options)
            skip = canonical["skip_reason"].notna()
            if skip.any():
                reasons.update(canonical.loc[skip, "skip_reason"].value_counts().to_dict())
                if rejected_csv:
                    rejected.append(chunk[skip].assign(skip_reason=canonical.loc[skip, "skip_reason"]))
            writer.write(canonical[~skip])
            result.rows_read += len(chunk)
            progress(0.95 * fraction, f"{result.rows_read:,} rows read")
        if first:
            raise ImportFailed(f"{path.name} has a header but no rows.")
        check_cancelled(cancelled)
        counts = writer.counts
        result.orders_added, result.orders_updated = counts.orders_added, counts.orders_updated
        result.lines_added, result.customers_added = counts.lines_added, counts.customers_added
        result.rows_without_customer = counts.rows_without_customer
        result.skip_reasons = dict(reasons)
        result.rows_skipped = sum(reasons.values())
        conn.execute(
            "UPDATE imports SET rows_read = ?, orders_added = ?, orders_updated = ?, lines_added = ?, "
            "customers_added = ?, rows_skipped = ?, skip_reasons = ? WHERE id = ?",
            (result.rows_read, result.orders_added, result.orders_updated, result.lines_added,
             result.customers_added, result.rows_skipped, json.dumps(result.skip_reasons), result.import_id))
    if rejected_csv and rejected:
        pd.concat(rejected).to_csv(rejected_csv, index=False, quoting=csv.QUOTE_MINIMAL)
        result.rejected_file = str(rejected_csv)
    progress(1.0, "Import finished")
    return result
