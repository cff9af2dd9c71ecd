"""A shop that started on the first schema upgrades in place, with its data, after a backup."""

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from app.application import open_services
from app.db import migrate
from app.db.engine import make_engine
from app.models.base import as_utc


def test_a_first_schema_database_with_data_upgrades_to_head(tmp_path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    database = data / "regulars.sqlite3"
    engine = make_engine(f"sqlite:///{database}")
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, name, search_key, preferences, allergies, allergy_note, notes, "
                "consent_contact, consent_channel, consent_source, created_at, updated_at) VALUES "
                "(1, 'Zoë Martin', 'zoe martin', '', 'nuts', '', '', 0, '', '', :t, :t)"
            ),
            {"t": datetime(2025, 1, 1)},
        )
        conn.execute(text("INSERT INTO customer_words (word, customer_id) VALUES ('zoe', 1), ('martin', 1)"))
        conn.execute(
            text(
                "INSERT INTO visits (id, customer_id, at, till, staff, found_by, voided, void_reason) "
                "VALUES (1, 1, :t, 'Till 1', 'sam', 'scan', 0, '')"
            ),
            {"t": datetime(2025, 1, 2, 9)},
        )
    engine.dispose()
    assert migrate.current_revision(make_engine(f"sqlite:///{database}")) == "0001"

    services = open_services(str(data))
    try:
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
        assert services.customers.get(1).allergies == "nuts"
        assert services.search.search("zoe")[0].name == "Zoë Martin"
        assert services.visits.summary(1) == (1, datetime(2025, 1, 2, 9, tzinfo=UTC))
        first = services.visits.record(1, client_ref="till1-abc")
        again = services.visits.record(1, client_ref="till1-abc")
        assert again.id == first.id and services.visits.summary(1)[0] == 2
    finally:
        services.close()
    backups = list((data / "backups").glob("regulars-*-before-migration.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


@pytest.mark.parametrize("target", ["0001", "head"])
def test_migrations_run_on_postgresql(pg_server, tmp_path, target) -> None:
    url = pg_server.create_database(f"migrate_{target}")
    engine = make_engine(url)
    migrate.upgrade(engine, target)
    assert migrate.current_revision(engine) == ("0001" if target == "0001" else migrate.head_revision())
    engine.dispose()
    services = open_services(str(tmp_path / "data"), url)
    try:
        assert migrate.current_revision(services.db.engine) == migrate.head_revision()
    finally:
        services.close()


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_surprise_and_winback_marks_are_carried_over_from_the_audit_log(request, tmp_path, database) -> None:
    if database == "sqlite":
        url = f"sqlite:///{tmp_path / 'marks.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_server").create_database("carry_marks")
    engine = make_engine(url)
    migrate.upgrade(engine, "0003")
    with engine.begin() as conn:
        for cid in (1, 2):
            conn.execute(
                text(
                    "INSERT INTO customers (id, name, search_key, preferences, allergies, allergy_note, notes, "
                    "consent_contact, consent_channel, consent_source, created_at, updated_at) VALUES "
                    "(:id, 'Zoë', 'zoe', '', '', '', '', false, '', '', :t, :t)"
                ),
                {"id": cid, "t": datetime(2025, 1, 1)},
            )
        events = [
            ("surprise.given", "customer:1", datetime(2025, 3, 1, 9)),
            ("surprise.given", "customer:1", datetime(2025, 6, 1, 9)),
            ("winback.contacted", "customer:2", datetime(2025, 5, 1, 9)),
            ("winback.contacted", "customer:99", datetime(2025, 5, 1, 9)),  # no such customer any more
            ("customer.edit", "customer:2", datetime(2025, 7, 1, 9)),
        ]
        for action, target, at in events:
            conn.execute(
                text(
                    "INSERT INTO audit_events (at, actor, action, target, detail) VALUES (:at, 'owner', :a, :t, '')"
                ),
                {"at": at if database == "sqlite" else at.replace(tzinfo=UTC), "a": action, "t": target},
            )
    migrate.upgrade(engine)
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT customer_id, surprise_given_at, winback_contacted_at FROM customer_marks ORDER BY 1")
        ).all()
    engine.dispose()
    naive = [(cid, s and as_utc(s), w and as_utc(w)) for cid, s, w in rows]
    assert naive == [
        (1, datetime(2025, 6, 1, 9, tzinfo=UTC), None),
        (2, None, datetime(2025, 5, 1, 9, tzinfo=UTC)),
    ]
