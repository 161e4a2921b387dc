"""Actor mentions: clitics, longest match, where and period readings, co-reference, adjectives."""
from datetime import date

import pytest

from rasd.arabic.normalize import fold
from rasd.arabic.tokens import tokenize
from rasd.extract.actors import COUNTRY_NAMES, add_actors, focus_country, reference_date
from rasd.model import Article, DateMention, Doc, Mask, Place, PlaceMention, Span
from rasd.pipeline import process_article, run
from rasd.resources import Resources
from rasd.resources.actors import ActorLexicon, builtin_path

RES = Resources(actors=ActorLexicon.builtin())

PLACES = {
    "سرت": Place("2210247", "Sirte", "سرت", 31.2, 16.6, "PPLA", "LY"),
    "صنعاء": Place("71137", "Sanaa", "صنعاء", 15.35, 44.2, "PPLC", "YE"),
    "حلب": Place("170063", "Aleppo", "حلب", 36.2, 37.15, "PPLA", "SY"),
    "الموصل": Place("99072", "Mosul", "الموصل", 36.34, 43.13, "PPLA", "IQ"),
    "العريش": Place("361495", "Al Arish", "العريش", 31.13, 33.8, "PPLA", "EG"),
}


def make_doc(text: str, published: date | None = None, sentences: tuple[Span, ...] | None = None,
             masks: tuple[Mask, ...] = (), dates: tuple[DateMention, ...] = ()) -> Doc:
    """A Doc built by hand: folded text, tokens, and a PlaceMention for every known town in it."""
    folded, omap = fold(text)
    sents = sentences if sentences is not None else (Span(0, len(text)),)
    places = tuple(PlaceMention(Span(i, i + len(name)), place)
                   for name, place in PLACES.items() for i in _all(text, name))
    return Doc(Article("t", text, published=published), folded=folded, offsets=omap, masks=masks,
               sentences=sents, tokens=tokenize(folded, omap, sents), places=places, dates=dates)


def _all(text: str, sub: str):
    i = text.find(sub)
    while i >= 0:
        yield i
        i = text.find(sub, i + 1)


def actors(doc: Doc) -> list[tuple[str, str]]:
    out = add_actors(doc, resources=RES)
    for m in out.actors:
        assert doc.text[m.span.start:m.span.end] == m.surface
    return [(m.surface, m.actor.name) for m in out.actors]


@pytest.mark.parametrize("text, surface, start, name", [
    ("قتل أربعة جنود في هجوم لداعش قرب سرت", "داعش", 24, "Islamic State (Libya)"),
    ("اشتبكت قوات الوفاق وداعش في سرت", "داعش", 20, "Islamic State (Libya)"),
    ("غارات للتحالف على مواقع بالحوثيين في صنعاء", "الحوثيين", 25, "Houthi Movement"),
    ("انسحب التنظيم وسلم المواقع لقوات الوفاق في سرت", "قوات الوفاق", 28,
     "Military Forces of Libya (2016-2021) Government of National Accord"),
    ("وقال مصدر في وللحشد الشعبي قرب الموصل", "حشد الشعبي", 16, "Popular Mobilization Forces"),
])
def test_actors_proclitics_are_outside_the_span(text, surface, start, name):
    doc = add_actors(make_doc(text, published=date(2016, 8, 6)), resources=RES)
    hits = [m for m in doc.actors if m.actor.name == name]
    assert hits, [(m.surface, m.actor.name) for m in doc.actors]
    assert hits[0].surface == surface
    assert hits[0].span == Span(start, start + len(surface))


def test_actors_longest_match_wins():
    text = "أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم في الموصل"
    assert actors(make_doc(text, date(2016, 1, 1))) == [("تنظيم الدولة الإسلامية", "Islamic State (Iraq)")]


def test_actors_longest_match_over_a_shorter_reading():
    # "الجيش السوري الحر" (the FSA) is not "الجيش السوري" (the regime) followed by a stray word
    text = "سيطر الجيش السوري الحر على قرية قرب حلب"
    assert actors(make_doc(text, date(2015, 7, 1))) == [("الجيش السوري الحر", "Opposition Rebels (Syria)")]


def test_actors_block_rows_stop_a_shorter_pattern():
    text = "هبطت الطائرة في القاعدة الجوية قرب صنعاء"
    assert actors(make_doc(text, date(2015, 7, 1))) == []


@pytest.mark.parametrize("text, surface, name", [
    ("شنت طائرات التحالف غارات على صنعاء", "طائرات التحالف", "Saudi-led Coalition"),
    ("شنت طائرات التحالف غارات على حلب", "طائرات التحالف", "Global Coalition Against Daesh"),
    ("وقال التحالف إنه قصف مواقع التنظيم في الموصل", "التحالف", "Global Coalition Against Daesh"),
    ("وقال التحالف إنه قصف مواقع في صنعاء", "التحالف", "Saudi-led Coalition"),
])
def test_actors_where_resolution_by_article_country(text, surface, name):
    assert actors(make_doc(text, date(2016, 1, 10)))[0] == (surface, name)


def test_actors_where_reading_without_a_known_country_is_dropped():
    assert actors(make_doc("قال التحالف إنه شن غارات", date(2016, 1, 10))) == []


def test_actors_country_word_fallback_when_no_places():
    text = "قتل مسلحون مجهولون ثلاثة مدنيين في هجوم، بحسب مصادر يمنية في اليمن"
    doc = make_doc(text, date(2015, 8, 1))
    assert doc.places == () and focus_country(doc) is None  # no places: country words decide
    assert actors(doc) == [("مسلحون مجهولون", "Unidentified Armed Group (Yemen)"),
                           ("مدنيين", "Civilians (Yemen)")]


def test_actors_sentence_country_beats_article_focus():
    text = "قصفت طائرات التحالف مواقع في حلب. وفي صنعاء قصفت طائرات التحالف مواقع أخرى. وحلب وحلب."
    s1 = text.index(".") + 1
    s2 = text.index(".", s1) + 1
    doc = make_doc(text, date(2016, 1, 10), sentences=(Span(0, s1), Span(s1 + 1, s2), Span(s2 + 1, len(text))))
    names = [n for _, n in actors(doc)]
    assert names == ["Global Coalition Against Daesh", "Saudi-led Coalition"]


