"""rasd.arabic.dates: absolute (all month naming systems), Hijri, weekdays, relative and future."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rasd.arabic.dates import add_dates, find_dates, header_date, resolve_date
from rasd.arabic.normalize import fold, fold_string
from rasd.model import Article, Doc, Mask, Span

SAT = date(2016, 8, 6)   # a Saturday
THU = date(2016, 8, 4)   # a Thursday
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize("phrase,published,expected", [
    ("06 اغسطس 2016", None, (date(2016, 8, 6), 1)),
    ("5 يونيو/حزيران 2016", None, (date(2016, 6, 5), 1)),
    ("10 أغسطس (آب) 2015", None, (date(2015, 8, 10), 1)),
    ("3 كانون الثاني 2017", None, (date(2017, 1, 3), 1)),
    ("12 جانفي 2016", None, (date(2016, 1, 12), 1)),
    ("12 جانفييه 2016", None, (date(2016, 1, 12), 1)),
    ("1 أوت 2016", None, (date(2016, 8, 1), 1)),
    ("7 جويلية 2016", None, (date(2016, 7, 7), 1)),
    ("4 نونبر 2016", None, (date(2016, 11, 4), 1)),
    ("4 تشرين الأول 2016", None, (date(2016, 10, 4), 1)),
    ("6/8/2016", None, (date(2016, 8, 6), 1)),
    ("2016-08-06", None, (date(2016, 8, 6), 1)),
    ("في 2016/3/9", None, (date(2016, 3, 9), 1)),             # year first, with slashes
    ("في 11 يوليو", SAT, (date(2016, 7, 11), 1)),
    ("في 20 ديسمبر", SAT, (date(2015, 12, 20), 1)),       # no year: most recent on or before
    ("أيار/مايو 2015", None, (date(2015, 5, 15), 3)),
    ("يونيو/حزيران الماضي", SAT, (date(2016, 6, 15), 3)),
    ("أواخر مارس (آذار)", SAT, (date(2016, 3, 25), 3)),
    ("15 رمضان 1437", None, (date(2016, 6, 20), 1)),
    ("شوال 1436 هـ", None, (date(2015, 7, 31), 3)),
    ("الثالث من ذي القعدة 1436 هـ", None, (date(2015, 8, 18), 1)),   # an ordinal day word
    ("في السابع والعشرين من رمضان", date(2015, 7, 20), (date(2015, 7, 14), 1)),
    ("الخميس", THU, (THU, 1)),                              # same day
    ("الخميس", SAT, (THU, 1)),
    ("يوم الخميس الماضي", SAT, (THU, 1)),
    ("الخميس الماضي", THU, (THU, 1)),                       # ACLED_CODING §5: on or before, "الماضي" too
    ("مساء السبت", THU, (date(2016, 7, 30), 1)),
    ("ليلة الجمعة", SAT, (date(2016, 8, 5), 1)),
    ("اليوم", SAT, (SAT, 1)),
    ("فجر اليوم", SAT, (SAT, 1)),
    ("أمس", SAT, (date(2016, 8, 5), 1)),
    ("صباح أمس", SAT, (date(2016, 8, 5), 1)),
    ("أول أمس", SAT, (THU, 1)),
    ("أول من أمس", SAT, (THU, 1)),
    ("منذ يومين", SAT, (THU, 1)),
    ("منذ ثلاثة أيام", SAT, (date(2016, 8, 3), 1)),
    ("اليوم الثلاثاء", date(2016, 8, 2), (date(2016, 8, 2), 1)),
    ("أمس (الأربعاء)", THU, (date(2016, 8, 3), 1)),
    ("الأسبوع الماضي", SAT, (date(2016, 8, 2), 2)),
    ("مطلع الأسبوع", date(2016, 8, 10), (date(2016, 8, 7), 2)),          # this week's Sunday
    ("أواخر الأسبوع الماضي", date(2016, 8, 10), (date(2016, 8, 4), 2)),   # last week's Thursday
    ("منتصف الأسبوع الجاري", SAT, (SAT, 2)),                             # never after publication
    ("الشهر الماضي", SAT, (date(2016, 7, 15), 3)),
    ("أواخر الشهر الماضي", SAT, (date(2016, 7, 25), 3)),
    ("مطلع الشهر", SAT, (date(2016, 8, 5), 3)),
    ("أواخر العام الماضي", SAT, (date(2015, 12, 15), 3)),
    ("غدا", SAT, (date(2016, 8, 7), 1)),
    ("الخميس المقبل", SAT, (date(2016, 8, 11), 1)),
    # "مارس" (also a verb) is the month with "الماضي", a part of the month or a preposition before it
    ("في مارس الماضي", SAT, (date(2016, 3, 15), 3)),
    ("أواخر مارس", SAT, (date(2016, 3, 25), 3)),
    ("خلال مارس", SAT, (date(2016, 3, 15), 3)),
    ("الليلة قبل الماضية", SAT, (date(2016, 8, 4), 1)),
    # the two names of a month side by side, as Reuters writes them, keep the year after them
    ("في 12 يوليو تموز 2013", SAT, (date(2013, 7, 12), 1)),
    ("أواخر أكتوبر تشرين الأول 2014", SAT, (date(2014, 10, 25), 3)),
    # hours ago: the day of the report
    ("قبل ساعات", SAT, (SAT, 1)),
    ("منذ ثلاث ساعات", SAT, (SAT, 1)),
    # a bulletin's last hours: the day it was published
    ("خلال الساعات الماضية", SAT, (SAT, 1)),
    ("خلال الـ24 ساعة الماضية", SAT, (SAT, 1)),
    ("في الساعات القليلة الماضية", SAT, (SAT, 1)),
])
def test_dates_resolve(phrase, published, expected):
    assert resolve_date(phrase, published) == expected


@pytest.mark.parametrize("phrase", [
    "أمس", "الخميس", "منذ يومين", "الشهر الماضي", "في 11 يوليو", "15 رمضان",  # no publication date
])
def test_dates_unresolvable_without_publication_gives_nothing(phrase):
    assert resolve_date(phrase, None) is None


@pytest.mark.parametrize("phrase", [
    "مارس الضغط على الحكومة", "كلا الاثنين", "يوم", "في اليوم التالي", "صحيفة عين اليوم",
    "العام الماضي", "منذ أيام", "صفر", "رمضان", "مارس الجيش سياسة الأرض المحروقة",
    "قبل ساعات من بدء الهدنة", "قبل يومين من الانتخابات",   # relative to another event
])
def test_dates_ambiguous_words_are_not_dates(phrase):
    assert resolve_date(phrase, SAT) is None


@pytest.mark.parametrize("text,kind", [
    ("سيعقد الاجتماع الخميس", "future"),
    ("الأسبوع المقبل", "future"),
    ("غدا", "future"),
    ("قتل جندي الخميس", "weekday"),
    ("قتل جندي أمس", "relative"),
    ("15 رمضان 1437", "hijri"),
    ("06 اغسطس 2016", "absolute"),
])
def test_dates_kinds(text, kind):
    folded, _ = fold(text)
    [(_, _, _, _, k)] = find_dates(folded, SAT)
    assert k == kind


def test_dates_spans_in_original_text():
    text = "قُتِلَ جنديان مساءَ الخميسِ الماضي في سرت"
    folded, omap = fold(text)
    doc = add_dates(Doc(Article("a", text, published=SAT), folded, omap))
    [d] = doc.dates
    assert (d.span, doc.span_text(d.span), d.value) == (Span(14, 34), "مساءَ الخميسِ الماضي", THU)


def test_dates_step_skips_masks():
    text = "06 اغسطس 2016\nقتل جندي أمس"
    folded, omap = fold(text)
    doc = Doc(Article("a", text, published=SAT), folded, omap, masks=(Mask(Span(0, 13), "date"),))
    assert [doc.span_text(d.span) for d in add_dates(doc).dates] == ["أمس"]


def test_dates_header_date_of_example_001():
    text = (EXAMPLES / "001_428ee2f09c601032.txt").read_text(encoding="utf-8")
    assert header_date(text) == date(2016, 8, 6)
    folded, omap = fold(text)
    found = [text[omap.span(s, e).start:omap.span(s, e).end] for s, e, *_ in find_dates(folded, None)]
    assert "06 اغسطس 2016" in found


@pytest.mark.parametrize("text,expected", [
    ("عنوان\nالكاتب\n2016/08/06\nنص", date(2016, 8, 6)),   # y/m/d with slashes: the year first says the order
    ("عنوان\nالسبت 6 أغسطس 2016 - 10:30\nنص", date(2016, 8, 6)),
    ("عنوان طويل\nنص بلا تاريخ", None),
])
def test_dates_header_date(text, expected):
    assert header_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a month name inside another word opens no window; the month as a word (or after ب/ل) does
    ("جرت الانتخابات بمارس 2016 وفي الاسبوع الماضي", ["مارس 2016", "الاسبوع الماضي"]),
    ("الاحتجاجات لابريل 2015 ثم في 6/8/2016 و2016-08-07", ["ابريل 2015", "6/8/2016", "2016-08-07"]),
    ("الانتخابات القادمه ستجري في مايو", ["مايو"]),
])
def test_dates_month_words_inside_other_words_are_skipped(text, expected):
    folded, _ = fold(text)
    assert [folded[s:e] for s, e, *_ in find_dates(folded, SAT)] == expected


def test_dates_without_publication_date_a_yearless_day_reads_against_the_latest_full_date():
    from rasd.model import Article
    from rasd.pipeline import run
    doc = run(Article("t", "أعلنت مصر في 25 اكتوبر الفائت حالة الطوارئ. ويسري القرار من 26 يوليو 2015. وقتل جنديان الخميس."),
              until="dates")
    got = {doc.span_text(d.span): d.value for d in doc.dates}
    assert got["25 اكتوبر الفائت"] == date(2014, 10, 25)
    assert not any("الخميس" in k for k in got)      # weekdays still need a publication date


@pytest.mark.parametrize("phrase, expected", [
    ("في الثامن من أغسطس", date(2015, 8, 8)),
    ("في الحادي والعشرين من يوليو الماضي", date(2015, 7, 21)),
    ("يوم الخميس الثاني من يوليو", date(2015, 7, 2)),
    ("في الخامس عشر من شهر يوليو", date(2015, 7, 15)),
])
def test_dates_ordinal_day_words(phrase, expected):
    found = find_dates(fold_string("قتل ثلاثة جنود " + phrase + "."), date(2015, 8, 10))
    assert [(v, p) for _, _, v, p, _ in found] == [(expected, 1)]


@pytest.mark.parametrize("text, value, kind", [
    ("قتل جنديان في الرابع من الشهر الجاري.", date(2016, 8, 4), "relative"),
    ("قتل جنديان يوم 3 من الشهر الحالي.", date(2016, 8, 3), "relative"),
    ("قتل جنديان في العاشر من الشهر الماضي.", date(2016, 7, 10), "relative"),
    ("ستعقد الانتخابات في العشرين من الشهر الجاري.", date(2016, 8, 20), "future"),
    # the article, "من" or the month word left out
    ("قتل جنديان في الـ4 من الشهر الجاري.", date(2016, 8, 4), "relative"),
    ("قتل جنديان في 4 الشهر الجاري.", date(2016, 8, 4), "relative"),
    ("قتل جنديان يوم 4 الجاري.", date(2016, 8, 4), "relative"),
])
def test_dates_a_day_of_this_or_last_month(text, value, kind):
    from rasd.model import Article
    from rasd.pipeline import run
    doc = run(Article("t", text, published=date(2016, 8, 7)), until="dates")
    assert [(d.value, d.precision, d.kind) for d in doc.dates] == [(value, 1, kind)]


@pytest.mark.parametrize("text, value", [
    ("وسيطر التنظيم على سرت أوائل عام 2015 وحولها إلى قاعدة له.", date(2015, 1, 15)),
    ("انسحبت القوات في أواخر العام 2014 من المدينة.", date(2014, 12, 15)),
    ("بدأت المعارك منتصف 2015.", date(2015, 6, 15)),
])
def test_dates_a_part_of_a_stated_year(text, value):
    from rasd.model import Article
    from rasd.pipeline import run
    for published in (None, date(2016, 6, 1)):
        doc = run(Article("t", text, published=published), until="dates")
        assert [(d.value, d.precision) for d in doc.dates] == [(value, 3)]


def test_dates_of_the_same_year_take_the_year_told_before():
    text = "استعاد الجيش مدينة تكريت في أبريل 2015، ثم خسر مدينة الرمادي في مايو من العام نفسه."
    folded, _ = fold(text)
    found = find_dates(folded, date(2017, 3, 1))
    assert [f[2] for f in found] == [date(2015, 4, 15), date(2015, 5, 15)]


@pytest.mark.parametrize("phrase, published, expected", [
    # the weekday written wins over a publication date that lags the wire's day
    ("اليوم الأربعاء", date(2016, 3, 10), date(2016, 3, 9)),
    ("أمس الثلاثاء", date(2016, 3, 12), date(2016, 3, 8)),
    # agreeing, nothing changes
    ("أمس الأربعاء", date(2016, 3, 10), date(2016, 3, 9)),
])
def test_dates_a_weekday_written_with_a_relative_day_wins(phrase, published, expected):
    assert resolve_date(phrase, published) == (expected, 1)


@pytest.mark.parametrize("phrase, published, expected", [
    # an Eid's day named: 1 Shawwal 1437 was 6 July 2016 (Umm al-Qura)
    ("في أول أيام عيد الفطر", date(2016, 7, 10), date(2016, 7, 6)),
    ("في ثالث أيام عيد الفطر", date(2016, 7, 10), date(2016, 7, 8)),
])
def test_dates_an_eids_day_is_converted(phrase, published, expected):
    assert resolve_date(phrase, published) == (expected, 1)


def test_dates_an_eid_named_with_no_day_is_no_date():
    assert resolve_date("بمناسبة عيد الفطر", date(2016, 7, 10)) is None


def test_dates_a_dated_dateline_is_what_yesterday_is_read_against():
    text = "الموصل - 12 أبريل/نيسان 2017 (الأناضول) - قتل خمسة مدنيين في قصف على حي الزنجيلي أمس."
    folded, omap = fold(text)
    doc = Doc(Article("t", text, published=date(2017, 4, 15)), folded=folded, offsets=omap,
              sentences=(Span(0, len(text)),))
    yesterday = [d for d in add_dates(doc).dates if d.kind == "relative"]
    assert [d.value for d in yesterday] == [date(2017, 4, 11)]


@pytest.mark.parametrize("text", [
    "تظاهر أنصار حركة 5 يونيو أمس في العاصمة", "في الذكرى الثانية لثورة 25 يناير أمس", "قاتلت كتيبة 17 فبراير أمس",
    "أصيب عناصر من ائتلاف 30 يونيو أمس", "أحيا الأمريكيون ذكرى هجمات 11 سبتمبر أمس",
])
def test_dates_a_movement_revolution_or_brigade_named_after_a_day_is_no_date(text):
    # the only date of each is "أمس"
    folded, _ = fold(text)
    assert [(value, k) for _, _, value, _, k in find_dates(folded, SAT)] == [(date(2016, 8, 5), "relative")]


@pytest.mark.parametrize("text", [
    'وقالت مصادر أمنية لـ"اليوم السابع" إن المسلحين استهدفوا الكمين.',
    'وقال شهود عيان لصحيفة "المصري اليوم" إن المسلحين حاصروا القسم.',
    "وقال شهود عيان لـ«المصري اليوم» إن المسلحين حاصروا القسم.",
])
def test_dates_an_outlet_named_with_today_is_no_date(text):
    # Youm7 and Al-Masry Al-Youm quote their sources in almost every paragraph: no "today" there
    folded, _ = fold(text)
    assert find_dates(folded, SAT) == []


@pytest.mark.parametrize("text, value", [
    # the night between two days is one date, the first day's ...
    ("قتل ثلاثة من عناصر الحشد، ليل الجمعة - السبت، بهجوم في ناحية العظيم.", date(2021, 3, 19)),
    ("انفجرت سيارة مفخخة ليلة الاثنين على الثلاثاء في الكرادة.", date(2021, 3, 15)),
    # ... and after its midnight, the second's
    ("انفجرت سيارة مفخخة بعد منتصف ليلة الاثنين على الثلاثاء في الكرادة.", date(2021, 3, 16)),
    ("دارت بعد منتصف ليل الجمعة – السبت اشتباكات عنيفة في محيط المطار.", date(2021, 3, 20)),
])
def test_dates_the_night_between_two_days_is_one_date(text, value):
    from rasd.model import Article
    from rasd.pipeline import run
    doc = run(Article("t", text, published=date(2021, 3, 20)), until="dates")
    assert [(d.value, d.precision) for d in doc.dates] == [(value, 1)]
