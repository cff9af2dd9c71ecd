"""What every benchmark shares: the shop's size, timing helpers and the line each figure prints."""

from __future__ import annotations

import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench-data"
CUSTOMERS, VISITS, SEED = 100_000, 2_000_000, 7
HEAVY_VISITS = 2_000
results: list[dict[str, object]] = []


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def report(
    name: str, measured: float, floor: float, floor_name: str, target: str, ok: bool, unit: str = "ms"
) -> None:
    ratio = measured / floor if floor else float("inf")
    results.append(
        {
            "name": name,
            "measured": round(measured, 3),
            "floor": round(floor, 3),
            "floor_is": floor_name,
            "ratio": round(ratio, 2),
            "unit": unit,
            "target": target,
            "meets_target": ok,
        }
    )
    print(
        f"{name:<44} {measured:>9.2f} {unit:<3} floor {floor:>8.2f} {unit:<3} ({floor_name:<28}) "
        f"x{ratio:>7.2f}  target {target:<26} {'OK' if ok else 'MISSED'}"
    )