@pytest.mark.parametrize("published, name", [
    (date(2016, 8, 6), "Military Forces of Libya (2016-2021) Government of National Accord"),
    (date(2015, 5, 1), None),
    (date(2021, 6, 1), None),
])
def test_actors_gna_validity_dates(published, name):
    got = actors(make_doc("تقدمت قوات حكومة الوفاق في سرت", published))
    assert got == ([("قوات حكومة الوفاق", name)] if name else [])


def test_actors_misrata_forces_before_the_gna():
    assert actors(make_doc("هاجمت كتائب مصراتة مواقع في سرت", date(2015, 3, 1))) == [
        ("كتائب مصراتة", "Misrata Communal Militia (Libya)")]
    assert actors(make_doc("هاجمت كتائب مصراتة مواقع في سرت", date(2016, 6, 1))) == [
        ("كتائب مصراتة", "Military Forces of Libya (2016-2021) Government of National Accord")]


@pytest.mark.parametrize("text, published, name", [
    # Misrata's Third Force, under the GNA's defence ministry from 2016 (Brak al-Shati, May 2017)
    ("اشتباكات بين القوة الثالثة وقوات الجيش الوطني في محيط قاعدة تمنهنت", date(2017, 5, 19),
     "Military Forces of Libya (2016-2021) Government of National Accord"),
    ("اشتباكات بين القوة الثالثة ومسلحين في مدينة سبها", date(2014, 6, 1), "Misrata Communal Militia (Libya)"),
    # the Islamic Front of Syria's rebels (2013-2016), only in Syria
    ("فجر مقاتلو الجبهة الإسلامية مبنى في حلب", date(2014, 5, 9), "Opposition Rebels (Syria)"),
])
def test_actors_third_force_and_islamic_front(text, published, name):
    assert name in [n for _, n in actors(make_doc(text, published))]


@pytest.mark.parametrize("published, name", [
    (date(2014, 5, 1), "Military Forces of Iraq (2006-2014)"),
    (date(2016, 10, 17), "Military Forces of Iraq (2014-)"),
])
def test_actors_iraqi_army_period(published, name):
    assert actors(make_doc("تقدم الجيش العراقي نحو الموصل", published)) == [("الجيش العراقي", name)]


@pytest.mark.parametrize("text, published, expected", [
    # SANA's formulas of 2011-2012, and the regime's shabiha before the NDF
    ("اشتبكت الجهات المختصة اليوم مع مجموعة إرهابية مسلحة في بلدة سراقب بريف إدلب", date(2012, 3, 14),
     [("الجهات المختصة", "Military Forces of Syria (2000-)"), ("مجموعة إرهابية مسلحة", "Unidentified Armed Group (Syria)")]),
    ("أطلقت مجموعات إرهابية مسلحة النار على قوات حفظ النظام في حمص", date(2011, 7, 23),
     [("مجموعات إرهابية مسلحة", "Unidentified Armed Group (Syria)"), ("قوات حفظ النظام", "Police Forces of Syria (2000-)")]),
    ("قتل 20 مدنيا برصاص الشبيحة في بلدة تلدو في حمص", date(2012, 5, 28),
     [("مدنيا", "Civilians"), ("الشبيحة", "Military Forces of Syria (2000-)")]),
    ("قتل 20 مدنيا برصاص الشبيحة في بلدة تلدو في حمص", date(2014, 5, 28),
     [("مدنيا", "Civilians"), ("الشبيحة", "NDF: National Defence Forces")]),
])
def test_actors_the_syrian_regimes_words_of_2011_2012(text, published, expected):
    assert actors(make_doc(text, published)) == expected


@pytest.mark.parametrize("text, expected", [
    # each side's names for itself and for the other in Libya's war for Tripoli (2019-20)
    ("سيطرت القوات المسلحة العربية الليبية على المعسكر بعد معارك مع الحشد الميليشياوي في طرابلس",
     [("القوات المسلحة العربية الليبية", "Libyan National Army"),
      ("الحشد الميليشياوي", "Military Forces of Libya (2016-2021) Government of National Accord")]),
    ("قصفت ميليشيا حفتر أحياء سكنية في طرابلس بعد انسحابها أمام قوات الحكومة المعترف بها دوليا",
     [("ميليشيا حفتر", "Libyan National Army"),
      ("قوات الحكومة المعترف بها دوليا", "Military Forces of Libya (2016-2021) Government of National Accord")]),
    ("استهدف طيران أجنبي رتلا لمليشيات المعتدي حفتر قرب سرت",
     [("طيران أجنبي", "Unidentified Military Forces"), ("مليشيات المعتدي حفتر", "Libyan National Army")]),
])
def test_actors_libyas_war_names(text, expected):
    assert actors(make_doc(text, date(2019, 12, 29))) == expected


def test_actors_undated_article_uses_latest_date_in_text():
    text = "تقدمت قوات حكومة الوفاق في سرت"
    dm = DateMention(Span(0, 4), date(2016, 8, 6), 1)
    doc = make_doc(text, None, dates=(dm,))
    assert reference_date(doc) == date(2016, 8, 6)
    assert actors(doc)[0][1].endswith("Government of National Accord")


def test_actors_tanzim_refers_back_to_the_islamic_state():
    text = "سيطر تنظيم داعش على أبو قرين، ثم انسحب التنظيم من بلدة قرب سرت"
    assert actors(make_doc(text, date(2016, 5, 6))) == [
        ("تنظيم داعش", "Islamic State (Libya)"), ("التنظيم", "Islamic State (Libya)")]


def test_actors_tanzim_with_clitic_refers_back():
    text = "قتل عشرة من مسلحي داعش قرب الموصل، وتصدت القوات للتنظيم"
    got = actors(make_doc(text, date(2016, 11, 1)))
    assert ("تنظيم", "Islamic State (Iraq)") in got


def test_actors_tanzim_without_an_earlier_group_names_nobody():
    text = "قالت الشرطة إن التنظيم نفذ الهجوم قرب العريش"
    names = [n for _, n in actors(make_doc(text, date(2016, 1, 1)))]
    assert names == ["Police Forces of Egypt (2014-)"]


