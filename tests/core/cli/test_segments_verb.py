"""The segments, clv and lists verbs on the demo shop: JSON and CSV output, plain errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[3]


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "core", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def _customers_with_orders(path) -> int:
    import sqlite3
    con = sqlite3.connect(path)
    try:
        # customers with a purchase: an order that counts and sells something (a return alone is no purchase)
        return con.execute("SELECT COUNT(DISTINCT o.customer_id) FROM orders o JOIN order_lines l "
                           "ON l.order_id = o.id WHERE o.is_cancelled = 0 AND l.quantity > 0 "
                           "AND o.customer_id IS NOT NULL").fetchone()[0]
    finally:
        con.close()


def test_segments_json_grid_and_csv(demo_db_path, tmp_path):
    n = _customers_with_orders(demo_db_path)
    result = run_cli("segments", "--db", demo_db_path, "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 10 and sum(r["customers"] for r in rows) == n
    assert all(r["action"] and r["explanation"] for r in rows)
    putler = json.loads(run_cli("segments", "--db", demo_db_path, "--json", "--scheme", "putler11").stdout)
    assert len(putler) == 11 and sum(r["customers"] for r in putler) == n
    grid = json.loads(run_cli("segments", "--db", demo_db_path, "--grid", "--json").stdout)
    assert len(grid) == 25 and sum(c["customers"] for c in grid) == n
    cell = json.loads(run_cli("segments", "--db", demo_db_path, "--customers", "5,5", "--json").stdout)
    assert len(cell) == next(c["customers"] for c in grid if c["r_score"] == 5 and c["f_score"] == 5)
    out = tmp_path / "seg.csv"
    assert run_cli("segments", "--db", demo_db_path, "--customers", "champions", "--csv", out).returncode == 0
    champions = next(r["customers"] for r in rows if r["segment"] == "champions")
    assert len(pd.read_csv(out)) == champions
    bad = run_cli("segments", "--db", demo_db_path, "--customers", "nobody")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and "no segment" in bad.stderr


def test_clv_and_lists_json(demo_db_path, tmp_path):
    result = run_cli("clv", "--db", demo_db_path, "--json", "--months", "6")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["reliable"] and data["horizon_months"] == 6
    assert len(data["customers"]) == _customers_with_orders(demo_db_path)
    back = json.loads(run_cli("clv", "--db", demo_db_path, "--backtest", "20", "--json").stdout)
    assert back["summary"]["holdout_weeks"] == 20 and back["sentence"]
    out = tmp_path / "clv.csv"
    assert run_cli("clv", "--db", demo_db_path, "--csv", out).returncode == 0
    assert "clv" in pd.read_csv(out).columns
    lists = json.loads(run_cli("lists", "--db", demo_db_path, "--json", "--top", "7").stdout)
    sizes = {row["list"]: row["customers"] for row in lists["lists"]}
    assert sizes["vip"] == 7
    winback = json.loads(run_cli("lists", "winback", "--db", demo_db_path, "--json").stdout)
    assert len(winback) == sizes["winback"] and all(r["reason"] for r in winback)
