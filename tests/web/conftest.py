"""Web fixtures: a real SQLite store filled with hand-built Events (real Arabic evidence) served by
uvicorn on 127.0.0.1 on a free port, in a thread, for the whole test session."""
from __future__ import annotations

import os
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from datetime import date
from typing import Iterator

import pytest

from rasd.model import (Actor, ActorMention, Article, Doc, Event, Location, Place, PlaceMention, Source,
                        Span, TriggerMention, make_event_id)
from rasd.resources.acled import SubEventType

TOKEN = "test-token-7f3a"

XSS_TITLE = '<img src=x onerror="window.__xss=3">عنوان خبيث'
XSS_TEXT = ('طرابلس - أفاد شهود أن مسلحين نهبوا مقر الشركة في طرابلس <script>window.__xss=1</script> '
            'وكتبوا على الجدار <img src=x onerror="window.__xss=2"> قبل أن ينسحبوا.')


@dataclass(frozen=True)
class Sample:
    """One hand-built article and its event."""
    article: Article
    event: Event
    evidence: str          # the exact evidence text (must occur in the article)
    place: tuple[str, str]  # (English, Arabic) place name


def _sample(aid: str, text: str, evidence: str, *, sub: SubEventType, day: date | None, place: tuple[str, str],
            lat: float, lon: float, country: str, iso: str, actor1: str | None, actor1_ar: str | None,
            actor2: str | None = None, fatalities: int | None = None, notes: str = "", title: str | None = None,
            outlet: str = "Al Wasat") -> Sample:
    start = text.index(evidence)
    span = Span(start, start + len(evidence))
    published = date(2016, 8, 12)
    art = Article(aid, text, title=title, published=published, outlet=outlet, url=f"https://example.org/{aid}")
    ev = Event(event_id=make_event_id(aid, span, sub.value), event_date=day, time_precision=1, sub_event_type=sub,
               actor1=actor1, actor2=actor2, actor1_ar=actor1_ar,
               location=Location(place[0], place[1], lat, lon, 1, None, country, None, iso),
               sources=(Source.from_article(art, span),), fatalities=fatalities, confidence=0.8, notes=notes)
    return Sample(art, ev, evidence, place)


def samples() -> list[Sample]:
    t_sirte = ("سرت - شنت طائرات أمريكية غارة جوية على مواقع لتنظيم داعش في مدينة سرت الليبية يوم الاثنين، "
               "ما أدى إلى مقتل خمسة مسلحين. وقال متحدث إن العمليات مستمرة.")
    t_aleppo = "حلب - قُتل ثلاثة مدنيين وأصيب عشرة آخرون في قصف مدفعي استهدف حي الشعار بمدينة حلب يوم الجمعة."
    t_taiz = "تعز - اندلعت اشتباكات عنيفة بين القوات الحكومية ومسلحي الحوثي في مدينة تعز أسفرت عن مقتل 12 شخصا."
    t_benghazi = "بنغازي - تظاهر مئات المواطنين في ساحة الكيش ببنغازي للمطالبة بتحسين الخدمات، دون وقوع إصابات."
    t_derna = "درنة - اختطف مسلحون مجهولون ناشطا حقوقيا من منزله في مدينة درنة مساء الأربعاء."
    return [
        _sample("sirte-1", t_sirte, "شنت طائرات أمريكية غارة جوية على مواقع لتنظيم داعش في مدينة سرت الليبية",
                sub=SubEventType.AIR_STRIKE, day=date(2016, 8, 1), place=("Sirte", "سرت"), lat=31.2089, lon=16.5887,
                country="Libya", iso="LY", actor1="Military Forces of the United States", actor1_ar="طائرات أمريكية",
                actor2="Islamic State (Libya)", fatalities=5, title="غارة أمريكية على سرت",
                notes="US air strikes hit Islamic State positions in Sirte; 5 militants killed."),
        _sample("aleppo-1", t_aleppo, "قُتل ثلاثة مدنيين وأصيب عشرة آخرون في قصف مدفعي استهدف حي الشعار",
                sub=SubEventType.SHELLING, day=date(2016, 8, 5), place=("Aleppo", "حلب"), lat=36.2021, lon=37.1343,
                country="Syria", iso="SY", actor1="Military Forces of Syria (2000-)", actor1_ar="قوات النظام",
                actor2="Civilians (Syria)", fatalities=3, outlet="Enab Baladi",
                notes="Shelling hit al-Shaar district of Aleppo; 3 civilians killed."),
        _sample("taiz-1", t_taiz, "اندلعت اشتباكات عنيفة بين القوات الحكومية ومسلحي الحوثي في مدينة تعز",
                sub=SubEventType.ARMED_CLASH, day=date(2016, 8, 10), place=("Taizz", "تعز"), lat=13.5795, lon=44.0209,
                country="Yemen", iso="YE", actor1="Military Forces of Yemen (2012-)", actor1_ar="القوات الحكومية",
                actor2="Ansar Allah", fatalities=12, notes="Government forces clashed with Houthis in Taizz; 12 killed."),
        _sample("benghazi-1", t_benghazi, "تظاهر مئات المواطنين في ساحة الكيش ببنغازي",
                sub=SubEventType.PEACEFUL_PROTEST, day=date(2016, 8, 3), place=("Benghazi", "بنغازي"),
                lat=32.1167, lon=20.0667, country="Libya", iso="LY", actor1="Protesters (Libya)",
                actor1_ar="المواطنين", fatalities=0, notes="Hundreds protested in Benghazi for better services."),
        _sample("derna-1", t_derna, "اختطف مسلحون مجهولون ناشطا حقوقيا من منزله في مدينة درنة",
                sub=SubEventType.ABDUCTION, day=date(2016, 7, 20), place=("Derna", "درنة"), lat=32.767, lon=22.6367,
                country="Libya", iso="LY", actor1="Unidentified Armed Group (Libya)", actor1_ar="مسلحون مجهولون",
                notes="Unidentified gunmen abducted a rights activist in Derna."),
        _sample("xss-1", XSS_TEXT, "مسلحين نهبوا مقر الشركة في طرابلس <script>window.__xss=1</script> "
                                   'وكتبوا على الجدار <img src=x onerror="window.__xss=2">',
                sub=SubEventType.LOOTING, day=date(2016, 8, 7), place=("Tripoli", "طرابلس"), lat=32.8872, lon=13.1913,
                country="Libya", iso="LY", actor1="Unidentified Armed Group (Libya)", actor1_ar="مسلحين",
                title=XSS_TITLE, notes='Gunmen looted a company office in Tripoli <b onmouseover="window.__xss=4">.'),
    ]


