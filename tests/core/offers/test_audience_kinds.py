"""Audiences are worked out only as far as asked: a list's members never wait for a clustering, segment and
country audiences never wait for the customer-value model; asking for everything gives what the parts give."""

from __future__ import annotations

import pytest

from core.offers.audiences import QUICK_KINDS, available_audiences, resolve_audience
from core.shop_data import ShopData


@pytest.fixture
def shop(demo_db):
    return ShopData(demo_db)


def _forbid(monkeypatch, name):
    def refuse(self, *args, **kwargs):
        raise AssertionError(f"{name} was worked out")
    monkeypatch.setattr(ShopData, name, refuse)


def test_a_list_resolves_without_clustering(shop, demo_db, monkeypatch):
    _forbid(monkeypatch, "clusters")
    audience, members = resolve_audience(shop, "list:vip")
    assert audience.key == "list:vip" and len(members) == audience.size > 0


def test_segments_and_countries_need_no_model_nor_clustering(shop, demo_db, monkeypatch):
    for name in ("clusters", "lists", "refills"):
        _forbid(monkeypatch, name)
    quick = available_audiences(shop, QUICK_KINDS)
    kinds = {a.kind for a in quick}
    assert kinds == {"filter", "segment"}
    country = next(a for a in quick if a.key.startswith("country:"))
    _audience, members = resolve_audience(shop, country.key)
    rfm = shop.rfm
    expected = rfm.loc[rfm["country"] == country.key.split(":", 1)[1], "customer_id"].astype("int64")
    assert sorted(members["customer_id"]) == sorted(expected)


def test_everything_is_the_quick_part_plus_the_rest(demo_db):
    every = available_audiences(ShopData(demo_db))
    quick = available_audiences(ShopData(demo_db), QUICK_KINDS)
    assert [a.key for a in every if a.kind in ("filter", "segment")] == [a.key for a in quick]
    assert {a.kind for a in every} >= {"list", "segment", "cluster", "filter"}
    by_key = {a.key: a.size for a in every}
    assert all(by_key[a.key] == a.size for a in quick)


def test_a_list_resolves_without_the_refills_model_and_the_refills_list_without_the_others(demo_db, monkeypatch):
    """``list:vip`` needs the customer lists only; ``list:replenishment_due`` the repurchase model only (each a
    second of work on a big shop)."""
    with monkeypatch.context() as patch:
        _forbid(patch, "refills")
        audience, members = resolve_audience(ShopData(demo_db), "list:vip")
        assert audience.key == "list:vip" and len(members) == audience.size > 0
    every = {a.key: a for a in available_audiences(ShopData(demo_db))}
    shop = ShopData(demo_db)
    due = sorted(set(shop.refills()["customer_id"].astype("int64")))
    _forbid(monkeypatch, "lists")
    audience, members = resolve_audience(shop, "list:replenishment_due")
    assert audience == every["list:replenishment_due"] and sorted(members["customer_id"]) == due
