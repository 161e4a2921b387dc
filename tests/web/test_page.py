"""The page in a real browser (Playwright driving Debian's Chromium, /usr/bin/chromium): markers on the
map, the timeline brush, the evidence panel, the article view, untrusted text never executed, no
CSP violation; the bundled sample articles through the pipeline onto the map. Saves
artifacts/page.png."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from rasd.model import Article
from rasd.store import EventFilter, Store
from rasd.web.app import create_app
from tests.web.conftest import TOKEN, LiveServer

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"


class PageWatch:
    """A page that records console errors, CSP violations and page errors."""

    def __init__(self, browser):
        self.page = browser.new_page(viewport={"width": 1400, "height": 860}, locale="en-GB")
        self.problems: list[str] = []
        self.page.on("console", lambda m: self.problems.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.page.close()


def _open_map(page, url: str) -> int:
    page.goto(url + "/")
    page.wait_for_selector("#count[data-state=ready]", timeout=15000)
    return int(page.get_attribute("#count", "data-total"))


def _show_all(page) -> int:
    """Zoom the map out to the whole world and wait for the reload; return the events in view."""
    page.evaluate("window.rasdMap.setView([20, 20], 2)")
    page.wait_for_function("() => document.querySelector('#count').dataset.state === 'ready' && "
                           "window.rasdMap.getZoom() === 2", timeout=15000)
    page.wait_for_timeout(400)
    page.wait_for_selector("#count[data-state=ready]", timeout=15000)
    return int(page.get_attribute("#count", "data-total"))


def _events_drawn(page) -> int:
    """Events the map draws: single markers + the counts written on cluster icons."""
    return page.evaluate("""() => {
        let n = document.querySelectorAll('.event-marker').length;
        for (const c of document.querySelectorAll('.cluster-icon span')) n += parseInt(c.textContent, 10);
        return n; }""")


def _marker(page, title_prefix: str):
    return page.locator(f".leaflet-marker-icon[title^='{title_prefix}']").first


def test_page_loads_events_and_shows_markers(browser, live, sample_set):
    with PageWatch(browser) as w:
        page = w.page
        _open_map(page, live.url)
        assert page.locator(".leaflet-marker-icon").count() > 0
        total = _show_all(page)
        assert total == len(sample_set)
        assert _events_drawn(page) == len(sample_set)
        # coloured by type: one class per ACLED type present
        classes = page.eval_on_selector_all(".event-marker .dot, .cluster-icon .cluster", "els => els.map(e => e.className)")
        assert any("t-battles" in c for c in classes)
        # the offline outlines are drawn (countries and admin-1)
        assert page.locator("path.outline-country").count() > 50
        assert page.locator("path.outline-admin1").count() > 50
        # the timeline has one bar per day with events
        assert page.locator("#timeline rect.tl-bar").count() == len({s.event.event_date for s in sample_set})
        assert w.problems == []


def test_page_filters_narrow_the_map(browser, live):
    with PageWatch(browser) as w:
        page = w.page
        _open_map(page, live.url)
        _show_all(page)
        page.select_option("#f-type", "Battles")
        page.wait_for_function("() => document.querySelector('#count').dataset.total === '1'", timeout=15000)
        page.select_option("#f-type", "")
        page.fill("#f-actor", "مسلحون مجهولون")
        page.fill("#f-country", "LY")
        page.click("#filters button[type=submit]")
        page.wait_for_function("() => document.querySelector('#count').dataset.total === '1'", timeout=15000)
        page.click("#f-reset")
        page.wait_for_function("() => document.querySelector('#count').dataset.total === '6'", timeout=15000)
        assert w.problems == []


def test_page_timeline_brush_filters_the_map(browser, live):
    with PageWatch(browser) as w:
        page = w.page
        _open_map(page, live.url)
        before = _show_all(page)
        bar = page.locator("#timeline rect.tl-bar[data-day='2016-07-20']").bounding_box()
        svg = page.locator("#timeline").bounding_box()
        y = svg["y"] + svg["height"] / 2
        page.mouse.move(bar["x"] - 2, y)
        page.mouse.down()
        page.mouse.move(bar["x"] + bar["width"] / 2, y, steps=4)
        page.mouse.move(bar["x"] + bar["width"] + 2, y, steps=4)
        page.mouse.up()
        page.wait_for_function("() => document.querySelector('#count').dataset.total === '1'", timeout=15000)
        assert before == 6
        assert "2016-07-20" in page.text_content("#brush-label")
        assert page.locator("#timeline rect.tl-bar.tl-out").count() == 5  # the other days dimmed
        page.wait_for_timeout(300)
        assert _events_drawn(page) == 1
        page.click("#brush-clear")
        page.wait_for_function("() => document.querySelector('#count').dataset.total === '6'", timeout=15000)
        assert w.problems == []


def test_page_detail_shows_highlighted_arabic_evidence(browser, live, sample_set):
    sirte = next(s for s in sample_set if s.article.id == "sirte-1")
    with PageWatch(browser) as w:
        page = w.page
        _open_map(page, live.url)
        page.evaluate("window.rasdMap.setView([31.2, 16.6], 8)")
        page.wait_for_timeout(500)
        page.wait_for_selector("#count[data-state=ready]")
        _marker(page, "Explosions/Remote violence").click()
        page.wait_for_selector("#detail blockquote.evidence mark")
        quote = page.locator("#detail blockquote.evidence").first
        assert quote.get_attribute("dir") == "rtl" and quote.get_attribute("lang") == "ar"
        assert page.text_content("#detail blockquote.evidence mark") == sirte.evidence
        assert quote.text_content().startswith("سرت - ") or sirte.evidence in quote.text_content()
        assert page.text_content("#detail .note") == sirte.event.notes
        assert "Air/drone strike" in page.text_content("#detail h2")
        assert "Military Forces of the United States" in page.text_content("#detail .fields")
        # the evidence is highlighted (a coloured background) and readable right-to-left
        bg = page.eval_on_selector("#detail mark.span-evidence", "m => getComputedStyle(m).backgroundColor")
        assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
        page.evaluate("window.rasdMap.setView([25, 30], 4)")   # the whole region, the panel kept
        page.wait_for_timeout(600)
        page.wait_for_selector("#count[data-state=ready]")
        assert page.text_content("#detail blockquote.evidence mark") == sirte.evidence
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "page.png"))
        # the link to the whole article, every span marked, the evidence scrolled to
        page.click("#detail a.article-link")
        page.wait_for_selector("#count[data-state=ready]")
        marks = page.eval_on_selector_all("#a-text mark", "ms => ms.map(m => [m.className, m.textContent])")
        assert any("k-place" in c and t == "سرت" for c, t in marks)
        assert "".join(t for c, t in marks if "k-evidence" in c) == sirte.evidence
        assert page.text_content("#a-text") == sirte.article.text
        page.screenshot(path=str(ARTIFACTS / "article.png"))
        assert w.problems == []


def test_page_untrusted_text_is_shown_not_run(browser, live, sample_set):
    xss = next(s for s in sample_set if s.article.id == "xss-1")
    with PageWatch(browser) as w:
        page = w.page
        _open_map(page, live.url)
        page.evaluate("window.rasdMap.setView([32.88, 13.19], 9)")
        page.wait_for_timeout(500)
        page.wait_for_selector("#count[data-state=ready]")
        _marker(page, "Strategic developments").click()
        page.wait_for_selector("#detail blockquote.evidence mark")
        evidence = page.text_content("#detail blockquote.evidence mark")
        assert "<script>window.__xss=1</script>" in evidence and 'onerror="window.__xss=2"' in evidence
        assert '<b onmouseover="window.__xss=4">' in page.text_content("#detail .note")
        assert page.locator("#detail script, #detail img, #detail b").count() == 0
        page.hover("#detail .note")
        page.goto(live.url + "/articles/xss-1")
        page.wait_for_selector("#count[data-state=ready]")
        assert page.text_content("#a-title") == xss.article.title
        assert page.text_content("#a-text") == xss.article.text
        assert page.locator("#a-text script, #a-text img, h1 img").count() == 0
        page.wait_for_timeout(300)
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert w.problems == []


def test_page_docs_render_offline(browser, live):
    with PageWatch(browser) as w:
        page = w.page
        page.goto(live.url + "/docs")
        page.wait_for_selector(".opblock-summary-path", timeout=15000)
        assert page.locator(".opblock").count() >= 6
        assert not [p for p in w.problems if "Content Security Policy" in p]


@pytest.fixture(scope="module")
def samples_server(tmp_path_factory):
    """The bundled sample articles (examples/*.txt) through the whole pipeline into a store."""
    from rasd.distributed import ingest
    url = "sqlite:///" + str(tmp_path_factory.mktemp("examples") / "examples.db")
    arts = [Article(p.stem, p.read_text("utf-8"), origin=str(p)) for p in sorted((ROOT / "examples").glob("*.txt"))]
    assert arts
    with Store(url) as store:
        ingest(arts, store)
        evs = list(store.iter_events(EventFilter()))
    located = sum(1 for e in evs if e.location.latitude is not None and e.location.longitude is not None)
    days = len({e.event_date for e in evs if e.event_date is not None})
    with LiveServer(create_app(url, token=TOKEN)) as server:
        yield server, located, days


def test_page_shows_the_sample_articles_events(browser, samples_server):
    server, located, days = samples_server
    assert located > 0, "the pipeline found no located event in examples/*.txt"
    with PageWatch(browser) as w:
        page = w.page
        _open_map(page, server.url)
        total = _show_all(page)
        assert total >= located
        assert _events_drawn(page) >= located
        assert page.locator("#timeline rect.tl-bar").count() == days
        assert w.problems == []


def test_page_source_has_no_html_sinks():
    """The page's own JS never turns data into HTML."""
    static = ROOT / "rasd" / "web" / "static"
    for js in ("app.js", "article.js", "common.js", "docs.js"):
        src = (static / js).read_text("utf-8")
        assert not re.search(r"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(", src), js