def sample_doc(s: Sample) -> Doc:
    """A Doc with a place and an actor span (what /api/articles returns as spans)."""
    text = s.article.text
    pstart = text.index(s.place[1], text.index(s.evidence))
    place = Place("1", s.place[0], s.place[1], s.event.location.latitude, s.event.location.longitude, "PPLA",
                  s.event.location.iso or "LY")
    spans = [PlaceMention(Span(pstart, pstart + len(s.place[1])), place)]
    actors = []
    if s.event.actor1_ar and s.event.actor1_ar in text:
        astart = text.index(s.event.actor1_ar)
        actors.append(ActorMention(Span(astart, astart + len(s.event.actor1_ar)),
                                   Actor(s.event.actor1 or "?", 1), s.event.actor1_ar))
    ev = s.event.sources[0].evidence
    trig = TriggerMention(Span(ev.start, ev.start + len(s.evidence.split()[0])), s.event.sub_event_type, 1.0,
                          s.evidence.split()[0])
    return Doc(s.article, places=tuple(spans), actors=tuple(actors), triggers=(trig,))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """uvicorn serving `app` on 127.0.0.1:<free port> in a daemon thread."""

    def __init__(self, app):
        import uvicorn
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session", autouse=True)
def _private_home(tmp_path_factory) -> Iterator[None]:
    """HOME and XDG caches in a temp dir: nothing the tests run writes into the real home."""
    home = tmp_path_factory.mktemp("home")
    old = {k: os.environ.get(k) for k in ("HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME")}
    os.environ.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), XDG_CONFIG_HOME=str(home / ".config"))
    yield
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="session")
def sample_set() -> list[Sample]:
    return samples()


@pytest.fixture(scope="session")
def live(tmp_path_factory, sample_set, _private_home) -> Iterator[LiveServer]:
    """The app over a SQLite store holding the hand-built samples, on a real port."""
    from rasd.store import Store
    from rasd.web.app import create_app
    url = "sqlite:///" + str(tmp_path_factory.mktemp("web") / "rasd.db")
    store = Store(url)
    store.write_batch([s.article for s in sample_set], [s.event for s in sample_set],
                      docs=[sample_doc(s) for s in sample_set])
    store.close()
    with LiveServer(create_app(url, token=TOKEN)) as server:
        yield server


CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (the page and XSS tests share it)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("the browser tests need Debian's Chromium: apt-get install chromium", pytrace=False)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()
