"""Rolling evaluation of the picks against simple baselines, with bootstrap intervals.

Windows: ``windows`` test windows of ``weeks`` weeks, earliest first, the last one ending with the shop's last
order. They follow each other every ``weeks`` weeks when the history is long enough, else closer together
(overlapping), so that the first window still has ``FIRST_CUT_WEEKS`` weeks of history before it. In each
window the customers tested are those who bought both before and during it (on a big shop a fixed random sample
of ``MAX_TEST_CUSTOMERS`` of them, which the sentence states); every method learns only from the orders before
the window, and the picks' settings are chosen on validation windows before it too
(``core.analysis.picks.choose_settings``; windows 12 weeks apart reuse the previous test window as the latest
validation window).

Protocols: **all** (every product bought in the window counts, rebuys included) and **discover** (only
products new to the customer; every method leaves out what they own; customers with nothing new are not
tested). Methods: ``picks`` (the blended list; in discover its Discover list), ``buy_again_list`` (our
buy-again list alone), ``buy_again`` (frequency then recency), ``bestsellers`` (the shop's), ``knn``
(item-kNN), ``ease`` (EASE, λ chosen on validation), ``random``.

Measures per customer: NDCG@10, HR@10, recall@10 (binary relevance, ``core.analysis.ranking``); coverage is the
share of the buyable catalogue named to anyone. Each has a 95 % bootstrap interval over customers, and each
baseline a paired interval of picks − baseline; the "all windows" rows pool the windows' customers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp
from threadpoolctl import threadpool_limits

from core.analysis.merchandising import excluded_product_ids
from core.analysis.picks import (
    K,
    PicksSettings,
    choose_settings,
    make_split,
    model_lines,
    row_blocks,
    validation_splits,
)
from core.analysis.ranking import per_customer_metrics, top_from_dense
from core.data import load_lines
from core.errors import ShopkeeperError
from core.messages import Count, Message, MessageTemplate, Percent, count
from core.progress import CancelCheck, ProgressCallback, check_cancelled, never_cancelled, no_progress, sub_progress

WINDOWS = 4
WEEKS = 12
FIRST_CUT_WEEKS = 16
BOOTSTRAP = 500
MAX_TEST_CUSTOMERS = 3000  # per window: a fixed random sample beyond this (the intervals say how sure we are)
METRICS = ("ndcg", "hr", "recall", "coverage")
METHOD_LABELS = {"picks": "Our picks", "buy_again_list": "Our buy-again list", "buy_again": "Buy again (plain)",
                 "bestsellers": "Shop bestsellers", "knn": "Item-kNN", "ease": "EASE", "random": "Random products"}
ALL_METHODS = ("picks", "buy_again_list", "buy_again", "bestsellers", "knn", "ease", "random")
DISCOVER_METHODS = ("picks", "bestsellers", "knn", "ease", "random")
BASELINES = ("buy_again", "bestsellers", "knn", "ease")
TABLE_COLUMNS = ["window", "start", "end", "protocol", "method", "label", "metric", "value", "low", "high",
                 "customers"]
DIFF_COLUMNS = ["window", "protocol", "baseline", "metric", "difference", "low", "high", "customers"]

EVALUATING = MessageTemplate("picks_eval.progress.window", "Testing the picks on period {window} of {windows}")
DONE = MessageTemplate("progress.done", "Done")
NO_WINDOWS = MessageTemplate(
    "picks_eval.error.too_short",
    "The shop's history is too short to test the picks: it needs about {weeks} weeks of orders from known "
    "customers.")
NOBODY = MessageTemplate("picks_eval.error.nobody",
                         "No customer bought both before and during the test periods, so there is nothing to test.")
SUMMARY = MessageTemplate(
    "picks_eval.summary",
    "Over {windows} periods of {weeks} weeks, our picks named something the customer then bought for "
    "{picks} of returning customers ({picks_low} to {picks_high}), against {again} ({again_low} to {again_high}) "
    "for their own past products and {best} ({best_low} to {best_high}) for the shop's bestsellers; for products "
    "new to the customer: {new} ({new_low} to {new_high}), against {best_new} for bestsellers they did not own.")
SUMMARY_SAMPLED = MessageTemplate(
    "picks_eval.summary_sampled",
    "Over {windows} periods of {weeks} weeks, our picks named something the customer then bought for "
    "{picks} of returning customers ({picks_low} to {picks_high}), against {again} ({again_low} to {again_high}) "
    "for their own past products and {best} ({best_low} to {best_high}) for the shop's bestsellers; for products "
    "new to the customer: {new} ({new_low} to {new_high}), against {best_new} for bestsellers they did not own. "
    "Tested on a random sample of {tested} of the {eligible} returning customers of the periods.")


class NotEnoughHistory(ShopkeeperError):
    """The shop's history is too short, or nobody can be tested."""

    code = "not_enough_history"


