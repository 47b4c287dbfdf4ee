"""What changed: segments rebuilt for any past day from the order history, and who moved between two days.

``segments_at(db, day)`` scores the shop as it stood at the end of ``day`` (UTC): only orders and returns placed
before midnight after it count, recency is measured to that midnight, and the quintile scores compare only the
customers who had ordered by then. It equals the segments of a shop imported only up to that day (a test imports
exactly that). ``movements(db, start, end)`` lines up both days per customer: ``members`` (who went from which
segment to which), ``table`` (from → to counts) and ``sentences`` ("since 1 November, 14 Champions became At Risk").
A customer with no orders on the start day comes from ``NEW`` ("No orders yet").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import sqlite_utils

from core.analysis.rfm import rfm_from_orders
from core.analysis.segments import SEGMENT_TEXTS, Cutoffs, assign_segments, score_rfm, segment_info
from core.data import load_customers, load_orders
from core.errors import ShopkeeperError
from core.exports import write_safe_csv
from core.messages import Message, MessageTemplate, count, day as day_arg
from core.privacy import record_written_file

NEW = "new"
"""The ``from_segment`` of a customer who had not ordered yet on the start day."""
NEW_TEXT = MessageTemplate("movements.no_orders_yet", "No orders yet")
BECAME = MessageTemplate("movements.became", "Since {day}, {customers} {from_segment} became {to_segment}.")
JOINED = MessageTemplate("movements.joined", "Since {day}, {customers} new customers became {to_segment}.")
END_BEFORE_START = MessageTemplate("movements.error.order",
                                   "The end date {end} is before the start date {start}; swap them.")
NO_SUCH_MOVEMENT = MessageTemplate("movements.error.no_movement",
                                   "No customer went from {from_segment} to {to_segment} between these dates.")

MEMBER_COLUMNS = ["customer_id", "name", "email", "accepts_marketing", "from_segment", "to_segment", "from_label",
                  "to_label", "orders_before", "orders_after", "spend_after", "last_order"]
TABLE_COLUMNS = ["from_segment", "to_segment", "from_label", "to_label", "customers", "moved"]


class BadDates(ShopkeeperError):
    """The two dates of a comparison cannot be used."""

    code = "bad_dates"


def day_end(day: date | datetime | str | pd.Timestamp) -> pd.Timestamp:
    """Return midnight (UTC) after ``day``: the moment the shop is looked at for that day."""
    stamp = pd.Timestamp(day)
    stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
    return stamp.normalize() + pd.Timedelta(days=1)


def last_month(db: sqlite_utils.Database) -> tuple[date, date]:
    """Return (start, end): the day of the shop's last order and the same day a month before (today twice for a
    shop without orders), the default period of "what changed"."""
    row = db.execute("SELECT MAX(ordered_at) FROM orders WHERE is_cancelled = 0").fetchone()
    end = pd.Timestamp(row[0]).date() if row and row[0] else pd.Timestamp.now(tz="UTC").date()
    return (pd.Timestamp(end) - pd.DateOffset(months=1)).date(), end


def segments_at(db: sqlite_utils.Database, day, scheme: str = "rf10", cutoffs: Cutoffs | None = None,
                customers: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the segment table (``core.analysis.segments.segment_table`` columns) as it stood at the end of
    ``day``: one row per customer who had ordered by then, scored against each other only."""
    as_of = day_end(day)
    orders = load_orders(db, until=as_of)
    customers = load_customers(db) if customers is None else customers
    return assign_segments(score_rfm(rfm_from_orders(orders, customers, as_of=as_of), cutoffs), scheme)


def segment_text(key: str, scheme: str = "rf10") -> Message:
    """Return the (argument-less) Message naming segment ``key`` of ``scheme``, or "No orders yet" for ``NEW``."""
    if key == NEW:
        return NEW_TEXT()
    template = SEGMENT_TEXTS.get(f"segments.{scheme}.{key}.name") or SEGMENT_TEXTS["segments.unknown"]
    return template()


