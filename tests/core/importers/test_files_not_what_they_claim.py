"""Files that are not what their name says get one plain sentence (library and command line), never a crash."""

from __future__ import annotations

import gzip
import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from core.__main__ import main as cli
from core.errors import ShopkeeperError
from core.importers.pipeline import import_file
from core.store import open_memory_shop, open_shop


def _workbook(tmp_path: Path, csv_path: Path) -> Path:
    path = tmp_path / "real.xlsx"
    pd.read_csv(csv_path).to_excel(path, index=False)
    return path


def make_file(kind: str, tmp_path: Path, csv_path: Path) -> Path:
    """Write one misleading file of ``kind`` and return its path."""
    text = csv_path.read_bytes()
    if kind == "xlsx renamed .csv":
        path = tmp_path / "orders.csv"
        shutil.copy(_workbook(tmp_path, csv_path), path)
    elif kind == "zip":
        path = tmp_path / "orders.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("orders.csv", text)
    elif kind == "zip renamed .csv":
        path = tmp_path / "orders.csv"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("orders.csv", text)
    elif kind == "zip renamed .xlsx":
        path = tmp_path / "orders.xlsx"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("orders.csv", text)
    elif kind == "pdf":
        path = tmp_path / "orders.pdf"
        path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n")
    elif kind == "pdf renamed .csv":
        path = tmp_path / "orders.csv"
        path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    elif kind == "0-byte":
        path = tmp_path / "orders.csv"
        path.write_bytes(b"")
    elif kind == "damaged old .xls":
        path = tmp_path / "orders.xls"
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    elif kind == "not gzip":
        path = tmp_path / "orders.csv.gz"
        path.write_bytes(text)
    elif kind == "cut-off gzip":
        path = tmp_path / "orders.csv.gz"
        path.write_bytes(gzip.compress(text)[:70])
    elif kind == "png":
        path = tmp_path / "orders.csv"
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    elif kind == "html login page":
        path = tmp_path / "orders.csv"
        path.write_text("<!DOCTYPE html>\n<html><body><form>Please log in</form></body></html>\n")
    else:
        raise AssertionError(kind)
    return path


KINDS = ["xlsx renamed .csv", "zip", "zip renamed .csv", "zip renamed .xlsx", "pdf", "pdf renamed .csv", "0-byte",
         "damaged old .xls", "not gzip", "cut-off gzip", "png", "html login page"]


@pytest.mark.parametrize("kind", KINDS)
def test_misleading_file_gives_a_plain_error_and_changes_nothing(kind, tmp_path, tiny_shop_csv):
    path = make_file(kind, tmp_path, tiny_shop_csv)
    db = open_memory_shop()
    with pytest.raises(ShopkeeperError) as info:
        import_file(db, path)
    message = str(info.value)
    assert path.name in message
    assert "\n" not in message and "Traceback" not in message and "Errno" not in message
    assert db.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 0


def test_xlsx_renamed_csv_says_it_is_a_workbook(tmp_path, tiny_shop_csv):
    path = make_file("xlsx renamed .csv", tmp_path, tiny_shop_csv)
    with pytest.raises(ShopkeeperError, match="Excel workbook"):
        import_file(open_memory_shop(), path)


def test_the_real_workbook_and_text_named_xlsx_still_import(tmp_path, tiny_shop_csv):
    """Control: the same data as a genuine .xlsx (and CSV text saved as .xlsx) imports all 8 rows."""
    expected = len(pd.read_csv(tiny_shop_csv))
    result = import_file(open_memory_shop(), _workbook(tmp_path, tiny_shop_csv))
    assert result.rows_read == expected
    text_named_xlsx = tmp_path / "text.xlsx"
    shutil.copy(tiny_shop_csv, text_named_xlsx)
    assert import_file(open_memory_shop(), text_named_xlsx).rows_read == expected


@pytest.mark.parametrize("kind", ["xlsx renamed .csv", "pdf", "cut-off gzip", "zip renamed .xlsx"])
def test_command_line_prints_one_sentence(kind, tmp_path, tiny_shop_csv, capsys):
    path = make_file(kind, tmp_path, tiny_shop_csv)
    shop = tmp_path / "cli.shop.db"
    assert cli(["import", str(path), "--db", str(shop)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Error: ") and "something went wrong" not in err
    assert len(err.splitlines()) == 1
    db = open_shop(shop)
    assert db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 0
    db.conn.close()
