"""The same pipeline on every core, or on a Ray cluster, with one writer.

Articles stream in, are cut into batches of `batch_size`, and each batch runs through
`rasd.pipeline.process_article` in-process (`engine="local", workers=1`), in a pool of worker
processes (`engine="local", workers=N`) or in Ray tasks (`engine="ray"`). At most a few batches per
worker are in flight, so memory stays flat whatever the corpus size, and batches come back IN INPUT
ORDER: the single writer (`Store.write_batch`, called by `ingest`) therefore writes the same batches
in the same order whichever engine ran them, and the events are identical (same `event_id`, same
records) because each article is processed on its own before any cross-article merging.

A failing article (an `InputError`, or an unexpected exception inside a step) becomes one error
message and the rest of its batch goes on; a broken resource or configuration stops the run.

>>> from rasd.model import Article
>>> arts = [Article("a1", "قتل ثلاثة مدنيين في غارة جوية على مدينة سرت أمس.")]
>>> for batch_articles, events, errors in extract_batches(arts):
...     print(len(batch_articles), errors)
1 []
"""
from __future__ import annotations

import functools
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from rasd.errors import ConfigError, InputError, RasdError, ResourceError, StoreError
from rasd.model import Article, Doc, Event

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

ENGINES = ("local", "ray")
RAY_MISSING = "Ray is not installed: pip install 'rasd[ray]'"
# batches submitted per worker before waiting for the oldest one: keeps every worker busy while
# the driver writes, and bounds memory to (workers x IN_FLIGHT x batch_size) articles
IN_FLIGHT = 2

Batch = tuple[list[Article], list[Event], list[str]]
ErrorHandler = Callable[[RasdError], None]


# ---------------------------------------------------------------- the work done in a worker

def _light_doc(doc: Doc) -> Doc:
    """The annotations the store keeps for an article, without its text, tokens, folded text or
    candidates (cheap to send back from a worker; the caller puts the article back)."""
    return Doc(Article(doc.article.id, ""), masks=doc.masks,
               places=tuple(p.__class__(p.span, p.place, (), p.cue, p.score, p.why) for p in doc.places),
               actors=doc.actors, triggers=doc.triggers, dates=doc.dates, numbers=doc.numbers,
               distances=doc.distances)


def _fatal(e: RasdError) -> tuple[str, tuple[Any, ...]]:
    """A run-stopping error in a form that survives pickling (RasdError subclasses take several
    constructor arguments, which plain exception pickling loses)."""
    if isinstance(e, ResourceError):
        return ("ResourceError", (e.path, e.line, e.reason))
    for cls in (ConfigError, StoreError):
        if isinstance(e, cls):
            return (cls.__name__, (str(e),))
    return ("RasdError", (str(e),))


def _raise_fatal(kind: str, args: tuple[Any, ...]) -> None:
    cls = {"ResourceError": ResourceError, "ConfigError": ConfigError, "StoreError": StoreError}.get(kind, RasdError)
    raise cls(*args)


def extract_batch(articles: Sequence[Article], keep_docs: bool = False) -> dict[str, Any]:
    """Run the pipeline on one batch (this is what a worker process or Ray task executes).

    Returns {"ok": [indices of the articles processed], "events": [...], "errors":
    [(source, reason, record)], "docs": [...] (light docs, only with keep_docs), "fatal": None or
    (kind, args)}. Only indices go back, not the articles, to keep the reply small.
    """
    from rasd.pipeline import run
    from rasd.resources import Resources

    out: dict[str, Any] = {"ok": [], "events": [], "errors": [], "docs": [], "fatal": None}
    try:
        res = Resources.builtin()
        for i, article in enumerate(articles):
            try:
                doc = run(article, resources=res)
            except InputError as e:
                out["errors"].append((e.source, e.reason, e.record))
                continue
            except RasdError:
                raise
            except (ImportError, MemoryError) as e:  # the installation or the machine, not the article
                raise RasdError(f"the pipeline cannot run ({type(e).__name__}: {e}); "
                                "reinstall rasd or give the workers more memory") from e
            except Exception as e:  # noqa: BLE001 - one broken article must not stop a million-article run
                log.debug("article %s failed", article.id, exc_info=True)
                out["errors"].append((article.origin or article.id,
                                      f"the pipeline failed on this article ({type(e).__name__}: {e}); "
                                      "please report it with the article", None))
                continue
            out["ok"].append(i)
            out["events"].extend(doc.events)
            if keep_docs:
                out["docs"].append(_light_doc(doc))
    except RasdError as e:
        out["fatal"] = _fatal(e)
    return out


