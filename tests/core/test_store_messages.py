"""The sentences of the shop file, its backups, erasing and pseudonymising, file writing and the command line are
keyed messages (issue 16 §1): each error carries a Message with a stable key, and ``str()`` is the English the
command line prints."""

from __future__ import annotations

import ast
import errno
import sqlite3
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from core import privacy
from core.__main__ import main as cli
from core.atomic import write_failure
from core.backup import NotABackup, check_backup, restore_backup
from core.errors import Cancelled, NotAShopError, ShopkeeperError
from core.messages import Count, Day, Message
from core.personal_data import classify_column, known_people
from core.privacy import CustomerNotFound, find_customer, finish_pending_erasures, pseudonymise_table
from core.store import open_memory_shop, open_shop, read_only_message

ROOT = Path(__file__).resolve().parents[2]
OWNED = ["core/store.py", "core/backup.py", "core/privacy.py", "core/personal_data.py", "core/atomic.py",
         "core/errors.py", "core/locations.py", "core/progress.py", "core/exports.py", "core/consent.py",
         *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "core" / "cli").glob("*.py"))]
NOT_FOR_THE_OWNER = {"ValueError", "TypeError", "ArgumentTypeError"}  # programming errors and argparse's own


def _is_text(node: ast.AST) -> bool:
    """True for a literal sentence: a str constant, an f-string or a sum/concatenation that holds one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) or isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and (_is_text(node.left) or _is_text(node.right))


@pytest.mark.parametrize("relative", OWNED)
def test_no_error_is_raised_with_a_bare_sentence(relative):
    tree = ast.parse((ROOT / relative).read_text(encoding="utf-8"))
    bare = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            func = node.exc.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in NOT_FOR_THE_OWNER and _is_text(node.exc.args[0]):
                bare.append(f"{relative}:{node.lineno} {name}")
    assert bare == []


def _message(error: ShopkeeperError, key: str) -> Message:
    assert isinstance(error.message, Message) and error.message.key == key, error.message
    assert str(error) == str(error.message)
    return error.message


def test_shop_file_errors_are_keyed(tmp_path):
    with pytest.raises(NotAShopError) as folder:
        open_shop(tmp_path)
    assert str(_message(folder.value, "store.a_folder")) == f"{tmp_path} is a folder, not a shop database."
    with pytest.raises(NotAShopError) as missing:
        open_shop(tmp_path / "none.shop.db", create=False)
    assert str(_message(missing.value, "store.no_shop")) == f"There is no shop database at {tmp_path / 'none.shop.db'}."
    text = tmp_path / "notes.shop.db"
    text.write_text("hello, not a database at all", encoding="utf-8")
    with pytest.raises(NotAShopError) as not_db:
        open_shop(text)
    assert str(_message(not_db.value, "store.not_a_database")) == (
        "notes.shop.db is not a Shopkeeper shop database (it is not a database at all).")
    foreign = tmp_path / "History"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAShopError) as other:
        open_shop(foreign)
    assert str(_message(other.value, "store.other_program")) == (
        "History is a database, but not a Shopkeeper shop (it belongs to another program); it was not changed.")
    message = read_only_message(Path("/x/shop.db"))
    assert message.key == "store.read_only" and message.args == {"file": "shop.db"}
    assert str(message).startswith("The shop file shop.db is read-only or locked against changes")


def test_backup_errors_are_keyed(tmp_path):
    shop = tmp_path / "shop.db"
    open_shop(shop).conn.close()
    with pytest.raises(ShopkeeperError) as unknown:
        restore_backup(shop, "nothing.bak.db")
    assert str(_message(unknown.value, "backup.no_such_backup_none")) == (
        "There is no backup called nothing.bak.db (latest backups: none).")
    fake = tmp_path / "fake.db"
    fake.write_text("not sqlite", encoding="utf-8")
    with pytest.raises(NotABackup) as not_backup:
        check_backup(fake)
    assert str(_message(not_backup.value, "backup.not_a_database")) == (
        "fake.db is not a Shopkeeper backup (it is not a database file), so nothing was restored.")


@pytest.mark.parametrize("number, key, english", [
    (errno.ENOSPC, "write.disk_full",
     "The disk is full, so offer.csv could not be written; any earlier offer.csv is unchanged. Free some space and "
     "try again."),
    (errno.EACCES, "write.read_only_folder",
     "offer.csv could not be written because the folder /out is read-only or you may not write there; choose "
     "another folder."),
    (errno.ENOENT, "write.no_folder", "offer.csv could not be written because the folder /out does not exist."),
    (errno.EIO, "write.failed", "offer.csv could not be written (Input/output error); any earlier offer.csv is "
     "unchanged."),
])
def test_write_failures_are_keyed(number, key, english):
    error = write_failure(Path("/out/offer.csv"), OSError(number, "Input/output error"))
    assert str(_message(error, key)) == english
    assert error.message.args["file"] == "offer.csv"


def test_cancelled_has_a_keyed_default():
    assert str(_message(Cancelled(), "error.cancelled")) == "Cancelled; nothing was changed."


def test_customer_not_found_is_keyed():
    db = open_memory_shop()
    with pytest.raises(CustomerNotFound) as by_email:
        find_customer(db, email=" nobody@example.com ")
    assert str(_message(by_email.value, "privacy.customer_not_found")) == (
        "There is no customer with the e-mail nobody@example.com in this shop.")
    with pytest.raises(CustomerNotFound) as by_id:
        find_customer(db, customer_id=12345)
    assert str(_message(by_id.value, "privacy.customer_number_not_found")) == (
        "There is no customer number 12345 in this shop.")
    with pytest.raises(ShopkeeperError) as both:
        find_customer(db, email="a@b.cd", customer_id=1)
    _message(both.value, "privacy.email_or_number")


def test_nowhere_sentences_keep_their_english():
    plain = privacy._nowhere_message("zoe@example.com", None, [])
    assert plain.key == "privacy.nowhere"
    assert str(plain) == "There is no customer with the e-mail zoe@example.com in this shop or its backups."
    full = privacy._nowhere_message("zoe@example.com", "2024-03-09T10:00:00Z", ["/a/offer.csv", "/a/list.csv"])
    assert full.key == "privacy.nowhere_erased_files"
    assert isinstance(full.args["erased"], Day) and full.args["erased"].value == date(2024, 3, 9)
    assert isinstance(full.args["count"], Count) and full.args["count"].value == 2
    assert str(full) == (
        "There is no customer with the e-mail zoe@example.com in this shop or its backups (erased on 2024-03-09); "
        "2 file(s) written by Shopkeeper or kept beside its files still mention them, delete them yourself: "
        "/a/offer.csv, /a/list.csv.")


def test_pending_erase_problems_are_messages(tmp_path):
    shop = tmp_path / "shop.db"
    open_shop(shop).conn.close()
    (tmp_path / "shop.db.erasures.json").write_text(
        '{"salt_check": "abc", "erasures": [{"id": "1", "hashes": ["x"], "finished_at": null}]}', encoding="utf-8")
    summary = finish_pending_erasures(shop)
    assert summary["pending"] == 1
    assert [p.key for p in summary["problems"]] == ["privacy.pending.key_missing"]
    assert summary["problems"][0] == ("This shop's pseudonym key is missing or different, so the unfinished erase "
                                      "cannot find the customer; restore the shop file that was erasing.")


def test_why_a_column_is_personal_is_keyed():
    db = open_memory_shop()
    frame = pd.DataFrame({"Contact": ["a@example.com", "b@example.org"], "Total": ["1", "2"]})
    verdict = classify_column("Contact", frame["Contact"], known_people(db))
    assert verdict.why.key == "privacy.why.emails" and verdict.why == "its values are e-mail addresses"
    table = pseudonymise_table(db, frame)
    assert [(c["column"], str(c["why"])) for c in table.changes] == [("Contact", "its values are e-mail addresses")]


def test_command_line_errors_print_their_english(tmp_path, capsys):
    shop = tmp_path / "shop.db"
    open_shop(shop).conn.close()
    assert cli(["rates", "--db", str(shop), "--set", "EUR4.30"]) == 1
    assert capsys.readouterr().err.strip() == "Error: 'EUR4.30' is not CODE=RATE, such as EUR=4.30."
    assert cli(["erase-customer", "--db", str(shop)]) == 1
    assert capsys.readouterr().err.strip() == "Error: Say which customer to erase: --email ADDRESS or --id NUMBER."
    missing = tmp_path / "missing.shop.db"
    assert cli(["customers", "--db", str(missing)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"Error: There is no shop database at {missing}; import a file first (python -m core import FILE --db "
        f"{missing}).")
