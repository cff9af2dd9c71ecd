"""A small shop whose lifetime-value picture is known: who is worth most, who is slipping away."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np

from app.services.customers import CustomerInput
from tests.conftest import item_ids


def build_shop(services) -> dict[str, list[int]]:
    """60 small regulars who came weekly for a while, many of whom stopped; 6 big spenders who came
    weekly for 20 weeks and have not come for the last 4 weeks or so; 6 who still come. Visits at noon, local days counted
    back from today, amounts varying from visit to visit (seeded)."""
    services.settings.set("timezone", "Europe/London")
    today = datetime.now(ZoneInfo("Europe/London")).date()
    rng = np.random.default_rng(7)

    def when(days_ago: int) -> datetime:
        return datetime.combine(today - timedelta(days=days_ago), datetime.min.time()).replace(
            hour=12, tzinfo=ZoneInfo("Europe/London")
        )

    loaf, coffee = item_ids(services, "Sourdough loaf", "Flat white")
    groups: dict[str, list[int]] = {"small": [], "slipping": [], "steady": []}
    for n in range(60):
        cid = services.customers.add(CustomerInput(name=f"Small {n}"))
        groups["small"].append(cid)
        first, weeks = int(rng.integers(60, 300)), int(rng.integers(1, 12))
        for week in range(weeks):
            if first - 7 * week >= 0:
                services.visits.record(
                    cid, amount_cents=int(rng.integers(300, 800)), at=when(first - 7 * week)
                )
    for n in range(6):
        consent = n % 2 == 0
        cid = services.customers.add(
            CustomerInput(
                name=f"Slipping {n}",
                email=f"slip{n}@example.com",
                phone="07700 900123",
                consent_contact=consent,
                consent_channel="email" if consent else "",
            )
        )
        groups["slipping"].append(cid)
        for week in range(20):
            cents = int(rng.integers(5000, 7000))
            services.visits.record(cid, [(loaf, 1), (coffee, 1)], cents, at=when(25 + 7 * week + n))
    for n in range(6):
        cid = services.customers.add(CustomerInput(name=f"Steady {n}"))
        groups["steady"].append(cid)
        for week in range(30):
            cents = int(rng.integers(5000, 7000))
            services.visits.record(cid, [(coffee, 1)], cents, at=when(1 + 7 * week + n % 3))
    return groups
