"""The pipeline: an explicit ordered list of pure steps over a Doc.

Each step is `step(doc, *, resources) -> Doc`; no step does I/O or keeps state.

>>> from rasd.model import Article
>>> doc = run(Article("a1", "قتل ثلاثة مدنيين في غارة جوية على مدينة سرت أمس."))
>>> doc.folded[:3]
'قتل'
"""
from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable, Iterator

from rasd.arabic.normalize import fold
from rasd.errors import InputError, RasdError
from rasd.model import Article, Doc, Event
from rasd.resources import Resources

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

Step = Callable[..., Doc]


def fold_text(doc: Doc, *, resources: Resources) -> Doc:
    folded, offsets = fold(doc.article.text)
    return doc.with_(folded=folded, offsets=offsets)


def _steps() -> tuple[tuple[str, Step], ...]:
    from rasd import clean
    from rasd.arabic import dates, distances, numbers, sentences, tokens
    from rasd.extract import actors, events, places, triggers
    return (
        ("fold", fold_text),
        ("clean", clean.mask_boilerplate),
        ("sentences", sentences.add_sentences),
        ("tokens", lambda doc, *, resources: tokens.add_tokens(doc)),
        ("numbers", numbers.add_numbers),
        ("dates", dates.add_dates),
        ("distances", distances.add_distances),
        ("places", places.add_places),
        ("actors", actors.add_actors),
        ("triggers", triggers.add_triggers),
        ("events", events.add_events),
    )


_STEPS: tuple[tuple[str, Step], ...] | None = None


def steps() -> tuple[tuple[str, Step], ...]:
    """STEPS: the ordered (name, function) list. Built on first use so importing rasd reads nothing."""
    global _STEPS
    if _STEPS is None:
        _STEPS = _steps()
    return _STEPS


_RUNS = 0


def _freeze_loaded() -> None:
    """After the first article has loaded the resources (gazetteer, lexicons, gate: millions of
    long-lived objects), move them out of the cyclic garbage collector's reach: its full passes
    otherwise walk them every few hundred articles (~0.2 ms an article on a long run). Once per
    process; the first article's own objects are collected first."""
    gc.collect()
    gc.freeze()


def run(article: Article, *, resources: Resources | None = None, until: str | None = None) -> Doc:
    """Run every step (or up to and including `until`) on one article."""
    if not article.text or not article.text.strip():
        raise InputError(article.origin or article.id, "empty article text")
    res = resources or Resources.builtin()
    global _RUNS
    _RUNS += 1
    if _RUNS == 2:
        _freeze_loaded()
    doc = Doc(article)
    for name, step in steps():
        doc = step(doc, resources=res)
        if name == until:
            break
    return doc


def process_article(article: Article, *, resources: Resources | None = None) -> tuple[Event, ...]:
    """Events in one article (before cross-article merging)."""
    return run(article, resources=resources).events


def process_many(articles: Iterable[Article], *, resources: Resources | None = None,
                 on_error: Callable[[RasdError], None] | None = None) -> Iterator[tuple[Article, tuple[Event, ...]]]:
    """Events per article; a failing article is reported to `on_error` and the rest go on."""
    res = resources or Resources.builtin()
    for article in articles:
        try:
            yield article, process_article(article, resources=res)
        except RasdError as e:
            if on_error is None:
                raise
            on_error(e)
