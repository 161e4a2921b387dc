"""Shared fixtures.

Databases: store tests run against a real SQLite file AND a real PostgreSQL server.
- `pg_server` (session): an admin URL. $RASD_TEST_PG if set (its role needs CREATEDB); otherwise a
  throw-away cluster made with Debian's initdb/pg_ctl in a temp dir, listening on 127.0.0.1 on a
  free port, removed at the end of the session. No skipping: without PostgreSQL it fails saying
  how to install it.
- `store_url` (parametrised "sqlite" / "postgresql"): the URL of a new, empty database per test.
- `store`: a `rasd.store.Store` opened on `store_url`, closed after the test.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from typing import Iterator

import pytest

PG_INSTALL_HINT = ("PostgreSQL is needed for the store tests: run `apt-get install postgresql` "
                   "(Debian/Ubuntu; CI does this) or set RASD_TEST_PG=postgresql://user@host:port/db")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pg_bindir() -> str:
    found = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if not found:
        pytest.fail(PG_INSTALL_HINT, pytrace=False)

    def version(path: str) -> tuple[int, ...]:
        v = path.split("/")[4]
        return tuple(int(x) for x in v.split(".") if x.isdigit())

    return os.path.dirname(max(found, key=version))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """An admin URL of a PostgreSQL server (database `postgres`)."""
    env = os.environ.get("RASD_TEST_PG")
    if env:
        yield env
        return
    bindir = _pg_bindir()
    base = tempfile.mkdtemp(prefix="rasd-pg-")
    data, logfile = os.path.join(base, "data"), os.path.join(base, "server.log")
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    if as_root:
        shutil.chown(base, "postgres", "postgres")
    port = _free_port()

    def run(*cmd: str) -> None:
        proc = subprocess.run([*prefix, *cmd], capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            log = open(logfile, encoding="utf-8", errors="replace").read()[-2000:] if os.path.exists(logfile) else ""
            pytest.fail(f"PostgreSQL test server: {' '.join(cmd)} failed: {proc.stderr.strip()} {log}",
                        pytrace=False)

    try:
        run(f"{bindir}/initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--locale=C.UTF-8")
        run(f"{bindir}/pg_ctl", "-D", data, "-l", logfile, "-w", "-t", "60", "-o",
            f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories='' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start")
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        if os.path.exists(os.path.join(data, "postmaster.pid")):
            subprocess.run([*prefix, f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"],
                           capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)


def _pg_admin(url: str, sql: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    with psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password,
                         dbname=u.database or "postgres", autocommit=True, connect_timeout=10) as conn:
        conn.execute(sql)


@pytest.fixture
def pg_database(pg_server: str) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    from sqlalchemy.engine import make_url

    name = "rasd_t_" + uuid.uuid4().hex[:12]
    _pg_admin(pg_server, f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    try:
        yield make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    finally:
        _pg_admin(pg_server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """A new, empty database: a SQLite file, or a PostgreSQL database on the test server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'rasd.db'}"
    return request.getfixturevalue("pg_database")


@pytest.fixture
def store(store_url: str):
    from rasd.store import Store

    s = Store(store_url)
    try:
        yield s
    finally:
        s.close()


# ---------------------------------------------------------------- events built by hand

@pytest.fixture
def make_event():
    """A builder of real-looking Events: make_event(text, evidence=(start, end), **fields).

    The evidence defaults to the whole text; `sources` is one Source from `article_id`.
    """
    from datetime import date

    from rasd.model import Event, Location, Source, Span, make_event_id
    from rasd.resources.acled import SubEventType

    def build(text: str = "شنت طائرات أمريكية غارة جوية على مدينة سرت", *, article_id: str = "a1",
              evidence: tuple[int, int] | None = None, sub: SubEventType = SubEventType.AIR_STRIKE,
              event_date: date | None = date(2016, 8, 1), outlet: str | None = "Al Wasat",
              published: date | None = date(2016, 8, 2), place: str | None = "Sirte",
              place_ar: str | None = "سرت", lat: float | None = 31.2089, lon: float | None = 16.5887,
              country: str | None = "Libya", iso: str | None = "LY", event_id: str | None = None,
              **fields):
        span = Span(*(evidence or (0, len(text))))
        source = Source(article_id, outlet, published, span, span.text_of(text))
        defaults = dict(actor1="Military Forces of the United States", actor2="Islamic State (Libya)",
                        actor1_ar="طائرات أمريكية", inter1=8, inter2=2, time_precision=1)
        defaults.update(fields)
        return Event(
            event_id=event_id or make_event_id(article_id, span, sub.value), event_date=event_date,
            sub_event_type=sub, location=Location(place, place_ar, lat, lon, 1, "Surt", country,
                                                  "2210247", iso),
            sources=(source,), **defaults)

    return build
