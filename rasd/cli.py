"""rasd's command line: each command parses its options and calls one library function.

Exit codes: 0 clean; 1 some records failed (each named on one stderr line); 2 usage or
configuration error (bad option, unreadable settings, database that cannot be opened).
Data goes to stdout, messages and progress bars to stderr. Database: --db, else $RASD_DB, else
[store] url in the settings (./rasd.db). Settings: rasd/defaults.toml, overlaid by ./rasd.toml or
--config FILE.
"""
from __future__ import annotations

import dataclasses
import enum
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console

from rasd.errors import ConfigError, InputError, RasdError, StoreError

app = typer.Typer(name="rasd", add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode="rich",
                  help="rasd: Arabic conflict news → ACLED-style events, with the evidence for every field.\n\n"
                       "Example: rasd ingest examples/ && rasd events")
err = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)
USER_SETTINGS = "rasd.toml"


class Exit(enum.IntEnum):
    OK = 0
    RECORDS_FAILED = 1
    USAGE = 2


# ---------------------------------------------------------------- shared plumbing

class Report:
    """Counts failed records and prints one stderr line for each."""

    def __init__(self) -> None:
        self.failed = 0

    def __call__(self, e: RasdError) -> None:
        self.failed += 1
        err.print(f"rasd: {e}", markup=False)

    @property
    def code(self) -> int:
        return Exit.RECORDS_FAILED if self.failed else Exit.OK


def _fail(message: str, code: int = Exit.USAGE) -> typer.Exit:
    err.print(f"rasd: error: {message}", markup=False)
    return typer.Exit(code)


@contextmanager
def _errors() -> Iterator[None]:
    """Expected errors → one line and an exit code, never a traceback."""
    try:
        yield
    except (ConfigError, StoreError) as e:
        raise _fail(str(e)) from None
    except InputError as e:
        raise _fail(str(e), Exit.RECORDS_FAILED) from None
    except ValueError as e:  # filter and option validation (EventFilter, dates, bbox)
        raise _fail(str(e)) from None
    except RasdError as e:
        raise _fail(str(e)) from None


def _settings(ctx: typer.Context):
    return ctx.obj


def _db_url(ctx: typer.Context, db: str | None) -> str:
    return db or _settings(ctx).store_url


def _open_store(ctx: typer.Context, db: str | None, *, create: bool = False):
    from rasd.store import Store
    from rasd.store.store import normalize_url

    url = _db_url(ctx, db)
    u = normalize_url(url)
    if not create and u.get_backend_name() == "sqlite" and u.database not in (None, "", ":memory:") \
            and not os.path.exists(u.database):
        raise ConfigError(f"no database at {u.database}; create it with `rasd ingest FILES --db {url}` "
                          "or point --db / RASD_DB at an existing one")
    return Store(url)


