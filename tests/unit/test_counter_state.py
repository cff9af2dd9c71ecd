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


def test_an_enter_before_the_answer_waits_for_that_answer_only() -> None:
    state = make([0.0])
    state.search_asked("zo")
    assert state.enter_pressed("zo")  # its answer is not on screen yet: kept
    assert state.search_answered("zo") and not state.enter_waiting
    assert not state.enter_pressed("zo")  # answered: Enter acts on the list at once
    state.search_asked("zo")
    state.enter_pressed("zo")
    state.search_asked("zoe")  # typed on: the kept Enter was for "zo"
    assert not state.search_answered("zoe")
    state.search_asked("ma")
    state.enter_pressed("ma")
    state.search_asked(None)  # Esc, a card code: nothing is waiting any more
    assert not state.search_answered("ma")


def test_while_another_profile_opens_nobody_is_served_for_a_visit() -> None:
    state = make([0.0])
    state.ask_open(1)
    state.opened(1, "Zoë", "search")
    state.ask_open(1)  # re-read after a save: still Zoë
    assert not state.moving_on and state.is_serving(1)
    state.ask_open(2)
    assert state.moving_on and not state.is_serving(1) and not state.is_serving(2)
    state.opened(2, "Ola", "search")
    assert not state.moving_on and state.is_serving(2)
