"""Crash safety: `rasd ingest` killed with SIGKILL at random points (many trials, SQLite and
PostgreSQL) leaves a store that opens, passes Store.integrity_check(), holds only whole batches
(articles and their events together), and that a re-run completes to exactly what an uninterrupted
run stores (same event ids and records). A read-only database and a full disk give one clear line
and no corruption."""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from rasd.model import Article
from rasd.store import Store
from rasd.store.schema import articles, event_articles, events
from tests.conftest import _pg_admin
from tests.robustness.conftest import COUNTS, KILL_BAR, ROOT, rasd_cmd, timed

BATCH = 3
GENERATED = 31          # real-text articles recombined from the examples' paragraphs
TRIALS = {"sqlite": 30, "postgresql": 22}
COMPLETE_EVERY = 8      # every so many kills, the chain is run to completion and compared


def make_corpus(folder: Path) -> list[str]:
    """The examples plus articles recombined from their real paragraphs (seeded); the ids in reading order."""
    folder.mkdir(parents=True, exist_ok=True)
    paras = []
    for p in sorted((ROOT / "examples").glob("*.txt")):
        shutil.copy(p, folder / p.name)
        paras.extend(x.strip() for x in p.read_text("utf-8").split("\n\n") if len(x.strip()) > 60)
    rnd = random.Random(10)
    for k in range(GENERATED):
        chosen = rnd.sample(paras, rnd.randint(3, 6))
        (folder / f"g{k:03d}.txt").write_text("\n\n".join(chosen) + "\n", "utf-8")
    return sorted(p.stem for p in folder.glob("*.txt"))


@dataclass
class Snapshot:
    articles: set[str]
    events: dict[str, str]                # event_id -> stored record
    linked: set[str] = field(default_factory=set)   # article ids events link to


def snapshot(url: str) -> Snapshot:
    with Store(url) as s:
        assert s.integrity_check(), f"{url}: integrity check failed"
        with s._engine.connect() as conn:  # read the tables directly: what is stored, nothing derived
            arts = set(conn.execute(select(articles.c.id)).scalars())
            evs = dict(conn.execute(select(events.c.event_id, events.c.record)).all())
            linked = set(conn.execute(select(event_articles.c.article_id)).scalars())
    return Snapshot(arts, evs, linked)


