"""Hostile queries against a real uvicorn server on 127.0.0.1 (SQLite and PostgreSQL stores): SQL
metacharacters, huge ranges, negative and enormous page sizes, invalid bboxes and dates, unicode
junk and over-long parameters, alone and combined at random (seeded) — never a 5xx, always JSON,
and no query ever matches more than the text it was given. Write endpoints refuse without the
token; no CORS headers. The same values as `rasd events` filters: exit 0, or exit 2 with one line,
never a traceback."""
from __future__ import annotations

import itertools
import json
import random
import re
import subprocess
from urllib.parse import quote

import httpx
import pytest

from rasd.store import Store
from tests.robustness.conftest import COUNTS, HOSTILE_BAR, rasd_cmd, timed
from tests.web.conftest import TOKEN, LiveServer, sample_doc, samples

SQL = ["'", '"', "`", ";", "--", "/*", "*/", "' OR '1'='1", "\" OR \"\"=\"", "1; DROP TABLE events; --",
       "') UNION SELECT record FROM events --", "%", "_", "\\", "\\%", "%%%", "' || (SELECT 1) || '",
       "1' AND SLEEP(5)--", "$1", "?", ":name", "E'\\x00'", "'; VACUUM; --", "*", "MATCH", "NEAR(a b)", "\"unclosed",
       "a OR b", "NOT", "^", "col:val"]
NUMBERS = ["-1", "0", "-0", "1e308", "-1e308", "1e-308", "NaN", "nan", "Infinity", "-inf", "0x10", "1_000", "٣",
           "۹", "99999999999999999999999999", "9" * 400, "2147483648", "-2147483649", "9223372036854775808",
           "1.5", " 7 ", "+5", "10001", "1000000001", "12abc", ""]
DATES = ["0000-00-00", "-0001-01-01", "9999-12-31", "10000-01-01", "2016-02-30", "2016-13-01", "2016-08-01T00:00",
         "2016/08/01", "٢٠١٦-٠٨-٠١", "20160801", "yesterday", "1970-01-01", "0001-01-01", "2016-8-1", "2016-08-01Z"]
BBOXES = ["1,2,3,4", "-181,0,0,0", "0,-91,0,0", "10,10,0,0", "0,0,0,0", "-180,-90,180,90", "1,2,3", "1,2,3,4,5",
          "a,b,c,d", "NaN,NaN,NaN,NaN", "inf,-inf,inf,-inf", "1e308,1e308,1e308,1e308", ",,,", "1;2;3;4",
          "1,2,3,4' OR 1=1", "-0,-0,-0,-0", "  1 , 2 , 3 , 4 ", "1e999,0,0,0"]
UNICODE = ["قتل", "\u202e\u202dقتل", "\ufefb\ufdfa", "💥🔥", "\u0000", "%00", "%ff%fe", "%c0%af", "%ed%a0%80",
           "\u200f", "\ufeff", "\u0651\u064b" * 50, "<script>alert(1)</script>", "${jndi:ldap://x}", "{{7*7}}",
           "../../etc/passwd", "\r\nSet-Cookie: x=1", "null", "true", "[]", "{}", " ", "\t", "a" * 501, "ق" * 5000,
           "x" * 20000]
VALUES = SQL + NUMBERS + DATES + BBOXES + UNICODE
PARAMS = ["from", "to", "bbox", "type", "sub_type", "actor", "country", "q", "min_fatalities", "limit", "offset",
          "format", "zoom", "parts"]
PATHS = ["/api/events", "/api/stats", "/api/clusters"]
ID_PATHS = ["/api/events/", "/api/articles/", "/articles/"]


def _q(v: str) -> str:
    """Percent-encode a value; values already written %xx stay raw (bytes that are not UTF-8)."""
    return v if v.startswith("%") and len(v) <= 9 else quote(v, safe="")


