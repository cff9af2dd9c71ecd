"""Special-function pieces the lifetime-value models share, accurate where the textbook forms are not.

The BG/NBD and Gamma-Gamma likelihoods are ratios of gamma functions. Written as differences of
`gammaln`, they lose every digit once an argument reaches about 1e13 (each term is ~4e14, so one rounding
step is ~0.06 and the difference is noise). Here the ratio Γ(z+x)/Γ(z) is taken directly: for large z
from Stirling's series rearranged around log1p, which keeps full relative precision however large z is.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from scipy.special import digamma, gammaln
from threadpoolctl import threadpool_limits

LARGE = 1e5  # above this, Stirling's series (two correction terms) is exact to double precision


def log_rising(z: float, x: np.ndarray) -> np.ndarray:
    """log Γ(z+x) − log Γ(z), the log of the rising factorial, for z > 0 and x ≥ 0."""
    x = np.asarray(x, dtype=float)
    if z < LARGE:
        return np.asarray(gammaln(z + x) - gammaln(z), dtype=float)
    zx = z + x
    # (z+x−½)·log(z+x) − (z−½)·log z  =  (z−½)·log1p(x/z) + x·log(z+x)
    main = (z - 0.5) * np.log1p(x / z) + x * np.log(zx) - x
    # 1/(12w) − 1/(360w³) at w = z+x minus the same at w = z, written without cancellation
    correction = -x / (12.0 * z * zx) + (1.0 / z**3 - 1.0 / zx**3) / 360.0
    return np.asarray(main + correction, dtype=float)


def digamma_step(z: float, x: np.ndarray) -> np.ndarray:
    """ψ(z+x) − ψ(z): the derivative of log_rising in z."""
    x = np.asarray(x, dtype=float)
    if z < LARGE:
        return np.asarray(digamma(z + x) - digamma(z), dtype=float)
    zx = z + x
    # ψ(w) ≈ log w − 1/(2w) − 1/(12w²)
    return np.log1p(x / z) + x / (2.0 * z * zx) + (1.0 / z**2 - 1.0 / zx**2) / 12.0


def one_blas_thread() -> threadpool_limits:
    """The fits' linear algebra is on vectors of three or four: a second BLAS thread only adds a
    handoff per step, which on a busy till costs a scheduler slice each (measured: 4x slower)."""
    return threadpool_limits(limits=1, user_api="blas")


@contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cycle collector held off while a hundred thousand rows become tuples (none of them in a
    cycle): each collection walks every object alive, and at 100,000 customers they took 0.5 s of a
    3.2 s report. Collected as usual afterwards; left off if it was off already."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def groups(*columns: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows with equal values in every column, found by one lexsort (np.unique(axis=1) sorts a void
    view and is 30x slower): (the index of one row per group, each row's group, each group's size).
    Groups come in the lexicographic order of the columns, the first column most significant."""
    n = len(columns[0])
    if n == 0:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    order = np.lexsort(columns[::-1])
    change = np.zeros(n, dtype=bool)
    change[0] = True
    for column in columns:
        sorted_ = column[order]
        change[1:] |= sorted_[1:] != sorted_[:-1]
    group_of_sorted = np.cumsum(change) - 1
    inverse = np.empty(n, dtype=np.intp)
    inverse[order] = group_of_sorted
    first = order[change]
    return first, inverse, np.diff(np.append(np.flatnonzero(change), n))
