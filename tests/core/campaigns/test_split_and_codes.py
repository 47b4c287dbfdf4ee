"""Groups are drawn reproducibly and stratified by segment; coupon codes are unique, unambiguous and land in the
platforms' codes files."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from core.campaigns.codes import CODE_ALPHABET, CodeError, codes_frame, make_codes, normalise_code
from core.campaigns.split import CONTROL, group_sizes, split_groups


def members(n: int = 3000, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    segments = rng.choice(["champions", "loyal", "at_risk", "lost", "new"], p=[0.1, 0.2, 0.3, 0.35, 0.05], size=n)
    return pd.DataFrame({"customer_id": rng.permutation(np.arange(10_000, 10_000 + n)), "segment": segments})


def test_split_is_reproducible_whatever_the_order_and_changes_with_the_seed():
    people = members()
    first = split_groups(people, ["A", "B", "C"], 0.1, seed=7)
    shuffled = people.sample(frac=1, random_state=3)
    again = split_groups(shuffled, ["A", "B", "C"], 0.1, seed=7)
    by_id = dict(zip(people["customer_id"], first))
    assert all(by_id[cid] == group for cid, group in zip(shuffled["customer_id"], again))
    other = split_groups(people, ["A", "B", "C"], 0.1, seed=8)
    assert (other != first).mean() > 0.5


def test_group_sizes_are_exact_and_each_segment_is_shared_in_proportion():
    people = members()
    groups = split_groups(people, ["A", "B", "C"], 0.1, seed=3)
    sizes = groups.value_counts()
    assert sizes[CONTROL] == round(0.1 * len(people)) == 300
    assert sorted(sizes[["A", "B", "C"]]) == [900, 900, 900]
    table = pd.crosstab(people["segment"], groups)
    for segment, row in table.iterrows():
        n = int((people["segment"] == segment).sum())
        # every group holds its share of every segment to within one member (the split deals them in turn)
        assert abs(row[CONTROL] - 0.1 * n) <= 1, segment
        for name in ("A", "B", "C"):
            assert abs(row[name] - 0.3 * n) <= 1, (segment, name)


def test_a_plain_random_split_would_not_balance_segments_this_well():
    """The balance above is the stratification's doing: the same audience split by one unstratified shuffle
    misses the segment shares by more."""
    people = members()
    rng = np.random.default_rng(0)
    worst = []
    for _ in range(20):
        labels = rng.permutation(np.repeat(["control", "A", "B", "C"], [300, 900, 900, 900]))
        table = pd.crosstab(people["segment"], labels)
        worst.append(max(abs(row["control"] - 0.1 * row.sum()) for _, row in table.iterrows()))
    assert np.mean(worst) > 2


def test_group_sizes_of_odd_audiences():
    assert group_sizes(11, 0.1, 2) == [1, 5, 5]
    assert group_sizes(10, 0.25, 3) == [2, 3, 3, 2]
    assert sum(group_sizes(997, 0.13, 3)) == 997


def test_codes_are_unique_unambiguous_and_seeded():
    codes = make_codes(5000, "win", seed=4)
    assert len(set(codes)) == 5000
    assert all(re.fullmatch(r"WIN-[" + CODE_ALPHABET + "]{8}", code) for code in codes)
    assert not set("01OIL") & set("".join(code[4:] for code in codes))
    assert make_codes(50, "WIN", seed=4) == codes[:50]
    taken = make_codes(10, "WIN", seed=4)
    fresh = make_codes(10, "WIN", seed=4, taken=[t.lower() for t in taken])
    assert not set(fresh) & set(taken)
    assert normalise_code("  win-abc ") == "WIN-ABC"
    with pytest.raises(CodeError):
        make_codes(1, "no spaces!", seed=1)


def test_codes_files_for_shopify_and_woocommerce():
    codes = pd.DataFrame({"coupon_code": ["WIN-AAAA2222", "WIN-BBBB3333"], "discount_percent": [10.0, 15.0],
                          "email": ["a@example.com", None]})
    shopify = codes_frame(codes, "shopify", title="Win-back")
    assert list(shopify.columns) == ["Title", "Command", "Code"]
    assert shopify["Title"].tolist() == ["Win-back 10%", "Win-back 15%"]
    assert shopify["Code"].tolist() == codes["coupon_code"].tolist()
    woo = codes_frame(codes, "woocommerce")
    assert woo["post_title"].tolist() == codes["coupon_code"].tolist()
    assert woo["coupon_amount"].tolist() == ["10", "15"] and set(woo["discount_type"]) == {"percent"}
    assert woo["email_restrictions"].tolist() == ["a@example.com", ""]
    with pytest.raises(CodeError):
        codes_frame(codes, "etsy")
