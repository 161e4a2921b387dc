"""rasd.arabic.sentences: boundaries, protected dots, quotes, the Arabic comma, masks."""
from __future__ import annotations

import pytest

from rasd.arabic.normalize import fold
from rasd.arabic.sentences import MAX_SENTENCE, add_sentences, split_sentences
from rasd.model import Article, Doc, Mask, Span


def spans_of(text: str):
    folded, omap = fold(text)
    return [(s.start, s.end) for s in split_sentences(folded, omap)]


@pytest.mark.parametrize("text,expected", [
    ("قال د. أحمد إن 3.5 طن وصلت. وقتل 5.", [(0, 27), (28, 35)]),
    ("وقال «لن نتراجع. أبدا» ثم غادر.\nسطر ثان", [(0, 31), (32, 39)]),
    ("في 6/8/2016 قتل جندي. وأصيب آخر؟ نعم!", [(0, 21), (22, 32), (33, 37)]),
    ("ذكرت وكالة أ.ف.ب أن الجيش تقدم؛ وقال U.S. officials إنه", [(0, 31), (32, 55)]),
    ("الأرض.وذكرت صحيفة", [(0, 6), (6, 17)]),
    ("قُتل جندي، وأصيب آخر، في سرت.", [(0, 29)]),          # the Arabic comma joins clauses
    ("  سطر أول  \n\n  سطر ثان  ", [(2, 9), (15, 22)]),
    ("تحديث: 13.00 ت.غ", [(0, 16)]),
])
def test_sentences_split(text, expected):
    assert spans_of(text) == expected


def test_sentences_long_sentence_splits_on_comma():
    clause = "وقال المسؤول إن القوات تقدمت في المدينة"
    text = "، ".join([clause] * 20) + "."
    spans = spans_of(text)
    assert len(spans) > 1
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
    assert text[spans[0][1] - 1] == "،"


def test_sentences_cut_around_masks():
    text = "عنوان الخبر\nصورة - أرشيف\nقتل جندي. وأصيب آخر."
    folded, omap = fold(text)
    doc = Doc(Article("a", text), folded, omap, masks=(Mask(Span(12, 24), "caption"),))
    sents = add_sentences(doc).sentences
    assert [doc.span_text(s) for s in sents] == ["عنوان الخبر", "قتل جندي.", "وأصيب آخر."]
    assert all(not s.overlaps(Span(12, 24)) for s in sents)


def test_sentences_mask_inside_sentence_cuts_it():
    text = "قتل جندي ABD975A3-B115-4C81-8277-C942656956A2 في سرت."
    folded, omap = fold(text)
    doc = Doc(Article("a", text), folded, omap, masks=(Mask(Span(9, 45), "guid"),))
    assert [doc.span_text(s) for s in add_sentences(doc).sentences] == ["قتل جندي", "في سرت."]


def test_sentences_an_inline_bullet_ends_a_sentence():
    from rasd.arabic.normalize import fold
    from rasd.arabic.sentences import split_sentences
    text = "قال الرئيس إن الوضع صعب  * «المغرب مستهدف» قال الناطق غداة اعتداء في الدار البيضاء. وقتل 5*3 أشخاص"
    folded, omap = fold(text)
    parts = [text[s.start:s.end] for s in split_sentences(folded, omap)]
    assert len(parts) == 3 and parts[1].startswith("«المغرب مستهدف»") and parts[2] == "وقتل 5*3 أشخاص"
