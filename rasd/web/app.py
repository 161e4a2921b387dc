"""rasd's web page and JSON API (FastAPI): the map, the timeline and the evidence behind each dot.

`create_app(store_url, token=..., tile_url=...)` builds the app; `serve(db_url)` runs it with uvicorn
on 127.0.0.1. Safe by default: read-only unless `Authorization: Bearer <token>` is sent to
POST /api/articles; a strict Content-Security-Policy (no inline script or style, only this origin);
no CORS headers; every error is JSON `{"error": "..."}` with 400/401/404/413 (bad filters name
what was wrong), never a traceback. Article text is untrusted: the page builds it with DOM text
nodes only.

Records come only from `Event.to_record()`; csv/jsonl/geojson from rasd.export.

>>> from fastapi.testclient import TestClient          # doctest: +SKIP
>>> TestClient(create_app("sqlite://", token="t")).get("/api/events?type=قتال").json()  # doctest: +SKIP
{'error': "event_type: 'قتال' is not an ACLED event type (...)"}
"""
from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import os
import re
import secrets
import threading
import time
from datetime import date
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd.errors import RasdError, StoreError
from rasd.model import Article, Event
from rasd.store import EventFilter, Store
from rasd.web import aggregate

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

MAX_BODY_BYTES = 20 * 1024 * 1024   # POST /api/articles
MAX_ARTICLES_PER_POST = 1000
MAX_ID = 300
COUNT_CAP = 10_000                  # /api/events counts at most this many matches ("10,000+")
CONTEXT_CHARS = 400                 # evidence context shown around a span, each side at most
FORMATS = ("json", "jsonl", "geojson", "csv")
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_WEB_DIR = resources.files("rasd.web")


