"""Benchmark: pair rules on synthetic order lines — ours vs a bare sparse XᵀX vs mlxtend fpgrowth + rules.

Usage: python benchmarks/bench_pairs.py [--lines 1000000] [--min-together 30] [--repeat 3] [--skip-mlxtend]

The synthetic shop mimics Online Retail II: ~21 lines per order, a long tail of products (Zipf-like
popularity), product "families" that are bought together, repeated lines of one product in an order.
All three methods count the same baskets (no outlier cap), so the rule-by-rule check compares support,
confidence and lift of every directed rule A→B with together ≥ --min-together.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.analysis.pairs import PairOptions, compute_pairs  # noqa: E402


def synthetic_lines(n_lines: int, n_products: int = 4000, seed: int = 11) -> pd.DataFrame:
    """Return ``n_lines`` order lines (order_id, product_id, product_name, customer_id, ordered_at, category)."""
    rng = np.random.default_rng(seed)
    popularity = 1.0 / np.arange(1, n_products + 1) ** 0.8
    popularity /= popularity.sum()
    family = rng.integers(0, n_products // 8, size=n_products)  # ~8 products per family
    members = pd.Series(np.arange(n_products)).groupby(family).apply(np.array).to_dict()
    sizes = np.clip(rng.geometric(1 / 21, size=n_lines // 10), 1, 300)
    sizes = sizes[np.cumsum(sizes) <= n_lines]
    total = int(sizes.sum())
    order_ids = np.repeat(np.arange(1, len(sizes) + 1), sizes)
    products = rng.choice(n_products, size=total, p=popularity)
    # ~40 % of lines are swapped for a product of the same family as the order's first product
    first = products[np.cumsum(sizes) - sizes]
    anchor = np.repeat(first, sizes)
    swap = rng.random(total) < 0.4
    fam = family[anchor[swap]]
    products[swap] = [members[f][rng.integers(0, len(members[f]))] for f in fam]
    if total < n_lines:  # top up with repeated lines of a product already in the order
        extra = rng.integers(0, total, size=n_lines - total)
        order_ids = np.concatenate([order_ids, order_ids[extra]])
        products = np.concatenate([products, products[extra]])
    frame = pd.DataFrame({"order_id": order_ids, "product_id": products + 1})
    frame["product_name"] = "PRODUCT " + frame["product_id"].astype(str)
    frame["customer_id"] = pd.array(frame["order_id"] % 5000 + 1, dtype="Int64")
    frame["ordered_at"] = pd.Timestamp("2024-01-01", tz="UTC") + pd.to_timedelta(frame["order_id"] % 700, unit="D")
    frame["category"] = None
    return frame


def floor_xtx(lines: pd.DataFrame) -> sp.csr_matrix:
    """The plain floor: factorize, 0/1 sparse matrix, XᵀX (returns it). Nothing else.

    ``x.T.tocsr() @ x`` is scipy's fastest plain form (``x.T @ x`` multiplies a CSC view by a CSR matrix and
    is ~1.5-2.5× slower), so the floor is not flattered.
    """
    rows, _ = pd.factorize(lines["order_id"].to_numpy())
    cols, _ = pd.factorize(lines["product_id"].to_numpy())
    x = sp.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)))
    x.data[:] = 1
    return x.T.tocsr() @ x


def ours(lines: pd.DataFrame, min_together: int):
    return compute_pairs(lines, PairOptions(min_together=min_together, max_basket_items=None), with_triples=False)


def with_mlxtend(lines: pd.DataFrame, min_together: int):
    from mlxtend.frequent_patterns import association_rules, fpgrowth
    baskets = lines[["order_id", "product_id"]].drop_duplicates()
    rows, _ = pd.factorize(baskets["order_id"])
    cols, products = pd.factorize(baskets["product_id"])
    x = sp.csr_matrix((np.ones(len(rows), dtype=bool), (rows, cols)), shape=(rows.max() + 1, len(products)))
    onehot = pd.DataFrame.sparse.from_spmatrix(x, columns=[str(p) for p in products])
    n = x.shape[0]
    itemsets = fpgrowth(onehot, min_support=(min_together - 0.5) / n, use_colnames=True, max_len=2)
    return association_rules(itemsets, num_itemsets=n, metric="confidence", min_threshold=0.0), n


def timed_pair(first, second, *args, repeat=3):
    """Time two functions alternately ``repeat`` times (load on a shared machine hits both alike); returns
    (best seconds of first, best seconds of second, second's last result)."""
    best_a = best_b = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        first(*args[:1])
        best_a = min(best_a, time.perf_counter() - start)
        start = time.perf_counter()
        result = second(*args)
        best_b = min(best_b, time.perf_counter() - start)
    return best_a, best_b, result


def timed(fn, *args, repeat=1):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


def compare(result, rules) -> tuple[int, int, float]:
    """Return (our directed rules, mlxtend rules, largest relative difference); raises on any mismatch."""
    pairs = result.pairs
    ours_rules = {}
    for a, b, s, cab, cba, lift in zip(pairs["product_a"], pairs["product_b"], pairs["support"],
                                       pairs["confidence_ab"], pairs["confidence_ba"], pairs["lift"]):
        ours_rules[(a, b)] = (s, cab, lift)
        ours_rules[(b, a)] = (s, cba, lift)
    # ours leaves out pairs bought together less often than chance (lift < 1): so does the comparison
    theirs = {(int(next(iter(r.antecedents))), int(next(iter(r.consequents)))): (r.support, r.confidence, r.lift)
              for r in rules.itertuples() if r.lift >= 1 - 1e-9}
    if set(theirs) != set(ours_rules):
        missing, extra = set(theirs) - set(ours_rules), set(ours_rules) - set(theirs)
        raise SystemExit(f"MISMATCH: {len(missing)} rules only in mlxtend, {len(extra)} only in ours")
    worst = 0.0
    for key, values in theirs.items():
        mine = np.array(ours_rules[key])
        diff = np.max(np.abs(mine - np.array(values)) / np.abs(np.array(values)))
        worst = max(worst, float(diff))
    if worst > 1e-9:
        raise SystemExit(f"MISMATCH: values differ by up to {worst:.2e} (relative)")
    return len(ours_rules), len(theirs), worst


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--products", type=int, default=4000)
    parser.add_argument("--min-together", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-mlxtend", action="store_true")
    args = parser.parse_args(argv)
    lines = synthetic_lines(args.lines, args.products)
    print(f"{len(lines):,} lines, {lines['order_id'].nunique():,} orders, {lines['product_id'].nunique():,} products, "
          f"rules with together ≥ {args.min_together}")
    t_floor, t_ours, result = timed_pair(floor_xtx, ours, lines, args.min_together, repeat=args.repeat)
    rows = [("bare XᵀX floor", t_floor, 1.0), ("ours (pair rules)", t_ours, t_ours / t_floor)]
    check = "not run"
    if not args.skip_mlxtend:
        t_mlx, (rules, n) = timed(with_mlxtend, lines, args.min_together, repeat=1)
        assert n == result.n_baskets
        n_ours, n_theirs, worst = compare(result, rules)
        rows.append(("mlxtend fpgrowth + association_rules", t_mlx, t_mlx / t_floor))
        check = f"identical: {n_ours:,} directed rules, largest relative difference {worst:.1e}"
    print(f"{'method':40} {'seconds':>9} {'× floor':>8}")
    for name, seconds, ratio in rows:
        print(f"{name:40} {seconds:9.3f} {ratio:8.2f}")
    print(f"ours / floor = {t_ours / t_floor:.2f} (goal ≤ 1.5)")
    if not args.skip_mlxtend:
        print(f"mlxtend / ours = {t_mlx / t_ours:.1f}× (goal ≥ 25)")
    print(f"rule-by-rule check vs mlxtend: {check}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
