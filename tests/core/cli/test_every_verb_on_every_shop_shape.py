"""Issue 14 §5: no shop shape crashes the command line.

Small shops of awkward shapes (tests/shop_shapes.py: empty, customers only, one order, one customer, every order
cancelled, no e-mails, one product, everyone alike, two years with a gap) are imported from CSV files and every verb
of ``python -m core`` runs on them in-process through ``core.__main__.main``. Each run must end with exit code 0
(any --json output parses) or 1 with one plain sentence on stderr: never a traceback, and never the catch-all
"something went wrong", which is what an unexpected exception turns into.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.__main__ import build_parser, main
from tests.shop_shapes import SHAPES, ShapeSpec, build_shop, retail_rows

ROOT = Path(__file__).resolve().parents[3]


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    """Run ``python -m core ARGV`` in-process; returns (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse
            code = exc.code
    return code, out.getvalue(), err.getvalue()


def verb_runs(folder: Path, full: bool) -> list[list[str]]:
    """Return argument lists covering every verb (``full``: every option that reads the shop differently)."""
    out = lambda name: str(folder / name)  # noqa: E731
    runs = [
        ["summary", "--json"], ["customers"], ["customers", "--json"], ["customers", "--profile", "1", "--json"],
        ["segments", "--json"], ["segments", "--grid"], ["lists"], ["lists", "--json"], ["lists", "at_risk"],
        ["lists", "vip", "--json"], ["clv", "--json"], ["clv", "--backtest"], ["also-bought", "--json"],
        ["recommend", "--evaluate", "--json"], ["recommend", "--bestsellers", "shop"], ["recommend", "--refills"],
        ["recommend", "--customer", "12000"], ["report", "--json"],
        ["export", "--audience", "vip", "--target", "csv", "--out", out("offer.csv"), "--no-record"],
        ["export", "--audience", "all", "--target", "csv", "--out", out("v.csv"), "--variant", "A", "--variant",
         "B:discount=10;picks=none", "--codes", "SK", "--codes-file", "woocommerce", "--sent-at", "2011-01-01"],
        ["campaigns", "--json"],
        ["export-customer", "--id", "1", "--out", out("customer.json")],
        ["snippet", "--kind", "bestsellers", "--out", out("best.html")],
        ["backup", "--list", "--json"], ["rates", "--json"], ["rates"],
        ["movements", "--json"], ["first-products", "--json"], ["deal-seekers", "--json"],
        ["pseudonymise", out("shape.csv"), "--out", out("pseudo.csv")],
        ["import", out("shape.csv"), "--json"],  # the same file again adds nothing (the empty shop: no file)
        ["erase-customer", "--id", "1", "--yes", "--json"],  # last: it changes the shop
    ]
    if full:
        runs[-1:-1] = [
            ["summary"], ["customers", "--search", "a"], ["customers", "--profile", "1"],
            ["customers", "--csv", out("c.csv")], ["segments"], ["segments", "--scheme", "putler11", "--json"],
            ["segments", "--grid", "--json"], ["segments", "--customers", "champions"],
            ["segments", "--customers", "5,5", "--json"], ["lists", "winback", "--json"],
            ["lists", "at_risk", "--json"], ["lists", "vip", "--csv", out("vip.csv")], ["lists", "--top", "1", "vip"],
            ["lists", "--as-of", "2018-01-01", "--json"],
            ["clv", "--lapse", "--json"], ["clv", "--lapse"],
            ["clv"], ["clv", "--backtest", "--json"], ["clv", "--csv", out("clv.csv")], ["also-bought"],
            ["also-bought", "--bundles", "--json"], ["also-bought", "--product", "MUG"],
            ["also-bought", "--customer-days", "30", "--json"], ["recommend", "--evaluate"],
            ["recommend", "--bestsellers", "country", "--json"], ["recommend", "--bestsellers", "segment"],
            ["recommend", "--refills", "--json"], ["recommend", "--customer", "12000", "--json"],
            ["recommend", "--as-of", "2011-06-01", "--all", "--top", "10", "--csv", out("picks.csv")],
            ["recommend", "--all", "--json"], ["report"],
            ["report", "--out", out("report.pdf"), "--charts", out("charts")],
            ["export", "--audience", "winback", "--target", "mailchimp", "--out", out("m.csv"), "--no-record"],
            ["export", "--audience", "all", "--target", "csv", "--out", out("s.csv"), "--no-record", "--skip-full-price",
             "--scale-by-value", "--json"],
            ["export", "--audience", "list:at_risk", "--target", "xlsx", "--out", out("x.xlsx"), "--json"],
            ["export-customer", "--id", "1", "--out", out("customer.csv"), "--json"],
            ["movements"], ["movements", "--from", "2010-01-01", "--to", "2011-06-30", "--scheme", "putler11"],
            ["movements", "--members", "new:promising", "--csv", out("moved.csv")],
            ["movements", "--members", "champions:at_risk", "--json"], ["movements", "--csv", out("moves.csv")],
            ["first-products"], ["first-products", "--codes", "--min-buyers", "1"],
            ["first-products", "--csv", out("firsts.csv")], ["deal-seekers"],
            ["deal-seekers", "--threshold", "0.3", "--csv", out("deals.csv")],
            ["backup"], ["backup", "--list"], ["campaigns"], ["campaigns", "--id", "1", "--window-days", "60"],
            *[["snippet", "--kind", kind, "--out", out(f"{kind}.html")]
              for kind in ("also-bought", "also-bought-liquid", "woocommerce", "vip-banner", "vip-banner-liquid")],
        ]
    return runs


def check_run(argv: list[str], code: int, stdout: str, stderr: str) -> None:
    """Fail unless the run gave its result (exit 0, --json parses) or one plain sentence (exit 1)."""
    where = " ".join(argv)
    assert code in (0, 1), f"{where}: exit code {code}\n{stderr}"
    assert "Traceback" not in stdout + stderr, where
    if code == 1:
        message = stderr.strip()
        assert message.startswith("Error: ") and "\n" not in message, f"{where}: {stderr!r}"
        assert "something went wrong" not in message, f"{where} crashed: {message}"
        assert len(message) > len("Error: ") + 10, where
    elif "--json" in argv:
        json.loads(stdout)


def all_verbs_run(spec: ShapeSpec, full: bool) -> dict[str, tuple[int, str, str]]:
    """Build the shop of ``spec`` and run every verb on it; returns {argv as text: (code, stdout, stderr)}."""
    with tempfile.TemporaryDirectory(prefix="shop-shape-") as folder:
        folder = Path(folder)
        db = build_shop(spec, folder)
        shape_csv = next((p for p in folder.glob("*.csv")), None)
        if shape_csv is not None:
            shape_csv.rename(folder / "shape.csv")
        results = {}
        for argv in verb_runs(folder, full):
            if "shape.csv" in " ".join(argv) and shape_csv is None:
                continue
            argv = [*argv, "--db", str(db)]
            code, stdout, stderr = run_cli(argv)
            check_run(argv, code, stdout, stderr)
            results[" ".join(argv[:-2])] = (code, stdout, stderr)
        return results


def expected_counts(spec: ShapeSpec) -> dict:
    """Counts worked out from the rows written to the file (not from the shop)."""
    if spec.shape == "empty":
        return {"orders": 0, "customers": 0, "buyers": 0}
    if spec.shape == "customers_only":
        return {"orders": 0, "customers": max(spec.customers, 1), "buyers": 0}
    rows = retail_rows(spec)
    invoices = {r[0] for r in rows}
    buyers = {r[6] for r in rows if not r[0].startswith("C")}
    return {"orders": len(invoices), "customers": len({r[6] for r in rows}), "buyers": len(buyers)}


def check_figures(spec: ShapeSpec, results: dict) -> None:
    """The summary and the customer table agree with counts taken from the file itself."""
    want = expected_counts(spec)
    code, stdout, _ = results["summary --json"]
    assert code == 0
    summary = json.loads(stdout)
    assert summary["orders"] == want["orders"]
    assert summary["customers"] == want["customers"]
    code, stdout, _ = results["customers --json"]
    assert code == 0 and len(json.loads(stdout)) == want["buyers"]
    code, stdout, _ = results["lists --json"]
    assert code == 0
    sizes = {row["list"]: row["customers"] for row in json.loads(stdout)["lists"]}
    assert sizes["vip"] == math.ceil(want["buyers"] * 10 / 100)  # default: top 10 %, rounded up
    if want["buyers"] == 0:  # an empty result is said plainly, not as a failure
        code, stdout, _ = results["lists at_risk"]
        assert code == 0 and "No customers with orders yet" in stdout


shape_specs = st.builds(
    ShapeSpec, shape=st.sampled_from(SHAPES), customers=st.integers(1, 6), orders_per_customer=st.integers(1, 3),
    lines_per_order=st.integers(1, 3), seed=st.integers(0, 10_000),
    start=st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2022, 6, 1)).map(
        lambda d: d.replace(second=0, microsecond=0)))


