"""Every span the text layer emits on the sample articles is a valid original-text span, outside
masks where required; and the layer reads what the samples need."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic.dates import header_date
from rasd.model import Article, Span
from rasd.pipeline import run

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.txt"))


def _doc(text: str, published: date | None = None):
    return run(Article("t", text, published=published), until="distances")


def _check(doc) -> None:
    n = len(doc.text)
    masks = [m.span for m in doc.masks]
    spans = masks + list(doc.sentences) + [t.span for t in doc.tokens] \
        + [x.span for x in doc.numbers] + [x.span for x in doc.dates] \
        + [x.span for x in doc.distances] + [x.anchor for x in doc.distances]
    for sp in spans:
        assert 0 <= sp.start <= sp.end <= n
    # masks sorted and disjoint; sentences ordered, disjoint, trimmed and outside masks
    assert all(a.end <= b.start for a, b in zip(masks, masks[1:]))
    sents = list(doc.sentences)
    assert all(a.end <= b.start for a, b in zip(sents, sents[1:]))
    for s in sents:
        assert len(s) > 0 and not doc.text[s.start].isspace() and not doc.text[s.end - 1].isspace()
        assert not any(m.overlaps(s) for m in masks)
    for x in list(doc.numbers) + list(doc.dates) + list(doc.distances):
        assert not any(m.overlaps(x.span) for m in masks)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("published", [None, date(2016, 8, 6)])
def test_text_layer_example_spans_are_valid(path, published):
    _check(_doc(path.read_text(encoding="utf-8"), published))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name[:3])
def test_text_layer_example_captions_and_bylines_masked(path):
    text = path.read_text(encoding="utf-8")
    doc = _doc(text, header_date(text))
    masked = [(m.reason, doc.span_text(m.span)) for m in doc.masks]
    # no evidence may come from a caption: any line ending in "أرشيف" is masked
    for line in text.split("\n"):
        if line.strip().endswith(("أرشيف", "أرشيف)")):
            start = text.index(line)
            assert doc.is_masked(Span(start, start + len(line)))
    if path.name.startswith("001"):
        assert ("date", "06 اغسطس 2016") in masked
        assert ("share", "+ الخط -") in masked
        assert any(r == "byline" and t == "عبد الله الشريف" for r, t in masked)


def test_text_layer_example_001_date_and_004_distance():
    t1 = next(p for p in EXAMPLES if p.name.startswith("001")).read_text(encoding="utf-8")
    assert header_date(t1) == date(2016, 8, 6)
    t4 = next(p for p in EXAMPLES if p.name.startswith("004")).read_text(encoding="utf-8")
    doc = _doc(t4)
    assert "240 كيلومترا جنوب شرقي مدينة سرت" in [doc.span_text(d.span) for d in doc.distances]


_PIECES = [p.read_text(encoding="utf-8") for p in EXAMPLES]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(range(len(_PIECES))), st.integers(0, 4000), st.integers(1, 1500),
       st.sampled_from(["", "\u0651", "\u00a0", "ـ", "\u200f", "ﻻ"]))
def test_text_layer_spans_valid_on_random_cuts(i, start, length, noise):
    """Random excerpts of the samples (with marks and ligatures sprinkled in) still give valid spans."""
    text = _PIECES[i][start:start + length]
    text = text.replace(" ", " " + noise, 3) if noise else text
    if not text.strip():
        return
    _check(_doc(text, date(2016, 8, 6)))
