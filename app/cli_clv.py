"""`regulars report clv`: customer lifetime value from the BG/NBD and Gamma-Gamma models."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from app.catalogue import cli
from app.cli_output import Output
from app.cli_parser import BadArgument, bounded, day
from app.messages import msg
from app.services.locales import FALLBACK, from_environment
from app.shop.money import format_money

if TYPE_CHECKING:  # numpy and scipy load only when the report runs, not for every command
    from app.shop.composed import Shop
    from app.shop.value import Value, ValueReport

SHOWN = 20  # rows in the readable table unless --top says otherwise


def add_options(parser: argparse.ArgumentParser) -> None:
    """The clv report's own options on the report command."""
    parser.add_argument("--as-of", type=day, help=cli.tr("clv: last day the models see, YYYY-MM-DD (today)"))
    parser.add_argument(
        "--weeks", type=bounded("--weeks", 1, 520), default=52, help=cli.tr("clv: expected visits ahead (52)")
    )
    parser.add_argument(
        "--holdout-until",
        type=day,
        help=cli.tr("clv: compare predicted and actual visits after --as-of up to this day"),
    )
    parser.add_argument(
        "--top", type=bounded("--top", 1, 10_000_000), help=cli.tr("clv: only the N most valuable customers")
    )
    parser.add_argument("--refit", action="store_true", help=cli.tr("clv: fit the models again now"))


def report(shop: Shop, a: argparse.Namespace) -> Output:
    value = shop.value
    as_of = _day(a.as_of, value)
    until = _day(a.holdout_until, value)
    if a.days is not None:
        raise BadArgument(msg.tr("--days is not for the clv report; use --weeks or --as-of."))
    result = value.report(as_of, a.weeks, until, a.top, a.refit)
    text = as_text(result, shop.currency(), a.top, from_environment())
    return Output(as_json(result), text)


def _day(text: str | None, value: Value) -> date | None:
    if text is None:
        return None
    return value.today() if text == "today" else date.fromisoformat(text)


def as_json(r: ValueReport) -> dict[str, Any]:
    m, spend = r.fit.model, r.fit.spend
    return {
        "model": "BG/NBD",
        "time_unit": "week",
        "as_of": r.fit.as_of.isoformat(),
        "params": {"r": m.r, "alpha": m.alpha, "a": m.a, "b": m.b},
        "log_likelihood": m.log_likelihood,
        "spend": {"p": spend.p, "q": spend.q, "gamma": spend.gamma} if spend else None,
        "customers": [
            {
                "id": c.id,
                "name": c.name,
                "visits": c.transactions,
                "p_alive": c.p_alive,
                "expected_visits": c.expected_visits,
                "expected_spend_cents": c.expected_spend_cents,
                "clv_cents": c.clv_cents,
            }
            for c in r.customers
        ],
        "holdout": (
            {
                "predicted": r.holdout.predicted,
                "actual": r.holdout.actual,
                "correlation": r.holdout.correlation,
            }
            if r.holdout
            else None
        ),
    }


def as_text(r: ValueReport, currency: str, top: int | None, locale: str = FALLBACK) -> str:
    m, spend = r.fit.model, r.fit.spend
    lines = [
        f"Customer lifetime value as of {r.fit.as_of.isoformat()} ({r.fit.customers:,} customers fitted, "
        f"fitted {r.fit.fitted_at:%Y-%m-%d %H:%M} UTC)",
        f"BG/NBD: r {m.r:.3f}  α {m.alpha:.3f}  a {m.a:.4g}  b {m.b:.4g}  log-likelihood {m.log_likelihood:.1f}",
        f"Spend (Gamma-Gamma): p {spend.p:.2f}  q {spend.q:.2f}  γ {spend.gamma:.2f}"
        if spend
        else "Spend: not modelled (fewer than 20 customers have repeat visits with an amount)",
        f"CLV over {r.horizon_months} months at {r.monthly_discount:.1%} a month; "
        f"expected visits in the next {r.weeks:g} weeks.",
        "",
        f"{'id':>7}  {'name':<28} {'visits':>6} {'alive':>6} {'expected':>8} {'per visit':>10} {'CLV':>11}",
    ]
    shown = r.customers[: top or SHOWN]
    for c in shown:
        per_visit = (
            format_money(c.expected_spend_cents, currency, locale)
            if c.expected_spend_cents is not None
            else "—"
        )
        clv = format_money(c.clv_cents, currency, locale) if c.clv_cents is not None else "—"
        lines.append(
            f"{c.id:>7}  {c.name[:28]:<28} {c.transactions:>6} {c.p_alive:>6.0%} "
            f"{c.expected_visits:>8.2f} {per_visit:>10} {clv:>11}"
        )
    if len(r.customers) > len(shown):
        lines.append(f"… and {len(r.customers) - len(shown):,} more (--top N to see more, --json for all)")
    if r.holdout:
        h = r.holdout
        corr = f"{h.correlation:.3f}" if h.correlation is not None else "—"
        lines += [
            "",
            f"Holdout ({h.weeks:g} weeks): predicted {h.predicted:,.1f} visits, actual {h.actual:,}; "
            f"correlation per customer {corr}",
        ]
    return "\n".join(lines)
