"""rasd.arabic.distances: km offsets with bearings, directions, near / outskirts / centre."""
from __future__ import annotations

from pathlib import Path

import pytest

from rasd.arabic.distances import add_distances, find_distances
from rasd.arabic.normalize import fold
from rasd.model import Article, Doc, Mask, Span

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def distances_of(text: str):
    folded, omap = fold(text)
    return [(text[s.start:s.end], text[a.start:a.end], km, b, r) for s, a, km, b, r in find_distances(folded, omap)]


@pytest.mark.parametrize("text,expected", [
    ("على بعد 240 كيلومترا جنوب شرق سرت", [("240 كيلومترا جنوب شرق سرت", "سرت", 240.0, 135.0, "offset")]),
    ("160 كم جنوب شرقي مدينة سرت", [("160 كم جنوب شرقي مدينة سرت", "مدينة سرت", 160.0, 135.0, "offset")]),
    ("نحو 50 كلم غرب بنغازي", [("نحو 50 كلم غرب بنغازي", "بنغازي", 50.0, 270.0, "offset")]),
    ("على بعد نحو 100 كيلومتر الى الشمال الشرقي من العاصمة.",
     [("نحو 100 كيلومتر الى الشمال الشرقي من العاصمة", "العاصمة", 100.0, 45.0, "offset")]),
    ("خمسين كيلومترا شمالي الموصل", [("خمسين كيلومترا شمالي الموصل", "الموصل", 50.0, 0.0, "offset")]),
    ("20 ميلا غرب حلب", [("20 ميلا غرب حلب", "حلب", 32.18, 270.0, "offset")]),
    ("على بعد 50 ميلا بحريا جنوب غربي عدن", [("50 ميلا بحريا جنوب غربي عدن", "عدن", 92.6, 225.0, "offset")]),  # nautical
    ("على بعد 125 كيلومترًا من صنعاء", [("125 كيلومترًا من صنعاء", "صنعاء", 125.0, None, "near")]),
    ("غرب سرت.", [("غرب سرت", "سرت", None, 270.0, "direction")]),
    ("شرق العاصمة طرابلس", [("شرق العاصمة طرابلس", "العاصمة طرابلس", None, 90.0, "direction")]),
    ("شمال غرب الشيخ زويد في", [("شمال غرب الشيخ زويد", "الشيخ زويد", None, 315.0, "direction")]),
    ("جنوب كابول حيث", [("جنوب كابول", "كابول", None, 180.0, "direction")]),
    ("بالقرب من مدينة درنة", [("بالقرب من مدينة درنة", "مدينة درنة", None, None, "near")]),
    ("ضواحي بنغازي", [("ضواحي بنغازي", "بنغازي", None, None, "outskirts")]),
    ("دخلت وسط المدينة", [("وسط المدينة", "المدينة", None, None, "centre")]),
    ("وسط اشتداد المعارك", []),
    ("مصادر مقربة من المجلس", []),
    ("للزحف شرقا باتجاه مدينة سرت", []),
    # a direction with its article is a side only with its preposition: here the adjective of the place before
    ("في ريف إدلب الشرقي بلدة تلمنس", []),
    ("في الشمال الشرقي من مدينة حلب", [("الشمال الشرقي من مدينة حلب", "مدينة حلب", None, 45.0, "direction")]),
])
def test_distances_find(text, expected):
    assert distances_of(text) == expected


def test_distances_example_004_finds_240_km():
    text = (EXAMPLES / "004_c26653794df3b49f.txt").read_text(encoding="utf-8")
    found = distances_of(text)
    assert ("240 كيلومترا جنوب شرقي مدينة سرت", "مدينة سرت", 240.0, 135.0, "offset") in found


def test_distances_step_skips_masks():
    text = "صورة 10 كم شرق سرت - أرشيف\nقصف موقع 20 كم غرب سرت."
    folded, omap = fold(text)
    doc = Doc(Article("a", text), folded, omap, masks=(Mask(Span(0, 26), "caption"),))
    [d] = add_distances(doc).distances
    assert (doc.span_text(d.span), doc.span_text(d.anchor), d.km) == ("20 كم غرب سرت", "سرت", 20.0)


def test_distances_digits_glued_to_the_word_before_are_the_whole_number():
    [d] = distances_of("هاجموا مدرسة القرية على بعد15 كيلو مترا غرب بعلبك")
    assert d[2] == 15.0
