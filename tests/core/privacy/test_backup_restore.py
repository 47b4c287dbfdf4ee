"""Backups: a restore accepts only Shopkeeper backups it can open (checked before anything is written), and a
backup that cannot be written says why in one sentence and leaves no half-written copy holding customer data."""

from __future__ import annotations

import errno
import hashlib
import sqlite3
from pathlib import Path

import pytest

from core import backup as backup_module
from core.__main__ import main as cli
from core.backup import BackupError, make_backup, restore_backup
from core.importers.pipeline import import_file
from core.schema import SCHEMA_VERSION
from core.store import open_shop


@pytest.fixture
def shop_path(tmp_path, tiny_shop_csv) -> Path:
    path = tmp_path / "shop" / "my.shop.db"
    path.parent.mkdir()
    db = open_shop(path)
    import_file(db, tiny_shop_csv)
    db.conn.close()
    return path


def state(path: Path) -> dict:
    """Hash of every file in the shop's folder (nothing may change when a restore is refused)."""
    return {str(f.relative_to(path.parent)): hashlib.sha256(f.read_bytes()).hexdigest()
            for f in sorted(path.parent.rglob("*")) if f.is_file()}


def foreign_sqlite(path: Path, with_meta: bool = False) -> Path:
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    if with_meta:  # another program that also happens to keep a meta table
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute("INSERT INTO meta VALUES ('version', '3')")
    conn.commit()
    conn.close()
    return path


def newer_backup(shop_path: Path, target: Path) -> Path:
    made = make_backup(shop_path, "manual")
    made.rename(target)
    conn = sqlite3.connect(str(target))
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()
    return target


@pytest.mark.parametrize("kind, words", [
    ("text", "not a Shopkeeper backup"),
    ("foreign", "another program"),
    ("foreign_meta", "another program"),
    ("newer", "newer Shopkeeper"),
])
def test_restore_refuses_what_it_cannot_open_before_writing_anything(shop_path, tmp_path, kind, words, capsys):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    if kind == "text":
        candidate = outside / "notes.db"
        candidate.write_text("hello, I am a spreadsheet\n" * 50, encoding="utf-8")
    elif kind == "newer":
        candidate = newer_backup(shop_path, outside / "from-the-future.bak.db")
    else:
        candidate = foreign_sqlite(outside / "firefox-places.sqlite", with_meta=kind == "foreign_meta")
    before = state(shop_path)
    with pytest.raises(BackupError, match=words) as info:
        restore_backup(shop_path, str(candidate))
    assert "\n" not in str(info.value) and str(info.value).endswith(".")
    assert state(shop_path) == before
    assert cli(["backup", "--db", str(shop_path), "--restore", str(candidate)]) == 1
    assert words in capsys.readouterr().err
    assert state(shop_path) == before


def test_full_disk_during_backup_is_one_sentence_and_leaves_no_copy(shop_path, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module.os, "replace", full)
    with pytest.raises(BackupError) as info:
        make_backup(shop_path, "manual")
    message = str(info.value)
    assert "disk is full" in message and "\n" not in message
    leftovers = list((shop_path.parent / "backups").iterdir())
    assert leftovers == []  # a half-written copy would hold every customer


def test_full_disk_reported_by_sqlite_is_not_called_an_unreadable_shop(shop_path, monkeypatch):
    def full(source, target):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_module, "_copy", full)
    with pytest.raises(BackupError, match="disk is full") as info:
        make_backup(shop_path, "manual")
    assert "not a readable database" not in str(info.value)


def test_read_only_backups_folder_is_named_in_one_sentence(shop_path, monkeypatch):
    real_connect = sqlite3.connect

    def read_only(target, *args, **kwargs):
        if str(target).endswith(".part"):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(backup_module.sqlite3, "connect", read_only)
    with pytest.raises(BackupError) as info:
        make_backup(shop_path, "manual")
    message = str(info.value)
    assert "read-only" in message and str(shop_path.parent / "backups") in message and "\n" not in message
    assert "not a readable database" not in message