@pytest.fixture(params=["sqlite", "postgresql"], scope="module")
def hostile_server(request, tmp_path_factory):
    if request.param == "sqlite":
        url = "sqlite:///" + str(tmp_path_factory.mktemp("hostile") / "h.db")
    else:
        from tests.robustness.test_crash_safety import _pg_url

        url = _pg_url(request.getfixturevalue("pg_server"))
    sample_set = samples()
    with Store(url) as s:
        s.write_batch([x.article for x in sample_set], [x.event for x in sample_set],
                      docs=[sample_doc(x) for x in sample_set])
    from rasd.web.app import create_app

    with LiveServer(create_app(url, token=TOKEN)) as server, httpx.Client(base_url=server.url, timeout=60) as c:
        yield request.param, c, url, len(sample_set)


def _check(r: httpx.Response, where: str, problems: list[str]) -> None:
    COUNTS["hostile_requests"] += 1
    if r.status_code >= 500:
        COUNTS["5xx"] += 1
        problems.append(f"{where}: {r.status_code} {r.text[:200]}")
        return
    if r.status_code not in (200, 307, 308, 400, 404, 413, 414, 422, 431):  # 307: a trailing slash redirect
        problems.append(f"{where}: unexpected {r.status_code}")
    if r.status_code >= 400:
        try:
            body = r.json()
        except ValueError:
            if r.status_code not in (414, 431):  # refused by the HTTP server before the app
                problems.append(f"{where}: {r.status_code} not JSON: {r.text[:100]!r}")
            return
        if not (isinstance(body, dict) and isinstance(body.get("error"), str) and "\n" not in body["error"]
                and "Traceback" not in body["error"]):
            problems.append(f"{where}: error body {str(body)[:200]}")
    assert "access-control-allow-origin" not in r.headers, where


def test_hostile_api_requests_never_5xx(hostile_server):
    backend, c, url, n_events = hostile_server
    problems: list[str] = []
    rnd = random.Random(f"hostile-{backend}")
    with timed(f"hostile api {backend}"):
        # every value in every parameter of the list endpoint
        for param, value in itertools.product(PARAMS, VALUES):
            _check(c.get(f"/api/events?{param}={_q(value)}"), f"events {param}={value[:30]!r}", problems)
        # random combinations of 2-5 parameters on every endpoint, origins and repeated parameters
        for _ in range(250):
            qs = "&".join(f"{rnd.choice(PARAMS)}={_q(rnd.choice(VALUES))}" for _ in range(rnd.randint(2, 5)))
            headers = {"Origin": "https://evil.example"} if rnd.random() < 0.3 else {}
            _check(c.get(f"{rnd.choice(PATHS)}?{qs}", headers=headers), f"combo {qs[:80]}", problems)
        # hostile ids in the path
        for base, value in itertools.product(ID_PATHS, SQL[:12] + UNICODE[:14] + ["%2e%2e%2f%2e%2e%2fetc", "a" * 5000]):
            _check(c.get(base + _q(value)), f"{base}{value[:30]!r}", problems)
    # nothing was dropped or changed, and SQL text matched nothing
    all_events = c.get("/api/events?limit=10000").json()
    total = len(all_events["events"]) if isinstance(all_events, dict) else len(all_events)
    assert total == n_events
    for value in ("' OR '1'='1", "1; DROP TABLE events; --", "%", "%%%", "') UNION SELECT record FROM events --"):
        for param in ("actor", "country", "q"):
            r = c.get(f"/api/events?{param}={_q(value)}")
            if r.status_code == 200:
                body = r.json()
                got = len(body["events"]) if isinstance(body, dict) else len(body)
                assert got == 0, (param, value, got)
    with Store(url) as s:
        assert s.integrity_check() and s.count_events() == n_events
    print(f"\nhostile API requests ({backend}): {COUNTS['hostile_requests']} so far, 5xx: {COUNTS['5xx']}")
    assert not problems, problems[:10]
    assert COUNTS["5xx"] == 0


