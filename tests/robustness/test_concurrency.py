"""Concurrency, on SQLite and PostgreSQL: readers (`rasd events` and the API over real HTTP) keep
answering while `rasd ingest` writes; two ingests into one store at once leave it whole (each
waits for the other, or fails with one clear line) and re-running completes to what one
uninterrupted run stores."""
from __future__ import annotations

import json
import subprocess
import time

import httpx
import pytest

from tests.robustness.conftest import COUNTS, rasd_cmd, timed
from tests.robustness.test_crash_safety import _pg_url, snapshot
from tests.robustness.test_crash_safety import reference as uninterrupted
from tests.web.conftest import LiveServer

BATCH = 3


@pytest.fixture
def corpus(kill_setup):
    return kill_setup


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request, corpus):
    base = corpus[0]
    if request.param == "sqlite":
        return request.param, f"sqlite:///{base / f'c{time.monotonic_ns()}.db'}", lambda: f"sqlite:///{base / 'ref.db'}"
    pg = request.getfixturevalue("pg_server")
    return request.param, _pg_url(pg), lambda: _pg_url(pg)


def _ingest(url, folder, cfg, env, cwd):
    return subprocess.Popen(rasd_cmd("--config", str(cfg), "ingest", str(folder), "--db", url), env=env, cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_concurrency_readers_work_while_ingest_writes_and_two_ingests_do_not_corrupt(backend, corpus, private_env):
    name, url, ref_url = backend
    base, folder, order, cfg = corpus
    with timed(f"concurrency {name}"):
        reference, _timing = uninterrupted(name, ref_url, folder, cfg, private_env, base)

        # -- readers while one ingest writes: the store exists (one article) before it starts
        first = subprocess.run(rasd_cmd("--config", str(cfg), "ingest", str(folder / f"{order[0]}.txt"), "--db", url),
                               env=private_env, cwd=base, capture_output=True, text=True, timeout=300)
        assert first.returncode == 0, first.stderr[-2000:]
        from rasd.web.app import create_app

        api_ok = api_bad = cli_ok = 0
        problems: list[str] = []
        seen_totals: list[int] = []
        with LiveServer(create_app(url, token="t-conc")) as server, httpx.Client(base_url=server.url, timeout=60) as http:
            writer = _ingest(url, folder, cfg, private_env, base)
            while writer.poll() is None or cli_ok == 0:
                for path in ("/api/events?limit=1000", "/api/stats", "/api/clusters?zoom=3", "/api/events?q=سرت"):
                    r = http.get(path)
                    if r.status_code == 200:
                        api_ok += 1
                        if path.startswith("/api/events?limit"):
                            seen_totals.append(len(r.json()["events"]) if isinstance(r.json(), dict) else len(r.json()))
                    else:
                        api_bad += 1
                        problems.append(f"{path}: {r.status_code} {r.text[:200]}")
                ev = subprocess.run(rasd_cmd("events", "--db", url, "--format", "jsonl", "--limit", "10000"),
                                    env=private_env, cwd=base, capture_output=True, text=True, timeout=120)
                if ev.returncode == 0 and "Traceback" not in ev.stderr:
                    cli_ok += 1
                    for line in ev.stdout.splitlines():
                        json.loads(line)  # whole records only
                else:
                    problems.append(f"rasd events: exit {ev.returncode}: {ev.stderr[-300:]}")
            out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err[-2000:]
        COUNTS["other:reads during an ingest (API)"] += api_ok + api_bad
        COUNTS["other:reads during an ingest (rasd events)"] += cli_ok
        print(f"\n{name}: reads during an ingest: API {api_ok} ok / {api_bad} failed, rasd events {cli_ok} ok; "
              f"events seen {seen_totals[:3]}…{seen_totals[-3:]}")
        assert not problems, problems[:5]
        assert api_ok >= 4 and cli_ok >= 1
        assert seen_totals == sorted(seen_totals), "a reader saw events disappear while the ingest wrote"
        done = snapshot(url)
        assert done.articles == reference.articles and done.events == reference.events

        # -- two ingests into one (new, empty) store at the same time
        from tests.robustness.test_crash_safety import _reset

        _reset(url)
        a = _ingest(url, folder, cfg, private_env, base)
        b = _ingest(url, folder, cfg, private_env, base)
        results = [(p.returncode, *p.communicate(timeout=300)) for p in (a, b)]
        results = [(p.returncode, o, e) for p, (_, o, e) in zip((a, b), results)]
        for code, _out, e in results:
            assert "Traceback" not in e, e[-2000:]
            assert code in (0, 2), e[-2000:]
            if code == 2:
                lines = [x for x in e.splitlines() if x.strip()]
                assert len(lines) == 1 and lines[0].startswith("rasd: error: "), e[-2000:]
        after = snapshot(url)  # opens, passes the integrity check
        assert after.linked <= after.articles
        if any(r[0] for r in results):  # one gave up waiting: one more run completes the store
            again = subprocess.run(rasd_cmd("--config", str(cfg), "ingest", str(folder), "--db", url), env=private_env,
                                   cwd=base, capture_output=True, text=True, timeout=300)
            assert again.returncode == 0, again.stderr[-2000:]
        final = snapshot(url)
        print(f"{name}: two ingests at once: exit codes {[r[0] for r in results]}; events {len(final.events)} "
              f"(uninterrupted run: {len(reference.events)})")
        COUNTS["other:concurrent ingest pairs"] += 1
        assert final.articles == reference.articles
        assert final.events == reference.events
