"""The composed shop: every area over one set of services (see app/shop/__init__.py)."""

from __future__ import annotations

from pathlib import Path

from app.application import Services, open_services
from app.shop.base import guarded
from app.shop.cards import Cards
from app.shop.charts import Charts
from app.shop.conversation import Conversation
from app.shop.counter import Counter
from app.shop.data import Data
from app.shop.insights import Insights
from app.shop.owner import Owner
from app.shop.till import Till
from app.shop.value import Value


class Shop:
    """Composes the areas: `counter`, `owner`, `data`, `insights`, `cards`, `value`, `charts`, `conversation`,
    `till` (this computer's own)."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self.counter = Counter(services)
        self.owner = Owner(services)
        self.data = Data(services)
        self.insights = Insights(services)
        self.cards = Cards(services)
        self.value = Value(services)
        self.charts = Charts(services)
        self.conversation = Conversation(services)
        self.till = Till(services)

    @classmethod
    def open(
        cls, data_dir: str | Path | None = None, url: str | None = None, daily_backup: bool = True
    ) -> Shop:
        """Open (creating or upgrading) the data and compose the shop; StartupError says what went wrong."""
        return cls(guarded(open_services)(str(data_dir) if data_dir else None, url, daily_backup))

    @property
    def is_sqlite(self) -> bool:
        return self._services.is_sqlite

    @property
    def data_folder(self) -> Path:
        return self._services.paths.root

    def search_warning(self, every_time: bool = False) -> str | None:
        """Search without the server's pg_trgm index is slower: said the first time this till meets it
        (the command line), or every time while it lasts (`every_time`: the settings show it)."""
        from app.db import trigrams

        if self.is_sqlite:
            return None
        note = self._services.search_note
        return note if every_time else trigrams.first_time(self.data_folder, note)

    def timezone_name(self) -> str:
        return self._services.settings.timezone_name()

    def currency(self) -> str:
        return str(self._services.settings.get("currency"))

    def close(self) -> None:
        self._services.close()
