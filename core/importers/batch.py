"""Several files chosen together: plan which of them import together, import them, add the results up.

``import_batch`` is the one place a multi-file import lives; the desktop wizard's import page and
``python -m core import`` both call it, and ``validate_batch`` (the wizard's "check before importing") plans
the same way.

Planning (``plan_batch``): the tables of a multi-file format (Olist-style: orders, items, customers,
products …) go together as one import, at the place of the first of them; every other file is an import of
its own. The planner asks the formats (``ImportFormat.multi_file`` and ``role_of``), never a format by name.

Options: one ``ImportOptions`` for every file, or a list with one per file (the wizard's settings describe the
first file it previewed, so it gives the other files options that only carry the currency). A set takes the
options of its first file. Every import gets its own copy, so nothing one file decides (date order, decimal
separator, the file's date) leaks into the next.

Each import is its own transaction, as with ``import_file``: a failure or cancel in a later import leaves the
earlier ones in the shop (the exception propagates and no rejected-rows CSV is written).

Result: one ``ImportResult`` adding the imports up, whose ``parts`` are the result of each import, in order.
Counts and skip reasons are summed; ``file_name`` lists the files; ``notice`` and ``identity_note`` join the
distinct sentences; ``consent`` and ``currency_note`` describe the whole shop, so they are the last import's;
``cells_cut`` is summed; ``set_aside`` adds the lines per product; ``order_level_only`` only when every import
was. With ``rejected_csv``, the rejected rows of every import are written to that one CSV
(``core.exports.write_safe_csv``), ``skip_reason`` last; when they come from several imports, a ``file`` column
first says which file (for a set, the set's names) each row came from.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd
import sqlite_utils

from core.errors import ImportFailed
from core.exports import write_safe_csv
from core.importers.addons import set_aside_products
from core.importers.base import ImportFormat, ImportOptions
from core.importers.pipeline import (
    IMPORT_FINISHED,
    ImportResult,
    Validation,
    import_file,
    import_files,
    validate_file,
)
from core.importers.reading import sniff_file
from core.importers.registry import get_format, multi_file_format
from core.messages import Message, MessageTemplate
from core.privacy import record_written_file
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress, sub_progress

SUMMED = ("rows_read", "orders_added", "orders_updated", "lines_added", "customers_added", "customers_updated",
          "rows_skipped", "rows_without_customer", "cells_cut", "products_added", "products_updated")


@dataclass
class PlannedImport:
    """One import of a batch: one file, or the tables of one multi-file set (``fmt`` is then that format)."""

    paths: list[Path]
    options: ImportOptions
    fmt: ImportFormat | None = None


def _options_per_file(files: Sequence, options: ImportOptions | Sequence[ImportOptions] | None
                      ) -> list[ImportOptions]:
    if options is None or isinstance(options, ImportOptions):
        return [options or ImportOptions()] * len(files)
    options = list(options)
    if len(options) != len(files):
        raise ValueError(f"{len(options)} ImportOptions for {len(files)} files")
    return options


def _fresh(options: ImportOptions) -> ImportOptions:
    """Return a copy of ``options`` that one import may change without touching the next one's."""
    return replace(options, mapping=dict(options.mapping), state={})


