"""rasd.arabic.normalize + offsets: named folding rules, and (hypothesis) every folded span maps back
inside the original and round-trips."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic.normalize import (decompose_presentation_forms, fold, fold_alef, fold_alef_maksura,
                                   fold_digits, fold_spaces, fold_string, fold_teh_marbuta, lowercase_latin,
                                   strip_diacritics, strip_invisibles, strip_tatweel)


@pytest.mark.parametrize("rule,text,expected", [
    (fold_alef, "أإآٱ", "اااا"), (fold_alef_maksura, "مستشفى", "مستشفي"), (fold_teh_marbuta, "مدينة", "مدينه"),
    (strip_diacritics, "قُتِلَ", "قتل"), (strip_tatweel, "الـداعش", "الداعش"), (fold_digits, "٢٠١٦ ۱۵", "2016 15"),
    (strip_invisibles, "سر\u200fت\u200c", "سرت"), (fold_spaces, "a\u00a0b\tc", "a b c"),
    (lowercase_latin, "ISIS", "isis"), (decompose_presentation_forms, "ﻋﺸﺮﺓ", "عشرة"),
])
def test_normalize_rules(rule, text, expected):
    assert rule(text) == expected


def test_normalize_fold_maps_phrase_with_marks():
    text = "قُتِلَ أربعة"
    folded, omap = fold(text)
    assert folded == "قتل اربعه"
    assert omap.to_original(0, 3) == (0, 6)
    assert omap.to_original(4, 9) == (7, 12)


# random strings over the characters folding touches, plus ordinary Arabic letters and Latin
ARABIC_ALPHABET = ("ابتثجحخدذرزسشصضطظعغفقكلمنهوي" "أإآٱىةـ" "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
                   "٠١٢٣٤٥٦٧٨٩۰۱۲" "\u200c\u200d\u200e\u200f\u202a\u202c\ufeff\u00ad" "\u00a0\u2009\t\r\u2028"
                   "ﻋﺸﺮﺓﻻﻷﺇ" "ABCxyz019 .،؛\n«»")
arabic_text = st.text(alphabet=ARABIC_ALPHABET, max_size=80)


@settings(max_examples=400, deadline=None)
@given(arabic_text, st.data())
def test_normalize_folded_spans_map_inside_original_and_round_trip(text, data):
    folded, omap = fold(text)
    assert folded == fold_string(text)
    n = len(folded)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    s, e = omap.to_original(start, end)
    assert 0 <= s <= e <= len(text)
    if start < end:
        back = fold_string(text[s:e])
        # the original phrase folds back to the folded span; exactly, unless the span cuts a
        # ligature that folds to two letters (ﻻ → لا), where the whole ligature is returned
        assert folded[start:end] in back
        whole = (start == 0 or omap.start_of(start - 1) != s) and (end == n or omap.start_of(end) >= e)
        if whole:
            assert back == folded[start:end]


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_normalize_spans_are_monotonic(text):
    folded, omap = fold(text)
    prev = (0, 0)
    for i in range(len(folded)):
        s, e = omap.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert (s, e) == prev or prev[1] <= s   # a ligature's letters share one original char
        prev = (s, e)


# article-length texts (the fast path replaces each distinct folded character with str.replace)
long_text = st.text(alphabet=ARABIC_ALPHABET.replace("ﻋﺸﺮﺓﻻﻷﺇ", ""), min_size=150, max_size=900)


@settings(max_examples=200, deadline=None)
@given(long_text)
def test_normalize_fold_equals_per_character_folding(text):
    from rasd.arabic.normalize import FOLD_TABLE, _fold_slow
    folded, omap = fold(text)
    slow, slow_map = _fold_slow(text)
    assert folded == slow == text.translate(FOLD_TABLE) == fold_string(text)
    assert [omap.to_original(i, i + 1) for i in range(len(folded))] == \
        [slow_map.to_original(i, i + 1) for i in range(len(slow))]
    assert omap.is_identity == (len(folded) == len(text))


@pytest.mark.parametrize("text,expected,spans", [
    ("مَدِينَة " * 40, "مدينه " * 40, [(0, 2), (2, 4), (4, 5)]),          # marks on most letters
    ("قتل " * 60 + "أربعة", "قتل " * 60 + "اربعه", [(0, 1), (1, 2), (2, 3)]),  # nothing deleted
])
def test_normalize_fold_long_text(text, expected, spans):
    folded, omap = fold(text)
    assert folded == expected
    assert [omap.to_original(i, i + 1) for i in range(3)] == spans
