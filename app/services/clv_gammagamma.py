"""Gamma-Gamma spend model (Fader, Hardie & Lee 2005, JMR 42(4); Fader & Hardie, "The Gamma-Gamma
Model of Monetary Value", 2013).

Each purchase's value is Gamma(p, ν) with ν ~ Gamma(q, γ) across customers. Fitted on the mean value
m̄ of each customer's x repeat purchases that carry an amount (the first purchase left out, as in the
note), in the shop's currency units so γ reads like the published tables.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize
from scipy.special import digamma, gammaln

LOG_BOUNDS = [(-10.0, 25.0), (-10.0, 25.0), (-20.0, 30.0)]  # log p, log q, log γ


@dataclass(frozen=True)
class GammaGamma:
    p: float
    q: float
    gamma: float  # in currency units
    log_likelihood: float
    customers: int  # how many had repeat spend to fit on


class _Data:
    """The gamma functions depend on x alone: they are taken once per distinct x and gathered."""

    def __init__(self, x: np.ndarray, m: np.ndarray) -> None:
        self.x, self.m = x, m
        self.ux, xi = np.unique(x, return_inverse=True)
        self.counts = np.bincount(xi, minlength=len(self.ux)).astype(float)
        self.log_m, self.log_x = np.log(m), np.log(x)
        self.sum_log_m = float(self.log_m.sum())
        self.x_log_xm = float((x * (self.log_m + self.log_x)).sum())


def _value_and_gradient(theta: np.ndarray, d: _Data) -> tuple[float, np.ndarray]:
    p, q, g = np.exp(theta)
    pux = p * d.ux
    counts = d.counts
    lg = float(((gammaln(pux + q) - gammaln(pux)) * counts).sum())
    xm_g = d.x * d.m + g
    log_xm_g = np.log(xm_g)
    px = p * d.x
    n = len(d.x)
    ll = (
        lg
        - n * gammaln(q)
        + n * q * np.log(g)
        + p * d.x_log_xm
        - d.sum_log_m
        - float(((px + q) * log_xm_g).sum())
    )
    psi = digamma(pux + q)
    dp = float(((psi - digamma(pux)) * d.ux * counts).sum()) + d.x_log_xm - float((d.x * log_xm_g).sum())
    dq = float((psi * counts).sum()) - n * digamma(q) + n * np.log(g) - float(log_xm_g.sum())
    dg = n * q / g - float(((px + q) / xm_g).sum())
    return float(ll), np.array([p * dp, q * dq, g * dg])


def fit(x: np.ndarray, mean_value: np.ndarray) -> GammaGamma:
    """Maximum likelihood over customers with x ≥ 1 and a positive mean (refunds cannot be Gamma)."""
    x = np.asarray(x, dtype=float)
    m = np.asarray(mean_value, dtype=float)
    keep = (x > 0) & (m > 0)
    x, m = x[keep], m[keep]
    if len(x) == 0:
        raise ValueError("no customers with repeat spend")
    scale = float(np.mean(m))
    data = _Data(x, m)
    best = None
    for p0, q0, g0 in ((1.0, 1.0, scale), (5.0, 3.0, 2.0 * scale), (2.0, 10.0, 5.0 * scale)):
        result = minimize(
            lambda th: tuple(-v for v in _value_and_gradient(th, data)),
            np.log([p0, q0, g0]),
            jac=True,
            method="L-BFGS-B",
            bounds=LOG_BOUNDS,
            options={"maxiter": 1000, "ftol": 1e-13, "gtol": 1e-8},
        )
        if np.isfinite(result.fun) and (best is None or result.fun < best.fun):
            best = result
    if best is None:
        raise ArithmeticError("No starting point of the Gamma-Gamma fit gave a finite likelihood.")
    p, q, g = np.exp(best.x)
    return GammaGamma(float(p), float(q), float(g), float(-best.fun), len(x))


def expected_value(model: GammaGamma, x: np.ndarray, mean_value: np.ndarray) -> np.ndarray:
    """E[value of a purchase | x, m̄], in currency units: the posterior mean, a weighted average of the
    population mean p·γ/(q−1) and the customer's own mean. Customers without repeat spend get the former."""
    x = np.asarray(x, dtype=float)
    m = np.where(x > 0, np.asarray(mean_value, dtype=float), 0.0)
    p, q, g = model.p, model.q, model.gamma
    return p * (g + x * m) / (p * x + q - 1.0)
