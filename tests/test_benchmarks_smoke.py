"""The benchmark command still runs: ``python -m benchmarks --size tiny`` prints its table and exits 0."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate import generate_shop

ROOT = Path(__file__).resolve().parent.parent


def test_tiny_benchmark_prints_the_table(tmp_path):
    # The cold-start rows launch the whole app and sqlite-utils commits every 100 rows: left out to stay short;
    # so are the verbs and screens (a dozen commands and every screen: test_verbs_and_screens_rows, slow).
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--size", "tiny", "--skip", "desktop", "sqlite-utils", "verbs", "screens",
         "--workdir", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr[-3000:] + completed.stdout[-3000:]
    out = completed.stdout
    header = next(line for line in out.splitlines() if line.startswith("task"))
    for column in ("ours", "reference", "ratio", "peak MB", "check"):
        assert column in header
    assert "import 10,000 lines: Shopkeeper vs .import" in out
    assert "re-import the same 10,000 lines (idempotent)" in out and "OK 0 lines / 0 orders added" in out
    assert "EU locale" in out and "MISMATCH" not in out and "FAILED" not in out
    rows = {line.split("  ")[0]: line for line in out.splitlines()}
    pairs = next(v for k, v in rows.items() if k.startswith("pair rules, 20,000 lines: vs bare"))
    assert ("met: ≤ 1.5× floor" in pairs) != ("MISSED: ≤ 1.5× floor" in pairs)  # every target says met or missed
    mlxtend = next((v for k, v in rows.items() if "vs mlxtend" in k), "")
    if "fpgrowth" in mlxtend:  # mlxtend installed: the rules were compared one by one
        assert "OK identical rules" in mlxtend
    stalls = [v for k, v in rows.items() if k.startswith("GUI: longest event-loop stall")]
    assert len(stalls) == 2 and all(" ms" in v and "full GCs" in v for v in stalls)


@pytest.mark.slow
def test_verbs_and_screens_rows(tmp_path):
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--size", "tiny", "--only", "verbs", "screens", "--skip", "mlxtend",
         "--workdir", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert completed.returncode == 0, completed.stderr[-3000:] + completed.stdout[-3000:]
    rows = [line for line in completed.stdout.splitlines() if line.startswith(("verb ", "screen "))]
    verbs = [row for row in rows if row.startswith("verb ")]
    assert len(verbs) == 11 and all(row.count("met: ≤") + row.count("MISSED: ≤") == 2 for row in verbs)
    assert any(row.startswith("verb report") and ("≤ 10 s" in row) for row in verbs)
    screens = {row.split(",")[0] for row in rows if row.startswith("screen ")}
    assert {"screen dashboard: cards and first row of charts", "screen dashboard: every chart (four below the first "
            "row)", "screen customers: clusters tab", "screen also bought: pairs and product list",
            "screen offers: offer preview (VIP list)", "screen offers: shop snippet (also bought)",
            "screen offers: audiences: the customer lists", "screen offers: every audience (refills due and groups)",
            "screen main window: open the shop: dashboard's first sight",
            "screen main window: open the shop: dashboard complete",
            "screen main window: click customers after that"} <= screens
    assert "FAILED" not in completed.stdout


def test_generator_shape_is_like_online_retail(tmp_path):
    import pandas as pd

    facts = generate_shop(tmp_path / "g.csv", 40_000, seed=5)
    raw = pd.read_csv(tmp_path / "g.csv", dtype=str)
    assert len(raw) == facts["lines"] == 40_000
    sizes = raw.groupby("Invoice").size()
    assert 14 <= sizes.mean() <= 26 and sizes.max() > 4 * sizes.median()  # mean ~20 lines, long tail
    cancelled = raw["Invoice"].str.startswith("C")
    assert 0.01 <= cancelled.mean() <= 0.03
    assert (raw.loc[cancelled, "Quantity"].astype(int) < 0).all()
    assert raw["Country"].nunique() >= 5
    per_customer = raw.dropna(subset=["Customer ID"]).groupby("Customer ID")["Invoice"].nunique()
    assert (per_customer > 1).mean() > 0.4  # repeat customers
    popularity = raw["StockCode"].value_counts()
    assert popularity.iloc[0] > 10 * popularity.median()  # Zipf-like head
    again = generate_shop(tmp_path / "h.csv", 40_000, seed=5)
    assert (tmp_path / "g.csv").read_bytes() == (tmp_path / "h.csv").read_bytes() and again["lines"] == 40_000


def test_eu_locale_file_is_cp1250_semicolons_and_decimal_commas(tmp_path):
    path = tmp_path / "eu.csv"
    generate_shop(path, 2_000, seed=2, locale="eu")
    text = path.read_bytes().decode("cp1250")
    header, first = text.splitlines()[:2]
    assert header.split(";")[0] == "Invoice"
    fields = first.split(";")
    assert "," in fields[5] and "." not in fields[5]
    assert fields[4][2] == "." and fields[4][5] == "."
    assert any(ch in text for ch in "ąęłśżŁŚŻ")