# ---------------------------------------------------------------- batching and engines

def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def _check(engine: str, workers: int, batch_size: int) -> None:
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if not isinstance(workers, int) or workers < 1:
        raise ConfigError(f"--workers must be a whole number >= 1, not {workers!r}")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ConfigError(f"batch size must be a whole number >= 1, not {batch_size!r}")


def _in_order(submit: Callable[[list[Article]], Any], result: Callable[[Any], dict[str, Any]],
              batches: Iterator[list[Article]], in_flight: int) -> Iterator[tuple[list[Article], dict[str, Any]]]:
    """Keep up to `in_flight` batches submitted; yield (batch, reply) in submission order."""
    pending: deque[tuple[list[Article], Any]] = deque()
    for batch in batches:
        pending.append((batch, submit(batch)))
        if len(pending) >= in_flight:
            b, fut = pending.popleft()
            yield b, result(fut)
    while pending:
        b, fut = pending.popleft()
        yield b, result(fut)


def _local_pool(batches: Iterator[list[Article]], workers: int, keep_docs: bool):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # forkserver (spawn where unavailable): safe with threads in the parent (database drivers,
    # web servers), unlike fork. Each worker loads the resources once, on its first batch.
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    try:
        try:
            yield from _in_order(lambda b: pool.submit(extract_batch, b, keep_docs), lambda f: f.result(),
                                 batches, workers * IN_FLIGHT)
        except BrokenProcessPool as e:
            raise ConfigError(f"a worker process died ({e}); a script calling rasd with several workers "
                              "needs `if __name__ == '__main__':` (as any multiprocessing code); otherwise "
                              "run with --workers 1 to see the error, or lower --workers if memory ran out") from e
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _import_ray():
    try:
        import ray
    except ImportError:
        ray = None
    if ray is None:
        raise ConfigError(RAY_MISSING)
    return ray


def _ray_engine(batches: Iterator[list[Article]], workers: int, address: str | None, keep_docs: bool):
    ray = _import_ray()
    started = False
    if not ray.is_initialized():
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                  "configure_logging": False}
        if address:
            kwargs["address"] = address
        else:  # a private local cluster sized to --workers
            kwargs["num_cpus"] = workers
        try:
            ray.init(**kwargs)
        except Exception as e:  # noqa: BLE001 - Ray raises ConnectionError, RuntimeError, ValueError...
            where = address or "a local Ray instance"
            raise ConfigError(f"cannot start or join Ray at {where} ({type(e).__name__}: {e}); "
                              "check --address (auto, ray://host:10001) and that the cluster is up") from e
        started = True
    try:
        task = ray.remote(num_cpus=1, max_retries=2)(extract_batch)

        def get(ref: Any) -> dict[str, Any]:
            try:
                return ray.get(ref)
            except ray.exceptions.RayError as e:
                first = (str(e).strip().splitlines() or [""])[0]
                raise ConfigError(f"a Ray task failed ({type(e).__name__}: {first}); rasd must be installed "
                                  "on every Ray node, and a worker killed for lack of memory ends here too: "
                                  "see the Ray logs") from e

        yield from _in_order(lambda b: task.remote(b, keep_docs), get, batches, workers * IN_FLIGHT)
    finally:
        if started:
            ray.shutdown()