def test_hostile_write_endpoints_refuse_without_the_token_and_no_cors(hostile_server):
    backend, c, url, n_events = hostile_server
    body = json.dumps({"id": "intruder", "text": "قتل ثلاثة مدنيين في غارة جوية على مدينة سرت."})
    bad_auth = [{}, {"Authorization": ""}, {"Authorization": "Bearer"}, {"Authorization": "Bearer  x"},
                {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}, {"Authorization": TOKEN},
                {"Authorization": f"Bearer {TOKEN}x"}, {"Authorization": f"Bearer {TOKEN[:-1]}"},
                {"Authorization": "Bearer ' OR '1'='1"}, {"X-Token": TOKEN}, {"Cookie": f"token={TOKEN}"}]
    for h in bad_auth:
        r = c.post("/api/articles", content=body, headers={**h, "Content-Type": "application/json"})
        COUNTS["hostile_requests"] += 1
        assert r.status_code == 401, (h, r.status_code, r.text[:200])
        assert "error" in r.json()
    for method in ("PUT", "DELETE", "PATCH"):
        for path in ("/api/articles", "/api/events", "/api/events/x"):
            r = c.request(method, path, headers={"Authorization": f"Bearer {TOKEN}"})
            COUNTS["hostile_requests"] += 1
            assert r.status_code in (404, 405), (method, path, r.status_code)
    # CORS: off by default — no allow-origin on simple or preflight requests
    for r in (c.get("/api/events", headers={"Origin": "https://evil.example"}),
              c.options("/api/articles", headers={"Origin": "https://evil.example",
                                                  "Access-Control-Request-Method": "POST",
                                                  "Access-Control-Request-Headers": "authorization"})):
        COUNTS["hostile_requests"] += 1
        assert not any(k.lower().startswith("access-control-") for k in r.headers), dict(r.headers)
    with Store(url) as s:
        assert not s.has_article("intruder") and s.count_events() == n_events


# ------------------------------------------------------------------ the same values on the command line

CLI_OPTIONS = {"--from": DATES + NUMBERS[:6] + SQL[:5], "--to": DATES[:6], "--bbox": BBOXES,
               "--type": SQL[:8] + UNICODE[:6], "--sub-type": SQL[:4], "--actor": SQL + UNICODE[:6],
               "--country": SQL[:6] + UNICODE[:4], "--q": SQL + UNICODE[:8],
               "--min-fatalities": NUMBERS, "--limit": NUMBERS, "--offset": NUMBERS[:12]}
MUST_FAIL = {("--from", "2016-02-30"), ("--from", "yesterday"), ("--bbox", "10,10,0,0"), ("--bbox", "1,2,3"),
             ("--bbox", "a,b,c,d"), ("--limit", "-1"), ("--limit", "0"), ("--limit", "10001"),
             ("--min-fatalities", "-1"), ("--offset", "-1"), ("--type", "' OR '1'='1"), ("--bbox", "-181,0,0,0")}


def _cli_values(value: str) -> str:
    return value.replace("\x00", "")  # argv cannot carry NUL


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory):
    db = tmp_path_factory.mktemp("hostile-cli") / "c.db"
    sample_set = samples()
    with Store(f"sqlite:///{db}") as s:
        s.write_batch([x.article for x in sample_set], [x.event for x in sample_set])
    return str(db), len(sample_set)


def _run_main(args: list[str], monkeypatch, capsys) -> tuple[int, str, str]:
    """`rasd ARGS` in this process through rasd.cli.main (what the `rasd` command runs)."""
    from rasd.cli import main

    monkeypatch.setattr("sys.argv", ["rasd", *args])
    code = 0
    try:
        main()
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    out, err = capsys.readouterr()
    return code, out, err


