"""rasd.arabic.numbers: digits, number words, duals, vague counts, qualifiers and ranges."""
from __future__ import annotations

import pytest

from rasd.arabic.normalize import fold
from rasd.arabic.numbers import add_numbers, find_numbers, parse_number
from rasd.model import Article, Doc, Mask, Span


def numbers_of(text: str):
    folded, omap = fold(text)
    return [(omap.span(s, e), v, approx, kind) for s, e, v, approx, kind in find_numbers(folded)]


@pytest.mark.parametrize("phrase,value", [
    ("مئتين واربعين", 240), ("ثلاثه الاف", 3000), ("خمسه وعشرين", 25), ("ثلاثه عشر", 13),
    ("احد عشر", 11), ("اثني عشر", 12), ("العشرات", 10), ("عشرات الالاف", 10000), ("الفين", 2000),
    ("خمسين الف", 50000), ("ثلاثمائه", 300), ("ثلاث مئه", 300), ("سبعه", 7), ("سبع", 7),
    ("ثلاثه الاف وخمسمائه", 3500), ("25", 25), ("1,200", 1200), ("مئات", 100), ("بضعه", 3),
])
def test_numbers_parse_number_values(phrase, value):
    assert parse_number(phrase) == value


@pytest.mark.parametrize("phrase", ["الثالث", "احد", "قتلي", "", "ثلاثه خمسه"])
def test_numbers_parse_number_rejects_non_counts(phrase):
    assert parse_number(phrase) is None


@pytest.mark.parametrize("text,expected", [
    ("قتل نحو 25 جنديا في غارة", [(Span(4, 10), 25, True, "number")]),
    ("أسفرت عن مقتل ستة وإصابة 15 آخرين", [(Span(14, 17), 6, False, "number"), (Span(25, 27), 15, False, "number")]),
    ("قتل جنديين اثنين", [(Span(4, 16), 2, False, "dual")]),
    ("بين 10 و15 قتيلا سقطوا", [(Span(0, 10), 10, True, "range")]),
    ("قتل العشرات من المدنيين", [(Span(4, 11), 10, True, "vague")]),
    ("مقتل ثلاثة آلاف شخص", [(Span(5, 15), 3000, False, "number")]),
    ("مئتين وأربعين مقاتلا", [(Span(0, 13), 240, False, "number")]),
    ("قُتل أربعة عناصر", [(Span(5, 10), 4, False, "number")]),
    ("قتل خمسة وعشرين مدنيا", [(Span(4, 15), 25, False, "number")]),
    ("نفذت ضربتين جويتين", [(Span(5, 11), 2, False, "dual")]),
    ("قتل ثلاثة وخمسة", [(Span(4, 9), 3, False, "number"), (Span(11, 15), 5, False, "number")]),
    ("بين ثلاثة وخمسة", [(Span(0, 15), 3, True, "range")]),
    ("10 إلى 15 قتيلا", [(Span(0, 9), 10, True, "range")]),
    ("10-15 قتيلا", [(Span(0, 5), 10, True, "range")]),
    ("عدد من المقاتلين", [(Span(0, 6), 3, True, "vague")]),
    ("مئات المدنيين", [(Span(0, 4), 100, True, "vague")]),
    ("أكثر من 200 إرهابي", [(Span(0, 11), 200, True, "number")]),
    ("ما لا يقل عن ستة من رجال الجيش", [(Span(0, 16), 6, True, "number")]),
    ("قتل ٣ أشخاص", [(Span(4, 5), 3, False, "number")]),
    ("قتل 3 آلاف", [(Span(4, 10), 3000, False, "number")]),
])
def test_numbers_find_values_and_spans(text, expected):
    assert numbers_of(text) == expected


@pytest.mark.parametrize("text", [
    "قتل مدنيين في القصف",          # plural, not dual
    "الذكرى الحادي عشر",            # ordinal
    "وصل يوم الاثنين",              # weekday, not "two"
    "يوم الأحد",                    # weekday, not "one"
    "نسبة 50 بالمئة",               # percentage
    "في 6/8/2016",                  # date
    "تحديث: 13.00 ت.غ",             # clock time
    "مقاتلات إف-16",                # model
    "عام 2015",                     # year
    "قرار مجلس الأمن رقم 2216",      # label
    "الثالث من الشهر",
])
def test_numbers_not_counts(text):
    assert numbers_of(text) == []


def test_numbers_day_of_month_is_not_a_count():
    assert [v for _, v, _, _ in numbers_of("في 11 يوليو 2015 قتل 3")] == [3]


def test_numbers_at_least_after_noun_is_approximate():
    [(span, v, approx, kind)] = numbers_of("مقتل 32 شخصا على الاقل")
    assert (span, v, approx) == (Span(5, 7), 32, True)


def test_numbers_step_skips_masks_and_maps_to_original():
    text = "قُتِلَ خمسة مدنيين\nصورة أرشيف 7"
    folded, omap = fold(text)
    doc = Doc(Article("a", text), folded, omap, masks=(Mask(Span(19, len(text)), "caption"),))
    nums = add_numbers(doc).numbers
    assert [(doc.span_text(n.span), n.value) for n in nums] == [("خمسة", 5)]


@pytest.mark.parametrize("text", [
    "قتل 25 جنديا و3 مدنيين وأصيب العشرات بينهم ثلاثة آلاف، في 6/8/2016 الساعة 19:44",
    "وبثلاثة صواريخ ولخمسين عنصرا وبالجنديين والقتيلين وعدد من الجرحى بين 10 و15 و10-15",
    "طائرة اف-16 وقرار رقم 2254 عام 2015 بنسبة 30% و١٢ قتيلا و3.5 طن و1,200 لاجئ",
    "الاثنين الاحد بالمئة مقاتلين اثنين ومسلحين حوالي مئتين واربعين",
])
def test_numbers_token_gate_finds_the_same_as_a_full_scan(text):
    from rasd.arabic.normalize import fold
    from rasd.arabic.tokens import tokenize
    folded, omap = fold(text)
    full = find_numbers(folded)
    assert full  # something to compare
    assert find_numbers(folded, tokenize(folded, omap)) == full


@pytest.mark.parametrize("text, value", [
    ("واعتقلت القوات19 فلسطينيا", 19),     # digits glued to the word before
    ("واصيب10 مواطنين بجروح", 10),
])
def test_numbers_digits_glued_to_a_word(text, value):
    assert [v for _, v, _, _ in numbers_of(text)] == [value]