@pytest.mark.parametrize("text, surface, name, inter", [
    ("قتل خمسة مدنيين في غارة أميركية على سرت", "غارة أميركية", "Military Forces of the United States", 8),
    ("شنت طائرات روسية غارات على حلب", "طائرات روسية", "Military Forces of Russia (2000-)", 8),
    ("أصيب مواطن بقصف صاروخي ومدفعي سعودي على صنعاء", "قصف صاروخي ومدفعي سعودي", "Military Forces of Saudi Arabia (2015-)", 8),
    ("قصف الطيران الروسي أحياء حلب", "الطيران الروسي", "Military Forces of Russia (2000-)", 8),
    ("ألقى الطيران السوري براميل على حلب", "الطيران السوري", "Military Forces of Syria (2000-)", 1),
    ("قصفت المقاتلات التركية مواقع قرب الموصل", "المقاتلات التركية", "Military Forces of Turkey (2002-)", 8),
    ("قصفت الطائرات الحربية التركية مواقع قرب الموصل", "الطائرات الحربية التركية",
     "Military Forces of Turkey (2002-)", 8),
    ("وقتل جنديين تركيين في هجوم قرب حلب", "جنديين تركيين", "Military Forces of Turkey (2002-)", 8),
    ("اعتقلت الشرطة التركية عشرة أشخاص قرب حلب", "الشرطة التركية", "Police Forces of Turkey (2002-)", 8),
    # "الاحتلال" with another occupier's adjective is that country's forces, not Israel's
    ("قصفت قوات الاحتلال التركي قرية تل رفعت بريف حلب", "قوات الاحتلال التركي", "Military Forces of Turkey (2002-)", 8),
    ("قصف الاحتلال الروسي أحياء حلب", "الاحتلال الروسي", "Military Forces of Russia (2000-)", 8),
])
def test_actors_nationality_adjectives(text, surface, name, inter):
    doc = add_actors(make_doc(text, date(2016, 8, 6)), resources=RES)
    m = [m for m in doc.actors if m.surface == surface]
    assert m, [(m.surface, m.actor.name) for m in doc.actors]
    assert (m[0].actor.name, m[0].actor.inter) == (name, inter)


@pytest.mark.parametrize("text, surface, name", [
    ("قتل ثلاثة جنود في هجوم على كمين قرب العريش", "جنود", "Military Forces of Egypt (2014-)"),
    ("فرقت قوات الأمن المتظاهرين في الموصل", "قوات الأمن", "Police Forces of Iraq (2014-)"),
    ("تقدمت قوات النظام نحو حلب", "قوات النظام", "Military Forces of Syria (2000-)"),
    ("استعاد الجيش السيطرة على مواقع قرب سرت", "الجيش", "Libyan National Army"),
    ("استعاد الجيش الوطني السيطرة على مواقع قرب صنعاء", "الجيش الوطني", "Military Forces of Yemen (2012-)"),
    ("هاجم أنصار الله مواقع قرب صنعاء", "أنصار الله", "Houthi Movement"),
    ("قصفت الميليشيات الانقلابية أحياء صنعاء", "الميليشيات الانقلابية", "Houthi Movement"),
    ("اشتبكت المقاومة الشعبية مع مسلحين قرب صنعاء", "المقاومة الشعبية", "Popular Resistance"),
    ("هاجم تنظيم القاعدة نقطة قرب صنعاء", "تنظيم القاعدة", "Al Qaeda in the Arabian Peninsula"),
    ("تقدمت قوات الحرس الجمهوري نحو صنعاء", "قوات الحرس الجمهوري", "Military Forces of Yemen (2015-) Houthi"),
    ("هاجم مسلحو ولاية سيناء كمينا قرب العريش", "ولاية سيناء", "Islamic State (Egypt)"),
])
def test_actors_named_and_generic_state_actors(text, surface, name):
    got = actors(make_doc(text, date(2015, 8, 1)))
    assert got[0] == (surface, name)


def test_actors_nusra_renamed_in_2017():
    text = "سيطرت جبهة النصرة على بلدة قرب حلب"
    assert actors(make_doc(text, date(2015, 8, 1))) == [("جبهة النصرة", "Al Nusra Front")]
    assert actors(make_doc(text, date(2018, 8, 1))) == [("جبهة النصرة", "Hayat Tahrir al Sham")]


def test_actors_generic_people_take_the_article_country():
    text = "أطلقت قوات الأمن النار على المحتجين في الموصل وقتل مدنيان"
    assert actors(make_doc(text, date(2019, 10, 5))) == [
        ("قوات الأمن", "Police Forces of Iraq (2014-)"), ("المحتجين", "Protesters (Iraq)"),
        ("مدنيان", "Civilians (Iraq)")]


def test_actors_generic_without_country_drops_the_placeholder():
    assert actors(make_doc("قتل مسلحون مجهولون ثلاثة مدنيين", None)) == [
        ("مسلحون مجهولون", "Unidentified Armed Group"), ("مدنيين", "Civilians")]


def test_actors_masked_text_is_skipped():
    text = "قتل ثلاثة مدنيين في سرت. اقرأ أيضا: داعش يتبنى هجوما"
    cut = text.index("اقرأ")
    doc = make_doc(text, date(2016, 1, 1), masks=(Mask(Span(cut, len(text)), "related"),))
    assert actors(doc) == [("مدنيين", "Civilians (Libya)")]


def test_actors_diacritics_and_tatweel_keep_original_span():
    text = "قُتِلَ جُنودٌ في هُجومٍ لـداعــش قرب سرت"
    doc = add_actors(make_doc(text, date(2016, 1, 1)), resources=RES)
    m = [m for m in doc.actors if m.actor.name.startswith("Islamic State")][0]
    assert m.surface == "داعــش" and text[m.span.start:m.span.end] == "داعــش"


def test_actors_empty_doc_has_no_actors():
    doc = make_doc("", None)
    assert add_actors(doc, resources=RES).actors == ()


def test_actors_country_names_cover_lexicon_countries():
    lex = ActorLexicon.builtin()
    assert {r.actor.country for r in lex.rows if r.actor.country} <= set(COUNTRY_NAMES)
    assert COUNTRY_NAMES["LY"] == "Libya"


def test_actors_mask_in_the_middle_of_a_phrase_breaks_it():
    # a mask over the second word of "قوات النظام" leaves only what is outside it
    text = "قصفت قوات النظام السوري حلب. وقالت قوات النظام إن"
    cut = text.index("النظام السوري")
    doc = make_doc(text, date(2016, 1, 1), masks=(Mask(Span(cut, cut + len("النظام")), "caption"),))
    found = add_actors(doc, resources=RES).actors
    assert all(not (m.span.start < cut + 6 and cut < m.span.end) for m in found)
    assert any(text[m.span.start:m.span.end] == "قوات النظام" and m.span.start > cut for m in found)


