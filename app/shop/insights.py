"""The owner's view of the regulars: segments and win-back, birthdays coming up, NPS, the audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from app.application import Services
from app.models import utcnow
from app.services import audit, insights, marks, owner_views
from app.services.feedback import FeedbackService, Nps
from app.services.insights import BirthdayRow, RegularStats
from app.services.regulars_kept import KeptYear
from app.shop.base import Changes, Written, guarded, require_customer


def contact_for(consent: bool, channel: str, email: str | None, phone: str | None) -> str | None:
    """How to reach someone to win them back: only with consent, the way they agreed to, where we
    have the details for it (else whichever detail we have)."""
    if not consent:
        return None
    by_email = channel == "email" or not phone
    return (email if by_email else phone) or email or phone


@dataclass(frozen=True)
class Regular:
    stats: RegularStats
    contact: str | None  # None: no consent or no details
    contacted_at: datetime | None  # since their last visit; an older mark no longer counts
    usual: tuple[str, ...]  # item names, most frequent in the last year first
    contacted_days: int | None = None  # how many days ago (local calendar days) they were contacted
    hidden_until: datetime | None = None  # contacted lately: off the win-back list until then


class Insights:
    def __init__(self, services: Services) -> None:
        self._s = services
        self._year = KeptYear(services.db)  # the regulars page's year, kept for a minute
        self._built: tuple[object, ...] | None = None  # what the last page was built from
        self._rows: list[Regular] = []

    @guarded
    def regulars(self, now: datetime | None = None, floor_days: int | None = None) -> list[Regular]:
        """Everyone who came in the last year, with segment, VIP and lapsed marks and how to reach them;
        lapsed past `floor_days` days at least (the shop's setting unless told)."""
        fresh = now is not None
        now = now or datetime.now(UTC)
        settings = self._s.settings
        floor = int(settings.get("lapsed_floor_days")) if floor_days is None else floor_days
        # What they have (usual): for the win-back list a reason to write to them, for the rest a cue.
        stats, usual = self._year.get(now, settings.timezone_name(), floor, fresh)
        with self._s.db.rows() as conn:
            contacted = marks.contacted(conn)
        zone = ZoneInfo(settings.timezone_name())
        today = now.astimezone(zone).date()
        weeks = int(settings.get("winback_snooze_weeks"))
        built = (stats, contacted, weeks, today)
        if self._built is not None and self._built[0] is stats and self._built[1:] == built[1:]:
            return list(self._rows)  # the kept year again, nobody marked since: the same page
        rows = []
        for s in stats:
            at = contacted.get(s.id)
            at = at if at is not None and at >= s.last_visit else None
            days = None if at is None else (today - at.astimezone(zone).date()).days
            contact = contact_for(s.consent, s.consent_channel, s.email, s.phone)
            hidden = marks.winback_hidden_until(contacted.get(s.id), s.last_visit, now, weeks)
            rows.append(Regular(s, contact, at, usual.get(s.id, ()), days, hidden))
        self._built, self._rows = (None if fresh else built), rows
        return list(rows)

    def lapsed(self, now: datetime | None = None, floor_days: int | None = None) -> list[Regular]:
        """Regulars well past their own rhythm, longest absence first (the win-back list); those contacted
        lately stay off it for the shop's number of weeks, so nobody is contacted too often."""
        rows = (r for r in self.regulars(now, floor_days) if r.stats.lapsed and r.hidden_until is None)
        return sorted(rows, key=lambda r: -r.stats.days_since)

    def top(self, now: datetime | None = None, floor_days: int | None = None) -> list[Regular]:
        """The VIPs, most visits and spend first."""
        rows = [r for r in self.regulars(now, floor_days) if r.stats.vip]
        return sorted(rows, key=lambda r: (-r.stats.visits, -r.stats.spend_cents, r.stats.name))

    def segments(self, now: datetime | None = None, floor_days: int | None = None) -> list[Regular]:
        """Everyone of the last year by segment, then name."""
        return sorted(self.regulars(now, floor_days), key=lambda r: (r.stats.segment, r.stats.name))

    @guarded
    def usual_orders(self, customer_ids: list[int]) -> dict[int, list[str]]:
        """Each customer's usual order as their profile shows it (item names, most frequent first)."""
        return {cid: [u.name for u in self._s.visits.usual(cid)] for cid in customer_ids}

    @guarded
    def mark_contacted(self, customer_id: int, actor: str = "owner") -> Written[datetime]:
        now = utcnow()
        with self._s.db.rows() as conn:
            require_customer(conn, customer_id)
        with self._s.db.write() as session:
            marks.set_mark(session, customer_id, marks.WINBACK, now, actor)
        return Written(now, Changes(marks=True))

    @guarded
    def birthdays(self, days: int = 7) -> list[BirthdayRow]:
        today = datetime.now(ZoneInfo(self._s.settings.timezone_name())).date()
        return insights.upcoming_birthdays(self._s.db, today, days)

    @guarded
    def nps(self, days: int = 90) -> Nps:
        now = utcnow()
        return FeedbackService(self._s.db, self._s.settings).nps(now - timedelta(days=days), now)

    @guarded
    def audit(self, limit: int = 1000) -> list[audit.AuditRow]:
        return audit.recent(self._s.db, limit)

    @guarded
    def audit_log(self, limit: int = 1000) -> list[owner_views.AuditEntry]:
        """The latest events, newest first, with the customer, item or reward each is about named."""
        rows = audit.recent(self._s.db, limit)
        with self._s.db.rows() as conn:
            return owner_views.name_targets(conn, rows)
