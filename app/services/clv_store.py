"""Fits kept in the database, so every till scores with the same parameters and none refits on opening.

A fit is reused for its as-of day until it is a day old or the owner asks for a new one.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import delete, select

from app.db.engine import Database
from app.models import ClvFit
from app.services.clv_bgnbd import BgNbd
from app.services.clv_gammagamma import GammaGamma
from app.services.clv_value import Fit

FRESH_FOR = timedelta(days=1)
KEEP = 30  # fits kept, newest first


def latest(db: Database, as_of: date | None = None) -> Fit | None:
    """The newest fit (for that as-of day, when given), however old. The latest as-of day comes first:
    the holdout chart keeps fits for days weeks back, and those are not the shop's current fit."""
    stmt = select(ClvFit).order_by(ClvFit.as_of.desc(), ClvFit.fitted_at.desc(), ClvFit.id.desc()).limit(1)
    if as_of is not None:
        stmt = stmt.where(ClvFit.as_of == as_of)
    with db.read() as session:
        row = session.scalars(stmt).first()
        return _fit(row) if row is not None else None


def fresh(db: Database, as_of: date, now: datetime) -> Fit | None:
    """The fit for that day if it is less than a day old."""
    fit = latest(db, as_of)
    return fit if fit is not None and now - fit.fitted_at < FRESH_FOR else None


def save(db: Database, fit: Fit) -> None:
    spend = fit.spend
    with db.write() as session:
        session.add(
            ClvFit(
                as_of=fit.as_of,
                r=fit.model.r,
                alpha=fit.model.alpha,
                a=fit.model.a,
                b=fit.model.b,
                log_likelihood=fit.model.log_likelihood,
                customers=fit.customers,
                spend_p=spend.p if spend else None,
                spend_q=spend.q if spend else None,
                spend_gamma=spend.gamma if spend else None,
                spend_customers=spend.customers if spend else 0,
                fitted_at=fit.fitted_at,
            )
        )
        session.flush()
        kept = select(ClvFit.id).order_by(ClvFit.fitted_at.desc(), ClvFit.id.desc()).limit(KEEP)
        session.execute(delete(ClvFit).where(ClvFit.id.not_in(kept.scalar_subquery())))


def _fit(row: ClvFit) -> Fit:
    model = BgNbd(row.r, row.alpha, row.a, row.b, row.log_likelihood)
    spend = None
    if row.spend_p is not None and row.spend_q is not None and row.spend_gamma is not None:
        spend = GammaGamma(row.spend_p, row.spend_q, row.spend_gamma, float("nan"), row.spend_customers)
    return Fit(row.as_of, model, spend, row.customers, row.fitted_at)