def test_actors_same_results_when_the_lexicon_memo_is_warm():
    text = "شنت قوات النظام السوري غارات على حلب، وقال التحالف الدولي إن داعش انسحب"
    lex = ActorLexicon.from_path(builtin_path())
    res = Resources(actors=lex)
    first = add_actors(make_doc(text, date(2016, 1, 1)), resources=res).actors
    assert lex.plans  # the memo was filled
    assert add_actors(make_doc(text, date(2016, 1, 1)), resources=res).actors == first
    assert first == add_actors(make_doc(text, date(2016, 1, 1)), resources=RES).actors
    assert len(first) >= 3


@pytest.mark.parametrize("text", [
    "وقال القائد إن المتمردين هاجموا القافلة ليلا.",           # rebels: not the Houthis without Yemen
    "لم يتورع أحد الشباب عن إحراق نفسه احتجاجا على الظلم.",     # youth: not al-Shabaab without Somalia
])
def test_actors_common_nouns_need_the_articles_country(text):
    doc = run(Article("t", text), until="actors")
    assert not any(m.actor.name in ("Houthi Movement", "Al Shabaab") for m in doc.actors)
    doc = run(Article("t", text + " وذلك في مدينة صعدة اليمنية." if "المتمردين" in text else text + " في مقديشو."),
              until="actors")
    assert any(m.actor.name in ("Houthi Movement", "Al Shabaab") for m in doc.actors)


@pytest.mark.parametrize("text, surface, name", [
    # a singular or dual soldier with a nationality adjective names that country's forces, not the
    # forces of the country the article is about
    ("وفي الموصل أعلن الجيش وفاة جندي أميركي متأثرا بجروحه", "جندي أميركي", "Military Forces of the United States"),
    ("قتل جنديان أميركيان في انفجار عبوة في الموصل", "جنديان أميركيان", "Military Forces of the United States"),
    ("قتل ضابط تركي في هجوم قرب حلب", "ضابط تركي", "Military Forces of Turkey (2002-)"),
    # so do a tank or a patrol
    ("وأطلقت دبابة تركية قذيفة على قرية قرب حلب", "دبابة تركية", "Military Forces of Turkey (2002-)"),
    ("انفجرت عبوة ناسفة بدورية أميركية في الموصل", "دورية أميركية", "Military Forces of the United States"),
])
def test_actors_a_soldier_with_a_nationality_adjective(text, surface, name):
    assert (surface, name) in actors(make_doc(text, date(2016, 1, 1)))


def test_actors_the_islamic_army_in_iraq_is_not_the_iraqi_army():
    text = "تبنى الجيش الإسلامي في العراق هجوما على دبابة أميركية في الموصل"
    assert ("الجيش الإسلامي في العراق", "Islamic Army in Iraq") in actors(make_doc(text, date(2007, 5, 1)))


@pytest.mark.parametrize("text, surface, name", [
    # nominative duals and the conscript, read in the article's country
    ("قتل جنديان في هجوم على حاجز في الموصل", "جنديان", "Military Forces of Iraq (2014-)"),
    ("وأصيب ضابطان في انفجار عبوة في الموصل", "ضابطان", "Military Forces of Iraq (2014-)"),
    ("قتل شرطيان في هجوم على حاجز في العريش", "شرطيان", "Police Forces of Egypt (2014-)"),
    ("وقتل مجند في هجوم على كمين في العريش", "مجند", "Police Forces of Egypt (2014-)"),
    # a police officer is the police, not the army ("ضابطا" alone is an army officer)
    ("وقتل ضابطا شرطة في هجوم في العريش", "ضابطا شرطة", "Police Forces of Egypt (2014-)"),
    ("أصيب ضابط شرطة بجروح في انفجار في الموصل", "ضابط شرطة", "Police Forces of Iraq (2014-)"),
])
def test_actors_dual_and_police_officer_forms(text, surface, name):
    assert (surface, name) in actors(make_doc(text, date(2016, 1, 1)))


@pytest.mark.parametrize("text, surface, name", [
    # Western forces named by their adjective act abroad (inter 8)
    ("شنت طائرات فرنسية غارات على مواقع لداعش قرب الموصل", "طائرات فرنسية", "Military Forces of France"),
    ("قصفت الطائرات البريطانية مواقع قرب سرت", "الطائرات البريطانية", "Military Forces of the United Kingdom"),
    ("وأصيب جنديان بريطانيان في انفجار قرب الموصل", "جنديان بريطانيان", "Military Forces of the United Kingdom"),
    ("وصلت قوات إيطالية إلى مطار قرب سرت", "قوات إيطالية", "Military Forces of Italy"),
    ("قتل جندي كندي في هجوم قرب الموصل", "جندي كندي", "Military Forces of Canada"),
])
def test_actors_western_forces_abroad(text, surface, name):
    doc = add_actors(make_doc(text, date(2016, 8, 6)), resources=RES)
    m = [m for m in doc.actors if m.surface == surface]
    assert m, [(m.surface, m.actor.name) for m in doc.actors]
    assert (m[0].actor.name, m[0].actor.inter) == (name, 8)


@pytest.mark.parametrize("text, surface, name", [
    # in a Palestinian story the soldiers and the army are the Israeli forces
    ("أصيب ثلاثة شبان برصاص الجنود خلال مواجهات في مخيم بلاطة شرق نابلس", "الجنود",
     "Military Forces of Israel (2009-2021)"),
    ("فجر مسلحون عبوة ناسفة بدورية للجيش قرب مدينة جنين", "جيش", "Military Forces of Israel (2009-2021)"),
    ("احتجزت الجبهة الشعبية لتحرير فلسطين رهائن في مدينة نابلس", "الجبهة الشعبية لتحرير فلسطين",
     "PFLP: Popular Front for the Liberation of Palestine"),
])
def test_actors_palestinian_stories(text, surface, name):
    doc = run(Article("t", text, published=date(2016, 1, 1)), until="actors")
    assert (surface, name) in [(m.surface, m.actor.name) for m in doc.actors]


@pytest.mark.parametrize("text, surface, name", [
    # people told only by their nationality, counted as the dead or hurt, are that country's civilians
    ("أصيب ثلاثة فلسطينيين برصاص الجنود في مدينة الخليل أمس", "فلسطينيين", "Civilians (Palestine)"),
    ("وقتل الجيش خمسة يمنيين في غارة قرب مدينة صعدة", "يمنيين", "Civilians (Yemen)"),
    ("أعلنت الوزارة مقتل 17 عراقيا في هجوم على سوق", "عراقيا", "Civilians (Iraq)"),
    ("استشهد فلسطينيان برصاص قوات الاحتلال في مدينة جنين", "فلسطينيان", "Civilians (Palestine)"),
])
def test_actors_counted_nationals_among_the_dead_are_civilians(text, surface, name):
    doc = run(Article("t", text, published=date(2016, 1, 1)), until="actors")
    assert (surface, name) in [(m.surface, m.actor.name) for m in doc.actors]


