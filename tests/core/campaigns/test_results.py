"""Campaign results on simulated campaigns: a mailed group that truly orders more, one that does not, variants,
and coupon redemptions matched after an import. Every expected figure is counted in the test from the rows it
wrote (pandas over the simulated orders) or computed by the test's own Newcombe implementation."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from core.campaigns.results import campaign_results, set_window_days
from core.store import open_memory_shop, open_shop
from tests.core.campaigns.test_statistics import newcombe_direct
from tests.core.cli.test_every_verb_on_every_shop_shape import run_cli

SENT = pd.Timestamp("2024-03-01", tz="UTC")


def simulate(db, groups: dict[str, tuple[int, float]], seed: int, window_days: int = 30, codes: bool = False):
    """Write one campaign: ``groups`` {name: (members, chance to order in the window)}, orders inside the window,
    some just outside it, and older history. Returns the orders written as a DataFrame (the oracle)."""
    rng = np.random.default_rng(seed)
    conn = db.conn
    conn.execute("INSERT OR IGNORE INTO products(id, key, name, is_product) VALUES (1, 'sku:A', 'Mug', 1)")
    conn.execute("INSERT INTO campaigns(name, created_at, audience, target, sent_at, window_days, seed) "
                 "VALUES ('sim', '2024-03-01T09:00:00Z', 'all', 'csv', '2024-03-01', ?, 5)", [window_days])
    campaign = conn.execute("SELECT max(id) FROM campaigns").fetchone()[0]
    start = (conn.execute("SELECT COALESCE(max(id), 0) FROM customers").fetchone()[0]) + 1
    rows, customer = [], start
    order_id = (conn.execute("SELECT COALESCE(max(id), 0) FROM orders").fetchone()[0]) + 1
    for name, (size, chance) in groups.items():
        for _ in range(size):
            code = f"SIM-{customer:06d}" if codes and name != "control" else None
            conn.execute("INSERT INTO customers(id, key, email) VALUES (?, ?, ?)",
                         [customer, f"email:c{customer}@example.com", f"c{customer}@example.com"])
            conn.execute("INSERT INTO campaign_members(campaign_id, customer_id, in_control, group_name, coupon_code)"
                         " VALUES (?, ?, ?, ?, ?)", [campaign, customer, int(name == "control"), name, code])
            moments = [SENT - pd.Timedelta(days=int(rng.integers(40, 400)))]  # history before sending
            if rng.random() < chance:
                moments.append(SENT + pd.Timedelta(hours=int(rng.integers(1, window_days * 24))))
            if rng.random() < 0.1:  # after the window: never counted
                moments.append(SENT + pd.Timedelta(days=window_days, hours=int(rng.integers(2, 200))))
            for at in moments:
                price = int(rng.integers(500, 5000))
                used = code.lower() if code and at > SENT and rng.random() < 0.5 else None
                conn.execute("INSERT INTO orders(id, platform, external_id, customer_id, ordered_at, currency, "
                             "total_minor, discount_code) VALUES (?, 'sim', ?, ?, ?, 'EUR', ?, ?)",
                             [order_id, str(order_id), customer, at.strftime("%Y-%m-%dT%H:%M:%SZ"), price, used])
                conn.execute("INSERT INTO order_lines(order_id, line_no, product_id, quantity, unit_price_minor, "
                             "line_total_minor, gross_minor, net_minor) VALUES (?, 1, 1, 1, ?, ?, ?, ?)",
                             [order_id, price, price, price, price])
                rows.append({"customer_id": customer, "group": name, "at": at, "net": price / 100, "code": used,
                             "member_code": code})
                order_id += 1
            customer += 1
    # an order long after everything, so every window is over in the data
    conn.execute("INSERT INTO customers(id, key) VALUES (?, ?)", [customer, f"key:late{customer}"])
    conn.execute("INSERT INTO orders(id, platform, external_id, customer_id, ordered_at, currency, total_minor) "
                 "VALUES (?, 'sim', ?, ?, '2025-01-01T00:00:00Z', 'EUR', 100)", [order_id, str(order_id), customer])
    conn.execute("INSERT INTO order_lines(order_id, line_no, product_id, quantity, unit_price_minor, line_total_minor,"
                 " gross_minor, net_minor) VALUES (?, 1, 1, 1, 100, 100, 100, 100)", [order_id])
    return campaign, pd.DataFrame(rows)


def expected_groups(orders: pd.DataFrame, sizes: dict, window_days: int = 30) -> dict:
    inside = orders[(orders["at"] > SENT) & (orders["at"] <= SENT + pd.Timedelta(days=window_days))]
    out = {}
    for name, size in sizes.items():
        mine = inside[inside["group"] == name]
        out[name] = {"members": size, "ordered": mine["customer_id"].nunique(),
                     "revenue_per_member": round(mine["net"].sum() / size, 2),
                     "redeemed": mine.loc[mine["code"].notna(), "customer_id"].nunique()}
    return out


def test_a_campaign_that_worked():
    db = open_memory_shop()
    true_rates = {"mailed": (1800, 0.30), "control": (600, 0.15)}
    campaign, orders = simulate(db, true_rates, seed=1, codes=True)
    result, = campaign_results(db, campaign_id=campaign)
    want = expected_groups(orders, {name: size for name, (size, _) in true_rates.items()})
    got = {g.name: g for g in result.groups}
    for name, figures in want.items():
        for key, value in figures.items():
            assert getattr(got[name], key) == pytest.approx(value, abs=0.01), (name, key)
    comparison, = result.comparisons
    x1, x2 = want["mailed"]["ordered"], want["control"]["ordered"]
    d, low, high = newcombe_direct(x1, 1800, x2, 600)
    assert (comparison.rate_difference, comparison.low, comparison.high) == pytest.approx((d, low, high), abs=1e-9)
    assert comparison.low > 0 and comparison.low <= 0.15 <= comparison.high  # excludes 0, holds the truth
    assert comparison.revenue_low > 0
    assert comparison.outcome == "worked" and str(result.verdict).endswith("It worked.")
    assert str(result.verdict).startswith(f"{x1 / 1800:.0%} of those mailed ordered within 30 days, "
                                          f"{x2 / 600:.0%} of the control")
    assert got["control"].redeemed == 0 and got["mailed"].redeemed > 0


def test_a_campaign_that_made_no_difference():
    db = open_memory_shop()
    true_rates = {"mailed": (1500, 0.12), "control": (1500, 0.12)}
    campaign, orders = simulate(db, true_rates, seed=2)
    result, = campaign_results(db, campaign_id=campaign)
    comparison, = result.comparisons
    assert comparison.low < 0 < comparison.high
    assert comparison.outcome in ("unclear", "too_few")
    assert "worked" not in str(result.verdict).lower()


def test_too_few_customers_say_what_would_show():
    db = open_memory_shop()
    campaign, _ = simulate(db, {"mailed": (90, 0.2), "control": (10, 0.1)}, seed=3)
    result, = campaign_results(db, campaign_id=campaign)
    assert result.comparisons[0].outcome == "too_few"
    points = result.comparisons[0].detectable * 100
    assert str(result.verdict) == ("Too few customers to tell yet: with groups this size only a difference above "
                                   f"{points:.0f} points would show.")


def test_variants_are_each_compared_with_the_control_and_the_window_can_change():
    db = open_memory_shop()
    sizes = {"A": (800, 0.25), "B": (800, 0.12), "control": (400, 0.12)}
    campaign, orders = simulate(db, sizes, seed=4, window_days=60)
    result, = campaign_results(db, campaign_id=campaign)
    assert [g.name for g in result.groups] == ["A", "B", "control"]
    assert [c.group for c in result.comparisons] == ["A", "B"]
    a, b = result.comparisons
    assert a.low > 0 and b.low < 0 < b.high
    short, = campaign_results(db, campaign_id=campaign, window_days=10)
    want = expected_groups(orders, {name: n for name, (n, _) in sizes.items()}, window_days=10)
    assert {g.name: g.ordered for g in short.groups} == {name: w["ordered"] for name, w in want.items()}
    set_window_days(db, campaign, 10)
    assert campaign_results(db, campaign_id=campaign)[0].window_days == 10


def test_results_wait_for_orders_after_the_send_date():
    db = open_memory_shop()
    db.conn.execute("INSERT INTO customers(id, key) VALUES (1, 'k:1'), (2, 'k:2')")
    db.conn.execute("INSERT INTO campaigns(id, name, created_at, audience, target, sent_at) "
                    "VALUES (1, 'x', '2024-03-01', 'all', 'csv', '2024-03-01')")
    db.conn.execute("INSERT INTO campaign_members(campaign_id, customer_id, in_control, group_name) "
                    "VALUES (1, 1, 0, 'mailed'), (1, 2, 1, 'control')")
    result, = campaign_results(db)
    assert str(result.verdict).startswith("No orders from after the send date (2024-03-01)")


def test_cli_json_has_the_promised_fields(tmp_path):
    path = tmp_path / "sim.shop.db"
    db = open_shop(path)
    campaign, _ = simulate(db, {"mailed": (300, 0.3), "control": (100, 0.1)}, seed=5)
    db.conn.close()
    code, stdout, stderr = run_cli(["campaigns", "--db", str(path), "--json"])
    assert code == 0, stderr
    data, = json.loads(stdout)
    assert {"id", "name", "audience", "target", "sent_at", "window_days", "groups", "comparisons",
            "verdict"} <= set(data)
    assert set(data["groups"][0]) >= {"name", "members", "ordered", "order_rate", "revenue_per_member", "redeemed"}
    assert set(data["comparisons"][0]) >= {"group", "vs", "rate_difference", "low", "high"}
    assert data["id"] == campaign and data["comparisons"][0]["vs"] == "control"
    code, _, stderr = run_cli(["campaigns", "--db", str(path), "--id", "99"])
    assert code == 1 and stderr.strip() == "Error: There is no campaign number 99 in this shop."
