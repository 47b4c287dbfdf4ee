"""Issue 14 §5: every screen opens on every shop shape without an exception or an error dialog.

The shops (tests/shop_shapes.py) are imported from small CSV files. Each screen of the sidebar is shown and its
self-test extras run (every tab, chart, offer preview, snippet, wizard walk), then the import wizard's first page
and a customer's profile. Errors are recorded instead of shown (``desktop.errors.recorded_errors``); pytest-qt
fails the test on an exception in a slot, and the conftest guard on any modal box.
"""

from __future__ import annotations

import pytest

from desktop import errors
from desktop.main_window import MainWindow
from desktop.workers import wait_for_tasks
from tests.shop_shapes import SHAPES, ShapeSpec, build_shop, retail_rows


@pytest.fixture(scope="module")
def shape_shops(tmp_path_factory):
    """{shape: shop path}, built once for this module."""
    root = tmp_path_factory.mktemp("shapes")
    return {shape: build_shop(ShapeSpec(shape), root / shape) for shape in SHAPES}


@pytest.fixture
def window(qtbot):
    errors.recorded_errors = []
    win = MainWindow()
    win.resize(1280, 820)
    qtbot.addWidget(win)
    win.show()
    yield win
    errors.recorded_errors = None


def buyers(shape: str) -> int:
    """Customers with at least one order that counts, from the rows written to the file."""
    if shape in ("empty", "customers_only"):
        return 0
    return len({r[6] for r in retail_rows(ShapeSpec(shape)) if not r[0].startswith("C")})


@pytest.mark.parametrize("shape", SHAPES)
def test_every_screen_on_shape(shape, shape_shops, window, tmp_path):
    assert window.open_shop(shape_shops[shape])
    assert wait_for_tasks(120_000)
    for view_id, view in window.views.items():
        window.show_view(view_id)
        assert wait_for_tasks(120_000), view_id
        extras = getattr(view, "selftest_extras", None)
        if extras:
            extras(tmp_path)
            assert wait_for_tasks(120_000), view_id
        assert errors.recorded_errors == [], (view_id, errors.recorded_errors)

    customers = window.views["customers"]
    expected = buyers(shape)
    status = customers.status.text()
    if expected == 0:
        assert status.startswith("No orders yet"), status
    else:
        assert status.startswith(f"{expected} customers with orders"), status
    assert customers.all_customers.rows() == expected

    from desktop.wizard.import_wizard import PAGE_FILES, ImportWizard
    wizard = ImportWizard(window.shop, window)
    wizard.show()
    assert wait_for_tasks(60_000)
    assert wizard.currentId() == PAGE_FILES
    wizard.reject()

    first = window.shop.db.execute("SELECT MIN(id) FROM customers").fetchone()[0]
    if first is not None:
        from desktop.profile_window import show_customer_profile
        profile = show_customer_profile(window, window.shop, first)
        assert wait_for_tasks(120_000)
        assert profile.profile is not None or profile.heading.text() != "Loading…"
        profile.close()
    assert errors.recorded_errors == []


def test_first_click_of_a_new_user(window, qtbot):
    """Welcome page → 'Import your shop's orders': a new empty shop, the wizard on its first page, no error."""
    from desktop.wizard.import_wizard import PAGE_FILES, ImportWizard
    assert window.stack.currentWidget() is window.no_shop_page
    qtbot.mouseClick(window.no_shop_page.import_button, qtbot_button())
    assert wait_for_tasks(120_000)
    assert window.shop is not None and window.shop.is_empty()
    assert window.stack.currentWidget() is window.views["import"]
    wizards = [w for w in window.findChildren(ImportWizard) if w.isVisible()]
    assert len(wizards) == 1 and wizards[0].currentId() == PAGE_FILES
    window.show_view("customers")
    assert wait_for_tasks(120_000)
    assert window.views["customers"].status.text().startswith("No orders yet")
    wizards[0].reject()
    assert errors.recorded_errors == []


def qtbot_button():
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton


@pytest.mark.parametrize("shape", ["empty", "one_order"])
def test_selftest_on_a_shop(shape, shape_shops, tmp_path, qtbot):
    """``shopkeeper --selftest OUTDIR --db SHOP`` (in-process): every screen of the shop, exit code 0."""
    from desktop.selftest import run_selftest
    try:
        assert run_selftest(tmp_path / "shots", shape_shops[shape]) == 0
    finally:
        errors.recorded_errors = None
    shots = {p.name for p in (tmp_path / "shots").glob("*.png")}
    assert {"00_no_shop.png", "03_customers.png"} <= shots
    assert any(name.endswith("_import_wizard_first_page.png") for name in shots)  # numbered after every screen
    assert any(name.endswith("_profile.png") for name in shots) == (shape != "empty")


def test_selftest_fails_when_a_screen_fails(shape_shops, tmp_path, qtbot, monkeypatch):
    """The self-test is not one that cannot fail: the Customers screen's analysis breaking makes it exit 1."""
    import core.analysis.lists
    from desktop.selftest import run_selftest

    def broken(*args, **kwargs):
        raise IndexError("boolean index did not match")
    monkeypatch.setattr(core.analysis.lists, "customer_overview", broken)
    try:
        assert run_selftest(tmp_path / "shots", shape_shops["one_order"]) == 1
        assert run_selftest(tmp_path / "shots", tmp_path / "no-such.shop.db") == 1
    finally:
        errors.recorded_errors = None
