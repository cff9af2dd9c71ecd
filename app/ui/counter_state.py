"""Who is being served at the counter, and the rules about it. Qt-free, so it is tested without a window.

The window shows; this decides: which customer F2 lands on, whether a second visit moments after the
first is a slip to ask about, which answer is still worth showing when answers arrive late, and what an
Enter pressed before the search's answer is for.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Serving:
    customer_id: int
    name: str
    found_by: str  # "search", "scan" or "manual": recorded on the visit


class CounterState:
    def __init__(self, repeat_seconds: float = 5.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.repeat_seconds = repeat_seconds
        self.clock = clock  # tests move it instead of waiting
        self.serving: Serving | None = None
        self.opening: int | None = None  # asked for, not yet on screen
        self._last_saved: tuple[int | None, float] = (None, 0.0)
        self.searching: str | None = None  # the query whose answer is not on screen yet
        self.enter_waiting = False  # Enter was pressed for `searching` before its answer came

    # -- whose profile is open ------------------------------------------------------------------------
    def ask_open(self, customer_id: int) -> None:
        self.opening = customer_id

    def opened(self, customer_id: int, name: str, found_by: str) -> bool:
        """A profile arrived. False when it is no longer the one asked for (staff moved on meanwhile)."""
        if self.opening is not None and self.opening != customer_id:
            return False
        self.opening = None
        self.serving = Serving(customer_id, name, found_by)
        return True

    def close(self) -> None:
        """Esc, a new search, a failed scan: nothing may be recorded on the previous person."""
        self.serving = None
        self.opening = None

    @property
    def customer_id(self) -> int | None:
        return self.serving.customer_id if self.serving else None

    @property
    def moving_on(self) -> bool:
        """Someone else's profile was asked for and has not arrived: the one on screen is being left."""
        return self.serving is not None and self.opening not in (None, self.serving.customer_id)

    def is_serving(self, customer_id: int) -> bool:
        """This customer is served and staff are not moving on to someone else."""
        return self.customer_id == customer_id and not self.moving_on

    # -- Enter before the search's answer -------------------------------------------------------------
    def search_asked(self, query: str | None) -> None:
        """A search went out (None: the list shows something else). An Enter kept for an older query is dropped."""
        if query != self.searching:
            self.enter_waiting = False
        self.searching = query

    def enter_pressed(self, query: str) -> bool:
        """True when the answer to `query` has not arrived: Enter is kept for it instead of acting on an
        older list."""
        self.enter_waiting = query == self.searching
        return self.enter_waiting

    def search_answered(self, query: str) -> bool:
        """The answer to `query` is on screen; True when an Enter was waiting for it (open its first hit)."""
        if query != self.searching:
            return False
        waiting, self.searching, self.enter_waiting = self.enter_waiting, None, False
        return waiting

    # -- visits ---------------------------------------------------------------------------------------
    def may_be_a_slip(self, customer_id: int) -> bool:
        """A second visit for the same person within the scan-repeat window is asked about first."""
        last_id, last_at = self._last_saved
        return last_id == customer_id and self.clock() - last_at < self.repeat_seconds

    def saved(self, customer_id: int) -> None:
        self._last_saved = (customer_id, self.clock())

    def forget_saved(self) -> None:
        """An undone visit does not make the next one a repeat."""
        self._last_saved = (None, 0.0)
