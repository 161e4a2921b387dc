"""Robustness fixtures: the counters every test adds to (reported at the end of the run, and
asserted by the tests against the bars of issue 10), a per-call timeout, and a private
environment (HOME, XDG_CACHE_HOME, TMPDIR in a temp dir) for the `rasd` subprocesses."""
from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parents[2]
FUZZ = ROOT / "tests" / "fixtures" / "fuzz"

# what the tests did: fuzzed inputs per reader, crashes, kill trials, inconsistent stores, hostile
# requests, 5xx answers... (one process; pytest runs the tests in order)
COUNTS: Counter = Counter()
TIMES: Counter = Counter()

# the bars of issue 10
FUZZ_BAR = 10_000
KILL_BAR = 50
HOSTILE_BAR = 500


class Hang(Exception):
    """A call did not finish within its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float, what: str = "call") -> Iterator[None]:
    """Raise Hang when the block runs longer than `seconds` (SIGALRM; main thread only, else no limit)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(_sig, _frame):
        raise Hang(f"{what} took more than {seconds:g} s")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@contextlib.contextmanager
def timed(name: str) -> Iterator[None]:
    t0 = time.perf_counter()
    try:
        yield
    finally:
        TIMES[name] += time.perf_counter() - t0


@pytest.fixture(scope="session")
def private_env(tmp_path_factory) -> dict[str, str]:
    """The environment for `python -m rasd` subprocesses: the repo on PYTHONPATH, HOME, caches and
    TMPDIR in a temp dir, no RASD_DB / RASD_TOKEN from the caller."""
    home = tmp_path_factory.mktemp("home")
    tmp = home / "tmp"
    tmp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RASD_")}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), XDG_CONFIG_HOME=str(home / ".config"),
               TMPDIR=str(tmp), PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
               PYTHONDONTWRITEBYTECODE="1", COLUMNS="200", NO_COLOR="1")
    return env


@pytest.fixture(scope="session")
def kill_setup(tmp_path_factory):
    """The corpus the crash and concurrency tests ingest (the examples + articles recombined from their
    paragraphs): (base dir, folder, ids in reading order, a settings file with small batches)."""
    from tests.robustness.test_crash_safety import BATCH, make_corpus

    base = tmp_path_factory.mktemp("kill")
    folder = base / "corpus"
    order = make_corpus(folder)
    cfg = base / "rasd.toml"
    cfg.write_text(f"[store]\nbatch_size = {BATCH}\n", "utf-8")
    return base, folder, order, cfg


def rasd_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "rasd", *args]


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if not COUNTS:
        return
    c = COUNTS
    tr = terminalreporter
    tr.section("rasd robustness counts")
    fuzz = sum(v for k, v in c.items() if k.startswith("fuzz:"))
    if fuzz:
        per = ", ".join(f"{k[5:]} {v}" for k, v in sorted(c.items()) if k.startswith("fuzz:"))
        tr.write_line(f"fuzzed inputs tried: {fuzz} (bar {FUZZ_BAR}); crashes: {c['crashes']}  [{per}]")
    if c["kill_trials"]:
        per = ", ".join(f"{k[5:]} {v}" for k, v in sorted(c.items()) if k.startswith("kill:"))
        tr.write_line(f"kill trials: {c['kill_trials']} (bar {KILL_BAR}); inconsistent stores: {c['inconsistent']}; "
                      f"re-runs compared with an uninterrupted run: {c['reruns']}  [{per}]")
    if c["hostile_requests"]:
        tr.write_line(f"hostile API requests: {c['hostile_requests']} (bar {HOSTILE_BAR}); 5xx: {c['5xx']}; "
                      f"hostile CLI runs: {c['hostile_cli']} (exit 0, or exit 2 with one line: {c['hostile_cli_ok']})")
    for k, v in sorted(c.items()):
        if k.startswith("other:"):
            tr.write_line(f"{k[6:]}: {v}")
    if TIMES:
        tr.write_line("wall time: " + ", ".join(f"{k} {v:.1f} s" for k, v in sorted(TIMES.items())))
