"""A real PostgreSQL server for the store tests: the one named by EVENTWIRE_TEST_PG_URL, or a
throwaway one started here (initdb + pg_ctl on a free loopback port, removed at the end).

Each test gets a database of its own (CREATE DATABASE per test), so tests stay independent.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ENV_URL = "EVENTWIRE_TEST_PG_URL"
# the backends every store test runs on; the PostgreSQL ones carry the postgres marker
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


class Unavailable(Exception):
    """No PostgreSQL to test against (no binaries, or no driver); the message says what to do."""


def bindir() -> Path | None:
    """The folder with initdb, pg_ctl and postgres: pg_config's, else the newest Debian one."""
    found = shutil.which("pg_config")
    if found:
        out = subprocess.run([found, "--bindir"], capture_output=True, text=True, check=False).stdout
        candidate = Path(out.strip())
        if (candidate / "initdb").exists():
            return candidate
    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))
    for folder in reversed(debian):
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """A PostgreSQL server reached through an admin URL (a database that may create others)."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.pool import NullPool

        self.admin_url = make_url(admin_url).set(drivername="postgresql+psycopg")
        self._admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self._numbers = itertools.count(1)

    @contextmanager
    def database(self) -> Iterator[str]:
        """A new empty database on the server, as a URL; dropped afterwards."""
        from sqlalchemy import text

        name = f"eventwire_test_{os.getpid()}_{next(self._numbers)}"
        with self._admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield self.admin_url.set(database=name).render_as_string(hide_password=False)
        finally:
            with self._admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def close(self) -> None:
        self._admin.dispose()


@contextmanager
def server() -> Iterator[Server]:
    """The server of EVENTWIRE_TEST_PG_URL, or a throwaway one; raises Unavailable."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise Unavailable("psycopg is not installed: pip install -e '.[postgres]'") from exc
    url = os.environ.get(ENV_URL)
    if url:
        with _closing(Server(url)) as found:
            yield found
        return
    with _throwaway() as admin_url, _closing(Server(admin_url)) as started:
        yield started


@contextmanager
def _closing(found: Server) -> Iterator[Server]:
    try:
        yield found
    finally:
        found.close()


@contextmanager
def _throwaway() -> Iterator[str]:
    """initdb into a temporary folder and start postgres on a free loopback port; as root, both
    run as the postgres user (they refuse to run as root)."""
    folder = bindir()
    if folder is None:
        raise Unavailable(f"no PostgreSQL binaries (pg_config --bindir, /usr/lib/postgresql/*/bin): "
                          f"apt-get install postgresql, or set {ENV_URL}")
    home = Path(tempfile.mkdtemp(prefix="ewpg-"))   # short: the socket path must fit in 107 bytes
    as_user = _as_postgres(home)
    data, port = home / "data", _free_port()
    try:
        _run(as_user + [str(folder / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                        "--encoding=UTF8", "--no-locale", "--no-sync"], home)
        options = (f"-p {port} -c listen_addresses=127.0.0.1 -k {home} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        _run(as_user + [str(folder / "pg_ctl"), "start", "-w", "-t", "60", "-D", str(data),
                        "-l", str(home / "log"), "-o", options], home)
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        finally:
            _run(as_user + [str(folder / "pg_ctl"), "stop", "-D", str(data), "-m", "immediate"], home,
                 check=False)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _as_postgres(home: Path) -> list[str]:
    """The command prefix that runs a program as the postgres user when we are root."""
    if os.geteuid() != 0:
        return []
    shutil.chown(home, "postgres", "postgres")
    return ["runuser", "-u", "postgres", "--"]


def _run(command: list[str], home: Path, check: bool = True) -> None:
    result = subprocess.run(command, cwd=home, capture_output=True, text=True, check=False, timeout=120)
    if check and result.returncode != 0:
        log = home / "log"
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}):\n"
                           f"{result.stdout}{result.stderr}{tail}")


@contextmanager
def database_url(request, backend: str, folder: Path) -> Iterator[str]:
    """A URL of an empty store database: a SQLite file in `folder`, or a new PostgreSQL database."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'store.db'}"
        return
    with request.getfixturevalue("pg_server").database() as url:
        yield url
