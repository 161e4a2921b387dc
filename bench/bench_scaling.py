"""Cost against corpus size: a whole ingest (read → extract → write to the store) of 1k, 10k and
100k articles, each in its own process, reporting time and peak RSS.

Each size runs `rasd.distributed.ingest` in a fresh subprocess on a fresh SQLite file (or
`--db postgresql://…`: a new database is NOT created for you, use an empty one), so the peak RSS
(`resource.getrusage(...).ru_maxrss`) is that size's own: the writer process (reader, driver and
store) and, with --workers > 1, the largest worker process. A size that runs past --timeout
seconds is stopped and reported as such; the trend is then read from the smaller sizes.

    .venv/bin/python bench/bench_scaling.py [--sizes 1000,10000,100000] [--workers 2] [--timeout 600]

Reported, never asserted. Bar (issue 9): peak RSS flat within 20% from 10k to 100k articles.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


def descendants_peak_mib() -> float:
    """The largest peak RSS (VmHWM) among this process's descendants (worker processes are children of
    the forkserver, not of this process, so getrusage(RUSAGE_CHILDREN) does not see them)."""
    parent: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", "rb") as fh:
                    parent[int(d)] = int(fh.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    mine, frontier = set(), {os.getpid()}
    while frontier:
        frontier = {p for p, pp in parent.items() if pp in frontier} - mine
        mine |= frontier
    peak = 0.0
    for p in mine:
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]) / 1024)
        except OSError:
            continue
    return peak


def _rss_now_mib() -> float:
    """This process's current resident set (VmRSS), to tell steady growth from one high peak."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def child(path: str, n: int, workers: int, engine: str, db: str | None, batch: int, tmp: str) -> None:
    from make_corpus import iter_corpus

    from rasd.distributed import ingest
    from rasd.store import Store

    store = Store(db or f"sqlite:///{tmp}/rasd.db")
    rss_after: list[float] = []
    worker_peak = 0.0

    done = 0
    t_start = time.perf_counter()

    def progress(k: int) -> None:
        nonlocal worker_peak, done
        # sample peak RSS after every batch (a /proc scan: ~1 ms)
        done += k
        rss_after.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        worker_peak = max(worker_peak, descendants_peak_mib())
        if len(rss_after) % 25 == 0:  # a partial line, read back if the size is stopped by --timeout
            print(json.dumps({"partial": True, "done": done, "seconds": time.perf_counter() - t_start,
                              "rss_writer_mib": rss_after[-1], "rss_writer_now_mib": _rss_now_mib(),
                              "rss_worker_mib": worker_peak}), flush=True)

    t0 = time.perf_counter()
    summary = ingest(iter_corpus(Path(path), n), store, engine=engine, workers=workers, batch_size=batch,
                     progress=progress)
    secs = time.perf_counter() - t0
    store.close()
    db_mib = None if db else os.path.getsize(f"{tmp}/rasd.db") / 2**20
    print(json.dumps({
        "n": n, "seconds": secs, "summary": {k: v for k, v in summary.items() if k != "errors"},
        "rss_writer_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_worker_mib": max(worker_peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "rss_trace": rss_after[::10],
        "db_mib": db_mib,
    }))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--engine", default="local", choices=["local", "ray"])
    ap.add_argument("--db", help="store URL (default: a new SQLite file per size); 'pg': a new database "
                    "per size on a throw-away PostgreSQL cluster (bench/bench_store.py's)")
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per size (default 600)")
    ap.add_argument("--child", nargs=3, metavar=("PATH", "N", "TMP"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a.child[0], int(a.child[1]), a.workers, a.engine, a.db, a.batch, a.child[2])
        return
    sizes = [int(s) for s in a.sizes.split(",")]
    with contextlib.ExitStack() as stack:
        pg = None
        if a.db == "pg":
            from bench_store import postgres
            pg = stack.enter_context(postgres(None))
        run_sizes(a, sizes, pg)


def fresh_pg_db(admin_url: str, name: str) -> str:
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(admin_url)
    with psycopg.connect(host=u.host, port=u.port, user=u.username, dbname=u.database, autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {name}")
        c.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    return u.set(database=name).render_as_string(hide_password=False)


def run_sizes(a, sizes: list[int], pg: str | None) -> None:
    from bench_pipeline import machine
    from make_corpus import build

    where = "PostgreSQL (throw-away local cluster)" if pg else ("the given store" if a.db else "SQLite")
    print(f"## Scaling: whole ingest into {where}, engine {a.engine}, {a.workers} worker(s), "
          f"batches of {a.batch}\n")
    print(f"machine: {machine()}; load average at start {os.getloadavg()[0]:.1f}\n")
    print("| articles | time (s) | articles/s | events | writer peak RSS (MiB) | worker peak RSS (MiB) | store (MiB) |")
    print("|---|---|---|---|---|---|---|")
    rows = []
    for n in sizes:
        path = build(n)
        tmp = tempfile.mkdtemp(prefix="rasd-scale-")
        cmd = [sys.executable, __file__, "--child", str(path), str(n), tmp, "--workers", str(a.workers),
               "--engine", a.engine, "--batch", str(a.batch)]
        if pg:
            cmd += ["--db", fresh_pg_db(pg, f"rasd_scale_{n}")]
        elif a.db:
            cmd += ["--db", a.db]
        # own session, so a size stopped by --timeout takes its worker processes with it
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                start_new_session=True)
        try:
            stdout, stderr = proc.communicate(timeout=a.timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, _ = proc.communicate()
            last = [json.loads(ln) for ln in out.splitlines() if ln.startswith("{")]
            if last:
                p = last[-1]
                print(f"| {n:,} | stopped at {a.timeout:.0f} s after {p['done']:,} articles | {p['done'] / p['seconds']:,.0f} "
                      f"| | {p['rss_writer_mib']:.0f} (at {p['done']:,}) | {p['rss_worker_mib']:.0f} (at {p['done']:,}) | |",
                      flush=True)
                rows.append({"n": p["done"], "rss_writer_mib": p["rss_writer_mib"],
                             "rss_worker_mib": p["rss_worker_mib"]})
            else:
                print(f"| {n:,} | > {a.timeout:.0f} (stopped) | | | | | |", flush=True)
            continue
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        trace = Path(tempfile.gettempdir()) / "rasd-bench" / f"scaling-{n}.jsonl"
        trace.write_text(stdout)  # the child's RSS every 25 batches (peak and current), for reading growth
        if proc.returncode != 0:
            print(f"| {n:,} | failed: {stderr.strip().splitlines()[-1] if stderr.strip() else proc.returncode} | | | | | |")
            continue
        r = json.loads(stdout.strip().splitlines()[-1])
        rows.append(r)
        db = f"{r['db_mib']:.0f}" if r["db_mib"] is not None else "-"
        print(f"| {n:,} | {r['seconds']:.1f} | {n / r['seconds']:,.0f} | {r['summary']['events_found']:,} "
              f"| {r['rss_writer_mib']:.0f} | {r['rss_worker_mib']:.0f} | {db} |", flush=True)
    big = [r for r in rows if r["n"] >= 10000]
    if len(big) >= 2:
        lo, hi = big[0], big[-1]
        for key in ("rss_writer_mib", "rss_worker_mib"):
            growth = hi[key] / lo[key] - 1 if lo[key] else 0.0
            print(f"\n{key.split('_')[1]} peak RSS {lo['n']:,} → {hi['n']:,} articles: {growth:+.0%} "
                  f"(bar: within 20%: {'met' if abs(growth) <= 0.20 else 'NOT met'})", end="")
        print()


if __name__ == "__main__":
    main()
