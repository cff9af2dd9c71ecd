"""A PostgreSQL role that may not create extensions: the shop still opens, search still finds people (without
the trigram index), the owner is told once what to ask for, and the index arrives once pg_trgm does."""

import psycopg

from app.application import open_services
from app.db import trigrams
from app.shop import Shop

SLOW = "Search will be slower: ask your administrator to install pg_trgm"


def _as_postgres(server, database: str, *statements: str) -> None:
    with psycopg.connect(
        host=str(server.sockets), port=server.port, user="postgres", dbname=database, autocommit=True
    ) as conn:
        for sql in statements:
            conn.execute(sql)


def _shop_for_a_plain_role(server, name: str) -> str:
    """A fresh database (no pg_trgm in it) and a role that may use it but not create extensions there."""
    server.create_database(name)
    _as_postgres(server, "postgres", f"DROP ROLE IF EXISTS {name}_till", f"CREATE ROLE {name}_till LOGIN")
    _as_postgres(server, name, f"GRANT CREATE, USAGE ON SCHEMA public TO {name}_till")
    return f"postgresql+psycopg://{name}_till@/{name}?host={server.sockets}&port={server.port}"


def test_without_pg_trgm_the_cli_warns_once_and_search_still_works(cli, pg_server) -> None:
    url = _shop_for_a_plain_role(pg_server, "no_trgm_cli")
    first = cli.run(
        "--database-url", url, "customers", "add", "--name", "Zoë Martin", "--phone", "07700 900123"
    )
    assert SLOW in first.stderr
    again = cli.run(
        "--database-url", url, "customers", "add", "--name", "Pat Smith", "--email", "pat@example.com"
    )
    assert "pg_trgm" not in again.stderr  # told once per till

    def find(typed: str) -> list[str]:
        return [c["name"] for c in cli.json("--database-url", url, "customers", "find", typed)]

    assert find("artin") == ["Zoë Martin"]
    assert find("900 123") == ["Zoë Martin"]
    assert find("pat@exa") == ["Pat Smith"]
    assert SLOW in (cli.data_dir / "logs" / "regulars.log").read_text(encoding="utf-8")


def test_the_index_is_added_once_the_administrator_installs_pg_trgm(pg_server, tmp_path) -> None:
    name = "no_trgm_later"
    url = _shop_for_a_plain_role(pg_server, name)
    services = open_services(str(tmp_path / "data"), url, daily_backup=False)
    try:
        assert services.search_note == trigrams.SLOW_SEARCH
        assert not trigrams.has_index(services.db.engine)
        shop = Shop(services)
        assert shop.search_warning() == shop.search_warning(every_time=True) == trigrams.SLOW_SEARCH
        assert shop.search_warning() is None  # the command line's once, while the settings say it each time
        assert shop.search_warning(every_time=True) == trigrams.SLOW_SEARCH
    finally:
        services.close()
    _as_postgres(pg_server, name, "CREATE EXTENSION pg_trgm")
    services = open_services(str(tmp_path / "data"), url, daily_backup=False)
    try:
        assert services.search_note is None
        assert trigrams.has_index(services.db.engine)
        assert Shop(services).search_warning(every_time=True) is None
    finally:
        services.close()
    assert trigrams.first_time(tmp_path / "data", None) is None
    assert not (tmp_path / "data" / trigrams.TOLD).exists()
