"""Segments at a past date and movements between two dates (issue 19).

The oracle for ``segments_at(db, day)`` is a second shop imported from the same export cut at that day: the
past-date segments must equal that shop's segments customer by customer (matched by e-mail)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from core.analysis.movements import NEW, BadDates, day_end, export_movement, movements, segments_at
from core.analysis.segments import segment_table
from core.charts.movements import movements_chart
from core.errors import ShopkeeperError
from tests.core.analysis.history_shop import history_orders, import_history


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    raw = history_orders(seed=5, customers=90)
    return raw, import_history(raw, tmp_path_factory.mktemp("moves"))


def by_email(db, table: pd.DataFrame) -> pd.DataFrame:
    emails = dict(db.execute("SELECT id, email FROM customers").fetchall())
    return table.assign(email_key=table["customer_id"].map(lambda cid: emails[int(cid)])).set_index("email_key")


@pytest.mark.parametrize("day", [date(2024, 6, 30), date(2024, 11, 1), date(2025, 3, 15)])
def test_segments_at_equal_a_shop_imported_up_to_that_day(history, tmp_path, day):
    raw, db = history
    cut = raw[raw["_when"] < day_end(day)]
    cut_db = import_history(cut, tmp_path, "cut.csv")
    expected = by_email(cut_db, segment_table(cut_db, as_of=day_end(day)))
    got = by_email(db, segments_at(db, day))
    assert len(expected) >= 20
    assert set(got.index) == set(expected.index)
    got = got.loc[expected.index]
    for column in ("segment", "r_score", "f_score", "m_score", "frequency", "recency_days"):
        assert got[column].tolist() == expected[column].tolist(), column
    assert got["monetary"].to_numpy() == pytest.approx(expected["monetary"].to_numpy())


def test_orders_after_the_day_do_not_count(history):
    raw, db = history
    day = date(2024, 9, 1)
    paid = raw[(raw["_status"] == "paid") & (raw["Financial Status"] != "")]
    before = paid[paid["_when"] < day_end(day)]
    table = by_email(db, segments_at(db, day))
    expected_orders = before.groupby("_email")["Name"].nunique()
    assert table["frequency"].sort_index().tolist() == expected_orders.sort_index().tolist()
    last = before.groupby("_email")["_when"].max()
    assert table["recency_days"].sort_index().tolist() == \
        (day_end(day) - last).dt.days.sort_index().tolist()


def test_movements_count_each_customer_once(history):
    raw, db = history
    start, end = date(2024, 11, 1), date(2025, 5, 1)
    moves = movements(db, start, end)
    before = segments_at(db, start).set_index("customer_id")["segment"]
    after = segments_at(db, end).set_index("customer_id")["segment"]
    # brute force: every customer with orders by the end, paired with where they were at the start
    pairs = {}
    for cid, to in after.items():
        key = (before.get(cid, NEW), to)
        pairs[key] = pairs.get(key, 0) + 1
    got = {(r.from_segment, r.to_segment): r.customers for r in moves.table.itertuples()}
    assert got == pairs
    assert int(moves.table["customers"].sum()) == len(after)
    assert moves.matrix().to_numpy().sum() == len(after)
    first = moves.table[moves.table["moved"]].iloc[0]
    assert first["customers"] == max(n for (a, b), n in pairs.items() if a != b)
    sentence = str(moves.sentences(1)[0])
    assert sentence.startswith("Since 1 November 2024, ") and str(first["customers"]) in sentence
    chosen = moves.members_of(first["from_segment"], first["to_segment"])
    assert len(chosen) == first["customers"]
    assert set(chosen["customer_id"]) == {cid for cid, to in after.items()
                                          if to == first["to_segment"] and before.get(cid, NEW) == first["from_segment"]}


def test_export_a_movement(history, tmp_path):
    _raw, db = history
    moves = movements(db, date(2024, 11, 1), date(2025, 5, 1))
    first = moves.table[moves.table["moved"]].iloc[0]
    path = export_movement(db, moves, first["from_segment"], first["to_segment"], tmp_path / "moved.csv")
    written = pd.read_csv(path, encoding="utf-8-sig")
    assert len(written) == first["customers"]
    assert {"customer_id", "email", "from_label", "to_label", "accepts_marketing"} <= set(written.columns)
    assert set(written["accepts_marketing"]) == {1}  # every e-mail in the generated export said yes
    grid = moves.matrix()
    empty = [(a, b) for a in grid.index for b in grid.columns if grid.loc[a, b] == 0][0]
    with pytest.raises(ShopkeeperError, match="No customer went from"):
        export_movement(db, moves, empty[0], empty[1], tmp_path / "none.csv")
    assert not (tmp_path / "none.csv").exists()


def test_end_before_start_is_a_sentence(history):
    _raw, db = history
    with pytest.raises(BadDates, match="before the start date"):
        movements(db, date(2025, 1, 1), date(2024, 1, 1))


def test_empty_shop(fresh_db):
    moves = movements(fresh_db, date(2024, 1, 1), date(2024, 2, 1))
    assert moves.table.empty and moves.members.empty and moves.sentences() == []


def test_movements_chart_draws_the_grid(history, tmp_path):
    _raw, db = history
    moves = movements(db, date(2024, 11, 1), date(2025, 5, 1))
    figure = movements_chart(moves)
    assert int(figure.chart_data.to_numpy().sum()) == len(moves.members)
    figure.savefig(tmp_path / "moves.png")
    assert (tmp_path / "moves.png").stat().st_size > 1000
