"""The one background runner, with its real threads: order, only the latest answer, lanes, start-up."""

import logging
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from app.errors import NotFound
from app.services.customers import CustomerInput
from app.shop import Changes, Shop
from app.ui.ops import Ops

WAIT = 10_000  # ms; an upper bound for a slow shared machine, not a performance limit


@pytest.fixture
def shop(tmp_path):
    opened = Shop.open(tmp_path / "data")
    for name in ("Zoë Martin", "Zoe Adams", "Łukasz Nowak", "Søren Berg", "Nguyễn Anh"):
        opened.counter.add_customer(CustomerInput(name=name))
    yield opened
    opened.close()


@pytest.fixture
def ops(qtbot):
    runner = Ops()
    yield runner
    runner.close()


def on_gui_thread() -> bool:
    return QThread.currentThread() is QCoreApplication.instance().thread()


def test_writes_run_and_answer_in_the_order_they_were_asked(qtbot, ops, shop) -> None:
    ops.attach(shop)
    ran: list[int] = []
    answered: list[int] = []
    changes: list[Changes] = []
    ops.changed.connect(changes.append)
    for n in range(12):
        ops.write(
            lambda s, n=n: ran.append(n) or s.counter.record_visit(1, ref=f"till-{n}"),
            lambda visit, n=n: answered.append(n),
        )
    qtbot.waitUntil(lambda: len(answered) == 12, timeout=WAIT)
    assert ran == answered == list(range(12))
    assert changes == [Changes(visits=True, points=True)] * 12
    assert shop.counter.profile(1).visit_count == 12


def test_only_the_latest_of_twenty_quick_searches_is_shown(qtbot, ops, shop) -> None:
    ops.attach(shop)
    shown: list[list[str]] = []
    typed = "zoe martin"
    for n in range(1, 21):
        query = typed[: min(n, len(typed))] if n < 20 else "zoe m"
        ops.read(
            lambda s, q=query: s.counter.search(q),
            lambda hits: shown.append([h.name for h in hits]),
            channel="search",
        )
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=WAIT)
    ops.read(lambda s: None, lambda _none: shown.append(["flushed"]))  # every earlier read has answered
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=WAIT)
    assert shown == [["Zoë Martin"], ["flushed"]]


def test_a_late_answer_to_an_older_profile_request_is_never_shown(qtbot, ops, shop) -> None:
    ops.attach(shop)
    started, release = threading.Event(), threading.Event()
    shown: list[str] = []

    def slow_profile(s: Shop):  # still loading when the next scan comes in
        started.set()
        release.wait(WAIT / 1000)
        return s.counter.profile(1)

    ops.read(slow_profile, lambda p: shown.append(p.name), channel="profile")
    assert started.wait(WAIT / 1000)
    ops.read(lambda s: s.counter.profile(3), lambda p: shown.append(p.name), channel="profile")
    release.set()
    qtbot.waitUntil(lambda: shown != [], timeout=WAIT)
    ops.read(lambda s: None, lambda _none: shown.append("flushed"))
    qtbot.waitUntil(lambda: "flushed" in shown, timeout=WAIT)
    assert shown == ["Łukasz Nowak", "flushed"]


def test_a_long_job_does_not_hold_up_a_quick_read(qtbot, ops, shop, tmp_path) -> None:
    ops.attach(shop)
    release = threading.Event()
    progress: list[tuple[int, int, bool]] = []
    exported: list[Path] = []
    found: list[str] = []

    def export(s: Shop, report):
        report(1, 2)
        release.wait(WAIT / 1000)  # an export of a whole year, say
        report(2, 2)
        return s.data.export_customers(tmp_path / "customers.csv")

    ops.long(export, exported.append, on_progress=lambda d, t: progress.append((d, t, on_gui_thread())))
    qtbot.waitUntil(lambda: progress != [], timeout=WAIT)
    ops.read(
        lambda s: s.counter.search("soren"), lambda hits: found.extend(h.name for h in hits), channel="search"
    )
    qtbot.waitUntil(lambda: found != [], timeout=WAIT)
    assert found == ["Søren Berg"] and exported == []  # answered while the export is still running
    release.set()
    qtbot.waitUntil(lambda: exported != [], timeout=WAIT)
    assert exported == [5] and progress == [(1, 2, True), (2, 2, True)]


