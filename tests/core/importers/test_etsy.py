"""Etsy's sold-orders and sold-order-items files: alone, together, comma or tab (fixtures: export_fixtures.py)."""

import pandas as pd
import pytest

from core.data import load_lines, load_orders
from core.importers.batch import import_batch, plan_batch
from core.importers.pipeline import inspect_file
from tests.core.importers.export_fixtures import ETSY_ORDER_ONLY, ETSY_ORDERS, etsy_items, etsy_orders, write


def _num(series):
    return pd.to_numeric(series.replace("", "0"))


def expected_by_order(orders: pd.DataFrame | None, items: pd.DataFrame | None) -> pd.Series:
    """Net product revenue per counted order, computed from the files with pandas alone."""
    if items is not None:
        gross = (_num(items["Price"]) * _num(items["Quantity"])).groupby(items["Order ID"]).sum()
        item_discount = _num(items["Discount Amount"]).groupby(items["Order ID"]).first()
    if orders is None:
        return gross - item_discount
    o = orders.set_index("Order ID")
    adjusted = pd.to_numeric(o["Adjusted Order Total"].replace("", None))
    refund = (_num(o["Order Total"]) - adjusted).fillna(0)
    value = _num(o["Order Value"]) if items is None else gross.reindex(o.index).fillna(_num(o["Order Value"]))
    net = value - _num(o["Discount Amount"]) - refund
    return net[~(adjusted <= 0)]  # a zero adjusted total is a full refund: not counted


def _revenue(db) -> pd.Series:
    orders = load_orders(db)
    return orders.set_index("order_ref")["revenue"].sort_index()


@pytest.mark.parametrize("sep", [",", "\t"])
def test_both_files_join_into_lines_with_order_money(fresh_db, tmp_path, sep):
    orders, items = etsy_orders(), etsy_items()
    paths = [write(orders, tmp_path / "EtsySoldOrders2024.csv", sep=sep),
             write(items, tmp_path / "EtsySoldOrderItems2024.csv", sep=sep)]
    assert len(plan_batch(paths)) == 1
    result = import_batch(fresh_db, paths)
    assert result.format_key == "etsy"
    want = expected_by_order(orders, items).sort_index()
    got = _revenue(fresh_db)
    assert list(got.index) == list(want.index)
    assert got.to_numpy() == pytest.approx(want.to_numpy())
    assert result.orders_added == len(orders)
    # five orders' items are lines; the lonely order has no products (lines_known = 0) and says which file to add
    assert fresh_db.execute("SELECT COUNT(*) FROM orders WHERE lines_known = 0").fetchone()[0] == 1
    assert result.products_note and "EtsySoldOrderItems" in str(result.products_note)
    lines = load_lines(fresh_db)
    assert set(lines["product_name"]) == {"Felt bunny", "Wool hat", "Scarf"}
    # no e-mail in either file: offers will need a customers export
    assert result.email_note
    # the order's shipping is kept apart, never in revenue
    assert fresh_db.execute("SELECT shipping_minor FROM orders WHERE external_id = '2890002'").fetchone()[0] == 500


def test_orders_file_alone_imports_orders_without_lines(fresh_db, tmp_path):
    orders = etsy_orders()
    path = write(orders, tmp_path / "EtsySoldOrders2024.csv")
    result = import_batch(fresh_db, [path])
    want = expected_by_order(orders, None).sort_index()
    got = _revenue(fresh_db)
    assert list(got.index) == list(want.index)
    assert got.to_numpy() == pytest.approx(want.to_numpy())
    assert fresh_db.execute("SELECT COUNT(*) FROM orders WHERE lines_known = 1").fetchone()[0] == 0
    assert load_lines(fresh_db).empty  # no baskets from order totals
    customers = fresh_db.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
    assert customers == orders["Buyer"].nunique()
    assert result.products_note


def test_items_file_alone_reads_the_repeated_order_discount_once(fresh_db, tmp_path):
    items = etsy_items()
    path = write(items, tmp_path / "EtsySoldOrderItems2024.csv", sep="\t")
    result = import_batch(fresh_db, [path])
    assert result.lines_added == len(items)
    want = expected_by_order(None, items).sort_index()
    got = _revenue(fresh_db)
    assert got.to_numpy() == pytest.approx(want.to_numpy())
    assert not result.products_note


def test_wizard_inspection_names_the_set(tmp_path):
    path = write(etsy_orders(), tmp_path / "EtsySoldOrders2024.csv")
    info = inspect_file(path)
    assert (info.set_format, info.set_role) == ("etsy", "orders")


