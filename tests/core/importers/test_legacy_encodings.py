"""Real-shaped legacy files: a Polish PrestaShop order list in cp1250, a Latvian Advanced Order Export in cp1257 and
a Russian PrestaShop order-details file in cp1251, each with ';', decimal commas and dd.mm.yyyy dates, import with
the same figures as their UTF-8 twins (',', decimal points, ISO dates). Both are written by the test from the same
rows (export_fixtures.py); the figures compared are read back from the shop."""

import pandas as pd
import pytest

from core.data import load_orders
from core.importers.batch import import_batch
from core.store import open_memory_shop
from tests.core.importers.export_fixtures import prestashop_details, prestashop_list, woo_aoe, write

LATVIAN = {"Ann": "Jānis", "Lee": "Bērziņš", "Bob": "Līga", "Stone": "Ozoliņa", "Cid": "Mārtiņš", "Moe": "Kļaviņš",
           "Beanie": "Adīta cepure", "Hoodie": "Džemperis ar kapuci", "Cap": "Nāģene", "Belt": "Ādas josta",
           "Oslo": "Rīga"}


def latvian_aoe() -> pd.DataFrame:
    frame = woo_aoe()
    for col in ("First Name (Billing)", "Last Name (Billing)", "Item Name", "City (Billing)"):
        frame[col] = frame[col].replace(LATVIAN)
    return frame


CASES = {
    "cp1250 PrestaShop list": (prestashop_list, "cp1250", ("Total",), ("Date",), "%d.%m.%Y %H:%M:%S"),
    "cp1257 Advanced Order Export": (
        latvian_aoe, "cp1257", ("Item Cost", "Order Subtotal Amount", "Order Shipping Amount", "Order Refund Amount",
                                "Order Total Amount", "Cart Discount Amount", "Order Total Tax Amount"),
        ("Order Date",), "%d.%m.%Y %H:%M"),
    "cp1251 PrestaShop details": (
        prestashop_details, "cp1251", ("unit_price_tax_excl", "total_price_tax_excl", "total_discounts_tax_excl",
                                       "total_shipping_tax_excl", "total_paid_tax_incl"),
        ("date_add",), "%d.%m.%Y %H:%M:%S"),
}


def figures(db) -> dict:
    """What the shop holds: counts, net revenue per order, currencies and the dates of the orders."""
    orders = load_orders(db)
    return {
        "counts": db.execute("SELECT (SELECT COUNT(*) FROM orders), (SELECT COUNT(*) FROM order_lines), "
                             "(SELECT COUNT(*) FROM customers)").fetchone(),
        "revenue": orders.set_index("order_ref")["revenue"].round(2).sort_index().to_dict(),
        "currencies": sorted(r[0] for r in db.execute("SELECT DISTINCT currency FROM orders")),
        "dates": sorted(r[0] for r in db.execute("SELECT ordered_at FROM orders")),
        "names": sorted(r[0] for r in db.execute("SELECT name FROM products")),
        "people": sorted(str(r[0]) for r in db.execute("SELECT first_name FROM customers")),
    }


@pytest.mark.parametrize("case", list(CASES))
def test_legacy_file_gives_the_figures_of_its_utf8_twin(tmp_path, case):
    build, encoding, money, dates, date_format = CASES[case]
    frame = build()
    twin = write(frame, tmp_path / "utf8.csv")
    legacy = write(frame, tmp_path / "legacy.csv", sep=";", encoding=encoding, decimal_comma=True, money=money,
                   dates=dates, date_format=date_format)
    raw = legacy.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # really a one-byte file
    assert b";" in raw.splitlines()[0] and b"," in raw.splitlines()[1]
    shops = []
    for path in (twin, legacy):
        db = open_memory_shop()
        result = import_batch(db, [path])
        assert result.rows_skipped == 0, result.skip_reasons
        shops.append(figures(db))
    assert shops[0] == shops[1]
    # and the figures are the file's: net revenue per counted order as pandas reads the UTF-8 twin
    assert sum(shops[0]["revenue"].values()) > 0
    assert len(shops[0]["revenue"]) == len(load_expected_orders(frame))


def load_expected_orders(frame: pd.DataFrame) -> set:
    """The counted orders of a fixture: its order column's values without cancelled ones."""
    for order_col, status_col in (("ID", "Status"), ("Order Number", "Order Status"), ("id_order", None)):
        if order_col in frame:
            keep = frame if status_col is None else frame[~frame[status_col].isin(["Anulowane", "Cancelled"])]
            return set(keep[order_col])
    raise AssertionError("unknown fixture")
