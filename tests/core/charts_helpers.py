"""Test helpers for the chart tests: a CDNOW shop built through the real importer, small hand-made shops."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from core.importers.base import ImportOptions
from core.importers.pipeline import import_file
from core.store import open_shop


def cdnow_as_online_retail_csv(master: Path, out: Path) -> Path:
    """Write CDNOW_master.txt (customer, YYYYMMDD, CDs, dollars) as an Online-Retail-shaped CSV; returns ``out``.

    Each purchase becomes one invoice with one 'CDs' line; the price is dollars per CD so the line total matches.
    """
    frame = pd.read_csv(master, sep=r"\s+", header=None, names=["customer", "date", "cds", "dollars"])
    if not str(frame.iloc[0]["customer"]).isdigit():  # a header line
        frame = frame.iloc[1:]
    frame = frame.astype({"customer": int, "date": int, "cds": int, "dollars": float})
    frame = frame[(frame["cds"] > 0) & (frame["dollars"] > 0)].reset_index(drop=True)
    csv = pd.DataFrame({
        "Invoice": [f"{i + 1}" for i in range(len(frame))],
        "StockCode": "CD",
        "Description": "MUSIC CDS",
        "Quantity": frame["cds"],
        "InvoiceDate": pd.to_datetime(frame["date"].astype(str), format="%Y%m%d").dt.strftime("%Y-%m-%d 12:00:00"),
        "Price": (frame["dollars"] / frame["cds"]).round(4),
        "Customer ID": frame["customer"].astype(float),
        "Country": "United States",
    })
    csv.to_csv(out, index=False)
    return out


def build_cdnow_shop(master: Path, folder: Path) -> Path:
    """Import CDNOW into a new shop in ``folder`` (currency USD); returns the shop path."""
    csv = cdnow_as_online_retail_csv(master, folder / "cdnow_as_online_retail.csv")
    path = folder / "cdnow.shop.db"
    db = open_shop(path)
    import_file(db, csv, ImportOptions(currency="USD"))
    db.conn.close()
    return path