def test_fixture_is_what_the_expectation_reads():
    # the lonely order is in the orders table only
    assert ETSY_ORDER_ONLY[0] in set(etsy_orders()["Order ID"])
    assert ETSY_ORDER_ONLY[0] not in set(etsy_items()["Order ID"])
    assert len(ETSY_ORDERS) == 5


def test_orders_only_shop_has_customer_value_and_segments(fresh_db, tmp_path):
    from core.analysis.rfm import rfm_table
    from core.analysis.segments import segment_table
    orders = etsy_orders()
    import_batch(fresh_db, [write(orders, tmp_path / "EtsySoldOrders2024.csv")])
    per_order = expected_by_order(orders, None)
    buyer = orders.set_index("Order ID")["Buyer"]
    want = per_order.groupby(buyer.reindex(per_order.index)).sum().sort_index()
    rfm = rfm_table(fresh_db)
    keys = dict(fresh_db.execute("SELECT id, key FROM customers"))
    got = rfm.assign(buyer=rfm["customer_id"].map(keys).str.replace("etsy:", "", regex=False)).set_index(
        "buyer")["monetary"].sort_index()
    assert list(got.index) == list(want.index)
    assert got.to_numpy() == pytest.approx(want.to_numpy())
    segmented = segment_table(fresh_db)
    assert len(segmented) == len(want) and segmented["segment"].notna().all()


def test_two_months_make_two_sets_and_lose_nothing(fresh_db, tmp_path):
    january = [o for o in ETSY_ORDERS if o[1].startswith("01/")]
    later = [o for o in ETSY_ORDERS if not o[1].startswith("01/")]
    paths = [write(etsy_orders(january), tmp_path / "EtsySoldOrders2024-1.csv"),
             write(etsy_orders(later), tmp_path / "EtsySoldOrders2024-2.csv"),
             write(etsy_items(january), tmp_path / "EtsySoldOrderItems2024-1.csv"),
             write(etsy_items(later), tmp_path / "EtsySoldOrderItems2024-2.csv")]
    plan = plan_batch(paths)
    assert [sorted(p.name for p in planned.paths) for planned in plan] == [
        sorted(["EtsySoldOrders2024-1.csv", "EtsySoldOrderItems2024-1.csv"]),
        sorted(["EtsySoldOrders2024-2.csv", "EtsySoldOrderItems2024-2.csv"])]
    from core.importers.pipeline import validate_file
    checked = validate_file(paths)  # the wizard's check plans the same way
    assert (checked.orders, checked.rows) == (len(ETSY_ORDERS), len(etsy_items()))
    result = import_batch(fresh_db, paths)
    assert result.orders_added == len(ETSY_ORDERS)
    assert result.lines_added == len(etsy_items())
    want = expected_by_order(etsy_orders(ETSY_ORDERS), etsy_items()).sort_index()
    assert _revenue(fresh_db).to_numpy() == pytest.approx(want.to_numpy())


def test_decimal_commas_and_a_guest_buyer(fresh_db, tmp_path):
    orders, items = etsy_orders(), etsy_items()
    orders.loc[0, "Buyer"] = ""  # a guest checkout: no Etsy user name
    items.loc[items["Order ID"] == orders.loc[0, "Order ID"], "Buyer"] = ""
    money_o = ("Order Value", "Discount Amount", "Shipping", "Sales Tax", "Order Total", "Adjusted Order Total")
    money_i = ("Price", "Discount Amount", "Order Shipping", "Order Sales Tax", "Item Total")
    paths = [write(orders, tmp_path / "EtsySoldOrders2024.csv", sep="\t", decimal_comma=True, money=money_o),
             write(items, tmp_path / "EtsySoldOrderItems2024.csv", sep="\t", decimal_comma=True, money=money_i)]
    import_batch(fresh_db, paths)
    want = expected_by_order(etsy_orders(), etsy_items()).sort_index()
    assert _revenue(fresh_db).to_numpy() == pytest.approx(want.to_numpy())
    guest = fresh_db.execute("SELECT c.key FROM orders o JOIN customers c ON c.id = o.customer_id "
                             "WHERE o.external_id = ?", (orders.loc[0, "Order ID"],)).fetchone()[0]
    assert guest == "etsy:" + str(orders.loc[0, "Buyer User ID"])  # the user id when there is no user name
