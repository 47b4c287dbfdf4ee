"""No core analysis runs on the GUI thread while the main screens load and are clicked (issue 16 §4).

Every public function of ``core.analysis.*`` and ``core.dashboard``, and ``core.offers.campaign.build_offer``, is
wrapped to record whether it was called on the main thread. The wrappers replace every reference to those
functions in ``core.*`` and ``desktop.*`` modules, so a screen that imported a function by name is caught too.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import sys
import threading

import pytest
from PySide6.QtCore import Qt

import core.analysis
import core.dashboard
import core.offers.campaign
from desktop import errors
from desktop.main_window import load_view_classes
from desktop.shop import Shop
from desktop.workers import wait_for_tasks

# Allowed on the GUI thread: a fixed label table (no shop data, no work) that the screens translate, and the row
# filter that picks one grid cell's customers out of the table a worker already scored.
ALLOWED_ON_GUI_THREAD = {"core.analysis.segments.segment_info", "core.analysis.grid.customers_in_cell"}


def _analysis_functions() -> dict:
    """Return {function: "module.name"} for every function the GUI thread must not call."""
    modules = [importlib.import_module(f"core.analysis.{info.name}")
               for info in pkgutil.iter_modules(core.analysis.__path__)]
    found = {}
    for module in [*modules, core.dashboard]:
        for name, value in vars(module).items():
            if not name.startswith("_") and inspect.isfunction(value) and value.__module__ == module.__name__:
                found[value] = f"{module.__name__}.{name}"
    found[core.offers.campaign.build_offer] = "core.offers.campaign.build_offer"
    return {fn: name for fn, name in found.items() if name not in ALLOWED_ON_GUI_THREAD}


@pytest.fixture
def analysis_calls(monkeypatch):
    """Wrap the analysis functions; yields the list of (name, called on the main thread) calls."""
    for class_ in load_view_classes():  # import every screen first, so their own references are replaced
        importlib.import_module(class_.__module__)
    importlib.import_module("desktop.profile_window")
    calls: list[tuple[str, bool]] = []

    def wrap(fn, name):
        @functools.wraps(fn)
        def recorded(*args, **kwargs):
            calls.append((name, threading.current_thread() is threading.main_thread()))
            return fn(*args, **kwargs)
        return recorded

    wrappers = {fn: wrap(fn, name) for fn, name in _analysis_functions().items()}
    for module in list(sys.modules.values()):
        module_name = getattr(module, "__name__", "") or ""
        if not (module_name.startswith("core") or module_name.startswith("desktop")):
            continue
        for attribute, value in list(vars(module).items()):
            if inspect.isfunction(value) and value in wrappers:
                monkeypatch.setattr(module, attribute, wrappers[value])
    yield calls


def on_gui_thread(calls) -> list[str]:
    return sorted({name for name, main in calls if main})


def test_screens_run_no_analysis_on_the_gui_thread(qtbot, demo_db_path, analysis_calls):
    errors.recorded_errors = []
    shop = Shop(demo_db_path)
    views = {}
    for view_class in load_view_classes():
        view = view_class()
        qtbot.addWidget(view)
        view.resize(1200, 800)
        view.show()
        view.set_shop(shop)
        views[view.view_id] = view
    assert wait_for_tasks(180_000)
    assert on_gui_thread(analysis_calls) == [], "opening the screens"

    # Also bought: click a product in the list, then another one
    also = views["also_bought"]
    table = also.products_view
    for row in (0, 1):
        rect = table.visualRect(table.model().index(row, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert wait_for_tasks(60_000)
    assert also.shown_model.rowCount() > 0
    assert ("core.analysis.merchandising.also_bought", False) in analysis_calls  # the wrappers are in place
    assert on_gui_thread(analysis_calls) == [], "clicking the also-bought product list"

    # Customers: a grid cell, the other segment map, a cut-off, the VIP size and the clusters tab
    customers = views["customers"]
    item = customers.grid.item(0, 3)
    qtbot.mouseClick(customers.grid.viewport(), Qt.MouseButton.LeftButton,
                     pos=customers.grid.visualItemRect(item).center())
    customers.scheme.setCurrentIndex(1)
    assert wait_for_tasks(60_000)
    customers.cut_frequency.selectAll()
    qtbot.keyClicks(customers.cut_frequency, "2, 3, 5, 10")
    customers.cut_reset.click()
    customers.vip_size.setValue(5)
    customers.tabs.setCurrentWidget(customers.clusters_page)
    assert wait_for_tasks(120_000)
    assert customers.cluster_result is not None and not customers.segmented.empty
    assert on_gui_thread(analysis_calls) == [], "clicking through the customers screen"

    # Offers: preview the default audience
    offers = views["offers"]
    assert offers.preview() is not None
    assert wait_for_tasks(120_000)
    assert ("core.offers.campaign.build_offer", False) in analysis_calls
    assert on_gui_thread(analysis_calls) == [], "previewing an offer"
    assert errors.recorded_errors == []

    for view in views.values():
        view.set_shop(None)
    wait_for_tasks(30_000)
    shop.close()
    errors.recorded_errors = None
