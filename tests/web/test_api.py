"""rasd/web/app.py over real HTTP on 127.0.0.1: every filter, every format, every error, the token,
the security headers, and a hostile-query sweep (no 5xx)."""
from __future__ import annotations

import csv
import io
import itertools
import json

import httpx
import pytest

from rasd.store import Store
from rasd.web import aggregate
from rasd.web.app import content_security_policy, create_app, serve
from tests.web.conftest import TOKEN, XSS_TEXT, LiveServer

EVENT_KEYS = {"event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
              "actor1_ar", "actor2_ar", "inter1", "inter2", "location", "fatalities", "injured", "sources",
              "confidence", "notes"}


@pytest.fixture(scope="module")
def client(live) -> httpx.Client:
    with httpx.Client(base_url=live.url, timeout=30) as c:
        yield c


def _articles_of(body: dict) -> set[str]:
    return {e["sources"][0]["article_id"] for e in body["events"]}


def _json_error(r: httpx.Response, status: int) -> str:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and isinstance(body["error"], str) and body["error"]
    assert "Traceback" not in r.text and 'File "' not in r.text
    return body["error"]


# ---------------------------------------------------------------- listing and filters

def test_app_events_returns_schema_records_with_evidence(client, sample_set):
    r = client.get("/api/events")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == len(sample_set) == len(body["events"])
    texts = {s.article.id: s.article.text for s in sample_set}
    for rec in body["events"]:
        assert EVENT_KEYS <= set(rec)
        src = rec["sources"][0]
        ev = src["evidence"]
        assert texts[src["article_id"]][ev["start"]:ev["end"]] == ev["text"]
    dates = [e["event_date"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)  # newest first


@pytest.mark.parametrize("query, expected", [
    ("type=Battles", {"taiz-1"}),
    ("type=explosions/remote violence", {"sirte-1", "aleppo-1"}),
    ("sub_type=Air/drone strike", {"sirte-1"}),
    ("sub_type=Abduction/forced disappearance", {"derna-1"}),
    ("actor=Islamic State", {"sirte-1"}),
    ("actor=القوات الحكومية", {"taiz-1"}),
    ("actor=ansar allah", {"taiz-1"}),
    ("country=LY", {"sirte-1", "benghazi-1", "derna-1", "xss-1"}),
    ("country=Syria", {"aleppo-1"}),
    ("bbox=19,31,24,33.5", {"benghazi-1", "derna-1"}),
    ("bbox=40,10,50,20", {"taiz-1"}),
    ("from=2016-08-05", {"aleppo-1", "xss-1", "taiz-1"}),
    ("to=2016-08-01", {"sirte-1", "derna-1"}),
    ("from=2016-08-02&to=2016-08-06", {"benghazi-1", "aleppo-1"}),
    ("q=الشعار", {"aleppo-1"}),
    ("q=اختطف", {"derna-1"}),
    ("q=Benghazi", {"benghazi-1"}),
    ("min_fatalities=5", {"sirte-1", "taiz-1"}),
    ("min_fatalities=0", {"sirte-1", "taiz-1", "aleppo-1", "benghazi-1"}),
    ("country=LY&type=Protests", {"benghazi-1"}),
    ("country=LY&from=2016-08-01&to=2016-08-31&bbox=10,25,25,35", {"sirte-1", "benghazi-1", "xss-1"}),
])
def test_app_events_filter(client, query, expected):
    r = client.get("/api/events?" + query)
    assert r.status_code == 200, r.text
    body = r.json()
    assert _articles_of(body) == expected
    assert body["total"] == len(expected)


def test_app_events_pagination_pages_are_disjoint(client):
    pages = [client.get(f"/api/events?limit=2&offset={o}").json() for o in (0, 2, 4, 6)]
    ids = [e["event_id"] for p in pages for e in p["events"]]
    assert [len(p["events"]) for p in pages] == [2, 2, 2, 0]
    assert len(set(ids)) == 6 and all(p["total"] == 6 for p in pages)
    assert pages[1]["limit"] == 2 and pages[1]["offset"] == 2


def test_app_events_total_is_capped_and_flagged(client, monkeypatch):
    import rasd.web.app as app_module
    body = client.get("/api/events?limit=1").json()
    assert (body["total"], body["total_capped"], len(body["events"])) == (6, False, 1)
    monkeypatch.setattr(app_module, "COUNT_CAP", 4)  # the server runs in this process
    body = client.get("/api/events?limit=2").json()
    assert (body["total"], body["total_capped"], len(body["events"])) == (4, True, 2)
    assert client.get("/api/events?limit=2&count=exact").json()["total"] == 6
    ly = client.get("/api/events?country=LY").json()  # 4 Libyan events: not more than the cap
    assert (ly["total"], ly["total_capped"]) == (4, False)
    assert "not one of capped, exact" in _json_error(client.get("/api/events?count=some"), 400)


def test_app_events_jsonl(client):
    r = client.get("/api/events?format=jsonl&country=LY")
    assert r.status_code == 200 and "ndjson" in r.headers["content-type"]
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert len(lines) == 4 and all(EVENT_KEYS <= set(x) for x in lines)
    assert "طرابلس" in r.text  # Arabic written as such, not \u-escaped


def test_app_events_geojson(client):
    r = client.get("/api/events?format=geojson&type=Battles")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 1
    assert fc["features"][0]["geometry"]["coordinates"] == [44.0209, 13.5795]


def test_app_events_csv_has_acled_columns(client):
    from rasd.resources.acled import ACLED_CSV_COLUMNS
    r = client.get("/api/events?format=csv&country=Libya")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == list(ACLED_CSV_COLUMNS)
    assert len(rows) == 1 + 4


def test_app_event_detail_has_sources_and_context(client, sample_set):
    s = next(x for x in sample_set if x.article.id == "aleppo-1")
    r = client.get(f"/api/events/{s.event.event_id}")
    assert r.status_code == 200
    body = r.json()
    assert body["event_id"] == s.event.event_id and body["sources"][0]["evidence"]["text"] == s.evidence
    ctx = body["contexts"][0]
    assert ctx["text"] == s.evidence
    assert ctx["before"] + ctx["text"] + ctx["after"] in s.article.text
    assert ctx["after"].endswith(".")  # the sentence, to its end


def test_app_article_has_text_and_spans(client, sample_set):
    r = client.get("/api/articles/xss-1")
    assert r.status_code == 200
    body = r.json()
    assert body["article"]["text"] == XSS_TEXT
    kinds = {sp["kind"] for sp in body["spans"]}
    assert {"place", "actor", "trigger"} <= kinds
    for sp in body["spans"]:
        assert 0 <= sp["start"] < sp["end"] <= len(XSS_TEXT)
    place = next(sp for sp in body["spans"] if sp["kind"] == "place")
    assert XSS_TEXT[place["start"]:place["end"]] == "طرابلس"


def test_app_stats_counts_follow_the_filters(client):
    whole = client.get("/api/stats").json()
    assert whole["events"] == 6 and sum(n for _, n in whole["per_day"]) == 6
    assert whole["per_type"]["Explosions/Remote violence"] == 2
    assert whole["per_actor"]["Unidentified Armed Group (Libya)"] == 2
    ly = client.get("/api/stats?country=LY").json()
    assert ly["events"] == 4 and [d for d, _ in ly["per_day"]] == ["2016-07-20", "2016-08-01", "2016-08-03", "2016-08-07"]


def test_app_clusters_points_then_cells(client, monkeypatch):
    pts = client.get("/api/clusters?bbox=-180,-90,180,90&zoom=3").json()
    assert pts["mode"] == "points" and pts["total"] == 6 and len(pts["points"]) == 6
    sirte = next(p for p in pts["points"] if p[3] == "Explosions/Remote violence" and p[4] == 5)
    assert sirte[1:3] == [31.2089, 16.5887]
    monkeypatch.setattr(aggregate, "POINTS_MAX", 2)  # the server runs in this process
    cells = client.get("/api/clusters?bbox=-180,-90,180,90&zoom=2").json()
    assert cells["mode"] == "cells" and cells["total"] == 6
    assert sum(c["count"] for c in cells["cells"]) == 6
    assert sum(c["fatalities"] for c in cells["cells"]) == 5 + 3 + 12
    assert len(cells["cells"]) < 6  # the four Libyan events share cells at this zoom
    assert all(sum(c["types"].values()) == c["count"] for c in cells["cells"])


# ---------------------------------------------------------------- errors

@pytest.mark.parametrize("query, reason", [
    ("from=2016-13-01", "date_from"),
    ("from=yesterday", "date_from"),
    ("to=2016-02-30", "date_to"),
    ("from=2016-08-10&to=2016-08-01", "after"),
    ("from=99999-01-01", "date_from"),
    ("bbox=1,2,3", "bbox"),
    ("bbox=a,b,c,d", "bbox"),
    ("bbox=10,20,5,30", "min_lon"),
    ("bbox=0,95,10,96", "min_lat"),
    ("bbox=nan,0,10,10", "bbox"),
    ("bbox=0,0,inf,10", "bbox"),
    ("bbox=1,2,3,4,5", "bbox"),
    ("limit=0", "limit"),
    ("limit=-1", "limit"),
    ("limit=10001", "limit"),
    ("limit=99999999999999999999999", "limit"),
    ("limit=abc", "limit"),
    ("limit=1e3", "limit"),
    ("offset=-5", "offset"),
    ("offset=1e99", "offset"),
    ("type=Fighting", "event_type"),
    ("type=Battles' OR '1'='1", "event_type"),
    ("type=Battles; DROP TABLE events;--", "event_type"),
    ("sub_type=Bombing", "sub_event_type"),
    ("sub_type=Air/drone strike&type=Battles", "belongs to"),
    ("min_fatalities=-1", "min_fatalities"),
    ("min_fatalities=many", "min_fatalities"),
    ("min_fatalities=1 OR 1=1", "min_fatalities"),
    ("country=" + "x" * 600, "country"),
    ("q=%00", "q"),
    ("format=xml", "format"),
])
def test_app_bad_filter_is_400_with_reason(client, query, reason):
    msg = _json_error(client.get("/api/events?" + query), 400)
    assert reason in msg


@pytest.mark.parametrize("path", ["/api/stats?from=2016-02-31", "/api/clusters?zoom=99",
                                  "/api/clusters?zoom=-1", "/api/clusters?bbox=0,0,200,10",
                                  "/api/clusters?type=<script>"])
def test_app_bad_filter_other_endpoints_is_400(client, path):
    _json_error(client.get(path), 400)


@pytest.mark.parametrize("query", ["actor=' OR 1=1 --", "q=' OR ''='", "q=x\" OR \"1", "q=NEAR(a b)",
                                   "country=LY' --", "actor=%_%", "q='); DROP TABLE events; --"])
def test_app_sql_text_is_only_text(client, query):
    """Free-text filters are bound parameters: metacharacters are matched as text, never run, never 5xx."""
    r = client.get("/api/events?" + query)
    assert r.status_code == 200, r.text
    assert r.json()["total"] < 6  # the OR was not executed: not everything matches
    assert client.get("/api/events").json()["total"] == 6  # nothing dropped


@pytest.mark.parametrize("path", ["/api/events/ev_0000000000000000", "/api/events/" + "x" * 500,
                                  "/api/articles/no-such-article", "/api/nothing", "/no/page"])
def test_app_unknown_is_404_json(client, path):
    _json_error(client.get(path), 404)


def test_app_hostile_query_sweep_never_5xx(client):
    hostile = ["'", '"', ";", "--", "/*", "*/", "' OR '1'='1", "1; DROP TABLE events", "%", "_", "\\", "%00",
               "%ff%fe", "<script>alert(1)</script>", "${jndi:x}", "-1", "0", "1e308", "-1e308", "NaN",
               "Infinity", "99999999999999999999999999", "9" * 400, "٣", "قتل", "\u202e", "2016-08-01T00:00",
               "0000-00-00", "-0001-01-01", "1,2,3,4", "-181,0,0,0", "0,-91,0,0", "[]", "{}", "null", "true",
               " ", "a" * 2000]
    params = ["from", "to", "bbox", "type", "sub_type", "actor", "country", "q", "min_fatalities",
              "limit", "offset", "format", "zoom"]
    sent = server_errors = 0
    for path, (param, value) in itertools.product(["/api/events", "/api/stats", "/api/clusters"],
                                                  itertools.product(params, hostile)):
        r = client.get(f"{path}?{param}={value}")
        sent += 1
        server_errors += r.status_code >= 500
        assert r.status_code in (200, 400), (path, param, value, r.status_code, r.text[:200])
        assert r.headers["content-type"].startswith("application/json") or param == "format"
    print(f"hostile requests: {sent}, 5xx: {server_errors}")
    assert sent >= 500 and server_errors == 0


# ---------------------------------------------------------------- writing

@pytest.fixture
def writable(tmp_path):
    url = "sqlite:///" + str(tmp_path / "w.db")
    with LiveServer(create_app(url, token=TOKEN)) as server, httpx.Client(base_url=server.url, timeout=60) as c:
        yield c, url


ARTICLE = {"id": "post-1", "title": "غارة على سرت", "published": "2016-08-02", "outlet": "Al Wasat",
           "text": "شنت طائرات أمريكية غارة جوية على مواقع لتنظيم داعش في مدينة سرت الليبية يوم الاثنين، "
                   "ما أدى إلى مقتل خمسة مسلحين."}


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                                     {"Authorization": "Basic " + TOKEN}, {"Authorization": "Bearer  x"}])
def test_app_post_without_the_token_is_401(writable, headers):
    c, url = writable
    _json_error(c.post("/api/articles", json=ARTICLE, headers=headers), 401)
    assert Store(url).article_ids() == set()


