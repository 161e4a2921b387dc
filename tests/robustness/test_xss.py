"""An XSS corpus in article titles and text, evidence, notes, actor and place names: the page (real
Chromium through Playwright) shows every payload as text, runs none of them, and is served with a
strict Content-Security-Policy; an article sent through the token-guarded API is shown the same way."""
from __future__ import annotations

from datetime import date

import httpx
import pytest

from rasd.model import Article, Event, Location, Source, Span, make_event_id
from rasd.resources.acled import SubEventType
from rasd.store import Store
from tests.robustness.conftest import COUNTS, timed
from tests.web.conftest import LiveServer, browser  # noqa: F401  (the shared browser fixture)

TOKEN = "xss-token-31"

PAYLOADS = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=2">',
    "<svg onload=window.__xss=3>",
    '"><script>window.__xss=4</script>',
    "'><img src=x onerror=window.__xss=5>",
    '<a href="javascript:window.__xss=6">انقر</a>',
    '<iframe srcdoc="<script>parent.__xss=7</script>"></iframe>',
    "{{constructor.constructor('window.__xss=8')()}}",
    "<body onload=window.__xss=9>",
    "</textarea></title><script>window.__xss=10</script>",
    '<math><mi xlink:href="javascript:window.__xss=11">x</mi></math>',
    '<details open ontoggle="window.__xss=12">',
    "&lt;script&gt;window.__xss=13&lt;/script&gt;",
    "\u202e<b onmouseover=window.__xss=14>معكوس</b>",
    "<style>*{background:url(javascript:window.__xss=15)}</style>",
    "${window.__xss=16}",
    '<object data="javascript:window.__xss=17"></object>',
    "<meta http-equiv=refresh content='0;url=javascript:window.__xss=18'>",
]
PLACES = [("Tripoli", "طرابلس", 32.8872, 13.1913, "Libya", "LY"), ("Aleppo", "حلب", 36.2021, 37.1343, "Syria", "SY"),
          ("Sanaa", "صنعاء", 15.3694, 44.191, "Yemen", "YE")]


def xss_samples() -> list[tuple[Article, Event]]:
    out = []
    per = len(PAYLOADS) // len(PLACES)
    for k, (name, name_ar, lat, lon, country, iso) in enumerate(PLACES):
        chunk = PAYLOADS[k * per:(k + 1) * per] if k < len(PLACES) - 1 else PAYLOADS[k * per:]
        evidence = f"قتل {k + 101} مدنيا في {name_ar} " + " ".join(chunk) + " قبل أن ينسحب المسلحون"
        text = f"{name_ar} - {chunk[0]}\n\nأفاد شهود أن {evidence}. {chunk[-1]} وقال مسؤول إن التحقيق جار."
        start = text.index(evidence)
        span = Span(start, start + len(evidence))
        art = Article(f"xss-{k}", text, title=" ".join(chunk[:3]) + " عنوان", published=date(2016, 8, 12),
                      outlet=chunk[1], url="javascript:window.__xss=99")
        ev = Event(event_id=make_event_id(art.id, span, SubEventType.ATTACK.value), event_date=date(2016, 8, 10),
                   time_precision=1, sub_event_type=SubEventType.ATTACK, actor1=chunk[2], actor2=chunk[0],
                   actor1_ar=chunk[1], location=Location(name + chunk[3], name_ar + chunk[0], lat, lon, 1, chunk[1],
                                                          country, None, iso),
                   sources=(Source.from_article(art, span),), fatalities=k + 101, confidence=0.9,
                   notes="Notes " + " ".join(chunk))
        out.append((art, ev))
    return out


@pytest.fixture(scope="module")
def xss_server(tmp_path_factory):
    url = "sqlite:///" + str(tmp_path_factory.mktemp("xss") / "x.db")
    pairs = xss_samples()
    with Store(url) as s:
        s.write_batch([a for a, _ in pairs], [e for _, e in pairs])
    from rasd.web.app import create_app

    with LiveServer(create_app(url, token=TOKEN)) as server:
        yield server, pairs


def _watch(page) -> list[str]:
    problems: list[str] = []
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    return problems


def _assert_not_run(page) -> None:
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.evaluate("typeof parent.__xss") == "undefined"


def test_xss_corpus_is_text_in_the_map_detail_and_article_page(browser, xss_server):
    server, pairs = xss_server
    with timed("xss browser"):
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        problems = _watch(page)
        try:
            resp = page.goto(server.url + "/")
            csp = resp.headers.get("content-security-policy", "")
            page.wait_for_selector("#count[data-state=ready]", timeout=20000)
            for (art, ev), (_n, _ar, lat, lon, *_rest) in zip(pairs, PLACES):
                page.evaluate(f"window.rasdMap.setView([{lat}, {lon}], 9)")
                page.wait_for_timeout(500)
                page.wait_for_selector("#count[data-state=ready]", timeout=20000)
                page.locator(f".leaflet-marker-icon[title$='{ev.fatalities} killed']").first.click()
                page.wait_for_selector("#detail blockquote.evidence", timeout=20000)
                page.wait_for_timeout(200)
                shown = page.text_content("#detail") or ""
                for p in PAYLOADS:
                    if p in ev.sources[0].text:
                        assert p in shown, f"payload not shown as text: {p}"
                        COUNTS["other:XSS payloads shown as text"] += 1
                assert page.locator("#detail script, #detail img, #detail svg:not(.icon), #detail iframe, #detail object, "
                                    "#detail details, #detail math, #detail a[href^='javascript']").count() == 0
                page.hover("#detail")
                _assert_not_run(page)
            for art, _ev in pairs:
                page.goto(server.url + "/articles/" + art.id)
                page.wait_for_selector("#count[data-state=ready]", timeout=20000)
                assert page.text_content("#a-title") == art.title
                assert page.text_content("#a-text") == art.text
                assert page.locator("#a-text script, #a-text img, #a-text iframe, h1 img, h1 script").count() == 0
                assert page.locator("a[href^='javascript']").count() == 0
                _assert_not_run(page)
        finally:
            page.close()
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp, csp
    assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp and "default-src 'self'" in csp, csp
    assert problems == [], problems


def test_xss_article_sent_through_the_api_is_refused_without_token_and_shown_as_text(browser, xss_server):
    server, _pairs = xss_server
    title = PAYLOADS[1] + " غارة على سرت"
    text = (f"سرت - {PAYLOADS[0]} شنت طائرات أمريكية غارة جوية على مواقع لتنظيم داعش في مدينة سرت الليبية "
            f"{PAYLOADS[2]} ما أدى إلى مقتل خمسة مسلحين {PAYLOADS[5]}.")
    body = {"id": "xss-api", "title": title, "text": text}
    with httpx.Client(base_url=server.url, timeout=120) as c:
        assert c.post("/api/articles", json=body).status_code == 401
        assert c.post("/api/articles", json=body, headers={"Authorization": "Bearer nope"}).status_code == 401
        r = c.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200, r.text
        page_resp = c.get("/articles/xss-api")
        assert "<script>window.__xss" not in page_resp.text  # the server never writes article text into HTML
    page = browser.new_page()
    problems = _watch(page)
    try:
        page.goto(server.url + "/articles/xss-api")
        page.wait_for_selector("#count[data-state=ready]", timeout=20000)
        assert page.text_content("#a-title") == title
        assert page.text_content("#a-text") == text
        assert page.locator("#a-text script, #a-text img, #a-text svg, h1 img").count() == 0
        _assert_not_run(page)
    finally:
        page.close()
    assert problems == [], problems
