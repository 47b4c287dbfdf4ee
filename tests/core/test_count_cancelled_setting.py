"""The shop's "count cancelled orders" setting (Settings dialog) reaches every analysis through core.data;
returns are not cancellations: they always count, taking money off."""

from core.data import INCLUDE_CANCELLED_SETTING, load_lines, load_orders
from core.importers.pipeline import import_file
from core.store import set_setting

# Shopify orders export columns (as in ../shared/data/shopify/orders_export_test_store.csv, a real export).
SHOPIFY = (
    "Name,Email,Financial Status,Currency,Subtotal,Total,Created at,Lineitem quantity,Lineitem name,"
    "Lineitem price,Lineitem sku,Cancelled at\n"
    "#1,a@example.com,paid,EUR,10.00,10.00,2025-01-01 10:00:00 +0000,1,Mug,10.00,MUG,\n"
    "#2,a@example.com,voided,EUR,20.00,20.00,2025-01-02 10:00:00 +0000,2,Mug,10.00,MUG,\n"
    "#3,b@example.com,paid,EUR,5.00,5.00,2025-01-03 10:00:00 +0000,1,Tea,5.00,TEA,2025-01-03 11:00:00 +0000\n"
    "#4,b@example.com,paid,EUR,5.00,5.00,2025-01-04 10:00:00 +0000,1,Tea,5.00,TEA,\n"
)


def test_cancelled_orders_count_only_when_the_shop_says_so(fresh_db, tmp_path):
    path = tmp_path / "orders_export.csv"
    path.write_text(SHOPIFY, encoding="utf-8")
    import_file(fresh_db, path)
    assert sorted(load_orders(fresh_db)["order_ref"]) == ["#1", "#4"]  # voided #2 and cancelled #3 left out
    assert set(load_lines(fresh_db)["order_ref"]) == {"#1", "#4"}

    set_setting(fresh_db, INCLUDE_CANCELLED_SETTING, True)
    orders = load_orders(fresh_db)
    assert len(orders) == 4 and orders["is_cancelled"].sum() == 2
    assert orders["revenue"].sum() == 10 + 20 + 5 + 5
    # an explicit argument still wins over the setting
    assert len(load_orders(fresh_db, include_cancelled=False)) == 2

    set_setting(fresh_db, INCLUDE_CANCELLED_SETTING, False)
    assert len(load_orders(fresh_db)) == 2


def test_a_return_counts_whatever_the_setting(fresh_db, tiny_shop_csv):
    import_file(fresh_db, tiny_shop_csv)
    for setting in (False, True):
        set_setting(fresh_db, INCLUDE_CANCELLED_SETTING, setting)
        orders = load_orders(fresh_db)
        # the C1004 return is folded into customer 100's purchase 1001 (the latest before it), not an order
        assert "C1004" not in set(orders["order_ref"])
        assert orders.set_index("order_ref").loc["1001", "revenue"] == 7 + 4.25 - 3.5
        assert (load_lines(fresh_db)["quantity"] > 0).all()