def test_requests_made_while_the_shop_is_loading_are_answered_once_it_is_ready(qtbot, ops, shop) -> None:
    shown: list[str] = []
    for query in ("l", "lu", "luk"):  # typed before the database was open
        ops.read(
            lambda s, q=query: s.counter.search(q),
            lambda hits: shown.extend(h.name for h in hits),
            channel="search",
        )
    ops.read(lambda s: s.counter.profile(2), lambda p: shown.append(f"profile {p.name}"), channel="profile")
    ops.write(lambda s: s.counter.record_visit(2), lambda v: shown.append(f"visit {v.id}"))
    qtbot.wait(50)  # the event loop runs; nothing can be answered yet
    assert shown == [] and not ops.is_ready
    with qtbot.waitSignal(ops.ready, timeout=WAIT):
        ops.attach(shop)
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=WAIT)
    assert sorted(shown) == ["profile Zoe Adams", "visit 1", "Łukasz Nowak"]


def test_errors_arrive_as_a_message_and_the_details_in_the_log(qtbot, ops, shop, caplog) -> None:
    ops.attach(shop)
    errors: list[tuple[str, bool]] = []
    ops.read(lambda s: s.counter.profile(999), lambda p: None, lambda m: errors.append((m, on_gui_thread())))
    ops.write(lambda s: 1 / 0, lambda v: None, lambda m: errors.append((m, on_gui_thread())))
    with caplog.at_level(logging.ERROR, logger="app.ui.ops"):
        qtbot.waitUntil(lambda: len(errors) == 2, timeout=WAIT)
    assert sorted(errors) == [
        ("Something went wrong (ZeroDivisionError). The details are in the log file.", True),
        ("There is no customer number 999.", True),
    ]
    assert "ZeroDivisionError" in caplog.text and "Traceback" in caplog.text
    with qtbot.waitSignal(ops.failed, timeout=WAIT) as unhandled:
        ops.read(lambda s: (_ for _ in ()).throw(NotFound("There is no visit number 7.")))
    assert unhandled.args == ["There is no visit number 7."]


def test_callbacks_run_on_the_gui_thread_and_work_runs_off_it(qtbot, ops, shop) -> None:
    ops.attach(shop)
    seen: list[tuple[str, bool]] = []
    ops.read(lambda s: on_gui_thread(), lambda worker: seen.append(("read", worker or not on_gui_thread())))
    ops.write(lambda s: on_gui_thread(), lambda worker: seen.append(("write", worker or not on_gui_thread())))
    ops.long(
        lambda s, p: on_gui_thread(), lambda worker: seen.append(("long", worker or not on_gui_thread()))
    )
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=WAIT)
    assert sorted(seen) == [("long", False), ("read", False), ("write", False)]


def test_only_the_latest_import_plan_is_kept_when_the_format_changes(qtbot, ops, shop) -> None:
    ops.attach(shop)
    sample = Path(__file__).parents[1] / "data" / "square.csv"
    plans: list[str] = []
    for fmt in ("generic", "shopify", "auto", "square"):  # the owner flicks through the format box
        ops.long(
            lambda s, p, f=fmt: s.data.plan_import(sample, f),
            lambda plan: plans.append(plan.format),
            channel="plan",
        )
    qtbot.waitUntil(lambda: plans != [], timeout=WAIT)
    ops.long(lambda s, p: None, lambda _none: plans.append("flushed"))
    qtbot.waitUntil(lambda: "flushed" in plans, timeout=WAIT)
    assert plans == ["square", "flushed"]


@pytest.mark.parametrize("stale", [False, True])
def test_a_closed_screens_last_reference_is_dropped_on_the_gui_thread(qtbot, ops, shop, stale) -> None:
    """A dialog closed while its request runs must not be freed by the worker: Qt crashes then."""
    import gc
    import weakref

    freed_on: list[bool] = []

    class Screen:
        def on_done(self, hits) -> None:
            pass

    screen = Screen()
    weakref.finalize(screen, lambda: freed_on.append(on_gui_thread()))
    ops.attach(shop)
    ops.read(lambda s: (time.sleep(0.2), s.counter.search("Zo"))[1], screen.on_done, channel="screen")
    if stale:
        ops.cancel("screen")  # closed: the answer is dropped, the request still comes back to be freed
    del screen
    qtbot.waitUntil(lambda: bool(freed_on) or gc.collect() < 0, timeout=10_000)
    assert freed_on == [True]