def extract_batches(articles: Iterable[Article], *, engine: str = "local", workers: int = 1,
                    address: str | None = None, batch_size: int = 200,
                    on_error: ErrorHandler | None = None, keep_docs: bool = False) -> Iterator[Batch]:
    """Run the pipeline over `articles` in batches; yield (articles, events, error messages) per batch,
    in input order, whichever engine runs them.

    `articles` of a batch are those processed successfully (a failed one is left out so a later run
    retries it); `events` are their events in article order; each failed article gives one message
    (the `InputError` text) and, when given, `on_error(InputError)` is called in the caller's
    process. With `keep_docs=True` each item is (articles, events, errors, docs) where docs are the
    articles' annotations (for `Store.write_batch(docs=...)`).

    engine "local", workers 1: in this process, streaming. engine "local", workers N: N worker
    processes. engine "ray": Ray tasks on the cluster at `address` ("auto", "ray://host:10001"), or
    on a private local Ray instance of `workers` CPUs when `address` is None; rasd must be installed
    on every Ray node. Raises ConfigError for a bad engine/workers or when Ray is missing.

    >>> arts = [Article("a1", "تظاهر مئات الطلاب في الخرطوم يوم الأحد."), Article("a2", " ")]
    >>> [(len(a), errs) for a, _, errs in extract_batches(arts)]
    [(1, ['a2: empty article text'])]
    """
    _check(engine, workers, batch_size)  # raised here, at the call, not at the first batch
    if engine == "ray":
        _import_ray()
    return _extract(articles, engine, workers, address, batch_size, on_error, keep_docs)


def _extract(articles: Iterable[Article], engine: str, workers: int, address: str | None, batch_size: int,
             on_error: ErrorHandler | None, keep_docs: bool) -> Iterator[Batch]:
    batches = _batches(articles, batch_size)
    if engine == "ray":
        replies = _ray_engine(batches, workers, address, keep_docs)
    elif workers > 1:
        replies = _local_pool(batches, workers, keep_docs)
    else:
        replies = ((b, extract_batch(b, keep_docs)) for b in batches)
    try:
        for batch, reply in replies:
            if reply["fatal"]:
                _raise_fatal(*reply["fatal"])
            messages = []
            for source, reason, record in reply["errors"]:
                err = InputError(source, reason, record)
                messages.append(str(err))
                if on_error is not None:
                    on_error(err)
            done = [batch[i] for i in reply["ok"]]
            if keep_docs:
                docs = [d.with_(article=a) for d, a in zip(reply["docs"], done)]
                yield done, reply["events"], messages, docs  # type: ignore[misc]
            else:
                yield done, reply["events"], messages
    finally:
        close = getattr(replies, "close", None)
        if close is not None:
            close()


# ---------------------------------------------------------------- ingest: read → skip → extract → merge → write

def _read(paths_or_articles: Any, on_error: ErrorHandler | None) -> Iterator[Article]:
    """Articles from paths (via rasd.ingest.read_paths) or from an iterable of Articles."""
    if isinstance(paths_or_articles, (str, os.PathLike)):
        paths_or_articles = [paths_or_articles]
    items = iter(paths_or_articles)
    first = next(items, None)
    if first is None:
        return
    if isinstance(first, Article):
        yield first
        yield from items
        return
    try:
        from rasd.ingest import read_paths
    except ImportError as e:
        raise ConfigError("reading files needs rasd.ingest.read_paths, which this build lacks; "
                          "pass Article objects instead") from e
    paths = [first, *items]
    if not all(isinstance(p, (str, os.PathLike)) for p in paths):
        raise ConfigError("ingest() takes file paths or rasd.model.Article objects, not a mix")
    yield from read_paths([Path(p) for p in paths], on_error=on_error)


def _default_merge() -> Callable[..., Any] | None:
    """`merge_into_store` as the writer runs it: `stream`, its events to write consumed by
    `write_batch` a few at a time (see `write_extracted`)."""
    try:
        from rasd.merge import merge_into_store
    except ImportError:
        return None
    return functools.partial(merge_into_store, stream=True)


def write_extracted(store: Any, articles: Sequence[Article], events: Sequence[Event], *,
                    docs: Sequence[Doc] = (), merge: Callable[..., Any] | None = None) -> tuple[Any, int]:
    """The writer's part of `ingest` for one extracted batch, in ONE transaction: `merge(tx,
    events)` (its merge tables) then `tx.write_batch`. Returns (BatchResult, merges made).

    The merge's events to write may be an iterator (`merge_into_store(..., stream=True)`, the
    default merge): `write_batch` consumes it in the transaction, so that the stored events a batch
    rewrites are read, combined, written and dropped a few at a time instead of all held at once."""
    with store.transaction("write the batch") as tx:  # the merge tables and the batch: all or nothing
        to_write: Iterable[Event] = list(events)
        n_merged = 0
        if merge is not None and events:
            merged = merge(tx, events)
            to_write = getattr(merged, "events_to_write", merged)
            if not isinstance(to_write, Iterator):
                to_write = list(to_write)
            n_merged = len(getattr(merged, "merged", ()))
        return tx.write_batch(articles, to_write, docs=docs), n_merged