def test_hostile_cli_filters_exit_2_with_one_line_never_a_traceback(cli_store, monkeypatch, capsys, tmp_path):
    """In process (rasd.cli.main, argv patched) for every value; see the next test for real subprocesses."""
    db, n = cli_store
    monkeypatch.chdir(tmp_path)
    problems = []
    with timed("hostile cli"):
        for opt, values in CLI_OPTIONS.items():
            for value in values:
                value = _cli_values(value)
                try:
                    code, out, err = _run_main(["events", "--db", db, "--format", "jsonl", opt, value], monkeypatch, capsys)
                except Exception as e:  # noqa: BLE001 - a crash is what this test looks for
                    problems.append(f"{opt} {value[:30]!r}: {type(e).__name__}: {e}")
                    continue
                COUNTS["hostile_cli"] += 1
                lines = [x for x in err.splitlines() if x.strip()]
                if code == 2:
                    if "Traceback" in err or len(lines) != 1 or not lines[0].startswith("rasd: error: "):
                        problems.append(f"{opt} {value[:30]!r}: exit 2 but {err[-300:]!r}")
                    else:
                        COUNTS["hostile_cli_ok"] += 1
                elif code == 0:
                    COUNTS["hostile_cli_ok"] += 1
                    if (opt, value) in MUST_FAIL:
                        problems.append(f"{opt} {value!r} accepted")
                    # text with words is searched as text (punctuation alone is no filter)
                    if opt in ("--actor", "--country", "--q") and value in SQL and re.search(r"[^\W_]{2}", value):
                        rows = [x for x in out.splitlines() if x.startswith("{")]
                        if len(rows) == n:
                            problems.append(f"{opt} {value!r} matched every event")
                else:
                    problems.append(f"{opt} {value[:30]!r}: exit {code}: {err[-300:]!r}")
    print(f"\nhostile CLI runs: {COUNTS['hostile_cli']}, exit 0 or exit 2 with one line: {COUNTS['hostile_cli_ok']}")
    assert not problems, problems[:10]


@pytest.mark.parametrize("opt,value", [("--bbox", "1,2,3"), ("--from", "2016-02-30"), ("--limit", "-1"),
                                       ("--min-fatalities", "9" * 400), ("--q", "' OR '1'='1"),
                                       ("--actor", "\u202eقتل")])
def test_hostile_cli_filters_in_a_real_process(cli_store, private_env, tmp_path, opt, value):
    db, n = cli_store
    proc = subprocess.run(rasd_cmd("events", "--db", db, "--format", "jsonl", opt, value), env=private_env,
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    COUNTS["hostile_cli"] += 1
    assert "Traceback" not in proc.stderr, proc.stderr
    if (opt, value) in MUST_FAIL or opt in ("--bbox", "--limit", "--min-fatalities"):
        assert proc.returncode == 2, proc.stderr
        lines = [x for x in proc.stderr.splitlines() if x.strip()]
        assert len(lines) == 1 and lines[0].startswith("rasd: error: ") and opt.strip("-").split("-")[0] in lines[0].replace("_", "-"), lines
    else:
        assert proc.returncode == 0, proc.stderr
    COUNTS["hostile_cli_ok"] += 1


def test_hostile_zz_bar_reached():
    print(f"\nhostile API requests: {COUNTS['hostile_requests']}, 5xx: {COUNTS['5xx']}")
    assert COUNTS["hostile_requests"] >= HOSTILE_BAR and COUNTS["5xx"] == 0


def test_hostile_ids_with_nul_bytes_read_like_the_stored_ids(store, make_event):
    """PostgreSQL text cannot hold NUL: ids are stored with NUL → U+FFFD, and looked up the same way
    (a NUL in an id in the URL, or in a JSONL record's id, once made the lookup fail with a 503 /
    stopped the whole ingest)."""
    from rasd.model import Article

    art = Article("a\x00b", "قتل ثلاثة مدنيين في غارة جوية على مدينة سرت.")
    store.write_batch([art], [make_event(article_id="a\x00b")])
    assert store.has_article("a\x00b", art.content_hash())
    assert store.get_article("a\x00b") is not None
    assert store.get_event("ev_\x00") is None
