"""Erasing a customer is all or nothing, finds them wherever Shopkeeper put them and tells the truth.

Tombstones: the erase request is written beside the shop (a salted hash only) before anything is erased, an
interrupted erase is finished on the next open, and a restore re-applies every tombstone. Matching is
case-insensitive in every alphabet, only the match is blanked, names are searched as well as e-mails, and files
the app wrote (offer/control/dropped files, customer exports, compressed .xlsx included) are listed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from core.__main__ import main as cli
from core.backup import list_backups, make_backup, restore_backup
from core.importers.pipeline import import_file
from core import privacy
from core.privacy import (
    CustomerNotFound,
    EraseIncomplete,
    erase_customer,
    export_customer,
    finish_pending_erasures,
    read_tombstones,
    record_written_file,
)
from core.locations import tombstone_path
from core.offers.campaign import OfferSpec, make_offer
from core.store import get_setting, open_shop, set_setting

ZOE = "zoë.müller@exämple.de"
ZOE_SHOUTED = "ZOË.MÜLLER@EXÄMPLE.DE"
MARTA = "marta.ozola@example.lv"
OTHER = "piotr.nowak@example.pl"
HEADER = ("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country,Email,First Name,"
          "Last Name\n")
ROWS = [
    ("5001", "A1", "RED MUG", 2, "2024-01-05 10:00:00", 3.50, "100.0", "Germany", ZOE, "Zoë", "Müller"),
    ("5002", "C3", "TEA TOWEL", 3, "2024-02-01 09:00:00", 1.95, "100.0", "Germany", ZOE, "Zoë", "Müller"),
    ("5003", "A1", "RED MUG", 6, "2024-02-10 11:30:00", 3.50, "200.0", "Poland", OTHER, "Piotr", "Nowak"),
    ("5004", "B2", "BLUE MUG", 1, "2024-03-01 12:00:00", 4.25, "300.0", "Latvia", MARTA, "Marta", "Ozola"),
]


def raw_count(path: Path, needle: str) -> int:
    """Occurrences of ``needle`` in a file's bytes, any case (decoded text, independent of core.privacy)."""
    if not path.exists():
        return 0
    return path.read_bytes().decode("utf-8", "replace").casefold().count(needle.casefold())


def everywhere(folder: Path, needle: str) -> dict[str, int]:
    """Every file under ``folder`` (shop, WAL, backups, anything) that holds ``needle``."""
    found = {}
    for file in folder.rglob("*"):
        if file.is_file() and raw_count(file, needle):
            found[str(file.relative_to(folder))] = raw_count(file, needle)
    return found


@pytest.fixture
def shop(tmp_path):
    folder = tmp_path / "shopdir"
    folder.mkdir()
    export = tmp_path / "orders.csv"  # outside the shop's folder: the owner's original export
    export.write_text(HEADER + "".join(",".join(str(v) for v in row) + "\n" for row in ROWS), encoding="utf-8")
    db = open_shop(folder / "s.shop.db")
    import_file(db, export)
    yield db
    db.conn.close()


def shop_path(db) -> Path:
    return Path(db.conn.execute("PRAGMA database_list").fetchone()[2])


def holds(path: Path, email: str) -> bool:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT COUNT(*) FROM customers WHERE email = ?", (email,)).fetchone()[0] > 0
    finally:
        conn.close()


def test_tombstone_holds_only_a_salted_hash_and_is_finished(shop):
    path = shop_path(shop)
    make_backup(shop, "manual")
    erase_customer(shop, email=MARTA)
    stones = tombstone_path(path)
    text = stones.read_text(encoding="utf-8")
    for secret in (MARTA, "marta", "ozola", "300"):
        assert secret not in text.casefold()
    records = read_tombstones(path)["erasures"]
    assert len(records) == 1 and records[0]["finished_at"] is not None
    assert len(records[0]["hashes"]) == 1 and len(records[0]["hashes"][0]) == 32
    assert finish_pending_erasures(path) == {"finished": 0, "pending": 0, "problems": []}


def erase_killed_before_the_backups(shop, monkeypatch, email: str) -> list[Path]:
    """Make two backups, then run an erase of ``email`` that is killed after its tombstone is written and
    before the backups are cleaned; returns the backups (which still hold the person)."""
    backups = [make_backup(shop, "manual"), make_backup(shop, "import")]

    class Killed(BaseException):
        pass

    def killed(*args, **kwargs):
        raise Killed()

    monkeypatch.setattr(privacy, "_clean_backups", killed)
    with pytest.raises(Killed):
        erase_customer(shop, email=email)
    monkeypatch.undo()
    return backups


