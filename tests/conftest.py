"""Shared fixtures: offscreen Qt, a private data folder, the demo shop, real data when present."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
_HOME = tempfile.mkdtemp(prefix="shopkeeper-test-home-")
os.environ["SHOPKEEPER_HOME"] = _HOME

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
DEMO_FILE = ROOT / "resources" / "demo" / "demo_shop.csv.gz"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.importers.pipeline import import_file  # noqa: E402
from core.store import open_memory_shop, open_shop  # noqa: E402

TINY_CSV = """Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country
1001,A1,RED MUG,2,2024-01-05 10:00:00,3.50,100.0,France
1001,B2,BLUE MUG,1,2024-01-05 10:00:00,4.25,100.0,France
1001,POST,POSTAGE,1,2024-01-05 10:00:00,15.00,100.0,France
1002,A1,RED MUG,6,2024-02-10 11:30:00,3.50,200.0,Germany
1003,C3,TEA TOWEL,3,2024-03-01 09:15:00,1.95,,Germany
C1004,A1,RED MUG,-1,2024-03-02 12:00:00,3.50,100.0,France
1005,B2,BLUE MUG,4,2024-03-20 16:45:00,4.25,100.0,France
1005,C3,TEA TOWEL,2,2024-03-20 16:45:00,1.95,100.0,France
"""


_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_HOME, ignore_errors=True)
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End the test process with pytest's own status once everything is reported.

    After hundreds of Qt tests, the interpreter's final garbage collection of PySide6 6.12's wrappers sometimes
    aborts ("bool_dealloc: deallocating True or False", a reference-count error in the binding, seen on the
    commit this session started from too) after every test passed; the tests' verdict must not depend on it."""
    if _EXIT_STATUS and "PySide6" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """Path to ../shared/data; skips the test when the real data sets are absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present on this machine")
    return SHARED_DATA


@pytest.fixture
def tiny_shop_csv(tmp_path) -> Path:
    """A small Online-Retail-shaped CSV: 2 customers, 5 invoices (one cancelled), postage and a no-customer row."""
    path = tmp_path / "tiny_shop.csv"
    path.write_text(TINY_CSV, encoding="utf-8")
    return path


@pytest.fixture
def fresh_db():
    """An empty in-memory shop database."""
    return open_memory_shop()


@pytest.fixture
def tiny_shop_file(tmp_path, tiny_shop_csv):
    """(path, open Database) of a shop file with the tiny shop imported; closed and forgotten by the load cache
    afterwards."""
    from core import load_cache
    path = tmp_path / "shop.db"
    db = open_shop(path)
    import_file(db, tiny_shop_csv)
    yield path, db
    db.conn.close()
    load_cache.forget_shops()


@pytest.fixture(scope="session")
def demo_db_path(tmp_path_factory) -> Path:
    """Path of a shop database with the bundled demo shop imported (built once per test session; don't modify)."""
    path = tmp_path_factory.mktemp("demo") / "demo.shop.db"
    db = open_shop(path)
    import_file(db, DEMO_FILE)
    db.conn.close()
    return path


@pytest.fixture
def demo_db(demo_db_path):
    """An open connection to the session's demo shop (read-only use)."""
    db = open_shop(demo_db_path)
    yield db
    db.conn.close()


@pytest.fixture
def demo_shop_copy(tmp_path, demo_db_path):
    """(path, open Database) of a writable copy of the demo shop with nothing kept in it yet (``core.result_copy``)
    and nothing loaded by the process (``core.load_cache``); closed and forgotten afterwards."""
    from core import load_cache
    path = tmp_path / "demo.db"
    shutil.copy(demo_db_path, path)
    db = open_shop(path)
    db.conn.execute("DELETE FROM result_copy")
    load_cache.forget_shops()
    yield path, db
    db.conn.close()
    load_cache.forget_shops()


@pytest.fixture(autouse=True)
def true_and_false_reserve():
    """PySide6 6.12's signal emits take references from True (desktop/refcount_guard.py): topped up per test,
    as the app does every few seconds."""
    if "PySide6" in sys.modules:
        from desktop.refcount_guard import top_up
        top_up()
    yield


@pytest.fixture(autouse=True)
def private_qsettings():
    """GUI tests keep recent shops, language and guides in the test's data folder, never the user's (again
    before every test: a test may point QSettings elsewhere for itself)."""
    if "PySide6.QtCore" in sys.modules:
        from desktop.app_settings import keep_settings_in
        keep_settings_in(Path(_HOME))


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """Fail a GUI test that opens a modal message box or file dialog instead of hanging until CI's time limit.

    Tests that expect a dialog patch the call themselves (their monkeypatch runs after this one)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    def refuse(name):
        def blocked(*args, **kwargs):
            texts = [a for a in args if isinstance(a, str)]
            raise AssertionError(f"a test opened a modal {name}: {texts[:2]}")
        return blocked

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse(f"QMessageBox.{name}")))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse(f"QFileDialog.{name}")))
    monkeypatch.setattr(QDialog, "exec", refuse("dialog (exec)"))
