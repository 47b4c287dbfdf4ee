"""The shop's "count cancelled orders" setting (Settings dialog) reaches every analysis through core.data."""

from core.data import INCLUDE_CANCELLED_SETTING, load_lines, load_orders
from core.importers.pipeline import import_file
from core.store import set_setting


def test_cancelled_orders_count_only_when_the_shop_says_so(fresh_db, tiny_shop_csv):
    import_file(fresh_db, tiny_shop_csv)
    assert len(load_orders(fresh_db)) == 4  # C1004 left out by default
    assert (load_lines(fresh_db)["quantity"] > 0).all()

    set_setting(fresh_db, INCLUDE_CANCELLED_SETTING, True)
    orders = load_orders(fresh_db)
    assert len(orders) == 5 and orders["is_cancelled"].sum() == 1
    assert (load_lines(fresh_db)["quantity"] < 0).sum() == 1
    # an explicit argument still wins over the setting
    assert len(load_orders(fresh_db, include_cancelled=False)) == 4

    set_setting(fresh_db, INCLUDE_CANCELLED_SETTING, False)
    assert len(load_orders(fresh_db)) == 4
