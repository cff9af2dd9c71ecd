"""BG/NBD (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way", Marketing Science 24(2)).

While alive, a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each purchase they
drop out with probability p ~ Beta(a, b). Per customer: x repeat purchases, the last at t_x, observed
for T (all in weeks). Fitted by maximum likelihood from several starts; the likelihood and its gradient
are computed in log space (see clv_math) so they stay right as a and b grow to 1e13 and beyond.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy.linalg import eigh_tridiagonal
from scipy.optimize import minimize
from scipy.special import expit, hyp2f1

from app.services.clv_math import digamma_step, groups, log_rising

LOG_BOUNDS = [(-12.0, 25.0), (-12.0, 25.0), (-12.0, 40.0), (-12.0, 40.0)]  # log r, log α, log a, log b
HYP2F1_LIMIT = 100.0  # a above this: quadrature instead of the 2F1 series
SMALL_DROPOUT = 1e6  # b above this: quadrature too (p is then tiny and the integrand nearly linear)
QUADRATURE_NODES = 32


@dataclass(frozen=True)
class BgNbd:
    r: float
    alpha: float
    a: float
    b: float
    log_likelihood: float


class Data:
    """Customers with the same (x, t_x, T) counted once with a weight, and the distinct values of each
    found once, so a likelihood evaluation works on a few hundred values and gathers them per group
    (100,000 customers of a shop with two years of history make about 18,000 groups)."""

    def __init__(self, x: np.ndarray, tx: np.ndarray, T: np.ndarray) -> None:
        x, tx, T = (np.asarray(v, dtype=float) for v in (x, tx, T))
        self.n = len(x)
        first, _, counts = groups(x, tx, T)
        self.weight = counts.astype(float)
        self.x = x[first]
        self.ux, self.xi = np.unique(self.x, return_inverse=True)
        self.utx, self.txi = np.unique(tx[first], return_inverse=True)
        self.uT, self.Ti = np.unique(T[first], return_inverse=True)
        self.repeat = self.x > 0


def log_likelihood(params: tuple[float, float, float, float], data: Data) -> float:
    return _value_and_gradient(np.log(params), data)[0]


def _value_and_gradient(theta: np.ndarray, d: Data) -> tuple[float, np.ndarray]:
    """Total log-likelihood and its gradient in log-parameters."""
    r, alpha, a, b = np.exp(theta)
    x, ux = d.x, d.ux
    # Γ(r+x)/Γ(r) · B(a, b+x)/B(a, b), each a ratio of rising factorials
    c = (log_rising(r, ux) + log_rising(b, ux) - log_rising(a + b, ux))[d.xi]
    # r·log α − (r+x)·log(α+T)  =  −r·log1p(T/α) − x·log(α+T)
    log1p_T, log_aT = np.log1p(d.uT / alpha), np.log(alpha + d.uT)
    big_a = -r * log1p_T[d.Ti] - x * log_aT[d.Ti]
    log1p_tx, log_atx = np.log1p(d.utx / alpha), np.log(alpha + d.utx)
    bm1 = np.maximum(b + x - 1.0, 1e-300)
    big_b = np.log(a) - np.log(bm1) - r * log1p_tx[d.txi] - x * log_atx[d.txi]
    mixed = np.where(d.repeat, np.logaddexp(big_a, big_b), big_a)
    wt = d.weight
    total = float((wt * c).sum() + (wt * mixed).sum())
    # the share of the "dropped out after t_x" branch in each repeat customer's likelihood
    w = np.where(d.repeat, expit(big_b - big_a), 0.0)
    dr = digamma_step(r, ux)[d.xi] - (1 - w) * log1p_T[d.Ti] - w * log1p_tx[d.txi]
    inv_aT, inv_atx = (1.0 / (alpha + d.uT))[d.Ti], (1.0 / (alpha + d.utx))[d.txi]
    T, tx = d.uT[d.Ti], d.utx[d.txi]
    dalpha = (1 - w) * (r * T / alpha - x) * inv_aT + w * (r * tx / alpha - x) * inv_atx
    step_ab = digamma_step(a + b, ux)[d.xi]
    da = -step_ab + w / a
    db = digamma_step(b, ux)[d.xi] - step_ab - w / bm1
    grad = np.array(
        [r * ((wt * dr).sum()), alpha * ((wt * dalpha).sum()), a * ((wt * da).sum()), b * ((wt * db).sum())]
    )
    return total, grad


def starts(d: Data) -> list[np.ndarray]:
    """Several starting points, spread out and scaled to the data's own time span."""
    span = max(float(np.average(d.uT[d.Ti], weights=d.weight)), 1.0)
    rate = (float(np.average(d.x, weights=d.weight)) + 1.0) / span
    guesses = [
        (1.0, 1.0, 1.0, 1.0),
        (0.5, 0.5 / rate, 1.0, 3.0),
        (2.0, 2.0 / rate, 0.5, 10.0),
        (0.2, 0.2 / rate, 3.0, 3.0),
    ]
    return [np.log(np.clip(g, 1e-5, 1e10)) for g in guesses]