def test_every_verb_is_covered():
    """A new verb must be added to verb_runs (or it would escape these checks)."""
    sub = next(a for a in build_parser()._actions if a.dest == "verb")
    covered = {argv[0] for argv in verb_runs(Path("."), full=True)}
    assert set(sub.choices) == covered


@pytest.mark.parametrize("shape", SHAPES)
def test_each_shape_every_verb(shape):
    spec = ShapeSpec(shape)
    check_figures(spec, all_verbs_run(spec, full=False))


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=shape_specs)
def test_generated_shops_every_verb(spec):
    check_figures(spec, all_verbs_run(spec, full=False))


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=shape_specs)
@example(spec=ShapeSpec("empty"))
@example(spec=ShapeSpec("customers_only"))
@example(spec=ShapeSpec("all_cancelled"))
def test_generated_shops_every_verb_and_option(spec):
    check_figures(spec, all_verbs_run(spec, full=True))


def test_lists_on_an_empty_shop_from_the_real_command_line(tmp_path):
    """The reported crash, through the real entry point: a plain sentence and exit code 0."""
    db = build_shop(ShapeSpec("empty"), tmp_path)
    for argv in (["lists"], ["lists", "at_risk"]):
        done = subprocess.run([sys.executable, "-m", "core", *argv, "--db", str(db)], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "No customers with orders yet" in done.stdout
        assert done.stderr == ""


def test_check_run_refuses_a_crash():
    """The check itself: the catch-all sentence of an unexpected exception fails it."""
    with pytest.raises(AssertionError):
        check_run(["lists"], 1, "", "Error: something went wrong (IndexError: x). Run again with --debug.\n")
    with pytest.raises(ValueError):  # --json that does not parse
        check_run(["lists", "--json"], 0, "VIP: 0", "")
    check_run(["lists"], 1, "", "Error: There is no customer number 1 in this shop.\n")