@pytest.mark.parametrize("text", [
    "وقتل ثلاثة مقاتلين سوريين في اشتباكات مع الجيش في ريف حلب",  # fighters: the force noun comes first
    "زار ثلاثة فلسطينيين مدينة القدس أمس",  # no dead or hurt
    "اعتقلت الشرطة تسعة بريطانيين في مدينة برمنغهام",
])
def test_actors_nationals_not_counted_dead_are_no_civilians(text):
    doc = run(Article("t", text, published=date(2016, 1, 1)), until="actors")
    assert not [m for m in doc.actors if m.actor.kind == "civilians"], [(m.surface, m.actor.name) for m in doc.actors]


@pytest.mark.parametrize("text, surface, name", [
    # the accusative and the duals of a nationality after a force noun name that force
    ("قتل مسلحون جنديا أميركيا في مدينة الرمادي.", "جنديا أميركيا", "Military Forces of the United States"),
    ("قصفت مروحيتين تركيتين قرية قرب مدينة عفرين.", "مروحيتين تركيتين", "Military Forces of Turkey (2002-)"),
    ("قتل جنديان تركيان قرب مدينة عفرين.", "جنديان تركيان", "Military Forces of Turkey (2002-)"),
    # unnamed groups and bodies the lexicon names
    ("سيطرت قوات المحاكم الإسلامية على مدينة جوهر.", "قوات المحاكم الإسلامية", "ICU: Islamic Courts Union"),
    ("هاجم المقاومون موقعا في مدينة الفلوجة.", "المقاومون", "Unidentified Armed Group (Iraq)"),
])
def test_actors_force_nouns_in_other_cases_and_unnamed_groups(text, surface, name):
    from datetime import date
    from rasd.pipeline import run
    doc = run(Article("t", text, published=date(2015, 8, 10)), until="triggers")
    got = {a.surface: a.actor.name for a in doc.actors}
    assert got.get(surface) == name, got


def test_actors_a_group_named_before_its_founding_with_no_country_is_no_actor_and_no_crash():
    # "جبهة فتح الشام" holds from 2016-07-28 anywhere; on 2016-06-01, with no place to read a country
    # from, no reading applies (choose_reading raised StopIteration on the row with no `where`)
    doc = run(Article("t", "أعلنت جبهة فتح الشام أمس مسؤوليتها عن الهجوم.", published=date(2016, 6, 1)),
              until="actors")
    assert [a.actor.name for a in doc.actors] == []
    later = run(Article("t", "أعلنت جبهة فتح الشام أمس مسؤوليتها عن الهجوم.", published=date(2016, 9, 1)),
                until="actors")
    assert [a.actor.name for a in later.actors] == ["Jabhat Fateh al Sham"]


@pytest.mark.parametrize("text, published, name", [
    # sides of 2016 named in full
    ("تقدمت القوات الموالية للرئيس هادي نحو مدينة تعز.", date(2016, 9, 1), "Military Forces of Yemen (2012-)"),
    ("سيطرت قوات النخبة الحضرمية على مدينة المكلا.", date(2016, 9, 1), "Hadrami Elite Forces"),
    ("هاجمت سرايا الدفاع عن بنغازي مواقع للجيش.", date(2016, 9, 1), "Benghazi Defense Brigades"),
    # "قوات المعارضة" is Syria's opposition only in Syria: in South Sudan, the SPLA-IO
    ("اشتبك الجيش الشعبي لتحرير السودان مع قوات المعارضة في مدينة ملكال بولاية أعالي النيل.", date(2015, 8, 10),
     "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition"),
    ("اشتبكت قوات النظام مع قوات المعارضة في مدينة حلب.", date(2015, 8, 10), "Opposition Rebels (Syria)"),
    # "الطيران الحكومي السوداني": the force noun, its adjective, the nationality
    ("قصف الطيران الحكومي السوداني قرى في منطقة جبل مرة.", date(2015, 8, 10), "Military Forces of Sudan (1989-2019)"),
    # the forces of the Sahel, Kenya and Bahrain
    ("قتل 12 جنديا ماليا في هجوم على معسكر للجيش.", date(2016, 6, 1), "Military Forces of Mali (2013-2020)"),
    ("قتل جنديان تشاديان في هجوم لبوكو حرام.", date(2016, 6, 1), "Military Forces of Chad (1990-2021)"),
    ("قتلت القوات الكينية خمسة مسلحين.", date(2016, 6, 1), "Military Forces of Kenya (2013-2022)"),
    ("اعتقلت الشرطة البحرينية عشرات المحتجين.", date(2016, 6, 1), "Police Forces of Bahrain (1999-)"),
    ("قتل جنود نيجريون في هجوم قرب الحدود.", date(2016, 6, 1), "Military Forces of Niger (2011-2021)"),
    # and of further countries, by their adjective
    ("قتل 12 جنديا أوغنديا في هجوم لحركة الشباب على قاعدة عسكرية.", date(2016, 6, 1), "Military Forces of Uganda (1986-)"),
    ("قتل جنديان إثيوبيان في انفجار عبوة ناسفة.", date(2016, 6, 1), "Military Forces of Ethiopia (1991-2018)"),
    ("قصفت الطائرات الحربية الصينية مواقع للمسلحين.", date(2016, 6, 1), "Military Forces of China (1949-)"),
    ("اعتقلت الشرطة الفلبينية ثلاثة مشتبه بهم.", date(2016, 6, 1), "Police Forces of the Philippines (2016-2022)"),
    ("قتل جندي موريتاني في هجوم على دورية.", date(2016, 6, 1), "Military Forces of Mauritania (2009-2019)"),
    ("قتل جنديان أوكرانيان في قصف مدفعي.", date(2016, 6, 1), "Military Forces of Ukraine (2014-2019)"),
    # gunboats are a force noun
    ("أطلقت الزوارق الحربية الإسرائيلية النار على قوارب الصيادين قبالة شاطئ رفح.", date(2015, 11, 12),
     "Military Forces of Israel (2009-2021)"),
    # the doer told as a belief between the strike and the nationality
    ("قتل 23 مدنيا في غارات جوية يعتقد أنها روسية على بلدة معرة النعمان.", date(2016, 2, 16),
     "Military Forces of Russia (2000-)"),
    # more sides of the Syrian war; a town in a group's own name ("لواء القدس") does not say where it is read
    ("هاجم مقاتلو لواء القدس مواقع للمعارضة في مدينة حلب.", date(2017, 3, 1), "Liwa al Quds"),
    ("قتل 5 من عناصر الفرقة الرابعة في درعا.", date(2017, 3, 1), "Military Forces of Syria (2000-)"),
    ("هاجمت حركة نور الدين الزنكي مواقع في ريف حلب.", date(2017, 3, 1), "Opposition Rebels (Syria)"),
    # named brigades of Iraq, Libya and Yemen
    ("هاجمت قوة الردع الخاصة مواقع في طرابلس الليبية.", date(2019, 6, 1), "Special Deterrence Forces"),
    ("سيطرت ألوية العمالقة على مدينة المخا.", date(2018, 1, 10), "Giants Brigades"),
    ("قصفت منظمة بدر مواقع في ديالى العراقية.", date(2016, 1, 10), "Badr Organization"),
    # "آلية" folds like a word with the article; border guards are their country's military
    ("قصفت آلية عسكرية إسرائيلية منزلا في خان يونس.", date(2016, 5, 20), "Military Forces of Israel (2009-2021)"),
    ("قتل عنصران من حرس الحدود الأردني في اشتباك مع مهربين.", date(2016, 5, 20), "Military Forces of Jordan (1999-)"),
    # tribes, clans and ethnic groups that fight: identity militias, in their own country
    ("اشتبكت قبيلتا الزوية والتبو في مدينة الكفرة.", date(2015, 8, 10), "Zuwayya Ethnic Militia (Libya)"),
    ("اندلعت اشتباكات بين الرزيقات والمعاليا في ولاية شرق دارفور.", date(2015, 8, 10), "Maaliya Ethnic Militia (Sudan)"),
    ("هاجم مسلحو قبيلة مراد موقعا للحوثيين في مأرب.", date(2015, 8, 10), "Murad Tribal Militia (Yemen)"),
    ("اشتبكت مليشيات عشيرة هبر جدر مع مسلحي عشيرة أبجال في الصومال.", date(2015, 8, 10),
     "Abgaal Clan Militia (Somalia)"),
])
def test_actors_sides_named_by_their_force_nouns_in_their_country_and_period(text, published, name):
    doc = run(Article("t", text, published=published), until="actors")
    assert name in [a.actor.name for a in doc.actors]


