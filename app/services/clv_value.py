"""Customer lifetime value: fit both models on a summary, score every customer, check a holdout.

CLV over a horizon of whole months (a month is 52/12 weeks), each month's expected visits times the
expected spend per visit, discounted monthly: Σ_m (E[X(m)] − E[X(m−1)])·spend / (1+d)^m.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np

from app.services import clv_bgnbd, clv_gammagamma
from app.services.clv_bgnbd import BgNbd
from app.services.clv_gammagamma import GammaGamma
from app.services.clv_math import groups, one_blas_thread
from app.services.clv_summary import Summary

MONTH_WEEKS = 52 / 12
MIN_SPEND_CUSTOMERS = 20  # fewer customers with repeat spend: no spend model
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Fit:
    as_of: date
    model: BgNbd
    spend: GammaGamma | None
    customers: int
    fitted_at: datetime


@dataclass(frozen=True)
class Scores:
    """Per customer, in the summary's order."""

    ids: np.ndarray
    transactions: np.ndarray  # transaction days up to the as-of day (x + 1)
    p_alive: np.ndarray
    expected_visits: np.ndarray  # in the next `weeks`
    expected_spend_cents: np.ndarray | None  # per visit; None without a spend model
    clv_cents: np.ndarray | None
    discounted_visits: np.ndarray  # the CLV's visits, discounted: ranks value when there is no spend model


@dataclass(frozen=True)
class Holdout:
    weeks: float
    predicted: float
    actual: int
    correlation: float | None  # None when either side does not vary


def fit(summary: Summary, fitted_at: datetime, progress: Progress | None = None) -> Fit:
    """BG/NBD on everyone, Gamma-Gamma on those with repeat spend (when at least 20 have it)."""
    if len(summary) == 0:
        raise ValueError("no customers to fit")
    with one_blas_thread():
        return _fit(summary, fitted_at, progress)


def _fit(summary: Summary, fitted_at: datetime, progress: Progress | None) -> Fit:

    def step(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total + 1)

    model = clv_bgnbd.fit(summary.x, summary.tx, summary.T, step)
    spend = None
    has_spend = (summary.spend_x > 0) & (summary.spend_mean_cents > 0)
    if int(has_spend.sum()) >= MIN_SPEND_CUSTOMERS:
        spend = clv_gammagamma.fit(summary.spend_x, summary.spend_mean_cents / 100.0)
    if progress is not None:
        progress(1, 1)
    return Fit(summary.as_of, model, spend, len(summary), fitted_at)


def expected_spend_cents(spend: GammaGamma, summary: Summary) -> np.ndarray:
    x = np.where(summary.spend_mean_cents > 0, summary.spend_x, 0)
    value = clv_gammagamma.expected_value(spend, x, summary.spend_mean_cents / 100.0)
    if spend.q <= 1:  # the population mean does not exist: newcomers get the observed mean instead
        observed = summary.spend_mean_cents[x > 0]
        fallback = float(observed.mean()) / 100.0 if len(observed) else 0.0
        value = np.where(x > 0, value, fallback)
    return value * 100.0


def score(fit_: Fit, summary: Summary, weeks: float, horizon_months: int, monthly_discount: float) -> Scores:
    with one_blas_thread():
        return _score(fit_, summary, weeks, horizon_months, monthly_discount)


def _score(fit_: Fit, summary: Summary, weeks: float, horizon_months: int, monthly_discount: float) -> Scores:
    m = fit_.model
    x, tx, T = summary.x, summary.tx, summary.T
    alive = clv_bgnbd.p_alive(m, x, tx, T)
    # expected visits depend on (x, T) alone: worked out once per distinct pair
    first, back = groups(x, T)[:2]
    ux, uT = x[first], T[first]
    expected = alive * clv_bgnbd.expected_if_alive(m, ux, uT, weeks)[back]
    # expected visits month by month over the horizon, discounted back to the as-of day
    discounted = np.zeros(len(ux))
    previous = np.zeros(len(ux))
    for month in range(1, horizon_months + 1):
        cumulative = clv_bgnbd.expected_if_alive(m, ux, uT, month * MONTH_WEEKS)
        discounted += (cumulative - previous) / (1.0 + monthly_discount) ** month
        previous = cumulative
    discounted = alive * discounted[back]
    spend = clv = None
    if fit_.spend is not None:
        spend = expected_spend_cents(fit_.spend, summary)
        clv = discounted * spend
    return Scores(summary.ids, x + 1, alive, expected, spend, clv, discounted)


def holdout(fit_: Fit, summary: Summary, until: date) -> Holdout:
    """Each customer's conditional expectation for the holdout's own length against what they did."""
    if summary.holdout is None:
        raise ValueError("The summary was built without a holdout period.")
    weeks = (until - summary.as_of).days / 7.0
    predicted = clv_bgnbd.expected(fit_.model, summary.x, summary.tx, summary.T, weeks)
    actual = summary.holdout.astype(float)
    correlation = None
    if len(actual) > 1 and np.std(actual) > 0 and np.std(predicted) > 0:
        correlation = float(np.corrcoef(predicted, actual)[0, 1])
    return Holdout(weeks, float(predicted.sum()), int(actual.sum()), correlation)
