from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "Europe/London")

from app.application import Services, open_services
from app.services.customers import CustomerInput


@pytest.fixture
def services(tmp_path) -> Iterator[Services]:
    opened = open_services(str(tmp_path / "data"))
    opened.items.seed_demo()
    yield opened
    opened.close()


@pytest.fixture
def add(services: Services):
    def _add(name: str, **fields) -> int:
        return services.customers.add(CustomerInput(name=name, **fields))

    return _add


def item_ids(services: Services, *names: str) -> list[int]:
    return services.items.resolve(list(names))


@pytest.fixture(scope="session")
def pg_server():
    from tests.pg_server import PgServer, find_bin

    bin_dir = find_bin()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed; .ci/run installs Debian's postgresql package")
        pytest.skip("PostgreSQL server binaries are not installed here (apt-get install postgresql)")
    server = PgServer(bin_dir).start()
    yield server
    server.stop()


@pytest.fixture
def pg_services(pg_server, tmp_path, request):
    name = "t_" + "".join(ch for ch in request.node.name.lower() if ch.isalnum())[:50]
    opened = open_services(str(tmp_path / "data"), pg_server.create_database(name))
    opened.items.seed_demo()
    yield opened
    opened.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_services(request):
    """The same service test on the embedded database and on a shared PostgreSQL server."""
    return request.getfixturevalue("services" if request.param == "sqlite" else "pg_services")