@dataclass
class Movements:
    """Who moved between ``start`` and ``end``: ``members`` (one row per customer with orders by the end),
    ``table`` (from → to counts, staying put included, ``moved`` False for them) and the ``scheme``."""

    start: date
    end: date
    scheme: str
    members: pd.DataFrame
    table: pd.DataFrame
    segment_order: list[str] = field(default_factory=list)

    def sentences(self, limit: int = 5) -> list[Message]:
        """Return up to ``limit`` sentences on the largest moves (staying put left out), largest first."""
        moved = self.table[self.table["moved"]].head(limit)
        out = []
        for row in moved.itertuples():
            to_segment = segment_text(row.to_segment, self.scheme)
            if row.from_segment == NEW:
                out.append(JOINED(day=day_arg(self.start, _english_day(self.start)), customers=count(row.customers),
                                  to_segment=to_segment))
            else:
                out.append(BECAME(day=day_arg(self.start, _english_day(self.start)), customers=count(row.customers),
                                  from_segment=segment_text(row.from_segment, self.scheme), to_segment=to_segment))
        return out

    def matrix(self) -> pd.DataFrame:
        """Return the counts as a from × to grid (segment keys, ``NEW`` first among the rows, display order)."""
        rows = [NEW] + self.segment_order
        grid = self.table.pivot_table(index="from_segment", columns="to_segment", values="customers",
                                      aggfunc="sum", fill_value=0)
        return grid.reindex(index=rows, columns=self.segment_order, fill_value=0).astype("int64")

    def members_of(self, from_segment: str, to_segment: str) -> pd.DataFrame:
        """Return the customers who went from ``from_segment`` to ``to_segment`` (keys), highest spend first."""
        sel = self.members[(self.members["from_segment"] == from_segment)
                           & (self.members["to_segment"] == to_segment)]
        return sel.sort_values(["spend_after", "customer_id"], ascending=[False, True]).reset_index(drop=True)


def _english_day(value: date) -> str:
    """Return ``value`` as "1 November 2024" (the English of a sentence's day)."""
    return f"{value.day} {value:%B %Y}"


def _as_day(value) -> date:
    return pd.Timestamp(value).date()


def movements(db: sqlite_utils.Database, start, end, scheme: str = "rf10",
              cutoffs: Cutoffs | None = None) -> Movements:
    """Return the Movements between the end of day ``start`` and the end of day ``end`` (see the module)."""
    start, end = _as_day(start), _as_day(end)
    if end < start:
        raise BadDates(END_BEFORE_START(start=day_arg(start), end=day_arg(end)))
    customers = load_customers(db)
    before = segments_at(db, start, scheme, cutoffs, customers)
    after = segments_at(db, end, scheme, cutoffs, customers)
    labels = dict(zip(segment_info(scheme)["key"], segment_info(scheme)["name"])) | {NEW: str(NEW_TEXT())}
    members = after[["customer_id", "name", "email", "segment", "frequency", "monetary", "last_order"]].rename(
        columns={"segment": "to_segment", "frequency": "orders_after", "monetary": "spend_after"})
    was = before.set_index("customer_id")
    from_segment = members["customer_id"].map(was["segment"]).astype(object)
    members["from_segment"] = from_segment.where(from_segment.notna(), NEW)
    orders_before = pd.to_numeric(members["customer_id"].map(was["frequency"]).astype(object), errors="coerce")
    members["orders_before"] = orders_before.fillna(0).astype("int64")
    # 1 yes, 0 no, empty unknown (core.consent: unknown consent is not consent), so an export says who may be mailed
    members["accepts_marketing"] = members["customer_id"].map(
        customers.set_index("customer_id")["accepts_marketing"]).astype("Int64")
    members["from_label"] = members["from_segment"].map(labels)
    members["to_label"] = members["to_segment"].map(labels)
    members = members[MEMBER_COLUMNS].reset_index(drop=True)
    order = list(segment_info(scheme)["key"])
    rank = {key: i for i, key in enumerate([NEW] + order)}
    table = members.groupby(["from_segment", "to_segment"]).size().rename("customers").reset_index()
    table["from_label"] = table["from_segment"].map(labels)
    table["to_label"] = table["to_segment"].map(labels)
    table["moved"] = table["from_segment"] != table["to_segment"]
    table["_from"], table["_to"] = table["from_segment"].map(rank), table["to_segment"].map(rank)
    table = table.sort_values(["moved", "customers", "_from", "_to"], ascending=[False, False, True, True])
    return Movements(start, end, scheme, members, table[TABLE_COLUMNS].reset_index(drop=True), order)


def export_movement(db: sqlite_utils.Database, moves: Movements, from_segment: str, to_segment: str,
                    out: str | Path) -> Path:
    """Write the customers of one movement to a formula-safe CSV at ``out`` and remember the file (it holds
    personal data); returns the path. Raises ShopkeeperError when nobody made that move."""
    members = moves.members_of(from_segment, to_segment)
    if members.empty:
        raise ShopkeeperError(NO_SUCH_MOVEMENT(from_segment=segment_text(from_segment, moves.scheme),
                                               to_segment=segment_text(to_segment, moves.scheme)))
    frame = members.drop(columns=["from_segment", "to_segment"]).copy()
    frame["last_order"] = frame["last_order"].dt.strftime("%Y-%m-%d")
    path = write_safe_csv(frame, out)
    record_written_file(db, path, "segment movement")  # erase-customer lists it
    return path