def plan_batch(files: Sequence[str | Path], options: ImportOptions | Sequence[ImportOptions] | None = None
               ) -> list[PlannedImport]:
    """Return the imports ``files`` make: the tables of each multi-file format together (at the place of the
    first of them), every other file on its own, in the order given.

    A file joins a set when a multi-file format recognises its header (``role_of``) and its options name no
    format or that format; a file whose options name a single-file format is imported as that. A set holds one
    file per role: another file of a role already taken (two months' orders files) goes to the first set still
    lacking that role, else starts a new set.
    """
    paths = [Path(f) for f in files]
    per_file = _options_per_file(paths, options)
    plan: list[PlannedImport] = []
    # per multi-file format, its sets so far with the roles each holds: a second file of a role (next month's
    # orders file) starts or joins another set instead of replacing the first
    sets: dict[str, list[tuple[PlannedImport, set[str]]]] = {}
    for path, opts in zip(paths, per_file):
        named = get_format(opts.format_key) if opts.format_key else None
        found = None
        if named is None or named.multi_file:
            found = multi_file_format(sniff_file(path, opts.encoding, opts.delimiter).columns)
        if found is None:
            plan.append(PlannedImport([path], _fresh(opts)))
            continue
        fmt, role = found
        open_set = next((entry for entry in sets.get(fmt.key, []) if role not in entry[1]), None)
        if open_set is None:
            open_set = (PlannedImport([], _fresh(opts), fmt), set())
            sets.setdefault(fmt.key, []).append(open_set)
            plan.append(open_set[0])
        open_set[0].paths.append(path)
        open_set[1].add(role)
    return plan