@pytest.mark.parametrize("text", [
    "عثرت الشرطة على جثث ثلاثة أشخاص مجهولي الهوية في مدينة مقديشو.",   # "الهوية": identity, no clan
    "وصل الرئيس إلى مدينة الزنتان أمس.",                                  # a town, no militia
])
def test_actors_tribe_names_need_their_head_noun_where_they_read_as_other_words(text):
    doc = run(Article("t", text, published=date(2015, 8, 10)), until="actors")
    assert not any(("Clan" in a.actor.name or "Communal" in a.actor.name) for a in doc.actors)


def test_actors_a_word_of_a_places_own_name_is_no_actor():
    d = run(Article("t", "وصل الوفد إلى مدينة ود مدني بولاية الجزيرة أمس، والتقى بمحتجين أمام مبنى الولاية."))
    assert [m.actor.name for m in d.actors] == ["Protesters (Sudan)"]


def test_actors_soldiers_in_the_accusative_plural_are_the_countrys_army():
    d = run(Article("t", "قال مسؤول عراقي إن جنودا قتلوا في هجوم على قاعدة عسكرية قرب مدينة سامراء."))
    assert [m.actor.name for m in d.actors] == ["Military Forces of Iraq (2014-)"]


def test_actors_numbered_divisions_of_the_syrian_opposition():
    d = run(Article("t", "قصف الطيران الروسي مقرا للفرقة 13 في بلدة معرة النعمان، واعتقلت جبهة النصرة قياديا في الفرقة 30."))
    assert [m.actor.name for m in d.actors if m.actor.name.startswith("Opposition")] == [
        "Opposition Rebels (Syria)", "Opposition Rebels (Syria)"]


@pytest.mark.parametrize("text, want", [
    # the speaking body's own forces, told bare
    ("قالت وزارة الدفاع التونسية إن القوات قتلت ثلاثة مسلحين في جبل الشعانبي.", "Military Forces of Tunisia"),
    ("قال الجيش النيجيري إن مسلحين هاجموا قرية. وأضاف أن القوات قتلت 15 منهم.", "Military Forces of Nigeria"),
    # no state body speaks for them: no reading
    ("قال شهود إن القوات قتلت ثلاثة مسلحين في الجبل.", None),
])
def test_bare_forces_are_the_speaking_states(text, want):
    doc = run(Article("t", text, published=date(2016, 5, 2)), until="actors")
    bare = [m.actor.name for m in doc.actors if m.surface == "القوات"]
    if want is None:
        assert bare == []
    else:
        assert len(bare) == 1 and bare[0].startswith(want)


def test_the_kurdistan_freedom_falcons_and_the_special_deterrence_forces_are_named():
    doc = run(Article("t", "وتبنت صقور حرية كردستان الهجوم في إسطنبول.", published=date(2016, 12, 11)), until="actors")
    assert [m.actor.name for m in doc.actors] == ["TAK: Kurdistan Freedom Falcons"]
    doc = run(Article("t", "اندلعت اشتباكات مع قوات الردع الخاصة في طرابلس.", published=date(2018, 9, 2)), until="actors")
    assert "Special Deterrence Forces" in [m.actor.name for m in doc.actors]


@pytest.mark.parametrize("text, published, want", [
    # the Sahel's and Chad's armies after their coups (ACLED's period names), not dropped
    ("اشتبك الجيش المالي مع مسلحين قرب بلدة دوينتزا.", date(2022, 5, 15), "Military Forces of Mali (2021-)"),
    ("اشتبك الجيش المالي مع مسلحين قرب بلدة دوينتزا.", date(2020, 12, 1), "Military Forces of Mali (2020-2021)"),
    ("قتل 12 جنديا من الجيش النيجري في هجوم على بلدة بوسو.", date(2023, 10, 10), "Military Forces of Niger (2023-)"),
    ("قتل 12 جنديا من الجيش النيجري في هجوم على بلدة بوسو.", date(2022, 1, 10), "Military Forces of Niger (2021-2023)"),
    ("اشتبك الجيش التشادي مع مسلحين قرب بحيرة تشاد.", date(2023, 2, 10), "Military Forces of Chad (2021-)"),
    # Ethiopia's and Cabo Delgado's armed groups
    ("اندلعت اشتباكات بين الجيش ومسلحي فانو في مدينة غوندار.", date(2023, 8, 10), "Fano Militia"),
    ("سيطرت قوات تيغراي على مدينة ميكيلي.", date(2021, 6, 29), "TPLF: Tigray People's Liberation Front"),
    ("هاجم مسلحون من حركة الشباب مدينة موسيمبوا دا برايا في شمال موزمبيق.", date(2021, 3, 28), "Islamic State (Mozambique)"),
])
def test_later_regimes_and_east_african_groups_are_named(text, published, want):
    doc = run(Article("t", text, published=published), until="actors")
    assert want in [m.actor.name for m in doc.actors]