def test_app_post_with_token_ingests(writable):
    c, url = writable
    r = c.post("/api/articles", json=[ARTICLE], headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text
    summary = r.json()
    assert summary["articles_processed"] == 1 and summary["articles_failed"] == 0
    art = c.get("/api/articles/post-1").json()
    assert art["article"]["text"] == ARTICLE["text"] and art["article"]["published"] == "2016-08-02"
    with Store(url) as store:
        stored = store.count_events()
    assert c.get("/api/events").json()["total"] == stored == summary["events_added"]
    again = c.post("/api/articles", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert again["articles_skipped"] == 1  # idempotent


@pytest.mark.parametrize("body, reason", [
    (b"not json", "JSON"),
    (b"\xff\xfe{", "JSON"),
    (b"[]", "no articles"),
    (b'{"text": ""}', "text"),
    (b'{"text": 5}', "text"),
    (b'{"title": "x"}', "text"),
    (b'{"text": "\xd9\x82\xd8\xaa\xd9\x84", "published": "last week"}', "published"),
    (b'{"text": "x", "evil": 1}', "unknown"),
    (b'[1, 2]', "object"),
    (b'{"text": "x", "id": 7}', "id"),
    (b"[" * 100000, "JSON"),
])
def test_app_post_bad_body_is_400(writable, body, reason):
    c, _ = writable
    r = c.post("/api/articles", content=body, headers={"Authorization": f"Bearer {TOKEN}",
                                                      "Content-Type": "application/json"})
    assert reason in _json_error(r, 400)


def test_app_post_too_large_is_413(writable):
    c, _ = writable
    big = b'{"text": "' + "قتل ".encode() * (6 * 1024 * 1024) + b'"}'
    _json_error(c.post("/api/articles", content=big, headers={"Authorization": f"Bearer {TOKEN}"}), 413)


# ---------------------------------------------------------------- safety and docs

def test_app_security_headers_and_no_cors(client):
    for path in ("/", "/api/events", "/static/app.js", "/api/events/nope"):
        r = client.get(path, headers={"Origin": "https://evil.example"})
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "style-src 'self'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert "access-control-allow-origin" not in r.headers
    pre = client.options("/api/events", headers={"Origin": "https://evil.example",
                                                 "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in pre.headers


def test_app_page_has_no_inline_script_or_style(client):
    html = client.get("/").text
    import re
    for tag in re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S):
        assert tag.strip() == ""
    assert "<style" not in html and " style=" not in html and "onclick" not in html
    assert "http://" not in html and "https://" not in html  # nothing from elsewhere


def test_app_csp_allows_only_the_configured_tile_host():
    assert "img-src 'self' data:;" in content_security_policy("")
    csp = content_security_policy("https://{s}.tile.example.org/{z}/{x}/{y}.png")
    assert "img-src 'self' data: https://*.tile.example.org;" in csp
    assert "javascript" not in content_security_policy("javascript:alert(1)//{z}")


def test_app_docs_work_offline(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/stats", "/api/clusters", "/api/articles"} <= set(spec["paths"])
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"from", "to", "bbox", "type", "actor", "country", "q", "limit", "offset", "format"} <= names
    html = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in html and "cdn" not in html.lower()
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


def test_app_serve_binds_loopback_and_prints_a_token(monkeypatch, tmp_path):
    import uvicorn
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw, app=app))
    monkeypatch.delenv("RASD_TOKEN", raising=False)
    lines: list[str] = []
    serve("sqlite:///" + str(tmp_path / "s.db"), announce=lines.append)
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8642
    token_line = next(x for x in lines if "token" in x)
    assert len(token_line.rsplit(" ", 1)[1]) >= 20
    monkeypatch.setenv("RASD_TOKEN", "from-env")
    lines.clear()
    serve("sqlite:///" + str(tmp_path / "s.db"), host="0.0.0.0", port=9000, announce=lines.append)
    assert seen["host"] == "0.0.0.0" and not any("token" in x for x in lines)