def test_erase_cut_short_after_the_shop_is_finished_on_the_next_open(shop, tmp_path, monkeypatch, capsys):
    """The state 16 of 25 kills left before: shop committed, backups not cleaned. The tombstone written first
    lets the next open (or a re-run) find and clean the backups although the shop no longer knows them."""
    path = shop_path(shop)
    backups = erase_killed_before_the_backups(shop, monkeypatch, MARTA)
    # the kill came before anything was erased: erase the shop by hand as the old order did, then "restart"
    privacy._erase_in_connection(shop.conn, privacy.find_customer(shop, email=MARTA), False)
    assert not holds(path, MARTA) and all(holds(b, MARTA) for b in backups)
    assert [r["finished_at"] for r in read_tombstones(path)["erasures"]] == [None]
    # the next open of the shop (any verb) finishes the erase
    assert cli(["customers", "--db", str(path)]) == 0
    assert "Finished 1 erase(s)" in capsys.readouterr().err
    assert not any(holds(b, MARTA) for b in backups)
    assert everywhere(path.parent, MARTA) == {}
    assert holds(path, OTHER) and all(holds(b, OTHER) for b in backups)
    # a re-run says the customer is gone, and when
    assert cli(["erase-customer", "--db", str(path), "--email", MARTA, "--yes"]) == 1
    err = capsys.readouterr().err
    assert "no customer" in err and "erased on" in err


def test_erase_finds_a_customer_left_only_in_backups(shop):
    """No tombstone (kept with --keep-backups, or erased by an older Shopkeeper): erase by e-mail still finds
    them in the backups and cleans those."""
    path = shop_path(shop)
    backup = make_backup(shop, "manual")
    erase_customer(shop, email=MARTA, include_backups=False)
    tombstone_path(path).unlink()  # as an older version left it
    assert holds(backup, MARTA)
    result = erase_customer(shop, email=MARTA.upper())
    assert result.only_in_backups and result.backups_erased == 1
    assert not holds(backup, MARTA) and raw_count(backup, MARTA) == 0


def test_restore_reapplies_every_tombstone(shop):
    path = shop_path(shop)
    before = make_backup(shop, "manual")
    erase_customer(shop, email=MARTA, include_backups=False)  # the backup keeps Marta, as asked
    assert holds(before, MARTA)
    restore_backup(path, before.name)
    db = open_shop(path)
    assert db.execute("SELECT COUNT(*) FROM customers WHERE email = ?", [MARTA]).fetchone()[0] == 0
    emails = {r[0] for r in db.execute("SELECT email FROM customers").fetchall()}
    assert emails == {ZOE, OTHER}
    # her order is back, anonymised, so the product figures are those of the backup
    assert db.execute("SELECT COUNT(*) FROM orders WHERE external_id = '5004' AND customer_id IS NULL"
                      ).fetchone()[0] == 1
    assert raw_count(path, MARTA) == 0 and raw_count(Path(f"{path}-wal"), MARTA) == 0
    assert get_setting(db, privacy.SALT_SETTING) == get_setting(shop, privacy.SALT_SETTING)
    db.conn.close()
    assert not (path.parent / "backups" / (path.name + privacy.RESTORE_TEMP_SUFFIX)).exists()


def test_search_is_casefolded_and_blanks_only_the_match(shop):
    set_setting(shop, "notes.a", f"Write to {ZOE_SHOUTED} about the Wholesale order")
    set_setting(shop, "notes.b", "Zoë Müller asked for a CATALOGUE")
    result = erase_customer(shop, email=ZOE_SHOUTED)
    assert result.customer_id is not None
    assert get_setting(shop, "notes.a") == "Write to [erased] about the Wholesale order"
    assert get_setting(shop, "notes.b") == "[erased] asked for a CATALOGUE"
    path = shop_path(shop)
    for needle in (ZOE, "Müller"):
        assert raw_count(path, needle) == 0, needle


