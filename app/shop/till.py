"""This till: its own name, scanner timing, window place and staff list, kept on this computer
(app/till_settings.py) rather than in the database every till shares."""

from __future__ import annotations

from app import till_settings
from app.application import Services
from app.shop.base import Changes, Written
from app.till_settings import TillSettings


class Till:
    def __init__(self, services: Services) -> None:
        self._s = services

    def settings(self) -> TillSettings:
        return till_settings.load(self._s.paths.root)

    def save(self, till: TillSettings) -> Written[TillSettings]:
        """Check and keep this till's settings; visits recorded from now on carry its name."""
        saved = till_settings.save(self._s.paths.root, till)
        self._s.visits.till_name = saved.till_name
        return Written(saved, Changes(settings=True))

    @property
    def name(self) -> str:
        return self._s.visits.till_name or till_settings.computer_name()
