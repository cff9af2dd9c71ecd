"""A throwaway PostgreSQL server from Debian's package: private port and socket folder, gone afterwards.

initdb refuses to run as root, so as root the server runs as the `postgres` user.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def find_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """root=None: a throwaway server in a temporary folder. A root folder keeps its data between runs
    (the benchmark's cached shop); `stop()` then leaves it in place."""

    def __init__(self, bin_dir: Path, root: Path | None = None) -> None:
        self.bin = bin_dir
        self.keep = root is not None
        self.root = root if root is not None else Path(tempfile.mkdtemp(prefix="regulars-pg-"))
        self.root.mkdir(parents=True, exist_ok=True)
        self.data, self.sockets = self.root / "data", self.root / "sockets"
        self.sockets.mkdir(exist_ok=True)
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.root, "postgres")
            shutil.chown(self.sockets, "postgres")
            self.root.chmod(0o755)

    def _run(self, *args: str) -> None:
        command = [str(a) for a in args]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> PgServer:
        if not (self.data / "PG_VERSION").exists():
            self._init()
        elif (self.data / "postmaster.pid").exists():  # left running by a run that was interrupted
            with contextlib.suppress(subprocess.CalledProcessError):  # a stale pid file: not running
                self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "fast", "stop")
        options = (
            f"-p {self.port} -k {self.sockets} -c listen_addresses='' -c fsync=off -c max_connections=80"
        )
        self._run(self.bin / "pg_ctl", "-D", self.data, "-o", options, "-l", self.root / "log", "-w", "start")
        return self

    def _init(self) -> None:
        shutil.rmtree(self.data, ignore_errors=True)
        self._run(
            self.bin / "initdb",
            "-D",
            self.data,
            "-U",
            "postgres",
            "--auth=trust",
            "--locale=C.UTF-8",
            "--encoding=UTF8",
        )

    def create_database(self, name: str, template: str | None = None) -> str:
        copy = ["-T", template] if template else []
        self._run(self.bin / "createdb", "-h", self.sockets, "-p", self.port, "-U", "postgres", *copy, name)
        return self.url(name)

    def url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@/{name}?host={self.sockets}&port={self.port}"

    def drop_database(self, name: str) -> None:
        self._run(
            self.bin / "dropdb", "-h", self.sockets, "-p", self.port, "-U", "postgres", "--if-exists", name
        )

    def stop(self) -> None:
        try:
            self._run(
                self.bin / "pg_ctl", "-D", self.data, "-m", "fast" if self.keep else "immediate", "stop"
            )
        finally:
            if not self.keep:
                shutil.rmtree(self.root, ignore_errors=True)