def test_erase_lists_every_file_the_app_wrote_that_holds_them(shop, tmp_path, monkeypatch):
    path = shop_path(shop)
    offers = tmp_path / "offers"
    result = make_offer(shop, OfferSpec("all", "xlsx", control_share=0.0, include_unconsented=True),
                        offers / "spring")
    written = [Path(p) for p in result.written]
    assert written[0].suffix == ".xlsx"
    export = export_customer(shop, tmp_path / "exports" / "zoe.json", email=ZOE)
    rejected = tmp_path / "exports" / "rejected_rows.csv"  # a file of the app beside the export, names only
    rejected.write_text("Invoice,First Name,Last Name\n9,ZOË,MÜLLER\n", encoding="utf-8")
    record_written_file(shop, rejected, "rejected rows")
    unrelated = tmp_path / "exports" / "others.csv"
    unrelated.write_text("email\npiotr.nowak@example.pl\n", encoding="utf-8")
    # which files hold her, by the test's own reading (xlsx: every sheet's cells)
    from openpyxl import load_workbook

    def holds_zoe(file: Path) -> bool:
        if file.suffix == ".xlsx":
            book = load_workbook(file, read_only=True)
            cells = " ".join(str(v) for s in book.worksheets for r in s.iter_rows(values_only=True) for v in r)
            book.close()
            return ZOE in cells.casefold()
        return ZOE in file.read_text(encoding="utf-8-sig").casefold() or "zoë,müller" in \
            file.read_text(encoding="utf-8-sig").casefold()

    expected = {str(f) for f in written + [export, rejected, unrelated] if holds_zoe(f)}
    assert str(export) in expected and str(rejected) in expected and str(written[0]) in expected
    erased = erase_customer(shop, email=ZOE_SHOUTED)
    assert set(erased.files_mentioning) == expected
    assert not erased.nowhere


def test_cli_says_nowhere_only_when_it_is_true(shop, tmp_path, capsys):
    path = shop_path(shop)
    out_file = tmp_path / "exports" / "marta.csv"  # not beside the original export (that would be listed too)
    assert cli(["export-customer", "--db", str(path), "--email", MARTA, "--out", str(out_file)]) == 0
    capsys.readouterr()
    assert cli(["erase-customer", "--db", str(path), "--email", MARTA, "--yes"]) == 0
    out = capsys.readouterr().out
    assert str(out_file) in out and "no longer anywhere Shopkeeper looked" not in out
    assert cli(["erase-customer", "--db", str(path), "--email", OTHER, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "no longer anywhere Shopkeeper looked" in out
    assert everywhere(path.parent, OTHER) == {}


def test_a_backup_that_cannot_be_cleaned_is_said_and_retried(shop, monkeypatch):
    path = shop_path(shop)
    backup = make_backup(shop, "manual")
    real = privacy._erase_matching

    def read_only_backups(conn, *args, **kwargs):
        if "backups" in conn.execute("PRAGMA database_list").fetchone()[2]:
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(conn, *args, **kwargs)

    monkeypatch.setattr(privacy, "_erase_matching", read_only_backups)
    with pytest.raises(EraseIncomplete) as info:
        erase_customer(shop, email=MARTA)
    message = str(info.value)
    assert "\n" not in message and backup.name in message and "tries again" in message
    assert holds(backup, MARTA) and not holds(path, MARTA)
    monkeypatch.undo()
    summary = finish_pending_erasures(path)
    assert summary["finished"] == 1 and not holds(backup, MARTA) and raw_count(backup, MARTA) == 0


def test_a_full_disk_before_the_tombstone_changes_nothing(shop, monkeypatch):
    import errno

    path = shop_path(shop)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(privacy.os, "replace", full)
    with pytest.raises(EraseIncomplete, match="Nothing was erased") as info:
        erase_customer(shop, email=MARTA)
    assert "\n" not in str(info.value)
    assert holds(path, MARTA) and not tombstone_path(path).exists()


def test_customer_without_email_is_erased_by_key(shop):
    path = shop_path(shop)
    with privacy.write_transaction(shop) as conn:
        conn.execute("INSERT INTO customers(key, first_name, last_name) VALUES ('online_retail:999', 'Ann', 'Lee')")
    cid = shop.execute("SELECT id FROM customers WHERE key = 'online_retail:999'").fetchone()[0]
    backup = make_backup(shop, "manual")
    erase_customer(shop, customer_id=cid)
    assert raw_count(path, "online_retail:999") == 0 and raw_count(backup, "online_retail:999") == 0
    assert len(read_tombstones(path)["erasures"][0]["hashes"]) == 1
    assert json.loads(tombstone_path(path).read_text())["erasures"][0]["finished_at"]
    assert list_backups(path)
    with pytest.raises(CustomerNotFound):
        erase_customer(shop, customer_id=cid)
    assert pd.notna(cid)