def _ingest(folder: Path, url: str, cfg: Path, env: dict, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen(rasd_cmd("--config", str(cfg), "ingest", str(folder), "--db", url), env=env, cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _run(folder: Path, url: str, cfg: Path, env: dict, cwd: Path) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.monotonic()
    p = _ingest(folder, url, cfg, env, cwd)
    out, err = p.communicate(timeout=300)
    return time.monotonic() - t0, subprocess.CompletedProcess(p.args, p.returncode, out, err)


def check_consistent(snap: Snapshot, before: int, order: list[str], ref: Snapshot) -> list[str]:
    """What is wrong with a store left by a killed run (empty list: nothing)."""
    problems = []
    n = len(snap.articles)
    if snap.articles != set(order[:n]):
        problems.append(f"stored articles are not a prefix of the input: {sorted(snap.articles ^ set(order[:n]))[:5]}")
    if n != len(order) and (n - before) % BATCH:
        problems.append(f"{n - before} articles added by the killed run: not whole batches of {BATCH}")
    if not snap.linked <= snap.articles:
        problems.append(f"events link unstored articles {sorted(snap.linked - snap.articles)[:5]}")
    if snap.linked != ref.linked & snap.articles:
        problems.append(f"articles stored without their events: {sorted((ref.linked & snap.articles) - snap.linked)[:5]}")
    return problems


def kill_chain(name: str, url: str, folder: Path, order: list[str], ref: Snapshot, timing: tuple[float, float],
               trials: int, cfg: Path, env: dict, cwd: Path, log: list[str]) -> None:
    """`trials` runs killed at random moments (every other one while it writes its batches), each
    followed by the checks; every COMPLETE_EVERY kills
    (and at the end) one run to completion compared with the reference."""
    rnd = random.Random(f"kill-{name}")
    t_first, t_all = timing
    stored_before = 0
    from sqlalchemy import create_engine, text

    from rasd.store.store import normalize_url

    counter = create_engine(normalize_url(url))

    def stored() -> int:
        try:
            with counter.connect() as conn:
                return conn.execute(text("SELECT count(*) FROM articles")).scalar_one()
        except Exception:  # noqa: BLE001 - not created yet, or locked for a moment
            return -1

    for k in range(1, trials + 1):
        p = _ingest(folder, url, cfg, env, cwd)
        if k % 2:  # anywhere in the run: start-up, migrations, extraction, writing, exit
            delay = rnd.uniform(0, t_all * 1.05)
            try:
                p.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
        else:  # while it writes: once a batch of this run is stored, a random moment later
            t0 = deadline = time.monotonic()
            deadline += 120
            while p.poll() is None and stored() <= stored_before and time.monotonic() < deadline:
                time.sleep(0.002)
            time.sleep(rnd.uniform(0, 0.1))
            delay = time.monotonic() - t0
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
        p.communicate(timeout=60)
        COUNTS["kill_trials"] += 1
        COUNTS[f"kill:{name}"] += 1
        try:
            snap = snapshot(url)
            problems = check_consistent(snap, stored_before, order, ref)
        except Exception as e:  # noqa: BLE001 - any failure to open or read is an inconsistent store
            problems = [f"cannot open or read the store: {type(e).__name__}: {e}"]
            snap = None
        if problems:
            COUNTS["inconsistent"] += 1
            log.append(f"{name} trial {k} (killed after {delay:.2f}s): " + "; ".join(problems))
            return
        if stored_before < len(snap.articles) < len(order):
            COUNTS["kill:after some batches"] += 1  # the kill hit the run while it was writing
        stored_before = len(snap.articles)
        if stored_before == len(order):  # the killed run (or the chain) had stored everything: compare, start over
            COUNTS["reruns"] += 1
            if (snap.articles, snap.events) != (ref.articles, ref.events):
                log.append(f"{name}: trial {k} completed the store but it differs from an uninterrupted run")
                COUNTS["inconsistent"] += 1
                return
            counter.dispose()
            _reset(url)
            stored_before = 0
            continue
        if k % COMPLETE_EVERY == 0 or k == trials:
            _secs, done = _run(folder, url, cfg, env, cwd)
            COUNTS["reruns"] += 1
            final = snapshot(url)
            if done.returncode != 0 or "Traceback" in done.stderr:
                log.append(f"{name}: the re-run after trial {k} failed ({done.returncode}): {done.stderr[-500:]}")
                COUNTS["inconsistent"] += 1
                return
            if final.articles != ref.articles or final.events != ref.events:
                missing = sorted(set(ref.events) - set(final.events))[:3]
                extra = sorted(set(final.events) - set(ref.events))[:3]
                changed = sorted(e for e in set(ref.events) & set(final.events) if ref.events[e] != final.events[e])[:3]
                log.append(f"{name}: the re-run after trial {k} differs from an uninterrupted run: articles "
                           f"{len(final.articles)}/{len(ref.articles)}, events missing {missing} extra {extra} "
                           f"changed {changed}")
                COUNTS["inconsistent"] += 1
                return
            counter.dispose()
            _reset(url)
            stored_before = 0


def _reset(url: str) -> None:
    """An empty store again, for the next trials (the chain starts over from nothing)."""
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(path + suffix):
                os.unlink(path + suffix)
        return
    with Store(url) as s, s._engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")


def _timing(name: str, folder: Path, url: str, cfg: Path, env: dict, cwd: Path) -> tuple[float, float]:
    """(seconds until the first batch is stored, seconds for the whole run) of an uninterrupted run."""
    first = [None]
    t0 = time.monotonic()
    p = _ingest(folder, url, cfg, env, cwd)

    def poll():
        while p.poll() is None and first[0] is None:
            try:
                with Store(url) as s:
                    if s.article_ids():
                        first[0] = time.monotonic() - t0
            except Exception:  # noqa: BLE001 - not created yet
                pass
            time.sleep(0.05)

    th = threading.Thread(target=poll, daemon=True)
    th.start()
    out, err = p.communicate(timeout=300)
    th.join(5)
    total = time.monotonic() - t0
    assert p.returncode == 0 and "Traceback" not in err, f"{name} reference run failed: {err[-2000:]}"
    return (first[0] or total * 0.5), total


_REFS: dict[str, tuple[str, "Snapshot", tuple[float, float]]] = {}


def reference(name: str, make_url, folder: Path, cfg: Path, env: dict, cwd: Path) -> tuple["Snapshot", tuple[float, float]]:
    """The uninterrupted run of the corpus on this backend (made once per session): what it stores and
    (seconds to the first batch, seconds for the whole run)."""
    if name not in _REFS:
        url = make_url()
        timing = _timing(name, folder, url, cfg, env, cwd)
        _REFS[name] = (url, snapshot(url), timing)
    return _REFS[name][1], _REFS[name][2]


def _pg_url(pg_server: str) -> str:
    from sqlalchemy.engine import make_url

    name = "rasd_kill_" + uuid.uuid4().hex[:10]
    _pg_admin(pg_server, f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    return make_url(pg_server).set(database=name).render_as_string(hide_password=False)


def test_crash_safety_kill_trials_leave_whole_batches_and_reruns_match(kill_setup, private_env, pg_server):
    """>= 50 SIGKILLs at random points (SQLite and PostgreSQL chains run side by side)."""
    base, folder, order, cfg = kill_setup
    urls = {"sqlite": (lambda: f"sqlite:///{base / 'ref.db'}", f"sqlite:///{base / 'kill.db'}"),
            "postgresql": (lambda: _pg_url(pg_server), _pg_url(pg_server))}
    logs: dict[str, list[str]] = {k: [] for k in urls}
    refs, timings = {}, {}
    errors: list[str] = []

    def chain(name: str) -> None:
        try:
            make_ref, url = urls[name]
            refs[name], timings[name] = reference(name, make_ref, folder, cfg, private_env, base)
            assert refs[name].articles == set(order) and refs[name].events, f"{name}: the reference stored nothing"
            kill_chain(name, url, folder, order, refs[name], timings[name], TRIALS[name], cfg, private_env, base,
                       logs[name])
        except BaseException as e:  # noqa: BLE001 - reported by the main thread
            errors.append(f"{name}: {type(e).__name__}: {e}")

    with timed("kill trials"):
        threads = [threading.Thread(target=chain, args=(n,)) for n in urls]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    print(f"\nkill trials: {COUNTS['kill_trials']} (sqlite {COUNTS['kill:sqlite']}, postgresql "
          f"{COUNTS['kill:postgresql']}; {COUNTS['kill:after some batches']} of them mid-ingest, after some batches were stored); inconsistent stores: {COUNTS['inconsistent']}; re-runs compared: "
          f"{COUNTS['reruns']}; timing (first batch, whole run) {timings}")
    assert not errors, errors
    assert logs == {k: [] for k in urls}, logs
    assert COUNTS["inconsistent"] == 0
    assert COUNTS["kill_trials"] >= KILL_BAR


# ------------------------------------------------------------------ read-only database, full disk

NEW = "تظاهر مئات الطلاب في الخرطوم يوم الأحد احتجاجا على ارتفاع أسعار الخبز وطالبوا بإقالة الحكومة."


def _one_error_line(proc: subprocess.CompletedProcess, *words: str) -> str:
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    lines = [x for x in proc.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith("rasd: error: "), proc.stderr[-3000:]
    assert any(w in lines[0] for w in words), lines[0]
    return lines[0]


@pytest.fixture
def tiny_mount(tmp_path):
    """A 3 MB tmpfs (as root), else None: the test then simulates a full disk otherwise."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        yield None
        return
    ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)], capture_output=True).returncode == 0
    try:
        yield mnt if ok else None
    finally:
        if ok:
            subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _read_only(folder: Path, db: Path, mnt: Path | None):
    """Make the database read-only: remount the tmpfs read-only (root), else chmod."""
    if mnt is not None:
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        return lambda: subprocess.run(["mount", "-o", "remount,rw", str(mnt)], check=True)
    for p in [db, *db.parent.glob(db.name + "-*")]:
        p.chmod(0o444)
    folder.chmod(0o555)
    return lambda: (folder.chmod(0o755), [p.chmod(0o644) for p in db.parent.glob(db.name + "*")])


def test_crash_safety_read_only_database_is_one_clear_line_and_unchanged(tmp_path, tiny_mount, private_env):
    home = tiny_mount or (tmp_path / "ro")
    home.mkdir(exist_ok=True)
    db = home / "rasd.db"
    url = f"sqlite:///{db}"
    first = subprocess.run(rasd_cmd("ingest", str(ROOT / "examples" / "003_fbf715620f1e17c4.txt"), "--db", url),
                           env=private_env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = snapshot(url)
    (tmp_path / "new.txt").write_text(NEW, "utf-8")
    undo = _read_only(home, db, tiny_mount)
    try:
        proc = subprocess.run(rasd_cmd("ingest", str(tmp_path / "new.txt"), "--db", url), env=private_env,
                              capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert proc.returncode == 2, proc.stderr
        _one_error_line(proc, "read-only", "readonly", "permission", "writable")
        reader = subprocess.run(rasd_cmd("events", "--db", url, "--format", "jsonl"), env=private_env,
                                capture_output=True, text=True, timeout=120, cwd=tmp_path)
        # reading a read-only store works, or says clearly why not
        assert reader.returncode == 0 or (reader.returncode == 2 and _one_error_line(reader, "read-only", "readonly",
                                                                                     "permission", "writable")), reader.stderr
        if reader.returncode == 0:
            assert len([x for x in reader.stdout.splitlines() if x.strip()]) == len(before.events)
        COUNTS["other:read-only runs"] += 2
    finally:
        undo()
    after = snapshot(url)
    assert (after.articles, after.events) == (before.articles, before.events)


def test_crash_safety_full_disk_is_one_clear_line_and_no_corruption(tmp_path, tiny_mount, private_env):
    if tiny_mount is None:  # no mount allowed: a database that may not grow (SQLite max_page_count)
        _full_disk_simulated(tmp_path)
        return
    db = tiny_mount / "rasd.db"
    url = f"sqlite:///{db}"
    first = subprocess.run(rasd_cmd("ingest", str(ROOT / "examples" / "003_fbf715620f1e17c4.txt"), "--db", url),
                           env=private_env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = snapshot(url)
    filler = tiny_mount / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:  # fill the disk to the last byte
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    try:
        proc = subprocess.run(rasd_cmd("ingest", str(ROOT / "examples"), "--db", url), env=private_env,
                              capture_output=True, text=True, timeout=180, cwd=tmp_path)
        assert proc.returncode == 2, proc.stderr[-2000:]
        _one_error_line(proc, "disk is full", "full", "No space")
        COUNTS["other:disk-full runs"] += 1
    finally:
        filler.unlink()
    after = snapshot(url)
    assert (after.articles, after.events) == (before.articles, before.events)
    again = subprocess.run(rasd_cmd("ingest", str(ROOT / "examples"), "--db", url), env=private_env,
                           capture_output=True, text=True, timeout=180, cwd=tmp_path)
    assert again.returncode == 0, again.stderr[-2000:]
    assert len(snapshot(url).articles) == 5


def _full_disk_simulated(tmp_path: Path) -> None:
    from sqlalchemy import event

    from rasd.errors import StoreError

    url = f"sqlite:///{tmp_path / 'full.db'}"
    with Store(url) as s:
        s.write_batch([Article("a1", NEW)], [])
    before = snapshot(url)
    s = Store(url)
    pages = sqlite3.connect(tmp_path / "full.db").execute("PRAGMA page_count").fetchone()[0]
    s._engine.dispose()

    @event.listens_for(s._engine, "connect")
    def _cap(dbapi_conn, _rec):
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    big = [Article(f"b{i}", NEW * 200) for i in range(50)]
    with pytest.raises(StoreError) as e:
        s.write_batch(big, [])
    s.close()
    msg = str(e.value)
    assert "\n" not in msg and "full" in msg, msg
    COUNTS["other:disk-full runs"] += 1
    after = snapshot(url)
    assert (after.articles, after.events) == (before.articles, before.events)