def _size(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        try:
            total += path.stat().st_size
        except OSError:
            pass
    return max(1, total)


def _steps(plan: list[PlannedImport], progress: ProgressCallback) -> list[ProgressCallback]:
    """Return one progress callback per import, each covering its share of the bytes to read."""
    sizes = [_size(p.paths) for p in plan]
    total = sum(sizes)
    out, done = [], 0
    for size in sizes:
        out.append(sub_progress(progress, done / total, (done + size) / total))
        done += size
    return out


def _set_aside(db: sqlite_utils.Database, import_id: int) -> list[dict]:
    aside = set_aside_products(db, import_id)
    aside = aside[aside["set_aside"]]
    codes = aside["sku"].astype(object).where(aside["sku"].notna(), None)
    return [{"product": name, "code": sku, "lines": int(lines)}
            for name, sku, lines in zip(aside["name"], codes, aside["lines"])]


NO_FILES = MessageTemplate("import.error.no_files", "Choose at least one file to import.")
FILES_CHECKED = MessageTemplate("import.progress.files_checked", "Files checked")
SENTENCES = MessageTemplate("import.sentences", "{first} {then}")


def joined_sentences(sentences: Iterable[Message | str]) -> Message | str:
    """Return the distinct non-empty ``sentences`` one after the other (a Message), or "" when there are none."""
    distinct = list(dict.fromkeys(s for s in sentences if s))
    if not distinct:
        return ""
    out = distinct[0]
    for sentence in distinct[1:]:
        out = SENTENCES(first=out, then=sentence)
    return out


def add_up(parts: list[ImportResult]) -> ImportResult:
    """Return one ImportResult adding up the results of a batch's imports (see the module text); its ``parts``
    are ``parts``."""
    if not parts:
        raise ImportFailed(NO_FILES())
    last = parts[-1]
    total = replace(parts[0], parts=list(parts), file_name=", ".join(p.file_name for p in parts),
                    consent=dict(last.consent), currency_note=last.currency_note,
                    order_level_only=all(p.order_level_only for p in parts),
                    notice=joined_sentences(p.notice for p in parts),
                    identity_note=joined_sentences(p.identity_note for p in parts),
                    products_note=joined_sentences(p.products_note for p in parts),
                    email_note=joined_sentences(p.email_note for p in parts) if all(p.email_note for p in parts)
                    else "",
                    rejected_file=next((p.rejected_file for p in parts if p.rejected_file), None))
    for name in SUMMED:
        setattr(total, name, sum(getattr(p, name) for p in parts))
    reasons: Counter = Counter()
    for part in parts:
        reasons.update(part.skip_reasons)
    total.skip_reasons = {k: int(v) for k, v in reasons.items()}
    lines: Counter = Counter()
    for part in parts:
        for item in part.set_aside:
            lines[(item["product"], item["code"])] += item["lines"]
    total.set_aside = [{"product": name, "code": code, "lines": n}
                       for (name, code), n in sorted(lines.items(), key=lambda kv: -kv[1])]
    return total


def _write_rejected(frames: list[tuple[str, list[pd.DataFrame]]], path: str | Path) -> bool:
    """Write the rejected rows of every import to one CSV; returns whether there were any."""
    kept = [(number, name, f) for number, (name, rows) in enumerate(frames) for f in rows if len(f)]
    if not kept:
        return False
    several = len({number for number, _name, _f in kept}) > 1
    table = pd.concat([f.assign(file=name) if several else f for _n, name, f in kept], ignore_index=True)
    first = ["file"] if several else []
    table = table[first + [c for c in table.columns if c not in first + ["skip_reason"]] + ["skip_reason"]]
    write_safe_csv(table, path)
    return True


def import_batch(db: sqlite_utils.Database, files: Sequence[str | Path],
                 options: ImportOptions | Sequence[ImportOptions] | None = None,
                 progress: ProgressCallback = no_progress, cancelled: CancelCheck = never_cancelled,
                 rejected_csv: str | Path | None = None) -> ImportResult:
    """Import ``files`` as planned by ``plan_batch``; returns the ImportResult adding them up, with ``parts``.

    ``options``: one ImportOptions for every file or a list with one per file. Progress is spread over the
    imports by their size in bytes; ``cancelled`` is checked between imports and within each. With
    ``rejected_csv`` the skipped rows of every file are gathered in that one CSV (see the module text).
    """
    plan = plan_batch(files, options)
    if not plan:
        raise ImportFailed(NO_FILES())
    keep = rejected_csv is not None
    parts: list[ImportResult] = []
    rejected: list[tuple[str, list[pd.DataFrame]]] = []  # per import: its name and its rejected rows
    for planned, step in zip(plan, _steps(plan, progress)):
        check_cancelled(cancelled)
        rows: list[pd.DataFrame] | None = [] if keep else None
        if planned.fmt is not None:
            result = import_files(db, planned.paths, planned.options, step, cancelled, rejected_rows=rows)
        else:
            result = import_file(db, planned.paths[0], planned.options, step, cancelled, rejected_rows=rows)
        result.set_aside = _set_aside(db, result.import_id)
        parts.append(result)
        rejected.append((result.file_name, rows or []))
    if keep and _write_rejected(rejected, rejected_csv):
        record_written_file(db, rejected_csv, "rejected rows")  # erase-customer lists it: it may hold a person
        for part, (_name, rows) in zip(parts, rejected):
            if any(len(f) for f in rows):
                part.rejected_file = str(rejected_csv)
    progress(1.0, IMPORT_FINISHED())
    return add_up(parts)


def validate_batch(files: Sequence[str | Path], options: ImportOptions | Sequence[ImportOptions] | None = None,
                   db: sqlite_utils.Database | None = None, progress: ProgressCallback = no_progress,
                   cancelled: CancelCheck = never_cancelled) -> Validation:
    """Return the Validation of what ``import_batch(files, options)`` would do, planned the same way (writes
    nothing). Counts are added up over the imports (an order or customer in two of them counts twice)."""
    plan = plan_batch(files, options)
    if len(plan) == 1:
        return validate_file(plan[0].paths, plan[0].options, db, progress, cancelled)
    parts = []
    for planned, step in zip(plan, _steps(plan, progress)):
        check_cancelled(cancelled)
        parts.append(validate_file(planned.paths, planned.options, db, step, cancelled))
    total = Validation()
    for part in parts:
        for name in ("rows", "usable_rows", "orders", "customers", "cancelled_orders", "without_customer"):
            setattr(total, name, getattr(total, name) + getattr(part, name))
        for name in ("currencies", "skip_reasons"):
            merged = Counter(getattr(total, name))
            merged.update(getattr(part, name))
            setattr(total, name, dict(merged))
    starts = [p.first_date for p in parts if p.first_date]
    ends = [p.last_date for p in parts if p.last_date]
    total.first_date, total.last_date = (min(starts) if starts else None), (max(ends) if ends else None)
    progress(1.0, FILES_CHECKED())
    return total