@pytest.mark.parametrize("text, qaeda", [
    ("هاجم مسلحون قاعدة للجيش قرب الرمادي. وقال المتحدث إن المهاجمين فجروا سيارة مفخخة عند مدخل القاعدة.", False),
    ("سقطت ثلاثة صواريخ على القاعدة في كركوك دون وقوع إصابات.", False),
    ("وقعت اشتباكات داخل القاعدة بين الحراس والمهاجمين.", False),
    ("قتل خمسة من عناصر القاعدة في غارة على بلدة عزان.", True),
    ("شنت الطائرات غارات على القاعدة في أبين.", True),   # no rockets falling, no base told: the group
])
def test_bare_al_qaeda_after_a_base_is_the_base(text, qaeda):
    doc = run(Article("t", text, published=date(2016, 1, 27)), until="actors")
    assert any("Qaeda" in m.actor.name for m in doc.actors) == qaeda


def test_actors_a_nationality_after_a_weapon_adjective_names_the_force():
    evs = process_article(Article("t", "قتل تسعة سياح عراقيين في قصف مدفعي تركي على قرية برخ بقضاء زاخو.",
                                  published=date(2022, 7, 20)))
    assert evs and evs[0].actor1 == "Military Forces of Turkey (2002-)"


def test_actors_the_forces_loyal_to_the_government_are_its_army():
    evs = process_article(Article("t", "سيطرت القوات الموالية للحكومة على مدينة زنجبار في محافظة أبين بعد معارك مع مسلحي القاعدة.",
                                  published=date(2015, 8, 26)))
    assert evs and evs[0].actor1 == "Military Forces of Yemen (2012-)"


@pytest.mark.parametrize("text, published, want", [
    # the AU mission: AMISOM to 2022-03-31, ATMIS from 2022-04-01
    ("قتل جندي من قوات الاتحاد الأفريقي في هجوم لحركة الشباب على قاعدة في بولوبردي.", date(2022, 3, 15),
     "AMISOM: African Union Mission in Somalia"),
    ("قتل جندي من قوات الاتحاد الأفريقي في هجوم لحركة الشباب على قاعدة في بولوبردي.", date(2022, 4, 15),
     "ATMIS: African Union Transition Mission in Somalia (2022-)"),
    ("قتل جنديان من قوات بعثة الاتحاد الأفريقي الانتقالية (أتميس) في انفجار عبوة ناسفة في مدينة مركا.",
     date(2023, 3, 10), "ATMIS: African Union Transition Mission in Somalia (2022-)"),
    ("أعلنت بعثة أتميس أن قواتها صدت هجوما لحركة الشباب على قاعدة في جوهر.", date(2023, 3, 10),
     "ATMIS: African Union Transition Mission in Somalia (2022-)"),
    # the federal member states' and Somaliland's forces
    ("سيطرت قوات بونتلاند على بلدة في إقليم بري بعد معارك مع مسلحي تنظيم الدولة.", date(2023, 3, 10),
     "Puntland Security Force"),
    ("اشتبكت قوات ولاية جوبالاند مع مقاتلي حركة الشباب قرب بلد حاوو.", date(2023, 3, 10),
     "Jubaland Security Force"),
    ("قصفت قوات صوماليلاند مدينة لاسعانود بالمدفعية الثقيلة.", date(2023, 2, 6), "Military Forces of Somaliland"),
    ("اندلعت اشتباكات بين جيش أرض الصومال ومسلحين قبليين في لاسعانود.", date(2023, 2, 6),
     "Military Forces of Somaliland"),
    # Danab is a unit of the Somali army: the army of the period
    ("قتلت قوات دنب عشرة من مقاتلي حركة الشباب في إقليم شبيلي السفلى.", date(2023, 3, 10),
     "Military Forces of Somalia (2022-)"),
    ("قتلت قوات داناب 12 من مقاتلي الشباب قرب بارطيري.", date(2019, 3, 10), "Military Forces of Somalia (2017-2022)"),
    ("قتل مقاتلو معاويسلي عشرة من عناصر حركة الشباب قرب آدم يبال.", date(2023, 1, 10), "Macawisley Militia"),
    # the Somali army by its adjective (generated rows)
    ("قتلت القوات الحكومية الصومالية عشرين من مقاتلي الشباب قرب أفغويي.", date(2023, 3, 10),
     "Military Forces of Somalia (2022-)"),
    ("هاجم الجيش الصومالي مواقع لحركة الشباب قرب بلعد.", date(2023, 3, 10), "Military Forces of Somalia (2022-)"),
    ("قتلت القوات الصومالية 15 من مسلحي حركة الشباب في بلدة عيل برطي.", date(2023, 3, 10),
     "Military Forces of Somalia (2022-)"),
])
def test_somali_forces_are_named(text, published, want):
    doc = run(Article("t", text, published=published), until="actors")
    assert want in [m.actor.name for m in doc.actors], [m.actor.name for m in doc.actors]


def test_amisom_is_not_read_after_its_end():
    doc = run(Article("t", "قتل جندي من قوات الاتحاد الأفريقي في هجوم لحركة الشباب على قاعدة في بولوبردي.",
                      published=date(2023, 3, 10)), until="actors")
    assert "AMISOM: African Union Mission in Somalia" not in [m.actor.name for m in doc.actors]


