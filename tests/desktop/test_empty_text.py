"""No blank panes: an empty table says what is being worked out while its screen fills, what an empty result means
once it has, and that the work stopped when the owner stopped it (issue 20: "never a blank pane")."""

from __future__ import annotations

import pandas as pd
import pytest

from desktop import errors
from desktop.shop import Shop
from desktop.views.also_bought_view import AlsoBoughtView
from desktop.views.campaigns_view import CampaignsView
from desktop.views.customers_view import CustomersView
from desktop.widgets.empty_text import SentenceList
from desktop.widgets.frame_table import FrameTable
from desktop.workers import wait_for_tasks


def _dark_pixels(view) -> int:
    """Return how many sampled pixels of ``view``'s viewport are dark (text), counted on its rendered image."""
    image = view.viewport().grab().toImage()
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).lightness() < 180)


def test_an_empty_table_draws_its_sentence_and_a_filled_one_does_not(qtbot):
    table = FrameTable(empty="Nobody is on this list right now.")
    qtbot.addWidget(table)
    table.resize(420, 240)
    table.show()
    bare = FrameTable()
    qtbot.addWidget(bare)
    bare.resize(420, 240)
    bare.show()
    assert _dark_pixels(bare) == 0  # an empty table without a sentence is blank: the thing this avoids
    assert table.showing_empty_text() and _dark_pixels(table) > 20
    table.show_waiting("Working out the lists…")
    assert table.is_waiting() and table.empty_text() == "Working out the lists…"
    table.set_frame(pd.DataFrame({"customer_id": [1, 2], "name": ["Ala", "Jan"]}))
    # the result ends the waiting; with rows, no sentence is drawn over them
    assert not table.is_waiting() and table.empty_text() == "Nobody is on this list right now."
    assert not table.showing_empty_text()
    table.set_frame(pd.DataFrame())
    assert table.showing_empty_text() and table.empty_text() == "Nobody is on this list right now."
    # a screen that sets the frame on the model directly ends the waiting too
    table.show_waiting("Counting…")
    table.frame_model.set_frame(pd.DataFrame({"a": [1]}))
    assert not table.is_waiting()


def test_a_sentence_list_says_its_sentence_only_while_empty(qtbot):
    sentences = SentenceList()
    qtbot.addWidget(sentences)
    sentences.resize(300, 200)
    sentences.show()
    sentences.show_waiting("Working out segments and predictions…")
    assert sentences.showing_empty_text() and _dark_pixels(sentences) > 20
    sentences.addItem("All customers (262)")
    assert not sentences.showing_empty_text()


@pytest.fixture
def shop(demo_db_path):
    errors.recorded_errors = []
    opened = Shop(demo_db_path)
    yield opened
    wait_for_tasks(60_000)
    opened.close()
    assert errors.recorded_errors == []
    errors.recorded_errors = None


def _customer_tables(view: CustomersView) -> list:
    return [view.all_customers, view.predictions, *view.list_tables.values()]


def _opened(qtbot, view_class, shop):
    """Return a shown screen of ``view_class`` just given ``shop`` (its work started, no result arrived yet)."""
    view = view_class()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.set_shop(shop)
    return view


def test_the_customers_screen_says_it_is_working_then_what_each_empty_list_means(qtbot, shop):
    view = _opened(qtbot, CustomersView, shop)
    # results arrive through the GUI thread's event loop: none has arrived yet
    working = view.tr("Working out segments and predictions…")
    for table in _customer_tables(view):
        assert table.view.is_waiting() and table.view.empty_text() == working and table.view.showing_empty_text()
    assert view.segment_list.showing_empty_text() and view.segment_list.empty_text() == working
    assert wait_for_tasks(120_000)
    qtbot.waitUntil(lambda: getattr(view, "lists", None) is not None, timeout=60_000)
    for key, table in view.list_tables.items():
        assert not table.view.is_waiting()
        members = len(view.lists[key].members)
        assert table.rows() == members
        assert table.view.showing_empty_text() == (members == 0)
    assert not view.all_customers.view.showing_empty_text() and view.all_customers.rows() > 0
    view.set_shop(None)


def test_stopping_the_work_says_so_where_it_said_working(qtbot, shop):
    view = _opened(qtbot, CustomersView, shop)
    view.stop_work()
    stopped = view.tr("Stopped before this was worked out.")
    for table in _customer_tables(view):
        assert table.view.empty_text() == stopped and not table.view.is_waiting()
    assert view.segment_list.empty_text() == stopped  # the segment list waited too
    wait_for_tasks(60_000)
    view.set_shop(None)


def test_also_bought_says_it_is_counting_and_asks_for_a_product_not_that_nothing_is_bought_together(qtbot, shop):
    view = _opened(qtbot, AlsoBoughtView, shop)
    counting = view.tr("Counting which products are bought together…")
    for table in (view.products_view, view.pairs_view, view.triples_view, view.refills_view):
        assert table.is_waiting() and table.empty_text() == counting
    chart_texts = [text.get_text() for ax in view.figure.axes for text in ax.texts]
    assert chart_texts == [view.tr("Pick a product on the left to see what is bought with it.")]
    assert wait_for_tasks(180_000)
    qtbot.waitUntil(lambda: view.data is not None, timeout=60_000)
    for table in (view.products_view, view.pairs_view, view.triples_view, view.refills_view):
        assert not table.is_waiting()
    assert view.products_view.rows() > 0 and not view.products_view.showing_empty_text()
    view.set_shop(None)


def test_campaigns_list_says_there_are_none_yet(qtbot, shop):
    view = _opened(qtbot, CampaignsView, shop)
    assert view.campaigns.is_waiting()
    assert wait_for_tasks(60_000)
    qtbot.waitUntil(lambda: not view.campaigns.is_waiting(), timeout=30_000)
    assert view.campaigns.count() == 0  # the demo shop has sent no campaign
    assert view.campaigns.showing_empty_text() and view.campaigns.empty_text() == view.tr("No campaigns yet.")
    view.set_shop(None)


def test_the_predictions_fill_even_when_the_owner_stops_after_the_overview(qtbot, shop):
    # the Predictions tab is filled after the first content (or when opened): a stop must not leave it empty
    view = _opened(qtbot, CustomersView, shop)
    qtbot.waitUntil(lambda: view.overview is not None, timeout=120_000)
    view.stop_work()
    assert view.predictions.rows() == len(view.overview.clv.table) > 0
    assert not view.predictions.view.showing_empty_text()
    wait_for_tasks(60_000)
    view.set_shop(None)
