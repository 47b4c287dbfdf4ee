"""The statistics of campaign results, each checked against a computation of its own: Wilson bounds found by
bisection on the score test, Newcombe's published figures, a plain loop bootstrap and the power formula solved by
brute force."""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.campaigns.statistics import (bootstrap_mean_difference, control_size_needed, detectable_difference,
                                       newcombe_interval, wilson_interval)

Z = 1.959963984540054


def wilson_by_bisection(x: int, n: int) -> tuple[float, float]:
    """The Wilson interval is every p the score test does not reject: |x/n - p| <= z sqrt(p(1-p)/n)."""
    phat = x / n

    def rejected(p):
        return abs(phat - p) > Z * math.sqrt(p * (1 - p) / n)

    def edge(inside, outside):
        for _ in range(200):
            middle = (inside + outside) / 2
            inside, outside = (inside, middle) if rejected(middle) else (middle, outside)
        return inside

    low = 0.0 if x == 0 else edge(phat, 0.0)
    high = 1.0 if x == n else edge(phat, 1.0)
    return low, high


def newcombe_direct(x1, n1, x2, n2):
    l1, u1 = wilson_by_bisection(x1, n1)
    l2, u2 = wilson_by_bisection(x2, n2)
    p1, p2 = x1 / n1, x2 / n2
    d = p1 - p2
    return d, d - math.hypot(p1 - l1, u2 - p2), d + math.hypot(u1 - p1, p2 - l2)


@pytest.mark.parametrize("x, n", [(0, 10), (1, 10), (7, 20), (30, 30), (56, 70), (120, 1000)])
def test_wilson_interval_is_the_set_the_score_test_keeps(x, n):
    assert wilson_interval(x, n) == pytest.approx(wilson_by_bisection(x, n), abs=1e-9)


def test_newcombe_matches_his_published_examples():
    # Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10.
    assert newcombe_interval(56, 70, 48, 80) == pytest.approx((0.2, 0.0524, 0.3339), abs=5e-5)
    assert newcombe_interval(9, 10, 3, 10) == pytest.approx((0.6, 0.1705, 0.8090), abs=5e-5)


@pytest.mark.parametrize("x1, n1, x2, n2", [(12, 100, 7, 100), (0, 30, 3, 30), (250, 2000, 180, 2100), (5, 5, 0, 9)])
def test_newcombe_matches_a_direct_implementation(x1, n1, x2, n2):
    assert newcombe_interval(x1, n1, x2, n2) == pytest.approx(newcombe_direct(x1, n1, x2, n2), abs=1e-9)


def test_bootstrap_is_seeded_and_agrees_with_a_plain_loop():
    rng = np.random.default_rng(5)
    a = np.where(rng.random(400) < 0.2, rng.gamma(2, 30, 400), 0.0)
    b = np.where(rng.random(300) < 0.1, rng.gamma(2, 30, 300), 0.0)
    first = bootstrap_mean_difference(a, b, seed=11)
    assert first == bootstrap_mean_difference(a, b, seed=11)
    assert first[0] == pytest.approx(a.mean() - b.mean())
    loop = np.random.default_rng(99)
    plain = [loop.choice(a, len(a)).mean() - loop.choice(b, len(b)).mean() for _ in range(4000)]
    low, high = np.quantile(plain, [0.025, 0.975])
    # two bootstraps of 2000 and 4000 draws: their percentile bounds agree to a small share of the spread
    spread = high - low
    assert abs(first[1] - low) < 0.08 * spread and abs(first[2] - high) < 0.08 * spread


def test_detectable_difference_and_the_control_size_needed():
    # 80 % power, two-sided 5 %: (1.96 + 0.8416) * sqrt(p(1-p)(1/n1 + 1/n2))
    assert detectable_difference(900, 100, 0.1) == pytest.approx(2.8016 * math.sqrt(0.09 * (1 / 900 + 1 / 100)),
                                                                 rel=1e-4)
    assert detectable_difference(100, 0, 0.1) == math.inf
    needed = control_size_needed(5000, 0.05, 0.1)
    brute = next(c for c in range(1, 5000) if detectable_difference(5000 - c, c, 0.1) <= 0.05)
    assert needed == brute
    assert control_size_needed(300, 0.05, 0.1) is None  # no split of 300 shows 5 points