@pytest.mark.parametrize("text, published, name", [
    # Egypt under Mubarak and the army council, Libya between Gaddafi's fall and the GNA
    ("قتل 20 متظاهرا برصاص الشرطة في مدينة السويس أمس الجمعة.", date(2011, 1, 29), "Police Forces of Egypt (1981-2011)"),
    ("قتل جنديان مصريان في هجوم مسلح على نقطة تفتيش في العريش أمس.", date(2012, 3, 29),
     "Military Forces of Egypt (2011-2012)"),
    ("قتل ثلاثة من عناصر الشرطة الليبية في هجوم مسلح على مركز للشرطة في مدينة درنة أمس.", date(2012, 6, 5),
     "Police Forces of Libya (2011-2012)"),
    ("قتل ثلاثة من عناصر الشرطة الليبية في هجوم مسلح على مركز للشرطة في مدينة طرابلس أمس.", date(2015, 6, 5),
     "Police Forces of Libya (2014-2016)"),
])
def test_actors_state_forces_between_the_regimes_lexicon_periods(text, published, name):
    evs = process_article(Article("t", text, published=published))
    assert evs and name in (evs[0].actor1, evs[0].actor2)


def test_actors_the_islamic_resistance_in_iraq():
    evs = process_article(Article("t", "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد غربي الأنبار بطائرة مسيرة.",
                                  published=date(2023, 11, 20)))
    assert evs and evs[0].actor1 == "Islamic Resistance in Iraq"


@pytest.mark.parametrize("text, name", [
    ("اعترضت قوات الدفاع الجوي الملكي السعودي فجر اليوم صاروخا باليستيا.", "Military Forces of Saudi Arabia (2015-)"),
    ("شنت القوات الجوية الملكية الأردنية غارات على مواقع في الرقة.", "Military Forces of Jordan (1999-)"),
])
def test_a_royal_force_is_its_state(text, name):
    # "الملكي/الملكية" qualifies the force, three qualifiers before the nationality word
    doc = run(Article("r", text, published=date(2019, 6, 12)), until="actors")
    assert [a.actor.name for a in doc.actors][:1] == [name]


@pytest.mark.parametrize("text, surface", [
    ("فتح المهاجم النار على السياح على شاطئ الفندق", "المهاجم"),   # the one attacker of a follow-up report
    ("قال إن مهاجما فتح النار", "مهاجما"),
])
def test_actors_the_attacker_is_an_unidentified_armed_group(text, surface):
    assert (surface, "Unidentified Armed Group") in actors(make_doc(text, None))


def test_actors_the_base_named_later_in_its_sentence_is_no_al_qaeda():
    text = ("قتل 29 شخصا بينهم 16 مصليا في مسجد القاعدة عندما هاجم مسلحون قاعدة بادابير الجوية")
    assert all(name != "Al Qaeda" for _, name in actors(make_doc(text, None)))
    assert any(name == "Al Qaeda" for _, name in actors(make_doc("تبنى تنظيم القاعدة الهجوم", None)))


@pytest.mark.parametrize("text, pub, surface, name", [
    # the security forces of Jordan, Egypt and Morocco by their outlets' names
    ("فرقت قوات الدرك، مساء الخميس، مئات المحتجين في مدينة معان.", date(2022, 12, 16), "قوات الدرك",
     "Police Forces of Jordan (1999-)"),
    ("فرقت قوات الأمن المركزي، اليوم الجمعة، مئات المتظاهرين في ميدان التحرير بالقاهرة.", date(2023, 10, 20),
     "قوات الأمن المركزي", "Police Forces of Egypt (2014-)"),
    ("فضت القوات العمومية وقفة احتجاجية للأساتذة أمام مقر البرلمان بالرباط.", date(2023, 11, 8),
     "القوات العمومية", "Police Forces of Morocco (1999-)"),
    # Somalia's army and al-Shabaab as the Somali government names them
    ("حرر الجيش الوطني الصومالي، اليوم الثلاثاء، مدينة عدن يابال.", date(2022, 12, 6), "الجيش الوطني الصومالي",
     "Military Forces of Somalia (2022-)"),
    ("شنت ميليشيات الخوارج هجوما على قاعدة عسكرية في بلدة محاس بالصومال.", date(2023, 1, 10), "ميليشيات الخوارج",
     "Al Shabaab"),
    # the Houthi press's 'aggression': the coalition, and from 2024 the US and UK strikes
    ("شن طيران العدوان غارات على مديرية أرحب في صنعاء", date(2016, 8, 6), "طيران العدوان", "Saudi-led Coalition"),
    ("شن طيران العدوان غارات على مديرية أرحب في صنعاء", date(2024, 2, 24), "طيران العدوان",
     "Military Forces of the United States"),
    ("شن طيران العدوان الأمريكي البريطاني غارات على مديرية أرحب في صنعاء", date(2024, 2, 24),
     "طيران العدوان الأمريكي البريطاني", "Military Forces of the United States"),
    ("شن طيران العدوان السعودي الأمريكي غارات على مديرية أرحب في صنعاء", date(2016, 8, 6),
     "طيران العدوان السعودي الأمريكي", "Saudi-led Coalition"),
    # Iraqi and Kurdish outlets' accusative nationality adjective
    ("شهدت أطراف قضاء العمادية اليوم قصفا مدفعيا تركيا", date(2021, 8, 16), "قصفا مدفعيا تركيا",
     "Military Forces of Turkey (2002-)"),
    ("تعرضت قرى في ناحية سيدكان إلى قصفا إيرانيا", date(2021, 8, 16), "قصفا إيرانيا", "Military Forces of Iran (1989-)"),
])
def test_actors_security_forces_by_their_local_names(text, pub, surface, name):
    from rasd.pipeline import run
    doc = run(Article("t", text, published=pub), until="actors")
    got = [(m.surface, m.actor.name) for m in doc.actors]
    assert (surface, name) in got, got


@pytest.mark.parametrize("text, surface, name", [
    # warships, one, two or many
    ("أطلقت مدمرتان أميركيتان 59 صاروخا على قاعدة الشعيرات في ريف حمص", "مدمرتان أميركيتان",
     "Military Forces of the United States"),
    ("أطلقت سفينتان حربيتان أميركيتان صواريخ على قاعدة الشعيرات في ريف حمص", "سفينتان حربيتان أميركيتان",
     "Military Forces of the United States"),
    ("هاجم زورق مفخخ تابع للحوثيين فرقاطة سعودية قبالة سواحل الحديدة", "فرقاطة سعودية",
     "Military Forces of Saudi Arabia (2015-)"),
])
def test_actors_warships_by_their_sides_adjective(text, surface, name):
    doc = add_actors(make_doc(text, date(2017, 4, 8)), resources=RES)
    assert [m.actor.name for m in doc.actors if m.surface == surface] == [name], \
        [(m.surface, m.actor.name) for m in doc.actors]