@dataclass
class RollingEvaluation:
    """The rolling evaluation: one row per window/protocol/method/metric, the paired differences and a sentence."""

    table: pd.DataFrame
    differences: pd.DataFrame
    windows: pd.DataFrame
    settings: list[PicksSettings]
    sentence: Message


def rolling_windows(lines: pd.DataFrame, windows: int = WINDOWS, weeks: int = WEEKS) -> list[tuple]:
    """Return up to ``windows`` (cut, end) pairs, earliest first: test weeks [cut, end), the last ending just after
    the shop's last order, spaced ``weeks`` apart or closer when the history is short (at least one week)."""
    known = lines[lines["customer_id"].notna()]
    if known.empty:
        return []
    start, end = known["ordered_at"].min(), known["ordered_at"].max() + pd.Timedelta(seconds=1)
    last_cut = end - pd.Timedelta(weeks=weeks)
    room = last_cut - (start + pd.Timedelta(weeks=FIRST_CUT_WEEKS))
    if room < pd.Timedelta(0):
        return []
    step = pd.Timedelta(weeks=weeks)
    if windows > 1 and room / (windows - 1) < step:
        step = max(room / (windows - 1), pd.Timedelta(weeks=1))
    count_ = min(windows, int(room / step) + 1) if step > pd.Timedelta(0) else 1
    cuts = [last_cut - step * i for i in range(count_)][::-1]
    return [(cut.floor("s"), (cut + pd.Timedelta(weeks=weeks)).floor("s") if i < count_ - 1 else end)
            for i, cut in enumerate(cuts)]


def _interval(draws: np.ndarray) -> tuple[float, float]:
    return float(np.percentile(draws, 2.5)), float(np.percentile(draws, 97.5))


def _drawn(resamples: np.ndarray, customers: int) -> np.ndarray:
    """Return how often each customer is drawn in each bootstrap resample (rows of customer indexes): a dense
    resamples × customers count matrix (float64, for the products with the measures)."""
    flat = (np.arange(resamples.shape[0])[:, None] * customers + resamples).ravel()
    counts = np.bincount(flat, minlength=resamples.shape[0] * customers)
    return counts.reshape(resamples.shape[0], customers).astype(np.float64)


