"""The 14 EU allergens replace the old flags in place, and a typo per word finds the name, on SQLite and
PostgreSQL alike."""

from datetime import datetime

import pytest
from sqlalchemy import text

from app.application import open_services
from app.db import migrate
from app.db.engine import make_engine
from app.services.customers import CustomerInput

NAMES = {
    1: ("Zoë Martin", "zoe", "martin"),
    2: ("Ann Jones", "ann", "jones"),
    3: ("Bob Smith", "bob", "smith"),
}
NAMES[4] = ("Cara Lewis", "cara", "lewis")
OLD = {1: "nuts,dairy", 2: "shellfish,egg,soy,vegan", 3: "", 4: "gluten,sesame,fish,peanuts"}
NEW = {1: "milk,nuts", 2: "crustaceans,eggs,molluscs,soya,vegan", 3: "", 4: "gluten,fish,peanuts,sesame"}


def _url(request, tmp_path, database: str, name: str) -> str:
    if database == "sqlite":
        return f"sqlite:///{tmp_path / (name + '.sqlite3')}"
    return request.getfixturevalue("pg_server").create_database(name)


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_old_flags_become_eu_allergens_and_old_names_become_findable_with_a_typo(
    request, tmp_path, database
) -> None:
    url = _url(request, tmp_path, database, "allergens")
    engine = make_engine(url)
    migrate.upgrade(engine, "0008")
    with engine.begin() as conn:
        for cid, flags in OLD.items():
            conn.execute(
                text(
                    "INSERT INTO customers (id, name, search_key, preferences, allergies, allergy_note, notes, "
                    "consent_contact, consent_channel, consent_source, created_at, updated_at) VALUES "
                    "(:id, :name, :key, '', :flags, '', '', false, '', '', :t, :t)"
                ),
                {
                    "id": cid,
                    "name": NAMES[cid][0],
                    "key": " ".join(NAMES[cid][1:]),
                    "flags": flags,
                    "t": datetime(2025, 1, 1),
                },
            )
            conn.execute(
                text("INSERT INTO customer_words (word, customer_id) VALUES (:a, :id), (:b, :id)"),
                {"id": cid, "a": NAMES[cid][1], "b": NAMES[cid][2]},
            )
        conn.execute(
            text("INSERT INTO items (name, category, active, sort_order) VALUES ('Tea', '', true, 0)")
        )
    migrate.upgrade(engine)
    with engine.connect() as conn:
        after = dict(conn.execute(text("SELECT id, allergies FROM customers")).all())
        tags = conn.execute(text("SELECT allergens FROM items")).scalar_one()
    assert after == NEW and tags == ""
    # The words already in the index get their typo spellings.
    services = open_services(str(tmp_path / "data"), url)
    try:
        assert [h.id for h in services.search.search("cara lewsi")] == [4]
        assert services.profiles.load(2).flags == ["crustaceans", "eggs", "molluscs", "soya", "vegan"]
    finally:
        services.close()
    # And back: the old names return (crustaceans and molluscs are shellfish again).
    from alembic import command

    config = migrate.alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
        connection.commit()
    with engine.connect() as conn:
        back = dict(conn.execute(text("SELECT id, allergies FROM customers")).all())
    engine.dispose()
    assert back == {1: "dairy,nuts", 2: "shellfish,egg,soy,vegan", 3: "", 4: "gluten,fish,peanuts,sesame"}


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_one_typo_per_word_with_exact_matches_first(request, tmp_path, database) -> None:
    url = _url(request, tmp_path, database, "typos")
    services = open_services(str(tmp_path / "data"), url)
    try:
        ids = {
            name: services.customers.add(CustomerInput(name=name))
            for name in ("Zoë Martin", "Zoë Martina", "Martn Zorro", "Łukasz Nowak", "100% Pure_Ann")
        }
        assert [h.name for h in services.search.search("zoe martn")] == ["Zoë Martin"]
        # "martn" is somebody's word: as the last word it is read as typed while it matches, and widened
        # (after the exact match) once finished.
        assert [h.name for h in services.search.search("martn")] == ["Martn Zorro"]
        services.customers.add(CustomerInput(name="Martin Zorro"))
        assert [h.name for h in services.search.search("martn zorro")] == ["Martn Zorro", "Martin Zorro"]
        assert [h.name for h in services.search.search("lukas nowk")] == ["Łukasz Nowak"]
        assert [h.id for h in services.search.search("pure_anm")] == []  # odd characters: no crash
        hits, total = services.search.search_counted("zoe marti")
        assert [h.name for h in hits] == ["Zoë Martin", "Zoë Martina"] and total == 2
        assert ids
    finally:
        services.close()
