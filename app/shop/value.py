"""Customer lifetime value for the owner: the fitted models, every customer's value, and the
"high value, slipping away" list. Model fits are slow at a large shop: the window runs these calls on
its long lane with the progress callback."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.application import Services
from app.errors import UserError
from app.messages import msg
from app.models import Customer
from app.shop.base import Changes, Written, guarded
from app.shop.insights import contact_for

if TYPE_CHECKING:  # numpy and scipy load on the first fit, not with the shop (cold start, every command)
    from app.services.clv_summary import Summary
    from app.services.clv_value import Fit, Holdout, Scores

Progress = Callable[[int, int], None]
SLIPPING_LIMIT = 500  # the list shows this many, highest value first; each needs its usual order
STEPS = 8  # the summary, four starts of BG/NBD, Gamma-Gamma, scoring, names
MAX_HORIZON_MONTHS = 120
MAX_DISCOUNT_PERCENT = 10.0  # a month: far above any shop's cost of money, still a number, not a typo


class CustomerValue(NamedTuple):  # a hundred thousand of these: a tuple is made 5x faster than a dataclass
    id: int
    name: str
    transactions: int  # transaction days up to the as-of day
    p_alive: float
    expected_visits: float  # in the report's weeks
    expected_spend_cents: int | None  # per visit; None without a spend model
    clv_cents: int | None  # over the horizon, discounted; None without a spend model
    days_since: int  # since their last transaction day, as of the as-of day


@dataclass(frozen=True)
class ValueReport:
    fit: Fit
    weeks: float
    horizon_months: int
    monthly_discount: float
    customers: list[CustomerValue]  # erased customers left out; highest value first
    holdout: Holdout | None


@dataclass(frozen=True)
class ValueSettings:
    """The owner's lifetime-value settings, as the settings dialog shows them."""

    horizon_months: int  # how far ahead a customer's value is counted
    monthly_discount_percent: float  # what a pound next month is worth less than one today
    slipping_percent: float  # "slipping away" below this chance of still being a regular


@dataclass(frozen=True)
class Slipping:
    value: CustomerValue
    contact: str | None  # None: no consent or no details
    usual: tuple[str, ...]


def _quiet(done: int, total: int) -> None:
    pass