def _means(drawn: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Return the mean of ``values`` (one per customer) in each bootstrap resample (``_drawn``)."""
    return (drawn @ values) / drawn.shape[1]


def _coverage_draws(named: sp.csr_matrix, catalogue: int, drawn: np.ndarray) -> np.ndarray:
    """Return the coverage of each bootstrap resample (``_drawn``) of the lists in ``named``: the share of the
    catalogue named to at least one drawn customer."""
    draws_by_customer = np.ascontiguousarray(drawn.T, dtype=np.float32)
    return ((named.T.tocsr() @ draws_by_customer) > 0).sum(axis=0) / max(catalogue, 1)


def _named(top: np.ndarray, width: int) -> sp.csr_matrix:
    rows = np.repeat(np.arange(top.shape[0]), top.shape[1])
    cols = top.ravel()
    keep = cols >= 0
    matrix = sp.csr_matrix((np.ones(int(keep.sum()), dtype=np.float32), (rows[keep], cols[keep])),
                           shape=(top.shape[0], width))
    matrix.data[:] = 1.0
    return matrix


def _block_lists(model, rows: np.ndarray, settings: PicksSettings, rng: np.random.Generator) -> dict:
    """Return {(protocol, method): top-k} for customers ``rows`` (discover lists for every row)."""
    blocked = model.blocked(rows)
    parts = model.components(rows, settings.ridge, blocked=blocked)
    discover = top_from_dense(model.discover_scores(parts, settings.weights, blocked), K, overwrite=True)
    noise = rng.random((len(rows), len(model.products)), dtype=np.float32)
    return {("all", "picks"): model.picks_top(rows, settings, discover=discover)[0],
            ("all", "buy_again_list"): model.again_top(rows, settings),
            ("all", "buy_again"): model.again_top(rows, settings, baseline=True),
            ("all", "bestsellers"): model.bestsellers_top(rows),
            ("all", "knn"): model.scored_top(parts["knn"], rows, new_only=False),
            ("all", "ease"): model.scored_top(parts["ease"], rows, new_only=False),
            ("all", "random"): model.scored_top(noise, rows, new_only=False),
            ("discover", "picks"): discover,
            ("discover", "bestsellers"): model.bestsellers_top(rows, new_only=True),
            ("discover", "knn"): model.scored_top(parts["knn"], rows, blocked=blocked),
            ("discover", "ease"): model.scored_top(parts["ease"], rows, blocked=blocked),
            ("discover", "random"): model.scored_top(noise, rows, blocked=blocked)}


def _window_lists(split, settings: PicksSettings, seed: int) -> dict:
    """Return {(protocol, method): top-k} for one test window, worked out in blocks of customers; the discover
    lists only for customers with something new in the window."""
    rng = np.random.default_rng(seed)
    blocks = [_block_lists(split.model, split.rows[block], settings, rng)
              for block in row_blocks(len(split.rows), len(split.model.products))]
    lists = {key: np.vstack([b[key] for b in blocks]) for key in blocks[0]}
    return {key: top[split.new_rows] if key[0] == "discover" else top for key, top in lists.items()}


def evaluate_picks(lines: pd.DataFrame, windows: int = WINDOWS, weeks: int = WEEKS, exclude_products=(),
                   bootstrap: int = BOOTSTRAP, seed: int = 7, progress: ProgressCallback = no_progress,
                   cancelled: CancelCheck = never_cancelled,
                   max_customers: int | None = MAX_TEST_CUSTOMERS) -> RollingEvaluation:
    """Return the ``RollingEvaluation`` of order lines (``core.data.load_lines`` rows; lines without a customer
    are ignored); a window with more than ``max_customers`` testable customers tests a fixed random sample of
    them (``windows`` says how many of how many, and so does the sentence). Raises NotEnoughHistory when no
    window can be tested."""
    known = model_lines(lines)
    spans = rolling_windows(known, windows, weeks)
    if not spans:
        raise NotEnoughHistory(NO_WINDOWS(weeks=count(FIRST_CUT_WEEKS + weeks)))
    per = {}  # (window, protocol, method) -> dict metric -> per-customer array, plus "named", "catalogue"
    window_rows, settings_used = [], []
    previous = {}
    for number, (cut, end) in enumerate(spans, start=1):
        check_cancelled(cancelled)
        step = sub_progress(progress, (number - 1) / len(spans), number / len(spans))
        step(0.0, EVALUATING(window=count(number), windows=count(len(spans))))
        split = make_split(known, cut, end, exclude_products=exclude_products, max_customers=max_customers)
        if split is None:
            continue
        # periods 12 weeks apart: the previous test period is this one's latest validation window, model and all
        settings = choose_settings(validation_splits(known, cut, weeks, exclude_products=exclude_products,
                                                     made=previous),
                                   sub_progress(step, 0.0, 0.8), cancelled)
        previous = {(cut, end, max_customers): split}
        settings_used.append(settings)
        catalogue = int((~split.model.excluded).sum())
        for (protocol, method), top in _window_lists(split, settings, seed + number).items():
            truth = split.truth_all if protocol == "all" else split.truth_new[split.new_rows]
            metrics = per_customer_metrics(top, truth) if len(top) else {m: np.zeros(0) for m in METRICS[:3]}
            per[(number, protocol, method)] = {**metrics, "named": _named(top, len(split.model.products)),
                                               "catalogue": catalogue}
        window_rows.append((number, cut, end, len(split.rows), len(split.new_rows), split.eligible))
    if not window_rows:
        raise NotEnoughHistory(NOBODY())
    with threadpool_limits(limits=1, user_api="blas"):  # BLAS threads wait for each other on a busy machine
        table, differences = _summarise(per, window_rows, bootstrap, seed)
    windows_frame = pd.DataFrame(window_rows, columns=["window", "start", "end", "customers", "discover_customers",
                                                       "eligible_customers"])
    progress(1.0, DONE())
    tested, eligible = int(windows_frame["customers"].sum()), int(windows_frame["eligible_customers"].sum())
    sentence = summary_sentence(table, len(window_rows), weeks, (tested, eligible) if tested < eligible else None)
    return RollingEvaluation(table, differences, windows_frame, settings_used, sentence)


def _summarise(per: dict, window_rows: list, bootstrap: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    rows, diffs = [], []
    bounds = {w: (cut, end) for w, cut, end, *_ in window_rows}
    for protocol, methods in (("all", ALL_METHODS), ("discover", DISCOVER_METHODS)):
        draws_by_window = {}
        for window in [w for w, *_ in window_rows]:
            n = len(per[(window, protocol, "picks")]["ndcg"])
            if n == 0:
                continue
            resamples = rng.integers(0, n, size=(bootstrap, n))
            draws_by_window[window] = resamples
            drawn = _drawn(resamples, n)  # the same draws for every method
            for method in methods:
                data = per[(window, protocol, method)]
                for metric in METRICS[:3]:
                    values = data[metric]
                    low, high = _interval(_means(drawn, values))
                    rows.append((window, *bounds[window], protocol, method, METHOD_LABELS[method], metric,
                                 float(values.mean()), low, high, n))
                value = data["named"].sum(axis=0).astype(bool).sum() / max(data["catalogue"], 1)
                cover = _coverage_draws(data["named"], data["catalogue"], drawn)
                # a resample holds fewer distinct customers, so its coverage is biased low: centre the draws
                cover = np.clip(cover + value - np.median(cover), 0.0, 1.0)
                data["coverage_draws"] = cover
                rows.append((window, *bounds[window], protocol, method, METHOD_LABELS[method], "coverage",
                             float(value), *_interval(cover), n))
            for baseline in [b for b in BASELINES if b in methods]:
                ours, theirs = per[(window, protocol, "picks")], per[(window, protocol, baseline)]
                for metric in METRICS[:3]:
                    gap = ours[metric] - theirs[metric]
                    diffs.append((window, protocol, baseline, metric, float(gap.mean()),
                                  *_interval(_means(drawn, gap)), n))
        windows = list(draws_by_window)
        if not windows:
            continue
        total = sum(len(per[(w, protocol, "picks")]["ndcg"]) for w in windows)
        pooled = _drawn(rng.integers(0, total, size=(bootstrap, total)), total)
        first, last = bounds[windows[0]][0], bounds[windows[-1]][1]
        for method in methods:
            for metric in METRICS[:3]:
                values = np.concatenate([per[(w, protocol, method)][metric] for w in windows])
                rows.append(("all", first, last, protocol, method, METHOD_LABELS[method], metric,
                             float(values.mean()), *_interval(_means(pooled, values)), total))
            cover = np.mean([per[(w, protocol, method)]["coverage_draws"] for w in windows], axis=0)
            value = np.mean([r[7] for r in rows if r[0] in windows and r[3] == protocol and r[4] == method
                             and r[6] == "coverage"])
            rows.append(("all", first, last, protocol, method, METHOD_LABELS[method], "coverage", float(value),
                         *_interval(cover), total))
        for baseline in [b for b in BASELINES if b in methods]:
            for metric in METRICS[:3]:
                gap = np.concatenate([per[(w, protocol, "picks")][metric] - per[(w, protocol, baseline)][metric]
                                      for w in windows])
                diffs.append(("all", protocol, baseline, metric, float(gap.mean()),
                              *_interval(_means(pooled, gap)), total))
    return pd.DataFrame(rows, columns=TABLE_COLUMNS), pd.DataFrame(diffs, columns=DIFF_COLUMNS)


def _share(value: float) -> Percent:
    return Percent(float(value), f"{float(value):.0%}".replace("%", " %"))


def summary_sentence(table: pd.DataFrame, windows: int, weeks: int = WEEKS,
                     sample: tuple[int, int] | None = None) -> Message:
    """Return the owner's sentence (a Message): the pooled HR@10 of the picks with its range against buy-again and
    the shop's bestsellers, and the same for products new to the customer; ``sample`` = (tested, eligible)
    customer-windows adds that only a random sample was tested."""
    pooled = table[(table["window"] == "all") & (table["metric"] == "hr")].set_index(["protocol", "method"])

    def trio(protocol, method):
        if (protocol, method) not in pooled.index:
            return _share(0.0), _share(0.0), _share(0.0)
        row = pooled.loc[(protocol, method)]
        return _share(row["value"]), _share(row["low"]), _share(row["high"])

    picks, again, best, new = (trio("all", "picks"), trio("all", "buy_again"), trio("all", "bestsellers"),
                               trio("discover", "picks"))
    fields = dict(windows=Count(int(windows), f"{windows}"), weeks=Count(int(weeks), f"{weeks}"),
                  picks=picks[0], picks_low=picks[1], picks_high=picks[2],
                  again=again[0], again_low=again[1], again_high=again[2],
                  best=best[0], best_low=best[1], best_high=best[2],
                  new=new[0], new_low=new[1], new_high=new[2], best_new=trio("discover", "bestsellers")[0])
    if sample is None:
        return SUMMARY(**fields)
    return SUMMARY_SAMPLED(**fields, tested=count(sample[0]), eligible=count(sample[1]))


def pooled_frame(result: RollingEvaluation) -> pd.DataFrame:
    """Return the pooled rows as one row per protocol and method: value, low and high of every measure."""
    pooled = result.table[result.table["window"] == "all"]
    wide = pooled.pivot_table(index=["protocol", "method", "label", "customers"], columns="metric",
                              values=["value", "low", "high"], sort=False)
    wide.columns = [f"{metric}_{part}" if part != "value" else metric for part, metric in wide.columns]
    order = [m for m in METRICS] + [f"{m}_{p}" for m in METRICS for p in ("low", "high")]
    return wide.reset_index()[["protocol", "method", "label", "customers", *order]]


def legacy_methods(result: RollingEvaluation) -> pd.DataFrame:
    """Return the pooled all-protocol rows in the old ``--evaluate`` shape: method (``app`` = our picks), label,
    hit_rate, recall, coverage, customers, plus ndcg."""
    frame = pooled_frame(result)
    frame = frame[frame["protocol"] == "all"]
    return pd.DataFrame({"method": frame["method"].replace({"picks": "app"}), "label": frame["label"],
                         "hit_rate": frame["hr"], "recall": frame["recall"], "coverage": frame["coverage"],
                         "customers": frame["customers"], "ndcg": frame["ndcg"]}).reset_index(drop=True)


def shop_picks_evaluation(db, windows: int = WINDOWS, weeks: int = WEEKS, bootstrap: int = BOOTSTRAP,
                          progress: ProgressCallback = no_progress,
                          cancelled: CancelCheck = never_cancelled) -> RollingEvaluation:
    """Return ``evaluate_picks`` on the whole shop (its counted order lines with a customer, its exclusions)."""
    return lines_picks_evaluation(load_lines(db, with_customer_only=True), excluded_product_ids(db), windows,
                                  weeks, bootstrap, progress, cancelled)


def lines_picks_evaluation(lines: pd.DataFrame, exclude_products=(), windows: int = WINDOWS, weeks: int = WEEKS,
                           bootstrap: int = BOOTSTRAP, progress: ProgressCallback = no_progress,
                           cancelled: CancelCheck = never_cancelled) -> RollingEvaluation:
    """Return ``evaluate_picks`` on order lines a screen already loaded (lines without a customer are ignored)."""
    return evaluate_picks(lines, windows, weeks, exclude_products, bootstrap, progress=progress, cancelled=cancelled)

