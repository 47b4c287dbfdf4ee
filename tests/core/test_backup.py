"""Shop backups: made before risky changes, the newest N kept, listed per shop, restored (and undoable)."""

from __future__ import annotations

import inspect
import json
import sqlite3
from pathlib import Path

import pytest

from core.__main__ import main as cli
from core.backup import BackupError, backup_before, list_backups, make_backup, restore_backup
from core.importers import pipeline
from core.importers.pipeline import import_file
from core.store import open_memory_shop, open_shop

MORE_CSV = """Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country
2001,A1,RED MUG,1,2024-05-05 10:00:00,3.50,300.0,Spain
2002,B2,BLUE MUG,2,2024-05-06 10:00:00,4.25,301.0,Spain
"""


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def shop_path(tmp_path, tiny_shop_csv) -> Path:
    path = tmp_path / "shop" / "my.shop.db"
    path.parent.mkdir()
    db = open_shop(path)
    import_file(db, tiny_shop_csv)
    db.conn.close()
    return path


@pytest.fixture
def more_csv(tmp_path) -> Path:
    path = tmp_path / "more.csv"
    path.write_text(MORE_CSV, encoding="utf-8")
    return path


def test_nothing_to_back_up_for_memory_or_empty_shops(tmp_path):
    assert backup_before(open_memory_shop(), "import") is None
    empty = tmp_path / "empty.shop.db"
    open_shop(empty).conn.close()
    assert backup_before(empty, "import") is None
    assert backup_before(tmp_path / "missing.shop.db", "import") is None
    assert not (tmp_path / "backups").exists()


def test_backup_is_a_consistent_copy_next_to_the_shop(shop_path):
    db = open_shop(shop_path)  # open connection, WAL mode: the copy must still hold every committed row
    made = backup_before(db, "import")
    db.conn.close()
    assert made.parent == shop_path.parent / "backups"
    assert made.name.startswith("my.shop.db.") and made.name.endswith(".import.bak.db")
    for table in ("orders", "order_lines", "customers", "products"):
        assert count(made, table) == count(shop_path, table) > 0
    conn = sqlite3.connect(str(made))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert [b.path for b in list_backups(shop_path)] == [made]


def test_only_the_newest_n_are_kept_and_other_shops_are_left_alone(shop_path, tmp_path, tiny_shop_csv):
    neighbour = shop_path.parent / "other.shop.db"
    db = open_shop(neighbour)
    import_file(db, tiny_shop_csv)
    db.conn.close()
    theirs = make_backup(neighbour, "manual")
    made = [make_backup(shop_path, "manual", keep=5) for _ in range(7)]
    kept = list_backups(shop_path)
    assert [b.path for b in kept] == list(reversed(made[-5:]))
    assert not made[0].exists() and not made[1].exists()
    assert theirs.exists() and [b.path for b in list_backups(neighbour)] == [theirs]


def test_restore_brings_back_the_earlier_state_and_can_be_undone(shop_path, more_csv):
    orders_before = count(shop_path, "orders")
    first = make_backup(shop_path, "manual")
    db = open_shop(shop_path)
    import_file(db, more_csv)
    orders_after = count(shop_path, "orders")
    assert orders_after == orders_before + 2
    safety = restore_backup(shop_path, first.name)
    # The connection that was open during the restore sees the restored shop too.
    assert db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == orders_before
    db.conn.close()
    assert count(shop_path, "orders") == orders_before
    assert safety is not None and count(safety, "orders") == orders_after
    restore_backup(shop_path, safety.name)
    assert count(shop_path, "orders") == orders_after
    reopened = open_shop(shop_path)
    assert reopened.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened.conn.close()


def test_restore_of_unknown_or_damaged_backup_is_a_plain_error(shop_path):
    with pytest.raises(BackupError, match="no backup called"):
        restore_backup(shop_path, "nope.bak.db")
    bad = shop_path.parent / "backups" / "my.shop.db.20240101T000000000000Z.manual.bak.db"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(shop_path, bad.name)
    assert count(shop_path, "orders") > 0


def test_unwritable_backup_folder_is_a_plain_error(shop_path):
    (shop_path.parent / "backups").write_text("a file where the folder should be")
    with pytest.raises(BackupError) as info:
        backup_before(shop_path, "import")
    assert "could not be written" in str(info.value) and "\n" not in str(info.value)


def test_import_backs_up_the_shop_first(shop_path, more_csv):
    if "backup_before" not in inspect.getsource(pipeline):
        pytest.xfail("core/importers/pipeline.py does not call core.backup.backup_before yet (lead to wire)")
    db = open_shop(shop_path)
    orders_before = count(shop_path, "orders")
    import_file(db, more_csv)
    db.conn.close()
    backups = list_backups(shop_path)
    assert backups and backups[0].reason == "import"
    assert count(backups[0].path, "orders") == orders_before


def test_cli_backup_list_restore(shop_path, more_csv, capsys):
    assert cli(["backup", "--db", str(shop_path), "--json"]) == 0
    made = json.loads(capsys.readouterr().out)["backup"]
    db = open_shop(shop_path)
    import_file(db, more_csv)
    db.conn.close()
    assert cli(["backup", "--db", str(shop_path), "--list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert made in [b["name"] for b in listed]
    assert cli(["backup", "--db", str(shop_path), "--restore", made]) == 0
    assert "Restored" in capsys.readouterr().out
    assert count(shop_path, "orders") == 5  # the tiny shop's 5 invoices, before more.csv
    assert cli(["backup", "--db", str(shop_path), "--restore", "missing.bak.db"]) == 1
    assert "no backup called" in capsys.readouterr().err


def test_half_written_copies_left_by_a_crash_are_cleaned_up(shop_path):
    import os
    import time

    folder = shop_path.parent / "backups"
    folder.mkdir()
    stale = folder / "my.shop.db.20240101T000000000000Z.import.bak.db.part"
    fresh = folder / "my.shop.db.20240102T000000000000Z.import.bak.db.part"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    make_backup(shop_path, "manual")
    assert not stale.exists()
    assert fresh.exists()  # may belong to a backup another window is making right now
    assert [b.reason for b in list_backups(shop_path)] == ["manual"]
