"""The statistics behind a campaign's verdict: a rate difference with Newcombe's hybrid score interval, a seeded
bootstrap for revenue per member, and how large groups must be to see an effect at 80 % power.

Rates are shares 0..1 throughout; "points" are shares × 100.
"""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np

CONFIDENCE = 0.95
POWER = 0.80
# Before any orders come in, the rate a planned group will show is unknown: the shop's own typical rate is used,
# kept inside these bounds so a group whose past rate is 0 (win-back lists) still gets a meaningful size.
PLANNING_RATE_BOUNDS = (0.05, 0.5)
BOOTSTRAP_CHUNK = 2_000_000


def z_value(confidence: float = CONFIDENCE) -> float:
    """Return the two-sided standard normal quantile for ``confidence`` (1.96 for 0.95)."""
    return NormalDist().inv_cdf(0.5 + confidence / 2)


def wilson_interval(successes: int, n: int, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """Return the Wilson score interval (low, high) for ``successes`` out of ``n``; (0, 1) when ``n`` is 0."""
    if n <= 0:
        return 0.0, 1.0
    z = z_value(confidence)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe_interval(x1: int, n1: int, x2: int, n2: int,
                      confidence: float = CONFIDENCE) -> tuple[float, float, float]:
    """Return (difference, low, high) of the rates x1/n1 − x2/n2 with Newcombe's hybrid score interval (his method
    10: Wilson intervals of each rate combined by the square-and-add rule). An empty group gives NaNs."""
    if n1 <= 0 or n2 <= 0:
        return math.nan, math.nan, math.nan
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson_interval(x1, n1, confidence)
    l2, u2 = wilson_interval(x2, n2, confidence)
    difference = p1 - p2
    low = difference - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = difference + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return difference, low, high


def _bootstrap_means(values: np.ndarray, draws: int, rng: np.random.Generator) -> np.ndarray:
    """Return ``draws`` bootstrap means of ``values``. Most members spend nothing, so only the non-zero values are
    resampled: how many of the n picks land on a non-zero value is binomial, and which ones is uniform; this is
    exactly the ordinary bootstrap, at a cost that grows with the buyers, not the members."""
    n = len(values)
    spent = values[values != 0]
    if n == 0:
        return np.full(draws, np.nan)
    if len(spent) == 0:
        return np.zeros(draws)
    picks = rng.binomial(n, len(spent) / n, size=draws)
    means = np.empty(draws)
    # about two million picks at a time keeps memory small on a large campaign
    step = max(1, BOOTSTRAP_CHUNK // max(1, len(spent)))
    for first in range(0, draws, step):
        part = picks[first:first + step]
        chosen = rng.integers(0, len(spent), size=int(part.sum()))
        running = np.r_[0.0, np.cumsum(spent[chosen])]
        ends = np.cumsum(part)
        means[first:first + step] = (running[ends] - running[ends - part]) / n
    return means


def bootstrap_mean_difference(a: np.ndarray, b: np.ndarray, seed: int, draws: int = 2000,
                              confidence: float = CONFIDENCE) -> tuple[float, float, float]:
    """Return (mean(a) − mean(b), low, high): the percentile bootstrap interval of the difference, resampling each
    group with replacement ``draws`` times with a generator seeded by ``seed`` (the same seed, the same interval).
    An empty group gives NaNs."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if len(a) == 0 or len(b) == 0:
        return math.nan, math.nan, math.nan
    rng = np.random.default_rng(seed)
    differences = _bootstrap_means(a, draws, rng) - _bootstrap_means(b, draws, rng)
    tail = (1 - confidence) / 2
    low, high = np.quantile(differences, [tail, 1 - tail])
    return float(a.mean() - b.mean()), float(low), float(high)


def planning_rate(rate: float | None) -> float:
    """Return the rate to plan group sizes with: ``rate`` kept within PLANNING_RATE_BOUNDS (their low end when
    unknown)."""
    low, high = PLANNING_RATE_BOUNDS
    if rate is None or not math.isfinite(rate):
        return low
    return min(high, max(low, float(rate)))


def _power_factor(confidence: float, power: float) -> float:
    return z_value(confidence) + NormalDist().inv_cdf(power)


def detectable_difference(n1: int, n2: int, rate: float | None, confidence: float = CONFIDENCE,
                          power: float = POWER) -> float:
    """Return the smallest rate difference (share) two groups of ``n1`` and ``n2`` members would show at ``power``
    (80 %) with a two-sided test at ``confidence``, when the rates sit around ``rate`` (see planning_rate);
    ``inf`` when a group is empty."""
    if n1 <= 0 or n2 <= 0:
        return math.inf
    p = planning_rate(rate)
    return _power_factor(confidence, power) * math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))


def control_size_needed(audience: int, effect: float, rate: float | None, confidence: float = CONFIDENCE,
                        power: float = POWER) -> int | None:
    """Return the smallest control group (members) that, with the rest of an ``audience`` mailed, shows a rate
    difference of ``effect`` (share, e.g. 0.05) at ``power``; None when no split of this audience can."""
    if audience <= 1 or effect <= 0:
        return None
    p = planning_rate(rate)
    a = p * (1 - p) * (_power_factor(confidence, power) / effect) ** 2
    # 1/(N - c) + 1/c <= 1/a  <=>  c² - N c + a N <= 0
    discriminant = audience * audience - 4 * a * audience
    if discriminant < 0:
        return None
    size = math.ceil((audience - math.sqrt(discriminant)) / 2)
    size = max(1, size)
    while size < audience and detectable_difference(audience - size, size, p, confidence, power) > effect + 1e-12:
        size += 1
    return size if size < audience else None
