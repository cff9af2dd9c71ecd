from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "Europe/London")

from app.application import Services, open_services  # noqa: E402
from app.services.customers import CustomerInput  # noqa: E402


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
