"""Marketing consent: one current statement per customer and channel, with its source and date.

Every import states consent somewhere: a customer list (Shopify ``Accepts Email Marketing``, a newsletter
column) says what is true on the day the list was exported; an order row says what was true on the order's
date. The latest statement wins whatever the import order; on the same date a customer list beats an order row.
A customer with no statement has *unknown* consent, which is not consent.
"""

from __future__ import annotations

from typing import Iterable

import sqlite_utils

CHANNELS = ("email", "sms")
SOURCE_RANKS = {"order": 0, "customer_list": 1, "owner": 2}
"""On the same date a customer list outranks an order row, and the owner's own edit outranks both."""

_UPSERT = """
INSERT INTO consent(customer_id, channel, granted, source, source_rank, stated_at, import_id)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT(customer_id, channel) DO UPDATE SET
    granted = excluded.granted, source = excluded.source, source_rank = excluded.source_rank,
    stated_at = excluded.stated_at, import_id = excluded.import_id
WHERE (excluded.stated_at, excluded.source_rank) >= (consent.stated_at, consent.source_rank)
"""


def record_consent(conn, statements: Iterable[tuple[int, str, int, str, str, int | None]]) -> None:
    """Apply statements ``(customer_id, channel, granted 1/0, source, stated_at UTC ISO, import_id)``; returns None.

    A statement replaces the stored one only when it is at least as recent (ties: the higher source rank).
    """
    rows = [(cid, channel, int(granted), source, SOURCE_RANKS[source], stated_at, import_id)
            for cid, channel, granted, source, stated_at, import_id in statements]
    if rows:
        conn.executemany(_UPSERT, rows)


def sync_accepts_marketing(conn) -> None:
    """Copy each customer's current e-mail consent into ``customers.accepts_marketing`` (NULL = unknown)."""
    conn.execute(
        "UPDATE customers SET accepts_marketing = "
        "(SELECT granted FROM consent WHERE consent.customer_id = customers.id AND channel = 'email') "
        "WHERE accepts_marketing IS NOT "
        "(SELECT granted FROM consent WHERE consent.customer_id = customers.id AND channel = 'email')")


def consent_counts(db: sqlite_utils.Database, channel: str = "email") -> dict[str, int]:
    """Return ``{"yes": n, "no": n, "unknown": n}``: customers by their current consent on ``channel``."""
    yes, no, total = db.execute(
        "SELECT COALESCE(SUM(k.granted = 1), 0), COALESCE(SUM(k.granted = 0), 0), COUNT(*) "
        "FROM customers c LEFT JOIN consent k ON k.customer_id = c.id AND k.channel = ?", (channel,)).fetchone()
    return {"yes": int(yes), "no": int(no), "unknown": int(total - yes - no)}


def consent_of(db: sqlite_utils.Database, customer_id: int) -> dict[str, dict]:
    """Return ``{channel: {"granted": bool, "source": str, "stated_at": str}}`` for one customer's statements."""
    rows = db.execute("SELECT channel, granted, source, stated_at FROM consent WHERE customer_id = ?",
                      (customer_id,)).fetchall()
    return {channel: {"granted": bool(granted), "source": source, "stated_at": stated_at}
            for channel, granted, source, stated_at in rows}