@contextmanager
def _progress(description: str, total: int | None = None) -> Iterator[Any]:
    """A Rich progress bar on stderr (only on a terminal); yields an `advance(n)` function."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                               TimeElapsedColumn)

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task(description, total=total)
        yield lambda n=1: bar.advance(task, n)


def _limits_files(files: list[str]) -> list[str]:
    if not files:
        raise _fail("give at least one file, folder, glob, feed URL or - for standard input")
    return files


class ExtractFormat(str, enum.Enum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


class ListFormat(str, enum.Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


class ExportFormat(str, enum.Enum):
    jsonl = "jsonl"
    acled_csv = "acled-csv"
    geojson = "geojson"
    parquet = "parquet"


class Engine(str, enum.Enum):
    local = "local"
    ray = "ray"


class TextFormat(str, enum.Enum):
    text = "text"
    jsonl = "jsonl"


DB_HELP = "Database URL or SQLite file (default: $RASD_DB, else ./rasd.db)."
FILES_HELP = "Files, folders (read recursively), globs, http(s) feed URLs, or - for standard input."
FILTER = "Filters"


def _write_events(events, fmt: str, out=None) -> int:
    from rasd.export import FORMATS

    target = out if out is not None else sys.stdout
    return FORMATS[fmt](events, target)


def _counted(items, advance) -> Iterator[Any]:
    for item in items:
        yield item
        advance(1)


def _merge_within_run(events: list) -> list:
    """One event per real event within this run: rasd.merge.merge_events (same-event sentences,
    articles and outlets combined, each source kept with its evidence)."""
    from rasd.merge import merge_events

    return merge_events(events)


def _version(value: bool) -> None:
    if value:
        from rasd import __version__

        typer.echo(f"rasd {__version__}")
        raise typer.Exit()


@app.callback()
def _main(ctx: typer.Context,
          config: Optional[Path] = typer.Option(None, "--config", help="Settings file overlaying rasd/defaults.toml "
                                                "(default: ./rasd.toml when present).", dir_okay=False),
          version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Show the version and exit.")) -> None:
    from rasd.settings import Settings

    user = config if config is not None else (Path(USER_SETTINGS) if Path(USER_SETTINGS).is_file() else None)
    with _errors():
        ctx.obj = Settings.load(user)


# ---------------------------------------------------------------- extract

@app.command()
def extract(ctx: typer.Context,
            files: list[str] = typer.Argument(..., help=FILES_HELP, show_default=False),
            fmt: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f", help="Output format."),
            workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes."),
            ) -> None:
    """Extract events from articles and print them to stdout; nothing is stored.

    Events found in several of the given articles are merged into one event with several sources.

    Example: rasd extract examples/*.txt --format jsonl > events.jsonl
    """
    from rasd.distributed import extract_batches
    from rasd.ingest import read_paths

    settings = _settings(ctx)
    report = Report()
    events: list = []
    with _errors(), _progress("extracting") as advance:
        articles = read_paths(_limits_files(files), on_error=report, settings=settings)
        for arts, evs, msgs in extract_batches(articles, workers=workers, batch_size=settings.batch_size,
                                               on_error=report):
            events.extend(evs)
            advance(len(arts) + len(msgs))
        events = _merge_within_run(events)
    _write_events(events, fmt.value)
    raise typer.Exit(report.code)


# ---------------------------------------------------------------- ingest

@app.command()
def ingest(ctx: typer.Context,
           files: list[str] = typer.Argument(..., help=FILES_HELP, show_default=False),
           db: Optional[str] = typer.Option(None, "--db", envvar="RASD_DB", help=DB_HELP),
           workers: int = typer.Option(1, "--workers", "-w", min=1,
                                       help="Worker processes (or Ray workers with --engine ray)."),
           engine: Engine = typer.Option(Engine.local, "--engine", help="local, or ray (pip install 'rasd[ray]')."),
           address: Optional[str] = typer.Option(None, "--address", help="Ray cluster: auto or ray://host:10001 "
                                                 "(default: a private local Ray instance)."),
           ) -> None:
    """Read articles, extract their events and store both; articles already stored are skipped.

    Re-running on the same input adds nothing; new articles add to the store, and their events
    merge with the stored events they report.

    Example: rasd ingest examples/ --db rasd.db
    """
    from rasd.distributed import ingest as run_ingest
    from rasd.ingest import read_paths

    settings = _settings(ctx)
    report = Report()
    with _errors():
        store = _open_store(ctx, db, create=True)
        try:
            with _progress("ingesting") as advance:
                summary = run_ingest(read_paths(_limits_files(files), on_error=report, settings=settings), store,
                                     engine=engine.value, workers=workers, address=address,
                                     batch_size=settings.batch_size, on_error=report, progress=advance)
        finally:
            store.close()
    s = summary
    typer.echo(f"rasd: {s['articles_read'] + report.failed - s['articles_failed']} articles read: "
               f"{s['articles_added']} stored, {s['articles_skipped']} already stored, {report.failed} failed; "
               f"{s['events_found']} events found: {s['events_added']} new, {s['events_updated']} updated "
               f"({s['seconds']:.1f} s) → {store.name}")
    raise typer.Exit(report.code)


# ---------------------------------------------------------------- events / export

def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    parts = value.split(",")
    try:
        nums = tuple(float(p) for p in parts)
    except ValueError:
        nums = ()
    if len(nums) != 4:
        raise ValueError(f"--bbox {value!r}: expected min_lon,min_lat,max_lon,max_lat (four numbers)")
    return nums  # type: ignore[return-value]


def _filter(*, date_from, date_to, event_type, sub_type, actor, country, bbox, q, min_fatalities,
            limit: int = 100, offset: int = 0):
    from rasd.store import EventFilter

    return EventFilter(date_from=date_from, date_to=date_to, event_type=event_type, sub_event_type=sub_type,
                       actor=actor, country=country, bbox=_bbox(bbox), q=q, min_fatalities=min_fatalities,
                       limit=limit, offset=offset)


def _opt(default, *names, help):
    return typer.Option(default, *names, help=help, rich_help_panel=FILTER)


FROM = "Events on or after this day (YYYY-MM-DD)."
TO = "Events on or before this day (YYYY-MM-DD)."
TYPE = "ACLED event type, e.g. 'Explosions/Remote violence'."
SUB = "ACLED sub-event type, e.g. 'Air/drone strike'."
ACTOR = "Actor name (English or Arabic, part of it)."
COUNTRY = "Country name or ISO code (Libya, LY)."
BBOX = "min_lon,min_lat,max_lon,max_lat."
Q = "Words in the evidence, notes or article text (Arabic folded: hamza, teh marbuta... ignored)."
MINF = "At least this many fatalities."


@app.command()
def events(ctx: typer.Context,
           date_from: Optional[str] = _opt(None, "--from", help=FROM),
           date_to: Optional[str] = _opt(None, "--to", help=TO),
           event_type: Optional[str] = _opt(None, "--type", help=TYPE),
           sub_type: Optional[str] = _opt(None, "--sub-type", help=SUB),
           actor: Optional[str] = _opt(None, "--actor", help=ACTOR),
           country: Optional[str] = _opt(None, "--country", help=COUNTRY),
           bbox: Optional[str] = _opt(None, "--bbox", help=BBOX),
           q: Optional[str] = _opt(None, "--q", help=Q),
           min_fatalities: Optional[int] = _opt(None, "--min-fatalities", help=MINF),
           limit: int = typer.Option(100, "--limit", help="At most this many events (1..10000)."),
           offset: int = typer.Option(0, "--offset", help="Skip this many events first."),
           fmt: ListFormat = typer.Option(ListFormat.table, "--format", "-f", help="Output format."),
           db: Optional[str] = typer.Option(None, "--db", envvar="RASD_DB", help=DB_HELP),
           ) -> None:
    """List stored events, newest first, as a table or as data.

    Example: rasd events --country Libya --from 2016-08-01 --type 'Explosions/Remote violence'
    """
    with _errors():
        flt = _filter(date_from=date_from, date_to=date_to, event_type=event_type, sub_type=sub_type, actor=actor,
                      country=country, bbox=bbox, q=q, min_fatalities=min_fatalities, limit=limit, offset=offset)
        store = _open_store(ctx, db)
        try:
            found = store.events(flt)
            total = store.count_events(flt) if fmt is ListFormat.table else len(found)
        finally:
            store.close()
    if fmt is ListFormat.table:
        _events_table(found, total)
    else:
        _write_events(found, fmt.value)


def _events_table(found: list, total: int) -> None:
    from rich.table import Table

    t = Table(title=f"{len(found)} of {total} events", title_justify="left")
    for col in ("event_id", "date", "type", "actor1", "actor2", "location", "deaths", "src"):
        t.add_column(col, overflow="fold", no_wrap=col in ("event_id", "date", "deaths", "src"))
    for e in found:
        loc = e.location
        t.add_row(e.event_id, e.event_date.isoformat() if e.event_date else "", e.sub_event_type.value,
                  e.actor1 or "", e.actor2 or "", ", ".join(x for x in (loc.name, loc.country) if x),
                  "" if e.fatalities is None else str(e.fatalities), str(len(e.sources)))
    out = Console(highlight=False)
    if not out.is_terminal:
        out = Console(highlight=False, width=180)
    out.print(t)


@app.command()
def export(ctx: typer.Context,
           fmt: ExportFormat = typer.Option(..., "--format", "-f", help="jsonl (EVENT_SCHEMA), acled-csv "
                                            "(ACLED's columns), geojson (RFC 7946) or parquet."),
           output: Path = typer.Option(..., "--output", "-o", help="The file to write (- for stdout, "
                                       "except parquet).", dir_okay=False),
           date_from: Optional[str] = _opt(None, "--from", help=FROM),
           date_to: Optional[str] = _opt(None, "--to", help=TO),
           event_type: Optional[str] = _opt(None, "--type", help=TYPE),
           sub_type: Optional[str] = _opt(None, "--sub-type", help=SUB),
           actor: Optional[str] = _opt(None, "--actor", help=ACTOR),
           country: Optional[str] = _opt(None, "--country", help=COUNTRY),
           bbox: Optional[str] = _opt(None, "--bbox", help=BBOX),
           q: Optional[str] = _opt(None, "--q", help=Q),
           min_fatalities: Optional[int] = _opt(None, "--min-fatalities", help=MINF),
           db: Optional[str] = typer.Option(None, "--db", envvar="RASD_DB", help=DB_HELP),
           ) -> None:
    """Write every stored event matching the filters to a file.

    Example: rasd export --format acled-csv -o events.csv --country Libya
    """
    to_stdout = str(output) == "-"
    if to_stdout and fmt is ExportFormat.parquet:
        raise _fail("parquet needs a file: give -o FILE.parquet")
    with _errors():
        flt = _filter(date_from=date_from, date_to=date_to, event_type=event_type, sub_type=sub_type, actor=actor,
                      country=country, bbox=bbox, q=q, min_fatalities=min_fatalities)
        store = _open_store(ctx, db)
        try:
            tmp = output.with_name(output.name + ".part")
            try:
                with _progress("exporting", total=store.count_events(flt)) as advance:
                    n = _write_events(_counted(store.iter_events(flt), advance), fmt.value, None if to_stdout else tmp)
                if not to_stdout:
                    os.replace(tmp, output)
            except OSError as e:
                raise ConfigError(f"{output}: cannot write ({e.strerror or e})") from None
            finally:
                if not to_stdout and tmp.exists():
                    tmp.unlink()
        finally:
            store.close()
    err.print(f"rasd: {n} events written to {'stdout' if to_stdout else output}", markup=False)


# ---------------------------------------------------------------- search / show / split

@app.command()
def search(ctx: typer.Context,
           query: str = typer.Argument(..., help="Words to find, in Arabic or English."),
           limit: int = typer.Option(20, "--limit", help="At most this many articles (1..1000)."),
           fmt: TextFormat = typer.Option(TextFormat.text, "--format", "-f", help="text or jsonl."),
           db: Optional[str] = typer.Option(None, "--db", envvar="RASD_DB", help=DB_HELP),
           ) -> None:
    """Full-text search over the stored articles, in Arabic or English.

    Hamza and alef forms, teh marbuta, alef maksura, diacritics and tatweel do not matter:
    "مدينة" finds "مدينه", "قتل" finds "قُتِل".

    Example: rasd search "غارة جوية سرت"
    """
    with _errors():
        store = _open_store(ctx, db)
        try:
            hits = store.search_articles(query, limit=limit)
        finally:
            store.close()
    if fmt is TextFormat.jsonl:
        for h in hits:
            typer.echo(json.dumps(h, ensure_ascii=False))
        return
    if not hits:
        err.print("rasd: no article matches", markup=False)
        return
    for h in hits:
        typer.echo(f"{h['article_id']}\t{h.get('published') or ''}\t{h.get('title') or ''}")
        typer.echo(f"    {_mark(h['snippet'], h.get('highlight'))}")


def _mark(text: str, span: Any) -> str:
    if not span:
        return text.replace("\n", " ")
    s, e = span
    return (text[:s] + "⟦" + text[s:e] + "⟧" + text[e:]).replace("\n", " ")


@app.command()
def show(ctx: typer.Context,
         event_id: str = typer.Argument(..., help="An event id (see `rasd events`)."),
         fmt: TextFormat = typer.Option(TextFormat.text, "--format", "-f", help="text or jsonl."),
         db: Optional[str] = typer.Option(None, "--db", envvar="RASD_DB", help=DB_HELP),
         ) -> None:
    """Show one event with its sources, each evidence sentence and the reasons for every field.

    Each source's sentence is printed with the evidence marked ⟦so⟧, with why it was merged
    into the event (fields that agreed, distance, day gap).

    Example: rasd show ev_0123456789abcdef
    """
    with _errors():
        store = _open_store(ctx, db)
        try:
            event = store.get_event(event_id)
            if event is None:
                raise InputError(event_id, "no such event in the store; list events with `rasd events`")
            why = _explain(store, event_id)
            texts = {s.article_id: store.get_article(s.article_id) for s in event.sources}
        finally:
            store.close()
    rec = event.to_record()
    if fmt is TextFormat.jsonl:
        rec["merge"] = why
        typer.echo(json.dumps(rec, ensure_ascii=False))
        return
    _print_event(event, rec, why, texts)


def _explain(store, event_id: str) -> list[dict]:
    try:
        from rasd.merge import explain
    except ImportError:
        return []
    return explain(store, event_id)


def _sentence_around(article, start: int, end: int) -> tuple[int, int]:
    from rasd.pipeline import run

    doc = run(article, until="sentences")
    spans = [s for s in doc.sentences if s.start < end and start < s.end] or [s for s in doc.sentences
                                                                               if s.start <= start < s.end]
    if not spans:
        return start, end
    return min(start, spans[0].start), max(end, spans[-1].end)


def _print_event(event, rec: dict, why: list[dict], texts: dict) -> None:
    loc = event.location
    say = typer.echo
    say(f"event {event.event_id}")
    say(f"  date        {rec['event_date'] or '?'} (time precision {event.time_precision})")
    say(f"  type        {rec['event_type']} / {rec['sub_event_type']}")
    for n in (1, 2):
        name, ar, inter = rec[f"actor{n}"], rec[f"actor{n}_ar"], rec[f"inter{n}"]
        say(f"  actor{n}      {name or '-'}" + (f"  «{ar}»" if ar else "") + (f"  inter {inter}" if inter else ""))
    coords = f"{loc.latitude:.4f}, {loc.longitude:.4f}" if loc.latitude is not None and loc.longitude is not None else "no point"
    say(f"  location    {loc.name or '?'}" + (f" «{loc.name_ar}»" if loc.name_ar else "")
        + f" ({coords}; geo precision {loc.geo_precision}; {', '.join(x for x in (loc.admin1, loc.country) if x)})")
    say(f"  fatalities  {'-' if event.fatalities is None else event.fatalities}   injured "
        f"{'-' if event.injured is None else event.injured}   confidence {rec['confidence']}")
    if event.notes:
        say(f"  notes       {event.notes}")
    if event.reasons:
        say("reasons")
        for r in event.reasons:
            say(f"  - {r}")
    say(f"sources ({len(event.sources)})")
    merged = {(w["article_id"], w["evidence"]["start"], w["evidence"]["end"]): w for w in why}
    for i, s in enumerate(event.sources, 1):
        say(f"  [{i}] {s.article_id}  {s.outlet or '-'}  {s.published.isoformat() if s.published else '-'}  "
            f"chars {s.evidence.start}-{s.evidence.end}")
        w = merged.get((s.article_id, s.evidence.start, s.evidence.end))
        if w and w.get("role") == "merged":
            parts = [f"agreed: {', '.join(w.get('agreed') or []) or '-'}"]
            if w.get("distance_km") is not None:
                parts.append(f"{w['distance_km']:.1f} km")
            if w.get("day_gap") is not None:
                parts.append(f"{w['day_gap']} day(s) apart")
            if w.get("same_article"):
                parts.append("same article")
            say(f"      merged: {'; '.join(parts)}")
        for alias in (w or {}).get("also_published_by") or ():
            say(f"      also published by {alias.get('outlet') or '-'} ({alias['article_id']})")
        got = texts.get(s.article_id)
        text = got[0].text if got else None
        if text is not None and s.evidence.end <= len(text) and text[s.evidence.start:s.evidence.end] == s.text:
            a, b = _sentence_around(got[0], s.evidence.start, s.evidence.end)
            sentence = text[a:s.evidence.start] + "⟦" + s.text + "⟧" + text[s.evidence.end:b]
        else:
            sentence = "⟦" + s.text + "⟧"
        say("      " + " ".join(sentence.split()))


@app.command()
def split(ctx: typer.Context,
          event_id: str = typer.Argument(..., help="The merged event."),
          article_id: str = typer.Argument(..., help="The article whose sources should leave it."),
          db: Optional[str] = typer.Option(None, "--db", envvar="RASD_DB", help=DB_HELP),
          ) -> None:
    """Undo a wrong merge: move one article's sources out of an event into an event of their own.

    The choice is kept: re-ingesting the article does not merge it back.

    Example: rasd split ev_0123456789abcdef 001_428ee2f09c601032
    """
    try:
        from rasd.merge import split as split_event
    except ImportError:
        raise _fail("splitting needs rasd.merge, which this installation lacks") from None
    with _errors():
        store = _open_store(ctx, db)
        try:
            new_id = split_event(store, event_id, article_id, settings=_settings(ctx))
        finally:
            store.close()
    typer.echo(f"rasd: {article_id} now reports event {new_id} (split from {event_id})")


# ---------------------------------------------------------------- annotate

HIDDEN_LAYERS = ("tokens",)
NOT_LAYERS = ("article", "folded", "offsets")


def _plain(value: Any, text: str) -> Any:
    """A JSON-able form of any annotation value; spans carry their original text."""
    from rasd.model import Event, Span

    if isinstance(value, Span):
        return {"start": value.start, "end": value.end, "text": text[value.start:value.end]}
    if isinstance(value, Event):
        return value.to_record()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name), text) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_plain(v, text) for v in value]
    return value


def doc_layers(doc, layers: list[str] | None = None) -> dict[str, list]:
    """Every layer of a Doc (each tuple field except the article and folded text), as plain records."""
    out: dict[str, list] = {}
    for f in dataclasses.fields(doc):
        if f.name in NOT_LAYERS:
            continue
        value = getattr(doc, f.name)
        if not isinstance(value, tuple):
            continue
        if (layers and f.name not in layers) or (not layers and f.name in HIDDEN_LAYERS):
            continue
        out[f.name] = [_plain(v, doc.article.text) for v in value]
    return out


def _one_line(text: str, n: int = 300) -> str:
    """Whitespace collapsed; a long span shown by its start and end."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n * 2 // 3] + " … " + text[-n // 4:]


def _short(value: Any) -> str:
    if isinstance(value, dict):
        if "start" in value and "end" in value and "text" in value and len(value) == 3:
            return f"[{value['start']}:{value['end']}]«{_one_line(value['text'])}»"
        if "name" in value:
            extra = [str(value[k]) for k in ("name_ar", "id", "country", "kind", "inter") if value.get(k) not in (None, "")]
            return f"{value['name']}" + (f" ({', '.join(extra)})" if extra else "")
        return "{" + ", ".join(f"{k}={_short(v)}" for k, v in value.items() if v not in (None, "", [], ())) + "}"
    if isinstance(value, list):
        return "[" + "; ".join(_short(v) for v in value) + "]"
    return str(value)


def _annotation_line(rec: Any) -> str:
    if not isinstance(rec, dict):
        return f"  {rec}"
    head = ""
    if "span" in rec and isinstance(rec["span"], dict):
        sp = rec["span"]
        head = f"[{sp['start']}:{sp['end']}] «{_one_line(sp['text'])}»"
    elif {"start", "end", "text"} <= set(rec) and len(rec) == 3:
        return f"  [{rec['start']}:{rec['end']}] «{_one_line(rec['text'])}»"
    rest = [f"{k}={_short(v)}" for k, v in rec.items() if k != "span" and v not in (None, "", [], ())]
    return "  " + "  ".join(x for x in [head, *rest] if x)


@app.command()
def annotate(ctx: typer.Context,
             file: str = typer.Argument(..., help="A file (any format rasd reads) or - for standard input."),
             fmt: TextFormat = typer.Option(TextFormat.text, "--format", "-f", help="text (for reading) or jsonl."),
             layer: Optional[list[str]] = typer.Option(None, "--layer", "-l", help="Show only these layers "
                                                       "(repeatable; 'tokens' is shown only when asked for)."),
             ) -> None:
    """Show how rasd read an article: every layer the pipeline found, span by span.

    Masked boilerplate, sentences, numbers, dates, distances, places (with their candidates and
    why one was chosen), actors, triggers and events (with their reasons), each span with its
    original text and offsets.

    Example: rasd annotate examples/001_428ee2f09c601032.txt --layer dates --layer places
    """
    from rasd.ingest import read_paths
    from rasd.pipeline import run
    from rasd.resources import Resources

    report = Report()
    with _errors():
        res = Resources.builtin()
        for article in read_paths([file], on_error=report, settings=_settings(ctx)):
            try:
                doc = run(article, resources=res)
            except InputError as e:
                report(e)
                continue
            layers = doc_layers(doc, layer)
            if fmt is TextFormat.jsonl:
                typer.echo(json.dumps({"article_id": article.id, "origin": article.origin, "title": article.title,
                                       "published": article.published.isoformat() if article.published else None,
                                       "layers": layers}, ensure_ascii=False, default=str))
                continue
            typer.echo(f"== {article.id} ({article.origin}) published {article.published or '?'}")
            for name, items in layers.items():
                typer.echo(f"-- {name} ({len(items)})")
                for rec in items:
                    typer.echo(_annotation_line(rec))
    raise typer.Exit(report.code)


# ---------------------------------------------------------------- serve

@app.command()
def serve(ctx: typer.Context,
          host: Optional[str] = typer.Option(None, "--host", help="Address to bind (default 127.0.0.1: this machine only)."),
          port: Optional[int] = typer.Option(None, "--port", help="Port (default 8642)."),
          token: Optional[str] = typer.Option(None, "--token", envvar="RASD_TOKEN",
                                              help="Write token for POST /api/articles (default: generated and printed)."),
          db: Optional[str] = typer.Option(None, "--db", envvar="RASD_DB", help=DB_HELP),
          ) -> None:
    """Serve the map, the timeline and the JSON API (docs at /docs) in the browser.

    Example: rasd serve --db rasd.db --port 8642
    """
    try:
        from rasd.web.app import serve as run_server
    except ImportError as e:
        raise _fail(f"the web app cannot load ({e}); reinstall rasd with its dependencies") from None
    settings = _settings(ctx)
    with _errors():
        store = _open_store(ctx, db)  # fail early, with the remedy, on a missing database
        store.close()
        run_server(_db_url(ctx, db), host=host or settings.web_host, port=port or settings.web_port, token=token,
                   tile_url=settings.tile_url, announce=lambda m: err.print(m, markup=False))


# ---------------------------------------------------------------- entry point

def main() -> None:
    """The `rasd` command (and `python -m rasd`)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            try:
                stream.reconfigure(encoding="utf-8")
            except (ValueError, OSError):
                pass
    try:
        from typer._click import exceptions as cx  # recent typer vendors click
    except ImportError:  # pragma: no cover - older typer uses click itself
        from click import exceptions as cx
    # (typer's vendored click has no Abort: typer keeps its own; a missing name here turned every
    # exception past the clauses above, a closed pipe included, into an AttributeError traceback)
    abort = getattr(cx, "Abort", None)
    if abort is None:
        try:
            from typer.exceptions import Abort as abort
        except ImportError:  # pragma: no cover
            abort = KeyboardInterrupt

    try:
        code = app(prog_name="rasd", standalone_mode=False)
    except cx.NoArgsIsHelpError as e:  # `rasd events`-style help when nothing is given
        e.show()
        sys.exit(e.exit_code)
    except cx.UsageError as e:  # a bad option or value: one line, not a boxed usage screen
        where = e.ctx.command_path if e.ctx is not None else "rasd"
        err.print(f"rasd: error: {' '.join(e.format_message().split())} (see {where} --help)", markup=False)
        sys.exit(Exit.USAGE)
    except cx.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except abort:
        err.print("rasd: interrupted", markup=False)
        sys.exit(130)
    except KeyboardInterrupt:
        err.print("rasd: interrupted", markup=False)
        sys.exit(130)
    except BrokenPipeError:  # `rasd events | head`
        try:
            sys.stdout = open(os.devnull, "w")
        finally:
            sys.exit(0)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
