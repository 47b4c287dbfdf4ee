"""The command line contract: import, summary --json, plain one-sentence errors, --help everywhere."""

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from core.__main__ import build_parser

ROOT = Path(__file__).resolve().parents[3]


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "core", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_import_then_summary_json(tmp_path, tiny_shop_csv):
    db = tmp_path / "cli.shop.db"
    imported = run_cli("import", tiny_shop_csv, "--db", db, "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["lines_added"] == 8
    summary = run_cli("summary", "--db", db, "--json")
    data = json.loads(summary.stdout)
    raw = pd.read_csv(tiny_shop_csv, dtype=str)
    assert data["orders"] == raw["Invoice"].nunique()
    assert data["customers"] == raw["Customer ID"].dropna().nunique()
    for key in ("customers", "orders", "lines", "products", "revenue", "first_order", "last_order"):
        assert key in data


def test_missing_shop_is_one_plain_sentence(tmp_path):
    result = run_cli("summary", "--db", tmp_path / "missing.db")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "no shop database" in result.stderr


def test_unrecognised_file_is_plain(tmp_path):
    path = tmp_path / "weird.csv"
    path.write_text("alpha,beta\n1,2\n")
    result = run_cli("import", path, "--db", tmp_path / "x.db")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "does not recognise" in result.stderr


def test_every_verb_has_help():
    parser = build_parser()
    verbs = parser._subparsers._group_actions[0].choices
    assert {"import", "summary"} <= set(verbs)
    for name, sub in verbs.items():
        assert sub.description or sub.format_help(), name
        assert "--db" in sub.format_help(), f"{name} has no --db option"


def test_a_reader_that_stops_early_gets_no_error(demo_db_path):
    """``python -m core clv --json | head -1``: the closed pipe ends the command quietly (exit 141, as a shell
    tool would), not with an error sentence. The demo's CLV table (~120 kB) is more than a pipe holds."""
    child = subprocess.Popen([sys.executable, "-m", "core", "clv", "--db", str(demo_db_path), "--json"], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.read(10)
    child.stdout.close()  # the reader goes away while the command still has lines to write
    _out, err = child.communicate(timeout=120)
    assert child.returncode == 141 and err == b"", err


def test_tables_print_plain_dates(capsys):
    from core.cli.common import print_table
    frame = pd.DataFrame({"day": pd.to_datetime(["2011-11-08", None], utc=True),
                          "at": pd.to_datetime(["2011-11-08 14:05:09", "2011-12-01 00:00:00"], utc=True)})
    print_table(frame)
    out = capsys.readouterr().out
    assert "2011-11-08 14:05" in out and "2011-12-01 00:00" in out and "+00:00" not in out and "NaT" not in out
    assert out.splitlines()[1].split()[0] == "2011-11-08"
