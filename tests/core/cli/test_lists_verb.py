"""``python -m core lists --as-of``: the lists as they stood on a past day equal those of a shop imported only up
to that day; every member and every scored customer carries the shop's own customer id."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from core.importers.pipeline import import_file
from core.store import open_shop

ROOT = Path(__file__).resolve().parents[3]
DEMO_FILE = ROOT / "resources" / "demo" / "demo_shop.csv.gz"
AS_OF = "2011-03-01"


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "core", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def _lists_json(*args) -> dict:
    done = run_cli("lists", "--json", *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _without_internal_ids(report: dict) -> dict:
    lists = [{**row, "members": [{k: v for k, v in m.items() if k != "customer_id"} for m in row["members"]]}
             for row in report["lists"]]
    return {"lists": lists, "lapse_risk": report["lapse_risk"], "predictions": report["predictions"],
            "lapse_ranking": report["lapse_ranking"]}


def test_as_of_equals_a_shop_imported_up_to_that_day(demo_db_path, tmp_path):
    rows = pd.read_csv(DEMO_FILE, dtype=str, keep_default_na=False)
    before = rows[pd.to_datetime(rows["InvoiceDate"]) < pd.Timestamp(AS_OF)]
    cut_csv = tmp_path / "cut.csv"
    before.to_csv(cut_csv, index=False)
    cut_db = tmp_path / "cut.shop.db"
    db = open_shop(cut_db)
    import_file(db, cut_csv)
    db.conn.close()

    past = _lists_json("--db", demo_db_path, "--as-of", AS_OF)
    cut = _lists_json("--db", cut_db)
    assert past["as_of"] == AS_OF and cut["as_of"] is None
    assert _without_internal_ids(past) == _without_internal_ids(cut)

    # every customer who had bought by then is scored once, under the id of the file (12417.0 -> "12417")
    bought = before[(before["Customer ID"] != "") & ~before["Invoice"].str.startswith("C")
                    & (before["Quantity"].astype(float) > 0)]
    expected = {str(int(float(c))) for c in bought["Customer ID"]}
    scored = [row["customer"] for row in past["lapse_risk"]]
    assert len(scored) == len(set(scored)) and set(scored) == expected
    assert [r["score"] for r in past["lapse_risk"]] == sorted((r["score"] for r in past["lapse_risk"]), reverse=True)
    for row in past["lists"]:
        assert all(member["customer"] in expected for member in row["members"])
        assert len(row["members"]) == row["customers"]
    sizes = {row["list"]: row for row in past["lists"]}
    cap = -(-len(expected) * 20 // 100)
    assert sizes["winback"]["customers"] <= cap and sizes["at_risk"]["customers"] <= cap


def test_as_of_must_be_a_date(demo_db_path):
    done = run_cli("lists", "--db", demo_db_path, "--as-of", "1 March")
    assert done.returncode != 0 and "is not a date" in done.stderr
