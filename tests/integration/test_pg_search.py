"""Search on a PostgreSQL server: one statement per lookup, no transaction around it, and a connection the
server dropped between two keystrokes costs nothing but a reconnect."""

from sqlalchemy import event, text

from app.services.customers import CustomerInput


def test_a_lookup_is_one_statement_outside_any_transaction(pg_services) -> None:
    s = pg_services
    pat = s.customers.add(CustomerInput(name="Pat Phone", phone="07700 900123", email="pat@example.com"))
    s.search.search("900 123")  # the connection is opened
    sent: list[tuple[str, bool]] = []  # each statement, and whether the driver sends it without a BEGIN

    @event.listens_for(s.db.lookups, "before_cursor_execute")
    def _sent(conn, _cursor, statement, *_rest) -> None:
        sent.append((statement, conn.connection.dbapi_connection.autocommit))

    assert [h.id for h in s.search.search("900 123")] == [pat]
    assert [h.id for h in s.search.search("pat@exa")] == [pat]
    assert [autocommit for _, autocommit in sent] == [True, True]
    assert not s.db.lookups.pool._pre_ping  # no liveness round trip per keystroke


def test_search_survives_the_server_dropping_its_connection(pg_services) -> None:
    s = pg_services
    zoe = s.customers.add(CustomerInput(name="Zoë Martin"))
    assert [h.id for h in s.search.search("martin")] == [zoe]
    with s.db.lookups.connect() as conn:
        backend = conn.execute(text("SELECT pg_backend_pid()")).scalar()
    with s.db.engine.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
        conn.commit()
    assert [h.id for h in s.search.search("martin")] == [zoe]
    assert [h.id for h in s.search.search("zoe")] == [zoe]
