"""Who is being served: the rules the counter window follows, without a window."""

from __future__ import annotations

from app.ui.counter_state import CounterState


def make(now: list[float]) -> CounterState:
    return CounterState(repeat_seconds=5.0, clock=lambda: now[0])


def test_a_profile_that_arrives_after_staff_moved_on_is_not_served() -> None:
    state = make([0.0])
    state.ask_open(1)
    state.ask_open(2)  # staff moved to customer 2 before 1's profile arrived
    assert not state.opened(1, "Zoë", "search") and state.customer_id is None
    assert state.opened(2, "Ola", "search") and state.customer_id == 2


def test_closing_leaves_nobody_to_record_a_visit_on() -> None:
    state = make([0.0])
    state.ask_open(1)
    state.opened(1, "Zoë", "scan")
    assert state.serving is not None and state.serving.found_by == "scan"
    state.close()
    assert state.serving is None and state.customer_id is None and not state.is_serving(1)


def test_a_second_visit_within_the_repeat_window_may_be_a_slip() -> None:
    now = [100.0]
    state = make(now)
    state.saved(1)
    now[0] += 4.9
    assert state.may_be_a_slip(1) and not state.may_be_a_slip(2)
    now[0] += 0.2
    assert not state.may_be_a_slip(1)


def test_an_undone_visit_does_not_make_the_next_one_a_repeat() -> None:
    state = make([0.0])
    state.saved(1)
    state.forget_saved()
    assert not state.may_be_a_slip(1)