class Value:
    def __init__(self, services: Services) -> None:
        self._s = services

    def today(self) -> date:
        return datetime.now(ZoneInfo(self._s.settings.timezone_name())).date()

    @guarded
    def settings(self) -> ValueSettings:
        get = self._s.settings.get
        return ValueSettings(
            int(get("clv_horizon_months")),
            round(100 * float(get("clv_monthly_discount")), 4),
            round(100 * float(get("clv_slipping_p_alive")), 4),
        )

    def setting_values(self, chosen: ValueSettings) -> dict[str, int | float]:
        """The settings to save for `chosen` (with the shop's others, in one transaction), or a UserError
        saying what is wrong; nothing is saved here."""
        if not 1 <= chosen.horizon_months <= MAX_HORIZON_MONTHS:
            raise UserError(
                msg.tr("Count a customer's value over 1 to {most} months.").format(most=MAX_HORIZON_MONTHS)
            )
        if not 0 <= chosen.monthly_discount_percent <= MAX_DISCOUNT_PERCENT:
            raise UserError(
                msg.tr("The monthly discount rate must be from 0 % to {most} %.").format(
                    most=format(MAX_DISCOUNT_PERCENT, "g")
                )
            )
        if not 0 < chosen.slipping_percent < 100:
            raise UserError(msg.tr("“Slipping away” needs a chance above 0 % and below 100 %."))
        return {
            "clv_horizon_months": int(chosen.horizon_months),
            "clv_monthly_discount": chosen.monthly_discount_percent / 100,
            "clv_slipping_p_alive": chosen.slipping_percent / 100,
        }

    @guarded
    def save_settings(self, chosen: ValueSettings) -> Written[None]:
        self._s.settings.set_many(self.setting_values(chosen))
        return Written(None, Changes(settings=True))

    @guarded
    def cached_fit(self) -> Fit | None:
        """The newest fit any till stored, without computing anything (None before the first)."""
        from app.services import clv_store

        return clv_store.latest(self._s.db)

    @guarded
    def fit(self, progress: Progress | None = None, as_of: date | None = None) -> Written[Fit]:
        """Fit both models afresh (the owner asked) and keep the fit for every till."""
        as_of = self._check_day(as_of)
        summary = self._summary(as_of, None, progress or _quiet)
        fit = self._fit(summary, progress or _quiet)
        return Written(fit, Changes(clv=True))

    @guarded
    def report(
        self,
        as_of: date | None = None,
        weeks: float = 52,
        holdout_until: date | None = None,
        top: int | None = None,
        refit: bool = False,
        progress: Progress | None = None,
    ) -> ValueReport:
        """Every fitted customer's value, highest first; the stored fit when it is fresh."""
        from app.services.clv_math import paused_gc

        with paused_gc():
            return self._report(as_of, weeks, holdout_until, top, refit, progress or _quiet)

    def _report(
        self,
        as_of: date | None,
        weeks: float,
        holdout_until: date | None,
        top: int | None,
        refit: bool,
        progress: Progress,
    ) -> ValueReport:
        from app.services import clv_store, clv_value

        as_of = self._check_day(as_of)
        if holdout_until is not None and not as_of < holdout_until <= self.today():
            raise UserError(msg.tr("The holdout must end after the as-of day and not later than today."))
        if weeks <= 0:
            raise UserError(msg.tr("The weeks to look ahead must be more than 0."))
        summary = self._summary(as_of, holdout_until, progress)
        fit = None if refit else clv_store.fresh(self._s.db, as_of, datetime.now(UTC))
        fit = fit or self._fit(summary, progress)
        months, discount = self._horizon()
        scores = clv_value.score(fit, summary, weeks, months, discount)
        progress(STEPS - 1, STEPS)
        rows = self._rows(summary, scores, top)
        progress(STEPS, STEPS)
        held = clv_value.holdout(fit, summary, holdout_until) if holdout_until else None
        return ValueReport(fit, weeks, months, discount, rows, held)

    @guarded
    def slipping_away(self, progress: Progress | None = None) -> list[Slipping]:
        """Customers in the top fifth by value whose P(alive) fell below the owner's line, highest value
        first (at most 500), with their usual order and how to reach them if they agreed to it."""
        import numpy as np

        report = self.report(progress=progress)
        line = float(self._s.settings.get("clv_slipping_p_alive"))
        everyone = report.customers
        if not everyone:
            return []
        value = np.array([_rank(c) for c in everyone])
        threshold = np.quantile(value, 0.8)
        chosen = [c for c, v in zip(everyone, value, strict=True) if v >= threshold and c.p_alive < line]
        chosen = chosen[:SLIPPING_LIMIT]
        with self._s.db.rows() as conn:
            people = {
                row.id: row
                for row in conn.execute(
                    select(
                        Customer.id,
                        Customer.consent_contact,
                        Customer.consent_channel,
                        Customer.email,
                        Customer.phone,
                    ).where(Customer.id.in_([c.id for c in chosen]))
                )
            }
        result = []
        for c in chosen:
            p = people[c.id]
            contact = contact_for(bool(p.consent_contact), p.consent_channel, p.email, p.phone)
            usual = tuple(u.name for u in self._s.visits.usual(c.id))
            result.append(Slipping(c, contact, usual))
        return result

    # -- inside ------------------------------------------------------------------------------------------
    def _check_day(self, as_of: date | None) -> date:
        today = self.today()
        if as_of is None:
            return today
        if as_of > today:
            raise UserError(msg.tr("The as-of day cannot be in the future."))
        return as_of

    def _horizon(self) -> tuple[int, float]:
        months = int(self._s.settings.get("clv_horizon_months"))
        discount = float(self._s.settings.get("clv_monthly_discount"))
        if months < 1 or not 0 <= discount < 1:
            raise UserError(
                msg.tr("The lifetime-value horizon must be at least a month and the discount under 100 %.")
            )
        return months, discount

    def _summary(self, as_of: date, holdout_until: date | None, progress: Progress) -> Summary:
        from app.services.clv_summary import summarise

        summary = summarise(self._s.db, as_of, self._s.settings.timezone_name(), holdout_until)
        if len(summary) == 0:
            raise UserError(
                msg.tr("No customer had a visit on or before {as_of}: there is nothing to fit.").format(
                    as_of=as_of
                )
            )
        progress(1, STEPS)
        return summary

    def _fit(self, summary: Summary, progress: Progress) -> Fit:
        from app.services import clv_store, clv_value

        fit = clv_value.fit(summary, datetime.now(UTC), lambda done, _total: progress(1 + done, STEPS))
        clv_store.save(self._s.db, fit)
        return fit

    def _rows(self, summary: Summary, scores: Scores, top: int | None) -> list[CustomerValue]:
        """Highest value first (ordered by numpy, then the first `top` turned into rows once), erased
        customers left out."""
        import numpy as np

        with self._s.db.rows() as conn:
            people = conn.execute(
                select(Customer.id, Customer.name).where(Customer.erased_at.is_(None)).order_by(Customer.id)
            ).all()
        known = np.array([p[0] for p in people], dtype=np.int64)
        rank = scores.clv_cents if scores.clv_cents is not None else scores.expected_visits
        order = np.lexsort((scores.ids, -rank))
        ids = scores.ids[order]
        where = np.minimum(np.searchsorted(known, ids), max(len(known) - 1, 0))
        shown = known[where] == ids if len(known) else np.zeros(len(ids), dtype=bool)
        order, where = order[shown][:top], where[shown][:top]
        spend, clv = scores.expected_spend_cents, scores.clv_cents
        nothing = [None] * len(order)
        columns = zip(
            scores.ids[order].tolist(),
            [people[i][1] for i in where.tolist()],
            scores.transactions[order].tolist(),
            scores.p_alive[order].tolist(),
            scores.expected_visits[order].tolist(),
            np.rint(spend[order]).astype(np.int64).tolist() if spend is not None else nothing,
            np.rint(clv[order]).astype(np.int64).tolist() if clv is not None else nothing,
            (summary.T_days - summary.tx_days)[order].tolist(),
            strict=True,
        )
        return list(map(CustomerValue._make, columns))


def _rank(c: CustomerValue) -> float:
    return float(c.clv_cents) if c.clv_cents is not None else c.expected_visits