def ingest(paths_or_articles: Any, store: Any, *, engine: str = "local", workers: int = 1,
           address: str | None = None, batch_size: int = 200, on_error: ErrorHandler | None = None,
           progress: Callable[[int], None] | None = None, merge: Callable[..., Any] | bool | None = None,
           keep_docs: bool = True, skip_stored: bool = True) -> dict[str, Any]:
    """Read, extract and store a corpus, streaming; return a summary.

    `paths_or_articles`: file/directory paths (read with `rasd.ingest.read_paths`) or Articles.
    Articles already stored with the same text (`store.has_article(id, content_hash)`) are skipped;
    the rest go through `extract_batches` (same engines and options) and each batch is written by
    this one process in ONE transaction (`store.transaction()`): `merge(tx, events)` (default
    `rasd.merge.merge_into_store`: the batch's events merged with each other and with the stored
    ones, recorded in the merge tables; it returns the events to write, or an object with
    `.events_to_write`; `merge=False` stores the events as extracted), then `tx.write_batch`. A
    batch that fails or is interrupted leaves nothing behind, and running again stores it once. `keep_docs` also stores each article's annotation spans.
    `progress(n)` is called after each batch with the number of articles it covered (read, skipped or
    failed), `on_error(InputError)` for each article that could not be read or processed.

    Returns {"engine", "workers", "articles_read", "articles_skipped", "articles_processed",
    "articles_failed", "articles_added", "events_found", "events_merged", "events_added",
    "events_updated", "errors" (the first 100 messages), "seconds"}.

    >>> from rasd.store import Store
    >>> s = Store("sqlite://")
    >>> ingest([Article("a1", "قتل ثلاثة مدنيين في غارة جوية على مدينة سرت أمس.")], s)["articles_processed"]
    1
    """
    _check(engine, workers, batch_size)
    if merge is None or merge is True:
        merge = _default_merge()
    elif merge is False:
        merge = None
    t0 = time.perf_counter()
    summary: dict[str, Any] = {"engine": engine, "workers": workers, "articles_read": 0, "articles_skipped": 0,
                               "articles_processed": 0, "articles_failed": 0, "articles_added": 0,
                               "events_found": 0, "events_merged": 0, "events_added": 0, "events_updated": 0, "errors": []}

    def note(err: RasdError) -> None:
        summary["articles_failed"] += 1
        if len(summary["errors"]) < 100:
            summary["errors"].append(str(err))
        if on_error is not None:
            on_error(err)

    pending_skips = 0

    def fresh() -> Iterator[Article]:
        nonlocal pending_skips
        for a in _read(paths_or_articles, note):
            summary["articles_read"] += 1
            if skip_stored and store.has_article(a.id, a.content_hash()):
                summary["articles_skipped"] += 1
                pending_skips += 1
                continue
            yield a

    def count_errors(err: RasdError) -> None:
        note(err)

    for item in extract_batches(fresh(), engine=engine, workers=workers, address=address,
                                batch_size=batch_size, on_error=count_errors, keep_docs=keep_docs):
        arts, events, messages = item[0], item[1], item[2]
        docs = item[3] if keep_docs else ()
        summary["articles_processed"] += len(arts)
        summary["events_found"] += len(events)
        result, n_merged = write_extracted(store, arts, events, docs=docs, merge=merge)
        summary["events_merged"] += n_merged
        summary["articles_added"] += result.articles_added
        summary["events_added"] += result.events_added
        summary["events_updated"] += result.events_updated
        if progress is not None:
            covered = len(arts) + len(messages) + pending_skips
            pending_skips = 0
            progress(covered)
    if progress is not None and pending_skips:
        progress(pending_skips)
    summary["seconds"] = round(time.perf_counter() - t0, 3)
    return summary
