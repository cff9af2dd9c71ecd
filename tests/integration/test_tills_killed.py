"""Four tills as separate processes on one database; two are SIGKILLed and one loses its connection mid-run.

Afterwards each till's own log of confirmed saves is held against the database: nothing lost or counted twice,
the earn rows the loyalty rules give for each visit, and every balance what the rules give. (The benchmark
runs the same check with eight tills for 60 s on the large shop.)
"""

from __future__ import annotations

import pytest

from app.services import demo
from app.services.loyalty import Rules
from tests.benchmarks import tillrun

SECONDS = 8


def tills_killed_and_cut_off(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    demo.fill(services.db, services.settings, customers=40, visits=200, seed=5, into_existing=True)
    engine = services.db.engine
    pool = tillrun.pool_from(engine, 12)  # few regulars: tills serve the same people at once
    for cid, _name in pool:  # enough for a reward, so tills redeem too
        services.loyalty.adjust(cid, 30, "tills test")
    before = tillrun.snapshot(engine, [cid for cid, _ in pool])
    url = None if services.is_sqlite else services.url
    run = tillrun.run(
        services.paths.root, url, 4, SECONDS, pool, tmp_path / "tills", kill=2, drop=True, interval=0.25
    )
    verdict = tillrun.check(engine, run, before, Rules.from_settings(services.settings))
    assert verdict.clean, verdict.describe()
    assert verdict.redemptions > 0, verdict.describe()
    for till in run.killed:
        assert not any(line["e"] == "done" for line in run.logs[till]), till
        assert any(line["e"] == "ok" for line in run.logs[till]), f"{till} saved nothing before the kill"
    survivors = [t for t in run.logs if t not in run.killed]
    assert all(run.logs[t][-1]["e"] == "done" for t in survivors)
    assert run.dropped in survivors
    # The survivors kept saving to the end: the kill and the cut did not stop the shop.
    assert verdict.confirmed >= 2 * SECONDS, verdict.describe()
    assert verdict.cooled > 0, "no till served a regular twice within the cooldown"
    searches = [ms for t in survivors for ms in run.times(t, "search")]
    assert len(searches) >= 20
    # The check has teeth: a save the log confirms but the database lacks, and one it has but no log confirms.
    till = survivors[0]
    ok = [line for line in run.logs[till] if line["e"] == "ok"]
    run.logs[till].remove(ok[0])
    run.logs[till].append({**ok[1], "ref": "not-in-the-database"})
    tampered = tillrun.check(engine, run, before, Rules.from_settings(services.settings))
    assert tampered.lost == ["not-in-the-database"] and tampered.unexplained == [ok[0]["ref"]]


def test_sqlite_tills_killed_and_cut_off_lose_and_double_nothing(services, tmp_path) -> None:
    tills_killed_and_cut_off(services, tmp_path)


@pytest.mark.postgres
def test_postgresql_tills_killed_and_cut_off_lose_and_double_nothing(pg_services, tmp_path) -> None:
    tills_killed_and_cut_off(pg_services, tmp_path)
