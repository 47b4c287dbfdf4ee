"""GDPR: erasing one customer (bytes gone from the file, WAL and backups), exporting one customer, pseudonyms."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from core.__main__ import main as cli
from core.backup import list_backups, make_backup
from core.errors import ShopkeeperError
from core.importers.pipeline import import_file
from core.privacy import (
    CustomerNotFound,
    compact_shop,
    customer_data,
    erase_customer,
    export_customer,
    match_pseudonyms,
    pseudonymise,
    shop_salt,
    write_pseudonymised_csv,
)
from core.store import open_shop, set_setting, write_transaction

TARGET = "marta.ozola@example.lv"
OTHER = "piotr.nowak@example.pl"
HEADER = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country,Email,First Name,Last Name\n"
ROWS = [
    ("5001", "A1", "RED MUG", 2, "2024-01-05 10:00:00", 3.50, "100.0", "Latvia", TARGET, "Marta", "Ozola"),
    ("5001", "B2", "BLUE MUG", 1, "2024-01-05 10:00:00", 4.25, "100.0", "Latvia", TARGET, "Marta", "Ozola"),
    ("5002", "C3", "TEA TOWEL", 3, "2024-02-01 09:00:00", 1.95, "100.0", "Latvia", TARGET, "Marta", "Ozola"),
    ("5003", "A1", "RED MUG", 6, "2024-02-10 11:30:00", 3.50, "200.0", "Poland", OTHER, "Piotr", "Nowak"),
    ("5004", "C3", "TEA TOWEL", 1, "2024-03-01 12:00:00", 1.95, "200.0", "Poland", OTHER, "Piotr", "Nowak"),
    ("5005", "B2", "BLUE MUG", 4, "2024-03-20 16:45:00", 4.25, "100.0", "Latvia", TARGET, "Marta", "Ozola"),
]


@pytest.fixture
def export_csv(tmp_path) -> Path:
    path = tmp_path / "orders.csv"
    path.write_text(HEADER + "".join(",".join(str(v) for v in row) + "\n" for row in ROWS), encoding="utf-8")
    return path


@pytest.fixture
def shop(tmp_path, export_csv):
    """A shop file with the export imported, a campaign including both customers, and a setting naming the target."""
    path = tmp_path / "private.shop.db"
    db = open_shop(path)
    import_file(db, export_csv)
    ids = dict(db.execute("SELECT email, id FROM customers").fetchall())
    with write_transaction(db) as conn:
        conn.execute("INSERT INTO campaigns(id, name, created_at, audience, target, members) "
                     "VALUES (1, 'Spring', '2024-04-01T00:00:00Z', 'vip', 'csv', 2)")
        conn.executemany("INSERT INTO campaign_members(campaign_id, customer_id, in_control, group_name, coupon_code) "
                         "VALUES (1, ?, ?, ?, ?)",
                         [(ids[TARGET], 0, "mailed", "SPRING7KQ2"), (ids[OTHER], 1, "control", None)])
    set_setting(db, "notes.vip", {"remember": f"call {TARGET} about the wholesale order"})
    yield db
    db.conn.close()


def raw_count(path: Path, needle: str) -> int:
    """Occurrences of ``needle`` in the raw bytes of the file and its -wal (independent of core.privacy)."""
    total = 0
    for file in (path, Path(f"{path}-wal")):
        if file.exists():
            total += file.read_bytes().count(needle.encode())
    return total


def product_revenue(db) -> dict:
    return dict(db.execute("SELECT p.sku, SUM(l.line_total_minor) FROM order_lines l JOIN products p "
                           "ON p.id = l.product_id GROUP BY p.sku").fetchall())


def test_erase_removes_every_byte_of_the_email_and_keeps_product_figures(shop, tmp_path):
    path = tmp_path / "private.shop.db"
    make_backup(shop, "manual")
    assert raw_count(path, TARGET) > 0 or raw_count(path, "Ozola") > 0  # the test can fail: it is there before
    backup = list_backups(path)[0].path
    assert raw_count(backup, TARGET) > 0
    revenue_before = product_revenue(shop)
    target_id = shop.execute("SELECT id FROM customers WHERE email = ?", [TARGET]).fetchone()[0]

    result = erase_customer(shop, email=TARGET.upper())

    assert result.customer_id == target_id
    assert result.orders_anonymised == 3  # invoices 5001, 5002, 5005
    assert result.rows_deleted == {"customer_sources": 1, "campaign_members": 1, "customers": 1}
    assert result.cells_blanked == 1  # the note in settings
    for needle in (TARGET, "Ozola", "Marta"):
        assert raw_count(path, needle) == 0, needle
        assert raw_count(backup, needle) == 0, needle
    assert result.db_bytes_found == 0
    assert result.backups_erased == 1
    # Orders stay for product statistics, unlinked.
    assert product_revenue(shop) == revenue_before
    assert shop.execute("SELECT COUNT(*) FROM orders WHERE customer_id IS NULL").fetchone()[0] == 3
    # The other customer is untouched.
    other = shop.execute("SELECT id, first_name FROM customers WHERE email = ?", [OTHER]).fetchone()
    assert other[1] == "Piotr"
    assert shop.execute("SELECT COUNT(*) FROM orders WHERE customer_id = ?", [other[0]]).fetchone()[0] == 2
    assert shop.execute("SELECT COUNT(*) FROM campaign_members").fetchone()[0] == 1
    assert shop.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with pytest.raises(CustomerNotFound):
        erase_customer(shop, email=TARGET)


def test_erase_with_delete_orders_removes_their_lines(shop):
    expected_lines = sum(1 for row in ROWS if row[8] == TARGET)
    lines_before = shop.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0]
    result = erase_customer(shop, email=TARGET, delete_orders=True)
    assert result.orders_deleted == 3
    assert result.lines_deleted == expected_lines
    assert shop.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0] == lines_before - expected_lines
    assert shop.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 2


def test_export_customer_json_and_csv_match_the_source_file(shop, tmp_path, export_csv):
    source = pd.read_csv(export_csv)
    mine = source[source["Email"] == TARGET]
    data = customer_data(shop, email=TARGET)
    assert data["customer"]["email"] == TARGET and data["customer"]["last_name"] == "Ozola"
    assert [o["order"] for o in data["orders"]] == sorted(mine["Invoice"].astype(str).unique())
    assert sum(len(o["lines"]) for o in data["orders"]) == len(mine)
    total = sum(line["line_total"] for o in data["orders"] for line in o["lines"])
    assert total == pytest.approx((mine["Quantity"] * mine["Price"]).sum())
    assert data["sources"] == [{"platform": "online_retail", "external_id": "100"}]
    assert data["campaigns"][0]["campaign"] == "Spring" and data["campaigns"][0]["in_control_group"] is False
    assert data["campaigns"][0]["group"] == "mailed" and data["campaigns"][0]["coupon_code"] == "SPRING7KQ2"

    out_json = export_customer(shop, tmp_path / "marta.json", email=TARGET)
    assert json.loads(out_json.read_text(encoding="utf-8")) == json.loads(json.dumps(data))
    out_csv = export_customer(shop, tmp_path / "marta.csv", email=TARGET)
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8-sig"))))
    assert len(rows) == len(mine)
    assert {r["customer_email"] for r in rows} == {TARGET}
    assert OTHER not in out_csv.read_text(encoding="utf-8-sig")
    with pytest.raises(ShopkeeperError):
        export_customer(shop, tmp_path / "marta.txt", email=TARGET)


def test_pseudonyms_are_stable_per_shop_and_hide_the_email(shop, tmp_path, export_csv):
    frame = pd.DataFrame({"email": [TARGET, TARGET.upper() + " ", OTHER, None], "first_name": ["a", "b", "c", "d"],
                          "orders": [1, 2, 3, 4]})
    shared = pseudonymise(shop, frame)
    assert list(shared.columns) == ["customer_ref", "orders"]
    refs = shared["customer_ref"].tolist()
    assert refs[0] == refs[1] and refs[0] != refs[2] and pd.isna(refs[3])
    assert TARGET not in shared.to_csv()
    assert shop_salt(shop) == shop_salt(shop)  # stored, not regenerated
    other_shop = open_shop(tmp_path / "other.shop.db")
    assert pseudonymise(other_shop, frame)["customer_ref"][0] != refs[0]


def test_cli_export_and_erase(shop, tmp_path, capsys):
    path = tmp_path / "private.shop.db"
    out = tmp_path / "export.json"
    assert cli(["export-customer", "--db", str(path), "--email", TARGET, "--out", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["orders"] == 3 and out.exists()
    assert cli(["erase-customer", "--db", str(path), "--email", TARGET, "--yes", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["db_bytes_found"] == 0
    assert cli(["erase-customer", "--db", str(path), "--email", TARGET, "--yes"]) == 1
    assert "no customer" in capsys.readouterr().err


def test_pseudonymised_file_can_be_matched_back_only_in_this_shop(shop, tmp_path):
    frame = pd.DataFrame({"email": [OTHER, TARGET], "last_name": ["Nowak", "Ozola"], "spend": [25.0, 40.0]})
    path = write_pseudonymised_csv(shop, frame, tmp_path / "for_helper.csv")
    text = path.read_text(encoding="utf-8-sig")
    assert "example" not in text and "Nowak" not in text and "Ozola" not in text
    back = pd.read_csv(path)
    ids = dict(shop.execute("SELECT email, id FROM customers").fetchall())
    assert match_pseudonyms(shop, back["customer_ref"]).tolist() == [ids[OTHER], ids[TARGET]]
    elsewhere = open_shop(tmp_path / "elsewhere.shop.db")
    assert match_pseudonyms(elsewhere, back["customer_ref"]).isna().all()


def test_erase_while_another_window_has_the_shop_open(shop, tmp_path):
    path = tmp_path / "private.shop.db"
    window = open_shop(path)  # the desktop keeps a connection open on the GUI thread
    assert window.execute("SELECT COUNT(*) FROM customers WHERE email = ?", [TARGET]).fetchone()[0] == 1
    result = erase_customer(shop, email=TARGET)
    assert result.db_bytes_found == 0
    assert raw_count(path, TARGET) == 0
    assert window.execute("SELECT COUNT(*) FROM customers WHERE email = ?", [TARGET]).fetchone()[0] == 0
    window.conn.close()


def test_erase_held_up_by_a_reading_window_says_so_and_compact_finishes_it(shop, tmp_path, capsys):
    from core.store import ShopBusyError

    path = tmp_path / "private.shop.db"
    reader = sqlite3.connect(str(path), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM customers").fetchone()  # a long analysis in the other window
    shop.execute("INSERT INTO settings(key, value) VALUES ('x', '1')")  # make sure the WAL has frames
    with pytest.raises(ShopBusyError, match="compact"):
        compact_shop(shop, wait_seconds=0.3)
    reader.execute("COMMIT")
    reader.close()
    assert cli(["erase-customer", "--db", str(path), "--email", TARGET, "--yes"]) == 0
    assert cli(["erase-customer", "--db", str(path), "--compact-only"]) == 0
    assert raw_count(path, TARGET) == 0
    assert cli(["erase-customer", "--db", str(path)]) == 1
    assert "--email" in capsys.readouterr().err


def test_keep_backups_leaves_them_and_the_owner_is_told(shop, tmp_path, capsys):
    """Decided: backups are erased too by default. With --keep-backups they are left as they are, and the
    output says how many still hold the customer (restoring one would bring them back)."""
    path = tmp_path / "private.shop.db"
    older = make_backup(shop, "manual")
    newer = make_backup(shop, "import")
    assert raw_count(older, TARGET) > 0 and raw_count(newer, TARGET) > 0
    assert cli(["erase-customer", "--db", str(path), "--email", TARGET, "--yes", "--keep-backups"]) == 0
    out = capsys.readouterr().out
    assert raw_count(path, TARGET) == 0
    assert raw_count(older, TARGET) > 0 and raw_count(newer, TARGET) > 0  # left alone, as asked
    assert "2 backup(s) made before now still hold this customer" in out
    assert str(path.parent / "backups") in out
    assert "no longer anywhere in the shop file" in out


def test_default_erase_cleans_backups_and_says_so(shop, tmp_path, capsys):
    path = tmp_path / "private.shop.db"
    backups = [make_backup(shop, "manual"), make_backup(shop, "import")]
    assert cli(["erase-customer", "--db", str(path), "--email", TARGET, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Backups cleaned: 2" in out and "still hold" not in out
    assert all(raw_count(b, TARGET) == 0 for b in backups)
    # A later erase of someone else with --keep-backups counts only backups that still hold *them*.
    result = erase_customer(shop, email=OTHER, include_backups=False)
    assert result.backups_still_holding == sum(raw_count(b, OTHER) > 0 for b in backups) == 2


def test_erase_on_real_shop_leaves_no_bytes(shared_data, tmp_path):
    """Real data: import the UCI Online Retail II subset with an e-mail column added (one per Customer ID),
    erase the customer with the most lines, and grep the shop file, its WAL and a backup for the e-mail."""
    source = pd.read_csv(shared_data / "online_retail_II.csv", dtype=str)
    ids = source["Customer ID"].fillna("")
    source["Email"] = ids.map(lambda c: f"buyer{c.split('.')[0]}@shop.example" if c else "")
    export = tmp_path / "online_retail_with_emails.csv"
    source.to_csv(export, index=False)
    path = tmp_path / "real.shop.db"
    db = open_shop(path)
    import_file(db, export)
    busiest = ids[ids != ""].value_counts().index[0]
    email = f"buyer{busiest.split('.')[0]}@shop.example"
    backup = make_backup(db, "manual")
    assert raw_count(path, email) + raw_count(backup, email) > 0
    lines_before = db.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0]
    result = erase_customer(db, email=email)
    assert result.orders_anonymised == source.loc[ids == busiest, "Invoice"].nunique()
    assert raw_count(path, email) == 0 and raw_count(backup, email) == 0 and result.db_bytes_found == 0
    assert db.execute("SELECT COUNT(*) FROM order_lines").fetchone()[0] == lines_before
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.conn.close()


def test_cli_pseudonymise_a_real_list_and_match_the_answer_back(shop, tmp_path, capsys):
    """The VIP list as the lists verb writes it goes to a helper without e-mails or names; the helper's file
    (their own column added, rows reordered) is matched back to the same customers."""
    path = tmp_path / "private.shop.db"
    vip = tmp_path / "vip.csv"
    assert cli(["lists", "vip", "--db", str(path), "--top", "2", "--csv", str(vip)]) == 0
    listed = pd.read_csv(vip, dtype=str)
    assert {TARGET, OTHER} & set(listed["email"])
    capsys.readouterr()
    shared = tmp_path / "for_helper.csv"
    assert cli(["pseudonymise", str(vip), "--db", str(path), "--out", str(shared), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["rows"] == len(listed) and summary["email_column"] == "email"
    text = shared.read_text(encoding="utf-8-sig")
    for secret in (TARGET, OTHER, "Marta", "Ozola", "Piotr", "Nowak"):
        assert secret not in text, secret
    helper = pd.read_csv(shared, dtype=str)
    assert "name" not in helper.columns and helper["customer_ref"].str.fullmatch(r"[0-9a-f]{16}").all()
    helper["helper_score"] = range(len(helper))
    answer = tmp_path / "answer.csv"
    helper.iloc[::-1].to_csv(answer, index=False)
    back = tmp_path / "matched.csv"
    assert cli(["pseudonymise", str(answer), "--match", "--db", str(path), "--out", str(back)]) == 0
    assert f"Matched {len(listed)} of {len(listed)} rows" in capsys.readouterr().out
    matched = pd.read_csv(back, dtype=str)
    original = dict(zip(listed["email"], listed["customer_id"]))
    assert dict(zip(matched["email"], matched["customer_id"])) == original
    assert cli(["pseudonymise", str(answer), "--db", str(path), "--out", str(back)]) == 1
    assert "no e-mail column" in capsys.readouterr().err


def test_compact_on_a_full_disk_is_a_plain_message(shop, tmp_path):
    """VACUUM needs room for a copy of the shop; when the disk is full the owner gets one sentence that says the
    erase itself is done and how to finish compacting later."""
    from core.store import DiskFullError

    class FullDisk:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, *args):
            if sql.strip().upper() == "VACUUM":
                raise sqlite3.OperationalError("database or disk is full")
            return self.conn.execute(sql, *args)

    class Db:
        conn = FullDisk(shop.conn)

    with pytest.raises(DiskFullError, match="compact-only") as info:
        compact_shop(Db())
    assert "\n" not in str(info.value)


def test_erase_held_up_by_a_reader_still_cleans_the_backups(shop, tmp_path):
    """When compaction has to wait for another window, the customer is already gone from the shop and can no
    longer be looked up, so their backups must have been cleaned before the plain 'compact later' message."""
    from core.store import ShopBusyError

    path = tmp_path / "private.shop.db"
    backup = make_backup(shop, "manual")
    assert raw_count(backup, TARGET) > 0
    reader = sqlite3.connect(str(path), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM customers").fetchone()
    try:
        with pytest.raises(ShopBusyError, match="compact"):
            erase_customer(shop, email=TARGET, compact_wait_seconds=0.3)
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert raw_count(backup, TARGET) == 0
    assert shop.execute("SELECT COUNT(*) FROM customers WHERE email = ?", [TARGET]).fetchone()[0] == 0
    compact_shop(shop)
    assert raw_count(path, TARGET) == 0