class ApiError(Exception):
    """An error the API answers with `status` and {"error": message}."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


# ---------------------------------------------------------------- filters

def _filter_params(
    date_from: str | None = Query(None, alias="from", description="first day, YYYY-MM-DD (inclusive)"),
    date_to: str | None = Query(None, alias="to", description="last day, YYYY-MM-DD (inclusive)"),
    bbox: str | None = Query(None, description="min_lon,min_lat,max_lon,max_lat in degrees"),
    type: str | None = Query(None, description="ACLED event type, e.g. Battles"),  # noqa: A002
    sub_type: str | None = Query(None, description="ACLED sub-event type, e.g. Air/drone strike"),
    actor: str | None = Query(None, description="substring of actor1/actor2, English or Arabic"),
    country: str | None = Query(None, description="country name or ISO alpha-2, e.g. Libya or LY"),
    q: str | None = Query(None, description="words searched in evidence, notes and article text (Arabic folded)"),
    min_fatalities: str | None = Query(None, description="at least this many reported deaths"),
) -> dict[str, Any]:
    return {"date_from": date_from, "date_to": date_to, "bbox": bbox, "event_type": type,
            "sub_event_type": sub_type, "actor": actor, "country": country, "q": q,
            "min_fatalities": min_fatalities}


def _blank(v: str | None) -> str | None:
    return None if v is None or not v.strip() else v


def make_filter(params: dict[str, Any], limit: str | None = None, offset: str | None = None) -> EventFilter:
    """An EventFilter from query-string values (all text); ApiError(400) naming what is wrong."""
    kw: dict[str, Any] = {k: _blank(v) for k, v in params.items()}
    if kw["bbox"] is not None:
        parts = kw["bbox"].split(",")
        if len(parts) != 4:
            raise ApiError(400, "bbox: expected four numbers min_lon,min_lat,max_lon,max_lat")
        kw["bbox"] = parts
    for name, value in (("limit", limit), ("offset", offset)):
        if _blank(value) is not None:
            kw[name] = value
    try:
        return EventFilter(**kw)
    except (ValueError, TypeError, OverflowError) as e:
        raise ApiError(400, _one_line(str(e))) from None


def _one_line(s: str, n: int = 300) -> str:
    return " ".join(s.split())[:n]


def _int_param(name: str, value: str | None, lo: int, hi: int, default: int) -> int:
    if _blank(value) is None:
        return default
    v = value.strip()
    if not re.fullmatch(r"-?\d{1,9}", v):
        raise ApiError(400, f"{name}: expected a whole number, got {v[:40]!r}")
    n = int(v)
    if not lo <= n <= hi:
        raise ApiError(400, f"{name}: {n} is outside {lo}..{hi}")
    return n


# ---------------------------------------------------------------- records

def _context(text: str, start: int, end: int) -> dict[str, Any]:
    """The sentence around an evidence span: {"before", "text", "after"} (text = text[start:end])."""
    lo = max(0, start - CONTEXT_CHARS)
    before = text[lo:start]
    cut = [m.end() for m in _SENTENCE_END.finditer(before)]
    if cut:
        before = before[cut[-1]:]
    after = text[end:end + CONTEXT_CHARS]
    m = _SENTENCE_END.search(after)
    if m:
        after = after[:m.end()]
    return {"before": before.lstrip(), "text": text[start:end], "after": after.rstrip()}


def _event_detail(store: Store, event: Event) -> dict[str, Any]:
    rec = event.to_record()
    contexts: list[dict[str, Any] | None] = []
    for s in event.sources:
        got = store.get_article(s.article_id)
        if got is None or s.evidence.end > len(got[0].text):
            contexts.append(None)
        else:
            contexts.append({**_context(got[0].text, s.evidence.start, s.evidence.end),
                             "title": got[0].title, "url": got[0].url})
    return {**rec, "contexts": contexts}


def _article_from_json(obj: Any, n: int) -> Article:
    where = f"article {n}"
    if not isinstance(obj, dict):
        raise ApiError(400, f"{where}: expected an object with a 'text' field")
    unknown = set(obj) - {"id", "text", "title", "published", "outlet", "url"}
    if unknown:
        raise ApiError(400, f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))[:100]}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ApiError(400, f"{where}: 'text' must be non-empty text")
    for k in ("id", "title", "outlet", "url", "published"):
        if obj.get(k) is not None and not isinstance(obj[k], str):
            raise ApiError(400, f"{where}: {k!r} must be text")
    aid = (obj.get("id") or "").strip() or "a_" + hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:16]
    if len(aid) > MAX_ID or "\x00" in aid:
        raise ApiError(400, f"{where}: 'id' must be at most {MAX_ID} characters without NUL")
    published = None
    if obj.get("published"):
        try:
            published = date.fromisoformat(obj["published"].strip()[:10])
        except ValueError:
            raise ApiError(400, f"{where}: 'published' {obj['published'][:40]!r} is not a date (YYYY-MM-DD)") from None
    return Article(id=aid, text=text, title=obj.get("title"), published=published, outlet=obj.get("outlet"),
                   url=obj.get("url"), origin=f"POST /api/articles[{n}]")


def _ingest(store: Store, articles: list[Article]) -> dict[str, Any]:
    from rasd.distributed import ingest  # the one reader → pipeline → merge → write_batch path
    summary = ingest(articles, store)
    return {k: summary[k] for k in ("articles_read", "articles_skipped", "articles_processed", "articles_failed",
                                    "articles_added", "events_found", "events_added", "events_updated", "errors")}


def _total(store: Store, flt: EventFilter, *, exact: bool = False) -> tuple[int, bool]:
    """(total, capped) for /api/events: the exact count up to COUNT_CAP matches; beyond it
    (COUNT_CAP, True), so a broad filter on a million events is not counted row by row."""
    if exact:
        return store.count_events(flt), False
    n = store.count_events(flt, at_most=COUNT_CAP + 1)
    return (COUNT_CAP, True) if n > COUNT_CAP else (n, False)


class _TTLCache:
    """Aggregates (map cells, timeline) kept for `ttl` seconds: panning back and forth, or several
    viewers, do not regroup 100,000 rows each time. Cleared by every POST; other writers (the CLI)
    show up after at most `ttl` seconds."""

    def __init__(self, ttl: float = 15.0, size: int = 256):
        self.ttl, self.size = ttl, size
        self._items: dict[Any, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: Any, compute):
        now = time.monotonic()
        with self._lock:
            hit = self._items.get(key)
            if hit and now - hit[0] < self.ttl:
                return hit[1]
        value = compute()
        with self._lock:
            if len(self._items) >= self.size:
                self._items = {k: v for k, v in self._items.items() if now - v[0] < self.ttl}
                if len(self._items) >= self.size:
                    self._items.clear()
            self._items[key] = (now, value)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


# ---------------------------------------------------------------- security headers

def content_security_policy(tile_url: str = "") -> str:
    """The page's CSP: this origin only (plus the optional tile host for images); no inline code."""
    img = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "a"))
        if parts.scheme in ("http", "https") and parts.hostname:
            host = urlsplit(tile_url).netloc.replace("{s}", "*")
            img += f" {parts.scheme}://{host}"
    return ("default-src 'self'; script-src 'self'; style-src 'self'; "
            f"img-src {img}; connect-src 'self'; font-src 'self'; object-src 'none'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def create_app(store_url: str, *, token: str | None, tile_url: str = "") -> FastAPI:
    """The rasd web app over the store at `store_url`.

    `token`: the bearer token POST /api/articles requires (None: writing is refused).
    `tile_url`: optional online tile layer (e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    empty = the shipped offline outlines only.
    """
    store = Store(store_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.close()

    app = FastAPI(title="rasd", version="0.1.0", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Arabic conflict news as ACLED-style events, with the evidence for each.")
    app.state.store = store
    csp = content_security_policy(tile_url)
    cache = app.state.cache = _TTLCache()
    templates = Environment(loader=FileSystemLoader(str(_WEB_DIR.joinpath("templates"))),
                            autoescape=select_autoescape(["html"]))

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = csp
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    # -- errors: always JSON, never internals
    @app.exception_handler(ApiError)
    async def api_error(_request: Request, e: ApiError):
        return _error(e.status, e.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, e: StarletteHTTPException):
        msg = e.detail if isinstance(e.detail, str) else "request failed"
        if e.status_code == 404 and msg == "Not Found":
            msg = "not found"
        return _error(e.status_code, msg)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, e: RequestValidationError):
        errs = e.errors()
        if errs:
            first = errs[0]
            where = ".".join(str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body"))
            msg = f"{where}: {first.get('msg', 'invalid')}" if where else str(first.get("msg", "invalid"))
        else:
            msg = "invalid request"
        return _error(400, _one_line(msg))

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, e: StoreError):
        log.error("store error: %s", e)
        return _error(503, "the database cannot be read or written now; see the server log")

    @app.exception_handler(Exception)
    async def internal_error(_request: Request, e: Exception):
        log.exception("internal error")
        return _error(500, "internal error; see the server log")

    # -- pages
    def page(name: str, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(templates.get_template(name).render(**ctx))

    @app.get("/", include_in_schema=False)
    def index() -> HTMLResponse:
        return page("index.html", tile_url=tile_url)

    @app.get("/articles/{article_id:path}", include_in_schema=False)
    def article_page(article_id: str) -> HTMLResponse:
        return page("article.html", article_id=article_id)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return page("docs.html")

    app.mount("/static", StaticFiles(directory=str(_WEB_DIR.joinpath("static"))), name="static")

    # -- API
    @app.get("/api/events", summary="Events matching the filters, newest first",
             description="JSON: {\"total\": n, \"total_capped\": bool, \"limit\", \"offset\", "
                         "\"events\": [EVENT_SCHEMA records]}. `total` is the number of matching events; "
                         f"when more than {COUNT_CAP:,} match it is {COUNT_CAP:,} and `total_capped` is true "
                         "(show it as \"10,000+\"; `count=exact` counts them all). Other formats: the page "
                         "of events only.")
    def list_events(
        params: dict = Depends(_filter_params),
        limit: str | None = Query(None, description="page size 1..10000 (default 100)"),
        offset: str | None = Query(None, description="events to skip (default 0)"),
        format: str = Query("json", description="json | jsonl | geojson | csv (ACLED columns)"),  # noqa: A002
        count: str = Query("capped", description=f"capped (default): 'total' counts at most {COUNT_CAP:,} "
                                                 "matches, 'total_capped' says there are more; exact: count all "
                                                 "(slow for broad filters on a large store)"),
    ):
        fmt = (format or "json").strip().lower()
        if fmt not in FORMATS:
            raise ApiError(400, f"format: {format[:40]!r} is not one of {', '.join(FORMATS)}")
        how = (count or "capped").strip().lower()
        if how not in ("capped", "exact"):
            raise ApiError(400, f"count: {count[:40]!r} is not one of capped, exact")
        flt = make_filter(params, limit, offset)
        evs = store.events(flt)
        if fmt == "json":
            total, capped = _total(store, flt, exact=how == "exact")
            return JSONResponse({"total": total, "total_capped": capped, "limit": flt.limit,
                                 "offset": flt.offset, "events": [e.to_record() for e in evs]})
        from rasd import export
        if fmt == "geojson":
            return Response(json.dumps(export.to_geojson(evs), ensure_ascii=False),
                            media_type="application/geo+json")
        buf = io.StringIO()
        if fmt == "jsonl":
            export.write_jsonl(evs, buf)
            return Response(buf.getvalue(), media_type="application/x-ndjson; charset=utf-8")
        export.write_acled_csv(evs, buf)
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="rasd-events.csv"'})

    @app.get("/api/events/{event_id}", summary="One event with all its sources and their evidence in context")
    def get_event(event_id: str):
        event = store.get_event(event_id) if len(event_id) <= 64 else None
        if event is None:
            raise ApiError(404, f"no event {event_id[:80]!r}")
        return JSONResponse(_event_detail(store, event))

    @app.get("/api/articles/{article_id:path}", summary="An article's original text and the spans rasd found")
    def get_article(article_id: str):
        got = store.get_article(article_id) if len(article_id) <= MAX_ID else None
        if got is None:
            raise ApiError(404, f"no article {article_id[:80]!r}")
        art, spans = got
        return JSONResponse({"article": {"id": art.id, "title": art.title, "outlet": art.outlet, "url": art.url,
                                         "published": art.published.isoformat() if art.published else None,
                                         "text": art.text},
                             "spans": spans})

    @app.get("/api/stats", summary="Counts per day, per event type and per actor (same filters as /api/events)")
    def get_stats(params: dict = Depends(_filter_params),
                  parts: str | None = Query(None, description="comma list of per_day, per_type, per_actor (default all)")):
        want = tuple(p.strip() for p in (parts or ",".join(aggregate.STATS_PARTS)).split(",") if p.strip())
        bad = [p for p in want if p not in aggregate.STATS_PARTS]
        if bad:
            raise ApiError(400, f"parts: {bad[0][:40]!r} is not one of {', '.join(aggregate.STATS_PARTS)}")
        flt = make_filter(params)
        return JSONResponse(cache.get(("stats", flt, want), lambda: aggregate.stats(store, flt, want)))

    @app.get("/api/clusters", summary="What the map draws: points, or grid cells when many events are in view")
    def get_clusters(params: dict = Depends(_filter_params),
                     zoom: str | None = Query(None, description="Leaflet zoom level 0..22 (grid size)")):
        z = _int_param("zoom", zoom, 0, aggregate.MAX_ZOOM, 5)
        flt = make_filter(params)
        return JSONResponse(cache.get(("clusters", flt, z), lambda: aggregate.clusters(store, flt, z)))

    @app.post("/api/articles", summary="Ingest articles (needs Authorization: Bearer <token>)")
    async def post_articles(request: Request):
        auth = request.headers.get("authorization", "")
        given = auth[7:].strip() if auth[:7].lower() == "bearer " else ""
        if not token or not given or not hmac.compare_digest(given.encode(), token.encode()):
            raise ApiError(401, "writing needs the token: send 'Authorization: Bearer <token>' "
                                "(RASD_TOKEN, or the one printed when the server started)")
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            raise ApiError(413, f"the request is larger than {MAX_BODY_BYTES // (1024 * 1024)} MB")
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY_BYTES:
                raise ApiError(413, f"the request is larger than {MAX_BODY_BYTES // (1024 * 1024)} MB")
        try:
            data = json.loads(bytes(body).decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise ApiError(400, "the body must be UTF-8 JSON: an article object or a list of them") from None
        items = data if isinstance(data, list) else [data]
        if not items:
            raise ApiError(400, "no articles given")
        if len(items) > MAX_ARTICLES_PER_POST:
            raise ApiError(413, f"at most {MAX_ARTICLES_PER_POST} articles per request")
        articles = [_article_from_json(obj, i) for i, obj in enumerate(items)]
        try:
            summary = await run_in_threadpool(_ingest, store, articles)
        except StoreError:
            raise
        except RasdError as e:
            raise ApiError(400, _one_line(str(e))) from None
        finally:
            cache.clear()
        return JSONResponse(summary, status_code=200)

    return app


def serve(db_url: str, host: str = "127.0.0.1", port: int = 8642, token: str | None = None,
          tile_url: str = "", announce=None) -> None:
    """Run the web app with uvicorn (blocking). Without `token` (and no $RASD_TOKEN) a random token
    is generated and announced, so the operator can ingest through POST /api/articles.
    `announce(message)` receives the start-up lines (default: print)."""
    import uvicorn
    say = announce or print
    token = token or os.environ.get("RASD_TOKEN") or None
    if token is None:
        token = secrets.token_urlsafe(24)
        say(f"rasd: write token (Authorization: Bearer ...): {token}")
    app = create_app(db_url, token=token, tile_url=tile_url)
    say(f"rasd: serving {db_url} on http://{host}:{port}/ (API docs at /docs)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
