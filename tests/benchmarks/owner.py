"""The owner beside the tills, as its own process: the day's export and the regulars page, over and over.

    python -m tests.benchmarks.owner DATA_DIR URL NAME LOG GO_FILE SECONDS SEED POOL_FILE [INTERVAL]

(the same arguments as a till; SEED, POOL_FILE and INTERVAL are not used). Logs `export` and `regulars`
lines with their times in ms.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.benchmarks.till import Log

PAUSE_S = 2.0  # between rounds: an owner looking at the page


def main(argv: list[str]) -> None:
    data_dir, url, _name, log_path, go_file, seconds = argv[:6]
    from app.errors import StorageBusy
    from app.shop import Shop

    log = Log(Path(log_path))
    shop = Shop.open(data_dir, None if url == "-" else url, daily_backup=False)
    log("ready")
    while not Path(go_file).exists():
        time.sleep(0.02)
    end = time.monotonic() + float(seconds)
    with tempfile.TemporaryDirectory() as folder:
        while time.monotonic() < end:
            today = datetime.now(ZoneInfo(shop.timezone_name())).date()
            try:
                started = time.perf_counter()
                done = shop.data.export_visits(today, today, "csv", Path(folder) / "day.csv")
                log("export", ms=(time.perf_counter() - started) * 1000, visits=done.visits)
                started = time.perf_counter()
                regulars = shop.insights.regulars()
                log("regulars", ms=(time.perf_counter() - started) * 1000, rows=len(regulars))
            except StorageBusy as exc:
                log("error", message=str(exc))
            time.sleep(PAUSE_S)
    log("done")
    shop.close()


if __name__ == "__main__":
    main(sys.argv[1:])
