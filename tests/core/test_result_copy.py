"""core.result_copy: the customer overview is kept inside the shop file once per state of its data. A kept overview
equals a fresh computation, any change by anyone to what it is made from empties it, it is stored only when the
data it was made from is still the shop's, and an erased customer leaves it with their row."""

import math
import sqlite3
from datetime import date, datetime

import numpy as np
import pandas as pd
import pytest

from core import load_cache, result_copy
from core.analysis.clv import ClvResult, clv_analysis_from_orders
from core.analysis.lapse import LapseRisk
from core.analysis.lists import Overview, customer_overview, overview_from_parts, overview_key
from core.analysis.rfm import rfm_from_orders
from core.data import load_customers, load_orders
from core.messages import Message, count, day, money, number, percent
from core.privacy import count_bytes, erase_customer
from core.table_copy import decoded_column, encoded_column

CLASSES = (Overview, ClvResult, LapseRisk)


def _fresh_overview(db) -> Overview:
    """The overview worked out from scratch, the way customer_overview's own build does, without any keeping."""
    orders, customers = load_orders(db), load_customers(db)
    clv = clv_analysis_from_orders(orders, customers, 12, 0.01)
    return overview_from_parts(rfm_from_orders(orders, customers), orders, clv, "rf10")


def _kept_rows(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM result_copy").fetchone()[0]


def _assert_same_overview(got: Overview, expected: Overview) -> None:
    pd.testing.assert_frame_equal(got.table, expected.table)
    pd.testing.assert_frame_equal(got.clv.table, expected.clv.table)
    pd.testing.assert_frame_equal(got.lapse.scores, expected.lapse.scores)
    assert (math.isnan(got.shop_interval_days) and math.isnan(expected.shop_interval_days)) \
        or got.shop_interval_days == expected.shop_interval_days
    for name in ("model", "reliable", "params", "gamma_gamma", "horizon_months", "monthly_discount",
                 "repeat_customers", "history_days"):
        assert getattr(got.clv, name) == getattr(expected.clv, name), name
    assert (got.clv.message.key, str(got.clv.message)) == (expected.clv.message.key, str(expected.clv.message))
    assert got.clv.message.args == expected.clv.message.args
    for name in ("method", "params", "as_of"):
        assert getattr(got.lapse, name) == getattr(expected.lapse, name), name
    assert (got.lapse.note is None) == (expected.lapse.note is None)
    if got.lapse.note is not None:
        assert got.lapse.note.args == expected.lapse.note.args and got.lapse.note.key == expected.lapse.note.key


@pytest.mark.parametrize("which", ["demo", "tiny"])
def test_a_kept_overview_equals_a_fresh_one_and_is_read_without_fitting(which, demo_shop_copy, tiny_shop_file,
                                                                         monkeypatch):
    path, db = demo_shop_copy if which == "demo" else tiny_shop_file
    expected = _fresh_overview(db)
    customer_overview(db)  # worked out and kept
    assert _kept_rows(path) > 1
    load_cache.forget_shops()  # a new session of the app: nothing in memory
    monkeypatch.setattr("core.analysis.lists.clv_analysis_from_orders",
                        lambda *args, **kwargs: pytest.fail("the kept overview was fitted again"))
    _assert_same_overview(customer_overview(db), expected)


@pytest.mark.parametrize("change", [
    ("UPDATE order_lines SET net_minor = COALESCE(net_minor, line_total_minor) + 1 "
     "WHERE rowid = (SELECT MIN(rowid) FROM order_lines)"),
    "DELETE FROM orders WHERE id = (SELECT MAX(id) FROM orders)",
    "UPDATE orders SET is_cancelled = 1 WHERE id = (SELECT MIN(id) FROM orders)",
    "UPDATE products SET is_product = 0 WHERE id = (SELECT MIN(id) FROM products)",
    "UPDATE customers SET first_name = 'Renamed' WHERE id = (SELECT MIN(id) FROM customers)",
    "INSERT OR REPLACE INTO settings(key, value) VALUES ('include_cancelled', 'true')",
])
def test_any_change_by_another_program_empties_it_and_the_next_overview_sees_the_change(demo_shop_copy, change):
    path, db = demo_shop_copy
    customer_overview(db)
    assert _kept_rows(path) > 1
    with sqlite3.connect(path) as other:  # not Shopkeeper: a plain connection, as another tool would use
        other.execute("PRAGMA foreign_keys = ON")
        other.execute(change)
    assert _kept_rows(path) == 0
    _assert_same_overview(customer_overview(db), _fresh_overview(db))
    # kept again for the new state (at the latest by the next overview: the first one may find the lines' and
    # orders' copies emptied too, and storing those is a commit after its reads)
    customer_overview(db)
    assert _kept_rows(path) > 1


def test_a_commit_while_it_is_worked_out_keeps_nothing(demo_shop_copy):
    path, db = demo_shop_copy
    key = overview_key()

    def build_while_another_program_writes():
        overview = _fresh_overview(db)
        with sqlite3.connect(path) as other:  # committed after the reads, before the store
            other.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('unrelated', '1')")
        return overview

    overview = result_copy.kept_result(db, key, build_while_another_program_writes, CLASSES)
    assert isinstance(overview, Overview) and _kept_rows(path) == 0
    assert not db.conn.in_transaction


def test_a_busy_shop_keeps_nothing_and_does_not_wait(demo_shop_copy):
    path, db = demo_shop_copy
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # an import in another process holds the write lock
    try:
        overview = result_copy.kept_result(db, overview_key(), lambda: _fresh_overview(db), CLASSES)
        assert db.conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0  # the connection's own wait is restored
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert isinstance(overview, Overview) and _kept_rows(path) == 0 and not db.conn.in_transaction


def test_a_result_kept_by_other_code_is_not_used(demo_shop_copy, monkeypatch):
    path, db = demo_shop_copy
    calls = []

    def build():
        calls.append(1)
        return _fresh_overview(db)

    result_copy.kept_result(db, overview_key(), build, CLASSES)
    result_copy.kept_result(db, overview_key(), build, CLASSES)
    assert len(calls) == 1
    monkeypatch.setattr(result_copy, "code_fingerprint", lambda: "a newer program")
    load_cache.forget_shops()
    result_copy.kept_result(db, overview_key(), build, CLASSES)
    assert len(calls) == 2
    with sqlite3.connect(path) as conn:  # the old code's result is replaced, not kept beside it
        assert {code for (code,) in conn.execute("SELECT code FROM result_copy")} == {"a newer program"}


def test_an_erased_customer_leaves_the_kept_overview_and_the_file(demo_shop_copy):
    path, db = demo_shop_copy
    email = db.execute("SELECT email FROM customers WHERE email IS NOT NULL AND id IN "
                       "(SELECT customer_id FROM orders) ORDER BY id LIMIT 1").fetchone()[0]
    customer_overview(db)
    with sqlite3.connect(path) as conn:
        assert email.encode() in b"".join(data for (data,) in conn.execute("SELECT data FROM result_copy"))
    erase_customer(db, email=email, include_backups=False)
    assert count_bytes(path, email) == 0
    overview = customer_overview(db)
    assert email not in set(overview.table["email"].dropna())


def test_an_import_empties_what_was_kept(tiny_shop_file, tmp_path):
    from core.importers.pipeline import import_file
    path, db = tiny_shop_file
    customer_overview(db)
    assert _kept_rows(path) > 1
    more = tmp_path / "more.csv"
    more.write_text("order_id,date,customer_email,sku,product_name,quantity,price\n"
                    "X-1,2024-05-01,new@example.com,NEW-1,New thing,1,9.99\n", encoding="utf-8")
    result = import_file(db, more)
    assert result.orders_added == 1
    assert _kept_rows(path) == 0
    assert "new@example.com" in set(customer_overview(db).table["email"].dropna())


def test_a_value_it_cannot_write_exactly_is_returned_and_not_kept(demo_shop_copy):
    path, db = demo_shop_copy
    mixed = pd.DataFrame({"value": pd.Series([1, object(), None], dtype=object)})  # a value tagged JSON lacks
    value = result_copy.kept_result(db, ("mixed",), lambda: Overview(mixed, None, 1.0), CLASSES)
    assert value.table is mixed and _kept_rows(path) == 0
    inside = pd.DataFrame({"value": pd.Series([mixed.iloc[:0]], dtype=object)})  # a frame inside a cell
    value = result_copy.kept_result(db, ("inside",), lambda: Overview(inside, None, 1.0), CLASSES)
    assert value.table is inside and _kept_rows(path) == 0


def test_object_columns_of_messages_and_missing_texts_come_back_as_they_were(demo_shop_copy):
    _path, db = demo_shop_copy
    best, loyal = Message("test.best", "Best customers"), Message("test.loyal", "{n} loyal", n=count(2))
    names = pd.Series([best, loyal, best, None, loyal] * 3, dtype=object)  # as a column mapped from a few Messages
    frame = pd.DataFrame({"name": names, "city": pd.Series(["Kraków", None, "Rīga", "", "Москва"] * 3, dtype=object),
                          "pair": pd.Series([(1, "a")] * 15, dtype=object), "n": range(15)})
    scores = {2: 0.41, 3: 0.52}  # a dict whose keys are numbers
    result_copy.kept_result(db, ("objects",), lambda: {"frame": frame, "scores": scores}, ())
    load_cache.forget_shops()
    kept = result_copy.kept_result(db, ("objects",), lambda: pytest.fail("not read back"), ())
    assert kept["scores"] == scores and all(type(k) is int for k in kept["scores"])
    assert kept["frame"]["name"].dtype == object and kept["frame"]["city"].dtype == object
    for column in ("name", "city", "pair"):
        assert kept["frame"][column].tolist() == frame[column].tolist()
    assert [type(value) for value in kept["frame"]["name"]] == [type(value) for value in names]
    assert [value.key for value in kept["frame"]["name"].dropna()] == [value.key for value in names.dropna()]
    pd.testing.assert_series_equal(kept["frame"]["n"], frame["n"])


def test_tagged_values_come_back_as_they_were(demo_shop_copy):
    _path, db = demo_shop_copy
    message = Message("test.key", "{a} {b} {c} {d} {e} {f}", a=count(3), b=number(2.5, 1), c=percent(0.25),
                      d=money(4.95, "PLN"), e=day(date(2024, 3, 9)),
                      f=Message("test.inner", "{when}", when=day(datetime(2024, 3, 9, 12, 30))))
    frame = pd.DataFrame({"n": [1, 2], "x": [0.5, np.nan]})
    value = {"message": message, "numbers": [1, 2.5, float("nan"), True, None, "text"], "pair": (1, "a"),
             "when": pd.Timestamp("2024-03-09", tz="UTC"), "frame": frame}
    result_copy.kept_result(db, ("tagged",), lambda: value, ())
    load_cache.forget_shops()
    kept = result_copy.kept_result(db, ("tagged",), lambda: pytest.fail("not read back"), ())
    assert kept["message"].args == message.args and str(kept["message"]) == str(message)
    assert kept["message"].key == "test.key"
    numbers = kept["numbers"]
    assert numbers[:2] == [1, 2.5] and math.isnan(numbers[2]) and numbers[3:] == [True, None, "text"]
    assert type(numbers[0]) is int and numbers[3] is True
    assert kept["pair"] == (1, "a") and kept["when"] == value["when"]
    pd.testing.assert_frame_equal(kept["frame"], frame)


def test_a_dataclass_not_allowed_is_not_made(demo_shop_copy):
    _path, db = demo_shop_copy
    result_copy.kept_result(db, ("clv",), lambda: _fresh_overview(db), CLASSES)
    load_cache.forget_shops()
    calls = []
    result_copy.kept_result(db, ("clv",), lambda: calls.append(1) or "built", (Overview,))  # ClvResult not allowed
    assert calls == [1]


@pytest.mark.parametrize("series", [
    pd.Series(pd.to_datetime(["2024-01-01 10:00", None, "2025-06-30 00:00"], utc=True)),
    pd.Series(pd.to_datetime(["2024-01-01", None]).as_unit("us")),
    pd.Series(["a", "b", "c"], dtype=object),
    pd.Series(["a", None, "c"], dtype="str"),
    pd.Series([None, None], dtype=object),
    pd.Series([1.5, np.nan, -2.0]),
    pd.Series([True, False]),
    pd.Series([2**40, -3], dtype=np.int64),
])
def test_every_column_kind_comes_back_exactly(series):
    kind, blobs = encoded_column(series)
    pd.testing.assert_series_equal(pd.Series(decoded_column(kind, blobs, len(series))), series)


@pytest.mark.parametrize("series", [
    pd.Series(pd.to_datetime(["2024-01-01 10:00"]).tz_localize("Europe/Warsaw")),
    pd.Series(["a", 1], dtype=object),
    pd.Series([1, None], dtype="Int64"),
    pd.Series(["a", "b\x1fc"], dtype=object),  # a value holding the separator
    pd.Series(["a", "\x1e", None], dtype="str"),  # a value that is the missing-value marker
    pd.Series(["a", b"b"], dtype=object),  # bytes are not a text
])
def test_a_column_that_would_not_come_back_exactly_is_refused(series):
    assert encoded_column(series) is None


def test_the_segments_come_from_a_kept_overview_without_loading_the_customers(demo_shop_copy, monkeypatch):
    from core.analysis.segments import assign_segments, score_rfm
    from core.shop_data import ShopData
    _path, db = demo_shop_copy
    expected = assign_segments(score_rfm(rfm_from_orders(load_orders(db), load_customers(db))), "rf10")
    customer_overview(db)
    load_cache.forget_shops()
    expected_rfm = rfm_from_orders(load_orders(db), load_customers(db))
    load_cache.forget_shops()
    monkeypatch.setattr("core.shop_data.load_customers", lambda db: pytest.fail("the customers were loaded"))
    monkeypatch.setattr("core.shop_data.load_orders", lambda db: pytest.fail("the orders were loaded"))
    shop = ShopData(db)
    pd.testing.assert_frame_equal(shop.segment_table(), expected)
    pd.testing.assert_frame_equal(shop.rfm, expected_rfm)
    assert shop.overview() is shop.overview()  # the same overview serves the lists: read once


def test_the_refills_from_the_basket_columns_equal_those_of_the_full_lines(demo_shop_copy):
    from core.analysis.replenish import named_refills_due
    from core.data import load_lines
    from core.shop_data import ShopData
    _path, db = demo_shop_copy
    lines = load_lines(db)
    expected = named_refills_due(lines[lines["customer_id"].notna()].reset_index(drop=True), load_customers(db), 5)
    assert len(expected) > 0
    shop = ShopData(db)
    pd.testing.assert_frame_equal(shop.refills(), expected)
    assert "lines" not in shop._cache
    customer_overview(db)  # with the overview kept, the names come from it: the customers are not loaded
    load_cache.forget_shops()
    shop = ShopData(db)
    pd.testing.assert_frame_equal(shop.refills(), expected)
    assert "customers" not in shop._cache


def test_without_a_kept_overview_the_segments_are_worked_out_as_before(demo_shop_copy):
    from core.analysis.segments import assign_segments, score_rfm
    from core.shop_data import ShopData
    path, db = demo_shop_copy
    expected = assign_segments(score_rfm(rfm_from_orders(load_orders(db), load_customers(db))), "rf10")
    pd.testing.assert_frame_equal(ShopData(db).segment_table(), expected)
    assert _kept_rows(path) == 0  # nothing fitted for the segments alone


def test_keeping_it_leaves_the_frames_the_process_loaded_current(demo_shop_copy, monkeypatch):
    from core import data
    path, db = demo_shop_copy
    loads = []
    real = data._load_orders
    monkeypatch.setattr(data, "_load_orders", lambda *args: loads.append(1) or real(*args))
    load_orders(db)
    customer_overview(db)  # worked out and kept: a commit to the shop file
    assert _kept_rows(path) > 1
    load_orders(db)
    assert len(loads) == 1  # not loaded again: keeping a result changes none of the shop's data
    with sqlite3.connect(path) as other:  # a change to the data still makes them stale
        other.execute("UPDATE orders SET country = country")
    load_orders(db)
    assert len(loads) == 2


def test_an_overview_read_from_the_file_is_decoded_once_per_process(demo_shop_copy, monkeypatch):
    from core.analysis.lists import ready_overview
    _path, db = demo_shop_copy
    customer_overview(db)
    load_cache.forget_shops()
    reads = []
    real = result_copy.read_result
    monkeypatch.setattr(result_copy, "read_result", lambda *args: reads.append(1) or real(*args))
    first, second = ready_overview(db), ready_overview(db)
    assert len(reads) == 1
    pd.testing.assert_frame_equal(first.table, second.table)
    assert first.table is not second.table  # each caller gets its own copy


def test_a_damaged_tagged_column_is_not_read_but_worked_out_again(demo_shop_copy):
    path, db = demo_shop_copy
    names = pd.Series([Message("test.best", "Best customers"), None], dtype=object)
    result_copy.kept_result(db, ("damaged",), lambda: {"frame": pd.DataFrame({"name": names})}, ())
    with sqlite3.connect(path) as conn:  # a row number beyond the distinct values
        conn.execute("UPDATE result_copy SET data = ? WHERE kind = 'tagged'", (np.array([0, 7], np.int32).tobytes(),))
    load_cache.forget_shops()
    assert result_copy.kept_result(db, ("damaged",), lambda: "worked out", ()) == "worked out"