def fit(
    x: np.ndarray, tx: np.ndarray, T: np.ndarray, progress: Callable[[int, int], None] | None = None
) -> BgNbd:
    """Maximum likelihood from each start (L-BFGS-B with the exact gradient); the best one wins."""
    d = Data(x, tx, T)
    if d.n == 0:
        raise ValueError("no customers to fit")
    best = None
    points = starts(d)
    for i, theta0 in enumerate(points):
        result = minimize(
            lambda th: tuple(-v for v in _value_and_gradient(th, d)),
            theta0,
            jac=True,
            method="L-BFGS-B",
            bounds=LOG_BOUNDS,
            options={"maxiter": 1000, "ftol": 1e-13, "gtol": 1e-7},
        )
        if np.isfinite(result.fun) and (best is None or result.fun < best.fun):
            best = result
        if progress is not None:
            progress(i + 1, len(points))
    if best is None:
        raise ArithmeticError("No starting point of the BG/NBD fit gave a finite likelihood.")
    r, alpha, a, b = np.exp(best.x)
    return BgNbd(float(r), float(alpha), float(a), float(b), float(-best.fun))


def p_alive(m: BgNbd, x: np.ndarray, tx: np.ndarray, T: np.ndarray) -> np.ndarray:
    """P(still a customer at T | x, t_x, T): 1 for someone who never came back."""
    x = np.asarray(x, dtype=float)
    odds = (
        np.log(m.a)
        - np.log(np.maximum(m.b + x - 1.0, 1e-300))
        + (m.r + x) * (np.log(m.alpha + T) - np.log(m.alpha + tx))
    )
    return np.where(x > 0, expit(-odds), 1.0)


def expected_if_alive(m: BgNbd, x: np.ndarray, T: np.ndarray, t: float) -> np.ndarray:
    """Expected purchases in (T, T+t] for a customer still alive at T: FHL (2005) eq. 10 without its
    P(alive) factor, E_p[(1 − ((α+T)/(α+T+pt))^(r+x)) / p] with p ~ Beta(a, b+x).

    For a ≤ 100 and b ≤ 1e6 the papers' 2F1, after Euler's transformation so its parameters do not
    grow with x; past either the series loses its digits, and Gauss-Jacobi quadrature over p takes
    over (the Beta is then narrow, or crowded near 0 where the integrand is nearly linear).
    Worked out once per distinct (x, T) and gathered per customer."""
    x = np.asarray(x, dtype=float)
    T = np.asarray(T, dtype=float)
    if t <= 0 or len(x) == 0:
        return np.zeros_like(x)
    first, back = groups(x, T)[:2]
    ux, uT = x[first], T[first]
    a, b, r, alpha = m.a, m.b, m.r, m.alpha
    if a > HYP2F1_LIMIT or b > SMALL_DROPOUT:
        return np.asarray(_by_quadrature(m, ux, uT, t)[back], dtype=float)
    if abs(a - 1.0) < 1e-7:
        a = 1.0 + 1e-7
    z = t / (alpha + uT + t)
    with np.errstate(all="ignore"):
        tail = np.exp((a - 1.0) * np.log1p(-z)) * hyp2f1(a + b - 1.0 - r, a - 1.0, a + b + ux - 1.0, z)
        value = (a + b + ux - 1.0) / (a - 1.0) * (1.0 - tail)
    lost = ~np.isfinite(value)
    if lost.any():  # where the series gives up, the quadrature still answers
        value[lost] = _by_quadrature(m, ux[lost], uT[lost], t)
    return np.asarray(value[back], dtype=float)


def _by_quadrature(m: BgNbd, x: np.ndarray, T: np.ndarray, t: float) -> np.ndarray:
    """x sorted (the groups' order), so each distinct x is one slice sharing its Beta's nodes."""
    ux, starts = np.unique(x, return_index=True)
    ends = np.append(starts[1:], len(x))
    result = np.empty(len(x))
    u = t / (m.alpha + T)
    for xj, start, end in zip(ux, starts, ends, strict=True):
        nodes, weights = beta_nodes(m.a, m.b + xj)
        f = -np.expm1(-(m.r + xj) * np.log1p(np.outer(u[start:end], nodes))) / nodes
        result[start:end] = f @ weights
    return result


def beta_nodes(a: float, b: float, n: int = QUADRATURE_NODES) -> tuple[np.ndarray, np.ndarray]:
    """Gauss quadrature for the Beta(a, b) distribution by Golub-Welsch on the Jacobi recurrence,
    weights normalised (scipy's roots_jacobi overflows once a or b passes a few thousand)."""
    al, be = b - 1.0, a - 1.0  # the Jacobi weight (1−s)^α (1+s)^β on [−1, 1], with p = (1+s)/2
    k = np.arange(n, dtype=float)
    s = 2 * k + al + be
    diagonal = np.where(k == 0, (be - al) / (al + be + 2.0), (be * be - al * al) / (s * (s + 2.0)))
    k1 = k[1:]
    s1 = s[1:]
    off = np.sqrt(4 * k1 * (k1 + al) * (k1 + be) * (k1 + al + be) / (s1 * s1 * (s1 + 1.0) * (s1 - 1.0)))
    roots, vectors = eigh_tridiagonal(diagonal, off)
    weights = vectors[0] ** 2
    return (1.0 + roots) / 2.0, weights / weights.sum()


def expected(m: BgNbd, x: np.ndarray, tx: np.ndarray, T: np.ndarray, t: float) -> np.ndarray:
    """Conditional expected purchases in the next t weeks (FHL 2005, eq. 10)."""
    return np.asarray(p_alive(m, x, tx, T) * expected_if_alive(m, x, T, t), dtype=float)
